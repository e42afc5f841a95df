"""Work plans and tasks (issue 9): tasks assigned by the "6 clear" rule, their statuses with history,
monthly key-task plans with carry-over, the board, the figures of a period and the return's `tasks`
section.

The six clear attributes (6 rõ) a task must have before it can be saved as assigned:
    rõ người          the person in charge (`person_id`, a staff member); coordinating people and
                      departments are recorded too but are optional (not every task has them)
    rõ việc           the work (`title`, with an optional `description`)
    rõ thời gian      the deadline (`deadline`, on or after the day it is assigned)
    rõ trách nhiệm    the responsibility of the person in charge: lead (chủ trì) or coordinate (phối hợp)
    rõ sản phẩm       the expected product (`expected_product`: "Báo cáo", "Quyết định", "Hồ sơ", …)
    rõ thẩm quyền     the authority that assigned it (`assigning_authority`)
A draft (`assigned_date` NULL) may lack any of them except the title; it is in no figure.

Statuses (core.vocab.TASK_STATUS): not_started → in_progress → done; any open status → cancelled;
done / cancelled → reopened (in_progress); an open task past its deadline is marked overdue by
`mark_overdue` (the board shows it as overdue even before that runs). Every change is a TaskEvent.

THE FIGURES OF A PERIOD F..T (dates compared as days), over assigned tasks only (drafts excluded):
    carried_over   assigned before F, and neither done nor cancelled before F
    assigned       assigned on a day in F..T
    done           done on a day in F..T (`date_done`)
    done_on_time   done, on or before its deadline (date_done <= deadline)
    done_late      done, after its deadline (date_done > deadline)
    cancelled      cancelled on a day in F..T
    open           assigned on or before T, and neither done nor cancelled on or before T
    open_overdue   open, and the deadline is before T (deadline < T)
    open_within    open, and the deadline is T or later (deadline >= T)
    on_time_rate   done_on_time ÷ done × 100, rounded half-up to 2 decimals; null when done = 0
Always: carried_over + assigned = done + cancelled + open; done = done_on_time + done_late;
open = open_within + open_overdue. The deadline is the task's current one (a changed deadline is in
the task's history; the first one is kept as `original_deadline`).
By department: the task's lead department (the person in charge's main department on the day the task
was assigned, unless another was chosen); tasks without one count under NO_DEPARTMENT. By person:
the person in charge's full name (two people with the same name are told apart by their staff code,
else by "#id").
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from core import clock
from core import figures_rules as rules
from core.errors import TransitionError, ValidationError, get_or_not_found
from core.formatting import fmt_date, fold, nfc
from core.messages import Problem, problem
from core.models import Department, MonthlyPlan, PlanTask, Staff, Task, TaskCoordinator, TaskEvent
from core.returns import Counts, Period, on_time_rate
from core.vocab import (CLOSED_TASK_STATUSES, OPEN_TASK_STATUSES, TASK_PRIORITY, TASK_RESPONSIBILITY,
                        TASK_EVENT, TASK_SOURCE, TASK_STATUS)
from core.workflow import EventRow, Flow, Move, Param, Refusal, Step
from core.collation import sort_key

NO_DEPARTMENT = "(không có đơn vị)"

# The six clear attributes: field → its name in the rule.
SIX_CLEAR = {
    "person_id": "rõ người",
    "title": "rõ việc",
    "deadline": "rõ thời gian",
    "responsibility": "rõ trách nhiệm",
    "expected_product": "rõ sản phẩm",
    "assigning_authority": "rõ thẩm quyền",
}

# ---------------------------------------------------------------- the task form
@dataclass
class TaskData:
    """What the task form edits and a task workbook row holds. Vocabulary fields take codes (labels
    are accepted and turned into codes)."""

    title: str | None = None
    description: str | None = None
    source_kind: str | None = None
    source_number: str | None = None
    source_date: date | None = None
    person_id: int | None = None
    department_id: int | None = None  # None: the person's main department on the assigned day
    coordinator_ids: list[int] = field(default_factory=list)  # staff
    coordinator_department_ids: list[int] = field(default_factory=list)
    deadline: date | None = None
    responsibility: str | None = None
    expected_product: str | None = None
    assigning_authority: str | None = None
    priority: str | None = None
    code: str | None = None

    @classmethod
    def of(cls, task: Task) -> "TaskData":
        data = cls(**{f.name: getattr(task, f.name) for f in fields(cls)
                      if f.name not in ("coordinator_ids", "coordinator_department_ids")})
        data.coordinator_ids = [c.staff_id for c in task.coordinators if c.staff_id]
        data.coordinator_department_ids = [c.department_id for c in task.coordinators if c.department_id]
        return data


_TEXT = ("title", "description", "source_number", "expected_product", "assigning_authority", "code")


def _vocab_code(vocab, value):
    value = nfc(value) or None
    if value is None:
        return None, None
    code = value if value in vocab else vocab.parse(value)
    return code, value


def clean_task_data(data: TaskData) -> tuple[TaskData, dict[str, Problem]]:
    """The data cleaned (NFC text, codes for labels, coordinators without repeats) and its problems
    that need no database (vocabularies). The six attributes are checked by `check_task`."""
    out = TaskData(**{f.name: getattr(data, f.name) for f in fields(TaskData)})
    for name in _TEXT:
        setattr(out, name, nfc(getattr(out, name)) or None)
    problems: dict[str, Problem] = {}
    for name, vocab in (("responsibility", TASK_RESPONSIBILITY), ("priority", TASK_PRIORITY),
                        ("source_kind", TASK_SOURCE)):
        code, raw = _vocab_code(vocab, getattr(out, name))
        if raw is not None and code is None:
            problems[name] = problem("unknown_value", value=raw, choices=[t.vi for t in vocab.terms])
        setattr(out, name, code)
    out.priority = out.priority or TASK_PRIORITY.default
    out.coordinator_ids = list(dict.fromkeys(i for i in (out.coordinator_ids or []) if i is not None))
    out.coordinator_department_ids = list(dict.fromkeys(
        i for i in (out.coordinator_department_ids or []) if i is not None))
    return out, problems


def progress_refusal(status: str | None, progress: int | None) -> str | None:
    """The rule between a task's status and its progress: a task not started has done nothing yet
    (0 %, or no figure); once work is reported it is in progress. The message code of the
    contradiction, or None. (A done task is 100 %: complete sets it.)"""
    if status == "not_started" and progress:
        return "tasks.progress_not_started"
    return None


def status_from_dates(done, cancelled, progress: int | None) -> str:
    """The status of a task given without one: done or cancelled by their dates, else in progress
    once some progress is reported, else not started."""
    return "done" if done else "cancelled" if cancelled else "in_progress" if progress else "not_started"


def missing_six(data: TaskData) -> list[str]:
    """The six-clear fields `data` lacks (empty list: it can be assigned)."""
    return [name for name in SIX_CLEAR if getattr(data, name) in (None, "")]


def check_task(session: Session, data: TaskData, *, assign: bool, assigned_on: date | None,
               task_id: int | None = None) -> tuple[TaskData, dict[str, Problem]]:
    data, problems = clean_task_data(data)
    if not data.title:
        problems["title"] = problem("required")
    if assign:
        for name in missing_six(data):
            problems.setdefault(name, problem("tasks.required_to_assign", rule=SIX_CLEAR[name]))
    if data.person_id is not None and session.get(Staff, data.person_id) is None:
        problems["person_id"] = problem("tasks.unknown_person")
    if data.department_id is not None and session.get(Department, data.department_id) is None:
        problems["department_id"] = problem("unknown_department")
    if data.person_id is not None and data.person_id in data.coordinator_ids:
        problems["coordinator_ids"] = problem("tasks.person_coordinates")
    elif data.coordinator_ids and len(session.scalars(select(Staff.id).where(
            Staff.id.in_(data.coordinator_ids))).all()) != len(data.coordinator_ids):
        problems["coordinator_ids"] = problem("tasks.unknown_coordinator")
    if data.coordinator_department_ids and len(session.scalars(select(Department.id).where(
            Department.id.in_(data.coordinator_department_ids))).all()) != len(data.coordinator_department_ids):
        problems["coordinator_department_ids"] = problem("tasks.unknown_coordinator")
    if assigned_on is not None and data.deadline is not None and data.deadline < assigned_on:
        problems["deadline"] = problem("tasks.before_assigned", value=assigned_on)
    if data.code:
        other = session.scalar(select(Task.id).where(Task.code == data.code))
        if other is not None and other != task_id:
            problems["code"] = problem("tasks.code_taken", value=data.code)
    return data, problems


def record_event(session: Session, task: Task, kind: str, day: date, user, from_status=None, to_status=None,
                 note: str | None = None, progress: int | None = None) -> TaskEvent:
    """A row of the task's history that is no status step (created, assigned, edited, imported…)."""
    return TASK_FLOW.log(session, task, kind, day, user, from_status=from_status, to_status=to_status, note=note,
                         progress=progress)


