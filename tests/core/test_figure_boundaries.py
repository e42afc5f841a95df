"""The boundaries of the figure conditions (core.figures_rules) run through every consumer at once:
the return, the dashboard, the staff workload, the dossier list's filter and its colours. Each case
is one dossier with its own field and handler, so every consumer answers per case; a boundary changed
in any one of them fails here, naming the case and the consumer."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from core import figures_rules as rules
from core.dashboard import dashboard_figures
from core.db import transaction
from core.dossier_queries import DossierFilter, count_dossiers, deadline_state
from core.models import Department, Dossier, Staff, Task
from core.returns import Period, dossier_figures
from core.staff import handler_workload
from core.vocab import DOSSIER_STATUS
from tests.factories import dossier

T = date(2025, 7, 31)
MONTH = Period(date(2025, 7, 1), T)
AWAITING = "awaiting_supplement"
DAY = timedelta(days=1)

# name: (the dossier, pending on T, overdue on T, completed in the month ending on T)
CASES = {
    "closed exactly on T": (dict(received=T - 20 * DAY, due=T - 5 * DAY, completed=T), False, False, True),
    "closed the day before T": (dict(received=T - 20 * DAY, due=T - 5 * DAY, completed=T - DAY), False, False, True),
    "supplement requested exactly on T": (dict(received=T - 20 * DAY, due=T - 5 * DAY, status=AWAITING, requested=T),
                                          True, False, False),
    "supplement requested before T": (dict(received=T - 20 * DAY, due=T - 5 * DAY, status=AWAITING,
                                           requested=T - 10 * DAY), True, False, False),
    "awaiting, no request date (imported)": (dict(received=T - 20 * DAY, due=T - 5 * DAY, status=AWAITING),
                                             True, False, False),
    "due exactly on T": (dict(received=T - 3 * DAY, due=T), True, False, False),
    "due the day before T": (dict(received=T - 3 * DAY, due=T - DAY), True, True, False),
    "received exactly on T": (dict(received=T, due=T + 5 * DAY), True, False, False),
    # Refused at the counter (Mẫu 03): never received, in no figure, however old its due date.
    "refused at the counter on T": (dict(received=T, due=T + 5 * DAY, status="refused"), False, False, False),
    "refused at the counter, its due date past": (dict(received=T - 20 * DAY, due=T - 5 * DAY, status="refused"),
                                                  False, False, False),
}
# What happens after T: only the consumers that speak of a past day (the return, the workload) see it.
LATER = {
    "closed the day after T": (dict(received=T - 20 * DAY, due=T - 5 * DAY, completed=T + DAY), True, True, False),
    "supplement requested the day after T": (dict(received=T - 20 * DAY, due=T - 5 * DAY, status=AWAITING,
                                                  requested=T + DAY), True, True, False),
    "received the day after T": (dict(received=T + DAY, due=T + 5 * DAY), False, False, False),
}


def _register(db, cases: dict) -> dict[str, int]:
    """One dossier per case, with the case's name as its field and a handler of its own."""
    ids = {}
    with transaction(db.sessions) as s:
        for name, (kw, *_) in cases.items():
            person = Staff(full_name=name, name_key=name, category="civil_servant")
            s.add(person)
            s.flush()
            d = dossier(s, field=name, **kw)
            d.handler_id, d.handler_name = person.id, name
            ids[name] = d.id
    return ids


def _by_consumer(s, cases: dict, ids: dict, today_consumers: bool) -> dict[str, dict[str, tuple]]:
    """consumer → case → (pending, overdue) as that consumer counts them on T."""
    by_field, _, _ = dossier_figures(s, MONTH)
    loads = {x.name: x for x in handler_workload(s, T)}
    rows = {d.id: d for d in s.scalars(select(Dossier).where(Dossier.id.in_(list(ids.values()))))}
    out = {
        "return": {n: (by_field[n].pending == 1, by_field[n].pending_overdue == 1) if n in by_field else (False, False)
                   for n in cases},
        "staff workload": {n: (loads[n].open == 1, loads[n].overdue == 1) if n in loads else (False, False)
                           for n in cases},
        "rules in Python": {n: (rules.is_pending_on(rows[ids[n]], T),
                                rules.is_pending_on(rows[ids[n]], T) and rules.is_overdue_on(rows[ids[n]], T))
                            for n in cases},
    }
    if today_consumers:
        dash = dashboard_figures(s, today=T)
        handlers = {h.name: h for h in dash.handlers}
        out["dashboard handlers"] = {n: (handlers[n].open == 1, handlers[n].overdue == 1) if n in handlers
                                     else (False, False) for n in cases}
        out["dossier list"] = {n: (count_dossiers(s, DossierFilter(fields=(n,), statuses=("in_progress", AWAITING),
                                                                   today=T)) == 1,
                                   count_dossiers(s, DossierFilter(fields=(n,), deadline="overdue", today=T)) == 1)
                               for n in cases}
        out["list colours"] = {n: (rows[ids[n]].completed_date is None and rules.is_counted(rows[ids[n]]),
                                   deadline_state(rows[ids[n]], T, T + 2 * DAY).overdue) for n in cases}
        out["dashboard totals"] = {"all": (dash.open, dash.overdue)}
    return out


