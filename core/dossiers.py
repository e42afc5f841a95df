"""The dossier register: intake, edits and the one state machine every status change goes through."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.calendar import WorkCalendar
from core.commune import get_commune
from core.errors import NotFound, TransitionError, ValidationError
from core.formatting import fold, nfc
from core.models import Dossier, DossierEvent, Procedure, Staff
from core.vocab import CHANNEL, CLOSED_STATUSES

# action → (statuses it may start from, status it leads to; None keeps the status)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "assign": (("in_progress", "awaiting_supplement"), None),
    "request_supplement": (("in_progress",), "awaiting_supplement"),
    "supply": (("awaiting_supplement",), "in_progress"),
    "apologize": (("in_progress", "awaiting_supplement"), None),
    "return": (("in_progress",), "returned"),
    "reject": (("in_progress", "awaiting_supplement"), "rejected"),
    "withdraw": (("in_progress", "awaiting_supplement"), "withdrawn"),
}
EVENT_OF_ACTION = {"assign": "assigned", "request_supplement": "supplement_requested",
                   "supply": "supplement_supplied", "apologize": "apology", "return": "returned",
                   "reject": "rejected", "withdraw": "withdrawn"}
# Actions whose note is required (the reason is printed on the slip).
NOTE_REQUIRED = {"request_supplement", "reject", "apologize"}

ID_NUMBER_RE = re.compile(r"^\d{12}$")
PHONE_RE = re.compile(r"^(\+?84|0)\d{9,10}$")


def allowed_actions(status: str) -> list[str]:
    return [a for a, (sources, _) in TRANSITIONS.items() if status in sources]


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


def validate_applicant(a: Applicant) -> dict[str, str]:
    errors = {}
    if a.id_number and not ID_NUMBER_RE.match(a.id_number):
        errors["id_number"] = "the ID number (CCCD) has 12 digits"
    if a.phone and not PHONE_RE.match(re.sub(r"[\s.\-]", "", a.phone)):
        errors["phone"] = "not a Vietnamese phone number"
    return errors


def intake(session: Session, *, procedure_id: int, applicant: Applicant, received_at: datetime,
           channel: str = "direct", field: str | None = None, handler_id: int | None = None,
           documents: str | None = None, notes: str | None = None, code: str | None = None,
           user: str | None = None, calendar: WorkCalendar | None = None) -> Dossier:
    """Take in a complete dossier: code, due date from the working-day calendar, first event."""
    proc = session.get(Procedure, procedure_id)
    applicant = Applicant(nfc(applicant.name), nfc(applicant.id_number), nfc(applicant.phone),
                          nfc(applicant.address))
    errors = validate_applicant(applicant)
    if proc is None:
        errors["procedure"] = "choose a procedure from the catalogue"
    elif proc.legal_days is None:
        errors["procedure"] = "this procedure has no legal time in the catalogue yet"
    if not applicant.name:
        errors["name"] = "the applicant's name is required"
    if channel not in CHANNEL:
        errors["channel"] = f"unknown channel {channel!r}"
    if handler_id is not None and session.get(Staff, handler_id) is None:
        errors["handler"] = "unknown handler"
    if received_at.date() > date.today():
        errors["received_at"] = "the day of receipt is in the future"
    code = nfc(code) or None
    if code and session.scalar(select(Dossier.id).where(Dossier.code == code)):
        errors["code"] = f"dossier {code} already exists"
    if errors:
        raise ValidationError("; ".join(errors.values()), errors)
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
                    supplement_count=0, paused_days=0)
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
    _event(session, d, "received", received_at.date(), user, None, "in_progress", None, when=received_at)
    if handler_id is not None:
        _event(session, d, "assigned", received_at.date(), user, "in_progress", "in_progress", None,
               staff_id=handler_id)
    return d


def _staff_name(session: Session, staff_id: int | None) -> str | None:
    return session.get(Staff, staff_id).full_name if staff_id else None


def _event(session, d, kind, day, user, from_status, to_status, note, staff_id=None, when=None):
    ev = DossierEvent(dossier_id=d.id, kind=kind, day=day, user_name=user, staff_id=staff_id,
                      from_status=from_status, to_status=to_status, note=note)
    if when is not None:
        ev.at = when
    session.add(ev)
    return ev


def get_dossier(session: Session, dossier_id: int) -> Dossier:
    d = session.get(Dossier, dossier_id)
    if d is None:
        raise NotFound(f"no dossier with id {dossier_id}")
    return d


def transition(session: Session, dossier_id: int, action: str, *, on: date | None = None,
               note: str | None = None, user: str | None = None, handler_id: int | None = None,
               new_date: date | None = None, calendar: WorkCalendar | None = None) -> Dossier:
    """Apply one action to a dossier, enforcing the allowed transitions, and record the event."""
    if action not in TRANSITIONS:
        raise TransitionError(f"unknown action {action!r}")
    d = get_dossier(session, dossier_id)
    sources, target = TRANSITIONS[action]
    if d.status not in sources:
        raise TransitionError(f"a dossier in status {d.status} cannot be given action {action}")
    on = on or date.today()
    note = nfc(note) or None
    if on < d.received_date:
        raise ValidationError("the date is before the dossier was received", {"date": "before receipt"})
    if action in NOTE_REQUIRED and not note:
        raise ValidationError("a reason is required", {"note": "a reason is required"})
    cal = calendar or WorkCalendar.from_session(session)
    from_status = d.status
    staff_id = None
    if action == "assign":
        if handler_id is None or session.get(Staff, handler_id) is None:
            raise ValidationError("choose a handler", {"handler": "choose a handler"})
        d.handler_id, d.handler_name, staff_id = handler_id, _staff_name(session, handler_id), handler_id
    elif action == "request_supplement":
        d.supplement_requested_date = on
        d.supplement_count = (d.supplement_count or 0) + 1
    elif action == "supply":
        requested = d.supplement_requested_date or d.received_date
        if on < requested:
            raise ValidationError("supplied before it was requested", {"date": "before the request"})
        pause = cal.pause(d.due_date, requested, on)
        d.due_date = pause.due_date
        d.paused_days = (d.paused_days or 0) + pause.working_days
        d.supplement_requested_date = None
    elif action == "apologize":
        if new_date is None or new_date <= d.due_date:
            raise ValidationError("the new date must be after the due date", {"new_date": "after the due date"})
        d.apology_new_date = new_date
    if target in CLOSED_STATUSES:
        d.completed_date = on
        d.supplement_requested_date = None
    if target is not None:
        d.status = target
    _event(session, d, EVENT_OF_ACTION[action], on, user, from_status, d.status, note, staff_id=staff_id)
    session.flush()
    return d


def update_details(session: Session, dossier_id: int, *, applicant: Applicant | None = None,
                   channel: str | None = None, documents: str | None = None, notes: str | None = None,
                   user: str | None = None) -> Dossier:
    """Edit what the counter may correct after intake (dates and status only change through actions)."""
    d = get_dossier(session, dossier_id)
    changes = []
    if applicant is not None:
        a = Applicant(nfc(applicant.name), nfc(applicant.id_number), nfc(applicant.phone), nfc(applicant.address))
        errors = validate_applicant(a)
        if not a.name:
            errors["name"] = "the applicant's name is required"
        if errors:
            raise ValidationError("; ".join(errors.values()), errors)
        for attr, value in (("applicant_name", a.name), ("applicant_id_number", a.id_number),
                            ("applicant_phone", a.phone), ("applicant_address", a.address)):
            if getattr(d, attr) != value:
                changes.append(attr)
                setattr(d, attr, value)
    if channel is not None and channel != d.channel:
        if channel not in CHANNEL:
            raise ValidationError(f"unknown channel {channel!r}", {"channel": "unknown channel"})
        d.channel = channel
        changes.append("channel")
    for attr, value in (("documents", documents), ("notes", notes)):
        if value is not None and (nfc(value) or None) != getattr(d, attr):
            setattr(d, attr, nfc(value) or None)
            changes.append(attr)
    if changes:
        d.search_key = search_key(d.code, d.applicant_name, d.procedure.name)
        _event(session, d, "edited", date.today(), user, d.status, d.status, ", ".join(changes))
        session.flush()
    return d
