from datetime import date

import pytest

from core.calendar import WorkCalendar
from core.calendar_overrides import delete_override, list_overrides, set_override, year_calendar
from core.db import transaction
from core.errors import ValidationError


def test_overrides_change_the_working_days(db):
    with transaction(db.sessions) as s:
        set_override(s, date(2026, 3, 20), "day_off", "  Nghỉ  bầu cử ")
        set_override(s, date(2026, 3, 21), "working_day", "Làm bù")
        assert [o.day for o in list_overrides(s, 2026)] == [date(2026, 3, 20), date(2026, 3, 21)]
        assert list_overrides(s, 2025) == []
    with transaction(db.sessions, write=False) as s:
        cal = WorkCalendar.from_session(s)
        assert not cal.is_working_day(date(2026, 3, 20)) and cal.is_working_day(date(2026, 3, 21))
        # Thu 19 Mar + 1 working day skips the Friday off and lands on the make-up Saturday.
        assert cal.add_working_days(date(2026, 3, 19), 1) == date(2026, 3, 21)
        days = {d.day: d for d in year_calendar(s, 2026)}
        assert days[date(2026, 3, 20)].name == "Nghỉ  bầu cử" and days[date(2026, 3, 20)].source == "office"
        assert days[date(2026, 3, 21)].working
        assert date(2026, 2, 17) in days and date(2026, 8, 22) in days  # Tết; the package's make-up Saturday
    with transaction(db.sessions) as s:
        set_override(s, date(2026, 3, 20), "working_day")  # replaces
        assert len(list_overrides(s)) == 2
        assert delete_override(s, date(2026, 3, 20)) and not delete_override(s, date(2026, 3, 20))
        set_override(s, date(2026, 2, 17), "working_day", "Trực Tết")  # the office wins over the package
    with transaction(db.sessions, write=False) as s:
        assert WorkCalendar.from_session(s).is_working_day(date(2026, 2, 17))
        assert date(2026, 3, 20) not in {d.day for d in year_calendar(s, 2026)}


def test_override_validation(db):
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError) as e:
            set_override(s, None, "holiday", "x" * 301)
        assert set(e.value.fields) == {"day", "kind", "note"}
