"""Appending many features to an empty GeoPackage table in one SQLite transaction (no QGIS, no GDAL).

QGIS's feature sink converts every feature to an OGR feature and lets
GDAL insert it (about 40 µs a feature for the attributes, 110 µs for the
insert, then the R-tree at close). For outputs of hundreds of thousands of
pieces ``parcel_change`` lets QGIS create the table (so its schema, CRS,
R-tree and triggers are exactly QGIS's), closes it empty and fills it here:

* one ``executemany`` of prepared rows (GeoPackage geometry blobs: the
  ``GP`` header with the srs_id and the XY envelope, then the WKB, as GDAL
  writes them);
* the R-tree filled from the envelopes in the same transaction, with the
  per-row triggers (R-tree and feature count, which call GDAL's SQL
  functions) dropped for the load and recreated after it, unchanged;
* ``gpkg_contents`` extent, ``last_change`` and ``gpkg_ogr_contents`` feature
  count as GDAL leaves them when it closes a layer.

GeoPackage 1.2 (OGC 12-128r15) §2.1.3 (geometry encoding) and §3.1.1 / F.3
(the R-tree extension).
"""

import re
import sqlite3

import numpy as np

#: Rows per ``executemany`` (bounds the Python rows held at once).
CHUNK = 20000

#: flags byte of the GeoPackage geometry header: little-endian (bit 0), envelope
#: [minx, maxx, miny, maxy] (bits 1-3 = 1).
_FLAGS_XY_LE = 0b0000_0011
_ON_INSERT = re.compile(r"\b(BEFORE|AFTER|INSTEAD\s+OF)\s+INSERT\s+ON\b", re.IGNORECASE)
_HEADER = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"), ("env", "<f8", (4,))])


class NotAppendableError(Exception):
    """The file or table is not one this module fills (the caller writes another way)."""


def _quote(name):
    return '"' + str(name).replace('"', '""') + '"'


def geometry_blobs(wkb, bounds, srs_id):
    """GeoPackage geometry blobs of ``wkb`` (bytes or None) with envelopes ``bounds`` (n × [minx, miny, maxx, maxy])."""
    n = len(wkb)
    header = np.zeros(n, dtype=_HEADER)
    header["magic"] = b"GP"
    header["flags"] = _FLAGS_XY_LE
    header["srs_id"] = srs_id
    b = np.asarray(bounds, dtype=float).reshape(n, 4)
    header["env"] = b[:, [0, 2, 1, 3]]
    raw = header.tobytes()
    size = _HEADER.itemsize
    return [None if w is None else raw[k * size:(k + 1) * size] + w for k, w in enumerate(wkb)]


def _values(chunk):
    """A chunk of a column as Python values for sqlite3 (a masked array's masked entries as None)."""
    return chunk.tolist() if isinstance(chunk, np.ndarray) else chunk


def _connect(path):
    try:
        return sqlite3.connect("file:{0}?mode=rw".format(path), uri=True, isolation_level=None, timeout=30)
    except sqlite3.Error as err:
        raise NotAppendableError(str(err)) from None


def feature_table(path):
    """The one feature or attribute table of the GeoPackage ``path`` (its name), or raise
    :class:`NotAppendableError`."""
    con = _connect(path)
    try:
        rows = con.execute("SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes')"
                           ).fetchall()
    except sqlite3.Error as err:
        raise NotAppendableError(str(err)) from None
    finally:
        con.close()
    if len(rows) != 1:
        raise NotAppendableError("{0} feature tables".format(len(rows)))
    return rows[0][0]


def append_features(path, table, columns, wkb, bounds):
    """Insert ``len(wkb)`` features into the empty feature table ``table`` of the GeoPackage ``path``
    (or rows into an empty attribute table: no geometry column, every ``wkb`` None).

    ``columns``: {column name: values}, each a list of Python values (str, int, float or None) or a
    numpy array (int64, float64 — NaN is stored as NULL, as SQLite does —, object holding those, or
    a masked array whose masked entries are NULL),
    converted a chunk at a time, every one as long as ``wkb``; ``wkb``: 2-D WKB of each feature's
    geometry (bytes, or None for no geometry);
    ``bounds``: n × [minx, miny, maxx, maxy] of the geometries. Rows get the feature ids 1, 2, …
    (after any the table's sequence already used), in order. All or nothing: one transaction.
    Raises :class:`NotAppendableError` (nothing written) when the table is not empty, lacks a column,
    or has a geometry column or triggers other than those GDAL creates.
    """
    n = len(wkb)
    con = _connect(path)
    try:
        con.execute("BEGIN IMMEDIATE")
        try:
            _append(con, table, columns, wkb, bounds, n)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    except sqlite3.Error as err:
        raise NotAppendableError(str(err)) from None
    finally:
        con.close()


