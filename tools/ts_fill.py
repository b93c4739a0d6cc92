"""Developer tool: fill Qt Linguist .ts files (not shipped in the plugin zip).

``en``: every message's translation is its English source (the source strings
are English). ``zh``: translations are taken from a JSON file mapping source →
Chinese (``--zh-json``), written by a translator; entries already translated
in the .ts are kept. Prints what is still missing.
"""

import argparse
import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path, language, mapping=None, identity=False):
    tree = ET.parse(ts_path)
    tree.getroot().set("language", language)
    missing = []
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            current = translation.text or ""
            if identity:
                new = source
            elif mapping is not None and source in mapping:
                new = mapping[source]
            else:
                new = current
            if new:
                translation.text = new
                translation.attrib.pop("type", None)
            else:
                missing.append((ctx, source))
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as fh:
        text = fh.read()
    with open(ts_path, "w", encoding="utf-8") as fh:
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'
        fh.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", header, 1))
    return missing


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--en", default="i18n/carbonmeter_en.ts")
    parser.add_argument("--zh", default="i18n/carbonmeter_zh.ts")
    parser.add_argument("--zh-json", nargs="*", default=[],
                        help="JSON files, each an object English source -> Chinese translation "
                             "(docs/dev/i18n/*.json: one per topic, so parallel work never edits one file)")
    args = parser.parse_args()
    fill(args.en, "en", identity=True)
    mapping = {}
    for path in args.zh_json:
        with open(path, encoding="utf-8") as fh:
            mapping.update(json.load(fh))
    missing = fill(args.zh, "zh_CN", mapping=mapping)
    for ctx, source in missing:
        print(f"untranslated [{ctx}]: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
