"""LAS/LAZ 1.2–1.4 reading in chunks (laspy's chunk iterator) and writing (laspy + lazrs)."""

import os
from dataclasses import dataclass

import numpy as np

from ..errors import MeteringError
from .deps import require, require_laz_backend
from .metrics import GROUND_CLASS, NOISE_CLASSES

#: LAS versions read.
SUPPORTED_VERSIONS = ("1.2", "1.3", "1.4")
#: Points per chunk by default (≈ 50 MB of coordinates and attributes in memory).
DEFAULT_CHUNK = 1_000_000


@dataclass
class CloudInfo:
    path: str
    version: str
    point_format: int
    point_count: int
    bounds: tuple  # xmin, ymin, xmax, ymax
    z_range: tuple
    crs_wkt: str
    has_ground: bool = None


def _laspy_for(path):
    if str(path).lower().endswith(".laz"):
        return require_laz_backend()
    return require("laspy")


def cloud_info(path, layer="POINT_CLOUD"):
    """Header facts of a LAS/LAZ file; ``MeteringError`` naming the file when it cannot be used."""
    if not path or not os.path.isfile(path):
        raise MeteringError("cloud_not_found", parameter=layer, path=path)
    laspy = _laspy_for(path)
    try:
        with laspy.open(path) as reader:
            h = reader.header
            version = "{0}.{1}".format(h.version.major, h.version.minor)
            try:
                crs = h.parse_crs()
                wkt = crs.to_wkt() if crs is not None else ""
            except Exception:  # noqa: BLE001 (pyproj may be absent or the VLR odd: the CRS is then unknown)
                wkt = ""
            info = CloudInfo(path, version, int(h.point_format.id), int(h.point_count),
                             (float(h.x_min), float(h.y_min), float(h.x_max), float(h.y_max)),
                             (float(h.z_min), float(h.z_max)), wkt)
    except MeteringError:
        raise
    except Exception as error:  # noqa: BLE001 (laspy raises several types for a file that is not LAS)
        raise MeteringError("cloud_unreadable", path=path, reason=str(error)) from None
    if version not in SUPPORTED_VERSIONS:
        raise MeteringError("cloud_version", path=path, version=version, supported=", ".join(SUPPORTED_VERSIONS))
    if info.point_count == 0:
        raise MeteringError("cloud_empty", path=path)
    return info


def iter_chunks(path, chunk_size=DEFAULT_CHUNK, drop_noise=True):
    """Yield dicts of arrays ``x y z`` (float64, m), ``return_number``, ``first``, ``ground``, ``cls``.

    Reads ``chunk_size`` points at a time; noise classes 7 and 18 are dropped unless
    ``drop_noise`` is False. Memory is bounded by the chunk size.
    """
    laspy = _laspy_for(path)
    chunk_size = int(chunk_size)
    if chunk_size < 1000:
        raise MeteringError("bad_chunk_size", value=chunk_size)
    try:
        reader = laspy.open(path)
    except Exception as error:  # noqa: BLE001
        raise MeteringError("cloud_unreadable", path=path, reason=str(error)) from None
    with reader:
        for points in reader.chunk_iterator(chunk_size):
            cls = np.asarray(points.classification, dtype=np.uint8)
            rn = np.asarray(points.return_number, dtype=np.uint8)
            arrays = {
                "x": np.asarray(points.x, dtype=float),
                "y": np.asarray(points.y, dtype=float),
                "z": np.asarray(points.z, dtype=float),
                "return_number": rn,
                "first": rn <= 1,  # return number 0 (invalid in LAS, found in some files) counts as first
                "ground": cls == GROUND_CLASS,
                "cls": cls,
            }
            if drop_noise:
                keep = ~np.isin(cls, NOISE_CLASSES)
                if not keep.all():
                    arrays = {k: v[keep] for k, v in arrays.items()}
            yield arrays


def write_cloud(path, x, y, z, return_number, number_of_returns, classification, crs_wkt="", scale=0.01,
                point_format=6, version="1.4"):
    """Write a LAS/LAZ file (LAZ when the name ends .laz; laspy with its LAZ backend)."""
    laspy = _laspy_for(path)
    x, y, z = (np.asarray(a, dtype=float) for a in (x, y, z))
    header = laspy.LasHeader(point_format=point_format, version=version)
    header.scales = np.array([scale, scale, scale])
    header.offsets = np.array([np.floor(x.min()), np.floor(y.min()), np.floor(z.min())]) if x.size else np.zeros(3)
    if crs_wkt:
        try:
            import pyproj

            header.add_crs(pyproj.CRS.from_wkt(crs_wkt))
        except Exception:  # noqa: BLE001 (no pyproj: the file is written without a CRS record)
            pass
    las = laspy.LasData(header)
    las.x, las.y, las.z = x, y, z
    las.return_number = np.asarray(return_number, dtype=np.uint8)
    las.number_of_returns = np.asarray(number_of_returns, dtype=np.uint8)
    las.classification = np.asarray(classification, dtype=np.uint8)
    las.write(path)
