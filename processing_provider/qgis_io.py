"""Moving data between QGIS layers/sinks and the pandas frames the core uses.

Kept in one place so every algorithm reads and writes the same way: field
types, NULL handling, codes as text, progress and cancellation.
"""

import datetime

from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

# Messages outside an algorithm class use this one context, spelled out in each
# call so that pylupdate extracts them (it cannot see through a wrapper function).


def cancelled_error():
    """The exception that stops a cancelled run (nothing has been written)."""
    return QgsProcessingException(
        QCoreApplication.translate("CarbonMetering", "Cancelled by the user; no output was written.")
    )

def to_python(value):
    """A QGIS attribute value as plain Python (NULL -> None, QDate -> date)."""
    if value is None or value == NULL:
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime()
    if isinstance(value, QDate):
        return value.toPyDate()
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def source_to_frame(source, fields=None, feedback=None, with_geometry=False, progress=(0, 100)):
    """Read ``source`` (QgsFeatureSource or QgsVectorLayer) into a DataFrame.

    The first column, ``fid``, is the feature id; a stored ``fid`` attribute
    (a GeoPackage's primary key, the same value) is not read again. Only
    ``fields`` are read when given. With ``with_geometry`` a ``geometry``
    column holds the QgsGeometry objects.
    """
    import pandas as pd

    names = [f.name() for f in source.fields()] if fields is None else list(fields)
    names = [n for n in names if n.lower() != "fid"]
    indexes = [source.fields().lookupField(n) for n in names]
    missing = [n for n, i in zip(names, indexes) if i < 0]
    if missing:
        raise QgsProcessingException(
            QCoreApplication.translate("CarbonMetering", "Layer {0} has no field {1}.").format(
                source.sourceName(), ", ".join(missing)
            )
        )
    request = QgsFeatureRequest()
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(indexes)
    total = max(source.featureCount(), 1)
    rows, fids, geoms = [], [], []
    start, stop = progress
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None:
            if feedback.isCanceled():
                raise cancelled_error()
            if n % 2000 == 0:
                feedback.setProgress(start + (stop - start) * n / total)
        attrs = feature.attributes()
        rows.append([to_python(attrs[i]) for i in indexes])
        fids.append(feature.id())
        if with_geometry:
            geoms.append(feature.geometry())
    frame = pd.DataFrame(rows, columns=names)
    frame.insert(0, "fid", fids)
    if with_geometry:
        frame["geometry"] = geoms
    return frame


_QVARIANT_BY_KIND = {
    "b": QVariant.Int,
    "i": QVariant.LongLong,
    "u": QVariant.LongLong,
    "f": QVariant.Double,
    "M": QVariant.DateTime,
}


def fields_for_frame(frame, exclude=("geometry",)):
    """QgsFields matching the columns of ``frame`` (object columns become strings)."""
    fields = QgsFields()
    for name in frame.columns:
        if name in exclude:
            continue
        kind = frame[name].dtype.kind
        fields.append(QgsField(str(name), _QVARIANT_BY_KIND.get(kind, QVariant.String)))
    return fields


def _plain(value):
    """numpy/pandas scalars as the Python types QgsFeature accepts."""
    if value is None:
        return NULL
    try:
        import pandas as pd

        if pd.isna(value):
            return NULL
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, datetime.datetime):
        return QDateTime(value)
    if isinstance(value, datetime.date):
        # to_python() turns QDate into date; turn it back or date fields reject it.
        return QDate(value)
    return value


def write_frame(sink, frame, fields, geometries=None, feedback=None, progress=(0, 100)):
    """Append the rows of ``frame`` to ``sink`` in the order of ``fields``."""
    names = [f.name() for f in fields]
    total = max(len(frame), 1)
    start, stop = progress
    columns = [frame[n].tolist() if n in frame.columns else [None] * len(frame) for n in names]
    # No cancel check in here: once a sink is open, stopping would leave half a
    # file behind. Callers check before they create the sink.
    for i in range(len(frame)):
        if feedback is not None and i % 2000 == 0:
            feedback.setProgress(start + (stop - start) * i / total)
        feature = QgsFeature(fields)
        feature.setAttributes([_plain(col[i]) for col in columns])
        if geometries is not None:
            feature.setGeometry(geometries[i])
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            message = QCoreApplication.translate("CarbonMetering", "Could not write row {0} to the output: {1}")
            raise QgsProcessingException(message.format(i + 1, sink.lastError()))


def write_table(alg, parameters, name, context, frame, feedback=None):
    """Create the table sink ``name`` (no geometry) and write ``frame`` into it.

    Returns the destination id to put in the algorithm's results.
    """
    fields = fields_for_frame(frame)
    sink, dest_id = alg.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    write_frame(sink, frame, fields, feedback=feedback)
    close_sink(sink)
    return dest_id


#: What GDAL says when asked for the spatial index of a GeoPackage table without geometry.
_NO_GEOMETRY_INDEX = "No geometry column"


def close_sink(sink):
    """Flush and close ``sink`` now, so its file is complete before the next step reads it.

    Do not use ``sink`` afterwards. QGIS 3.22's layer exporter (the sink of an
    ``ogr:dbname=... table=...`` GeoPackage destination) creates a spatial index when
    it closes, even for a table without geometry; GDAL answers that one call with
    "No geometry column". Only that message, during this close, is dropped; any
    other GDAL error is passed on to the handler that was active before.
    """
    from osgeo import gdal
    from qgis.PyQt import sip

    if not isinstance(sink, sip.simplewrapper):
        return  # a Python object (a test double) has no file to close
    passed = []

    def handler(err_class, err_no, message):
        if message != _NO_GEOMETRY_INDEX:
            passed.append((err_class, err_no, message))

    gdal.PushErrorHandler(handler)
    try:
        sip.delete(sink)
    finally:
        gdal.PopErrorHandler()
    for err_class, err_no, message in passed:
        gdal.Error(err_class, err_no, message)


def reopen_geopackage_layer(layer):
    """Reopen the data source of an OGR GeoPackage ``layer`` before reading it.

    QGIS opens GeoPackages read-only in SQLite "nolock" mode. When another step
    then writes to the same file, QGIS switches it to WAL journal mode and the
    earlier read-only connection fails ("unable to open database file"); this
    happens when a model writes several outputs into one GeoPackage and a later
    step reads an earlier output. A fresh connection sees the file as it is now.
    Layers being edited are left alone (their edit buffer is on top anyway).
    """
    if layer is None or layer.providerType() != "ogr" or layer.isEditable():
        return
    from qgis.core import QgsProviderRegistry

    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    if path.lower().endswith(".gpkg"):
        layer.dataProvider().reloadData()
        # Cache the extent now, through the fresh connection: a lazy extent query after a later
        # write to the file would meet the same stale-connection error.
        layer.updateExtents()
        layer.extent()
