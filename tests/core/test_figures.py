"""The return's dossier figures at every boundary of the definitions in domain.md."""
from datetime import date

import pytest

from core.db import transaction
from core.returns import Figures, Period, dossier_section, on_time_rate
from tests import factories as f

JULY = Period(date(2025, 7, 1), date(2025, 7, 31))


def figures(db, period=JULY):
    with transaction(db.sessions, write=False) as s:
        return dossier_section(s, period)


def add(db, **kw):
    with transaction(db.sessions) as s:
        f.dossier(s, **kw)


def total(db, period=JULY):
    return figures(db, period)["total"]


def check_identities(t):
    assert t["carried_over"] + t["received"] == t["completed"] + t["pending"]
    assert t["completed"] == t["completed_early"] + t["completed_on_time"] + t["completed_late"]
    assert t["pending"] == t["pending_within"] + t["pending_overdue"]
    assert t["received"] == t["received_online"] + t["received_direct"] + t["received_postal"]


def test_received_on_first_and_last_day_counted(db):
    add(db, received=date(2025, 7, 1), due=date(2025, 7, 3))
    add(db, received=date(2025, 7, 31), due=date(2025, 8, 5))
    add(db, received=date(2025, 6, 30), due=date(2025, 7, 2), completed=date(2025, 6, 30))
    add(db, received=date(2025, 8, 1), due=date(2025, 8, 5))
    t = total(db)
    assert t["received"] == 2
    assert t["carried_over"] == 0
    assert t["pending"] == 2
    check_identities(t)


def test_completed_early_on_time_late(db):
    add(db, received=date(2025, 7, 1), due=date(2025, 7, 10), completed=date(2025, 7, 9))
    add(db, received=date(2025, 7, 1), due=date(2025, 7, 10), completed=date(2025, 7, 10))
    add(db, received=date(2025, 7, 1), due=date(2025, 7, 10), completed=date(2025, 7, 11))
    t = total(db)
    assert (t["completed"], t["completed_early"], t["completed_on_time"], t["completed_late"]) == (3, 1, 1, 1)
    assert t["on_time_rate"] == 66.67
    check_identities(t)


def test_completed_after_the_period_is_pending_at_its_end(db):
    add(db, received=date(2025, 7, 20), due=date(2025, 7, 25), completed=date(2025, 8, 1))
    t = total(db)
    assert t["completed"] == 0 and t["pending"] == 1 and t["pending_overdue"] == 1
    check_identities(t)
    aug = total(db, Period(date(2025, 8, 1), date(2025, 8, 31)))
    assert aug["carried_over"] == 1 and aug["completed"] == 1 and aug["completed_late"] == 1
    check_identities(aug)


def test_carried_over(db):
    add(db, received=date(2025, 6, 10), due=date(2025, 6, 20))  # still open
    add(db, received=date(2025, 6, 10), due=date(2025, 6, 20), completed=date(2025, 7, 1))  # closed on F
    add(db, received=date(2025, 6, 10), due=date(2025, 6, 20), completed=date(2025, 6, 30))  # closed before F
    t = total(db)
    assert t["carried_over"] == 2
    assert t["completed"] == 1 and t["completed_late"] == 1
    assert t["pending"] == 1
    check_identities(t)


def test_due_on_the_last_day_is_within(db):
    add(db, received=date(2025, 7, 25), due=date(2025, 7, 31))
    add(db, received=date(2025, 7, 25), due=date(2025, 7, 30))
    t = total(db)
    assert t["pending_within"] == 1 and t["pending_overdue"] == 1


def test_rejected_and_withdrawn_are_completed(db):
    add(db, received=date(2025, 7, 2), due=date(2025, 7, 10), completed=date(2025, 7, 3), status="rejected")
    add(db, received=date(2025, 7, 2), due=date(2025, 7, 10), completed=date(2025, 7, 12), status="withdrawn")
    add(db, received=date(2025, 7, 2), due=date(2025, 7, 10), completed=date(2025, 7, 4))
    fig = figures(db)
    assert fig["rejected"] == 1 and fig["withdrawn"] == 1
    t = fig["total"]
    assert t["completed"] == 3 and t["completed_early"] == 2 and t["completed_late"] == 1
    check_identities(t)


