"""The survey GeoPackage schema as data, and the row checks of a field-sheet import.

Pure Python (pandas): no ``qgis`` import. One definition drives everything
that must agree with it: the GeoPackage tables (``create_survey``), the
QGIS form constraints (ranges and rules become QGIS expressions here), the
field-sheet template (headers, validation lists) and the import checks
(``validate_table``). See ``docs/dev/survey_schema.md``.

Units are in the field names: cm, m, m², kg, g, g/kg, g/cm³, %, degrees.
"""

import datetime
import math
import os
import re
from dataclasses import dataclass
from dataclasses import field as dc_field

import pandas as pd

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")

#: The tables of a survey GeoPackage, parent first.
TABLES = ("plots", "trees", "shrub_herb", "litter", "deadwood", "soil")

#: The tables that hang off ``plots`` by ``plot_id`` (FOREIGN KEY, ON DELETE CASCADE).
CHILD_TABLES = TABLES[1:]

#: Coordinates of a plot in the field sheets (the GeoPackage stores a point).
COORD_FIELDS = ("x", "y")


@dataclass(frozen=True)
class Field:
    """One attribute of a survey table.

    ``kind`` is text, int, real or date. ``lo``/``hi`` bound numbers (``lo_open``
    / ``hi_open`` make the bound strict). ``values`` names a value list
    (see :func:`value_list`); with ``multi`` the field holds a comma-separated
    list of its codes. ``sheet_only`` fields exist in the field sheets but not
    as attributes (the plot coordinates). ``since`` marks a field added after
    the first survey version: a survey GeoPackage without it is still a survey.
    """

    name: str
    kind: str
    unit: str
    zh: str
    en: str
    required: bool = False
    lo: float = None
    hi: float = None
    lo_open: bool = False
    hi_open: bool = False
    values: str = None
    pattern: str = None
    sheet_only: bool = False
    help_en: str = ""
    multi: bool = False
    since: str = ""


