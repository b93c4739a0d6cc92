"""Inputs are never overwritten: every destination of a run is compared with every input first.

Called by ``CarbonAlgorithm`` before ``processAlgorithm`` runs (so before any sink exists);
no algorithm has to call it. What counts as "overwriting" follows what QGIS 3.22 does with
each kind of destination (``QgsProcessingUtils::parseDestinationString``):

- a plain file path (``/x/survey.gpkg``, ``/x/summary.csv``, a file destination) is written
  by ``QgsVectorFileWriter`` with *CreateOrOverwriteFile* or by the plugin itself: the whole
  file is replaced, so it must not hold any input layer or be an input file;
- ``ogr:dbname='/x/survey.gpkg' table="name"`` updates the GeoPackage and replaces only the
  table ``name``: it must not be an input layer (adding a new layer to a file that holds inputs
  is allowed; that is how the chain model keeps its step outputs together);
- ``memory:`` and other providers' URIs (PostGIS …) are not files and are left alone.

Two destinations of one run that land on the same file (or the same table) are refused too:
the second would replace the first.

An algorithm whose output may legitimately be one of its inputs (import_survey updating the
survey in place) names the pair in ``OUTPUT_MAY_REPLACE = {"OUTPUT": ("SURVEY",)}``.
"""

import os
import re

from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ..metering.errors import MeteringError

#: Parameter types (``definition.type()``) whose value is one or more map layers.
LAYER_TYPES = ("source", "vector", "layer", "raster", "mesh", "pointcloud", "vectortile")
#: Destination parameter types (folders are not checked: writing into a folder replaces nothing).
FILE_DESTINATIONS = ("fileDestination",)
LAYER_DESTINATIONS = ("sink", "vectorDestination", "rasterDestination", "pointCloudDestination")
_PROVIDER_PREFIX = re.compile(r"^(.{3,}?):(.*)$")


def normalized(path):
    """A path as compared: absolute, links resolved, case-folded where the OS folds case."""
    return os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(str(path)))))


def _text(value):
    """A decoded URI part as text ('' for None or a NULL QVariant)."""
    if value is None:
        return ""
    try:
        if hasattr(value, "isNull") and value.isNull():
            return ""
    except TypeError:
        pass
    return str(value)


def gpkg_layers(path):
    """Names of the layers (tables) of a GeoPackage or other OGR file, lower-case; empty if unreadable."""
    if not os.path.isfile(path):
        return set()
    try:
        from osgeo import gdal, ogr

        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            ds = ogr.Open(path)
        finally:
            gdal.PopErrorHandler()
        if ds is None:
            return set()
        names = {ds.GetLayer(i).GetName().lower() for i in range(ds.GetLayerCount())}
        ds = None
        return names
    except Exception:  # noqa: BLE001 (a file GDAL cannot read has no layers to protect here)
        return set()


def layer_location(layer):
    """(normalized file path, lower-case layer name or None) of a map layer, or None when it is no file."""
    if layer is None:
        return None
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:  # noqa: BLE001
        parts = {}
    path = _text(parts.get("path"))
    if not path:
        source = layer.source().split("|")[0]
        if source.startswith("file://"):
            from qgis.PyQt.QtCore import QUrl

            path = QUrl(source.split("?")[0]).toLocalFile()
        elif os.path.exists(source):
            path = source
    if not path or not os.path.exists(path):
        return None
    name = _text(parts.get("layerName")) or None
    if name is None and path.lower().endswith(".gpkg"):
        names = gpkg_layers(path)
        if len(names) == 1:
            name = next(iter(names))  # OGR opens the only layer
    return normalized(path), (name.lower() if name else None)


