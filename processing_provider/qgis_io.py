"""Moving data between QGIS layers/sinks and the pandas frames the core uses.

Kept in one place so every algorithm reads and writes the same way: field
types, NULL handling, codes as text, progress and cancellation.
"""

import contextlib
import datetime
import gc
import itertools
import operator

from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

from .qgis_compat import field_kind, kind_of_dtype, make_field

# Messages outside an algorithm class use this one context, spelled out in each
# call so that pylupdate extracts them (it cannot see through a wrapper function).


def crs_info(crs):
    """The overlay core's CrsInfo of a QgsCoordinateReferenceSystem (invalid: no CRS)."""
    from ..metering.overlay import CrsInfo

    if not crs.isValid():
        return CrsInfo()
    authid = crs.authid().upper()
    epsg = int(authid.split(":")[1]) if authid.startswith("EPSG:") and authid.split(":")[1].isdigit() else None
    return CrsInfo(epsg=epsg, geographic=crs.isGeographic(), wkt=crs.toWkt(), name=crs.authid() or crs.description())


def ellipsoidal_measure(crs, context):
    """QGIS's ellipsoidal area (m²) as the overlay core's measure: shapely polygons in ``crs`` → array,
    for CRSs the core has no vectorised formula for (``OverlayOptions.ellipsoidal_measure``)."""
    from qgis.core import QgsDistanceArea

    da = QgsDistanceArea()
    da.setSourceCrs(crs, context.transformContext())
    da.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:1024")

    def measure(geoms):
        import numpy as np
        import shapely

        out = np.zeros(len(geoms))
        geometry = QgsGeometry()
        for k, blob in enumerate(shapely.to_wkb(np.asarray(geoms, dtype=object), output_dimension=2)):
            geometry.fromWkb(blob)
            out[k] = da.measureArea(geometry)
        return out

    return measure


def gbk_reopened(layer):
    """``layer`` reopened as GB18030 (GBK) when it is a shapefile whose .dbf has no .cpg and whose text
    reads as mis-decoded UTF-8 (common in Chinese survey data) and reads well so; else None."""
    import os

    from qgis.core import QgsVectorLayer

    if layer is None or layer.providerType() != "ogr":
        return None
    path = layer.source().split("|")[0]
    if not path.lower().endswith((".shp", ".dbf")) or os.path.exists(os.path.splitext(path)[0] + ".cpg") \
            or not _mis_decoded(layer):
        return None
    reopened = QgsVectorLayer(layer.source(), layer.name(), "ogr")
    reopened.setProviderEncoding("GB18030")
    return None if _mis_decoded(reopened) else reopened


def _mis_decoded(layer):
    from .qgis_compat import TEXT, field_type

    names = [f.name() for f in layer.fields() if f.type() == field_type(TEXT)]
    if not names:
        return False
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(5000)
    request.setSubsetOfAttributes(names, layer.fields())
    return any(isinstance(v, str) and "\ufffd" in v for f in layer.getFeatures(request) for v in f.attributes())


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


def _column_to_python(values):
    """A column of QGIS attribute values as plain Python, converting only what needs it.

    NULL arrives as a QVariant; dates as QDate/QDateTime. A column of plain
    str/int/float values (the common case) is returned as it is after one
    pass of ``type`` over it.
    """
    kinds = set(map(type, values))
    if kinds <= _PLAIN_TYPES:
        return values
    if kinds <= _PLAIN_TYPES | {QVariant}:  # NULLs only: no per-cell comparison with NULL
        return [None if type(v) is QVariant else v for v in values]
    return [to_python(v) for v in values]


_PLAIN_TYPES = {str, int, float, bool, type(None)}


class Columns:
    """A layer read column by column: ``fid`` (int64 array), ``values`` {field: list}, ``wkb`` (list or None)."""

    def __init__(self, fid, values, wkb=None):
        self.fid = fid
        self.values = values
        self.wkb = wkb

    def __len__(self):
        return len(self.fid)


