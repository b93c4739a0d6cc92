"""Parcel inputs of a province run: sources, the county index and reading one county with pyogrio.

A *source* is one layer of one file (GeoPackage, FileGDB, shapefile). An input
(``--base`` / ``--target``) is a file, a ``file|layername=NAME`` layer or a folder of
per-county files; :func:`sources_of` expands it. :func:`county_index` reads only the
county field of every source (no geometry) and tells, per county, which sources hold
its parcels and their feature ids, so a county task reads its own parcels only.

Rules (docs/province.md):

- *County of a parcel*: ``--county-field`` as it is, or by default the first 6 digits of
  ZLDWDM (坐落单位代码), as parcel_change does. A source without that field whose file
  name starts with 6 digits (``420115_dltb.gpkg``) gives that county to all its parcels.
  Each parcel belongs to exactly one county (its own year's code).
- *Duplicated parcels across files*: a county whose parcels come from several sources
  (a border parcel delivered in both neighbours' files) keeps the first copy of a
  parcel with the same geometry and code, in file-name order; the duplicates are
  dropped and logged (note ``province_duplicates``). *The same geometry* is the same
  digest (:func:`parcel_digests`): coordinates on the snapping grid, rings in
  normal form, so another start vertex, ring orientation, Polygon vs single-part
  MultiPolygon or noise that rounds to the same grid point is the same parcel.
- *GBK shapefiles*: a .dbf without .cpg whose text is not UTF-8 is read as GB18030
  (note ``overlay_gbk``), like parcel_change.
"""

import hashlib
import os
import re
from dataclasses import dataclass, field

import numpy as np

from ..errors import MeteringError, Note
from ..landclass import county_from_zldwdm
from ..overlay import OFFICIAL_FIELDS, CrsInfo, ParcelLayer, check_code_field, check_layer_crs, code_share

#: File extensions read from a folder of per-county files (FileGDB is a folder ending in .gdb).
EXTENSIONS = (".gpkg", ".shp", ".gdb", ".geojson", ".fgb")
DEFAULT_COUNTY_FIELD = "ZLDWDM"
_COUNTY_PREFIX = re.compile(r"^(\d{6})")


@dataclass(frozen=True)
class Source:
    """One layer of one file; ``encoding`` None (GDAL's guess) or GB18030 for GBK shapefiles."""

    path: str
    layer: str = None
    encoding: str = None

    @property
    def label(self):
        return "{0}|layername={1}".format(self.path, self.layer) if self.layer else self.path

    @property
    def name(self):
        return self.layer or os.path.splitext(os.path.basename(self.path.rstrip("/")))[0]


@dataclass
class CountyPart:
    """The parcels of one county in one source: ``fids`` None = every feature of the source."""

    source: Source
    fids: object = None
    count: int = 0


@dataclass
class CountyIndex:
    """county → {"base": [CountyPart], "target": [CountyPart]} and the checksums of every file read."""

    parts: dict = field(default_factory=dict)
    checksums: dict = field(default_factory=dict)  # path -> sha256
    sources: dict = field(default_factory=dict)  # role -> [Source]

    def counties(self):
        return sorted(self.parts)


def _pyogrio():
    try:
        import pyogrio
    except ImportError as err:  # pragma: no cover - the runner's venv has it
        raise MeteringError("missing_package", package="pyogrio",
                            how="make setup (creates .venv-province)") from err
    return pyogrio


def _polygon_layers(path):
    pyogrio = _pyogrio()
    layers = pyogrio.list_layers(path)
    return [str(name) for name, kind in layers if kind and "polygon" in str(kind).lower()]


def _pick_layer(path, year, role):
    """The layer of ``path`` to read: the only polygon layer, else the one whose name holds the year."""
    layers = _polygon_layers(path)
    if len(layers) == 1:
        return layers[0]
    with_year = [name for name in layers if year is not None and str(year) in name]
    if len(with_year) == 1:
        return with_year[0]
    raise MeteringError("province_layer_ambiguous", path=path, role=role, year=year, layers=layers or ["(none)"])