def _append(con, table, columns, wkb, bounds, n):
    q = _quote(table)
    info = con.execute("PRAGMA table_info({0})".format(q)).fetchall()
    have = [row[1] for row in info]
    pk = [row[1] for row in info if row[5] == 1]
    geo = con.execute("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchall()
    if len(pk) != 1 or len(geo) > 1:
        raise NotAppendableError("primary key or geometry column")
    # an attribute table (a table output: no geometry column) takes rows without geometry only
    (fid,), (geom, srs_id) = pk, (geo[0] if geo else (None, None))
    if geom is None and any(w is not None for w in wkb):
        raise NotAppendableError("geometry for a table without a geometry column")
    names = list(columns)
    if any(c not in have for c in names) or (geom is not None and geom in names) or fid in names:
        raise NotAppendableError("columns")
    if any(len(columns[c]) != n for c in names) or len(bounds) != n:
        raise NotAppendableError("lengths")
    if con.execute("SELECT 1 FROM {0} LIMIT 1".format(q)).fetchone() is not None:
        raise NotAppendableError("not empty")
    seq = con.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone() \
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone() else None
    start = (seq[0] if seq and seq[0] else 0) + 1
    rtree = "rtree_{0}_{1}".format(table, geom)
    has_rtree = geom is not None and con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (rtree,)).fetchone()
    # the per-row triggers GDAL puts on the table: dropped for the load, recreated as they were
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                           (table,)).fetchall()
    insert_triggers = {rtree + "_insert", "trigger_insert_feature_count_" + table}
    dropped = [(name, sql) for name, sql in triggers if name in insert_triggers]
    if any(name not in insert_triggers and _ON_INSERT.search(sql) for name, sql in triggers):
        raise NotAppendableError("unknown insert trigger")
    for name, _sql in dropped:
        con.execute("DROP TRIGGER {0}".format(_quote(name)))
    cols = [fid] + ([geom] if geom is not None else []) + names
    insert = "INSERT INTO {0} ({1}) VALUES ({2})".format(q, ", ".join(map(_quote, cols)), ", ".join("?" * len(cols)))
    bounds = np.asarray(bounds, dtype=float).reshape(n, 4)
    has_geom = np.array([w is not None for w in wkb], dtype=bool)
    if not np.isfinite(bounds[has_geom]).all():
        raise NotAppendableError("empty geometry")
    ids = range(start, start + n)
    for lo in range(0, n, CHUNK):
        hi = min(lo + CHUNK, n)
        values = [_values(columns[c][lo:hi]) for c in names]
        if geom is not None:
            values.insert(0, geometry_blobs(wkb[lo:hi], bounds[lo:hi], srs_id))
        con.executemany(insert, zip(ids[lo:hi], *values))
    if has_rtree:
        sel = np.flatnonzero(has_geom)
        fill_rtree(con, rtree, sel + start, bounds[sel])
    for _name, sql in dropped:
        con.execute(sql)
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
        con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)", (n, table))
    if has_geom.any():
        b = bounds[has_geom]
        ext = [float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())]
        # as GDAL writes it: the SQL text of sqlite3_mprintf("%.18g") (SQLite's printf keeps 16 digits)
        value = "CAST(printf('%.18g', ?) AS REAL)"
        con.execute("UPDATE gpkg_contents SET min_x = {0}, min_y = {0}, max_x = {0}, max_y = {0}, "
                    "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)"
                    .format(value), (*ext, table))
    else:
        con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                    "WHERE lower(table_name) = lower(?)", (table,))


# ------------------------------------------------------------------ the R-tree, bulk-loaded

#: Cells per R-tree node: SQLite's RTREE_MAXCELLS (ext/rtree/rtree.c), the node size being
#: min(page size − 64, 4 + 51 × 24) bytes.
RTREE_MAX_CELLS = 51
_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])  # id or child node, minx maxx miny maxy
#: SQLite's rounding of a double bound to the float32 it stores (rtreeValueDown / rtreeValueUp).
_RND_TOWARDS, _RND_AWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0


def rtree_bounds(bounds):
    """n × [minx, maxx, miny, maxy] float32 as SQLite's R-tree stores ``bounds`` (n × [minx, miny, maxx, maxy]):
    minima rounded down, maxima up, by SQLite's own rule."""
    b = np.asarray(bounds, dtype=np.float64)
    out = np.empty((len(b), 4), dtype=np.float32)
    for col, src, down in ((0, 0, True), (1, 2, False), (2, 1, True), (3, 3, False)):
        d = b[:, src]
        f = d.astype(np.float32)
        if down:
            bad = f > d
            f[bad] = (d[bad] * np.where(d[bad] < 0, _RND_AWAY, _RND_TOWARDS)).astype(np.float32)
        else:
            bad = f < d
            f[bad] = (d[bad] * np.where(d[bad] < 0, _RND_TOWARDS, _RND_AWAY)).astype(np.float32)
        out[:, col] = f
    return out