@contextlib.contextmanager
def _gc_paused():
    """Python's cyclic garbage collector off while millions of lists and wrappers are made (none of them
    in a cycle): its passes over the growing heap cost a third of a bulk read or write otherwise."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_columns(source, fields, with_geometry=False, feedback=None, progress=(0, 100), request=None,
                 layer=None, allow_arrow=True):
    """Read ``fields`` (names) of ``source`` column by column; geometries as WKB bytes when asked.

    Only the named attributes are fetched (``QgsFeatureRequest`` subset) and no
    geometry unless ``with_geometry`` (True: WKB bytes; ``"qgis"``: the
    QgsGeometry objects, QGIS path only). When ``layer`` is a plain OGR layer of
    a GeoPackage or FileGDB (no subset, no edits, no selection, no
    reprojection in ``request``), the columns come from GDAL's Arrow stream
    instead (``ogr.Layer.GetArrowStreamAsNumPy``), batches of 64 k features
    without a Python object per feature.
    """
    with _gc_paused():
        return _read_columns(source, fields, with_geometry, feedback, progress, request, layer, allow_arrow)


def _read_columns(source, fields, with_geometry, feedback, progress, request, layer, allow_arrow):
    import numpy as np

    if allow_arrow and layer is not None and request is None and with_geometry != "qgis":
        got = _arrow_columns(layer, fields, with_geometry, feedback, progress)
        if got is not None:
            return got
    indexes = [source.fields().lookupField(n) for n in fields]
    request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    if not with_geometry:
        request.setFlags(request.flags() | QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(indexes)
    total = max(source.featureCount(), 1)
    start, stop = progress
    try:
        features = source.getFeatures(request, _SKIP_VALIDITY)
    except TypeError:  # a QgsVectorLayer, not a QgsProcessingFeatureSource
        features = source.getFeatures(request)
    # a few of many fields: feature[i] per cell; most of them: attributes() once per feature (it converts
    # every attribute, the unfetched ones cheaply as invalid values, but costs one call instead of many)
    by_index = 2 * len(indexes) < source.fields().count()
    getters = [operator.itemgetter(i) for i in indexes]
    attrs_of = QgsFeature.attributes
    geometry_of = _wkb_of if with_geometry is True else QgsFeature.geometry
    fids, wkb = [], []
    columns = [[] for _ in indexes]
    n = 0
    while True:
        # a chunk of features at a time: the cancel check and progress stay out of the per-feature loop,
        # and each column is filled by one map over the chunk (no row tuples to transpose)
        chunk = list(itertools.islice(features, _READ_CHUNK))
        if not chunk:
            break
        if feedback is not None:
            if feedback.isCanceled():
                raise cancelled_error()
            feedback.setProgress(start + (stop - start) * n / total)
        n += len(chunk)
        fids.extend(map(QgsFeature.id, chunk))
        rows = chunk if by_index else list(map(attrs_of, chunk))
        for column, get in zip(columns, getters):
            column.extend(map(get, rows))
        del rows
        if with_geometry:
            wkb.extend(map(geometry_of, chunk))
    values = {name: _column_to_python(column) for name, column in zip(fields, columns)}
    return Columns(np.asarray(fids, dtype=np.int64), values, wkb if with_geometry else None)


#: Features read per chunk (between two cancel checks).
_READ_CHUNK = 5000


def _wkb_of(feature):
    geometry = feature.geometry()
    return None if geometry.isNull() else bytes(geometry.asWkb())


def _skip_validity():
    from qgis.core import QgsProcessingFeatureSource

    return QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks


_SKIP_VALIDITY = _skip_validity()


def _arrow_columns(layer, fields, with_geometry, feedback, progress=(0, 100)):
    """``read_columns`` through GDAL's Arrow stream, or None when the layer does not allow it."""
    import numpy as np
    from osgeo import ogr

    if layer.providerType() != "ogr" or layer.isEditable() or layer.subsetString() or \
            not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path.lower().endswith((".gpkg", ".gdb")) or parts.get("subset"):
        return None
    ds = ogr.Open(path)
    if ds is None:
        return None
    name = parts.get("layerName")
    lyr = ds.GetLayerByName(name) if name else (ds.GetLayer(int(parts.get("layerId") or 0)))
    if lyr is None:
        return None
    defn = lyr.GetLayerDefn()
    have = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if any(f not in have for f in fields):
        return None
    lyr.SetIgnoredFields([f for f in have if f not in fields] + ([] if with_geometry else ["OGR_GEOMETRY"]))
    kinds = {f: defn.GetFieldDefn(have.index(f)).GetType() for f in fields}
    fids, values, wkb = [], {f: [] for f in fields}, []
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    stream = lyr.GetArrowStreamAsNumPy(["INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=65536"])
    fid_name = lyr.GetFIDColumn() or "OGC_FID"
    total = max(lyr.GetFeatureCount(), 1)
    for batch in stream:
        if feedback is not None:
            if feedback.isCanceled():
                raise cancelled_error()
            feedback.setProgress(progress[0] + (progress[1] - progress[0]) * sum(map(len, fids)) / total)
        fids.append(np.asarray(batch[fid_name], dtype=np.int64))
        for f in fields:
            values[f].extend(_arrow_values(batch[f], kinds[f]))
        if with_geometry:
            g = batch[geom_name]
            if g.dtype.kind == "V":  # equal-length blobs come as a fixed-size void array
                wkb.extend(x.tobytes() for x in g)
            else:
                wkb.extend(None if x is None else bytes(x) for x in g)
    stream = None
    ds = None
    fid = np.concatenate(fids) if fids else np.empty(0, dtype=np.int64)
    return Columns(fid, values, wkb if with_geometry else None)