@dataclass(frozen=True)
class Rule:
    """A check across fields of one row, attached to ``field`` for the forms.

    kind ``compare``: ``field`` op ``other`` (op one of < <= > >=).
    kind ``one_of``: at least one of the groups in ``groups`` is complete.
    kind ``only_if``: ``field`` may only be filled when ``other`` == ``equals``.
    kind ``not_if``: ``field`` must stay empty when ``other`` == ``equals``.
    ``code`` names the rule in import problems (the processing layer words a
    translated reason from it); ``message_zh``/``message_en`` are the form
    constraint texts stored in the survey in its language.
    """

    code: str
    table: str
    field: str
    kind: str
    other: str = None
    op: str = None
    groups: tuple = ()
    equals: str = None
    message_zh: str = ""
    message_en: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    zh: str
    en: str
    fields: tuple = dc_field(default_factory=tuple)

    def attribute_fields(self):
        return [f for f in self.fields if not f.sheet_only]

    def field(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def _plot_id():
    return Field("plot_id", "text", "", "样地号", "Plot ID", required=True,
                 help_en="Plot identifier, unique in the survey (the key the other sheets refer to).")


SCHEMA = {
    "plots": Table("plots", "样地", "Plots", (
        _plot_id(),
        Field("survey_year", "int", "a", "调查年度", "Survey year", True, 1990, 2100),
        Field("permanent_id", "text", "", "固定样地号", "Permanent plot ID", since="0.3",
              help_en="Permanent plot id (固定样地号), shared by the measurements of one permanent plot in "
                      "different years (each measurement has its own plot_id). Empty for a temporary plot. "
                      "stratum_density pairs the measurements of the base and metering year by this id."),
        Field("plot_type", "text", "", "样地类型", "Plot type", values="plot_type", since="0.3",
              help_en="permanent (固定样地, remeasured) or temporary (临时样地, measured once). Empty: "
                      "permanent when a permanent id is given, else temporary."),
        Field("object", "text", "", "计量对象", "Metering object", True, values="object"),
        Field("stratum", "text", "", "层/分层", "Stratum",
              help_en="Stratum for the density estimate; empty means the metering object."),
        Field("county", "text", "", "县级行政区代码", "County code", pattern=r"^\d{6}$",
              help_en="6-digit administrative code of the county."),
        Field("plot_shape", "text", "", "样地形状", "Plot shape", values="plot_shape"),
        Field("plot_area_m2", "real", "m²", "样地面积", "Plot area", True, 0, 100000, lo_open=True),
        Field("slope_deg", "real", "°", "坡度", "Slope", False, 0, 90),
        Field("surveyor", "text", "", "调查人", "Surveyor"),
        Field("survey_date", "date", "", "调查日期", "Survey date"),
        Field("photo", "text", "", "照片路径", "Photo path"),
        Field("remarks", "text", "", "备注", "Remarks"),
        Field("pools_surveyed", "text", "", "已调查碳库", "Pools surveyed", values="surveyed_pool", multi=True,
              since="0.2",
              help_en="Survey tables searched on this plot, comma-separated: trees, shrub_herb, litter, "
                      "deadwood, soil. A listed table without rows for the plot is a measured zero (e.g. "
                      "no lying dead wood found); a table not listed and without rows takes the object's "
                      "default. Empty: nothing listed."),
        Field("x", "real", "m", "X坐标(东)", "X (easting)", True, sheet_only=True),
        Field("y", "real", "m", "Y坐标(北)", "Y (northing)", True, sheet_only=True),
    )),
    "trees": Table("trees", "乔木每木检尺", "Trees (tally)", (
        _plot_id(),
        Field("species", "text", "", "树种", "Species", True, values="species"),
        Field("dbh_cm", "real", "cm", "胸径", "DBH", True, 0, 300, lo_open=True),
        Field("height_m", "real", "m", "树高", "Height", False, 0, 120, lo_open=True),
        Field("status", "text", "", "状态", "Status", True, values="tree_status"),
        Field("crown_width_m", "real", "m", "冠幅", "Crown width", False, 0, 60),
        Field("decay_class", "int", "", "腐朽等级", "Decay class", values="decay_class",
              help_en="Standing dead trees only."),
    )),
    "shrub_herb": Table("shrub_herb", "灌木草本样方", "Shrub and herb quadrats", (
        _plot_id(),
        Field("layer", "text", "", "层次", "Layer", True, values="vegetation_layer"),
        Field("quadrat_id", "text", "", "样方号", "Quadrat ID"),
        Field("quadrat_area_m2", "real", "m²", "样方面积", "Quadrat area", True, 0, 10000, lo_open=True),
        Field("fresh_mass_kg", "real", "kg", "鲜重", "Fresh mass", True, 0, 10000),
        Field("sample_fresh_g", "real", "g", "样品鲜重", "Sample fresh mass", True, 0, 100000, lo_open=True),
        Field("sample_dry_g", "real", "g", "样品干重", "Sample dry mass", True, 0, 100000, lo_open=True),
    )),
    "litter": Table("litter", "枯落物样方", "Litter quadrats", (
        _plot_id(),
        Field("quadrat_id", "text", "", "样方号", "Quadrat ID"),
        Field("quadrat_area_m2", "real", "m²", "样方面积", "Quadrat area", True, 0, 100, lo_open=True),
        Field("fresh_mass_kg", "real", "kg", "鲜重", "Fresh mass", True, 0, 1000),
        Field("sample_fresh_g", "real", "g", "样品鲜重", "Sample fresh mass", True, 0, 100000, lo_open=True),
        Field("sample_dry_g", "real", "g", "样品干重", "Sample dry mass", True, 0, 100000, lo_open=True),
    )),
    "deadwood": Table("deadwood", "倒木", "Lying deadwood", (
        _plot_id(),
        Field("piece_id", "text", "", "倒木号", "Piece ID"),
        Field("species", "text", "", "树种", "Species", values="species"),
        Field("diameter_cm", "real", "cm", "中央直径", "Mid diameter", False, 0, 300, lo_open=True),
        Field("length_m", "real", "m", "长度", "Length", False, 0, 100, lo_open=True),
        Field("volume_m3", "real", "m³", "材积", "Volume", False, 0, 100, lo_open=True),
        Field("decay_class", "int", "", "腐朽等级", "Decay class", True, values="decay_class"),
    )),
    "soil": Table("soil", "土壤分层", "Soil layers", (
        _plot_id(),
        Field("layer_top_cm", "real", "cm", "层顶深度", "Layer top", True, 0, 500),
        Field("layer_bottom_cm", "real", "cm", "层底深度", "Layer bottom", True, 0, 500, lo_open=True),
        Field("soc_g_kg", "real", "g/kg", "有机碳含量", "SOC", False, 0, 600, lo_open=True),
        Field("som_g_kg", "real", "g/kg", "有机质含量", "SOM", False, 0, 1000, lo_open=True),
        Field("bulk_density_g_cm3", "real", "g/cm³", "容重", "Bulk density", True, 0.1, 2.2),
        Field("gravel_pct", "real", "%", "砾石含量(>2mm,体积)", "Gravel (>2 mm, volume)", False, 0, 100),
    )),
}



def _with_plausible_ranges(schema):
    """The schema with every numeric bound taken from metering/data/plausible_ranges.csv.

    That table is the one place where bounds are decided (forms, template, import and plot_carbon
    read it); the numbers written in the Field definitions above only stand where it has no row.
    """
    import dataclasses

    from . import plausibility

    out = {}
    for name, table in schema.items():
        fields = []
        for f in table.fields:
            rng = plausibility.range_for(name, f.name)
            if rng is not None and f.kind in ("int", "real"):
                cast = int if f.kind == "int" else float
                f = dataclasses.replace(
                    f, lo=None if rng.error_min is None else cast(rng.error_min),
                    hi=None if rng.error_max is None else cast(rng.error_max),
                    lo_open=rng.min_exclusive, hi_open=False)
            fields.append(f)
        out[name] = dataclasses.replace(table, fields=tuple(fields))
    return out


SCHEMA = _with_plausible_ranges(SCHEMA)

RULES = (
    Rule("permanent_id_not_temporary", "plots", "permanent_id", "not_if", other="plot_type", equals="temporary",
         message_zh="临时样地不填固定样地号", message_en="a temporary plot has no permanent plot id"),
    Rule("decay_only_dead", "trees", "decay_class", "only_if", other="status", equals="standing_dead",
         message_zh="腐朽等级仅用于枯立木", message_en="decay class is for standing dead trees only"),
    Rule("dry_le_fresh", "shrub_herb", "sample_dry_g", "compare", other="sample_fresh_g", op="<=",
         message_zh="样品干重不能大于样品鲜重", message_en="sample dry mass must not exceed sample fresh mass"),
    Rule("dry_le_fresh", "litter", "sample_dry_g", "compare", other="sample_fresh_g", op="<=",
         message_zh="样品干重不能大于样品鲜重", message_en="sample dry mass must not exceed sample fresh mass"),
    Rule("size_or_volume", "deadwood", "volume_m3", "one_of", groups=(("diameter_cm", "length_m"), ("volume_m3",)),
         message_zh="请填写中央直径和长度, 或材积",
         message_en="give mid diameter and length, or the volume"),
    Rule("bottom_below_top", "soil", "layer_bottom_cm", "compare", other="layer_top_cm", op=">",
         message_zh="层底深度必须大于层顶深度", message_en="layer bottom must be deeper than layer top"),
    Rule("soc_or_som", "soil", "som_g_kg", "one_of", groups=(("soc_g_kg",), ("som_g_kg",)),
         message_zh="请填写有机碳或有机质含量", message_en="give SOC or SOM"),
)


def rules_for(table):
    return [r for r in RULES if r.table == table]


# ---------------------------------------------------------------- value lists

def _read_csv(name):
    return pd.read_csv(os.path.join(DATA_DIR, name), dtype=str, keep_default_na=False)


def value_list(name):
    """The allowed values of list ``name`` as a DataFrame: code, name_zh, name_en.

    Lists: ``object`` (metered objects of metering_objects.csv), ``species``
    (species.csv), ``decay_class`` (decay_classes.csv, integer codes),
    ``plot_shape``, ``tree_status``, ``vegetation_layer``, ``surveyed_pool``, ``plot_type``
    (survey_codes.csv).
    """
    if name == "object":
        t = _read_csv("metering_objects.csv")
        t = t[t["metered"] == "1"]
        return pd.DataFrame({"code": t["object"], "name_zh": t["object_zh"], "name_en": t["object_en"]})
    if name == "species":
        t = _read_csv("species.csv")
        return pd.DataFrame({"code": t["species"], "name_zh": t["name_zh"], "name_en": t["name_en"]})
    if name == "decay_class":
        t = _read_csv("decay_classes.csv")
        return pd.DataFrame({"code": t["decay_class"].astype(int), "name_zh": t["name_zh"],
                             "name_en": t["name_en"]})
    t = _read_csv("survey_codes.csv")
    t = t[t["list"] == name]
    if t.empty:
        raise KeyError(name)
    return t[["code", "name_zh", "name_en"]].reset_index(drop=True)


def label(item, language):
    """The zh or en label of a Table or Field, with the unit for fields."""
    text = item.zh if language == "zh" else item.en
    unit = getattr(item, "unit", "")
    return "{0} ({1})".format(text, unit) if unit and unit != "a" else text


# ------------------------------------------------------- constraint expressions

_OPS = {"<": "<", "<=": "<=", ">": ">", ">=": ">="}


def _q(name):
    return '"{0}"'.format(name)


def range_text(f):
    """The allowed range of a numeric field, e.g. ``> 0, <= 300`` (no words, so it
    reads in any language); '' if none."""
    parts = []
    if f.lo is not None:
        parts.append("{0} {1:g}".format(">" if f.lo_open else ">=", f.lo))
    if f.hi is not None:
        parts.append("{0} {1:g}".format("<" if f.hi_open else "<=", f.hi))
    return ", ".join(parts)


def _range_expression(f):
    if f.kind not in ("int", "real") or (f.lo is None and f.hi is None):
        return None
    parts = []
    if f.lo is not None:
        parts.append("{0} {1} {2!r}".format(_q(f.name), ">" if f.lo_open else ">=", f.lo))
    if f.hi is not None:
        parts.append("{0} {1} {2!r}".format(_q(f.name), "<" if f.hi_open else "<=", f.hi))
    return "{0} IS NULL OR ({1})".format(_q(f.name), " AND ".join(parts))


def _rule_expression(rule):
    if rule.kind == "compare":
        return "{0} IS NULL OR {1} IS NULL OR {0} {2} {1}".format(_q(rule.field), _q(rule.other), _OPS[rule.op])
    if rule.kind == "one_of":
        groups = ["({0})".format(" AND ".join("{0} IS NOT NULL".format(_q(n)) for n in g)) for g in rule.groups]
        return " OR ".join(groups)
    if rule.kind == "only_if":
        return "{0} IS NULL OR {1} = '{2}'".format(_q(rule.field), _q(rule.other), rule.equals)
    if rule.kind == "not_if":
        return "{0} IS NULL OR {0} = '' OR {1} IS NULL OR {1} <> '{2}'".format(_q(rule.field), _q(rule.other),
                                                                                rule.equals)
    raise ValueError(rule.kind)


def field_constraint(table, name, language="en"):
    """The QGIS constraint (expression, message) of one field, or (None, None).

    Combines the field's range with every row rule attached to the field, so
    the form enforces exactly what :func:`validate_table` checks.
    """
    f = SCHEMA[table].field(name)
    expressions, messages = [], []
    rng = _range_expression(f)
    if rng:
        expressions.append(rng)
        head = f.zh if language == "zh" else f.en
        messages.append("{0}: {1}{2}".format(head, range_text(f), " " + f.unit if f.unit and f.unit != "a" else ""))
    if f.multi:
        codes = "|".join(re.escape(str(c)) for c in value_list(f.values)["code"])
        pattern = "^ *({0})( *, *({0}))* *$".format(codes)
        expressions.append("{0} IS NULL OR {0} = '' OR regexp_match({0}, '{1}')".format(_q(f.name), pattern))
        listed = ", ".join(str(c) for c in value_list(f.values)["code"])
        messages.append("{0}: 以逗号分隔的代码 {1}".format(f.zh, listed) if language == "zh" else
                        "{0}: comma-separated codes {1}".format(f.en, listed))
    for rule in rules_for(table):
        if rule.field == name:
            expressions.append(_rule_expression(rule))
            messages.append(rule.message_zh if language == "zh" else rule.message_en)
    if not expressions:
        return None, None
    return " AND ".join("({0})".format(e) for e in expressions), "; ".join(messages)


# ------------------------------------------------------------------ validation

#: English reason templates by problem code (the processing layer translates them).
REASONS_EN = {
    "missing_column": "the column is missing from the sheet",
    "required": "a value is required",
    "not_number": "not a number",
    "not_integer": "not a whole number",
    "not_date": "not a date (write YYYY-MM-DD)",
    "out_of_range": "out of range: must be {range}",
    "not_in_list": "not an allowed value (allowed: {allowed})",
    "not_in_list_suggest": "not an allowed value; did you mean {suggestion}? (allowed: {allowed})",
    "bad_pattern": "wrong format (expected {digits} digits)",
    "rule": "{message}",
    "duplicate_id": "duplicate plot id (first given in row {first_row})",
    "duplicate_existing": "plot id already in the survey GeoPackage",
    "orphan": "plot id not found in the plots sheet nor in the survey GeoPackage",
    "parent_rejected": "its plot was rejected",
    "outside_county": "the coordinates lie outside the county",
    "swapped_xy": "x and y look swapped: as (y, x) the point lies in the area of use of {crs}, as (x, y) it "
                  "does not",
    "outside_crs_area": "the point lies outside the area of use of {crs} ({area}); check the coordinates and "
                        "the CRS of x, y",
    "sheet_missing": "the plot lists {table} as surveyed but the field sheets have no sheet {table}",
    "implausible": "unusual value: outside the plausible range {range} {unit}; check it",
}

PROBLEM_COLUMNS = ["sheet", "row", "column", "value", "code", "reason"]


def problem(sheet, row, column, value, code, **params):
    """One problem record; ``reason`` is the English text, ``params`` kept for translation."""
    return {"sheet": sheet, "row": int(row) if row is not None else None, "column": column,
            "value": "" if value is None else str(value), "code": code,
            "reason": REASONS_EN[code].format(**params), "params": params}


def _is_blank(value):
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() == ""


def _as_text(value):
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel turns plot id 12 into 12.0
    return str(value).strip()


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d"):
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(text)


def list_entry(code, name_zh):
    """A drop-down entry of the field-sheet template: the Chinese name with the code beside it."""
    return "{0} [{1}]".format(name_zh, code)


def _lookup(name):
    """value -> code for list ``name``, and the allowed values as shown in a message.

    Accepted (any case): the code, its zh and en names, the template's drop-down entry
    ("乔木林 [forest_arbor]"), the aliases of data/name_aliases.csv (杉树, 方形, 活), and for
    ``object`` the 三调 land-class names that map to one metered object (乔木林地), for
    ``surveyed_pool`` the survey form's tab labels (乔木, 枯落物与倒木 → a tuple of codes).
    """
    from . import names

    t = value_list(name)
    out = {}
    for code, zh, en in zip(t["code"], t["name_zh"], t["name_en"]):
        for key in (str(code), zh, en, list_entry(code, zh)):
            out[str(key).strip().lower()] = code
    codes = {str(c): c for c in t["code"]}
    extra = dict(names.aliases(name))
    if name == "object":
        extra.update({k: v for k, v in names.object_names().items() if v in codes})
    if name == "surveyed_pool":
        extra.update(names.tab_labels())
    for key, code in extra.items():
        if isinstance(code, tuple):
            out.setdefault(key, tuple(codes.get(c, c) for c in code))
        elif code in codes:
            out.setdefault(key, codes[code])
    allowed = [list_entry(c, zh) for c, zh in zip(t["code"], t["name_zh"])]
    return out, allowed


def _suggestion(raw, lookup):
    """'乔木林 [forest_arbor]' for a near miss of a list value, else ''."""
    from .names import suggest

    word = suggest(raw, [k for k in lookup if "[" not in k])
    if word is None:
        return ""
    code = lookup[word]
    return ", ".join(str(c) for c in code) if isinstance(code, tuple) else "{0} [{1}]".format(word, code)


def _not_in_list(sheet, row, column, raw, lookup, allowed, word=None):
    """The problem of a value that is not in its list, with a "did you mean" when one is close
    (``word``: the unknown part of a multi-value cell)."""
    hint = _suggestion(raw if word is None else word, lookup)
    if hint:
        return problem(sheet, row, column, raw, "not_in_list_suggest", allowed=", ".join(allowed), suggestion=hint)
    return problem(sheet, row, column, raw, "not_in_list", allowed=", ".join(allowed))


#: Separators of a multi-value list cell (ASCII and full-width commas, semicolons, 、, spaces).
LIST_SEPARATORS = re.compile(r"[,;，；、\s]+")


def parse_code_list(list_name, text):
    """Split a multi-value cell of list ``list_name`` into codes.

    Returns ``(codes, unknown)``: the codes in the order given without
    repeats (codes, Chinese or English names accepted, any case) and the
    tokens that are none of them. Blank text gives ``([], [])``.
    """
    if _is_blank(text):
        return [], []
    lookup, _ = _lookup(list_name)
    text = str(text).strip()
    whole = lookup.get(text.lower())
    if whole is not None:  # one label with spaces in it ("Litter and deadwood")
        return list(dict.fromkeys(whole if isinstance(whole, tuple) else (whole,))), []
    # labels with spaces first, so the separators do not cut them apart
    for label in sorted((k for k in lookup if " " in k), key=len, reverse=True):
        start = text.lower().find(label)
        while start >= 0:
            code = lookup[label]
            token = ",".join(str(c) for c in code) if isinstance(code, tuple) else str(code)
            text = text[:start] + " " + token + " " + text[start + len(label):]
            start = text.lower().find(label)
    codes, unknown = [], []
    for token in LIST_SEPARATORS.split(text.strip()):
        if not token:
            continue
        code = lookup.get(token.lower())
        if code is None:
            unknown.append(token)
            continue
        for c in code if isinstance(code, tuple) else (code,):
            if c not in codes:
                codes.append(c)
    return codes, unknown


def _in_range(f, v):
    if f.lo is not None and (v < f.lo or (f.lo_open and v == f.lo)):
        return False
    if f.hi is not None and (v > f.hi or (f.hi_open and v == f.hi)):
        return False
    return True


def _pattern_digits(pattern):
    """The digit count of a ``^\\d{n}$`` pattern (the only kind the schema uses)."""
    found = re.fullmatch(r"\^\\d\{(\d+)\}\$", pattern)
    return int(found.group(1)) if found else pattern


def _compare(a, op, b):
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def validate_table(table, frame, sheet=None):
    """Check and convert the rows of one field sheet.

    ``frame`` has one column per field id (unknown columns are ignored) and a
    ``_row`` column with the row number the user sees (Excel row or CSV line).
    Returns ``(clean, problems)``: ``clean`` holds every row with values
    converted (codes for list labels, floats, ints, dates) and a boolean
    ``_ok`` column; ``problems`` is a list of :func:`problem` records.
    """
    spec = SCHEMA[table]
    sheet = sheet or table
    problems = []
    rows = frame["_row"].tolist() if "_row" in frame.columns else list(range(2, len(frame) + 2))
    header_row = min(rows) - 1 if rows else 1
    clean = pd.DataFrame({"_row": rows})
    bad = [False] * len(frame)
    for f in spec.fields:
        if f.name not in frame.columns:
            if f.required:
                problems.append(problem(sheet, header_row, f.name, None, "missing_column"))
                bad = [True] * len(frame)
            clean[f.name] = None
            continue
        lookup, allowed = _lookup(f.values) if f.values else (None, None)
        values = []
        for i, (row, raw) in enumerate(zip(rows, frame[f.name].tolist())):
            value = None
            if _is_blank(raw):
                if f.required:
                    problems.append(problem(sheet, row, f.name, None, "required"))
                    bad[i] = True
                values.append(None)
                continue
            if f.multi:
                codes, unknown = parse_code_list(f.values, raw)
                if unknown:
                    problems.append(_not_in_list(sheet, row, f.name, raw, lookup, allowed, unknown[0]))
                    bad[i] = True
                    values.append(None)
                else:
                    values.append(",".join(str(c) for c in codes) or None)
                continue
            try:
                if f.values:
                    key = _as_text(raw).lower()
                    if f.kind == "int" and re.match(r"^\d+\.0*$", key):
                        key = key.split(".")[0]  # a CSV written from floats gives 2.0
                    if key not in lookup:
                        raise LookupError
                    value = lookup[key]
                elif f.kind == "real":
                    value = float(raw)
                    if math.isnan(value) or math.isinf(value):
                        raise ValueError
                elif f.kind == "int":
                    number = float(raw)
                    if not number.is_integer():
                        problems.append(problem(sheet, row, f.name, raw, "not_integer"))
                        bad[i] = True
                        values.append(None)
                        continue
                    value = int(number)
                elif f.kind == "date":
                    value = _as_date(raw)
                else:
                    value = _as_text(raw)
            except LookupError:
                problems.append(_not_in_list(sheet, row, f.name, raw, lookup, allowed))
                bad[i] = True
                values.append(None)
                continue
            except (TypeError, ValueError):
                code = "not_date" if f.kind == "date" else "not_number"
                problems.append(problem(sheet, row, f.name, raw, code))
                bad[i] = True
                values.append(None)
                continue
            if f.kind in ("int", "real") and not f.values and not _in_range(f, value):
                problems.append(problem(sheet, row, f.name, raw, "out_of_range", range=range_text(f)))
                bad[i] = True
            if f.pattern and not re.match(f.pattern, value):
                problems.append(problem(sheet, row, f.name, raw, "bad_pattern", digits=_pattern_digits(f.pattern)))
                bad[i] = True
            values.append(value)
        clean[f.name] = values
    for rule in rules_for(table):
        for i, row in enumerate(rows):
            rec = clean.iloc[i]
            value = rec.get(rule.field)
            ok = True
            if rule.kind == "compare":
                other = rec.get(rule.other)
                if not _is_blank(value) and not _is_blank(other):
                    ok = _compare(value, rule.op, other)
            elif rule.kind == "one_of":
                ok = any(all(not _is_blank(rec.get(n)) for n in g) for g in rule.groups)
            elif rule.kind == "only_if":
                ok = _is_blank(value) or rec.get(rule.other) == rule.equals
            elif rule.kind == "not_if":
                ok = _is_blank(value) or rec.get(rule.other) != rule.equals
            if not ok:
                shown = value if not _is_blank(value) else None
                problems.append(problem(sheet, row, rule.field, shown, "rule", rule=rule.code,
                                        message=rule.message_en))
                bad[i] = True
    clean["_ok"] = [not b for b in bad]
    return clean, problems


def check_plot_ids(plots, existing_ids=(), sheet="plots"):
    """Duplicate plot ids within ``plots`` (validated frame) and against ``existing_ids``."""
    problems, first = [], {}
    existing = set(existing_ids)
    for row, pid in zip(plots["_row"], plots["plot_id"]):
        if _is_blank(pid):
            continue
        if pid in existing:
            problems.append(problem(sheet, row, "plot_id", pid, "duplicate_existing"))
        elif pid in first:
            problems.append(problem(sheet, row, "plot_id", pid, "duplicate_id", first_row=first[pid]))
        else:
            first[pid] = row
    return problems


def check_orphans(child, plot_ids, sheet, rejected_ids=()):
    """Rows of a child table whose plot id is unknown (or whose plot was rejected)."""
    problems = []
    known, rejected = set(plot_ids), set(rejected_ids)
    for row, pid in zip(child["_row"], child["plot_id"]):
        if _is_blank(pid):
            continue
        if pid in rejected:
            problems.append(problem(sheet, row, "plot_id", pid, "parent_rejected"))
        elif pid not in known:
            problems.append(problem(sheet, row, "plot_id", pid, "orphan"))
    return problems


def missing_surveyed_sheets(plots, present):
    """Plots whose ``pools_surveyed`` lists a table the field sheets do not have.

    ``plots``: validated plots frame (``_row``, ``plot_id``, ``pools_surveyed``); ``present``:
    the table names the input holds. Returns ``{table: [(row, plot_id), …]}`` (tables in TABLES
    order). A listed table without rows for a plot is a measured zero; a listed table that is
    absent altogether would silently become one, so the importer refuses or flags it.
    """
    out = {}
    if plots is None or "pools_surveyed" not in plots.columns:
        return out
    for row, pid, listed in zip(plots["_row"], plots["plot_id"], plots["pools_surveyed"]):
        if _is_blank(listed):
            continue
        for table in str(listed).split(","):
            table = table.strip()
            if table and table not in present:
                out.setdefault(table, []).append((row, pid))
    return {t: out[t] for t in CHILD_TABLES if t in out}


def drop_surveyed(plots, tables):
    """``plots`` with ``tables`` removed from every pools_surveyed list (their pools fall back to defaults)."""
    plots = plots.copy()

    def strip(listed):
        if _is_blank(listed):
            return listed
        kept = [t.strip() for t in str(listed).split(",") if t.strip() and t.strip() not in tables]
        return ",".join(kept) or None

    plots["pools_surveyed"] = [strip(v) for v in plots["pools_surveyed"]]
    return plots


# ------------------------------------------------------------ permanent plots

#: plot_type codes (survey_codes.csv list plot_type).
PERMANENT, TEMPORARY = "permanent", "temporary"


def fill_plot_type(plots):
    """``plots`` with an empty ``plot_type`` filled in: permanent when a permanent id is given, else temporary.

    Surveys made before 0.3 have neither field: their plots are temporary (no id to pair them by).
    Returns a copy; the columns are added when missing.
    """
    plots = plots.copy()
    if "permanent_id" not in plots.columns:
        plots["permanent_id"] = None
    if "plot_type" not in plots.columns:
        plots["plot_type"] = None
    plots["permanent_id"] = [None if _is_blank(v) else _as_text(v) for v in plots["permanent_id"]]
    plots["plot_type"] = [t if not _is_blank(t) else (PERMANENT if pid is not None else TEMPORARY)
                          for t, pid in zip(plots["plot_type"], plots["permanent_id"])]
    return plots
