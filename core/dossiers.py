"""The dossier register: intake, edits and the one state machine every status change goes through."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import clock
from core.calendar import WorkCalendar
from core.commune import get_commune
from core.errors import ValidationError, get_or_not_found
from core.formatting import fold, nfc
from core.messages import Problem, problem
from core.models import Dossier, DossierEvent, Procedure, Staff
from core.vocab import CHANNEL, OPEN_STATUSES
from core.workflow import EventRow, Flow, Move, Param, Refusal, Step

ID_NUMBER_RE = re.compile(r"^\d{12}$")
PHONE_RE = re.compile(r"^(\+?84|0)\d{9,10}$")


def search_key(code: str, applicant: str | None, procedure_name: str | None) -> str:
    return " ".join(fold(x) for x in (code, applicant, procedure_name) if x)


CODE_ATTEMPTS = 20


def next_code(session: Session, day: date) -> str:
    """`<prefix>-YYMMDD-NNNN`, numbered per day of receipt."""
    prefix = get_commune(session).code_prefix or "HS"
    stem = f"{prefix}-{day:%y%m%d}-"
    if session.get_bind().dialect.name == "postgresql":
        # Clerks taking in dossiers of the same day get their numbers one after another: the lock
        # is held until the intake commits (SQLite's BEGIN IMMEDIATE already serialises writers).
        session.execute(select(func.pg_advisory_xact_lock(func.hashtext(stem))))
    last = session.scalar(select(func.max(Dossier.code)).where(Dossier.code.like(stem + "%")))
    seq = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
    return f"{stem}{seq:04d}"


@dataclass
class Applicant:
    name: str | None = None
    id_number: str | None = None
    phone: str | None = None
    address: str | None = None


def validate_applicant(a: Applicant) -> dict[str, Problem]:
    errors = {}
    if a.id_number and not ID_NUMBER_RE.match(a.id_number):
        errors["id_number"] = problem("dossier.id_number")
    if a.phone and not PHONE_RE.match(re.sub(r"[\s.\-]", "", a.phone)):
        errors["phone"] = problem("dossier.phone")
    return errors


# The dates a dossier can have (intake, imports, edits): none before the register could have begun,
# no receipt or closing after today, no due date years after receipt. A year typed wrong (2099, 9999,
# 1925) would otherwise sit in the register and in every return for ever.
EARLIEST_DATE = date(2000, 1, 1)
LONGEST_DUE_YEARS = 2


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def date_problems(received: date, *, today: date, due: date | None = None, completed: date | None = None,
                  **others: date | None) -> dict[str, Problem]:
    """The problems of a dossier's dates, by key ("received", "due", "completed" and any `others`
    given by name): before EARLIEST_DATE, received or closed after `today`, due more than
    LONGEST_DUE_YEARS after receipt."""
    out: dict[str, Problem] = {}
    days = {"received": received, "due": due, "completed": completed, **others}
    for key, day in days.items():
        if day is not None and day < EARLIEST_DATE:
            out[key] = problem("dossier.date_before_earliest", earliest=EARLIEST_DATE)
    if "received" not in out and received > today:
        out["received"] = problem("dossier.future_receipt")
    if completed is not None and "completed" not in out and completed > today:
        out["completed"] = problem("dossier.date_in_future")
    if due is not None and "due" not in out and due > _years_after(received, LONGEST_DUE_YEARS):
        out["due"] = problem("dossier.due_too_far", years=LONGEST_DUE_YEARS)
    return out


def intake(session: Session, *, procedure_id: int, applicant: Applicant, received_at: datetime,
           channel: str = "direct", field: str | None = None, handler_id: int | None = None,
           documents: str | None = None, notes: str | None = None, code: str | None = None,
           user: str | None = None, calendar: WorkCalendar | None = None, fee: int | None = None,
           paid_online: bool | None = None, digitised: bool | None = None) -> Dossier:
    """Take in a complete dossier: code, due date from the working-day calendar, first event. `fee`
    (đồng), `paid_online` and `digitised` are what the 766 estimate reads; None: not recorded."""
    proc = session.get(Procedure, procedure_id)
    applicant = Applicant(nfc(applicant.name), nfc(applicant.id_number), nfc(applicant.phone),
                          nfc(applicant.address))
    errors = validate_applicant(applicant)
    if proc is None:
        errors["procedure"] = problem("dossier.choose_procedure")
    elif proc.legal_days is None:
        errors["procedure"] = problem("dossier.no_legal_time")
    if not applicant.name:
        errors["name"] = problem("dossier.applicant_required")
    if channel not in CHANNEL:
        errors["channel"] = problem("unknown_choice", what=problem("noun.channel"), value=channel)
    if handler_id is not None and session.get(Staff, handler_id) is None:
        errors["handler"] = problem("dossier.unknown_handler")
    dates = date_problems(received_at.date(), today=clock.today())
    if dates:
        errors["received_at"] = dates["received"]
    errors.update(_fee_problems(fee))
    code = nfc(code) or None
    if code and session.scalar(select(Dossier.id).where(Dossier.code == code)):
        errors["code"] = problem("dossier.code_exists", code=code)
    if errors:
        raise ValidationError(errors)
    cal = calendar or WorkCalendar.from_session(session)
    received_at = received_at.replace(second=0, microsecond=0)
    generated = code is None
    due = cal.due_date(received_at, proc.legal_days, proc.deadline_unit)
    for attempt in range(CODE_ATTEMPTS):
        code = next_code(session, received_at.date()) if generated else code
        d = Dossier(code=code, procedure_id=proc.id, field=nfc(field) or proc.field,
                    applicant_name=applicant.name, applicant_id_number=applicant.id_number,
                    applicant_phone=applicant.phone, applicant_address=applicant.address,
                    channel=channel, received_at=received_at, received_date=received_at.date(),
                    due_date=due, status="in_progress", handler_id=handler_id,
                    handler_name=_staff_name(session, handler_id), documents=nfc(documents) or None,
                    notes=nfc(notes) or None, search_key=search_key(code, applicant.name, proc.name),
                    supplement_count=0, paused_days=0, fee=fee, paid_online=paid_online, digitised=digitised)
        try:
            # A savepoint: on PostgreSQL another clerk may commit the same next number meanwhile
            # (SQLite's BEGIN IMMEDIATE already serialises intakes); then take the one after it.
            with session.begin_nested():
                session.add(d)
                session.flush()
            break
        except IntegrityError:
            if not generated or attempt == CODE_ATTEMPTS - 1:
                raise
    DOSSIER_FLOW.log(session, d, "received", received_at, user, to_status="in_progress")
    if handler_id is not None:
        DOSSIER_FLOW.log(session, d, "assigned", received_at.date(), user, from_status="in_progress",
                         to_status="in_progress", staff_id=handler_id)
    return d


# A procedure's fee at a commune is a few thousand to a few hundred thousand đồng: more is a typing slip
# (and would not fit the column on PostgreSQL beyond two billion).
MAX_FEE = 100_000_000


def fee_problem(fee) -> Problem | None:
    """What is wrong with a fee (whole đồng, None: no fee or not recorded), or None."""
    if fee is None:
        return None
    if isinstance(fee, bool) or not isinstance(fee, int):
        return problem("not_a_whole_number", value=fee)
    if fee < 0:
        return problem("negative", value=fee)
    if fee > MAX_FEE:
        return problem("dossier.fee_too_large", value=fee, maximum=MAX_FEE)
    return None


def _fee_problems(fee) -> dict[str, Problem]:
    p = fee_problem(fee)
    return {"fee": p} if p else {}


def _staff_name(session: Session, staff_id: int | None) -> str | None:
    return session.get(Staff, staff_id).full_name if staff_id else None


def get_dossier(session: Session, dossier_id: int) -> Dossier:
    return get_or_not_found(session, Dossier, dossier_id, "dossier")


# ---------------------------------------------------------------- the state machine
REASON = Param("note", required=Refusal("note", "dossier.reason_required"))


def _calendar(move: Move) -> WorkCalendar:
    cal = move.context.get("calendar")
    if cal is None:
        cal = move.context["calendar"] = WorkCalendar.from_session(move.session)
    return cal


def _handler_chosen(move: Move) -> Refusal | None:
    handler_id = move.params.get("handler_id")
    if handler_id is None or move.session.get(Staff, handler_id) is None:
        return Refusal("handler", "dossier.choose_handler")
    return None


def _assign(move: Move) -> None:
    d, handler_id = move.record, move.params["handler_id"]
    d.handler_id, d.handler_name = handler_id, _staff_name(move.session, handler_id)
    move.event["staff_id"] = handler_id


def _request_supplement(move: Move) -> None:
    d = move.record
    d.supplement_requested_date = move.day
    d.supplement_count = (d.supplement_count or 0) + 1


def _supplied_after_request(move: Move) -> Refusal | None:
    d = move.record
    if move.day < (d.supplement_requested_date or d.received_date):
        return Refusal("date", "dossier.supplied_before_request")
    return None


def _supply(move: Move) -> None:
    d = move.record
    pause = _calendar(move).pause(d.due_date, d.supplement_requested_date or d.received_date, move.day)
    d.due_date = pause.due_date
    d.paused_days = (d.paused_days or 0) + pause.working_days
    d.supplement_requested_date = None


def _new_date_after_due(move: Move) -> Refusal | None:
    new_date = move.params.get("new_date")
    if new_date is None or new_date <= move.record.due_date:
        return Refusal("new_date", "dossier.new_date_after_due")
    return None


def _apologize(move: Move) -> None:
    move.record.apology_new_date = move.params["new_date"]


def _close(move: Move) -> None:
    move.record.completed_date = move.day
    move.record.supplement_requested_date = None


def _previous_step(move: Move) -> date:
    """The day of the dossier's last step (its receipt at the earliest): a step may be recorded late,
    never before it. Edits of the details are not steps."""
    d = move.record
    last = move.session.scalar(select(func.max(DossierEvent.day)).where(
        DossierEvent.dossier_id == d.id, DossierEvent.kind.in_(STEP_EVENTS))) if d.id is not None else None
    return max(x for x in (d.received_date, last) if x is not None)


def _too_early(move: Move, earliest: date) -> Refusal:
    if earliest == move.record.received_date:
        return Refusal("date", "dossier.before_receipt")
    return Refusal("date", "dossier.before_previous_step", {"value": earliest})


DOSSIER_FLOW = Flow("dossiers", [
    Step("assign", OPEN_STATUSES, None, "assigned", params=(Param("handler_id", text=False), Param("note")),
         guards=(_handler_chosen,), effect=_assign),
    Step("request_supplement", ("in_progress",), "awaiting_supplement", "supplement_requested", params=(REASON,),
         effect=_request_supplement),
    Step("supply", ("awaiting_supplement",), "in_progress", "supplement_supplied", params=(Param("note"),),
         guards=(_supplied_after_request,), effect=_supply),
    Step("apologize", OPEN_STATUSES, None, "apology", params=(REASON, Param("new_date", text=False)),
         guards=(_new_date_after_due,), effect=_apologize),
    Step("return", ("in_progress",), "returned", "returned", params=(Param("note"),), effect=_close),
    Step("reject", OPEN_STATUSES, "rejected", "rejected", params=(REASON,), effect=_close),
    Step("withdraw", OPEN_STATUSES, "withdrawn", "withdrawn", params=(Param("note"),), effect=_close),
], events=EventRow(DossierEvent, "dossier_id"), previous=_previous_step, too_early=_too_early,
    in_future=Refusal("date", "date_in_future"), noun="dossier")
# The events that are steps of the machine (and the receipt): what `_previous_step` looks back on.
STEP_EVENTS = ("received", *(s.event_kind for s in DOSSIER_FLOW.steps.values()))

# Views of the table for the window: action → (starting statuses, status it leads to), the actions
# whose reason is required (printed on the slip).
TRANSITIONS = DOSSIER_FLOW.table()
EVENT_OF_ACTION = {a: s.event_kind for a, s in DOSSIER_FLOW.steps.items()}
NOTE_REQUIRED = DOSSIER_FLOW.requiring("note")


def allowed_actions(status_or_dossier) -> list[str]:
    """The actions a dossier (or a dossier in a status) may be given, in the table's order."""
    if isinstance(status_or_dossier, str):
        return DOSSIER_FLOW.actions_from(status_or_dossier)
    return DOSSIER_FLOW.allowed_actions(status_or_dossier)


