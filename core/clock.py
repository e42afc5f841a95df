"""The application's one clock: the day it is and the moment it is. Every rule that depends on "today"
(a return's day, whether a period has ended, an event not in the future, the default day of a form)
asks here, so a test can freeze the whole application on a chosen day.

    with clock.frozen(date(2026, 12, 1)):
        ...                       # everything in core (and the window) sees 1 December 2026

Nothing else in core calls date.today() or datetime.now() for a business day (tests/core/test_clock.py
reads the source to keep it so). The moment of a security rule (a lock-out, a backup's name) stays the
machine's own."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import date, datetime, time

# No record here speaks of a day before it: such a date is a mistyped year (1900 for 2000, 0205 for
# 2025), refused where it is entered (a dossier's dates, a site problem's, an apology's new date).
EARLIEST_DAY = date(2000, 1, 1)

_lock = threading.Lock()
_frozen: datetime | None = None


def now() -> datetime:
    """The current moment (to the microsecond), or the frozen one."""
    frozen = _frozen
    return frozen if frozen is not None else datetime.now()


def today() -> date:
    """Today's date, or the frozen day."""
    return now().date()


def freeze(moment: date | datetime | None) -> None:
    """Stop the clock on `moment` (a day is taken at 09:00); None starts it again. Every thread sees it
    (the window's workers too)."""
    global _frozen
    if moment is not None and not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(9, 0))
    with _lock:
        _frozen = moment


def is_frozen() -> bool:
    return _frozen is not None


@contextmanager
def frozen(moment: date | datetime):
    """The clock stopped on `moment` for the block, then as it was."""
    before = _frozen
    freeze(moment)
    try:
        yield
    finally:
        freeze(before)