def _check(found: dict, cases: dict) -> None:
    expected = {n: (pending, overdue) for n, (_, pending, overdue, _) in cases.items()}
    wrong = [f"{consumer}: {case}: {got} instead of {expected[case]}"
             for consumer, answers in found.items() if consumer != "dashboard totals"
             for case, got in answers.items() if got != expected[case]]
    if "dashboard totals" in found:
        want = (sum(p for p, _ in expected.values()), sum(o for _, o in expected.values()))
        if found["dashboard totals"]["all"] != want:
            wrong.append(f"dashboard tiles (open, overdue): {found['dashboard totals']['all']} instead of {want}")
    assert not wrong, "\n".join(wrong)


def test_boundaries_on_t_agree_in_every_consumer(db):
    ids = _register(db, CASES)
    with transaction(db.sessions, write=False) as s:
        _check(_by_consumer(s, CASES, ids, today_consumers=True), CASES)
        # Closed exactly on T: completed in the month ending on T, for the return and the dashboard.
        by_field, _, _ = dossier_figures(s, MONTH)
        completed = {n for n, f in by_field.items() if f.completed}
        assert completed == {n for n, (*_, done) in CASES.items() if done}
        assert dashboard_figures(s, today=T).this_month.completed == len(completed)
        assert dashboard_figures(s, today=T).this_month.on_time == 0  # both closed after their due date


def test_what_happens_after_t_is_not_on_t(db):
    cases = {**CASES, **LATER}
    ids = _register(db, cases)
    with transaction(db.sessions, write=False) as s:
        _check(_by_consumer(s, cases, ids, today_consumers=False), cases)


def test_the_rules_know_only_the_register_statuses():
    for code in (rules.AWAITING_SUPPLEMENT, rules.REJECTED, rules.WITHDRAWN, rules.REFUSED):
        assert code in DOSSIER_STATUS


# ---------------------------------------------------------------- SQL and Python, one definition
RULES = {
    "pending_on": (rules.pending_on, 1), "overdue_on": (rules.overdue_on, 1),
    "pending_overdue_on": (rules.pending_overdue_on, 1), "pending_within_on": (rules.pending_within_on, 1),
    "awaiting_supplement_on": (rules.awaiting_supplement_on, 1), "not_closed_by": (rules.not_closed_by, 1),
    "due_on": (rules.due_on, 1), "due_between": (rules.due_between, 2), "received_in": (rules.received_in, 2),
    "completed_in": (rules.completed_in, 2), "completed_late_in": (rules.completed_late_in, 2),
    "closed_early": (rules.closed_early, 0), "closed_on_time": (rules.closed_on_time, 0),
    "closed_late": (rules.closed_late, 0), "closed_in_time": (rules.closed_in_time, 0),
    "counted": (rules.counted, 0), "refused_in": (rules.refused_in, 2),
}


def test_python_predicates_select_what_the_sql_selects(db):
    """Random dossiers around a few days: each rule's Python test picks exactly the rows its SQL
    condition picks, NULLs included."""
    rnd = random.Random(20250731)
    base = date(2025, 7, 10)

    def near():
        return base + timedelta(days=rnd.randint(-4, 4))

    with transaction(db.sessions) as s:
        for _ in range(160):
            received = near()
            completed = rnd.choice([None, None, received + timedelta(days=rnd.randint(0, 6))])
            status = rnd.choice(["returned", "rejected", "withdrawn"]) if completed else rnd.choice(
                ["in_progress", AWAITING, "refused"])
            requested = rnd.choice([None, received + timedelta(days=rnd.randint(0, 4))]) if status == AWAITING else None
            dossier(s, received=received, due=received + timedelta(days=rnd.randint(0, 5)), completed=completed,
                    status=status, requested=requested)
    C = Dossier.__table__.c
    days = [base + timedelta(days=k) for k in range(-5, 8, 2)]
    with transaction(db.sessions, write=False) as s:
        records = list(s.scalars(select(Dossier)))
        for name, (rule, arity) in RULES.items():
            test = rules.predicate(rule, *(f"p{i}" for i in range(arity)))
            for args in ([()] if arity == 0 else [(d,) for d in days] if arity == 1 else
                         [(d, d + timedelta(days=3)) for d in days]):
                in_sql = set(s.scalars(select(C.id).where(rule(C, *args))))
                in_python = {r.id for r in records if test(r, *args)}
                assert in_sql == in_python, (name, args)
        assert s.scalar(select(func.count()).select_from(Dossier)) == 160


