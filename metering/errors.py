"""One error type, one note type and one progress/cancel protocol for the whole core.

The core never words a message: it says *what* went wrong (``kind``, a stable
snake_case id) and *where* (``details``: layer, field, feature id, row, value).
The Processing provider turns both into a translated sentence
(``processing_provider/messages.py`` holds one template per kind, zh and en);
the province runner prints the English template. Tests assert on ``kind`` and
``details``, never on English text.

Progress: every long core function takes ``progress=None``, a callable
``progress(fraction) -> bool`` with ``fraction`` in [0, 1]; it returns True
when the caller wants the work to stop, and the core then raises
:class:`Cancelled` before writing anything. ``sub_progress`` maps a part of
the work onto a sub-range, so nested steps report one monotonic bar.
"""

from dataclasses import dataclass, field


class MeteringError(ValueError):
    """Input the core cannot use. ``kind`` names the problem, ``details`` the place and value.

    ``str()`` is a plain ``kind: key=value …`` line for logs and tracebacks of
    developers; users see the translated template of ``kind``.
    """

    def __init__(self, kind, **details):
        self.kind = str(kind)
        self.details = details
        super().__init__(self._plain())

    def _plain(self):
        parts = ", ".join("{0}={1!r}".format(k, v) for k, v in sorted(self.details.items()))
        return "{0}: {1}".format(self.kind, parts) if parts else self.kind

    def __reduce__(self):
        # pickled whole (kind and details), e.g. raised in a Dask task and re-raised on the client
        return (_restore_error, (type(self), self.kind, self.details, self.args))


def _restore_error(cls, kind, details, args):
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.kind, error.details = kind, details
    return error


class Cancelled(Exception):  # noqa: N818 (a stop, not an error)
    """The progress callback asked to stop; nothing has been written."""


@dataclass(frozen=True)
class Note:
    """Something a run should tell its user: ``level`` is ``info`` or ``warning``.

    Core results carry a list of notes; the provider logs each with the
    translated template of ``kind`` (the same table as the errors').
    """

    kind: str
    level: str = "info"
    details: dict = field(default_factory=dict)

    @staticmethod
    def info(kind, **details):
        return Note(kind, "info", details)

    @staticmethod
    def warning(kind, **details):
        return Note(kind, "warning", details)


def report(progress, fraction):
    """Report ``fraction`` (0…1) to ``progress``; raise :class:`Cancelled` when it asks to stop."""
    if progress is not None and progress(min(max(float(fraction), 0.0), 1.0)):
        raise Cancelled()


def sub_progress(progress, start, stop):
    """A progress callback for the part of the work between ``start`` and ``stop`` (fractions)."""
    if progress is None:
        return None
    span = float(stop) - float(start)

    def part(fraction):
        return progress(float(start) + span * min(max(float(fraction), 0.0), 1.0))

    return part


def loop_progress(progress, total, every=1):
    """A function ``tick(i)`` to call in a loop over ``total`` items (reports each ``every``-th)."""
    total = max(int(total), 1)
    every = max(int(every), 1)

    def tick(i):
        if i % every == 0:
            report(progress, i / total)

    return tick