def task_search_key(code, title, person_name, source_number) -> str:
    return " ".join(fold(x) for x in (code, title, person_name, source_number) if x)


def _person_department(session: Session, person_id: int | None, day: date) -> int | None:
    if person_id is None:
        return None
    from core.staff import main_posts_on

    post = main_posts_on(session, day, staff_ids=[person_id]).get(person_id)
    return post.department_id if post else None


def apply_data(session: Session, task: Task, data: TaskData, day: date) -> None:
    for f in fields(TaskData):
        if f.name in ("coordinator_ids", "coordinator_department_ids", "department_id"):
            continue
        setattr(task, f.name, getattr(data, f.name))
    task.department_id = data.department_id or _person_department(session, data.person_id, day)
    wanted = [("s", i) for i in data.coordinator_ids] + [("d", i) for i in data.coordinator_department_ids]
    have = {("s", c.staff_id) if c.staff_id else ("d", c.department_id): c for c in task.coordinators}
    for key, c in have.items():
        if key not in wanted:
            task.coordinators.remove(c)
    for kind, i in wanted:
        if (kind, i) not in have:
            task.coordinators.append(TaskCoordinator(staff_id=i if kind == "s" else None,
                                                     department_id=i if kind == "d" else None))
    person = session.get(Staff, data.person_id) if data.person_id else None
    task.search_key = task_search_key(data.code, data.title, person.full_name if person else None,
                                      data.source_number)


