"""Developer and demo tools (make demo, contracts doc, translations)."""

import os


def fresh_outputs(folder):
    """Create ``folder`` and return ``dest(name)``: the path of ``name`` in it, any earlier file of
    that name removed first (a demo's outputs are created, never appended to)."""
    os.makedirs(folder, exist_ok=True)

    def dest(name):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            os.remove(path)
        return path

    return dest
