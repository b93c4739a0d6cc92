"""Writing output files whole or not at all."""

import os
import tempfile


def temp_path_beside(path, suffix):
    """A new empty file next to ``path`` to write into before ``os.replace``.

    Same directory, so the final rename is atomic. ``mkstemp`` creates files
    readable by the owner only; the result gets the permissions an ordinary
    new file would have (0666 less the umask), so colleagues can open reports.
    """
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    handle, tmp = tempfile.mkstemp(suffix=suffix, dir=directory)
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    return tmp