def get_task(session: Session, task_id: int) -> Task:
    return get_or_not_found(session, Task, task_id, "task")


def create_task(session: Session, data: TaskData, *, assign: bool = True, assigned_on: date | None = None,
                plan: tuple[int, int] | None = None, user=None, today: date | None = None) -> Task:
    """A new task. With `assign` (the default) the six clear attributes are required and the task is
    assigned on `assigned_on` (default today); without it the task is saved as a draft. `plan`
    (year, month) lists it in that month's plan (created if needed)."""
    today = today or clock.today()
    if assign:
        assigned_on = assigned_on or today
    data, problems = check_task(session, data, assign=assign, assigned_on=assigned_on if assign else None)
    if problems:
        raise ValidationError(problems)
    task = Task(status="not_started")
    apply_data(session, task, data, assigned_on or today)
    task.original_deadline = data.deadline
    session.add(task)
    session.flush()
    record_event(session, task, "created", today, user, None, "not_started")
    if assign:
        task.assigned_date = assigned_on
        record_event(session, task, "assigned", assigned_on, user, "not_started", "not_started",
               _assign_note(session, task))
        mark_if_overdue(session, task, today, user)
    if plan is not None:
        add_to_plan(session, task.id, *plan)
    session.flush()
    return task


def _assign_note(session: Session, task: Task) -> str:
    person = session.get(Staff, task.person_id)
    return (f"{person.full_name if person else ''}; hạn {fmt_date(task.deadline)}; "
            f"{TASK_RESPONSIBILITY.label(task.responsibility)}; {task.expected_product}; "
            f"giao bởi {task.assigning_authority}")


def update_task(session: Session, task_id: int, data: TaskData, *, user=None, today: date | None = None) -> Task:
    """Edit a task. An assigned task keeps needing its six attributes; a changed deadline is recorded
    as an event, and an overdue task given a deadline not yet passed is open again."""
    today = today or clock.today()
    task = get_task(session, task_id)
    assigned = task.assigned_date is not None
    data, problems = check_task(session, data, assign=assigned, assigned_on=task.assigned_date, task_id=task_id)
    if problems:
        raise ValidationError(problems)
    before = TaskData.of(task)
    old_deadline = task.deadline
    apply_data(session, task, data, task.assigned_date or today)
    if task.original_deadline is None or not assigned:
        task.original_deadline = data.deadline
    after = TaskData.of(task)
    changed = [f.name for f in fields(TaskData)
               if f.name != "deadline" and getattr(before, f.name) != getattr(after, f.name)]
    if old_deadline != task.deadline:
        record_event(session, task, "deadline_changed", today, user, task.status, task.status,
               f"{fmt_date(old_deadline) or '—'} → {fmt_date(task.deadline) or '—'}")
    if changed:
        record_event(session, task, "edited", today, user, task.status, task.status, ", ".join(changed))
    if assigned:
        if task.status == "overdue" and task.deadline is not None and task.deadline >= today:
            TASK_FLOW.apply(session, task, "clear_overdue", at=today, today=today, actor=user,
                            note="hết quá hạn sau khi đổi thời hạn")
        else:
            mark_if_overdue(session, task, today, user)
    session.flush()
    return task


def assign_task(session: Session, task_id: int, on: date | None = None, *, user=None,
                today: date | None = None) -> Task:
    """Assign a draft: its six clear attributes must all be there."""
    today = today or clock.today()
    on = on or today
    task = get_task(session, task_id)
    if task.assigned_date is not None:
        raise TransitionError("tasks.already_assigned")
    if task.status in CLOSED_TASK_STATUSES:
        raise TransitionError("tasks.closed_not_assigned", status=task.status)
    data, problems = check_task(session, TaskData.of(task), assign=True, assigned_on=on, task_id=task_id)
    if problems:
        raise ValidationError(problems)
    task.assigned_date = on
    if task.department_id is None:
        task.department_id = _person_department(session, task.person_id, on)
    task.original_deadline = task.deadline
    record_event(session, task, "assigned", on, user, task.status, task.status, _assign_note(session, task))
    mark_if_overdue(session, task, today, user)
    session.flush()
    return task


