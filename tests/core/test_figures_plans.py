"""The return's figures cost what the period costs (issue 8): every query walks one range of the
two figures indexes (read in EXPLAIN QUERY PLAN on SQLite), and the figures still follow the
definitions of domain.md on random registers (SQLite and PostgreSQL)."""
import random
import re
from datetime import date, timedelta

from sqlalchemy import delete, event, select

from core.db import transaction
from core.models import Dossier
from core.returns import COMPLETED_INDEX, RECEIVED_INDEX, Period, dossier_figures, dossier_section
from core.returns_lists import completed_late, overdue_pending
from tests import factories as f

JULY = Period(date(2025, 7, 1), date(2025, 7, 31))
FIGURES = ("carried_over", "received", "received_online", "received_direct", "received_postal", "completed",
           "completed_early", "completed_on_time", "completed_late", "pending", "pending_within", "pending_overdue")


def statements_of(db, fn, table=None):
    """The statements `fn` runs that read a table named dossier…, or exactly `table` when given."""
    seen = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with transaction(db.sessions, write=False) as s:
            fn(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    if table is None:
        return [(st, p) for st, p in seen if "FROM dossier" in st]
    return [(st, p) for st, p in seen if re.search(rf"FROM {table}\b(?!_)", st)]


def plan(db, statement, parameters):
    with db.engine.connect() as conn:
        return [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]


def test_sqlite_engines_write_table_hints(sqlite_db):
    stmt = select(Dossier.id).with_hint(Dossier.__table__, "INDEXED BY ix_dossier_due", "sqlite")
    assert "FROM dossier INDEXED BY ix_dossier_due" in str(stmt.compile(sqlite_db.engine))
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(stmt.where(Dossier.due_date > date(2025, 1, 1))).all() == []


def test_every_figures_query_walks_one_range_of_a_figures_index(sqlite_db):
    with transaction(sqlite_db.sessions) as s:
        f.dossier(s, received=date(2025, 6, 2), due=date(2025, 6, 9))
        f.dossier(s, received=date(2025, 7, 2), due=date(2025, 7, 9), completed=date(2025, 7, 8))
    seen = statements_of(sqlite_db, lambda s: dossier_figures(s, JULY))
    assert len(seen) == 6
    for statement, parameters in seen:
        steps = plan(sqlite_db, statement, parameters)
        dossier_steps = [x for x in steps if " dossier " in x + " "]
        assert len(dossier_steps) == 1, steps
        step = dossier_steps[0]
        assert step.startswith("SEARCH dossier USING"), steps  # a range, never a SCAN of the history
        assert RECEIVED_INDEX + " " in step or COMPLETED_INDEX + " " in step, steps
    received, completed = (plan(sqlite_db, *seen[i])[0] for i in (0, 1))
    # The period's receipts and closings are counted from the index alone.
    assert received.startswith(f"SEARCH dossier USING COVERING INDEX {RECEIVED_INDEX} (received_date>? AND")
    assert completed.startswith(f"SEARCH dossier USING COVERING INDEX {COMPLETED_INDEX} (completed_date>? AND")


def test_the_lists_behind_the_figures_walk_the_closings_index(sqlite_db):
    with transaction(sqlite_db.sessions) as s:
        f.dossier(s, received=date(2025, 6, 2), due=date(2025, 6, 9))
        f.dossier(s, received=date(2025, 7, 2), due=date(2025, 7, 9), completed=date(2025, 7, 18))
    seen = statements_of(sqlite_db, lambda s: (overdue_pending(s, JULY), completed_late(s, JULY)), table="dossier")
    assert len(seen) == 3
    for statement, parameters in seen:
        steps = plan(sqlite_db, statement, parameters)
        assert any(x.startswith(f"SEARCH dossier USING INDEX {COMPLETED_INDEX} (completed_date") for x in steps), steps
    # The overdue dossiers' statuses on the period's last day: one look-up of their history by id.
    history = statements_of(sqlite_db, lambda s: overdue_pending(s, JULY), table="dossier_event")
    assert len(history) == 1
    steps = plan(sqlite_db, *history[0])
    assert any(x.startswith("SEARCH dossier_event USING INDEX ix_dossier_event_dossier_id") for x in steps), steps


def reference(rows, period):
    """domain.md, figure by figure, in Python."""
    F, T = period.start, period.end
    by_field = {}
    rejected = withdrawn = 0
    for r in rows:
        b = by_field.setdefault(r["field"], dict.fromkeys(FIGURES, 0))
        closed = r["completed"]
        if F <= r["received"] <= T:
            b["received"] += 1
            b["received_" + r["channel"]] += 1
        if closed is not None and F <= closed <= T:
            b["completed"] += 1
            b["completed_early" if closed < r["due"] else "completed_on_time" if closed == r["due"]
              else "completed_late"] += 1
            rejected += r["status"] == "rejected"
            withdrawn += r["status"] == "withdrawn"
        if r["received"] < F and (closed is None or closed >= F):
            b["carried_over"] += 1
        if r["received"] <= T and (closed is None or closed > T):
            b["pending"] += 1
            awaiting = r["status"] == "awaiting_supplement" and (r["requested"] or r["received"]) <= T
            if r["due"] < T and not awaiting:
                b["pending_overdue"] += 1
            else:
                b["pending_within"] += 1
    return {k: v for k, v in by_field.items() if any(v.values())}, rejected, withdrawn


def random_register(rng):
    rows = []
    for _ in range(rng.randint(20, 60)):
        received = date(2025, 5, 20) + timedelta(days=rng.randint(0, 90))
        due = received + timedelta(days=rng.randint(0, 20))
        status = rng.choice(["in_progress", "awaiting_supplement", "returned", "returned", "rejected", "withdrawn"])
        completed = received + timedelta(days=rng.randint(0, 40)) if status in ("returned", "rejected", "withdrawn") \
            else None
        requested = received + timedelta(days=rng.randint(0, 30)) if status == "awaiting_supplement" \
            and rng.random() < 0.7 else None
        rows.append({"received": received, "due": due, "completed": completed, "status": status,
                     "requested": requested, "field": rng.choice(["Hộ tịch", "Chứng thực", "Đất đai"]),
                     "channel": rng.choice(["online", "direct", "postal"])})
    return rows


def test_figures_follow_the_definitions_on_random_registers(db):
    periods = [JULY, Period(date(2025, 6, 15), date(2025, 7, 14)), Period(date(2025, 7, 10), date(2025, 7, 10))]
    for seed in range(4):
        rows = random_register(random.Random(seed))
        with transaction(db.sessions) as s:
            s.execute(delete(Dossier))
            for r in rows:
                f.dossier(s, received=r["received"], due=r["due"], completed=r["completed"], status=r["status"],
                          requested=r["requested"], field=r["field"], channel=r["channel"])
        for period in periods:
            with transaction(db.sessions, write=False) as s:
                got = dossier_section(s, period)
            want, rejected, withdrawn = reference(rows, period)
            by_field = {k: {x: v[x] for x in FIGURES} for k, v in got["by_field"].items()}
            assert by_field == want, (seed, period)
            assert (got["rejected"], got["withdrawn"]) == (rejected, withdrawn), (seed, period)