def destination_location(kind, value):
    """(normalized path, lower-case table or None, replaces the whole file) of a destination, or None.

    ``kind`` is the parameter type, ``value`` the evaluated destination string.
    """
    value = (value or "").strip()
    if not value or value.startswith("memory:"):
        return None
    match = _PROVIDER_PREFIX.match(value)
    if match and not os.path.isabs(value):
        provider, rest = match.group(1), match.group(2)
        if provider != "ogr":
            return None
        uri = QgsDataSourceUri(rest)
        database = uri.database() or rest.split("|")[0]
        table = uri.table() or None
        if not database:
            return None
        return normalized(database), (table.lower() if table else None), table is None
    path = value.split("|")[0]
    if kind in LAYER_DESTINATIONS and not os.path.splitext(path)[1]:
        path += ".gpkg"  # what QGIS does with a destination without extension
    return normalized(path), None, True


def _label(definition):
    return "{0} ({1})".format(definition.description(), definition.name())


def collect_inputs(alg, parameters, context):
    """[(definition, path, layer or None)] of every input that lives in a file."""
    found = []
    for definition in alg.parameterDefinitions():
        if definition.isDestination():
            continue
        name = definition.name()
        value = parameters.get(name)
        if value is None or value == "" or value == []:
            continue
        kind = definition.type()
        try:
            if kind in ("source", "vector"):
                layers = [alg.parameterAsVectorLayer(parameters, name, context)]
            elif kind in LAYER_TYPES:
                layers = [alg.parameterAsLayer(parameters, name, context)]
            elif kind == "multilayer":
                layers = alg.parameterAsLayerList(parameters, name, context)
            elif kind == "file":
                path = alg.parameterAsFile(parameters, name, context)
                if path and os.path.isfile(path):
                    found.append((definition, normalized(path), None))
                continue
            else:
                continue
        except Exception:  # noqa: BLE001 (an unreadable input is the algorithm's own error to report)
            continue
        for layer in layers or ():
            location = layer_location(layer)
            if location is not None:
                found.append((definition, location[0], location[1]))
    return found


def collect_destinations(alg, parameters, context):
    """[(definition, path, table or None, replaces whole file)] of every destination to be written."""
    found = []
    for definition in alg.destinationParameterDefinitions():
        name = definition.name()
        kind = definition.type()
        if kind not in FILE_DESTINATIONS + LAYER_DESTINATIONS:
            continue
        value = parameters.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, str) and value == "TEMPORARY_OUTPUT":
            continue  # a new, unique temporary file
        try:
            if kind in FILE_DESTINATIONS:
                text = alg.parameterAsFileOutput(parameters, name, context)
            else:
                text = alg.parameterAsOutputLayer(parameters, name, context)
        except Exception:  # noqa: BLE001
            continue
        location = destination_location(kind, text)
        if location is not None:
            found.append((definition,) + location)
    return found


def check(alg, parameters, context):
    """Raise MeteringError when a destination would overwrite an input or another destination."""
    allowed = getattr(alg, "OUTPUT_MAY_REPLACE", {}) or {}
    destinations = collect_destinations(alg, parameters, context)
    if not destinations:
        return
    inputs = collect_inputs(alg, parameters, context)
    for out_def, out_path, out_table, whole_file in destinations:
        for in_def, in_path, in_layer in inputs:
            if in_path != out_path or in_def.name() in allowed.get(out_def.name(), ()):
                continue
            if whole_file:
                raise MeteringError("output_is_input", output=_label(out_def), input=_label(in_def), path=out_path)
            # A table of the file: harmful only when it is the input layer (or a table of an input file).
            if out_table is not None and (out_table == in_layer or
                                          (in_layer is None and out_table in gpkg_layers(in_path))):
                raise MeteringError("output_is_input_layer", output=_label(out_def), input=_label(in_def),
                                    path=out_path, layer=out_table)
    for i, (a_def, a_path, a_table, a_whole) in enumerate(destinations):
        for b_def, b_path, b_table, b_whole in destinations[i + 1:]:
            if a_path == b_path and (a_whole or b_whole or a_table == b_table):
                raise MeteringError("outputs_collide", output=_label(a_def), other=_label(b_def), path=a_path)