def delete_draft(session: Session, task_id: int) -> None:
    """Only a draft can be deleted; an assigned task is cancelled instead (its history stays)."""
    task = get_task(session, task_id)
    if task.assigned_date is not None:
        raise TransitionError("tasks.assigned_not_deleted")
    session.delete(task)
    session.flush()


# ---------------------------------------------------------------- statuses
def _assigned(move: Move) -> Refusal | None:
    return Refusal("assigned_date", "tasks.not_assigned") if move.record.assigned_date is None else None


def _complete(move: Move) -> None:
    task = move.record
    task.date_done, task.cancelled_date = move.day, None
    task.progress = move.event["progress"] = 100


def _cancel(move: Move) -> None:
    move.record.cancelled_date, move.record.date_done = move.day, None


def _reopen(move: Move) -> None:
    move.record.date_done = move.record.cancelled_date = None


def _overdue_at_once(move: Move) -> None:
    """A reopened task past its deadline is overdue at once."""
    mark_if_overdue(move.session, move.record, move.today, move.actor)


def _percent(move: Move) -> Refusal | None:
    percent = move.params.get("percent")
    if percent is not None and (isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100):
        return Refusal("progress", "tasks.progress")
    return None


def _progress(move: Move) -> None:
    percent = move.params.get("percent")
    if percent is not None:
        move.record.progress = percent
    move.event["progress"] = percent


NOTE, REASON = Param("note"), Param("note", required=Refusal("note", "required"))
TASK_FLOW = Flow("tasks", [
    Step("start", ("not_started",), "in_progress", "started", params=(NOTE,), when=(_assigned,)),
    Step("complete", OPEN_TASK_STATUSES, "done", "done", params=(NOTE,), when=(_assigned,), effect=_complete),
    Step("cancel", OPEN_TASK_STATUSES, "cancelled", "cancelled", params=(REASON,), effect=_cancel),
    Step("reopen", CLOSED_TASK_STATUSES, "in_progress", "reopened", params=(REASON,), when=(_assigned,),
         effect=_reopen, then=_overdue_at_once),
    # A progress note (and the percentage done): a task not started yet is in progress from then on.
    Step("progress", OPEN_TASK_STATUSES, lambda m: "in_progress" if m.from_status == "not_started" else None,
         params=(REASON, Param("percent", text=False)), when=(_assigned,), guards=(_percent,), effect=_progress,
         offered=False),
    # Steps the application takes itself, on the day it notices.
    Step("mark_overdue", ("not_started", "in_progress"), "overdue", "overdue", params=(NOTE,), offered=False,
         checks_moment=False),
    Step("clear_overdue", ("overdue",), "in_progress", "deadline_changed", params=(NOTE,), offered=False,
         checks_moment=False),
], events=EventRow(TaskEvent, "task_id"), previous=lambda move: move.record.assigned_date,
    too_early=lambda move, day: Refusal("on", "tasks.before_assigned", params={"value": day}),
    noun="task", statuses=TASK_STATUS, kinds=TASK_EVENT)

# A view of the table for the window: action → (statuses it may start from, status it leads to, event kind).
TRANSITIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    a: (s.sources, s.target, s.event_kind) for a, s in TASK_FLOW.steps.items() if s.offered}
NOTE_REQUIRED = TASK_FLOW.requiring("note") & set(TRANSITIONS)


def allowed_actions(task: Task) -> list[str]:
    return TASK_FLOW.allowed_actions(task)


def mark_if_overdue(session: Session, task: Task, today: date, user) -> bool:
    if rules.is_task_overdue_to_mark(task, today):
        TASK_FLOW.apply(session, task, "mark_overdue", at=today, today=today, actor=user,
                        note=f"quá hạn {fmt_date(task.deadline)}")
        return True
    return False


def change_status(session: Session, task_id: int, action: str, *, on: date | None = None,
                  note: str | None = None, user=None, today: date | None = None) -> Task:
    """Apply one action (start, complete, cancel, reopen) on day `on` (default today) and record it.
    complete sets the day done; cancel and reopen need a reason; a reopened task past its deadline
    is overdue at once."""
    if action not in TRANSITIONS:
        raise TransitionError("workflow.unknown_action", action=action)
    task = get_task(session, task_id)
    return TASK_FLOW.apply(session, task, action, at=on, today=today, actor=user, note=note)


def add_progress(session: Session, task_id: int, note: str, percent: int | None = None, *,
                 on: date | None = None, user=None, today: date | None = None) -> Task:
    """A progress note (and optionally the percentage done). A task not started yet is in progress
    from then on."""
    task = get_task(session, task_id)
    return TASK_FLOW.apply(session, task, "progress", at=on, today=today, actor=user, note=note, percent=percent)


