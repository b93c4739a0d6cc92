"""Land-class codes (GB/T 21010-2017, 三调 工作分类) and their metering objects.

The Hubei spec's appendix A assigns each land class to a metering object
(计量对象); the shipped table ``data/landclass_mapping.csv`` is that mapping as
an editable default. Built-up land, water and other land stay in the table as
``non_metered`` (kept and reported, never dropped); a code that is NULL or not
in the table becomes ``unmapped``.

Codes are TEXT: ``0101`` not ``101``. Spreadsheets and CSV readers turn codes
into numbers, so :func:`normalize_code` restores the leading zero.
"""

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import MeteringError

DATA_DIR = Path(__file__).resolve().parent / "data"
MAPPING_CSV = DATA_DIR / "landclass_mapping.csv"
OBJECTS_CSV = DATA_DIR / "metering_objects.csv"

NON_METERED = "non_metered"
UNMAPPED = "unmapped"

#: GB/T 21010 codes (``0101``), 三调 group codes (``09``), 三调 merged classes
#: (``05H1``, ``08H2``, ``08H2A``) and 三调 attribute suffixes (``1104A``, ``0201K``).
CODE_PATTERN = re.compile(r"^\d{2}(\d{2}|H\d)?[A-Z]?$")

_SPACES = re.compile(r"[\s\u3000]+")


class MappingError(MeteringError):
    """A mapping table that cannot be used (a :class:`MeteringError`).

    kinds: ``missing_columns`` (label, columns), ``bad_code`` (label, row, code),
    ``unknown_object`` (label, row, object, code, objects), ``duplicate_codes`` (label, codes).
    Templates: processing_provider/messages.py.
    """

    def __init__(self, kind, **params):
        super().__init__(kind, **params)
        self.params = params


def normalize_code(value):
    """A land-class code as canonical text, or ``None`` for NULL/blank.

    ``101`` (int), ``101.0`` (float or text from a spreadsheet) → ``'0101'``;
    ``' 0103k '`` → ``'0103K'``; ``9`` → ``'09'``. Anything else is returned
    stripped and upper-cased, so unknown codes can still be listed as they are.
    """
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            value = int(value)
    text = _SPACES.sub("", str(value)).upper()
    if not text or text in ("NULL", "NONE", "NAN"):
        return None
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    if text.isdigit() and len(text) in (1, 3):
        text = text.zfill(len(text) + 1)
    return text


def is_valid_code(code):
    """True when ``code`` has the form of a GB/T 21010 / 三调 code."""
    return bool(code) and CODE_PATTERN.match(code) is not None


def load_objects(path=OBJECTS_CSV):
    """The metering objects table (``object, object_zh, object_en, group, metered, source``)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@dataclass
class LandClassMapping:
    """Code → metering object, with the zh/en class names for labels."""

    table: pd.DataFrame
    objects: dict = field(default_factory=dict)
    names_zh: dict = field(default_factory=dict)
    names_en: dict = field(default_factory=dict)
    by_name: dict = field(default_factory=dict)

    def object_of(self, code):
        """The metering object of a normalised code (``unmapped`` if absent/NULL)."""
        if code is None:
            return UNMAPPED
        return self.objects.get(code, UNMAPPED)

    def name_of(self, code):
        """The zh class name of a code, else the code itself, else ``NULL``."""
        if code is None:
            return "NULL"
        return self.names_zh.get(code) or code

    def resolve(self, value):
        """Normalise a raw field value; class names (e.g. 旱地) are accepted too."""
        code = normalize_code(value)
        if code is not None and code not in self.objects:
            code = self.by_name.get(str(value).strip(), code)
        return code


def mapping_from_frame(frame, known_objects=None, label="mapping table"):
    """Validate a table with at least ``code`` and ``object`` columns.

    Codes are normalised; every code must be well-formed and unique, every
    object one of ``known_objects``. Raises :class:`MappingError` naming the row.
    """
    columns = {str(c).strip().lower(): c for c in frame.columns}
    missing = [c for c in ("code", "object") if c not in columns]
    if missing:
        raise MappingError("missing_columns", label=label, columns=", ".join(missing))
    table = pd.DataFrame(
        {
            "code": [normalize_code(v) for v in frame[columns["code"]]],
            "object": [None if pd.isna(v) else str(v).strip() for v in frame[columns["object"]]],
        }
    )
    for extra in ("name_zh", "name_en", "source"):
        if extra in columns:
            table[extra] = [None if pd.isna(v) else str(v).strip() for v in frame[columns[extra]]]
        else:
            table[extra] = None
    for row, (code, obj) in enumerate(zip(table["code"], table["object"]), start=1):
        if not is_valid_code(code):
            raise MappingError("bad_code", label=label, row=row, code=code)
        if known_objects is not None and obj not in known_objects:
            raise MappingError("unknown_object", label=label, row=row, object=obj, code=code,
                               objects=", ".join(sorted(known_objects)))
    duplicated = table["code"][table["code"].duplicated()].unique().tolist()
    if duplicated:
        raise MappingError("duplicate_codes", label=label, codes=", ".join(duplicated))
    return build_mapping(table)


def build_mapping(table):
    """A :class:`LandClassMapping` from a validated, normalised table."""
    objects = dict(zip(table["code"], table["object"]))
    names_zh = {c: n for c, n in zip(table["code"], table["name_zh"]) if n}
    names_en = {c: n for c, n in zip(table["code"], table["name_en"]) if n}
    by_name = {n: c for c, n in names_zh.items()}
    return LandClassMapping(table, objects, names_zh, names_en, by_name)


def load_mapping(path=MAPPING_CSV, objects_path=OBJECTS_CSV):
    """Read and validate a mapping CSV (the shipped default unless ``path``)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    known = set(load_objects(objects_path)["object"])
    return mapping_from_frame(frame, known, label=str(Path(path).name))


def default_mapping():
    """The shipped mapping (GB/T 21010-2017 + 三调 codes → Hubei appendix A objects)."""
    return load_mapping()


def overlay_user_mapping(default, user):
    """``user`` rows override ``default`` codes; names fall back to the default's."""
    table = default.table.set_index("code")
    for row in user.table.itertuples(index=False):
        if row.code in table.index:
            table.loc[row.code, "object"] = row.object
            for extra in ("name_zh", "name_en", "source"):
                if getattr(row, extra):
                    table.loc[row.code, extra] = getattr(row, extra)
        else:
            table.loc[row.code] = [row.object, row.name_zh, row.name_en, row.source]
    return build_mapping(table.reset_index())


def county_from_zldwdm(value):
    """The county code (县级行政区): the first 6 digits of 坐落单位代码 ZLDWDM."""
    if value is None:
        return None
    text = _SPACES.sub("", str(value))
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    return text[:6] if len(text) >= 6 else (text or None)
