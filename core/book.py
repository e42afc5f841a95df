"""Mẫu 07, Sổ theo dõi hồ sơ: the tracking book of a period, from the register.

A line per dossier presented on a day of the period (imported dossiers too; one refused at the counter
too, as the counter's record of what was presented: no "Nhận hồ sơ", the refusal and its moment in
the note), in the book's order: its number in the year's book ("Số thứ tự", given at intake; the
dossiers without one after them, by moment of receipt). The columns are the circular's (QĐ 3621/QĐ-BYT
BM.06 after TT 03/2025): STT, Mã hồ sơ, Tên TTHC, Tên tổ chức, cá nhân, Địa chỉ/SĐT, Cơ quan chủ trì
giải quyết, then "Nhận và trả kết quả": Nhận hồ sơ, Hẹn trả kết quả, Trả kết quả, Phương thức nhận kết
quả, Ký nhận; and Ghi chú (what else happened: a refusal, a supplement, an apology, a stop).
`write_book(session, period, pdf=…, xlsx=…)` writes the PDF (landscape A4) and/or the workbook.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from core import clock
from core.commune import get_commune
from core.dossiers import appointment_of, moment_of
from core.formatting import fmt_date, fmt_moment, nfc
from core.models import Assignment, Dossier, DossierEvent
from core.returns import Period
from core.slips import commune_kind_and_name
from core.staff import covers
from core.vocab import REFUSED_STATUS

# Mẫu 07's "Phương thức nhận kết quả", short.
DELIVERY_SHORT = {"counter": "Trực tiếp", "postal": "Bưu chính", "online": "Trực tuyến"}


@dataclass
class BookLine:
    number: int | None  # Số thứ tự in the year's book
    volume: int | None
    year: int | None
    code: str
    procedure: str
    applicant: str
    address_phone: str
    agency: str  # Cơ quan chủ trì giải quyết
    received: datetime | date | None  # None: refused at the counter (never received)
    appointment: datetime | date | None
    returned: date | None
    delivery: str
    note: str
    status: str


@dataclass
class Book:
    commune: str
    commune_kind: str
    place: str
    period: Period
    field: str | None
    lines: list[BookLine]
    dated: date


def _note(d: Dossier, refusal_reason: str | None) -> str:
    parts = []
    if d.status == REFUSED_STATUS:
        # Never received: no "Nhận hồ sơ"; the note says when it was presented and why it was refused.
        parts.append("Từ chối tiếp nhận (Mẫu 03)" + (f": {refusal_reason}" if refusal_reason else ""))
        parts.append(f"nộp lúc {fmt_moment(moment_of(d.received_at))}")
    if d.supplement_count:
        parts.append("Yêu cầu bổ sung" + (f" {d.supplement_count} lần" if d.supplement_count > 1 else ""))
    if d.status == "awaiting_supplement":
        parts.append("đang chờ bổ sung")
    if d.apology_new_date is not None:
        parts.append(f"Xin lỗi, hẹn lại {fmt_date(d.apology_new_date)}")
    if d.status == "rejected":
        parts.append("Từ chối giải quyết")
    elif d.status == "withdrawn":
        parts.append("Dừng giải quyết (Mẫu 05)")
    return "; ".join(parts)


def book_of(session: Session, period: Period, field: str | None = None, today: date | None = None) -> Book:
    """The book's lines for dossiers presented on a day of `period` (of one field when given). It is
    dated by the period's last day (today while the period runs)."""
    commune = get_commune(session)
    kind, name = commune_kind_and_name(commune.name)
    field = nfc(field) or None
    stmt = (select(Dossier).where(Dossier.received_date.between(period.start, period.end))
            .order_by(case((Dossier.book_number.is_(None), 1), else_=0), Dossier.book_year, Dossier.book_number,
                      Dossier.received_at, Dossier.id))
    if field:
        stmt = stmt.where(Dossier.field == field)
    dossiers = list(session.scalars(stmt))
    ids = [d.id for d in dossiers if d.status == REFUSED_STATUS]
    reasons: dict[int, str | None] = {}
    for i in range(0, len(ids), 900):
        reasons.update(session.execute(select(DossierEvent.dossier_id, DossierEvent.note).where(
            DossierEvent.dossier_id.in_(ids[i:i + 900]), DossierEvent.kind == "refused")).all())
    handlers = sorted({d.handler_id for d in dossiers if d.handler_id is not None})
    mains: dict[int, list[Assignment]] = {}
    for i in range(0, len(handlers), 900):
        for a in session.scalars(select(Assignment).where(Assignment.staff_id.in_(handlers[i:i + 900]),
                                                          Assignment.kind == "main")):
            mains.setdefault(a.staff_id, []).append(a)
    deciding_body = f"UBND {kind} {name}"
    lines = []
    for d in dossiers:
        unit = next((a.department.name for a in mains.get(d.handler_id, ())
                     if covers(a.start_date, a.end_date, d.received_date)), None)
        contact = "; ".join(x for x in (d.applicant_address, d.applicant_phone) if x)
        lines.append(BookLine(
            number=d.book_number, volume=d.book_volume, year=d.book_year, code=d.code, procedure=d.procedure.name,
            applicant=d.applicant_name or "", address_phone=contact, agency=unit or deciding_body,
            received=None if d.status == REFUSED_STATUS else moment_of(d.received_at), appointment=appointment_of(d),
            returned=d.completed_date, delivery="" if d.status == REFUSED_STATUS else
            DELIVERY_SHORT.get(d.result_delivery or "", ""), note=_note(d, reasons.get(d.id)), status=d.status))
    today = today or clock.today()
    return Book(name, kind, commune.place_name or name, period, field, lines, min(period.end, today))


def write_book(session: Session, period: Period, *, pdf: str | Path | None = None, xlsx: str | Path | None = None,
               field: str | None = None, today: date | None = None) -> Book:
    """Write the book of `period` to `pdf` and/or `xlsx`; returns what was written."""
    book = book_of(session, period, field, today)
    if pdf:
        from core.exports.pdf.book import write_book_pdf

        write_book_pdf(book, pdf)
    if xlsx:
        from core.exports.book_xlsx import write_book_xlsx

        write_book_xlsx(book, xlsx)
    return book