def mark_overdue(session: Session, today: date | None = None, user=None) -> int:
    """Mark overdue every assigned open task whose deadline is before `today`; how many changed."""
    today = today or clock.today()
    n = 0
    for task in session.scalars(select(Task).where(rules.task_overdue_to_mark(Task, today))):
        n += mark_if_overdue(session, task, today, user)
    session.flush()
    return n


def effective_status(status: str, deadline: date | None, assigned: bool, today: date) -> str:
    """The status the board shows on `today`: an assigned open task past its deadline is overdue
    even if `mark_overdue` has not run yet."""
    task = _BoardTask(status, deadline, date.min if assigned else None)  # assigned: on some day
    return "overdue" if rules.is_task_overdue_to_mark(task, today) else status


@dataclass(frozen=True)
class _BoardTask:
    """What the board knows of a task, as the rules read it."""
    status: str
    deadline: date | None
    assigned_date: date | None


def task_events(session: Session, task_id: int) -> list[TaskEvent]:
    return list(session.scalars(select(TaskEvent).where(TaskEvent.task_id == task_id).order_by(TaskEvent.id)))


# ---------------------------------------------------------------- monthly plans
def _check_month(year: int, month: int) -> None:
    if not (isinstance(month, int) and 1 <= month <= 12 and isinstance(year, int) and 1900 <= year <= 9999):
        raise ValidationError({"month": problem("tasks.month")})


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def get_plan(session: Session, year: int, month: int, create: bool = False) -> MonthlyPlan | None:
    _check_month(year, month)
    plan = session.scalar(select(MonthlyPlan).where(MonthlyPlan.year == year, MonthlyPlan.month == month))
    if plan is None and create:
        plan = MonthlyPlan(year=year, month=month, title=f"Kế hoạch công tác tháng {month:02d}/{year}")
        session.add(plan)
        session.flush()
    return plan


def add_to_plan(session: Session, task_id: int, year: int, month: int,
                carried_from_id: int | None = None) -> PlanTask:
    plan = get_plan(session, year, month, create=True)
    item = session.get(PlanTask, (plan.id, task_id))
    if item is None:
        get_task(session, task_id)
        item = PlanTask(plan_id=plan.id, task_id=task_id, carried_from_id=carried_from_id)
        session.add(item)
        session.flush()
    return item


def remove_from_plan(session: Session, task_id: int, year: int, month: int) -> None:
    plan = get_plan(session, year, month)
    item = session.get(PlanTask, (plan.id, task_id)) if plan else None
    if item is not None:
        session.delete(item)
        session.flush()


def carry_over(session: Session, year: int, month: int, *, user=None, today: date | None = None) -> list[int]:
    """List in the plan of `year`-`month` every task of the previous month's plan that is neither done
    nor cancelled (drafts too), unless it is there already. The task keeps its one record, deadline
    and history; the new plan entry names the plan it came from. Idempotent; returns the ids added."""
    today = today or clock.today()
    prev = get_plan(session, *previous_month(year, month))
    if prev is None:
        return []
    plan = get_plan(session, year, month, create=True)
    already = set(session.scalars(select(PlanTask.task_id).where(PlanTask.plan_id == plan.id)))
    added = []
    for task in session.scalars(select(Task).join(PlanTask, PlanTask.task_id == Task.id)
                                .where(PlanTask.plan_id == prev.id, Task.status.in_(OPEN_TASK_STATUSES))
                                .order_by(Task.id)):
        if task.id in already:
            continue
        session.add(PlanTask(plan_id=plan.id, task_id=task.id, carried_from_id=prev.id))
        record_event(session, task, "carried_over", today, user, task.status, task.status,
               f"từ tháng {prev.month:02d}/{prev.year} sang tháng {month:02d}/{year}")
        added.append(task.id)
    session.flush()
    return added


def carry_over_candidates(session: Session, year: int, month: int) -> int:
    """How many tasks `carry_over` would add now (for the board's button)."""
    prev = get_plan(session, *previous_month(year, month))
    if prev is None:
        return 0
    plan = get_plan(session, year, month)
    stmt = (select(func.count()).select_from(PlanTask).join(Task, Task.id == PlanTask.task_id)
            .where(PlanTask.plan_id == prev.id, Task.status.in_(OPEN_TASK_STATUSES)))
    if plan is not None:
        stmt = stmt.where(PlanTask.task_id.not_in(select(PlanTask.task_id).where(PlanTask.plan_id == plan.id)))
    return session.scalar(stmt) or 0


# ---------------------------------------------------------------- the board
BOARD_COLUMNS = ("not_started", "in_progress", "overdue", "done", "cancelled")


