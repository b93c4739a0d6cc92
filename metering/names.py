"""The names an input may use for a code: Chinese and English labels, land-class names, aliases.

Pure Python. Wherever the plugin reads a code (a metering object, a pool, a species, a plot
shape …) it also reads the words a surveyor writes: the zh and en labels of the parameter
tables, the 三调 land-class names of ``landclass_mapping.csv`` for metering objects (乔木林地 →
forest_arbor, when the name maps to one metered object), the aliases of
``data/name_aliases.csv`` (杉树 → chinese_fir, 方形 → square, 活 → live), and the labels the
survey form's tabs show (乔木, 枯落物与倒木 …) for the surveyed tables. A word that is none of
them gets a "did you mean" suggestion from :func:`suggest` (difflib).
"""

import csv
import difflib
import json
import os
from functools import lru_cache

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
FORMS_JSON = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "forms", "survey_forms.json")

#: Pool ids and their words (zh, en), as the report shows them.
POOL_WORDS = {
    "agb": ("地上生物量", "Above-ground biomass", "地上生物量碳库", "AGB"),
    "bgb": ("地下生物量", "Below-ground biomass", "地下生物量碳库", "BGB"),
    "deadwood": ("枯死木", "Deadwood", "Dead wood", "枯死木碳库"),
    "litter": ("枯落物", "Litter", "枯落物碳库"),
    "soil": ("土壤有机碳", "Soil organic carbon", "土壤", "Soil", "SOC"),
    "total": ("合计", "Total"),
}


def _read(name):
    with open(os.path.join(DATA_DIR, name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _key(text):
    return str(text).strip().lower()


def aliases(list_name):
    """alias (lower case) → code from data/name_aliases.csv for one list."""
    return {_key(r["alias"]): r["code"] for r in _read("name_aliases.csv") if r["list"] == list_name}


@lru_cache(maxsize=None)
def object_names():
    """word (lower case) → metering object id: ids, zh/en labels, unambiguous land-class names, aliases."""
    out = {}
    metered = set()
    for row in _read("metering_objects.csv"):
        for word in (row["object"], row["object_zh"], row["object_en"]):
            out[_key(word)] = row["object"]
        if row.get("metered") == "1":
            metered.add(row["object"])
    by_name = {}
    for row in _read("landclass_mapping.csv"):
        for word in (row["name_zh"], row["name_en"]):
            by_name.setdefault(_key(word), set()).add(row["object"])
    for word, objects in by_name.items():
        if len(objects) == 1 and next(iter(objects)) in metered:
            out.setdefault(word, next(iter(objects)))
    out.update(aliases("object"))
    return out


@lru_cache(maxsize=None)
def pool_names():
    """word (lower case) → pool id."""
    out = {}
    for pool, words in POOL_WORDS.items():
        out[pool] = pool
        for word in words:
            out[_key(word)] = pool
    return out


@lru_cache(maxsize=None)
def tab_labels():
    """The survey form's tab labels (zh and en, lower case) → the tables they hold (tuple of codes)."""
    try:
        with open(FORMS_JSON, encoding="utf-8") as handle:
            spec = json.load(handle)
    except (OSError, ValueError):
        return {}
    out = {}
    for tab in spec.get("layers", {}).get("plots", {}).get("tabs", []):
        tables = tuple(tab.get("relations", ()))
        if tables:
            for word in (tab.get("zh"), tab.get("en")):
                if word:
                    out[_key(word)] = tables
    return out


def resolve_object(value):
    """The metering object id of ``value`` (an id, a label or a land-class name), else ``value`` as given.

    A crossed stratum key ``object|value`` resolves its object part.
    """
    if value is None:
        return None
    text = str(value).strip()
    head, sep, tail = text.partition("|")
    found = object_names().get(_key(head))
    return (found + sep + tail) if found else text


def resolve_pool(value):
    """The pool id of ``value`` (an id or a zh/en label), else ``value`` lower-cased."""
    text = _key(value)
    return pool_names().get(text, text)


def suggest(value, words, cutoff=None):
    """The known word closest to ``value`` (difflib ratio ≥ ``cutoff``), or None.

    Default cutoff 0.75 for Latin text (forest_arbr → forest_arbor, not leaves → trees) and
    0.5 for Chinese, whose words are two or three characters (乔木林木 → 乔木林).
    """
    text = _key(value)
    if not text:
        return None
    if cutoff is None:
        cutoff = 0.75 if text.isascii() else 0.5
    match = difflib.get_close_matches(text, list(words), n=1, cutoff=cutoff)
    return match[0] if match else None
