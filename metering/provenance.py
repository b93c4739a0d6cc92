"""Provenance of a report: what went in, with which parameters, from which tables, when.

Pure Python (no qgis): the caller passes the QGIS version and the input
records it read. The record becomes the workbook's provenance sheet and the
last section of the PDF, so a result can be traced to its inputs.
"""

import configparser
import csv
import datetime
import glob
import hashlib
import json
import math
import os
from dataclasses import dataclass

import pandas as pd

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_DIR = os.path.join(PLUGIN_DIR, "metering", "data")


@dataclass
class InputRecord:
    """One input: its parameter name, where it came from, its size and checksum.

    ``path``: the absolute file path and layer (``/abs/a.gpkg|layername=x``), or, for a temporary
    result that was never saved, the step that produced it (``carbonmeter:parcel_stock › OUTPUT``,
    with ``temporary`` True): never a memory-layer id or URI. ``sha256``: the checksum of the
    layer's content (layer_sha256), not of the whole file.
    """

    parameter: str
    path: str
    feature_count: int = None
    sha256: str = ""
    temporary: bool = False


def file_path_of(source):
    """The file behind a layer source string ('a.gpkg|layername=x' -> 'a.gpkg'), or ''."""
    if not source:
        return ""
    path = str(source).split("|")[0]
    if path.startswith("file://"):
        path = path[len("file://"):]
    return path if os.path.isfile(path) else ""


def file_sha256(path, chunk_bytes=1 << 20):
    """SHA-256 of a file's bytes (hex), or '' when there is no file (memory layers)."""
    if not path or not os.path.isfile(path):
        return ""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(chunk_bytes), b""):
            digest.update(block)
    return digest.hexdigest()


def absolute_source(source):
    """A layer source string with its file part made absolute ('a.gpkg|layername=x' -> '/…/a.gpkg|…')."""
    if not source:
        return ""
    text = str(source)
    head, sep, tail = text.partition("|")
    if head.startswith("file://"):
        head = head[len("file://"):]
    if os.path.exists(head):
        return os.path.abspath(head) + sep + tail
    return text


def _canonical(value):
    """One attribute value as a stable, type-tagged text (NULL, numbers, text, dates)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return ["b", value]
    if isinstance(value, int):
        return ["i", value]
    if isinstance(value, float):
        return ["f", "nan" if math.isnan(value) else repr(value)]
    if isinstance(value, (bytes, bytearray)):
        return ["x", bytes(value).hex()]
    return ["s", str(value)]


def layer_sha256(field_names, features):
    """SHA-256 (hex) of one layer's content: its field names, then every feature's attributes and
    geometry (WKB bytes, or None), in the order given (feature-id order).

    ``features``: iterable of (attribute values, wkb). The checksum of one layer of a multi-layer
    GeoPackage changes when one of its features changes, not when another layer of the file does
    (the whole file's checksum would); the feature id itself is not part of the content.
    """
    digest = hashlib.sha256()
    digest.update(json.dumps([str(n) for n in field_names], ensure_ascii=False).encode("utf-8"))
    for values, wkb in features:
        digest.update(b"\x1e")
        digest.update(json.dumps([_canonical(v) for v in values], ensure_ascii=False).encode("utf-8"))
        digest.update(b"\x1f")
        if wkb:
            digest.update(bytes(wkb))
    return digest.hexdigest()


#: Rows hashed per block in layer_sha256_columns (bounded memory, few digest calls).
_HASH_BLOCK_ROWS = 8192
_ENCODE_TEXT = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) writes for a str
# _canonical's JSON per plain type; repr(nan) is "nan", as _canonical writes it
_FLOAT_TEXT = '["f", "%r"]'.__mod__
_INT_TEXT = '["i", %r]'.__mod__
_STR_TEXT = '["s", %s]'.__mod__


def _fragment(value):
    """The JSON text layer_sha256 writes for one value (``_canonical`` dumped)."""
    return json.dumps(_canonical(value), ensure_ascii=False)


def _column_fragments(values):
    """The JSON texts of one column's values, as layer_sha256 writes them; the usual columns (all float,
    all int or all text, without NULL) through C-level maps, not a Python call per value."""
    kinds = set(map(type, values))
    if kinds == {float}:
        return list(map(_FLOAT_TEXT, values))
    if kinds == {int}:
        return list(map(_INT_TEXT, values))
    if kinds == {str}:
        return list(map(_STR_TEXT, map(_ENCODE_TEXT, values)))
    if kinds == {type(None)}:
        return ["null"] * len(values)
    if len(kinds) == 2 and type(None) in kinds and kinds & {float, int, str}:
        fast = _column_fragments([v for v in values if v is not None])
        it = iter(fast)
        return ["null" if v is None else next(it) for v in values]
    return [_fragment(v) for v in values]


def _rows(items, block):
    """``items`` at ``block`` (a slice, or a list of positions)."""
    return items[block] if isinstance(block, slice) else [items[k] for k in block]


def layer_sha256_columns(field_names, columns, wkb=None, order=None):
    """layer_sha256 of a layer given column by column: the same digest, computed without a Python call
    per cell. ``columns``: one list of plain values per field name; ``wkb``: one WKB (or None) per
    feature, or None; ``order``: the feature positions in feature-id order (default as given).
    Rows are made and hashed a block at a time, so memory stays small."""
    from itertools import chain, repeat

    digest = hashlib.sha256()
    digest.update(json.dumps([str(n) for n in field_names], ensure_ascii=False).encode("utf-8"))
    n = len(columns[0]) if columns else (len(wkb) if wkb is not None else len(order or ()))
    identity = order is None or list(order) == list(range(n))
    order = None if identity else list(order)
    for start in range(0, n, _HASH_BLOCK_ROWS):
        block = slice(start, min(start + _HASH_BLOCK_ROWS, n)) if identity else order[start:start + _HASH_BLOCK_ROWS]
        if columns:
            texts = map("[%s]".__mod__, map(", ".join, zip(*[_column_fragments(_rows(c, block)) for c in columns])))
        else:
            texts = repeat("[]", len(range(n)[block]) if identity else len(block))
        rows = [text.encode("utf-8") for text in texts]
        blobs = [bytes(b) if b else b"" for b in _rows(wkb, block)] if wkb is not None else repeat(b"")
        digest.update(b"".join(chain.from_iterable(zip(repeat(b"\x1e"), rows, repeat(b"\x1f"), blobs))))
    return digest.hexdigest()


def input_record(parameter, source, feature_count=None):
    """An InputRecord for ``source`` (a layer source string), with the file's checksum."""
    path = file_path_of(source)
    return InputRecord(parameter, str(source or ""), feature_count, file_sha256(path))


