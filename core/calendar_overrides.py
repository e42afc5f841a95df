"""The office's own calendar corrections (HolidayOverride): extra days off and make-up working days.

Swaps of days off are decided yearly and reach the `holidays` package only with new releases, so the
office records them here; core.calendar.WorkCalendar lets them win over the package. Changing an
override never moves the due dates already given (they were promised to the applicant); it applies to
dossiers taken in afterwards.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.calendar import WorkCalendar, _vn_holidays
from core.errors import ValidationError
from core.formatting import nfc
from core.messages import problem
from core.models import HolidayOverride

NOTE_LIMIT = 300  # characters of an override's note
from core.vocab import HOLIDAY_OVERRIDE


def list_overrides(session: Session, year: int | None = None) -> list[HolidayOverride]:
    stmt = select(HolidayOverride).order_by(HolidayOverride.day)
    if year is not None:
        stmt = stmt.where(HolidayOverride.day.between(date(year, 1, 1), date(year, 12, 31)))
    return list(session.scalars(stmt))


def set_override(session: Session, day: date | None, kind: str, note: str | None = None) -> HolidayOverride:
    """Record (or replace) the override of `day`: kind "day_off" or "working_day"."""
    errors = {}
    if not isinstance(day, date):
        errors["day"] = problem("calendar.choose_day")
    if kind not in HOLIDAY_OVERRIDE:
        errors["kind"] = problem("calendar.unknown_kind", value=kind)
    note = nfc(note) or None
    if note and len(note) > NOTE_LIMIT:
        errors["note"] = problem("calendar.note_too_long", limit=NOTE_LIMIT)
    if errors:
        raise ValidationError(errors)
    row = session.get(HolidayOverride, day)
    if row is None:
        row = HolidayOverride(day=day)
        session.add(row)
    row.kind, row.note = kind, note
    session.flush()
    return row


def delete_override(session: Session, day: date) -> bool:
    row = session.get(HolidayOverride, day)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


@dataclass(frozen=True)
class DayOff:
    """A day that is not an ordinary working or weekend day in `year_calendar`."""

    day: date
    name: str
    working: bool  # True: a make-up working day (a Saturday or Sunday worked)
    source: str  # "holidays" (the package) or "office" (an override)


def year_calendar(session: Session, year: int) -> list[DayOff]:
    """The year's public holidays and make-up working days as the office's calendar sees them:
    the package's days, with the office's overrides applied on top (they win)."""
    cal = WorkCalendar.from_session(session)
    days: dict[date, DayOff] = {}
    vn = _vn_holidays(year)
    for day, name in vn.items():
        if day.year == year and not cal.is_working_day(day):
            days[day] = DayOff(day, str(name), False, "holidays")
    for day in getattr(vn, "weekend_workdays", ()) or ():
        if day.year == year and cal.is_working_day(day):
            days[day] = DayOff(day, "Ngày làm bù", True, "holidays")
    for o in list_overrides(session, year):
        working = o.kind == "working_day"
        if working and o.day.weekday() < 5 and o.day not in vn:
            days.pop(o.day, None)  # a plain weekday declared working: nothing special to show
            continue
        name = o.note or HOLIDAY_OVERRIDE.label(o.kind)
        days[o.day] = DayOff(o.day, name, working, "office")
    return [days[d] for d in sorted(days)]


def working_days_in(session: Session, start: date, end: date) -> int:
    """How many working days from `start` to `end` inclusive (for the settings page's summary)."""
    cal = WorkCalendar.from_session(session)
    n, day = 0, start
    while day <= end:
        n += cal.is_working_day(day)
        day += timedelta(days=1)
    return n


__all__ = ["list_overrides", "set_override", "delete_override", "year_calendar", "DayOff", "working_days_in"]