def test_a_rule_outside_what_predicate_evaluates_is_refused():
    with pytest.raises(TypeError):
        rules.predicate(lambda c: c.status.like("await%"))


def test_the_rules_depend_on_no_other_core_module():
    import ast
    from pathlib import Path

    tree = ast.parse(Path(rules.__file__).read_text(encoding="utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert not {m for m in imported if m == "core" or m.startswith("core.")}


# ---------------------------------------------------------------- tasks
TT = date(2026, 10, 31)
# name: (assigned, deadline, done, cancelled, open on TT, overdue on TT, what happened after TT)
TASK_CASES = {
    "deadline exactly on T": (TT - 10 * DAY, TT, None, None, True, False, False),
    "deadline the day before T": (TT - 10 * DAY, TT - DAY, None, None, True, True, False),
    "done exactly on T": (TT - 10 * DAY, TT - 5 * DAY, TT, None, False, False, False),
    "cancelled exactly on T": (TT - 10 * DAY, TT - 5 * DAY, None, TT, False, False, False),
    "assigned exactly on T": (TT, TT + 3 * DAY, None, None, True, False, False),
    "done the day after T": (TT - 10 * DAY, TT - 5 * DAY, TT + DAY, None, True, True, True),
}


def test_task_boundaries_agree_in_every_consumer(db):
    from core import staff as S
    from core import tasks as T
    from core.vocab import OPEN_TASK_STATUSES

    ids = {}
    with transaction(db.sessions) as s:
        dep = s.scalar(select(Department.id).order_by(Department.id))
        for name, (assigned, deadline, done, cancelled, *_rest) in TASK_CASES.items():
            person = S.add_staff(s, S.Person(full_name=name, category="civil_servant", start_date=date(2020, 1, 1)),
                                 dep).id
            data = T.TaskData(title=name, person_id=person, deadline=deadline, responsibility="lead",
                              expected_product="Báo cáo", assigning_authority="Chủ tịch UBND xã", code=f"NV-{person}")
            t = T.create_task(s, data, assigned_on=assigned, today=assigned)
            if done:
                T.change_status(s, t.id, "complete", on=done, today=done)
            if cancelled:
                T.change_status(s, t.id, "cancel", on=cancelled, note="Không còn phù hợp", today=cancelled)
            ids[name] = (t.id, person, t.code)
    expected = {n: (c[4], c[5]) for n, c in TASK_CASES.items()}
    with transaction(db.sessions, write=False) as s:
        report = T.task_figures(s, Period(TT - 30 * DAY, TT))
        listed = {row["code"] for row in T.overdue_tasks(s, TT)}
        tasks = {n: s.get(Task, ids[n][0]) for n in TASK_CASES}
        found = {
            "return figures": {n: (report.by_person_id[p].open == 1, report.by_person_id[p].open_overdue == 1)
                               if p in report.by_person_id else (False, False) for n, (_, p, _c) in ids.items()},
            "overdue list": {n: (expected[n][0], code in listed) for n, (_, _p, code) in ids.items()},
        }
        today_cases = [n for n, c in TASK_CASES.items() if not c[6]]
        found["board"] = {n: (tasks[n].status in OPEN_TASK_STATUSES,
                              T.effective_status(tasks[n].status, tasks[n].deadline, True, TT) == "overdue")
                          for n in today_cases}
    with transaction(db.sessions) as s:
        T.mark_overdue(s, today=TT)
        found["mark_overdue"] = {n: (s.get(Task, ids[n][0]).status in OPEN_TASK_STATUSES,
                                     s.get(Task, ids[n][0]).status == "overdue") for n in today_cases}
    wrong = [f"{consumer}: {case}: {got} instead of {expected[case]}"
             for consumer, answers in found.items() for case, got in answers.items() if got != expected[case]]
    assert not wrong, "\n".join(wrong)