def transition(session: Session, dossier_id: int, action: str, *, on: date | datetime | None = None,
               note: str | None = None, user: str | None = None, handler_id: int | None = None,
               new_date: date | None = None, calendar: WorkCalendar | None = None) -> Dossier:
    """Apply one action to a dossier on day `on` (default today; late, but not before its previous
    step nor in the future), enforcing the allowed transitions, and record the event."""
    DOSSIER_FLOW.step(action)
    d = get_dossier(session, dossier_id)
    return DOSSIER_FLOW.apply(session, d, action, at=on, actor=user, context={"calendar": calendar},
                              note=note, handler_id=handler_id, new_date=new_date)


# update_details: a field left as it is.
KEEP = object()


def update_details(session: Session, dossier_id: int, *, applicant: Applicant | None = None,
                   channel: str | None = None, documents: str | None = None, notes: str | None = None,
                   user: str | None = None, fee=KEEP, paid_online=KEEP, digitised=KEEP) -> Dossier:
    """Edit what the counter may correct after intake (dates and status only change through actions).
    `fee`, `paid_online`, `digitised` given (None: not recorded) are set; left out, kept."""
    d = get_dossier(session, dossier_id)
    changes = []
    errors = _fee_problems(None if fee is KEEP else fee)
    if errors:
        raise ValidationError(errors)
    for attr, value in (("fee", fee), ("paid_online", paid_online), ("digitised", digitised)):
        if value is not KEEP and value != getattr(d, attr):
            setattr(d, attr, value)
            changes.append(attr)
    if applicant is not None:
        a = Applicant(nfc(applicant.name), nfc(applicant.id_number), nfc(applicant.phone), nfc(applicant.address))
        errors = validate_applicant(a)
        if not a.name:
            errors["name"] = problem("dossier.applicant_required")
        if errors:
            raise ValidationError(errors)
        for attr, value in (("applicant_name", a.name), ("applicant_id_number", a.id_number),
                            ("applicant_phone", a.phone), ("applicant_address", a.address)):
            if getattr(d, attr) != value:
                changes.append(attr)
                setattr(d, attr, value)
    if channel is not None and channel != d.channel:
        if channel not in CHANNEL:
            raise ValidationError({"channel": problem("unknown_choice", what=problem("noun.channel"), value=channel)})
        d.channel = channel
        changes.append("channel")
    for attr, value in (("documents", documents), ("notes", notes)):
        if value is not None and (nfc(value) or None) != getattr(d, attr):
            setattr(d, attr, nfc(value) or None)
            changes.append(attr)
    if changes:
        d.search_key = search_key(d.code, d.applicant_name, d.procedure.name)
        DOSSIER_FLOW.log(session, d, "edited", clock.today(), user, from_status=d.status, to_status=d.status,
                         note=", ".join(changes))
        session.flush()
    return d