def plugin_version(metadata_path=None):
    """The plugin version from metadata.txt ('' if unreadable)."""
    cfg = configparser.ConfigParser(interpolation=None)
    try:
        cfg.read(metadata_path or os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
        return cfg["general"].get("version", "")
    except (configparser.Error, KeyError):
        return ""


def parameter_table_sources(data_dir=DATA_DIR, extra=None):
    """Every row's ``source`` of the shipped parameter tables (file, key, source).

    A table with a ``status`` column (sourced, transcribed_verify, convention, placeholder) has
    its rows' sources prefixed with it: ``[placeholder] …``.

    ``extra`` maps a label to a DataFrame with a ``source`` column (e.g. the
    density tables actually used) whose distinct sources are appended.
    """
    rows = []
    for path in sorted(glob.glob(os.path.join(data_dir, "*.csv"))):
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "source" not in reader.fieldnames:
                continue
            key_field = reader.fieldnames[0]
            # a second key column (pool_factors: object; default_density: pool) makes the key unique
            second = next((c for c in ("object", "pool") if c in reader.fieldnames and c != key_field), None)
            for row in reader:
                key = row.get(key_field, "")
                if second and row.get(second):
                    key = "{0}/{1}".format(key, row[second])
                source = row.get("source", "")
                status = row.get("status", "")
                if status:
                    source = "[{0}] {1}".format(status, source)
                rows.append((os.path.basename(path), key, source))
    for label, frame in (extra or {}).items():
        if frame is None or "source" not in frame.columns:
            continue
        for source in sorted({str(s) for s in frame["source"].dropna()}):
            rows.append((label, "", source))
    return pd.DataFrame(rows, columns=["table", "key", "source"])


#: How a chain step's parameter got its value (chain_rows).
GIVEN, DEFAULT, FIXED, STEP_OUTPUT = "given", "default", "fixed", "step output"

#: Marks an input that is a temporary result of an earlier step (never saved to a file).
TEMPORARY = "temporary"


def chain_rows(steps):
    """The provenance rows of a chain run: ``steps`` is a list, in run order, of (algorithm name,
    [(parameter, value, how)]) where ``how`` is ``given`` (a chain parameter's value), ``default``
    (not given: the step's own default), ``fixed`` (a value set in the chain) or ``step N › OUTPUT``
    (an earlier step's result). Rows: (``N. algorithm · PARAMETER``, value, how)."""
    rows = []
    for number, (algorithm, parameters) in enumerate(steps, start=1):
        for name, value, how in parameters:
            rows.append(("{0}. {1} · {2}".format(number, algorithm, name), value, how))
    return rows


def _text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    return str(value)


def build_provenance(inputs, parameters, qgis_version, started, finished=None, algorithm_id="",
                     data_dir=DATA_DIR, extra_sources=None, outputs=None, chain=None, recorded=None):
    """The provenance as a long table: ``section, item, value, detail``.

    ``inputs``: InputRecord list; ``parameters``: name -> value (every
    parameter, as given); ``started``/``finished``: datetimes of the run. ``chain``: (item, value,
    detail) rows of every parameter of every step of the chain run this report ends (chain_rows);
    ``recorded``: (item, value, detail) rows of the facts the earlier steps wrote into their outputs.
    """
    finished = finished or datetime.datetime.now()
    rows = [
        ("run", "algorithm", algorithm_id, ""),
        ("run", "plugin_version", plugin_version(), "Carbon Metering 碳汇计量"),
        ("run", "qgis_version", qgis_version, ""),
        ("run", "started", started.isoformat(timespec="seconds"), ""),
        ("run", "finished", finished.isoformat(timespec="seconds"), ""),
        ("run", "duration_s", "{0:.1f}".format((finished - started).total_seconds()), ""),
    ]
    for record in inputs:
        count = "" if record.feature_count is None else str(record.feature_count)
        detail = "features={0}; sha256={1}".format(count, record.sha256 or "n/a (no file)")
        if record.temporary:
            detail += "; " + TEMPORARY
        rows.append(("input", record.parameter, record.path, detail))
    for name in sorted(parameters):
        rows.append(("parameter", name, _text(parameters[name]), ""))
    for item, value, detail in chain or ():
        rows.append(("chain", item, _text(value), detail))
    for item, value, detail in recorded or ():
        rows.append(("recorded", item, _text(value), detail))
    for name, path in sorted((outputs or {}).items()):
        rows.append(("output", name, _text(path), ""))
    # the shipped parameter tables the steps read when no table was given, each with its checksum
    for path in sorted(glob.glob(os.path.join(data_dir, "*.csv"))):
        rows.append(("table_file", os.path.basename(path), os.path.abspath(path), "sha256=" + file_sha256(path)))
    tables = parameter_table_sources(data_dir, extra_sources)
    for table, key, source in tables.itertuples(index=False):
        rows.append(("parameter_table", table, key, source))
    # every shipped value marked placeholder (status column), listed apart so a reader sees them
    for table, key, source in tables.itertuples(index=False):
        if str(source).startswith("[placeholder]"):
            rows.append(("placeholder", table, key, source))
    return pd.DataFrame(rows, columns=["section", "item", "value", "detail"])


#: The facts the earlier steps wrote into their outputs, by the step that wrote them (table → columns).
RECORDED_FACTS = (
    ("parcel_change", "STOCK", ("area_method", "mapping", "mapping_sha256")),
    ("parcel_stock", "STOCK", ("base_year", "target_year", "base_density", "base_density_sha256",
                                "target_density", "target_density_sha256", "same_density_table", "density_key",
                                "change_density", "change_density_sha256")),
    ("plot_carbon", "PLOTS", ("soil_depth_cm",)),
    ("stratum_density", "BASE_DENSITY", ("confidence_pct",)),
    ("stratum_density", "TARGET_DENSITY", ("confidence_pct",)),
    ("uncertainty", "UNCERTAINTY", ("iterations", "seed", "distribution", "correlation", "area_u_pct")),
)


def _distinct(values):
    """The distinct values of a column (1 and 1.0 kept apart: their texts differ), in a C loop."""
    try:
        return [value for _kind, value in dict.fromkeys(zip(map(type, values), values))]
    except TypeError:  # unhashable cells (lists)
        return list(values)


def recorded_facts(pieces, plots=None, tables=None):
    """(item ``step · column``, value(s), the report's parameter whose layer holds it) of every fact
    found in the steps' outputs, so a report run on its own (not in the chain) still records the soil
    depth, area method, density tables and their checksums the earlier steps used.
    Several distinct values are listed, comma-separated. ``tables``: the other inputs of the report
    by parameter name (BASE_DENSITY, TARGET_DENSITY, UNCERTAINTY)."""
    frames = {"STOCK": pieces, "PLOTS": plots, **(tables or {})}
    rows = []
    for step, table, columns in RECORDED_FACTS:
        frame = frames.get(table)
        if frame is None:
            continue
        for column in columns:
            if column not in frame.columns:
                continue
            values = sorted({_text(x) for x in _distinct(frame[column].dropna())} - {""})
            if values:
                rows.append(("{0} · {1}".format(step, column), ", ".join(values), table))
    return rows
