"""Load the plugin's Qt translations for the user's QGIS locale."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "i18n")


def load_translator(locale_name=None):
    """Install and return a translator for ``locale_name`` (default: QGIS's locale).

    One ``carbonmeter_zh.qm`` serves zh, zh_CN and zh-Hans: QTranslator tries
    the full locale name first, then drops suffixes after ``_``.
    """
    name = locale_name or QgsApplication.locale() or "en"
    translator = QTranslator()
    if translator.load(QLocale(name), "carbonmeter", "_", I18N_DIR, ".qm") or translator.load(
        "carbonmeter_" + name.split("_")[0].split("-")[0], I18N_DIR
    ):
        QCoreApplication.installTranslator(translator)
        return translator
    return None
