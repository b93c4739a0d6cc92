"""QGIS desktop glue: menu, translator, dependency notice. No science here."""
