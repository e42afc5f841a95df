"""Working days: Saturdays, Sundays and Vietnamese public holidays (the `holidays` package, which
knows Tết by the lunar calendar and the yearly swaps) plus the office's own override table, which
always wins. The only place where the working-day rule lives."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

# Same-day procedures: a dossier received after 15:00 is due the next working day.
SAME_DAY_CUTOFF = time(15, 0)


@lru_cache(maxsize=64)
def _vn_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("VN", years=year, language="vi")


class WorkCalendar:
    def __init__(self, days_off: set[date] | None = None, working_days: set[date] | None = None):
        self.extra_days_off = set(days_off or ())
        self.extra_working_days = set(working_days or ())
        self._cache: dict[date, bool] = {}

    @classmethod
    def from_session(cls, session: Session) -> "WorkCalendar":
        from core.models import HolidayOverride

        days_off, working = set(), set()
        for day, kind in session.execute(select(HolidayOverride.day, HolidayOverride.kind)):
            (working if kind == "working_day" else days_off).add(day)
        return cls(days_off, working)

    def holiday_name(self, day: date) -> str | None:
        return _vn_holidays(day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        if day in self.extra_working_days:
            result = True
        elif day in self.extra_days_off:
            result = False
        else:
            # is_working_day() honours weekends, holidays and the package's make-up Saturdays.
            result = _vn_holidays(day.year).is_working_day(day)
        self._cache[day] = result
        return result

    def next_working_day(self, day: date) -> date:
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def previous_working_day(self, day: date) -> date:
        """The last working day before `day` (one working day before a due date: the latest day of
        an apology)."""
        day -= timedelta(days=1)
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (n = 0: `start` itself if it is a working day,
        else the next one). A start on a day off counts from the next working day."""
        day = self.next_working_day(start)
        remaining = n
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, after: date, until: date) -> int:
        """Working days in (after, until]: how long a pause from `after` to `until` lasted."""
        count, day = 0, after
        while day < until:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def due_date(self, received: datetime | date, legal_days: int,
                 unit: str = "working_days") -> date:
        """Ngày hẹn trả for a complete dossier received at `received`."""
        if isinstance(received, datetime):
            day, moment = received.date(), received.time()
        else:
            day, moment = received, None
        if unit == "calendar_days" and legal_days > 0:
            # A calendar-day limit ending on a day off moves to the next working day.
            return self.next_working_day(day + timedelta(days=legal_days))
        if legal_days == 0:
            start = self.next_working_day(day)
            if moment is not None and moment > SAME_DAY_CUTOFF and start == day:
                return self.add_working_days(day, 1)
            return start
        return self.add_working_days(day, legal_days)

    def pause(self, due: date, requested: date, supplied: date) -> "Pause":
        """A supplement requested on `requested` and supplied on `supplied`: the working days the
        clock stood still (those in (requested, supplied]) and the due date with them added back.
        The only place the pause rule lives."""
        paused = self.working_days_between(requested, supplied)
        return Pause(paused, self.add_working_days(due, paused) if paused else due)

    def extend_for_pause(self, due: date, requested: date, supplied: date) -> date:
        """The due date after a pause (`pause`)."""
        return self.pause(due, requested, supplied).due_date


class Pause(NamedTuple):
    working_days: int
    due_date: date