@dataclass
class Card:
    id: int
    code: str | None
    title: str
    person_id: int | None
    person: str | None
    department_id: int | None
    department: str | None
    coordinators: list[str]
    deadline: date | None
    assigned_date: date | None
    status: str  # as stored
    column: str  # effective status on the board's day (BOARD_COLUMNS)
    priority: str
    progress: int | None
    date_done: date | None
    responsibility: str | None
    expected_product: str | None
    assigning_authority: str | None
    carried_from: str | None  # "MM/YYYY" of the plan it was carried from
    draft: bool
    late_days: int  # days past the deadline on the board's day (open), or done late by (done); else 0

    @property
    def missing(self) -> list[str]:
        return [n for n, v in (("person_id", self.person_id), ("title", self.title), ("deadline", self.deadline),
                               ("responsibility", self.responsibility), ("expected_product", self.expected_product),
                               ("assigning_authority", self.assigning_authority)) if v in (None, "")]


@dataclass
class BoardFilter:
    department_id: int | None = None  # the task's lead department
    person_id: int | None = None  # the person in charge
    search: str | None = None  # code, title, person, source number; diacritics ignored
    overdue_only: bool = False


def _names(session: Session, ids, model, attr) -> dict[int, str]:
    ids = [i for i in set(ids) if i is not None]
    if not ids:
        return {}
    return dict(session.execute(select(model.id, attr).where(model.id.in_(ids))).all())


def _cards(session: Session, tasks: list[Task], today: date, carried: dict[int, str] | None = None) -> list[Card]:
    people = _names(session, [t.person_id for t in tasks] + [c.staff_id for t in tasks for c in t.coordinators],
                    Staff, Staff.full_name)
    deps = _names(session, [t.department_id for t in tasks] + [c.department_id for t in tasks for c in t.coordinators],
                  Department, Department.name)
    cards = []
    for t in tasks:
        column = effective_status(t.status, t.deadline, t.assigned_date is not None, today)
        late = 0
        if t.deadline is not None:
            if column == "overdue":
                late = (today - t.deadline).days
            elif t.status == "done" and t.date_done is not None and t.date_done > t.deadline:
                late = (t.date_done - t.deadline).days
        cards.append(Card(
            id=t.id, code=t.code, title=t.title, person_id=t.person_id, person=people.get(t.person_id),
            department_id=t.department_id, department=deps.get(t.department_id),
            coordinators=[people.get(c.staff_id, "") if c.staff_id else deps.get(c.department_id, "")
                          for c in t.coordinators],
            deadline=t.deadline, assigned_date=t.assigned_date, status=t.status, column=column,
            priority=t.priority, progress=t.progress, date_done=t.date_done, responsibility=t.responsibility,
            expected_product=t.expected_product, assigning_authority=t.assigning_authority,
            carried_from=(carried or {}).get(t.id), draft=t.assigned_date is None, late_days=late))
    return cards


_PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def board(session: Session, year: int, month: int, flt: BoardFilter | None = None,
          today: date | None = None) -> dict[str, list[Card]]:
    """The tasks of a month's plan, by board column (BOARD_COLUMNS), each column by deadline,
    priority and title. Overdue is judged on `today` (default: the real today)."""
    flt = flt or BoardFilter()
    today = today or clock.today()
    columns: dict[str, list[Card]] = {c: [] for c in BOARD_COLUMNS}
    plan = get_plan(session, year, month)
    if plan is None:
        return columns
    prev = MonthlyPlan.__table__.alias("prev_plan")
    stmt = (select(Task, prev.c.year, prev.c.month).join(PlanTask, PlanTask.task_id == Task.id)
            .outerjoin(prev, prev.c.id == PlanTask.carried_from_id)
            .where(PlanTask.plan_id == plan.id))
    if flt.department_id is not None:
        stmt = stmt.where(Task.department_id == flt.department_id)
    if flt.person_id is not None:
        stmt = stmt.where(Task.person_id == flt.person_id)
    if flt.search and fold(flt.search):
        for word in fold(flt.search).split():
            stmt = stmt.where(Task.search_key.contains(word, autoescape=True))
    rows = session.execute(stmt).all()
    carried = {t.id: f"{m:02d}/{y}" for t, y, m in rows if y is not None}
    for card in _cards(session, [t for t, _, _ in rows], today, carried):
        if flt.overdue_only and card.column != "overdue":
            continue
        columns[card.column].append(card)
    for cards in columns.values():
        cards.sort(key=lambda c: (c.deadline or date.max, _PRIORITY_ORDER.get(c.priority, 1), sort_key(c.title), c.id))
    return columns


@dataclass
class PlanSummary:
    tasks: int = 0
    drafts: int = 0
    carried_over: int = 0
    done: int = 0
    done_late: int = 0
    cancelled: int = 0
    open: int = 0
    overdue: int = 0


