"""Fixtures of the province runner's tests (run in .venv-province: no QGIS; `make test` runs them there)."""

import os
import shutil

import numpy as np
import pyogrio
import pytest

from tests.conftest import SAMPLE

COUNTY = SAMPLE / "county.gpkg"
ITERATIONS = 2000


def _read(layer):
    meta, fids, geometry, data = pyogrio.raw.read(str(COUNTY), layer=layer, return_fids=True)
    return meta, fids, geometry, data


def write_subset(path, layer, mask=None, rename=None, county=None, extra=None):
    """Write the sample layer's rows ``mask`` to ``path`` (layer ``layer``): fields renamed, ZLDWDM recoded."""
    meta, _fids, geometry, data = _read(layer)
    fields = list(meta["fields"])
    data = [np.asarray(d) for d in data]
    mask = np.ones(len(geometry), dtype=bool) if mask is None else mask
    geometry = geometry[mask]
    data = [d[mask] for d in data]
    if county is not None:
        k = fields.index("ZLDWDM")
        data[k] = np.asarray([county + str(v)[6:] for v in data[k]], dtype=object)
    if extra is not None:  # rows appended as they are: (geometry, data) of another subset
        geometry = np.concatenate([geometry, extra[0]])
        data = [np.concatenate([d, e]) for d, e in zip(data, extra[1])]
    if rename:
        fields = [rename.get(f, f) for f in fields]
    pyogrio.raw.write(str(path), geometry, data, fields, layer=layer, driver="GPKG", geometry_type="MultiPolygon",
                      crs=meta["crs"], append=os.path.exists(path))
    return path


def rows_of(layer, mask):
    meta, _f, geometry, data = _read(layer)
    return geometry[mask], [np.asarray(d)[mask] for d in data]


def county_mask(layer, county):
    meta, _f, _g, data = _read(layer)
    zl = data[list(meta["fields"]).index("ZLDWDM")]
    return np.asarray([str(v).startswith(county) for v in zl])


VARIANTS = ("reversed", "start_vertex", "polygon", "noise")


def variant(wkb, kind, grid=0.001):
    """The same parcel written otherwise (docs/province.md rule 2: still the same parcel).

    ``reversed``: every ring the other way round; ``start_vertex``: every ring starting at its
    third vertex; ``polygon``: a single-part MultiPolygon as a Polygon; ``noise``: every
    coordinate moved 0.3 mm towards its nearest multiple of ``grid`` (below the snapping
    tolerance, rounding to the same grid point).
    """
    import shapely

    geom = shapely.from_wkb(wkb)
    parts = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]

    def rings(poly, change):
        return shapely.Polygon(change(list(poly.exterior.coords)), [change(list(r.coords)) for r in poly.interiors])

    if kind == "reversed":
        out = shapely.MultiPolygon([rings(p, lambda c: c[::-1]) for p in parts])
    elif kind == "start_vertex":
        out = shapely.MultiPolygon([rings(p, lambda c: c[2:-1] + c[:3]) for p in parts])
    elif kind == "polygon":
        assert len(parts) == 1, "a single-part parcel is needed"
        out = parts[0]
    elif kind == "noise":
        def towards_grid(xy):
            nearest = np.round(xy / grid) * grid
            return xy + np.sign(nearest - xy) * np.minimum(0.0003, np.abs(nearest - xy) * 2.0)
        out = shapely.transform(geom, towards_grid)
    else:
        raise ValueError(kind)
    return shapely.to_wkb(out)


@pytest.fixture(scope="session")
def folders(tmp_path_factory):
    """Per-county folders of both years made from the sample county.

    base/: 420115, 420117 (plus five 420115 parcels duplicated into it: one byte-identical, four
    written otherwise, see :func:`variant`), 420199 (base year only), 420188 (no DLBM field);
    target/: 420115, 420117, 420188.
    """
    root = tmp_path_factory.mktemp("folders")
    base, target = root / "base", root / "target"
    base.mkdir()
    target.mkdir()
    for year, folder in ((2020, base), (2023, target)):
        layer = "dltb_{0}".format(year)
        first = county_mask(layer, "420115")
        write_subset(folder / "420115.gpkg", layer, first)
        extra = None
        if year == 2020:
            geometry, data = rows_of(layer, np.flatnonzero(first)[:1 + len(VARIANTS)])
            geometry = np.asarray([geometry[0]] + [variant(g, kind) for g, kind in zip(geometry[1:], VARIANTS)],
                                  dtype=object)
            extra = (geometry, data)
        write_subset(folder / "420117.gpkg", layer, county_mask(layer, "420117"), extra=extra)
        small = np.zeros(len(first), dtype=bool)
        small[np.flatnonzero(county_mask(layer, "420117"))[:40]] = True
        write_subset(folder / "420188.gpkg", layer, small, rename={"DLBM": "DLBM_X"}, county="420188")
        if year == 2020:
            write_subset(folder / "420199.gpkg", layer, small, county="420199")
    return base, target


