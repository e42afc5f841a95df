from datetime import date, datetime

import pytest

from core.calendar import WorkCalendar
from core.db import transaction
from core.models import HolidayOverride

cal = WorkCalendar()


@pytest.mark.parametrize("day", [
    date(2026, 1, 1), date(2026, 2, 16), date(2026, 2, 20), date(2026, 4, 27), date(2026, 4, 30),
    date(2026, 5, 1), date(2026, 8, 31), date(2026, 9, 1), date(2026, 9, 2), date(2026, 11, 24),
    date(2025, 9, 1), date(2025, 9, 2), date(2025, 1, 29),
])
def test_days_off(day):
    assert not cal.is_working_day(day)


def test_weekends_and_make_up_saturdays():
    assert not cal.is_working_day(date(2026, 2, 14))  # Saturday
    assert not cal.is_working_day(date(2026, 2, 15))  # Sunday
    assert cal.is_working_day(date(2026, 8, 22))  # Saturday made a working day (swap for 31 Aug)
    assert cal.is_working_day(date(2025, 4, 26))  # make-up Saturday 2025
    assert cal.is_working_day(date(2026, 2, 23))


def test_deadline_across_a_weekend():
    # Thursday + 3 working days: Fri, Mon, Tue
    assert cal.add_working_days(date(2025, 7, 3), 3) == date(2025, 7, 8)


def test_deadline_across_tet_2026():
    # Friday 13 Feb 2026 + 1 working day: 14–22 Feb are weekends and Tết, next is Monday 23 Feb.
    assert cal.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert cal.add_working_days(date(2026, 2, 12), 3) == date(2026, 2, 24)


def test_deadline_across_2_september():
    # Friday 29 Aug 2025, 3 working days: 1–2 Sep off → Wed 3, Thu 4, Fri 5
    assert cal.add_working_days(date(2025, 8, 29), 3) == date(2025, 9, 5)
    # 2026: Fri 21 Aug + 2: Sat 22 Aug is a make-up working day, 24 Mon
    assert cal.add_working_days(date(2026, 8, 21), 2) == date(2026, 8, 24)
    # Fri 28 Aug 2026 + 1: 31 Aug, 1–2 Sep off → Thu 3 Sep
    assert cal.add_working_days(date(2026, 8, 28), 1) == date(2026, 9, 3)


def test_received_on_a_day_off_counts_from_next_working_day():
    # Received Sunday 6 Jul 2025: count starts Monday 7; +2 → Wed 9
    assert cal.add_working_days(date(2025, 7, 6), 2) == date(2025, 7, 9)
    assert cal.due_date(date(2025, 7, 6), 0) == date(2025, 7, 7)


def test_same_day_procedure_and_the_15h_rule():
    assert cal.due_date(datetime(2025, 7, 3, 14, 59), 0) == date(2025, 7, 3)
    assert cal.due_date(datetime(2025, 7, 3, 15, 0), 0) == date(2025, 7, 3)
    assert cal.due_date(datetime(2025, 7, 3, 15, 1), 0) == date(2025, 7, 4)
    assert cal.due_date(datetime(2025, 7, 4, 16, 0), 0) == date(2025, 7, 7)  # Friday → Monday


def test_calendar_day_limit_ending_on_a_day_off():
    # 15 days after Fri 16 Jan 2026 = Sat 31 Jan → Monday 2 Feb
    assert cal.due_date(date(2026, 1, 16), 15, "calendar_days") == date(2026, 2, 2)


def test_pause_adds_working_days_back():
    # Requested Monday 7 Jul, supplied Thursday 10 Jul: 3 working days (8, 9, 10)
    assert cal.working_days_between(date(2025, 7, 7), date(2025, 7, 10)) == 3
    assert cal.extend_for_pause(date(2025, 7, 11), date(2025, 7, 7), date(2025, 7, 10)) == date(2025, 7, 16)
    assert cal.extend_for_pause(date(2025, 7, 11), date(2025, 7, 7), date(2025, 7, 7)) == date(2025, 7, 11)


def test_pause_counts_and_extends_in_one_rule():
    assert cal.pause(date(2025, 7, 11), date(2025, 7, 7), date(2025, 7, 10)) == (3, date(2025, 7, 16))
    assert cal.pause(date(2025, 7, 11), date(2025, 7, 7), date(2025, 7, 7)) == (0, date(2025, 7, 11))
    # Requested Fri 29 Aug 2025, supplied Wed 3 Sep: the weekend and 1-2 Sep (days off) do not count.
    pause = cal.pause(date(2025, 9, 5), date(2025, 8, 29), date(2025, 9, 3))
    assert (pause.working_days, pause.due_date) == (1, date(2025, 9, 8))


def test_office_overrides_win(db):
    with transaction(db.sessions) as s:
        s.add(HolidayOverride(day=date(2025, 7, 8), kind="day_off", note="Nghỉ đột xuất"))
        s.add(HolidayOverride(day=date(2025, 7, 12), kind="working_day", note="Làm bù"))
    with transaction(db.sessions, write=False) as s:
        c = WorkCalendar.from_session(s)
    assert not c.is_working_day(date(2025, 7, 8))
    assert c.is_working_day(date(2025, 7, 12))
    # Mon 7 + 3: Tue 8 off, Wed 9, Thu 10, Fri 11
    assert c.add_working_days(date(2025, 7, 7), 3) == date(2025, 7, 11)
    assert c.add_working_days(date(2025, 7, 10), 2) == date(2025, 7, 12)
