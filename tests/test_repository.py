"""Repository hygiene: no merge leftovers in any tracked text file."""

import re
import subprocess

from tests.conftest import REPO

MARKER = re.compile(r"^(<{7} |={7}$|>{7} )", re.MULTILINE)


def test_no_merge_conflict_markers():
    files = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    hits = []
    for name in files:
        if not name.endswith((".py", ".md", ".csv", ".txt", ".json", ".ts", ".qml", ".model3", ".toml", ".cfg")):
            continue
        path = REPO / name
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        hits += ["{0}:{1}".format(name, text[:m.start()].count("\n") + 1) for m in MARKER.finditer(text)]
    assert hits == []