def sources_of(spec, year=None, role="base"):
    """The sources of an input: a file, ``file|layername=NAME`` or a folder of per-county files."""
    spec = str(spec)
    path, _, rest = spec.partition("|")
    layer = None
    for part in rest.split("|") if rest else []:
        if part.lower().startswith("layername="):
            layer = part.split("=", 1)[1]
    if not os.path.exists(path):
        raise MeteringError("province_input_missing", role=role, path=path)
    if os.path.isdir(path) and not path.lower().rstrip("/").endswith(".gdb"):
        files = sorted(os.path.join(path, n) for n in os.listdir(path) if n.lower().endswith(EXTENSIONS))
        if not files:
            raise MeteringError("province_folder_empty", role=role, path=path, extensions=", ".join(EXTENSIONS))
        return [Source(f, layer or _pick_layer(f, year, role)) for f in files]
    return [Source(path, layer or _pick_layer(path, year, role))]


def file_checksum(path, chunk=1 << 20):
    """SHA-256 of a file, or of every file of a folder (FileGDB) in name order; shapefiles with their sidecars."""
    if os.path.isfile(path) and not path.lower().endswith(".shp"):
        from ..provenance import file_sha256

        return file_sha256(path)  # the plugin's provenance checksum of the same file
    digest = hashlib.sha256()
    if os.path.isdir(path):
        files = sorted(os.path.join(path, n) for n in os.listdir(path))
    elif path.lower().endswith(".shp"):
        stem = os.path.splitext(path)[0]
        files = [stem + ext for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg") if os.path.exists(stem + ext)]
    else:
        files = [path]
    for name in files:
        digest.update(os.path.basename(name).encode("utf-8") + b"\0")
        with open(name, "rb") as handle:
            for block in iter(lambda: handle.read(chunk), b""):
                digest.update(block)
    return digest.hexdigest()


def _needs_gbk(source):
    """True for a shapefile without .cpg whose text fields do not decode as UTF-8."""
    if not source.path.lower().endswith((".shp", ".dbf")):
        return False
    if os.path.exists(os.path.splitext(source.path)[0] + ".cpg"):
        return False
    pyogrio = _pyogrio()
    info = pyogrio.read_info(source.path, layer=source.layer)
    text = [f for f, t in zip(info["fields"], info["dtypes"]) if t == "object"]
    if not text:
        return False
    try:
        _m, _f, _g, data = pyogrio.raw.read(source.path, layer=source.layer, columns=text, read_geometry=False,
                                            max_features=5000, encoding="UTF-8")
    except (UnicodeDecodeError, ValueError, RuntimeError):
        return True
    return any(isinstance(v, str) and "\ufffd" in v for column in data for v in column)


def resolve_encoding(sources, notes=None):
    """The sources with GB18030 set where a shapefile's .dbf is GBK (a note ``overlay_gbk`` each)."""
    out = []
    for source in sources:
        if _needs_gbk(source):
            source = Source(source.path, source.layer, "GB18030")
            if notes is not None:
                notes.append(Note.info("overlay_gbk", layer=source.name))
        out.append(source)
    return out


def _counties(values, county_field):
    """The county of each value (``county_from_zldwdm`` for ZLDWDM), computed once per distinct value."""
    import pandas as pd

    if county_field.upper() == DEFAULT_COUNTY_FIELD:
        convert = county_from_zldwdm
    else:
        def convert(v):
            return None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v)
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    table = np.asarray([convert(v) for v in uniques] + [convert(None)], dtype=object)  # code -1: NULL
    return table[codes].tolist()