def config(base, target, out, **kwargs):
    from carbon_metering.metering.province.runner import RunConfig

    values = dict(base=str(base), target=str(target), plots=str(SAMPLE / "survey.gpkg"), out=str(out),
                  iterations=ITERATIONS, workers=2, progress=False)
    values.update(kwargs)
    return RunConfig(**values)


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """The sample county (one GeoPackage, two layers) run once on a LocalCluster of 2 workers."""
    from carbon_metering.metering.province.runner import run

    out = tmp_path_factory.mktemp("sample_run")
    result = run(config(f"{COUNTY}|layername=dltb_2020", f"{COUNTY}|layername=dltb_2023", out))
    return out, result


def copy_tree(src, dst):
    shutil.copytree(src, dst)
    return dst


def recoded(rows, county):
    """Rows of :func:`rows_of` with ZLDWDM recoded to ``county`` (its first 6 digits)."""
    geometry, data = rows
    meta, _f, _g, _d = _read("dltb_2020")
    k = list(meta["fields"]).index("ZLDWDM")
    data = list(data)
    data[k] = np.asarray([county + str(v)[6:] for v in data[k]], dtype=object)
    return geometry, data


def rewritten(rows, kind):
    """Rows of :func:`rows_of` with their geometries written as :func:`variant` ``kind``."""
    geometry, data = rows
    return np.asarray([variant(g, kind) for g in geometry], dtype=object), data


def unchanged_parcel(county):
    """(base index, target index) of the first parcel of ``county`` whose geometry is the same in both years."""
    _m, _f, g1, _d = _read("dltb_2020")
    _m, _f, g2, _d = _read("dltb_2023")
    first = county_mask("dltb_2020", county)
    second = county_mask("dltb_2023", county)
    where = {bytes(g): i for i, g in enumerate(g2) if second[i]}
    for i in np.flatnonzero(first):
        if bytes(g1[i]) in where:
            return int(i), where[bytes(g1[i])]
    raise AssertionError("no unchanged parcel in " + county)


@pytest.fixture(scope="session")
def border_folders(tmp_path_factory):
    """Per-county folders with ground that changes county and a parcel claimed by two counties.

    - *moved*: an unchanged 420117 parcel whose target-year copy is coded 420115 (a boundary
      moved): its ground is 420117's in 2020 and 420115's in 2023;
    - *claimed twice*: an unchanged 420115 parcel also delivered in 420117's files of both
      years, coded 420117 there and written otherwise (:func:`variant`: coordinate noise in
      2020, another start vertex in 2023).

    Returns (base, target, moved target index, claimed base index).
    """
    root = tmp_path_factory.mktemp("border")
    base, target = root / "base", root / "target"
    base.mkdir()
    target.mkdir()
    _b17, moved = unchanged_parcel("420117")
    claimed_b, claimed_t = unchanged_parcel("420115")
    n1 = len(county_mask("dltb_2020", "420115"))
    n2 = len(county_mask("dltb_2023", "420115"))
    one = np.zeros(n1, dtype=bool)
    one[claimed_b] = True
    write_subset(base / "420115.gpkg", "dltb_2020", county_mask("dltb_2020", "420115"))
    write_subset(base / "420117.gpkg", "dltb_2020", county_mask("dltb_2020", "420117"),
                 extra=rewritten(recoded(rows_of("dltb_2020", one), "420117"), "noise"))
    moved_mask = np.zeros(n2, dtype=bool)
    moved_mask[moved] = True
    claimed_mask = np.zeros(n2, dtype=bool)
    claimed_mask[claimed_t] = True
    write_subset(target / "420115.gpkg", "dltb_2023", county_mask("dltb_2023", "420115"),
                 extra=recoded(rows_of("dltb_2023", moved_mask), "420115"))
    write_subset(target / "420117.gpkg", "dltb_2023", county_mask("dltb_2023", "420117") & ~moved_mask,
                 extra=rewritten(recoded(rows_of("dltb_2023", claimed_mask), "420117"), "start_vertex"))
    return base, target, moved, claimed_b
