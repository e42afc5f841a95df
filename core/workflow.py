"""One helper for every state machine: dossiers, equipment needs, recommendations, tasks.

A register declares its machine once, as a table of `Step`s: the action, the statuses it may start
from, the status it leads to (None keeps the status), the event it records, the parameters it takes,
its guards and its effect on the record. `Flow.apply` is then the only way a record changes status:

0. on PostgreSQL, the record's row locked and read again, so that two clerks taking a step on one
   record at once are taken one after the other, the second judged on what the first did;
1. the step's preconditions (`when`: guards on the record alone) and its starting statuses;
2. the parameters: text made NFC (blank is None), the required ones present;
3. the guards, each returning a `Refusal` (the field and the reason), several, or None;
4. the moment `at` (a day or a datetime), given by the caller: it may be entered late, but never
   before the record's previous step (the flow's `previous`: a day, or a moment when its time of day
   is known, compared to the minute only when both are) nor, where the flow says so, in the future
   (a day after today, or a moment after the context's `now`);
   the refusals of 2-4 are collected and raised together, the first of each field (one reason per field);
5. the effect (what the step does beyond the status), the new status, the event row, a follow-up.

The audit trail records the changed columns at flush, as for every write (core.audit).
`Flow.allowed_actions(record)` lists the steps a record may take, in the table's order, without those
its preconditions refuse.

Adding a rule is a guard on a step; a parameter, a `Param`; a step, a row of the table: the helper
does not change. A guard is a function of the `Move` (the record, the step, the day, the parameters,
the caller's context such as a calendar), e.g. "a second supplement request needs a reason":

    def second_request_needs_a_reason(move):
        if move.record.supplement_count and not move.params.get("reason"):
            return Refusal("reason", "required")
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable, Iterable, Mapping, NoReturn

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from core import clock
from core.errors import TransitionError, ValidationError
from core.formatting import nfc
from core.messages import Problem, problem


@dataclass(frozen=True)
class Refusal:
    """Why a step cannot be taken: the field it concerns (None: the step as a whole) and the problem,
    a code of core.messages with its parameters."""

    field: str | None
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def problem(self) -> Problem:
        return Problem(self.code, self.params, field=self.field)


@dataclass(frozen=True)
class Param:
    """A parameter a step takes. `required`: the refusal when it is missing. Text is made NFC and a
    blank one is None."""

    name: str
    required: Refusal | None = None
    text: bool = True


# A guard: None when the step may be taken, else why not (one Refusal, or several at their fields).
Check = Callable[["Move"], "Refusal | Iterable[Refusal] | None"]


@dataclass(frozen=True)
class Step:
    action: str
    sources: tuple[str, ...]
    target: str | None | Callable[["Move"], str | None] = None  # None keeps the status
    event: str | None = None  # the event kind recorded (default: the action)
    params: tuple[Param, ...] = ()
    when: tuple[Check, ...] = ()  # preconditions on the record alone: also decide allowed_actions
    guards: tuple[Check, ...] = ()  # checked when the step is taken, with its parameters
    effect: Callable[["Move"], None] | None = None
    then: Callable[["Move"], None] | None = None  # after the event is written (a follow-up step)
    checks_moment: bool = True  # False for the steps the application takes itself (e.g. overdue)
    offered: bool = True  # an action the window offers; False: taken by the application or its own form

    @property
    def event_kind(self) -> str:
        return self.event or self.action

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def requires(self, name: str) -> bool:
        p = self.param(name)
        return p is not None and p.required is not None


@dataclass
class Move:
    """One step being taken: what the guards, the effect and the event read and write."""

    session: Session
    record: Any
    step: Step
    at: date | datetime
    today: date
    actor: str | None
    params: dict[str, Any]
    context: dict[str, Any]
    from_status: str | None = None
    # Columns of the event row beyond the common ones, and overrides of them (e.g. the note).
    event: dict[str, Any] = field(default_factory=dict)

    @property
    def day(self) -> date:
        return self.at.date() if isinstance(self.at, datetime) else self.at


@dataclass(frozen=True)
class EventRow:
    """Where a flow writes its history: the model, the column linking it to the record, the column
    holding the event kind. Rows get day, from_status, to_status, note and user_name."""

    model: type
    link: str
    kind: str = "kind"


def _raise_validation(refusals: list[Refusal]) -> NoReturn:
    raise ValidationError([r.problem() for r in refusals])


def _first_per_field(refusals: list[Refusal]) -> list[Refusal]:
    """One reason per field, the first (the step's own rule before the moment's): two reasons for one
    date would be said as one glued sentence."""
    seen, out = set(), []
    for r in refusals:
        if r.field is None or r.field not in seen:
            out.append(r)
            seen.add(r.field)
    return out


def _refusals(found) -> list[Refusal]:
    if found is None:
        return []
    return [found] if isinstance(found, Refusal) else list(found)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _timed(value: date | datetime) -> bool:
    """A moment with its time of day (a step entered as a day alone is stored at 00:00)."""
    return isinstance(value, datetime) and value.time() != datetime.min.time()


def is_before(at: date | datetime, earliest: date | datetime) -> bool:
    """`at` is earlier than `earliest`: by the day, and within one day by the minute when both
    moments have a time of day (a day alone may have been any hour of it)."""
    if _day(at) != _day(earliest):
        return _day(at) < _day(earliest)
    return _timed(at) and _timed(earliest) and at < earliest


def lock_for_step(session: Session | None, record) -> None:
    """On PostgreSQL, lock the record's row until the transaction ends and read it again: a second
    clerk's step on it waits for the first's to commit, then sees it (SQLite's writers are already
    one at a time: BEGIN IMMEDIATE, core.db)."""
    if session is None or record is None:
        return
    state = inspect(record, raiseerr=False)
    if state is None or not state.persistent or session.get_bind().dialect.name != "postgresql":
        return
    session.flush()  # what this transaction already changed in it is kept by the read
    mapper = state.mapper
    keys = state.identity
    session.execute(select(*mapper.primary_key).where(
        *(column == key for column, key in zip(mapper.primary_key, keys))).with_for_update())
    session.refresh(record)


def _actor_name(session: Session, actor) -> str | None:
    actor = actor if actor is not None else session.info.get("user")
    return getattr(actor, "name", actor)


class Flow:
    """A register's state machine: its steps, where its events go and its rules for the moment."""

    def __init__(self, name: str, steps: Iterable[Step], *, events: EventRow,
                 previous: Callable[[Move], date | datetime | None] | None = None,
                 too_early: Callable[[Move, date | datetime], Refusal] | None = None,
                 in_future: Refusal | None = None,
                 refuse: Callable[[list[Refusal]], NoReturn] = _raise_validation,
                 noun: str = "record", event_columns: Callable[[Move], dict] | None = None,
                 statuses=None, kinds=None):
        self.name = name
        # Vocabularies (core.vocab) naming the statuses and the event kinds in a refusal's words.
        self.statuses = statuses
        self.kinds = kinds
        self.steps: dict[str, Step] = {}
        for s in steps:
            if s.action in self.steps:
                raise ValueError(f"{name}: the step {s.action} is declared twice")
            self.steps[s.action] = s
        self.events = events
        self.previous = previous
        self.too_early = too_early
        self.in_future = in_future
        self.refuse = refuse
        self.noun = noun
        # Columns every event row of this flow records after the step's effect (e.g. what the record
        # then says); a step's own `move.event` values win.
        self.event_columns = event_columns
        self._param_names = {p.name for s in self.steps.values() for p in s.params}

    # ------------------------------------------------------------ reading the table
    def step(self, action: str) -> Step:
        try:
            return self.steps[action]
        except KeyError:
            raise TransitionError("workflow.unknown_action", action=action) from None

    def actions_from(self, status: str) -> list[str]:
        """The offered steps whose starting statuses include `status`, in the table's order."""
        return [a for a, s in self.steps.items() if s.offered and status in s.sources]

    def requiring(self, param: str) -> set[str]:
        """The actions for which `param` is required."""
        return {a for a, s in self.steps.items() if s.requires(param)}

    def allowed_actions(self, record, *, session: Session | None = None, today: date | None = None,
                        **context) -> list[str]:
        """The steps `record` may take now (its status, its preconditions), in the table's order."""
        today = today or clock.today()
        out = []
        for action in self.actions_from(record.status):
            move = self._move(session, record, self.steps[action], today, today, None, {}, context)
            if not any(_refusals(check(move)) for check in move.step.when):
                out.append(action)
        return out

    @staticmethod
    def _term(vocab, code: str, fallback: str | None = None):
        """The vocabulary's term for `code` (rendered in the reader's language), else the code."""
        term = vocab.term(code) if vocab is not None else None
        return term if term is not None else (fallback or code)

    # ------------------------------------------------------------ taking a step
    def apply(self, session: Session, record, action: str, *, at: date | datetime | None = None,
              actor=None, today: date | None = None, context: Mapping[str, Any] | None = None, **params):
        """Take step `action` on `record` at `at` (default today) and record it. Parameters of the
        flow's other steps are ignored (a form may send all its fields); unknown ones are refused."""
        unknown = set(params) - self._param_names
        if unknown:
            raise TypeError(f"{self.name}: unknown parameters {', '.join(sorted(unknown))}")
        step = self.step(action)
        today = today or clock.today()
        lock_for_step(session, record)
        given = {}
        for p in step.params:
            value = params.get(p.name)
            given[p.name] = (nfc(value) or None) if p.text and isinstance(value, str) else value
        move = self._move(session, record, step, at or today, today, _actor_name(session, actor), given,
                          dict(context or {}))
        for check in step.when:
            refused = _refusals(check(move))
            if refused:
                self.refuse(refused)
        if record.status not in step.sources:
            raise TransitionError("workflow.not_allowed", what=problem(f"noun.{self.noun}"),
                                  status=self._term(self.statuses, record.status),
                                  action=self._term(self.kinds, step.event_kind, action))
        refusals = [p.required for p in step.params if p.required is not None and given[p.name] in (None, "")]
        for check in step.guards:
            refusals += _refusals(check(move))
        if step.checks_moment:
            refusals += self._moment_refusals(move)
        if refusals:
            self.refuse(_first_per_field(refusals))
        return self._take(move)

    def _move(self, session, record, step, at, today, actor, params, context) -> Move:
        return Move(session=session, record=record, step=step, at=at, today=today, actor=actor,
                    params=params, context=context, from_status=record.status)

    def _moment_refusals(self, move: Move) -> list[Refusal]:
        out = []
        earliest = self.previous(move) if self.previous else None
        if earliest is not None and is_before(move.at, earliest):
            out.append(self.too_early(move, earliest))
        now = move.context.get("now")
        if self.in_future is not None and (move.day > move.today or (
                now is not None and isinstance(move.at, datetime) and move.at > now)):
            out.append(self.in_future)
        return out

    def _take(self, move: Move):
        step, record = move.step, move.record
        if step.effect is not None:
            step.effect(move)
        target = step.target(move) if callable(step.target) else step.target
        if target is not None:
            record.status = target
        columns = {"note": move.params.get("note"),
                   **(self.event_columns(move) if self.event_columns else {}), **move.event}
        self.log(move.session, record, step.event_kind, move.at, move.actor, from_status=move.from_status,
                 to_status=record.status, **columns)
        if step.then is not None:
            step.then(move)
        move.session.flush()
        return record

    def log(self, session: Session, record, kind: str, at: date | datetime, actor, *, from_status=None,
            to_status=None, note=None, **columns):
        """Write one row of the record's history (a step's, or an event that is no step: an edit)."""
        day = at.date() if isinstance(at, datetime) else at
        row = self.events.model(**{self.events.link: record.id, self.events.kind: kind}, day=day,
                                from_status=from_status, to_status=to_status, note=note,
                                user_name=_actor_name(session, actor), **columns)
        if isinstance(at, datetime):
            row.at = at
        session.add(row)
        return row

    # ------------------------------------------------------------ views for the window
    def table(self) -> dict[str, tuple[tuple[str, ...], str | None]]:
        """Offered action → (starting statuses, status it leads to; None keeps it or depends on the record)."""
        return {a: (s.sources, s.target if isinstance(s.target, str) else None)
                for a, s in self.steps.items() if s.offered}
