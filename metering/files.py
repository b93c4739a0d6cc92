"""Writing output files whole or not at all."""

import contextlib
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


@contextlib.contextmanager
def atomic_output(path, suffix=None):
    """Write a file whole or not at all: ``with atomic_output(path) as tmp: write(tmp)``.

    The body writes to a temporary file beside ``path``; on success it replaces
    ``path`` in one rename, on any exception (including a cancel) the temporary
    file is removed and ``path`` is left as it was. ``suffix`` defaults to the
    extension of ``path`` (writers such as GDAL pick the format from it).
    """
    if suffix is None:
        suffix = os.path.splitext(path)[1]
    tmp = temp_path_beside(path, suffix)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
            if os.path.exists(leftover):
                os.remove(leftover)
        raise