def _arrow_values(array, ogr_type=None):
    """One Arrow column as Python values: NULL (masked) -> None, text decoded from UTF-8, dates as date/datetime."""
    import numpy as np

    data = np.ma.getdata(array)
    if data.dtype.kind == "M" and data.dtype != np.dtype("datetime64[D]"):
        data = data.astype("datetime64[us]")  # .tolist() gives datetime (ns would give int)
    out = data.tolist()
    if data.dtype.kind in "OS":
        out = [v.decode("utf-8") if isinstance(v, bytes) else v for v in out]
    mask = np.ma.getmaskarray(array) if isinstance(array, np.ma.MaskedArray) else None
    if mask is not None and mask.any():
        for k in np.flatnonzero(mask).tolist():
            out[k] = None
    return out


def source_to_frame(source, fields=None, feedback=None, with_geometry=False, progress=(0, 100)):
    """Read ``source`` (QgsFeatureSource or QgsVectorLayer) into a DataFrame.

    The first column, ``fid``, is the feature id; a stored ``fid`` attribute
    (a GeoPackage's primary key, the same value) is not read again. Only
    ``fields`` are read when given. With ``with_geometry`` a ``geometry``
    column holds the QgsGeometry objects (``"wkb"``: WKB bytes, None for no geometry).
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
    layer = arrow_layer(source)
    wkb = with_geometry == "wkb" or (with_geometry and layer is not None)
    columns = read_columns(source, names, True if wkb else ("qgis" if with_geometry else False), feedback,
                           progress, layer=layer)
    frame = pd.DataFrame(columns.values, columns=names)
    frame.insert(0, "fid", columns.fid)
    if with_geometry:
        geoms = columns.wkb
        if geoms and with_geometry != "wkb" and not isinstance(geoms[0], QgsGeometry):
            geoms = [_geometry(b) for b in geoms]
        frame["geometry"] = geoms
    return frame


def wkb_bounds(wkb):
    """n × [minx, miny, maxx, maxy] of WKB bytes (NaN for None or empty): shapely 2 when present, else QGIS."""
    import numpy as np

    try:
        import shapely

        if int(shapely.__version__.split(".")[0]) >= 2:
            return shapely.bounds(shapely.from_wkb(np.asarray(wkb, dtype=object)))
    except ImportError:
        pass
    out = np.full((len(wkb), 4), np.nan)
    geometry = QgsGeometry()
    for k, blob in enumerate(wkb):
        if blob is not None:
            geometry.fromWkb(blob)
            if not geometry.isEmpty():
                box = geometry.boundingBox()
                out[k] = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    return out


def _geometry(blob):
    geometry = QgsGeometry()
    if blob is not None:
        geometry.fromWkb(blob)
    return geometry


def arrow_layer(source):
    """The OGR layer behind ``source`` whose file may be read through GDAL's Arrow stream, or None.

    ``source`` is a QgsVectorLayer, or a feature source that ``CarbonAlgorithm.parameterAsSource``
    made on a private copy of a whole layer (it notes the layer as ``arrow_layer``).
    """
    from qgis.core import QgsVectorLayer

    layer = getattr(source, "arrow_layer", None)
    if layer is None and isinstance(source, QgsVectorLayer):
        layer = source
    return layer


def fields_for_frame(frame, exclude=("geometry",)):
    """QgsFields matching the columns of ``frame`` (object columns become strings)."""
    fields = QgsFields()
    for name in frame.columns:
        if name in exclude:
            continue
        fields.append(make_field(name, kind_of_dtype(frame[name].dtype)))
    return fields


def _column_for_qgis(series):
    """One frame column as a list of values QgsFeature accepts (NULL as None), converted once."""
    import numpy as np
    import pandas as pd

    kind = series.dtype.kind
    if kind == "M":
        return [None if pd.isna(v) else QDateTime(v.to_pydatetime()) for v in series]
    missing = series.isna().to_numpy()
    if kind in "biuf" and not isinstance(series.dtype, pd.api.extensions.ExtensionDtype):
        values = series.to_numpy().tolist()
    else:
        values = series.to_numpy(dtype=object).tolist()
        odd = set(map(type, values)) - _PLAIN_TYPES
        if odd:
            values = [_plain(v) for v in values]
    if missing.any():
        for k in np.flatnonzero(missing).tolist():
            values[k] = None
    return values


def _plain(value):
    """A numpy/pandas/datetime scalar as the Python type QgsFeature accepts."""
    if value is None or value is _NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, datetime.datetime):
        return QDateTime(value)
    if isinstance(value, datetime.date):
        # to_python() turns QDate into date; turn it back or date fields reject it.
        return QDate(value)
    if hasattr(value, "item"):
        return value.item()
    return value


def _pandas_na():
    try:
        import pandas as pd

        return pd.NA
    except ImportError:  # pragma: no cover
        return object()


_NA = _pandas_na()

#: Features handed to a sink per addFeatures call.
BATCH = 5000


def write_frame(sink, frame, fields, geometries=None, feedback=None, progress=(0, 100)):
    """Append the rows of ``frame`` to ``sink`` in the order of ``fields``.

    Columns are converted once each (no per-cell conversion); the rows of a batch
    are set on one pool of features, reused batch after batch (the sink keeps
    copies), and added with one ``addFeatures`` call. ``geometries``: one
    QgsGeometry or WKB ``bytes`` (or None) per row.
    """
    with _gc_paused():
        _write_frame(sink, frame, fields, geometries, feedback, progress)


def _write_frame(sink, frame, fields, geometries, feedback, progress):
    names = [f.name() for f in fields]
    n = len(frame)
    total = max(n, 1)
    start, stop = progress
    columns = [_column_for_qgis(frame[c]) if c in frame.columns else [None] * n for c in names]
    pool = [QgsFeature() for _ in range(min(BATCH, n))]
    wkb_geometry = QgsGeometry()  # parsed into again for each WKB row; fromWkb detaches it from the features

    # No cancel check in here: once a sink is open, stopping would leave half a file behind.
    # Callers check before they create the sink.
    for lo in range(0, n, BATCH):
        if feedback is not None:
            feedback.setProgress(start + (stop - start) * lo / total)
        hi = min(lo + BATCH, n)
        batch = pool if hi - lo == len(pool) else pool[:hi - lo]
        # attributes by position: the sink maps them onto its fields, the feature needs no copy of them
        rows = map(list, zip(*(c[lo:hi] for c in columns))) if columns else ([] for _ in batch)
        for feature, attributes in zip(batch, rows):
            feature.setAttributes(attributes)
        if geometries is not None:
            for feature, g in zip(batch, geometries[lo:hi]):
                if g is None:
                    feature.clearGeometry()  # the pool's feature may still hold the last batch's geometry
                elif isinstance(g, bytes):
                    wkb_geometry.fromWkb(g)
                    feature.setGeometry(wkb_geometry)
                else:
                    feature.setGeometry(g)
        if not _add(sink, batch):
            message = QCoreApplication.translate("CarbonMetering", "Could not write row {0} to the output: {1}")
            raise QgsProcessingException(message.format(lo + 1, sink.lastError()))


def _add(sink, batch):
    """``sink.addFeatures(batch)``; one by one for a sink that only has addFeature (a test double)."""
    add_all = getattr(sink, "addFeatures", None)
    if add_all is not None:
        added = add_all(batch, QgsFeatureSink.Flag.FastInsert)
        return added[0] if isinstance(added, tuple) else added  # a data provider also returns the features
    # copies: a Python sink could keep the objects, which the next batch reuses
    return all(sink.addFeature(QgsFeature(f), QgsFeatureSink.Flag.FastInsert) for f in batch)


def write_table(alg, parameters, name, context, frame, feedback=None):
    """Create the table sink ``name`` (no geometry) and write ``frame`` into it.

    Returns the destination id to put in the algorithm's results.
    """
    return Output(alg, parameters, name, context, fields_for_frame(frame)).write(frame, feedback=feedback)


class Output:
    """One feature sink of an algorithm: created now, written once with :meth:`write`.

    Creating every output before writing any keeps a run's outputs whole or absent
    (a sink that cannot be created stops the run before anything is written). A
    GeoPackage file destination is created by QGIS (its schema, CRS, R-tree and
    triggers exactly QGIS's), closed empty and filled by SQLite in one transaction
    (metering/gpkg.py); any other destination, or rows that do not take that, go
    through the sink (:func:`write_frame`).
    """

    def __init__(self, alg, parameters, name, context, fields, wkb_type=QgsWkbTypes.Type.NoGeometry, crs=None,
                 kinds=None):
        from qgis.core import QgsCoordinateReferenceSystem

        self._create = lambda: alg.parameterAsSink(parameters, name, context, fields, wkb_type,
                                                   crs if crs is not None else QgsCoordinateReferenceSystem())
        self._invalid = lambda: QgsProcessingException(alg.invalidSinkError(parameters, name))
        self.fields, self.wkb_type = fields, wkb_type
        #: {field: kind} in the sink's order (qgis_compat kinds); from the fields when not given
        self.kinds = kinds or {f.name(): field_kind(f) for f in fields}
        self.sink, self.dest = self._create()
        if self.sink is None:
            raise self._invalid()

    def write(self, frame, geometries=None, bounds=None, feedback=None, progress=(0, 100)):
        """Write the rows of ``frame`` (with ``geometries``: WKB bytes or QgsGeometry per row, None for none)
        and close the output; returns the destination id. ``bounds`` (n × [minx, miny, maxx, maxy] of the
        geometries) lets a GeoPackage file be filled by SQLite: without it, geometries go through the sink."""
        n = len(frame)
        wkb = [None] * n if geometries is None else geometries
        if bounds is None and geometries is None:
            bounds = _no_bounds(n)
        if n and bounds is not None and geopackage_destination(self.dest) is not None and \
                _fits_geopackage_fill(wkb, self.wkb_type):
            close_sink(self.sink)
            self.sink = None
            with _gc_paused():
                filled = append_frame_to_geopackage(self.dest, frame, self.kinds, wkb, bounds)
            if filled:
                return self.dest
            self.sink, self.dest = self._create()  # a new, empty table through the sink
            if self.sink is None:
                raise self._invalid()
        write_frame(self.sink, frame, self.fields, geometries=geometries, feedback=feedback, progress=progress)
        close_sink(self.sink)
        self.sink = None
        return self.dest


def _fits_geopackage_fill(wkb, wkb_type):
    """Whether ``wkb`` (one entry per row) can go into a GeoPackage table of ``wkb_type`` as it is: no
    geometry at all, or 2-D WKB bytes of exactly that type (the sink would convert anything else)."""
    if all(w is None for w in wkb):
        return True
    if QgsWkbTypes.hasZ(wkb_type) or QgsWkbTypes.hasM(wkb_type):
        return False
    want = int(wkb_type)
    for w in wkb:
        if w is None:
            continue
        if not isinstance(w, bytes) or len(w) < 5 or w[0] not in (0, 1) or \
                int.from_bytes(w[1:5], "little" if w[0] == 1 else "big") != want:
            return False
    return True


def _no_bounds(n):
    import numpy as np

    return np.full((n, 4), np.nan)


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


def _geopackage_path(layer):
    if layer is None or layer.providerType() != "ogr":
        return None
    from qgis.core import QgsProviderRegistry

    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    return path if path.lower().endswith(".gpkg") else None


def private_geopackage_layer(layer):
    """A private copy of an OGR GeoPackage ``layer`` on a fresh connection, or None.

    QGIS opens GeoPackages read-only in SQLite "nolock" mode. When another step
    then writes to the same file, QGIS switches it to WAL journal mode and the
    earlier read-only connection fails ("unable to open database file"); this
    happens when a model writes several outputs into one GeoPackage and a later
    step reads an earlier output. A new layer on the same URI (subset string
    included) sees the file as it is now; ``layer`` itself, which may belong to
    the user's project and live in the main thread, is not touched. Layers
    being edited give None (their edit buffer is on top of the file).
    """
    if _geopackage_path(layer) is None or layer.isEditable():
        return None
    from qgis.core import QgsVectorLayer

    private = QgsVectorLayer(layer.source(), layer.name(), "ogr")
    if not private.isValid():
        return None
    # the extent now, through the fresh connection (a later lazy query could meet a stale one)
    private.extent()
    return private


def reopen_geopackage_layer(layer):
    """Make a GeoPackage ``layer`` read through a fresh connection; returns the layer to read.

    A layer of the user's project (``QgsProject.instance()``) is never
    reloaded: a private copy (:func:`private_geopackage_layer`) is returned
    instead, because reloadData()/updateExtents() from a Processing worker
    thread on a layer the main thread draws is unsafe. A layer the caller
    created itself (no project, or a project of its own) is reloaded in place.
    Returns None for layers that are not GeoPackage layers or are being edited.
    """
    if _geopackage_path(layer) is None or layer.isEditable():
        return None
    from qgis.core import QgsProject

    if QgsProject.instance().mapLayer(layer.id()) is not None:
        return private_geopackage_layer(layer)
    layer.dataProvider().reloadData()
    layer.updateExtents()
    layer.extent()
    return layer


def geopackage_destination(dest):
    """(path, layer name or None) when the sink destination ``dest`` is a GeoPackage file, else None."""
    if not isinstance(dest, str) or dest.startswith(("memory:", "ogr:", "postgres:", "spatialite:")):
        return None
    path, _sep, rest = dest.partition("|")
    if not path.lower().endswith(".gpkg"):
        return None
    name = None
    for part in rest.split("|") if rest else []:
        key, _eq, value = part.partition("=")
        if key.strip().lower() != "layername":
            return None
        name = value
    return path, name


def _sqlite_column(series, kind):
    """One frame column as an array SQLite gets for a field of ``kind`` (NULL as None or NaN), not yet as
    Python values: :func:`metering.gpkg.append_features` converts it a chunk at a time."""
    import numpy as np
    import pandas as pd

    from ..metering.gpkg import NotAppendableError
    from .qgis_compat import INTEGER, INTEGER64, REAL, TEXT

    dtype = series.dtype
    extension = isinstance(dtype, pd.api.extensions.ExtensionDtype)
    if kind == TEXT:
        values = series.to_numpy(dtype=object)
        odd = set(map(type, values.tolist())) - {str, type(None)}
        if odd:
            missing = series.isna().to_numpy()
            values = values.copy()
            values[missing] = None
            if set(map(type, values[~missing].tolist())) - {str}:
                raise NotAppendableError("text column {0} holds other values".format(series.name))
        return values
    if kind in (INTEGER, INTEGER64):
        if dtype.kind not in "biu":
            raise NotAppendableError("integer column {0} is {1}".format(series.name, dtype))
        if not extension:
            return series.to_numpy(dtype=np.int64)
        missing = series.isna().to_numpy()
        return np.ma.MaskedArray(series.fillna(0).to_numpy(dtype=np.int64), mask=missing)
    if kind == REAL:
        if dtype.kind not in "biuf":
            raise NotAppendableError("real column {0} is {1}".format(series.name, dtype))
        return series.to_numpy(dtype=np.float64, na_value=np.nan) if extension else series.to_numpy(dtype=np.float64)
    raise NotAppendableError("field kind {0}".format(kind))


def append_frame_to_geopackage(dest, frame, kinds, wkb, bounds):
    """Fill the empty GeoPackage table of a closed sink ``dest`` with ``frame`` and ``wkb`` in one transaction.

    ``kinds``: {column: field kind} in the sink's field order (the fields the sink was created with);
    ``wkb``: one 2-D WKB per row of the sink's geometry type; ``bounds``: their n × 4 bounds.
    Returns False (nothing written) when ``dest`` is no GeoPackage file this can fill; the caller then
    writes through a new sink.
    """
    from ..metering import gpkg

    where = geopackage_destination(dest)
    if where is None:
        return False
    path, name = where
    try:
        table = name or gpkg.feature_table(path)
        columns = {c: (_sqlite_column(frame[c], kind) if c in frame.columns else [None] * len(frame))
                   for c, kind in kinds.items()}
        gpkg.append_features(path, table, columns, wkb, bounds)
    except gpkg.NotAppendableError:
        return False
    return True
