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
import os
from dataclasses import dataclass

import pandas as pd

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_DIR = os.path.join(PLUGIN_DIR, "metering", "data")


@dataclass
class InputRecord:
    """One input: its parameter name, where it came from, its size and checksum."""

    parameter: str
    path: str
    feature_count: int = None
    sha256: str = ""


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


def _text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    return str(value)


def build_provenance(inputs, parameters, qgis_version, started, finished=None, algorithm_id="",
                     data_dir=DATA_DIR, extra_sources=None, outputs=None):
    """The provenance as a long table: ``section, item, value, detail``.

    ``inputs``: InputRecord list; ``parameters``: name -> value (every
    parameter, as given); ``started``/``finished``: datetimes of the run.
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
        rows.append(("input", record.parameter, record.path,
                     "features={0}; sha256={1}".format(count, record.sha256 or "n/a (no file)")))
    for name in sorted(parameters):
        rows.append(("parameter", name, _text(parameters[name]), ""))
    for name, path in sorted((outputs or {}).items()):
        rows.append(("output", name, _text(path), ""))
    tables = parameter_table_sources(data_dir, extra_sources)
    for table, key, source in tables.itertuples(index=False):
        rows.append(("parameter_table", table, key, source))
    # every shipped value marked placeholder (status column), listed apart so a reader sees them
    for table, key, source in tables.itertuples(index=False):
        if str(source).startswith("[placeholder]"):
            rows.append(("placeholder", table, key, source))
    return pd.DataFrame(rows, columns=["section", "item", "value", "detail"])
