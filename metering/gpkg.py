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

#: flags byte of the GeoPackage geometry header: little-endian (bit 0), envelope [minx, maxx, miny, maxy] (bits 1-3 = 1).
_FLAGS_XY_LE = 0b0000_0011
_ON_INSERT = re.compile(r"\b(BEFORE|AFTER|INSTEAD\s+OF)\s+INSERT\s+ON\b", re.IGNORECASE)
_HEADER = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"), ("env", "<f8", (4,))])


class NotAppendable(Exception):
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


def table_columns(path, table):
    """The column names of ``table`` in ``path`` (its primary key first), or raise :class:`NotAppendable`."""
    con = _connect(path)
    try:
        return [row[1] for row in con.execute("PRAGMA table_info({0})".format(_quote(table)))]
    finally:
        con.close()


def _connect(path):
    try:
        return sqlite3.connect("file:{0}?mode=rw".format(path), uri=True, isolation_level=None, timeout=30)
    except sqlite3.Error as err:
        raise NotAppendable(str(err)) from None


def feature_table(path):
    """The one feature table of the GeoPackage ``path`` (its name), or raise :class:`NotAppendable`."""
    con = _connect(path)
    try:
        rows = con.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchall()
    except sqlite3.Error as err:
        raise NotAppendable(str(err)) from None
    finally:
        con.close()
    if len(rows) != 1:
        raise NotAppendable("{0} feature tables".format(len(rows)))
    return rows[0][0]


def append_features(path, table, columns, wkb, bounds):
    """Insert ``len(wkb)`` features into the empty feature table ``table`` of the GeoPackage ``path``.

    ``columns``: {column name: list of Python values (str, int, float or None)}, every list as long as
    ``wkb``; ``wkb``: 2-D WKB of each feature's geometry (bytes, or None for no geometry);
    ``bounds``: n × [minx, miny, maxx, maxy] of the geometries. Rows get the feature ids 1, 2, …
    (after any the table's sequence already used), in order. All or nothing: one transaction.
    Raises :class:`NotAppendable` (nothing written) when the table is not empty, lacks a column,
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
        raise NotAppendable(str(err)) from None
    finally:
        con.close()


def _append(con, table, columns, wkb, bounds, n):
    q = _quote(table)
    info = con.execute("PRAGMA table_info({0})".format(q)).fetchall()
    have = [row[1] for row in info]
    pk = [row[1] for row in info if row[5] == 1]
    geo = con.execute("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchall()
    if len(pk) != 1 or len(geo) != 1:
        raise NotAppendable("primary key or geometry column")
    (fid,), ((geom, srs_id),) = pk, geo
    names = list(columns)
    if any(c not in have for c in names) or geom in names or fid in names:
        raise NotAppendable("columns")
    if any(len(columns[c]) != n for c in names) or len(bounds) != n:
        raise NotAppendable("lengths")
    if con.execute("SELECT 1 FROM {0} LIMIT 1".format(q)).fetchone() is not None:
        raise NotAppendable("not empty")
    seq = con.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone() \
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone() else None
    start = (seq[0] if seq and seq[0] else 0) + 1
    rtree = "rtree_{0}_{1}".format(table, geom)
    has_rtree = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (rtree,)).fetchone()
    # the per-row triggers GDAL puts on the table: dropped for the load, recreated as they were
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                           (table,)).fetchall()
    insert_triggers = {rtree + "_insert", "trigger_insert_feature_count_" + table}
    dropped = [(name, sql) for name, sql in triggers if name in insert_triggers]
    if any(name not in insert_triggers and _ON_INSERT.search(sql) for name, sql in triggers):
        raise NotAppendable("unknown insert trigger")
    for name, _sql in dropped:
        con.execute("DROP TRIGGER {0}".format(_quote(name)))
    cols = [fid, geom] + names
    insert = "INSERT INTO {0} ({1}) VALUES ({2})".format(q, ", ".join(map(_quote, cols)), ", ".join("?" * len(cols)))
    bounds = np.asarray(bounds, dtype=float).reshape(n, 4)
    has_geom = np.array([w is not None for w in wkb], dtype=bool)
    if not np.isfinite(bounds[has_geom]).all():
        raise NotAppendable("empty geometry")
    ids = range(start, start + n)
    for lo in range(0, n, CHUNK):
        hi = min(lo + CHUNK, n)
        blobs = geometry_blobs(wkb[lo:hi], bounds[lo:hi], srs_id)
        con.executemany(insert, zip(ids[lo:hi], blobs, *(columns[c][lo:hi] for c in names)))
    if has_rtree:
        sel = np.flatnonzero(has_geom)
        b = bounds[sel]
        rows = zip((sel + start).tolist(), b[:, 0].tolist(), b[:, 2].tolist(), b[:, 1].tolist(), b[:, 3].tolist())
        con.executemany("INSERT INTO {0} VALUES (?, ?, ?, ?, ?)".format(_quote(rtree)), rows)
    for _name, sql in dropped:
        con.execute(sql)
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
        con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)", (n, table))
    if has_geom.any():
        b = bounds[has_geom]
        ext = [float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())]
        con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                    "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)",
                    (*ext, table))
    else:
        con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                    "WHERE lower(table_name) = lower(?)", (table,))