def plan_summary(session: Session, year: int, month: int, today: date | None = None) -> PlanSummary:
    """The board's header line: the plan's tasks judged on `today`."""
    cols = board(session, year, month, today=today)
    s = PlanSummary()
    for cards in cols.values():
        for c in cards:
            s.tasks += 1
            s.drafts += c.draft
            s.carried_over += c.carried_from is not None
            s.done += c.column == "done"
            s.done_late += c.column == "done" and c.late_days > 0
            s.cancelled += c.column == "cancelled"
            s.open += c.column in OPEN_TASK_STATUSES
            s.overdue += c.column == "overdue"
    return s


def person_tasks(session: Session, staff_id: int, today: date | None = None) -> list[tuple[str, Card]]:
    """Every task a person leads or coordinates: (role, card), role "lead" or "coordinate", open ones
    first, by deadline."""
    today = today or clock.today()
    lead = list(session.scalars(select(Task).where(Task.person_id == staff_id)))
    coord = list(session.scalars(select(Task).join(TaskCoordinator, TaskCoordinator.task_id == Task.id)
                                 .where(TaskCoordinator.staff_id == staff_id)))
    out = [("lead", c) for c in _cards(session, lead, today)] + \
          [("coordinate", c) for c in _cards(session, coord, today)]
    out.sort(key=lambda rc: (rc[1].column not in OPEN_TASK_STATUSES, rc[1].deadline or date.max, rc[1].id))
    return out


def task_plans(session: Session, task_id: int) -> list[tuple[int, int]]:
    """(year, month) of every plan listing the task, oldest first."""
    return [(y, m) for y, m in session.execute(select(MonthlyPlan.year, MonthlyPlan.month).join(
        PlanTask, PlanTask.plan_id == MonthlyPlan.id).where(PlanTask.task_id == task_id)
        .order_by(MonthlyPlan.year, MonthlyPlan.month))]


# ---------------------------------------------------------------- figures
@dataclass
class TaskFigures(Counts):
    carried_over: int = 0
    assigned: int = 0
    done: int = 0
    done_on_time: int = 0
    done_late: int = 0
    cancelled: int = 0
    open: int = 0
    open_within: int = 0
    open_overdue: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return on_time_rate(self.done_on_time, self.done)



@dataclass
class TaskReport:
    total: TaskFigures
    by_department: dict[str, TaskFigures]
    by_person: dict[str, TaskFigures]
    by_department_id: dict[int | None, TaskFigures]
    by_person_id: dict[int, TaskFigures]


def _n(cond):
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


T_ = Task.__table__.c


def task_figures(session: Session, period: Period) -> TaskReport:
    """The figures of the module docstring, by (lead department, person in charge)."""
    F, T = period.start, period.end
    cells: dict[tuple[int | None, int | None], TaskFigures] = {}

    def cell(dep, person) -> TaskFigures:
        return cells.setdefault((dep, person), TaskFigures())

    key = (T_.department_id, T_.person_id)
    assigned = T_.assigned_date.is_not(None)
    for dep, person, n in session.execute(select(*key, func.count()).where(
            T_.assigned_date.between(F, T)).group_by(*key)):
        cell(dep, person).assigned = n
    for dep, person, n, on_time, late in session.execute(
            select(*key, func.count(), _n(rules.task_done_in_time(T_)), _n(rules.task_done_late(T_)))
            .where(assigned, T_.date_done.between(F, T)).group_by(*key)):
        c = cell(dep, person)
        c.done, c.done_on_time, c.done_late = n, on_time, late
    for dep, person, n in session.execute(select(*key, func.count()).where(
            assigned, T_.cancelled_date.between(F, T)).group_by(*key)):
        cell(dep, person).cancelled = n
    for dep, person, n in session.execute(select(*key, func.count()).where(
            rules.task_carried_over(T_, F)).group_by(*key)):
        cell(dep, person).carried_over = n
    for dep, person, n, overdue in session.execute(
            select(*key, func.count(), _n(rules.task_past_deadline(T_, T)))
            .where(rules.task_open_on(T_, T)).group_by(*key)):
        c = cell(dep, person)
        c.open, c.open_overdue = n, overdue
    for c in cells.values():
        c.open_within = c.open - c.open_overdue

    total = TaskFigures()
    by_dep_id: dict[int | None, TaskFigures] = {}
    by_person_id: dict[int, TaskFigures] = {}
    for (dep, person), c in cells.items():
        total.add(c)
        by_dep_id.setdefault(dep, TaskFigures()).add(c)
        if person is not None:
            by_person_id.setdefault(person, TaskFigures()).add(c)
    dep_names = _names(session, by_dep_id, Department, Department.name)
    by_department = {}
    for dep, c in sorted(by_dep_id.items(), key=lambda kv: sort_key(dep_names.get(kv[0], NO_DEPARTMENT))):
        by_department.setdefault(dep_names.get(dep, NO_DEPARTMENT), TaskFigures()).add(c)
    labels = person_labels(session, by_person_id)
    by_person = {labels[p]: c for p, c in sorted(by_person_id.items(), key=lambda kv: (sort_key(labels[kv[0]]), kv[0]))}
    return TaskReport(total, by_department, by_person, by_dep_id, by_person_id)


