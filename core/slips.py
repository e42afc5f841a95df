"""The counter slips of one dossier: what each slip prints, taken from the register, and the file.

`slip_data_for(session, dossier_id, kind)` fills a core.exports.pdf.slips.SlipData from the dossier,
its procedure, its events and the commune; `write_dossier_slip` writes the PDF into a folder.
Which slips make sense for a dossier: `available_slips(dossier)`.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.commune import get_commune
from core.dossiers import get_dossier
from core.errors import ValidationError
from core.models import Dossier, DossierEvent
from core.vocab import CHANNEL
from core.messages import problem

# The event whose note holds the reason printed on each slip.
REASON_EVENT = {"supplement": "supplement_requested", "rejection": "rejected", "apology": "apology"}
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
    """The slips that can be printed for this dossier now: the receipt always; the supplement
    request once one was asked; the rejection once rejected; the apology once a new date was given."""
    out = ["receipt"]
    if (d.supplement_count or 0) > 0 or d.status == "awaiting_supplement":
        out.append("supplement")
    if d.status == "rejected":
        out.append("rejection")
    if d.apology_new_date is not None:
        out.append("apology")
    return out


def _last_note(session: Session, dossier_id: int, kind: str) -> str:
    note = session.scalar(select(DossierEvent.note).where(DossierEvent.dossier_id == dossier_id,
                                                           DossierEvent.kind == kind)
                          .order_by(DossierEvent.id.desc()).limit(1))
    return note or ""


def _lines(text: str | None) -> list[str]:
    return [x.strip(" -•\t") for x in re.split(r"[\r\n;]+", text or "") if x.strip(" -•\t")]


def slip_data_for(session: Session, dossier_id: int, kind: str, *, officer_name: str | None = None,
                  issued_on: date | None = None) -> SlipData:
    """What the `kind` slip ("receipt", "supplement", "rejection", "apology") of a dossier prints."""
    from core.exports.pdf.slips import SLIP_KINDS, SlipData  # reportlab loads on the first slip only

    if kind not in SLIP_KINDS:
        raise ValidationError({"kind": problem("slip.unknown", kind=kind)})
    d = get_dossier(session, dossier_id)
    if kind not in available_slips(d):
        raise ValidationError({"kind": problem("slip.not_available", kind=kind)})
    commune = get_commune(session)
    commune_kind, commune_name = commune_kind_and_name(commune.name)
    proc = d.procedure
    data = SlipData(
        commune_name=commune_name, commune_kind=commune_kind, province=commune.province or "",
        place_name=commune.place_name or commune_name, officer_name=officer_name or "",
        head_name=commune.chairperson or "",
        code=d.code, applicant_name=d.applicant_name or "", applicant_id_number=d.applicant_id_number or "",
        applicant_phone=d.applicant_phone or "", applicant_address=d.applicant_address or "",
        procedure_name=proc.name, field=d.field, channel_label=CHANNEL.label(d.channel),
        received_at=d.received_at, due_date=d.due_date,
        time_limit_label=time_limit_label(proc.legal_days, proc.deadline_unit),
        documents=_lines(d.documents), issued_on=issued_on,
    )
    if kind in REASON_EVENT:
        note = _last_note(session, d.id, REASON_EVENT[kind])
        if kind == "supplement":
            data.items_to_supplement = _lines(note)
        else:
            data.reason = note
    if kind == "apology":
        data.new_due_date = d.apology_new_date
    return data


def slip_file_name(code: str, kind: str) -> str:
    """'HS-251005-0012_mau-01.pdf': safe on every file system."""
    from core.exports.pdf.slips import SLIP_KINDS

    safe = re.sub(r"[^\w.-]+", "_", code, flags=re.ASCII).strip("_") or "ho-so"
    return f"{safe}_mau-{SLIP_KINDS[kind].form}.pdf"


def write_dossier_slip(session: Session, dossier_id: int, kind: str, folder: str | Path, *,
                       officer_name: str | None = None, issued_on: date | None = None) -> Path:
    """Write the slip into `folder` (created if needed) and return the file's path."""
    from core.exports.pdf.slips import write_slip

    data = slip_data_for(session, dossier_id, kind, officer_name=officer_name, issued_on=issued_on)
    path = Path(folder) / slip_file_name(data.code, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_slip(kind, data, path)