def index_source(source, county_field=None):
    """(checksum, [(county, fids or None, count)]) of one source: its file's SHA-256 and its parcels by county.

    Reads the county field only (no geometry). A source whose parcels are all of one county gets
    ``fids`` None (read it whole). Runs on a Dask worker (one task per source) or on the client.
    """
    pyogrio = _pyogrio()
    county_field = county_field or DEFAULT_COUNTY_FIELD
    checksum = file_checksum(source.path)
    info = pyogrio.read_info(source.path, layer=source.layer, encoding=source.encoding)
    fields = list(info["fields"])
    if county_field not in fields:
        match = _COUNTY_PREFIX.match(os.path.basename(source.path))
        if not match:
            raise MeteringError("province_no_county", layer=source.label, field=county_field,
                                fields=", ".join(fields))
        return checksum, [(match.group(1), None, int(info["features"]))]
    _m, fids, _g, data = pyogrio.raw.read(source.path, layer=source.layer, columns=[county_field],
                                          read_geometry=False, return_fids=True, encoding=source.encoding)
    counties = np.asarray(_counties(data[0].tolist(), county_field), dtype=object)
    keys = np.where(counties == None, "", counties).astype(str)  # noqa: E711 (element-wise)
    unique, inverse = np.unique(keys, return_inverse=True)
    if len(unique) == 1:
        return checksum, [(str(unique[0]), None, int(len(keys)))]
    fids = np.asarray(fids, dtype=np.int64)
    order = np.argsort(inverse, kind="stable")  # feature order kept within a county
    bounds = np.searchsorted(inverse[order], np.arange(len(unique) + 1))
    return checksum, [(str(county), fids[order[bounds[k]:bounds[k + 1]]], int(bounds[k + 1] - bounds[k]))
                      for k, county in enumerate(unique)]


def county_index(base_sources, target_sources, county_field=None, mapper=None):
    """Which parcels of which source belong to which county, in both years (reads the county field only).

    ``mapper(function, sources)``: how to run :func:`index_source` over the sources (the runner
    gives one running them as tasks on the cluster); default: one after the other here.
    """
    county_field = county_field or DEFAULT_COUNTY_FIELD
    index = CountyIndex(sources={"base": base_sources, "target": target_sources})
    todo = [(role, source) for role, sources in (("base", base_sources), ("target", target_sources))
            for source in sources]
    if mapper is None:
        found = [index_source(source, county_field) for _role, source in todo]
    else:
        found = mapper(index_source, [source for _role, source in todo], county_field)
    for (role, source), (checksum, entries) in zip(todo, found):
        index.checksums.setdefault(source.path, checksum)
        for county, fids, count in entries:
            index.parts.setdefault(county, {"base": [], "target": []})[role].append(CountyPart(source, fids, count))
    return index


# --------------------------------------------------------------------------- reading one county


def crs_info_of(crs_text):
    """The core's CrsInfo from pyogrio's CRS string ('EPSG:4547', WKT or None)."""
    if not crs_text:
        return CrsInfo()
    epsg = None
    match = re.match(r"^EPSG:(\d+)$", str(crs_text).strip(), re.I)
    geographic, wkt = False, None
    try:
        from pyproj import CRS

        crs = CRS.from_user_input(crs_text)
        epsg = crs.to_epsg() if epsg is None else epsg
        geographic, wkt = crs.is_geographic, crs.to_wkt()
    except Exception:  # noqa: BLE001 (pyproj missing or an unreadable CRS: the EPSG code is enough)
        epsg = int(match.group(1)) if match else None
    return CrsInfo(epsg=epsg, geographic=geographic, wkt=wkt, name="EPSG:{0}".format(epsg) if epsg else str(crs_text))


@dataclass
class LayerRead:
    """One year's parcels of one county, ready for the overlay, and what reading them found."""

    layer: ParcelLayer
    bounds: tuple
    notes: list
    duplicates: int = 0
    digests: object = None  # sorted parcel_digests of the parcels kept (uint64), for parcels claimed twice


