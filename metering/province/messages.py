"""Error and note sentences for the command line, from the plugin's own templates, without QGIS.

``processing_provider/messages.py`` holds one template per kind as a literal
``_translate("Messages", "…")`` call (so pylupdate extracts it); importing it needs QGIS.
The runner reads the same file as Python source (``ast``) and takes the literal English
templates, and the zh translations from ``docs/dev/i18n/*.json`` (source string → zh), so
the CLI says exactly what the plugin says, in English or Chinese. A kind without a
template (or a checkout without those files: the plugin zip leaves docs/dev out) falls
back to the core's plain ``kind: key=value`` line (``MeteringError.__str__``).
"""

import ast
import functools
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MESSAGES_PY = os.path.join(ROOT, "processing_provider", "messages.py")
I18N_DIR = os.path.join(ROOT, "docs", "dev", "i18n")


def _literal(node):
    """The text of a ``_translate("Messages", "…")`` call, or None."""
    if not isinstance(node, ast.Call) or len(node.args) < 2:
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    if name not in ("_translate", "translate"):
        return None
    try:
        return ast.literal_eval(node.args[1])
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def english_templates(path=MESSAGES_PY):
    """kind → English template, read from the provider's messages.py source."""
    try:
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
    except (OSError, SyntaxError):
        return {}
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                text = _literal(value)
                if isinstance(key, ast.Constant) and isinstance(key.value, str) and text is not None:
                    out[key.value] = text
    return out


@functools.lru_cache(maxsize=1)
def zh_translations(directory=I18N_DIR):
    """English source string → zh, merged from every docs/dev/i18n/*.json."""
    out = {}
    for path in sorted(glob.glob(os.path.join(directory, "*.json"))):
        try:
            with open(path, encoding="utf-8") as handle:
                out.update(json.load(handle))
        except (OSError, ValueError):
            continue
    return out


def _shown(value):
    """Lists as '; '-joined text, at most ten items (as the provider shows them)."""
    if isinstance(value, (list, tuple, set)):
        items = list(value)
        text = "; ".join(str(v) for v in items[:10])
        return text + (" … (+{0})".format(len(items) - 10) if len(items) > 10 else "")
    return value


def _formatted(kind, details):
    d = dict(details)
    rows = d.get("rows")
    if kind == "missing_density" and rows and len(rows[0]) == 5:
        d["rows"] = ["{0}, {1}: {2}: {3} pieces, {4:.4f} ha".format(*r) for r in rows]
    elif kind == "stock_unmapped_codes" and rows:
        d["rows"] = ["{0}: {1}: {2} pieces, {3:.4f} ha".format(*r) for r in rows]
    return d


def plain(kind, details):
    """The core's plain line (``MeteringError.__str__``)."""
    parts = ", ".join("{0}={1!r}".format(k, v) for k, v in sorted(details.items()))
    return "{0}: {1}".format(kind, parts) if parts else kind


def render(kind, details, language="en"):
    """The sentence for ``kind`` in ``language`` (en or zh) with ``details`` filled in."""
    template = english_templates().get(kind)
    if template is None:
        return plain(kind, details or {})
    if language == "zh":
        template = zh_translations().get(template, template)
    try:
        return template.format(**{k: _shown(v) for k, v in _formatted(kind, details or {}).items()})
    except (KeyError, IndexError, ValueError):
        return "{0} ({1})".format(template, plain(kind, details or {}))


def error_text(error, language="en"):
    """A MeteringError (or anything else) as a sentence for the terminal."""
    kind = getattr(error, "kind", None)
    if kind is None:
        return str(error)
    return render(kind, getattr(error, "details", {}), language)
