"""The conditions behind every figure, written once: the dossiers' (domain.md, "The return's dossier
figures") and the tasks' (core.tasks).

Each rule is a SQLAlchemy expression over the columns it is given: anything with the attributes it
reads (the table's `.c`, the ORM class, an alias): a dossier's received_date, due_date,
completed_date, status and supplement_requested_date; a task's assigned_date, deadline, date_done,
cancelled_date and status. The return, the lists behind it, the dashboard, the staff workload, the
dossier list and the tasks' figures and board build their queries from these, so a boundary changed
here changes every one of them, and none can drift. `predicate()` turns the same expression into a
Python test of one record (the colours of the dossier list, the board's overdue column): one
definition, two evaluations.

A dossier refused at the counter (status `refused`, never closed) is in none of them: `counted`.
The parts over closed dossiers need not say so (a refused dossier has no closing date).

Dates are compared as days. Several rules come as *parts* whose union is the set they describe
(e.g. still open / closed after the day): each part is one range of an index, which keeps the
figures' queries off the dossier's whole history (core.returns).

No import from the rest of core: every module may import this one.
"""
from __future__ import annotations

import operator
from datetime import datetime
from typing import Any, Callable

from sqlalchemy import and_, bindparam, case, column, func, or_, table
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import (BinaryExpression, BindParameter, BooleanClauseList, ColumnClause,
                                     Grouping, Null, UnaryExpression)
from sqlalchemy.sql.functions import Function

# Status codes the rules read (core.vocab.DOSSIER_STATUS labels them; a test checks they are its codes).
AWAITING_SUPPLEMENT = "awaiting_supplement"
REJECTED = "rejected"
WITHDRAWN = "withdrawn"
REFUSED = "refused"


# ---------------------------------------------------------------- receipts and closings
def counted(c):
    """In the figures at all: a dossier refused at the counter (Mẫu 03) was never received, so it is
    in no figure of the return, the dashboard, the list's deadlines or the workload."""
    return c.status != REFUSED


def refused_in(c, start, end):
    """Refused at the counter on a day in start..end (its day is the day it was presented: the
    return's `refused_at_counter`)."""
    return and_(c.status == REFUSED, c.received_date.between(start, end))


def received_in(c, start, end):
    """Received on a day in start..end (the return's `received`)."""
    return and_(c.received_date.between(start, end), counted(c))


def completed_in(c, start, end):
    """Closed (returned, rejected, withdrawn) on a day in start..end (the return's `completed`)."""
    return c.completed_date.between(start, end)


def closed_early(c):
    """Of the closed: closing day before the due date (form column 8)."""
    return c.completed_date < c.due_date


def closed_on_time(c):
    """Of the closed: closing day equal to the due date (form column 9)."""
    return c.completed_date == c.due_date


def closed_late(c):
    """Of the closed: closing day after the due date (form column 10)."""
    return c.completed_date > c.due_date


def closed_in_time(c):
    """Of the closed: early or on time (the numerator of the on-time rate)."""
    return c.completed_date <= c.due_date


def closing_rank(c):
    """How a closed dossier ended against its due date, as a number to sort by: 1 early, 2 on time,
    3 late (form columns 8, 9, 10); NULL while it is open."""
    return case((closed_early(c), 1), (closed_on_time(c), 2), (closed_late(c), 3), else_=None)


def completed_late_in(c, start, end):
    """Completed in start..end and late (the dossiers behind `completed_late`)."""
    return and_(completed_in(c, start, end), closed_late(c))


def rejected(c):
    return c.status == REJECTED


def withdrawn(c):
    return c.status == WITHDRAWN


# ---------------------------------------------------------------- open on a day
def not_closed_by(c, day):
    """Not closed on or before `day`: still open, or closed after it."""
    return or_(c.completed_date.is_(None), c.completed_date > day)


def pending_parts(c, day) -> tuple:
    """Pending on `day` (received on or before it, not closed on or before it), as two conditions
    whose union is exactly that set: still open, or closed after `day` (two index ranges)."""
    return (and_(c.completed_date.is_(None), c.received_date <= day, counted(c)),
            and_(c.completed_date > day, c.received_date <= day))


def pending_on(c, day):
    """Pending on `day` in one condition (the union of `pending_parts`)."""
    return and_(c.received_date <= day, not_closed_by(c, day), counted(c))


def carried_over_parts(c, start) -> tuple:
    """Carried over into a period starting on `start`: received before it and not closed before it,
    as two parts (still open / closed on or after `start`)."""
    return (and_(c.completed_date.is_(None), c.received_date < start, counted(c)),
            and_(c.completed_date >= start, c.received_date < start))


