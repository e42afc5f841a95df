"""The dashboard's figures equal the list's counts and the return's figures."""
from __future__ import annotations

from datetime import date, timedelta

from core.dashboard import dashboard_figures, monthly_on_time, received_by_field, tile_filters
from core.db import transaction
from core.dossier_queries import DossierFilter, count_dossiers
from core.returns import Period, dossier_figures
from tests.factories import dossier

TODAY = date(2026, 3, 11)


def _fill(s):
    d = dossier
    # March 2026: 3 completed (2 on time or early, 1 late); February: 2 completed, both on time.
    d(s, received=date(2026, 3, 2), due=date(2026, 3, 5), completed=date(2026, 3, 4))
    d(s, received=date(2026, 3, 2), due=date(2026, 3, 5), completed=date(2026, 3, 5), field="Chứng thực")
    d(s, received=date(2026, 3, 2), due=date(2026, 3, 5), completed=date(2026, 3, 9), status="rejected")
    d(s, received=date(2026, 2, 2), due=date(2026, 2, 5), completed=date(2026, 2, 5))
    d(s, received=date(2026, 2, 10), due=date(2026, 2, 24), completed=date(2026, 2, 23), channel="online")
    # Open: overdue, due today, due in two working days, awaiting a supplement (clock stopped).
    d(s, received=date(2026, 3, 2), due=date(2026, 3, 10))
    d(s, received=TODAY, due=TODAY)
    d(s, received=TODAY, due=date(2026, 3, 13), field="Đất đai")
    d(s, received=date(2026, 3, 1), due=date(2026, 3, 6), status="awaiting_supplement", requested=date(2026, 3, 4))
    # Last year, outside the 12-month window of the chart of fields.
    d(s, received=date(2025, 1, 6), due=date(2025, 1, 9), completed=date(2025, 1, 8), field="Xây dựng")


def test_dashboard_counters_are_the_list_counts(db):
    with transaction(db.sessions) as s:
        _fill(s)
    with transaction(db.sessions, write=False) as s:
        f = dashboard_figures(s, today=TODAY)
        assert (f.received_today, f.due_today, f.overdue, f.due_soon, f.open) == (2, 1, 1, 2, 4)
        for key, opts in tile_filters(TODAY).items():
            assert getattr(f, key) == count_dossiers(s, DossierFilter.from_options({**opts, "today": TODAY}))


def test_dashboard_rates_equal_the_return(db):
    with transaction(db.sessions) as s:
        _fill(s)
    with transaction(db.sessions, write=False) as s:
        f = dashboard_figures(s, today=TODAY)
        assert (f.this_month.year, f.this_month.month) == (2026, 3)
        assert (f.last_month.year, f.last_month.month) == (2026, 2)
        assert len(f.months) == 12 and f.months[0].period.start == date(2025, 4, 1)
        for m in f.months:
            by_field, _, _ = dossier_figures(s, m.period)
            completed = sum(x.completed for x in by_field.values())
            on_time = sum(x.completed_early + x.completed_on_time for x in by_field.values())
            assert (m.completed, m.on_time) == (completed, on_time), m
        assert f.this_month.rate == 66.67 and f.last_month.rate == 100.0
        assert monthly_on_time(s, date(2025, 1, 31), 1)[0].rate == 100.0
        # Dossiers by field: what the return counts as received, over the window.
        window = f.by_field_period
        assert window == Period(date(2025, 4, 1), TODAY)
        by_field, _, _ = dossier_figures(s, window)
        assert dict(f.by_field) == {k: v.received for k, v in by_field.items() if v.received}
        assert f.by_field[0] == ("Hộ tịch", 7)
        assert received_by_field(s, Period(date(2025, 1, 1), date(2025, 1, 31))) == [("Xây dựng", 1)]


def test_dashboard_on_an_empty_register(db):
    with transaction(db.sessions, write=False) as s:
        f = dashboard_figures(s, today=TODAY)
        assert f.overdue == f.open == 0 and f.this_month.rate is None and f.by_field == []
        assert [m.completed for m in f.months] == [0] * 12


def test_dashboard_handlers_match_the_list(db):
    """Each handler's row counts exactly the open dossiers its filter opens in the list."""
    from core.dashboard import handler_filter
    from core.models import Staff

    today = date(2025, 7, 31)
    with transaction(db.sessions) as s:
        mai = Staff(full_name="Hà Thị Mai", name_key="ha thi mai", category="civil_servant")
        s.add(mai)
        s.flush()
        for due, done in ((date(2025, 7, 20), None), (date(2025, 8, 5), None), (date(2025, 7, 10), date(2025, 7, 9))):
            d = dossier(s, received=date(2025, 7, 1), due=due, completed=done)
            d.handler_id, d.handler_name = mai.id, mai.full_name
        dossier(s, received=date(2025, 7, 2), due=date(2025, 7, 3))  # nobody yet, overdue
    with transaction(db.sessions, write=False) as s:
        f = dashboard_figures(s, today=today)
        rows = {(h.name, h.open, h.overdue) for h in f.handlers}
        assert rows == {("Hà Thị Mai", 2, 1), (None, 1, 1)}
        for load in f.handlers:
            spec = DossierFilter.from_options({**handler_filter(load), "today": today})
            assert count_dossiers(s, spec) == load.open
