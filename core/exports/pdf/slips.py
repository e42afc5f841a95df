"""Counter slips of Thông tư 03/2025/TT-VPCP, Phụ lục I, as A4 PDFs.

- ``receipt``    Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả
- ``supplement`` Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
- ``rejection``  Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ
- ``apology``    Mẫu 04 Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết

Fields and wording follow the forms as reproduced in QĐ 3621/QĐ-BYT (2025)
(see domain-research.md §2.1); the apology's sentence of regret is not
verified word for word against TT 03. The caller fills a ``SlipData`` (no
database access here) and calls ``write_slip(kind, data, path)``. A blank
value prints as a dotted line, so the clerk can complete the slip by hand.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from core import clock
from core.formatting import fmt_date, fmt_datetime, nfc

from .layout import BLANK, OfficialDocument, Signature, para, signature_block, signature_row

__all__ = ["SlipData", "SLIP_KINDS", "write_slip", "slip_story"]


@dataclasses.dataclass(kw_only=True)
class SlipData:
    """Everything a slip prints. Plain values; text is NFC-normalised when drawn.

    ``commune_name`` is the bare name ("Thượng Tín"); ``commune_kind`` is
    "xã", "phường" or "đặc khu". ``place_name`` (date line) defaults to the
    commune name. ``received_at`` and ``due_date``/``new_due_date`` may be a
    datetime (printed "09 giờ 30 phút, ngày 05/10/2025") or a date.
    ``issued_on`` is the slip's date; by default the day of receipt for a
    receipt, today for the others.
    """

    # the office
    commune_name: str
    commune_kind: str = "xã"
    province: str = ""
    place_name: str = ""
    office_name: str = "Trung tâm Phục vụ hành chính công"
    office_lines: Sequence[str] = ("TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG")
    office_phone: str = ""
    officer_name: str = ""
    # who signs the apology (Mẫu 04: the head of the deciding body)
    head_authority_lines: Sequence[str] = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    head_name: str = ""
    # the dossier
    code: str = ""
    applicant_name: str = ""
    applicant_id_number: str = ""
    applicant_phone: str = ""
    applicant_email: str = ""
    applicant_address: str = ""
    procedure_name: str = ""
    field: str = ""
    channel_label: str = ""
    received_at: datetime | date | None = None
    due_date: datetime | date | None = None
    time_limit_label: str = ""  # e.g. "05 ngày làm việc"
    documents: list[str] = dataclasses.field(default_factory=list)
    copies: int = 1
    result_delivery: str = ""  # where/how the result is returned; default: the office
    reason: str = ""
    items_to_supplement: list[str] = dataclasses.field(default_factory=list)
    new_due_date: datetime | date | None = None
    issued_on: date | None = None
    doc_number: str = ""


@dataclasses.dataclass(frozen=True)
class _Kind:
    form: str
    title: str
    number_suffix: str


#: kind -> (form number, title, suffix of the slip number)
SLIP_KINDS: dict[str, _Kind] = {
    "receipt": _Kind("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "TTPVHCC"),
    "supplement": _Kind("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "PBS-TTPVHCC"),
    "rejection": _Kind("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "PTC-TTPVHCC"),
    "apology": _Kind("04", "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết", "PXL"),
}

_SIGN_NOTE = "(Ký và ghi rõ họ tên)"


# ------------------------------------------------------------------- helpers


def _t(value) -> str:
    """NFC text, or the dotted blank when empty."""
    text = nfc("" if value is None else str(value)) or ""
    return text or BLANK


def _commune(d: SlipData) -> str:
    """'Thượng Tín' even if the caller passed 'Xã Thượng Tín'."""
    name = nfc(d.commune_name) or ""
    kind = nfc(d.commune_kind) or "xã"
    if name.lower().startswith(kind.lower() + " "):
        name = name[len(kind) + 1 :].strip()
    return name


def _kind_word(d: SlipData) -> str:
    return (nfc(d.commune_kind) or "xã").lower()


def _office(d: SlipData) -> str:
    """'Trung tâm Phục vụ hành chính công xã Thượng Tín'."""
    return f"{nfc(d.office_name)} {_kind_word(d)} {_commune(d)}"


def _field(label: str, value, st, bold: bool = False) -> Flowable:
    v = escape(_t(value))
    if bold and v != BLANK:
        v = f"<b>{v}</b>"
    return para(f"{escape(label)}: {v}", st["field"], markup=True)


def _numbered(items: Sequence[str], st, blanks: int = 2) -> list[Flowable]:
    items = [nfc(i) for i in items if nfc(i)]
    if not items:
        # Room for the clerk to write the list by hand.
        return [para(f"{n}. {BLANK}{BLANK}{BLANK}", st["item"]) for n in range(1, blanks + 1)]
    return [para(f"{n}. {text}", st["item"]) for n, text in enumerate(items, 1)]


def _contact(d: SlipData, st) -> Flowable:
    text = f"Số điện thoại: {escape(_t(d.applicant_phone))}"
    if nfc(d.applicant_email):
        text += f"; Email: {escape(nfc(d.applicant_email))}"
    return para(text, st["field"], markup=True)


def _request(d: SlipData, st) -> Flowable:
    text = _t(d.procedure_name)
    if nfc(d.field):
        text += f" (lĩnh vực {nfc(d.field)})"
    return _field("Nội dung yêu cầu giải quyết", text, st)


def _issued_on(kind: str, d: SlipData) -> date:
    if d.issued_on:
        return d.issued_on
    if kind == "receipt" and d.received_at:
        return d.received_at.date() if isinstance(d.received_at, datetime) else d.received_at
    return clock.today()


# -------------------------------------------------------------------- bodies


def _receipt(d: SlipData, st) -> list[Flowable]:
    copies = f"{d.copies:02d}" if d.copies else BLANK
    delivery = nfc(d.result_delivery) or _office(d)
    out = [
        para(f"{_office(d)} tiếp nhận hồ sơ của:", st["field"]),
        _field("Ông (Bà)/Tổ chức", d.applicant_name, st, bold=True),
        _field("Số định danh cá nhân/tổ chức", d.applicant_id_number, st),
        _field("Địa chỉ", d.applicant_address, st),
        _contact(d, st),
        _request(d, st),
        _field("Hình thức nộp hồ sơ", d.channel_label, st),
        para("Thành phần hồ sơ nộp gồm:", st["field"]),
        *_numbered(d.documents, st),
        _field("Số lượng hồ sơ", f"{copies} (bộ)", st),
    ]
    if nfc(d.time_limit_label):
        out.append(_field("Thời gian giải quyết hồ sơ theo quy định là", d.time_limit_label, st))
    out += [
        _field("Thời gian nhận hồ sơ", fmt_datetime(d.received_at), st),
        _field("Thời gian trả kết quả giải quyết hồ sơ", fmt_datetime(d.due_date), st, bold=True),
        _field("Đăng ký nhận kết quả tại", delivery, st),
        signature_row(
            [
                Signature(["Người nộp hồ sơ"], nfc(d.applicant_name), _SIGN_NOTE),
                Signature(["Người tiếp nhận hồ sơ"], nfc(d.officer_name), _SIGN_NOTE),
            ],
            st=st,
        ),
    ]
    return out


def _supplement(d: SlipData, st) -> list[Flowable]:
    return [
        _field("Hồ sơ của", d.applicant_name, st, bold=True),
        _field("Mã hồ sơ", d.code, st),
        _request(d, st),
        _field("Địa chỉ", d.applicant_address, st),
        _contact(d, st),
        _field("Ngày tiếp nhận hồ sơ", fmt_date(d.received_at), st),
        para("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", st["field"]),
        *_numbered(d.items_to_supplement, st, blanks=4),
        _field("Lý do", d.reason, st),
        para(
            "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với "
            f"{_t(d.officer_name)}, số điện thoại {_t(d.office_phone)} để được hướng dẫn./.",
            st["field"],
        ),
        signature_row(
            [Signature([], None), Signature(["Người hướng dẫn"], nfc(d.officer_name), _SIGN_NOTE)],
            st=st,
        ),
    ]


def _rejection(d: SlipData, st) -> list[Flowable]:
    office = _office(d)
    return [
        para(f"{office} tiếp nhận hồ sơ của:", st["field"]),
        _field("Ông (Bà)/Tổ chức", d.applicant_name, st, bold=True),
        _field("Số định danh cá nhân/tổ chức", d.applicant_id_number, st),
        _field("Địa chỉ", d.applicant_address, st),
        _contact(d, st),
        _field("Mã hồ sơ (nếu có)", d.code, st),
        _request(d, st),
        _field("Ngày tiếp nhận hồ sơ", fmt_date(d.received_at), st),
        para(
            f"Qua xem xét, {office} thông báo không tiếp nhận, giải quyết hồ sơ này "
            f"với lý do cụ thể như sau: {_t(d.reason)}",
            st["field"],
        ),
        para("Xin thông báo cho Ông/Bà được biết và thực hiện./.", st["field"]),
        signature_row(
            [
                Signature(["Người nộp hồ sơ"], nfc(d.applicant_name), _SIGN_NOTE),
                Signature(["Người tiếp nhận hồ sơ"], nfc(d.officer_name), _SIGN_NOTE),
            ],
            st=st,
        ),
    ]


def _apology(d: SlipData, st) -> list[Flowable]:
    body = f"Ủy ban nhân dân {_kind_word(d)} {_commune(d)}"
    name = escape(_t(d.applicant_name))
    received = fmt_date(d.received_at) or BLANK
    return [
        para(f"Kính gửi: Ông/Bà <b>{name}</b>", st["center"], markup=True),
        Spacer(1, 4),
        para(
            f"Ngày {received}, {escape(_office(d))} tiếp nhận hồ sơ đề nghị giải quyết thủ tục "
            f"hành chính {escape(_t(d.procedure_name))} của Ông/Bà <b>{name}</b>; số định danh "
            f"{escape(_t(d.applicant_id_number))}; mã số hồ sơ {escape(_t(d.code))}.",
            st["body"],
            markup=True,
        ),
        para(f"Thời gian hẹn trả kết quả: {fmt_datetime(d.due_date) or BLANK}.", st["body"]),
        para(
            f"Tuy nhiên đến nay, {body} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng thời hạn "
            "quy định ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
            st["body"],
        ),
        para(f"Lý do: {_t(d.reason)}", st["body"]),
        para(
            f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {body} trân trọng xin lỗi Ông/Bà và "
            "đề nghị gia hạn thời gian giải quyết hồ sơ; kết quả giải quyết hồ sơ sẽ được trả cho "
            f"Ông/Bà vào {fmt_datetime(d.new_due_date) or 'ngày ' + BLANK}./.",
            st["body"],
            markup=False,
        ),
        signature_block(
            Signature(list(d.head_authority_lines), nfc(d.head_name) or None),
            recipients=["Như trên;", f"{_office(d)};", "Lưu: VT."],
            st=st,
        ),
    ]


_BODIES = {"receipt": _receipt, "supplement": _supplement, "rejection": _rejection, "apology": _apology}


# ----------------------------------------------------------------------- API


def _document(kind: str, data: SlipData, path) -> OfficialDocument:
    if kind not in SLIP_KINDS:
        raise ValueError(f"unknown slip kind {kind!r}; expected one of {', '.join(SLIP_KINDS)}")
    spec = SLIP_KINDS[kind]
    commune = _commune(data)
    kind_word = _kind_word(data).upper()
    number = nfc(data.doc_number) or f"……/{spec.number_suffix}"
    if kind == "apology":
        # The apology comes from the body that decides the dossier, not the counter.
        issuer, parent = ["ỦY BAN NHÂN DÂN", f"{kind_word} {commune}"], []
    else:
        issuer, parent = list(data.office_lines), [f"UBND {kind_word} {commune}"]
    place = nfc(data.place_name) or commune
    return OfficialDocument(
        path,
        issuer,
        place,
        _issued_on(kind, data),
        number,
        parent_lines=parent,
        title=f"Mẫu {spec.form} - {spec.title}",
        author=_office(data),
        subject=" - ".join(x for x in (nfc(data.code), nfc(data.province)) if x),
    )


def slip_story(kind: str, data: SlipData, st) -> list[Flowable]:
    """The flowables after the header block: title, dossier code, body, signatures."""
    spec = SLIP_KINDS[kind]
    story: list[Flowable] = [para(spec.title.upper(), st["title"])]
    if kind == "receipt":
        story.append(para(f"Mã hồ sơ: {_t(data.code)}", st["subtitle"]))
    story.append(Spacer(1, 8))
    story += _BODIES[kind](data, st)
    return story


def write_slip(kind: str, data: SlipData, path) -> Path:
    """Write one slip as an A4 PDF at ``path`` (atomically) and return the path.

    ``kind`` is one of ``"receipt"``, ``"supplement"``, ``"rejection"``,
    ``"apology"``; ``ValueError`` otherwise.
    """
    doc = _document(kind, data, path)
    doc.story += slip_story(kind, data, doc.styles)
    return doc.build()