def awaiting_supplement_on(c, day):
    """Awaiting a supplement on `day`: status Chờ bổ sung and the request made on or before it (an
    imported dossier without a request date counts as requested on its received date)."""
    return and_(c.status == AWAITING_SUPPLEMENT,
                func.coalesce(c.supplement_requested_date, c.received_date) <= day)


def overdue_on(c, day):
    """Of the dossiers pending on `day`: overdue = due date before `day` and its clock running (not
    awaiting a supplement). The others pending are within their time (`pending_within`)."""
    return and_(c.due_date < day, ~awaiting_supplement_on(c, day))


def pending_overdue_on(c, day):
    """Pending on `day` and overdue (form column 13), in one condition."""
    return and_(pending_on(c, day), overdue_on(c, day))


def pending_within_on(c, day):
    """Pending on `day` and within its time (form column 12), in one condition."""
    return and_(pending_on(c, day), ~overdue_on(c, day))


def late_or_overdue_on(c, day):
    """A dossier late on `day`, which may carry a late cause (domain.md): closed after its due date
    (a closing in any period), or pending on `day` and overdue."""
    return or_(and_(c.completed_date.is_not(None), closed_late(c)), pending_overdue_on(c, day))


def in_time_on(c, start, end):
    """Completed early or on time in start..end, or pending within its time on `end`: the dossiers
    the 766 index's 2.1 counts as handled in time (before its rule on repeated supplements)."""
    return or_(and_(completed_in(c, start, end), closed_in_time(c)), pending_within_on(c, end))


# ---------------------------------------------------------------- the dossier list's deadlines
def clock_running_on(c, day):
    """Not stopped for a supplement on `day`."""
    return ~awaiting_supplement_on(c, day)


def due_on(c, day):
    """Its clock running on `day` and due that day."""
    return and_(clock_running_on(c, day), c.due_date == day)


def due_between(c, first, last):
    """Its clock running on `first` and due in first..last (due within two working days)."""
    return and_(clock_running_on(c, first), c.due_date.between(first, last))


# ---------------------------------------------------------------- tasks
# The figures of a period of tasks (core.tasks' docstring), over the columns assigned_date, deadline,
# date_done, cancelled_date and status of the task table. Drafts (assigned_date NULL) match none.
RUNNING_TASK_STATUSES = ("not_started", "in_progress")  # the open statuses not yet marked overdue


def task_done_by(t, day):
    return and_(t.date_done.is_not(None), t.date_done <= day)


def task_cancelled_by(t, day):
    return and_(t.cancelled_date.is_not(None), t.cancelled_date <= day)


def task_not_closed_by(t, day):
    """Neither done nor cancelled on or before `day`."""
    return and_(or_(t.date_done.is_(None), t.date_done > day), or_(t.cancelled_date.is_(None), t.cancelled_date > day))


def task_not_closed_before(t, day):
    """Neither done nor cancelled on a day before `day`."""
    return and_(or_(t.date_done.is_(None), t.date_done >= day),
                or_(t.cancelled_date.is_(None), t.cancelled_date >= day))


def task_open_on(t, day):
    """Open on `day`: assigned on or before it, neither done nor cancelled on or before it."""
    return and_(t.assigned_date <= day, task_not_closed_by(t, day))


def task_carried_over(t, start):
    """Carried into a period starting on `start`: assigned before it, not closed before it."""
    return and_(t.assigned_date < start, task_not_closed_before(t, start))


def task_done_in_time(t):
    """Of the done: on or before the deadline."""
    return t.date_done <= t.deadline


def task_done_late(t):
    """Of the done: after the deadline."""
    return t.date_done > t.deadline


def task_past_deadline(t, day):
    """Of the open on `day`: overdue (the deadline before `day`); the others are within."""
    return t.deadline < day


def task_overdue_to_mark(t, day):
    """An assigned task whose status still runs but whose deadline is before `day`: overdue on it
    (the board shows it so, and `mark_overdue` records it)."""
    return and_(t.assigned_date.is_not(None), t.status.in_(RUNNING_TASK_STATUSES), t.deadline < day)


# ---------------------------------------------------------------- one record in Python
# The columns the rules read, for predicates over one record (no table of core needed).
RECORD = table("record", column("received_date"), column("due_date"), column("completed_date"),
               column("status"), column("supplement_requested_date"), column("assigned_date"),
               column("deadline"), column("date_done"), column("cancelled_date")).c

