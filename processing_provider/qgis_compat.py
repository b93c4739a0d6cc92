"""What differs between QGIS 3.22 (Qt5) and newer builds (QGIS ≥ 3.38, Qt6-ready), in one place.

``QgsField`` takes ``QMetaType.Type`` from QGIS 3.38 on and ``QVariant.Type``
before (QVariant.Type is gone in Qt6). Algorithms ask for a field by the kind
of value it holds and never name either type themselves.
"""

from qgis.core import Qgis, QgsField

#: Field kinds the plugin writes.
TEXT, INTEGER, INTEGER64, REAL, BOOLEAN, DATE, DATETIME = "text", "int", "int64", "real", "bool", "date", "datetime"

_USE_METATYPE = Qgis.QGIS_VERSION_INT >= 33800


def _types():
    if _USE_METATYPE:
        from qgis.PyQt.QtCore import QMetaType

        m = QMetaType.Type
        return {TEXT: m.QString, INTEGER: m.Int, INTEGER64: m.LongLong, REAL: m.Double, BOOLEAN: m.Bool,
                DATE: m.QDate, DATETIME: m.QDateTime}
    from qgis.PyQt.QtCore import QVariant

    return {TEXT: QVariant.String, INTEGER: QVariant.Int, INTEGER64: QVariant.LongLong, REAL: QVariant.Double,
            BOOLEAN: QVariant.Bool, DATE: QVariant.Date, DATETIME: QVariant.DateTime}


_TYPES = _types()

#: numpy dtype kind → field kind.
_BY_DTYPE_KIND = {"b": INTEGER, "i": INTEGER64, "u": INTEGER64, "f": REAL, "M": DATETIME}


def field_type(kind):
    """The QGIS field type for ``kind`` (TEXT, INTEGER, … above) on this QGIS."""
    return _TYPES[kind]


def make_field(name, kind, length=0, precision=0):
    """A ``QgsField`` named ``name`` holding ``kind`` values."""
    field = QgsField(str(name), field_type(kind))
    if length:
        field.setLength(length)
    if precision:
        field.setPrecision(precision)
    return field


def kind_of_dtype(dtype):
    """The field kind for a numpy/pandas dtype (object and strings: TEXT)."""
    return _BY_DTYPE_KIND.get(getattr(dtype, "kind", "O"), TEXT)


_KIND_OF_TYPE = {int(t): kind for kind, t in _TYPES.items()}


def field_kind(field):
    """The kind (TEXT, INTEGER, … above) of a ``QgsField``, or None for a type the plugin never writes."""
    return _KIND_OF_TYPE.get(int(field.type()))
