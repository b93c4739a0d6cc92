"""Shared glue of the LiDAR algorithms: provenance records and sidecars, CRS text, feature reading."""

import datetime
import json
import os

from qgis.core import Qgis, QgsWkbTypes

from ..metering import provenance as prov
from ..metering.files import atomic_output


def provenance(algorithm_id, inputs, parameters, started, outputs=None):
    """The provenance rows (list of dicts) of a run: inputs with SHA-256, parameters, outputs, versions."""
    records = [prov.InputRecord(name, str(path or ""), None, prov.file_sha256(prov.file_path_of(path) or path))
               for name, path in inputs.items() if path]
    frame = prov.build_provenance(records, {k: v for k, v in parameters.items()}, Qgis.QGIS_VERSION, started,
                                  datetime.datetime.now(), algorithm_id=algorithm_id, outputs=outputs)
    return frame[frame["section"] != "parameter_table"].to_dict("records")


def write_sidecar(path, rows):
    """``<path>.provenance.json`` beside an output file, whole or not at all."""
    target = path + ".provenance.json"
    with atomic_output(target) as tmp:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(rows, handle, ensure_ascii=False, indent=1, default=str)
    return target


def layer_path(parameters, name):
    """The file or source string a parameter was given as (for provenance), or ''."""
    value = parameters.get(name)
    if value is None:
        return ""
    source = getattr(value, "source", None)
    if callable(source):
        return source()
    return str(value)


def crs_wkt(crs):
    return crs.toWkt() if crs is not None and crs.isValid() else ""


def is_point_layer(source):
    return QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry


def polygon_rings(geometry):
    """[exterior, holes…] of the first part of a polygon geometry as lists of (x, y)."""
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    if not polygons or not polygons[0]:
        return None
    return [[(p.x(), p.y()) for p in ring] for ring in polygons[0]]


def ensure_dir(path):
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
