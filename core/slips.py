"""The counter forms of one dossier (Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu 01–06): what each prints,
taken from the register, and the file.

Every form is dated by its event and prints what was recorded then, so a reprint is the same file:
Mẫu 01 the receipt (its moment, the appointment given at intake, the documents handed in, the book's
volume and number), 02 a supplement request (its items and reason), 03 the refusal at the counter,
04 the apology (the due date then in force and the new date), 05 the stop (its reason, the fee
refunded), 06 the receipt with one hand-over row per recorded step. The person named on a form is
the one who recorded its event (the account's full name), else the `officer_name` given.

`slip_data_for(session, dossier_id, kind)` fills a core.exports.pdf.slips.SlipData;
`write_dossier_slip` writes the PDF; `available_slips(dossier)` says which forms a dossier has.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.commune import get_commune
from core.dossiers import STEP_EVENTS, appointment_of, get_dossier, moment_of, representative_of
from core.errors import ValidationError
from core.formatting import fmt_date, nfc
from core.messages import problem
from core.models import Dossier, DossierEvent, Staff, User
from core.staff import current_assignment
from core.vocab import CHANNEL, DOCUMENT_FORM, REFUSED_STATUS, RESULT_DELIVERY

# Each form: its number and the event that dates it (the latest of that kind, or the n-th).
FORM_OF_KIND = {"receipt": "01", "supplement": "02", "refusal": "03", "apology": "04", "stop": "05", "control": "06"}
KIND_OF_FORM = {form: kind for kind, form in FORM_OF_KIND.items()}
EVENT_OF_KIND = {"receipt": "received", "supplement": "supplement_requested", "refusal": "refused",
                 "apology": "apology", "stop": "withdrawn", "control": "received"}
COUNTER_UNIT = "Bộ phận TN&TKQ"  # as Mẫu 06 writes the counter (Tiếp nhận và Trả kết quả)
_KINDS = (("đặc khu", "đặc khu"), ("phường", "phường"), ("thị trấn", "thị trấn"), ("xã", "xã"))


def commune_kind_and_name(full_name: str) -> tuple[str, str]:
    """'Xã Thượng Tín' → ('xã', 'Thượng Tín'); a name without a prefix is taken as a xã."""
    text = (full_name or "").strip()
    for prefix, kind in _KINDS:
        if text.lower().startswith(prefix + " "):
            return kind, text[len(prefix) + 1:].strip()
    return "xã", text


def time_limit_label(legal_days: int | None, unit: str | None) -> str:
    """'05 ngày làm việc', '15 ngày', 'Trong ngày' (as the receipt prints it)."""
    if legal_days is None:
        return ""
    if legal_days == 0:
        return "Trong ngày"
    if unit == "calendar_days":
        return f"{legal_days:02d} ngày"
    return f"{legal_days:02d} ngày làm việc"


def available_slips(d: Dossier) -> list[str]:
    """The forms that exist for this dossier now, in the circular's order: a dossier refused at the
    counter has only Mẫu 03; any other has Mẫu 01 and 06, Mẫu 02 once a supplement was asked for,
    04 once an apology was given, 05 once it was stopped (withdrawn)."""
    if d.status == REFUSED_STATUS:
        return ["refusal"]
    out = ["receipt"]
    if (d.supplement_count or 0) > 0 or d.status == "awaiting_supplement":
        out.append("supplement")
    if d.apology_new_date is not None:
        out.append("apology")
    if d.status == "withdrawn":
        out.append("stop")
    out.append("control")
    return out


def kind_of(form_or_kind: str) -> str:
    """'01' or 'receipt' → 'receipt'; anything else is refused."""
    kind = KIND_OF_FORM.get(form_or_kind.removeprefix("mau-").zfill(2), form_or_kind)
    if kind not in FORM_OF_KIND:
        raise ValidationError({"kind": problem("slip.unknown", kind=form_or_kind)})
    return kind


def _lines(text: str | None) -> list[str]:
    return [x.strip(" -•\t") for x in re.split(r"[\r\n;]+", text or "") if x.strip(" -•\t")]


class People:
    """The names printed for who did a step: an account's full name, a staff member's name, once each."""

    def __init__(self, session: Session, fallback: str | None = None):
        self.session, self.fallback = session, fallback
        self._users: dict[str, str | None] = {}
        self._staff: dict[int, str | None] = {}

    def user(self, name: str | None) -> str:
        if not name:
            return self.fallback or ""
        if name not in self._users:
            self._users[name] = self.session.scalar(select(User.full_name).where(User.name == name))
        return self._users[name] or name

    def staff(self, staff_id: int | None) -> str:
        if staff_id is None:
            return ""
        if staff_id not in self._staff:
            self._staff[staff_id] = self.session.scalar(select(Staff.full_name).where(Staff.id == staff_id))
        return self._staff[staff_id] or ""


def _event(d: Dossier, kind: str, nth: int | None = None) -> DossierEvent | None:
    events = [e for e in d.events if e.kind == kind]
    if not events:
        return None
    if nth is None:
        return events[-1]
    if not 1 <= nth <= len(events):
        raise ValidationError({"nth": problem("slip.no_such_request", nth=nth, count=len(events))})
    return events[nth - 1]


def _event_moment(e: DossierEvent | None, fallback: datetime | date | None) -> datetime | date | None:
    if e is None:
        return fallback
    return moment_of(e.at) if e.at is not None and e.at.date() == e.day else e.day


def _day(value: datetime | date | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def timeliness(day: date, due: date | None) -> str:
    """Mẫu 06's "kết quả giải quyết hồ sơ" of a step taken on `day`: before, on or after the due date
    then in force."""
    if due is None:
        return ""
    return "Trước hạn" if day < due else ("Đúng hạn" if day == due else "Quá hạn")


def handing_unit(session: Session, staff_id: int | None, day: date, fallback: str) -> str:
    """The unit of the handler on `day` (their main assignment's department), else `fallback`."""
    if staff_id is None:
        return fallback
    a = current_assignment(session, staff_id, day)
    return a.department.name if a is not None else fallback


def handovers(session: Session, d: Dossier, people: People, deciding_body: str):
    """Mẫu 06's rows: one per recorded step (edits and late causes are no steps), who handed the dossier to whom, when,
    and the step before, on or after the due date then in force."""
    from core.exports.pdf.slips import Handover

    rows, handler_id = [], None
    applicant = nfc(d.applicant_name) or ""
    for e in d.events:
        if e.kind not in STEP_EVENTS:
            continue
        if e.kind == "assigned":
            handler_id = e.staff_id
        at = _event_moment(e, e.day)
        due = e.due_date or d.due_date
        clerk = people.user(e.user_name)
        handler = people.staff(handler_id)
        unit = handing_unit(session, handler_id, e.day, deciding_body)
        result = timeliness(e.day, due)
        note = ""
        if e.kind == "received":
            rows.append(Handover("Người nộp hồ sơ", COUNTER_UNIT, applicant, clerk, at, "", "Tiếp nhận hồ sơ"))
            continue
        # (giving unit, receiving unit), (the person giving, the person receiving)
        if e.kind == "assigned":
            units, persons, who = (COUNTER_UNIT, unit), (clerk, handler), "Chuyển xử lý"
        elif e.kind == "supplement_supplied":
            units, persons, who = (COUNTER_UNIT, unit), (clerk, handler), "Nhận hồ sơ bổ sung"
        elif e.kind == "withdrawn":
            units, persons, who = (unit, COUNTER_UNIT), (handler, clerk), "Dừng giải quyết theo đề nghị"
        else:
            units, persons = (unit, COUNTER_UNIT), (handler, clerk)
            who = {"supplement_requested": "Yêu cầu bổ sung", "apology": "Xin lỗi, hẹn lại",
                   "returned": "Trả kết quả", "rejected": "Từ chối giải quyết"}.get(e.kind, e.kind)
        if e.kind == "supplement_requested":
            note = "; ".join(_lines(e.items))
        elif e.kind == "apology" and d.apology_new_date is not None:
            note = f"hẹn trả ngày {fmt_date(d.apology_new_date)}"
        elif e.kind in ("rejected", "withdrawn") and e.note:
            note = nfc(e.note) or ""
        rows.append(Handover(units[0], units[1], persons[0] or "", persons[1] or "", at, result,
                             f"{who}: {note}" if note else who))
    return rows


def slip_data_for(session: Session, dossier_id: int, kind: str, *, officer_name: str | None = None,
                  nth: int | None = None):
    """What form `kind` (receipt, supplement, refusal, apology, stop, control, or its number "01".."06")
    of a dossier prints. `nth`: which supplement request (default the latest)."""
    from core.exports.pdf.slips import DocumentRow, SlipData  # reportlab loads on the first form only
    from core.settings import get as setting

    kind = kind_of(kind)
    d = get_dossier(session, dossier_id)
    if kind not in available_slips(d):
        raise ValidationError({"kind": problem("slip.not_available", kind=FORM_OF_KIND[kind])})
    people = People(session, officer_name)
    commune = get_commune(session)
    commune_kind, commune_name = commune_kind_and_name(commune.name)
    deciding_body = f"Ủy ban nhân dân {commune_kind} {commune_name}"
    proc = d.procedure
    event = _event(d, EVENT_OF_KIND[kind], nth if kind == "supplement" else None)
    received_event = _event(d, "received")
    received = moment_of(d.received_at)
    data = SlipData(
        commune_name=commune_name, commune_kind=commune_kind, province=commune.province or "",
        place_name=commune.place_name or commune_name, office_phone=setting(session, "counter.phone") or "",
        officer_name=people.user(event.user_name if event is not None else None),
        head_name=commune.chairperson or "",
        code=d.code, applicant_name=d.applicant_name or "", applicant_id_number=d.applicant_id_number or "",
        applicant_phone=d.applicant_phone or "", applicant_address=d.applicant_address or "",
        applicant_email=d.applicant_email or "", procedure_name=proc.name, field=d.field,
        channel_label=CHANNEL.label(d.channel), received_at=received, due_date=d.due_date,
        appointment=appointment_of(d), time_limit_label=time_limit_label(proc.legal_days, proc.deadline_unit),
        copies=d.copies, fee=getattr(d, "fee", None),
        result_delivery=RESULT_DELIVERY.label(d.result_delivery) if d.result_delivery else "",
        issued_on=_day(_event_moment(event, received)),
    )
    rep = representative_of(d)
    if rep is not None:
        data.representative = {f: getattr(rep, f) or "" for f in rep.FIELDS}
    if d.book_number is not None:
        data.book_volume = f"{d.book_volume or 1:02d}/{d.book_year}"
        data.book_number = f"{d.book_number:04d}"
    if kind == "receipt":
        data.officer_name = people.user(received_event.user_name if received_event else None)
        data.documents = [DocumentRow(x.name, DOCUMENT_FORM.label(x.form) if x.form else "", x.copies)
                          for x in d.documents if x.received]
    elif kind == "supplement":
        data.items_to_supplement = _lines(event.items)
        data.reason = nfc(event.note) or ""
    elif kind in ("refusal", "stop"):
        data.reason = nfc(event.note) or ""
        data.event_at = _event_moment(event, None)
        if kind == "stop":
            data.refunded_fee = d.refunded_fee
    elif kind == "apology":
        data.reason = nfc(event.note) or ""
        promised = event.due_date or d.due_date
        appointment = appointment_of(d)
        data.promised = datetime.combine(promised, appointment.time()) if isinstance(appointment, datetime) \
            else promised
        data.new_due_date = d.apology_new_date
    elif kind == "control":
        data.officer_name = people.user(received_event.user_name if received_event else None)
        handler_id = next((e.staff_id for e in reversed(d.events) if e.kind == "assigned"), None)
        data.handling_unit = handing_unit(session, handler_id, d.received_date, deciding_body)
        data.handovers = handovers(session, d, people, deciding_body)
    return data


def slip_file_name(code: str, kind: str) -> str:
    """'HS-251005-0012_mau-01.pdf': safe on every file system."""
    safe = re.sub(r"[^\w.-]+", "_", code, flags=re.ASCII).strip("_") or "ho-so"
    return f"{safe}_mau-{FORM_OF_KIND[kind_of(kind)]}.pdf"


def write_slip_file(session: Session, dossier_id: int, kind: str, path: str | Path, *,
                    officer_name: str | None = None, nth: int | None = None) -> Path:
    """Write the form to `path` and return it."""
    from core.exports.pdf.slips import write_slip

    data = slip_data_for(session, dossier_id, kind, officer_name=officer_name, nth=nth)
    return write_slip(kind_of(kind), data, Path(path))


def write_dossier_slip(session: Session, dossier_id: int, kind: str, folder: str | Path, *,
                       officer_name: str | None = None, nth: int | None = None) -> Path:
    """Write the form into `folder` (created if needed) under its usual name and return the path."""
    d = get_dossier(session, dossier_id)
    path = Path(folder) / slip_file_name(d.code, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_slip_file(session, dossier_id, kind, path, officer_name=officer_name, nth=nth)