def person_labels(session: Session, ids) -> dict[int, str]:
    """Full names, told apart by staff code (else "#id") where two people on the staff share a name."""
    ids = list(set(ids))
    if not ids:
        return {}
    rows = session.execute(select(Staff.id, Staff.full_name, Staff.code).where(Staff.id.in_(ids))).all()
    # Counted over the whole staff, so a person has the same label in every part of the return.
    count = dict(session.execute(select(Staff.full_name, func.count()).where(
        Staff.full_name.in_({name for _, name, _ in rows})).group_by(Staff.full_name)).all())
    return {i: name if count[name] == 1 else f"{name} ({code or f'#{i}'})" for i, name, code in rows}


def plan_figures(session: Session, year: int, month: int, day: date) -> dict:
    """A month's plan on `day`, over its assigned tasks assigned on or before `day`:
    tasks, carried_over (listed as carried from the previous month's plan), done / done_on_time /
    done_late (done on or before `day`), cancelled (on or before `day`), open (the others),
    open_overdue (open, deadline before `day`), open_within (the other open ones); drafts counts the
    plan's drafts (in no other figure). tasks = done + cancelled + open."""
    out = {"tasks": 0, "carried_over": 0, "done": 0, "done_on_time": 0, "done_late": 0, "cancelled": 0,
           "open": 0, "open_within": 0, "open_overdue": 0, "drafts": 0}
    plan = get_plan(session, year, month)
    if plan is None:
        return out
    P = PlanTask.__table__.c
    done = rules.task_done_by(T_, day)
    open_ = rules.task_not_closed_by(T_, day)
    row = session.execute(
        select(func.count(), _n(P.carried_from_id.is_not(None)), _n(done), _n(and_(done, rules.task_done_in_time(T_))),
               _n(and_(done, rules.task_done_late(T_))), _n(rules.task_cancelled_by(T_, day)), _n(open_),
               _n(and_(open_, rules.task_past_deadline(T_, day))))
        .select_from(Task.__table__.join(PlanTask.__table__, P.task_id == T_.id))
        .where(P.plan_id == plan.id, T_.assigned_date <= day)).one()
    keys = ("tasks", "carried_over", "done", "done_on_time", "done_late", "cancelled", "open", "open_overdue")
    out.update({k: int(v or 0) for k, v in zip(keys, row)})
    out["open_within"] = out["open"] - out["open_overdue"]
    out["drafts"] = session.scalar(select(func.count()).select_from(Task.__table__.join(
        PlanTask.__table__, P.task_id == T_.id)).where(P.plan_id == plan.id, T_.assigned_date.is_(None))) or 0
    return out


def overdue_tasks(session: Session, day: date) -> list[dict]:
    """The tasks open and overdue on `day` (deadline before it), the longest overdue first."""
    tasks = list(session.scalars(select(Task).where(rules.task_open_on(Task, day), rules.task_past_deadline(Task, day))
                                 .order_by(Task.deadline, Task.id)))
    labels = person_labels(session, [t.person_id for t in tasks if t.person_id])
    deps = _names(session, [t.department_id for t in tasks], Department, Department.name)
    return [{"code": t.code, "title": t.title, "person": labels.get(t.person_id),
             "department": deps.get(t.department_id, NO_DEPARTMENT), "deadline": t.deadline.isoformat(),
             "days_overdue": (day - t.deadline).days, "assigning_authority": t.assigning_authority,
             "expected_product": t.expected_product} for t in tasks]


def _months(period: Period) -> list[tuple[int, int]]:
    out, y, m = [], period.start.year, period.start.month
    while (y, m) <= (period.end.year, period.end.month):
        out.append((y, m))
        y, m = next_month(y, m)
    return out


def return_section(session: Session, period: Period) -> dict:
    """The return's `tasks` section (README, "Tasks and training"): the figures of the period in
    total, by department and by person in charge; the plans of the months the period touches, on the
    period's last day; the tasks open and overdue on that day."""
    report = task_figures(session, period)
    plans = {}
    for y, m in _months(period):
        if get_plan(session, y, m) is not None:
            plans[f"{y:04d}-{m:02d}"] = plan_figures(session, y, m, period.end)
    return {"total": report.total.to_json(),
            "by_department": {k: v.to_json() for k, v in report.by_department.items()},
            "by_person": {k: v.to_json() for k, v in report.by_person.items()},
            "plans": plans,
            "overdue": overdue_tasks(session, period.end)}