def _str_order(box, cap):
    """Sort-tile-recursive order of boxes (minx maxx miny maxy): vertical slabs by centre x, each by centre y."""
    n = len(box)
    cx = (box[:, 0].astype(np.float64) + box[:, 1]) / 2.0
    cy = (box[:, 2].astype(np.float64) + box[:, 3]) / 2.0
    nodes = -(-n // cap)
    slabs = int(np.ceil(np.sqrt(nodes)))
    per_slab = slabs and -(-nodes // slabs) * cap
    by_x = np.argsort(cx, kind="stable")
    slab = np.empty(n, dtype=np.int64)
    slab[by_x] = np.arange(n) // max(per_slab, 1)
    return np.lexsort((cy, slab))


def fill_rtree(con, rtree, ids, bounds):
    """Fill the empty SQLite R-tree ``rtree`` with ``ids`` and their ``bounds`` (n × [minx, miny, maxx, maxy]).

    A packed tree written straight into its shadow tables (``_node``, ``_parent``, ``_rowid``) in
    SQLite's format (ext/rtree/rtree.c: node = depth and cell count as big-endian 16-bit integers, then
    cells of a 64-bit id and four 32-bit floats; node 1 is the root), instead of one R*-tree insert
    per row, as GDAL ≥ 3.7 does (sqlite_rtree_bulk_load). The boxes are SQLite's own float32 rounding
    of the bounds, so queries see what row-by-row inserts would give.
    """
    q = _quote(rtree)
    if con.execute("SELECT 1 FROM {0} LIMIT 1".format(q)).fetchone() is not None:
        raise NotAppendableError("R-tree not empty")
    root = con.execute("SELECT length(data) FROM {0} WHERE nodeno = 1".format(_quote(rtree + "_node"))).fetchone()
    if root is None or (root[0] - 4) % _CELL.itemsize:
        raise NotAppendableError("R-tree root node")
    cap = min((root[0] - 4) // _CELL.itemsize, RTREE_MAX_CELLS)
    n = len(ids)
    if not n:
        return
    box = rtree_bounds(bounds)
    ids = np.asarray(ids, dtype=np.int64)
    # levels bottom-up: each a list of nodes, a node being a slice of that level's sorted entries
    levels = []
    entry_ids, entry_box = ids, box
    while True:
        order = _str_order(entry_box, cap) if len(entry_ids) > cap else np.arange(len(entry_ids))
        entry_ids, entry_box = entry_ids[order], entry_box[order]
        count = -(-len(entry_ids) // cap)
        levels.append((entry_ids, entry_box, count))
        if count == 1:
            break
        node_box = np.empty((count, 4), dtype=np.float32)
        starts = np.arange(count) * cap
        node_box[:, 0] = np.minimum.reduceat(entry_box[:, 0], starts)
        node_box[:, 1] = np.maximum.reduceat(entry_box[:, 1], starts)
        node_box[:, 2] = np.minimum.reduceat(entry_box[:, 2], starts)
        node_box[:, 3] = np.maximum.reduceat(entry_box[:, 3], starts)
        entry_ids, entry_box = np.arange(count, dtype=np.int64), node_box  # child positions, numbered below
    # node numbers: the root 1, then level by level downwards
    height = len(levels)
    first = {}
    number = 1
    for depth in range(height - 1, -1, -1):
        first[depth] = number
        number += levels[depth][2]
    size = 4 + cap * _CELL.itemsize
    node_rows, parent_rows = [], []
    for depth, (eids, ebox, count) in enumerate(levels):
        cells = np.zeros(count * cap, dtype=_CELL)
        cells["id"][:len(eids)] = eids if depth == 0 else eids + first[depth - 1]
        cells["box"][:len(eids)] = ebox
        data = np.zeros((count, size), dtype=np.uint8)
        data[:, 4:] = cells.view(np.uint8).reshape(count, cap * _CELL.itemsize)
        counts = np.minimum(cap, len(eids) - np.arange(count) * cap).astype(">u2")
        data[:, 2:4] = counts.view(np.uint8).reshape(count, 2)
        if depth == height - 1:
            data[0, 0:2] = np.array([height - 1], dtype=">u2").view(np.uint8)
        numbers = np.arange(count) + first[depth]
        node_rows.append(zip(numbers.tolist(), (bytes(row) for row in data)))
        if depth > 0:  # the nodes of the level below have these as parents
            child = cells["id"][:len(eids)]
            parent_rows.append(zip(child.tolist(), np.repeat(numbers, cap)[:len(eids)].tolist()))
        else:
            leaf_of = np.repeat(numbers, cap)[:len(eids)]
            rowid_rows = zip(eids.tolist(), leaf_of.tolist())
    con.execute("DELETE FROM {0}".format(_quote(rtree + "_node")))
    for rows in node_rows:
        con.executemany("INSERT INTO {0} VALUES (?, ?)".format(_quote(rtree + "_node")), rows)
    for rows in parent_rows:
        con.executemany("INSERT INTO {0} VALUES (?, ?)".format(_quote(rtree + "_parent")), rows)
    con.executemany("INSERT INTO {0} VALUES (?, ?)".format(_quote(rtree + "_rowid")), rowid_rows)