_COMPARE = {operators.lt: operator.lt, operators.le: operator.le, operators.gt: operator.gt,
            operators.ge: operator.ge, operators.eq: operator.eq, operators.ne: operator.ne}


def predicate(rule: Callable, *params: str) -> Callable[..., bool]:
    """The Python test of one record for `rule` (a function of this module), from the same
    expression the SQL uses: `predicate(overdue_on, "day")(row, day)` is True exactly when the row
    would be counted by `WHERE overdue_on(c, day)`. SQL's logic of NULL is kept (a comparison with
    NULL is unknown, and an unknown condition does not hold). `row` is any object with the columns'
    names as attributes."""
    evaluate = _compile(rule(RECORD, *(bindparam(p) for p in params)))

    def test(row, *values) -> bool:
        return evaluate(row, dict(zip(params, values))) is True

    test.__name__ = f"is_{rule.__name__}"
    test.__doc__ = rule.__doc__
    return test


def _compile(expr) -> Callable[[Any, dict], Any]:
    """expression → function(row, params) with SQL's three-valued logic (None = unknown)."""
    if isinstance(expr, Grouping):
        return _compile(expr.element)
    if isinstance(expr, ColumnClause):
        name = expr.name
        return lambda row, p: getattr(row, name)
    if isinstance(expr, BindParameter):
        key, value = expr.key, expr.effective_value
        return lambda row, p: p[key] if key in p else value
    if isinstance(expr, Null):
        return lambda row, p: None
    if isinstance(expr, BooleanClauseList):
        parts = [_compile(e) for e in expr.clauses]
        if expr.operator is operators.and_:
            return lambda row, p: _and(f(row, p) for f in parts)
        if expr.operator is operators.or_:
            return lambda row, p: _or(f(row, p) for f in parts)
    if isinstance(expr, UnaryExpression) and expr.operator is operators.inv:
        inner = _compile(expr.element)
        return lambda row, p: None if (v := inner(row, p)) is None else not v
    if isinstance(expr, BinaryExpression):
        return _binary(expr)
    if isinstance(expr, Function) and expr.name == "coalesce":
        args = [_compile(e) for e in expr.clauses]
        return lambda row, p: next((v for v in (f(row, p) for f in args) if v is not None), None)
    raise TypeError(f"figures_rules.predicate cannot evaluate {type(expr).__name__}: {expr}")


def _binary(expr: BinaryExpression):
    op = expr.operator
    left = _compile(expr.left)
    if op is operators.between_op:
        low, high = (_compile(e) for e in expr.right.clauses)
        return lambda row, p: _and((_cmp(operator.ge, left(row, p), low(row, p)),
                                    _cmp(operator.le, left(row, p), high(row, p))))
    right = _compile(expr.right)
    if op is operators.is_:
        return lambda row, p: left(row, p) is right(row, p)
    if op is operators.is_not:
        return lambda row, p: left(row, p) is not right(row, p)
    if op in _COMPARE:
        compare = _COMPARE[op]
        return lambda row, p: _cmp(compare, left(row, p), right(row, p))
    if op is operators.in_op:
        return lambda row, p: None if (v := left(row, p)) is None else v in right(row, p)
    raise TypeError(f"figures_rules.predicate cannot evaluate the operator {op.__name__}")


def _day(value):
    """A datetime compares as its day (the rules compare days)."""
    return value.date() if isinstance(value, datetime) else value


def _cmp(compare, a, b):
    if a is None or b is None:
        return None
    return compare(_day(a), _day(b))


def _decide(values, decisive: bool) -> bool | None:
    """AND (decisive False) or OR (decisive True) in SQL's logic: one decisive value decides, else
    one unknown leaves the whole unknown."""
    unknown = False
    for v in values:
        if v is decisive:
            return decisive
        unknown |= v is None
    return None if unknown else not decisive


def _and(values) -> bool | None:
    return _decide(values, False)


def _or(values) -> bool | None:
    return _decide(values, True)


# The Python tests the window and the forms use, from the rules above.
is_counted = predicate(counted)
is_pending_on = predicate(pending_on, "day")
is_overdue_on = predicate(overdue_on, "day")
is_awaiting_supplement_on = predicate(awaiting_supplement_on, "day")
is_due_between = predicate(due_between, "first", "last")
is_closed_late = predicate(closed_late)
is_closed_early = predicate(closed_early)
is_closed_on_time = predicate(closed_on_time)
is_task_overdue_to_mark = predicate(task_overdue_to_mark, "day")