def read_county(parts, code_field, county_field, official, mapping, label, role, county, snap_tolerance_m=0.001,
                known=None):
    """The ParcelLayer of one county and year from its CountyParts (pyogrio, GDAL's vectorised I/O).

    Checks the code field like parcel_change (``overlay_missing_field``,
    ``overlay_not_code_field``, ``overlay_no_official_fields``) and the CRS of each source
    against its coordinates (``check_layer_crs``). Several sources: they must share one
    CRS; duplicated parcels (same :func:`parcel_digests` digest and code) are dropped
    after the first. ``snap_tolerance_m``: the overlay's snapping tolerance, the grid of
    the digests (metres; degrees of the same length in a geographic CRS); ``known``: the
    digests cache of :func:`parcel_digests` shared by both years of the county.
    """
    pyogrio = _pyogrio()
    notes = []
    wkb, fids, codes, county_values, official_values = [], [], [], [], []
    crs, bounds = None, None
    seen = {}
    duplicates = 0
    kept_digests = []
    for n, part in enumerate(parts):
        source = part.source
        info = pyogrio.read_info(source.path, layer=source.layer, encoding=source.encoding)
        names = list(info["fields"])
        if code_field not in names:
            raise MeteringError("overlay_missing_field", layer=source.name, field=code_field,
                                role=role.upper() + "_FIELD", fields=", ".join(names))
        if official and "TBDLMJ" not in names and "TBMJ" not in names:
            raise MeteringError("overlay_no_official_fields", layer=source.name)
        wanted = [code_field] + ([county_field] if county_field in names else [])
        wanted += [f for f in OFFICIAL_FIELDS if official and f in names]
        wanted = list(dict.fromkeys(wanted))
        _m, fid, geometry, data = pyogrio.raw.read(source.path, layer=source.layer, columns=wanted,
                                                   fids=part.fids, return_fids=True, encoding=source.encoding)
        values = {name: column.tolist() for name, column in zip(wanted, data)}
        for name in wanted:
            if data[wanted.index(name)].dtype.kind == "f":
                values[name] = [None if v != v else v for v in values[name]]  # NaN (NULL) -> None, as QGIS
        info_crs = crs_info_of(info.get("crs"))
        info_crs = check_layer_crs(source.name, info_crs, info["total_bounds"])
        if crs is None:
            crs, bounds = info_crs, tuple(info["total_bounds"])
            if info_crs.epsg is not None and info_crs.epsg != crs_info_of(info.get("crs")).epsg:
                notes.append(Note.info("overlay_crs_derived", layer=source.name, epsg=info_crs.epsg,
                                       extent="{0:.0f} – {1:.0f}".format(bounds[0], bounds[2])))
        elif info_crs.epsg != crs.epsg:
            raise MeteringError("province_sources_crs", county=county, role=role, layer=source.name,
                                crs=info_crs.label, first=crs.label)
        else:
            b = info["total_bounds"]
            bounds = (min(bounds[0], b[0]), min(bounds[1], b[1]), max(bounds[2], b[2]), max(bounds[3], b[3]))
        code = values[code_field]
        county_raw = values.get(county_field)
        county_of = _counties(county_raw, county_field) if county_raw is not None else [county] * len(code)
        area = official_areas_of(values) if official else None
        blobs = [None if g is None else bytes(g) for g in geometry]
        grid = snap_tolerance_m / 111320.0 if info_crs.geographic else snap_tolerance_m  # degrees_tolerance
        digests, present = parcel_digests(blobs, grid, None if known is None else known.setdefault(grid, {}))
        keep = np.ones(len(blobs), dtype=bool)
        if len(parts) > 1:  # the first copy of a parcel (digest and code) among the county's sources
            for k in np.flatnonzero(present):
                key = (int(digests[k]), str(code[k]))
                if seen.setdefault(key, n) != n:
                    keep[k] = False
            duplicates += int((~keep).sum())
        rows = np.flatnonzero(keep)
        kept_digests.append(digests[rows[present[rows]]])
        if len(rows) == len(blobs):
            wkb += blobs
            codes += code
            county_values += county_of
        else:
            wkb += [blobs[k] for k in rows]
            codes += [code[k] for k in rows]
            county_values += [county_of[k] for k in rows]
        fids += np.asarray(fid, dtype=np.int64)[rows].tolist()
        if area is not None:
            official_values += np.asarray(area, dtype=float)[rows].tolist()
    if duplicates:
        notes.append(Note.warning("province_duplicates", county=county, role=role, count=duplicates,
                                  sources=[p.source.name for p in parts]))
    sample = [codes[k] for k in np.linspace(0, len(codes) - 1, min(len(codes), 5000)).astype(int)] if codes else []
    others = {}
    if sample and (code_share(sample, mapping) or 0.0) < 0.5:
        first = parts[0].source
        info = pyogrio.read_info(first.path, layer=first.layer, encoding=first.encoding)
        other = [f for f in info["fields"] if f != code_field]
        if other:
            _m, _f, _g, data = pyogrio.raw.read(first.path, layer=first.layer, columns=other, read_geometry=False,
                                                max_features=2000, encoding=first.encoding)
            others = {name: column.tolist() for name, column in zip(other, data)}
    check_code_field(label, code_field, sample, others, mapping)
    layer = ParcelLayer(label, wkb, np.asarray(fids, dtype=np.int64), codes, county_values,
                        np.asarray(official_values, dtype=float) if official else None, crs or CrsInfo())
    kept = np.concatenate(kept_digests).astype(np.uint64) if kept_digests else np.zeros(0, dtype=np.uint64)
    kept.sort()
    return LayerRead(layer, bounds, notes, duplicates, kept)


