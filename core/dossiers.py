"""The dossier register: intake, edits and the one state machine every status change goes through.

The counter's rules (domain.md) are the flow's guards, each refusal a catalogued message:
- a supplement is asked for once; a second request only with its reason (`second_time`), which is
  kept on the dossier (the 766 estimate counts such a dossier overdue);
- an apology (Mẫu 04) once, no later than one working day before the due date in force (a pause
  running on that day counts), with a new date after it; the new date never moves the due date;
- a refusal at the counter (Mẫu 03, status `refused`) only for a dossier still at the counter (no
  request, no apology), on the day it was presented: it is then in no figure (core.figures_rules);
- every step may be entered late, never before the previous step nor in the future.

Intake records what the forms print and a reprint must not change: the appointment of Mẫu 01
(date and time of day), the documents handed in (the procedure's checklist ticked), the tracking
book's volume and number (per year, never reused), the representative, the contact. Each event row
keeps its moment and the due date then in force.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import clock, settings
from core.calendar import WorkCalendar
from core.commune import get_commune
from core.db import serialise
from core.errors import NotFound, ValidationError, get_or_not_found
from core.formatting import code_text, fold, nfc
from core.messages import Problem, problem
from core.models import Dossier, DossierDocument, DossierEvent, Procedure, Staff
from core.vocab import (CHANNEL, DOCUMENT_FORM, DOSSIER_EVENT, DOSSIER_STATUS, LATE_CAUSE, OPEN_STATUSES, REFUSED_STATUS,
                        RESULT_DELIVERY)
from core.workflow import EventRow, Flow, Move, Param, Refusal, Step

ID_NUMBER_RE = re.compile(r"^\d{12}$")
PHONE_RE = re.compile(r"^(\+?84|0)\d{9,10}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
MAX_COPIES = 99  # copies of one document, sets of one dossier
DELIVERY_OF_CHANNEL = {"online": "online", "postal": "postal", "direct": "counter"}


def search_key(code: str, applicant: str | None, procedure_name: str | None,
               official_code: str | None = None) -> str:
    """The folded words the dossier list searches: its code, its official code (the provincial
    system's, when it differs), the applicant and the procedure."""
    official = official_code if official_code and official_code != code else None
    return " ".join(fold(x) for x in (code, official, applicant, procedure_name) if x)[:SEARCH_KEY_LENGTH]


# Long names whose folded words outgrow the column are cut (its end is the procedure's name); every
# database then keeps the same key (PostgreSQL would refuse the row, SQLite keep it all).
SEARCH_KEY_LENGTH = 800


CODE_ATTEMPTS = 20


def _serialise(session: Session, key: str) -> None:
    """Clerks taking in dossiers at once get their numbers one after another: on PostgreSQL a lock
    on `key`, held until the intake commits (SQLite's BEGIN IMMEDIATE already serialises writers)."""
    serialise(session, key)


def next_code(session: Session, day: date) -> str:
    """`<prefix>-YYMMDD-NNNN`, numbered per day of receipt."""
    prefix = get_commune(session).code_prefix or "HS"
    stem = f"{prefix}-{day:%y%m%d}-"
    _serialise(session, stem)
    last = session.scalar(select(func.max(Dossier.code)).where(Dossier.code.like(stem + "%")))
    seq = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
    return f"{stem}{seq:04d}"


def next_book_number(session: Session, year: int) -> int:
    """The next number of the tracking book of `year` (Mẫu 07, "Số thứ tự"): never reused."""
    _serialise(session, f"book-{year}")
    last = session.scalar(select(func.max(Dossier.book_number)).where(Dossier.book_year == year))
    return (last or 0) + 1


def book_volume(session: Session, number: int) -> int:
    """The volume ("Quyển số") a number of the year falls in: `counter.book_volume_size` entries each."""
    size = settings.get(session, "counter.book_volume_size")
    return (number - 1) // size + 1 if size else 1


@dataclass
class Applicant:
    name: str | None = None
    id_number: str | None = None
    phone: str | None = None
    address: str | None = None
    email: str | None = None

    def cleaned(self) -> "Applicant":
        return Applicant(*(nfc(getattr(self, f)) or None for f in ("name", "id_number", "phone", "address", "email")))


@dataclass
class Representative:
    """The person authorised by the applicant who hands the dossier in (Mẫu 01)."""

    name: str | None = None
    id_number: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    document: str | None = None  # the authorisation: "Giấy ủy quyền số 12/UQ ngày 01/3/2026"

    FIELDS = ("name", "id_number", "address", "phone", "email", "document")

    def cleaned(self) -> "Representative":
        return Representative(*(nfc(getattr(self, f)) or None for f in self.FIELDS))

    def given(self) -> bool:
        return any(getattr(self, f) for f in self.FIELDS)


@dataclass
class DocumentLine:
    """One line of the documents of a dossier: handed in or missing."""

    name: str
    form: str | None = None  # core.vocab.DOCUMENT_FORM
    copies: int | None = None
    received: bool = True


def _contact_problems(id_number, phone, email, prefix: str = "") -> dict[str, Problem]:
    errors = {}
    if id_number and not ID_NUMBER_RE.match(id_number):
        errors[prefix + "id_number"] = problem("dossier.id_number")
    if phone and not PHONE_RE.match(re.sub(r"[\s.\-]", "", phone)):
        errors[prefix + "phone"] = problem("dossier.phone")
    if email and not EMAIL_RE.match(email):
        errors[prefix + "email"] = problem("dossier.email")
    return errors


def validate_applicant(a: Applicant) -> dict[str, Problem]:
    return _contact_problems(a.id_number, a.phone, a.email)


def validate_representative(r: Representative | None) -> dict[str, Problem]:
    """Fields `rep_…`: a representative given in part needs a name."""
    if r is None or not r.given():
        return {}
    errors = _contact_problems(r.id_number, r.phone, r.email, "rep_")
    if not r.name:
        errors["rep_name"] = problem("dossier.representative_name")
    return errors


def checklist(procedure: Procedure) -> list[DocumentLine]:
    """The procedure's required documents as the lines of a new dossier, all ticked as handed in."""
    return [DocumentLine(doc.name, doc.form, doc.copies, True) for doc in procedure.documents]


def _clean_documents(documents) -> tuple[list[DocumentLine], dict[str, Problem]]:
    if isinstance(documents, str):
        documents = [DocumentLine(line) for line in _lines(documents)]
    out, errors = [], {}
    for n, line in enumerate(documents or (), start=1):
        name = nfc(line.name)
        if not name:
            if line.form or line.copies:
                errors.setdefault("documents", problem("dossier.document_name", number=n))
            continue
        if line.form is not None and line.form not in DOCUMENT_FORM:
            errors.setdefault("documents", problem("unknown_choice", what=problem("noun.document_form"),
                                                   value=line.form))
        if line.copies is not None and not 1 <= line.copies <= MAX_COPIES:
            errors.setdefault("documents", problem("dossier.document_copies", number=n, limit=MAX_COPIES))
        out.append(DocumentLine(name, line.form, line.copies, bool(line.received)))
    return out, errors


def _lines(text: str | None) -> list[str]:
    return [x.strip(" -•\t") for x in re.split(r"[\r\n;]+", text or "") if x.strip(" -•\t")]


def _document_rows(lines: list[DocumentLine]) -> list[DossierDocument]:
    return [DossierDocument(position=n, name=line.name, form=line.form, copies=line.copies, received=line.received)
            for n, line in enumerate(lines, start=1)]


# The dates a dossier can have (intake, imports, edits): none before the register could have begun,
# no receipt or closing after today, no due date years after receipt. A year typed wrong (2099, 9999,
# 1925) would otherwise sit in the register and in every return for ever.
EARLIEST_DATE = clock.EARLIEST_DAY
LONGEST_DUE_YEARS = 2


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def date_problems(received: date, *, today: date, due: date | None = None, completed: date | None = None,
                  **others: date | None) -> dict[str, Problem]:
    """The problems of a dossier's dates, by key ("received", "due", "completed" and any `others`
    given by name): before EARLIEST_DATE, received, closed or any of `others` (a step taken, such as
    the supplement request) after `today`, due more than LONGEST_DUE_YEARS after receipt."""
    out: dict[str, Problem] = {}
    days = {"received": received, "due": due, "completed": completed, **others}
    for key, day in days.items():
        if day is not None and day < EARLIEST_DATE:
            out[key] = problem("dossier.date_before_earliest", earliest=EARLIEST_DATE)
    if "received" not in out and received > today:
        out["received"] = problem("dossier.future_receipt")
    for key, day in (("completed", completed), *others.items()):
        if day is not None and key not in out and day > today:
            out[key] = problem("dossier.date_in_future")
    if due is not None and "due" not in out and due > _years_after(received, LONGEST_DUE_YEARS):
        out["due"] = problem("dossier.due_too_far", years=LONGEST_DUE_YEARS)
    return out


def intake(session: Session, *, procedure_id: int, applicant: Applicant, received_at: datetime,
           channel: str = "direct", field: str | None = None, handler_id: int | None = None,
           documents: list[DocumentLine] | str | None = None, notes: str | None = None, code: str | None = None,
           user: str | None = None, calendar: WorkCalendar | None = None,
           representative: Representative | None = None, appointment_time: time | None = None,
           result_delivery: str | None = None, copies: int | None = 1, now: datetime | None = None,
           fee: int | None = None, paid_online: bool | None = None, digitised: bool | None = None,
           official_code: str | None = None) -> Dossier:
    """Take in a complete dossier: code, due date from the working-day calendar, Mẫu 01's appointment,
    the book's number, the documents (None: the procedure's checklist, all handed in), first event.
    `received_at` without a time of day (00:00) is printed without one. `fee` (đồng), `paid_online` and
    `digitised` are what the 766 estimate reads; None: not recorded. `official_code`: the provincial
    system's code when the system gave one (none while it is down: the import links it later)."""
    now = now or clock.now()
    proc = session.get(Procedure, procedure_id)
    applicant = applicant.cleaned()
    representative = representative.cleaned() if representative is not None else None
    errors = validate_applicant(applicant)
    errors.update(validate_representative(representative))
    if proc is None:
        errors["procedure"] = problem("dossier.choose_procedure")
    elif proc.legal_days is None:
        errors["procedure"] = problem("dossier.no_legal_time")
    if not applicant.name:
        errors["name"] = problem("dossier.applicant_required")
    if channel not in CHANNEL:
        errors["channel"] = problem("unknown_choice", what=problem("noun.channel"), value=channel)
    delivery = result_delivery or DELIVERY_OF_CHANNEL.get(channel, RESULT_DELIVERY.default)
    if delivery not in RESULT_DELIVERY:
        errors["result_delivery"] = problem("unknown_choice", what=problem("noun.result_delivery"), value=delivery)
    if copies is not None and not 1 <= copies <= MAX_COPIES:
        errors["copies"] = problem("dossier.copies", limit=MAX_COPIES)
    if handler_id is not None and session.get(Staff, handler_id) is None:
        errors["handler"] = problem("dossier.unknown_handler")
    dates = date_problems(received_at.date(), today=now.date())
    if dates:
        errors["received_at"] = dates["received"]
    elif received_at.replace(second=0, microsecond=0) > now:
        errors["received_at"] = problem("dossier.future_receipt")
    errors.update(_fee_problems(fee))
    lines, doc_errors = _clean_documents(checklist(proc) if documents is None and proc is not None else documents)
    errors.update(doc_errors)
    code = code_text(code)
    if code and session.scalar(select(Dossier.id).where(Dossier.code == code)):
        errors["code"] = problem("dossier.code_exists", code=code)
    official_code = code_text(official_code)
    wrong = _official_code_problem(session, official_code)
    if wrong is not None:
        errors["official_code"] = wrong
    if errors:
        raise ValidationError(errors)
    cal = calendar or WorkCalendar.from_session(session)
    received_at = received_at.replace(second=0, microsecond=0)
    generated = code is None
    due = cal.due_date(received_at, proc.legal_days, proc.deadline_unit)
    appointment = datetime.combine(due, appointment_time or settings.get(session, "counter.appointment_time"))
    for attempt in range(CODE_ATTEMPTS):
        code = next_code(session, received_at.date()) if generated else code
        number = next_book_number(session, received_at.year)
        d = Dossier(code=code, procedure_id=proc.id, field=nfc(field) or proc.field,
                    applicant_name=applicant.name, applicant_id_number=applicant.id_number,
                    applicant_phone=applicant.phone, applicant_address=applicant.address,
                    applicant_email=applicant.email, channel=channel, received_at=received_at,
                    received_date=received_at.date(), due_date=due, appointment_at=appointment,
                    result_delivery=delivery, copies=copies, status="in_progress", handler_id=handler_id,
                    handler_name=_staff_name(session, handler_id), notes=nfc(notes) or None,
                    search_key=search_key(code, applicant.name, proc.name, official_code), supplement_count=0,
                    paused_days=0, official_code=official_code,
                    book_year=received_at.year, book_number=number, book_volume=book_volume(session, number),
                    documents=_document_rows(lines), fee=fee, paid_online=paid_online,
                    digitised=digitised)
        _set_representative(d, representative)
        try:
            # A savepoint: on PostgreSQL another clerk may commit the same next number meanwhile
            # (SQLite's BEGIN IMMEDIATE already serialises intakes); then take the one after it.
            with session.begin_nested():
                session.add(d)
                session.flush()
            break
        except IntegrityError:
            if attempt == CODE_ATTEMPTS - 1:
                raise
            if not generated and session.scalar(select(Dossier.id).where(Dossier.code == code)):
                raise ValidationError({"code": problem("dossier.code_exists", code=code)}) from None
    DOSSIER_FLOW.log(session, d, "received", received_at, user, to_status="in_progress", due_date=due)
    if handler_id is not None:
        DOSSIER_FLOW.log(session, d, "assigned", received_at, user, from_status="in_progress",
                         to_status="in_progress", staff_id=handler_id, due_date=due)
    return d


def _set_representative(d: Dossier, r: Representative | None) -> list[str]:
    """Write the representative's fields; the changed attribute names."""
    r = r or Representative()
    changed = []
    for f in Representative.FIELDS:
        attr = f"representative_{f}"
        if getattr(d, attr, None) != getattr(r, f):
            setattr(d, attr, getattr(r, f))
            changed.append(attr)
    return changed


def representative_of(d: Dossier) -> Representative | None:
    r = Representative(*(getattr(d, f"representative_{f}") for f in Representative.FIELDS))
    return r if r.given() else None


def document_lines(d: Dossier) -> list[DocumentLine]:
    return [DocumentLine(x.name, x.form, x.copies, x.received) for x in d.documents]


def missing_documents(d: Dossier) -> list[str]:
    """The names of the checklist's documents not handed in (what Mẫu 02 asks for by default)."""
    return [x.name for x in d.documents if not x.received]


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


def _codes_like(session: Session, code: str) -> list[Dossier]:
    """The dossiers whose code or official code is `code` exactly; else, ignoring case (codes are
    written in capitals, a clerk may type them in small letters)."""
    for text in dict.fromkeys((code, code.upper())):
        found = (session.scalar(select(Dossier).where(Dossier.code == text))
                 or session.scalar(select(Dossier).where(Dossier.official_code == text)))
        if found is not None:
            return [found]
    if not any(ch.isdigit() for ch in code) or len(code) > 100:
        return []  # not a code (a name typed into the search): no scan of the register
    upper = code.upper()
    return list(session.scalars(select(Dossier).where(
        (func.upper(Dossier.code) == upper) | (func.upper(Dossier.official_code) == upper)).limit(5)))


def find_by_code(session: Session, code: str | None) -> Dossier | None:
    """The dossier whose code is `code` (what a scanner types from Mẫu 01's QR code), else the one
    whose official code (the provincial system's) it is; case is ignored when only one matches."""
    code = code_text(code)
    if not code:
        return None
    found = _codes_like(session, code)
    return found[0] if len(found) == 1 else None


def dossier_by_code(session: Session, code: str) -> Dossier:
    """`find_by_code`, or NotFound (several differing only in case: named, none chosen)."""
    found = _codes_like(session, code_text(code) or "")
    if len(found) > 1:
        raise NotFound("dossier.several_codes", code=code, codes=[d.code for d in found])
    if not found:
        raise NotFound("dossier.no_such_code", code=code)
    return found[0]


# ---------------------------------------------------------------- moments as the forms print them
def moment_of(value: datetime | date | None) -> datetime | date | None:
    """A recorded moment as printed: the datetime, or only its day when no time of day was given
    (a moment entered as a day is stored at 00:00)."""
    if isinstance(value, datetime) and value.time() == time.min:
        return value.date()
    return value


def step_moment(on: date | datetime | None, now: datetime) -> datetime:
    """The moment a step is recorded at: the one given (to the minute); a day alone is now when it
    is today, else that day without a time of day."""
    if on is None:
        return now.replace(second=0, microsecond=0)
    if isinstance(on, datetime):
        return on.replace(second=0, microsecond=0)
    if on == now.date():
        return now.replace(second=0, microsecond=0)
    return datetime.combine(on, time.min)


def appointment_of(d: Dossier) -> datetime | date | None:
    """The appointment Mẫu 01 gave (date and time of day). A dossier recorded without one has its
    due date while no pause has moved it; a dossier refused at the counter has none."""
    if d.status == REFUSED_STATUS:
        return None
    if d.appointment_at is not None:
        return moment_of(d.appointment_at)
    return d.due_date if not d.paused_days else None


# ---------------------------------------------------------------- the state machine
REASON = Param("note", required=Refusal("note", "dossier.reason_required"))


def _calendar(move: Move) -> WorkCalendar:
    cal = move.context.get("calendar")
    if cal is None:
        cal = move.context["calendar"] = WorkCalendar.from_session(move.session)
    return cal


def due_in_force(d: Dossier, day: date, calendar: WorkCalendar) -> date:
    """The due date in force on `day`: a pause still running then counts as if supplied that day."""
    if d.status == "awaiting_supplement":
        return calendar.pause(d.due_date, d.supplement_requested_date or d.received_date, day).due_date
    return d.due_date


def _handler_chosen(move: Move) -> Refusal | None:
    handler_id = move.params.get("handler_id")
    if handler_id is None or move.session.get(Staff, handler_id) is None:
        return Refusal("handler", "dossier.choose_handler")
    return None


def _assign(move: Move) -> None:
    d, handler_id = move.record, move.params["handler_id"]
    d.handler_id, d.handler_name = handler_id, _staff_name(move.session, handler_id)
    move.event["staff_id"] = handler_id


def _supplement_once(move: Move) -> Refusal | None:
    """The office guides once and fully: a later request needs the clerk's reason."""
    count = move.record.supplement_count or 0
    if count and not move.params.get("second_time"):
        return Refusal("second_time", "dossier.supplement_once", {"count": count})
    return None


def _request_supplement(move: Move) -> None:
    d = move.record
    items = move.params.get("items") or "\n".join(missing_documents(d))
    move.event["items"] = "\n".join(_lines(items)) or None
    if d.supplement_count:
        reason = move.params["second_time"]
        d.second_supplement_reason = f"{d.second_supplement_reason}\n{reason}" if d.second_supplement_reason \
            else reason
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


def _no_apology_yet(move: Move) -> Refusal | None:
    d = move.record
    if d.apology_new_date is not None:
        return Refusal(None, "dossier.apology_once", {"value": d.apology_new_date})
    return None


def _apology_in_time(move: Move) -> list[Refusal]:
    cal, d = _calendar(move), move.record
    due = due_in_force(d, move.day, cal)
    out = []
    latest = cal.previous_working_day(due)
    if move.day > latest:
        out.append(Refusal("date", "dossier.apology_too_late", {"latest": latest, "due": due}))
    new_date = move.params.get("new_date")
    if new_date is None:
        out.append(Refusal("new_date", "dossier.new_date_required"))
    elif new_date <= due:
        out.append(Refusal("new_date", "dossier.new_date_after_due", {"due": due}))
    elif new_date > _years_after(d.received_date, LONGEST_DUE_YEARS):  # a mistyped year: 2099
        out.append(Refusal("new_date", "dossier.due_too_far", {"years": LONGEST_DUE_YEARS}))
    return out


def _apologize(move: Move) -> None:
    move.record.apology_new_date = move.params["new_date"]
    move.event["due_date"] = due_in_force(move.record, move.day, _calendar(move))


def _still_at_counter(move: Move) -> Refusal | None:
    """Refused at the counter: only a dossier taken in here that nothing has happened to yet."""
    d = move.record
    if d.supplement_count or d.apology_new_date is not None or d.import_batch_id is not None:
        return Refusal(None, "dossier.refuse_only_at_counter")
    return None


def _refused_on_the_day_presented(move: Move) -> Refusal | None:
    if move.day != move.record.received_date:
        return Refusal("date", "dossier.refuse_same_day", {"value": move.record.received_date})
    return None


def _refunded_fee(move: Move) -> Refusal | None:
    fee = move.params.get("refunded_fee")
    if fee is not None and (isinstance(fee, bool) or not isinstance(fee, int) or fee < 0):
        return Refusal("refunded_fee", "dossier.refunded_fee")
    if fee is not None and fee > MAX_FEE:  # beyond it the column itself overflows
        return Refusal("refunded_fee", "dossier.fee_too_large", {"value": fee, "maximum": MAX_FEE})
    return None


def _close(move: Move) -> None:
    move.record.completed_date = move.day
    move.record.supplement_requested_date = None


def _withdraw(move: Move) -> None:
    _close(move)
    move.record.refunded_fee = move.params.get("refunded_fee")


def _refuse(move: Move) -> None:
    move.record.supplement_requested_date = None
    # Never received (domain.md): the intake's row of its history says it was presented, not received.
    for e in move.session.scalars(select(DossierEvent).where(DossierEvent.dossier_id == move.record.id,
                                                             DossierEvent.kind == "received")):
        e.kind = PRESENTED_EVENT


def _previous_step(move: Move) -> date | datetime:
    """The moment of the dossier's last step (its receipt at the earliest): a step may be recorded
    late, never before it. A step recorded with its time of day is that moment, one recorded as a day
    alone that day. Edits of the details are not steps."""
    d = move.record
    moments = [moment_of(d.received_at) if d.received_at is not None else d.received_date]
    if d.id is not None:
        last = move.session.execute(
            select(DossierEvent.day, DossierEvent.at)
            .where(DossierEvent.dossier_id == d.id, DossierEvent.kind.in_(STEP_EVENTS))
            .order_by(DossierEvent.day.desc(), DossierEvent.at.desc()).limit(1)).first()
        if last is not None:
            # A row whose moment is not on its day was written with the day alone (`at` then
            # holds when it was written).
            at = moment_of(last.at) if last.at is not None and last.at.date() == last.day else last.day
            moments.append(at)
    return max(moments, key=lambda m: (m if isinstance(m, datetime) else datetime.combine(m, time.min)))


def _too_early(move: Move, earliest: date | datetime) -> Refusal:
    received = moment_of(move.record.received_at) if move.record.received_at is not None \
        else move.record.received_date
    if earliest == received or earliest == move.record.received_date:
        return Refusal("date", "dossier.before_receipt")
    return Refusal("date", "dossier.before_previous_step", {"value": earliest})


DOSSIER_FLOW = Flow("dossiers", [
    Step("assign", OPEN_STATUSES, None, "assigned", params=(Param("handler_id", text=False), Param("note")),
         guards=(_handler_chosen,), effect=_assign),
    Step("request_supplement", ("in_progress",), "awaiting_supplement", "supplement_requested",
         params=(REASON, Param("items"), Param("second_time")), guards=(_supplement_once,),
         effect=_request_supplement),
    Step("supply", ("awaiting_supplement",), "in_progress", "supplement_supplied", params=(Param("note"),),
         guards=(_supplied_after_request,), effect=_supply),
    Step("apologize", OPEN_STATUSES, None, "apology", params=(REASON, Param("new_date", text=False)),
         when=(_no_apology_yet,), guards=(_apology_in_time,), effect=_apologize),
    Step("return", ("in_progress",), "returned", "returned", params=(Param("note"),), effect=_close),
    Step("reject", OPEN_STATUSES, "rejected", "rejected", params=(REASON,), effect=_close),
    Step("withdraw", OPEN_STATUSES, "withdrawn", "withdrawn",
         params=(Param("note"), Param("refunded_fee", text=False)), guards=(_refunded_fee,), effect=_withdraw),
    Step("refuse", ("in_progress",), REFUSED_STATUS, "refused", params=(REASON,), when=(_still_at_counter,),
         guards=(_refused_on_the_day_presented,), effect=_refuse),
], events=EventRow(DossierEvent, "dossier_id"), previous=_previous_step, too_early=_too_early,
    in_future=Refusal("date", "date_in_future"), noun="dossier",
    event_columns=lambda move: {"due_date": move.record.due_date}, statuses=DOSSIER_STATUS, kinds=DOSSIER_EVENT)
# The events that are steps of the machine (and the receipt): what `_previous_step` looks back on.
PRESENTED_EVENT = "presented"  # the intake of a dossier then refused at the counter
STEP_EVENTS = ("received", PRESENTED_EVENT, *(s.event_kind for s in DOSSIER_FLOW.steps.values()))
# The history's rows that are no step: an edit of the details, a late cause recorded.
LATE_CAUSE_EVENT = "late_cause"
IMPORT_UPDATED = "import_updated"  # what an import changed in a dossier's dates or status

# Views of the table for the window: action → (starting statuses, status it leads to), the actions
# whose reason is required (printed on the slip).
TRANSITIONS = DOSSIER_FLOW.table()
EVENT_OF_ACTION = {a: s.event_kind for a, s in DOSSIER_FLOW.steps.items()}
NOTE_REQUIRED = DOSSIER_FLOW.requiring("note")


def allowed_actions(status_or_dossier) -> list[str]:
    """The actions a dossier (or a dossier in a status) may be given, in the table's order; for a
    dossier, without those its state forbids (a second apology, a refusal after a request)."""
    if isinstance(status_or_dossier, str):
        return DOSSIER_FLOW.actions_from(status_or_dossier)
    return DOSSIER_FLOW.allowed_actions(status_or_dossier)


def transition(session: Session, dossier_id: int, action: str, *, on: date | datetime | None = None,
               note: str | None = None, user: str | None = None, handler_id: int | None = None,
               new_date: date | None = None, items: str | None = None, second_time: str | None = None,
               refunded_fee: int | None = None, calendar: WorkCalendar | None = None,
               now: datetime | None = None) -> Dossier:
    """Apply one action to a dossier at `on` (a moment, or a day; default now; late, but not before
    its previous step nor in the future), enforcing the allowed transitions and the counter's rules,
    and record the event."""
    now = (now or clock.now()).replace(second=0, microsecond=0)
    DOSSIER_FLOW.step(action)
    d = get_dossier(session, dossier_id)
    return DOSSIER_FLOW.apply(session, d, action, at=step_moment(on, now), actor=user, today=now.date(),
                              context={"calendar": calendar, "now": now}, note=note, handler_id=handler_id,
                              new_date=new_date, items=items, second_time=second_time, refunded_fee=refunded_fee)


# update_details: a field left as it is.
KEEP = object()


def _official_code_problem(session: Session, official_code: str | None, dossier_id: int | None = None):
    """What is wrong with giving a dossier this provincial code: too long, or the code or official
    code of another dossier (None: nothing)."""
    if not official_code:
        return None
    if len(official_code) > 100:
        return problem("too_long", length=len(official_code), limit=100)
    other = session.scalar(select(Dossier.id).where(
        (Dossier.official_code == official_code) | (Dossier.code == official_code), Dossier.id != (dossier_id or 0)))
    return problem("dossier.code_exists", code=official_code) if other is not None else None


def update_details(session: Session, dossier_id: int, *, applicant: Applicant | None = None,
                   channel: str | None = None, documents: list[DocumentLine] | str | None = None,
                   notes: str | None = None, representative: Representative | None = None,
                   result_delivery: str | None = None, copies: int | None = None,
                   user: str | None = None, today: date | None = None,
                   fee=KEEP, paid_online=KEEP, digitised=KEEP, official_code: str | None = None) -> Dossier:
    """Edit what the counter may correct after intake (dates and status only change through actions;
    the appointment and the book's number never). `representative` replaces the one recorded (an
    empty one removes it); `documents` the list of documents. `fee`, `paid_online`, `digitised` given
    (None: not recorded) are set; left out, kept. `official_code`: the provincial system's code of a
    dossier taken in offline, given once (the system's export links by it); never rewritten."""
    d = get_dossier(session, dossier_id)
    changes = []
    errors: dict[str, Problem] = _fee_problems(None if fee is KEEP else fee)
    official_code = code_text(official_code)
    if official_code is not None and official_code != d.official_code and official_code != d.code:
        wrong = (problem("dossier.official_code_given", value=d.official_code) if d.official_code
                 else _official_code_problem(session, official_code, d.id))
        if wrong is not None:
            errors["official_code"] = wrong
        else:
            d.official_code = official_code
            changes.append("official_code")
    for attr, value in (("fee", fee), ("paid_online", paid_online), ("digitised", digitised)):
        if value is not KEEP and not errors and value != getattr(d, attr):
            setattr(d, attr, value)
            changes.append(attr)
    if applicant is not None:
        a = applicant.cleaned()
        errors.update(validate_applicant(a))
        if not a.name:
            errors["name"] = problem("dossier.applicant_required")
    if representative is not None:
        representative = representative.cleaned()
        errors.update(validate_representative(representative))
    if channel is not None and channel not in CHANNEL:
        errors["channel"] = problem("unknown_choice", what=problem("noun.channel"), value=channel)
    if result_delivery is not None and result_delivery not in RESULT_DELIVERY:
        errors["result_delivery"] = problem("unknown_choice", what=problem("noun.result_delivery"),
                                            value=result_delivery)
    if copies is not None and not 1 <= copies <= MAX_COPIES:
        errors["copies"] = problem("dossier.copies", limit=MAX_COPIES)
    lines = None
    if documents is not None:
        lines, doc_errors = _clean_documents(documents)
        errors.update(doc_errors)
    if errors:
        raise ValidationError(errors)
    if applicant is not None:
        for attr, value in (("applicant_name", a.name), ("applicant_id_number", a.id_number),
                            ("applicant_phone", a.phone), ("applicant_address", a.address),
                            ("applicant_email", a.email)):
            if getattr(d, attr) != value:
                changes.append(attr)
                setattr(d, attr, value)
    if representative is not None:
        changes += _set_representative(d, representative)
    for attr, value in (("channel", channel), ("result_delivery", result_delivery), ("copies", copies)):
        if value is not None and value != getattr(d, attr):
            setattr(d, attr, value)
            changes.append(attr)
    if lines is not None and lines != document_lines(d):
        d.documents = _document_rows(lines)
        changes.append("documents")
    if notes is not None and (nfc(notes) or None) != d.notes:
        d.notes = nfc(notes) or None
        changes.append("notes")
    if changes:
        d.search_key = search_key(d.code, d.applicant_name, d.procedure.name, d.official_code)
        DOSSIER_FLOW.log(session, d, "edited", today or clock.today(), user, from_status=d.status,
                         to_status=d.status, note=", ".join(changes), due_date=d.due_date)
        session.flush()
    return d


# ---------------------------------------------------------------- late causes
def may_carry_late_cause(d: Dossier, day: date | None = None) -> bool:
    """Whether a dossier is late on `day` (default today): closed after its due date, or pending and
    overdue (core.figures_rules.late_or_overdue_on, the figures' own condition)."""
    from core import figures_rules as rules

    global _IS_LATE
    if _IS_LATE is None:
        _IS_LATE = rules.predicate(rules.late_or_overdue_on, "day")
    return _IS_LATE(d, day or clock.today())


_IS_LATE = None


def set_late_cause(session: Session, dossier_id: int, cause: str | None, *, user: str | None = None,
                   on: date | datetime | None = None, now: datetime | None = None) -> Dossier:
    """Record why a late or overdue dossier is late (a code of core.vocab.LATE_CAUSE, its label, or
    None to clear it); the return counts late dossiers by cause. A dossier not late on `on` (default
    today) is refused. The history's row (no step: Mẫu 06 and the book do not show it) is dated `on`,
    the moment of the step it explains when entered with it, else now."""
    now = (now or clock.now()).replace(second=0, microsecond=0)
    at = step_moment(on, now)
    on = at.date()
    d = get_dossier(session, dossier_id)
    if at > now:
        raise ValidationError({"date": problem("dossier.date_in_future")})
    code = None
    if cause:
        code = cause if cause in LATE_CAUSE else LATE_CAUSE.parse(cause)
        if code is None:
            raise ValidationError({"late_cause": problem("unknown_choice", what=problem("noun.late_cause"),
                                                         value=cause)})
        if not may_carry_late_cause(d, on):
            raise ValidationError({"late_cause": problem("dossier.cause_not_late")})
    if code != d.late_cause:
        d.late_cause = code
        DOSSIER_FLOW.log(session, d, LATE_CAUSE_EVENT, at, user, from_status=d.status, to_status=d.status,
                         note=LATE_CAUSE.label(code) if code else None)
        session.flush()
    return d


# ---------------------------------------------------------------- one dossier as data
def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def dossier_json(d: Dossier) -> dict:
    """`dossier show --json`: the keys of interfaces.md (code, official_code, status, received_at,
    due_date, appointment_date, completed_on, events) and what the counter recorded besides."""
    appointment = appointment_of(d)
    rep = representative_of(d)
    return {
        "code": d.code,
        "official_code": d.official_code,
        "status": d.status,
        "procedure": d.procedure.name,
        "field": d.field,
        "channel": d.channel,
        "applicant": {"name": d.applicant_name, "id_number": d.applicant_id_number, "phone": d.applicant_phone,
                      "address": d.applicant_address, "email": d.applicant_email},
        "representative": None if rep is None else {f: getattr(rep, f) for f in Representative.FIELDS},
        "received_at": _iso(d.received_at),
        "due_date": None if d.status == REFUSED_STATUS else _iso(d.due_date),  # never received: no due date
        "appointment_date": _iso(appointment.date() if isinstance(appointment, datetime) else appointment),
        "appointment_at": _iso(appointment),
        "completed_on": _iso(d.completed_date),
        "handler": d.handler_name,
        "result_delivery": d.result_delivery,
        "copies": d.copies,
        "book": None if d.book_number is None else {"year": d.book_year, "volume": d.book_volume,
                                                    "number": d.book_number},
        "documents": [{"name": x.name, "form": x.form, "copies": x.copies, "received": x.received}
                      for x in d.documents],
        "supplement_count": d.supplement_count or 0,
        "second_supplement_reason": d.second_supplement_reason,
        "paused_days": d.paused_days or 0,
        "apology_new_date": _iso(d.apology_new_date),
        "refunded_fee": d.refunded_fee,
        "late_cause": d.late_cause,
        "events": [{"action": e.kind, "at": _iso(moment_of(e.at) if e.at else e.day), "day": _iso(e.day),
                    "note": e.note, "items": e.items, "user": e.user_name, "due_date": _iso(e.due_date)}
                   for e in d.events],
    }