def test_awaiting_supplement_past_due_counts_within(db):
    add(db, received=date(2025, 7, 1), due=date(2025, 7, 4), status="awaiting_supplement",
        requested=date(2025, 7, 3))
    # requested after T: not awaiting on T, so overdue
    add(db, received=date(2025, 7, 1), due=date(2025, 7, 4), status="awaiting_supplement",
        requested=date(2025, 8, 2))
    # imported without a request date: taken as requested on the received date
    add(db, received=date(2025, 7, 1), due=date(2025, 7, 4), status="awaiting_supplement", requested=None)
    t = total(db)
    assert t["pending"] == 3
    assert t["pending_within"] == 2 and t["pending_overdue"] == 1
    check_identities(t)


def test_by_channel_and_by_field(db):
    add(db, received=date(2025, 7, 2), due=date(2025, 7, 4), channel="online", field="Hộ tịch")
    add(db, received=date(2025, 7, 2), due=date(2025, 7, 4), channel="postal", field="Chứng thực")
    add(db, received=date(2025, 7, 2), due=date(2025, 7, 4), channel="direct", field="Chứng thực",
        completed=date(2025, 7, 4))
    fig = figures(db)
    t = fig["total"]
    assert (t["received_online"], t["received_direct"], t["received_postal"]) == (1, 1, 1)
    assert set(fig["by_field"]) == {"Hộ tịch", "Chứng thực"}
    ct = fig["by_field"]["Chứng thực"]
    assert ct["received"] == 2 and ct["completed_on_time"] == 1 and ct["on_time_rate"] == 100.0
    assert fig["by_field"]["Hộ tịch"]["on_time_rate"] is None
    for field_figures in fig["by_field"].values():
        check_identities(field_figures)


def test_empty_period(db):
    t = total(db)
    assert t["received"] == 0 and t["on_time_rate"] is None
    check_identities(t)


@pytest.mark.parametrize("on_time,completed,expected", [
    (0, 0, None), (1, 3, 33.33), (2, 3, 66.67), (1, 8, 12.5), (402282, 413036, 97.4), (1, 200, 0.5),
    # exact half at the third decimal rounds up: 1/16 = 6.25 %; 1/1600 = 0.0625 % → 0.06; 1/8000 = 0.0125 → 0.01
    (1, 16, 6.25), (1, 1600, 0.06), (5, 8000, 0.06), (1, 80, 1.25), (45, 72000, 0.06), (9, 14400, 0.06),
])
def test_on_time_rate_half_up(on_time, completed, expected):
    assert on_time_rate(on_time, completed) == expected


def test_half_up_not_bankers():
    # 0.125 % exactly: half-up gives 0.13 (banker's rounding would give 0.12)
    assert on_time_rate(1, 800) == 0.13
    assert on_time_rate(3, 800) == 0.38


def test_periods():
    assert Period.parse_month("2025-02").end == date(2025, 2, 28)
    assert Period.legal(2025, 3) == Period(date(2025, 2, 15), date(2025, 3, 14))
    assert Period.legal(2025, 1) == Period(date(2024, 12, 15), date(2025, 1, 14))
    assert Period.month(2025, 3).previous() == Period.month(2025, 2)
    assert Period.legal(2025, 3).previous() == Period(date(2025, 1, 15), date(2025, 2, 14))
    with pytest.raises(Exception):
        Period(date(2025, 2, 2), date(2025, 2, 1))


def test_figures_sum():
    a = Figures(received=2, completed=1, completed_on_time=1)
    a.add(Figures(received=3, completed=2, completed_late=2))
    assert a.received == 5 and a.on_time_rate == 33.33