def parcel_digests(wkb, grid=0.001, known=None):
    """(64-bit digest per parcel, present mask): the same polygon gives the same digest however it is written.

    The geometry is made 2-D, a single-part MultiPolygon its Polygon, its coordinates rounded
    to the ``grid`` (nearest multiple: the snapping tolerance; 0: exact coordinates),
    then put in normal form (``shapely.normalize``: each ring from its smallest vertex, shell
    clockwise, holes counter-clockwise, parts sorted) and its WKB hashed (BLAKE2b, 8 bytes).
    So another start vertex, ring orientation, Polygon vs single-part MultiPolygon, or noise
    that rounds to the same grid points are one parcel; coordinates that round to other grid
    points (noise across a grid line) are not. All geometry steps are vectorised (GEOS on
    the whole array); NULL, empty or unreadable WKB: ``present`` False, digest 0.
    ``known``: a dict {WKB bytes: digest} of parcels digested before with the same grid
    (the other year: most parcels of an annual survey are byte-identical in both), used
    for those and filled with the others.
    """
    blobs = list(wkb)
    if known is None:
        return _digests(blobs, grid)
    out = np.zeros(len(blobs), dtype=np.uint64)
    present = np.zeros(len(blobs), dtype=bool)
    new = []
    for k, blob in enumerate(blobs):
        digest = known.get(blob) if blob is not None else None
        if digest is None:
            new.append(k)
        else:
            out[k], present[k] = digest, True
    if new:
        digests, found = _digests([blobs[k] for k in new], grid)
        rows = np.asarray(new)
        out[rows], present[rows] = digests, found
        known.update((blobs[k], d) for k, d, f in zip(new, digests.tolist(), found) if f and blobs[k] is not None)
    return out, present


def _digests(blobs, grid):
    import shapely

    blobs = np.asarray(blobs, dtype=object)
    out = np.zeros(len(blobs), dtype=np.uint64)
    if not len(blobs):
        return out, np.zeros(0, dtype=bool)
    geoms = shapely.from_wkb(blobs, on_invalid="ignore")
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if not present.any():
        return out, present
    g = geoms[present]
    single = (shapely.get_type_id(g) == 6) & (shapely.get_num_geometries(g) == 1)  # 6: MultiPolygon
    g[single] = shapely.get_geometry(g[single], 0)
    if grid and grid > 0:
        # vertices rounded to the grid, as set_precision(mode="pointwise") but 2-D out and quicker (one pass)
        step = float(grid)
        g = shapely.transform(g, lambda xy: np.round(xy / step) * step)
    elif shapely.has_z(g).any():
        g = shapely.force_2d(g)
    g = shapely.normalize(g)
    out[present] = np.fromiter((int.from_bytes(hashlib.blake2b(b, digest_size=8).digest(), "little")
                                for b in shapely.to_wkb(g, output_dimension=2)), dtype=np.uint64, count=len(g))
    return out, present


def wkb_hashes(wkb, grid=0.001):
    """The :func:`parcel_digests` of the parcels with a geometry, sorted (``parcels.npz``)."""
    digests, present = parcel_digests(wkb, grid)
    out = digests[present]
    out.sort()
    return out


def official_areas_of(values):
    from ..overlay import official_areas

    return official_areas(*(values.get(f) for f in OFFICIAL_FIELDS))
