"""The figures of the dashboard (Tổng quan): today's counters, the on-time rate by month, dossiers
by field. The counters are counts of the dossier list's own filters (core.dossier_queries), so
clicking a counter opens a list with exactly that many rows; the rates follow the return's
definition (core.figures_rules: completed in the month, (early + on time) ÷ completed, half-up to 2
decimals), computed for all months in one grouped query."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from core import clock
from core import figures_rules as rules
from core.calendar import WorkCalendar
from core.dossier_queries import UNASSIGNED, DossierFilter, count_dossiers
from core.models import Dossier
from core.returns import Period, on_time_rate
from core.staff import HandlerLoad, handler_workload
from core.vocab import CLOSED_STATUSES, OPEN_STATUSES
from core.collation import sort_key

D = Dossier.__table__.c


@dataclass
class MonthRate:
    year: int
    month: int
    completed: int = 0
    on_time: int = 0  # early + on time

    @property
    def rate(self) -> float | None:
        return on_time_rate(self.on_time, self.completed)

    @property
    def period(self) -> Period:
        return Period.month(self.year, self.month)


@dataclass
class DashboardFigures:
    today: date
    received_today: int
    due_today: int
    overdue: int
    due_soon: int
    open: int
    this_month: MonthRate
    last_month: MonthRate
    months: list[MonthRate] = field(default_factory=list)  # oldest first, ending with this month
    by_field: list[tuple[str, int]] = field(default_factory=list)  # received in `by_field_period`
    by_field_period: Period | None = None
    # Each handler's open and overdue dossiers today (core.staff.handler_workload), most overdue first.
    handlers: list[HandlerLoad] = field(default_factory=list)


def tile_filters(today: date) -> dict[str, dict]:
    """The dossier list's filter behind each counter (what a click on it opens)."""
    return {
        # a dossier refused at the counter was never received
        "received_today": {"received_from": today, "received_to": today,
                           "statuses": OPEN_STATUSES + CLOSED_STATUSES},
        "due_today": {"deadline": "due_today"},
        "overdue": {"deadline": "overdue"},
        "due_soon": {"deadline": "due_soon"},
        "open": {"statuses": OPEN_STATUSES},
    }


def _month_back(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - n
    return index // 12, index % 12 + 1


def monthly_on_time(session: Session, last: date, months: int = 12) -> list[MonthRate]:
    """Completed and on-time dossiers of each of the `months` calendar months ending with the month
    of `last` (oldest first). One query over the completed-date index."""
    first_y, first_m = _month_back(last.year, last.month, months - 1)
    start = date(first_y, first_m, 1)
    end = Period.month(last.year, last.month).end
    # Grouped by day, in the order of the completed-date index (no sort, no date function per row),
    # then summed into months here: a few hundred groups.
    found: dict[tuple[int, int], tuple[int, int]] = {}
    for day, n, ok in session.execute(
            select(D.completed_date, func.count(),
                   func.coalesce(func.sum(case((rules.closed_in_time(D), 1), else_=0)), 0))
            .where(rules.completed_in(D, start, end)).group_by(D.completed_date)):
        key = (day.year, day.month)
        total, on_time = found.get(key, (0, 0))
        found[key] = (total + int(n), on_time + int(ok))
    out = []
    for i in range(months - 1, -1, -1):
        year, month = _month_back(last.year, last.month, i)
        n, ok = found.get((year, month), (0, 0))
        out.append(MonthRate(year, month, n, ok))
    return out


def received_by_field(session: Session, period: Period) -> list[tuple[str, int]]:
    """Dossiers received in the period by field, most first (the index on received day and field
    answers it without reading the table)."""
    rows = session.execute(select(D.field, func.count()).where(rules.received_in(D, period.start, period.end))
                           .group_by(D.field))
    return sorted(((f, int(n)) for f, n in rows), key=lambda x: (-x[1], sort_key(x[0])))


def dashboard_figures(session: Session, today: date | None = None, months: int = 12,
                      calendar: WorkCalendar | None = None) -> DashboardFigures:
    today = today or clock.today()
    cal = calendar or WorkCalendar.from_session(session)
    counts = {key: count_dossiers(session, DossierFilter.from_options({**opts, "today": today}), cal)
              for key, opts in tile_filters(today).items()}
    series = monthly_on_time(session, today, max(months, 2))
    first_y, first_m = _month_back(today.year, today.month, months - 1)
    window = Period(date(first_y, first_m, 1), today)
    return DashboardFigures(
        today=today, received_today=counts["received_today"], due_today=counts["due_today"],
        overdue=counts["overdue"], due_soon=counts["due_soon"], open=counts["open"],
        this_month=series[-1], last_month=series[-2], months=series[-months:],
        by_field=received_by_field(session, window), by_field_period=window,
        handlers=handler_workload(session, today))


def handler_filter(load: HandlerLoad) -> dict:
    """The dossier list's filter behind a handler's row: their open dossiers (or the unassigned ones)."""
    return {"statuses": OPEN_STATUSES,
            "handler_id": load.staff_id if load.staff_id is not None else UNASSIGNED}

