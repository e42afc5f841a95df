"""The counter forms of Thông tư 03/2025/TT-VPCP, Phụ lục I, as A4 PDFs.

- ``receipt``    Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả
- ``supplement`` Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
- ``refusal``    Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ
- ``apology``    Mẫu 04 Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết
- ``stop``       Mẫu 05 Thông báo dừng giải quyết hồ sơ
- ``control``    Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ

(Mẫu 07, the tracking book, is core.exports.pdf.book.)

Fields and wording follow the forms as QĐ 3621/QĐ-BYT (24/11/2025) reproduces them after NĐ 118/2025
and TT 03/2025 (BM.01–BM.06; domain-research.md §2.1). The text of Mẫu 05 could not be read: its
fields are those NĐ 118/2025 Điều 21 and TT 03/2025 Điều 7 name (the dossier, the request to stop,
its reason, the fees refunded), its sentences are ours. The caller fills a ``SlipData`` (no database
access here) and calls ``write_slip(kind, data, path)``. A blank value prints as a dotted line, so
the clerk can complete the form by hand. The file is the same bytes every time it is written from
the same data (no creation time, no random identifier): a reprint is the first print.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from core.formatting import date_words, fmt_date, fmt_money, fmt_time, nfc

from .layout import BLANK, OfficialDocument, Signature, long_table, para, signature_block, signature_row

__all__ = ["SlipData", "DocumentRow", "Handover", "SLIP_KINDS", "write_slip", "slip_story"]


@dataclasses.dataclass(frozen=True)
class DocumentRow:
    """One document handed in: its name, "Bản chính"/"Bản sao", how many."""

    name: str
    form: str = ""
    copies: int | None = None


@dataclasses.dataclass(frozen=True)
class Handover:
    """One row of Mẫu 06: from whom to whom (units and persons), when, and the step's timeliness."""

    giver_unit: str
    receiver_unit: str
    giver: str
    receiver: str
    at: datetime | date | None
    result: str = ""  # Trước hạn / Đúng hạn / Quá hạn
    note: str = ""


@dataclasses.dataclass(kw_only=True)
class SlipData:
    """Everything a form prints. Plain values; text is NFC-normalised when drawn.

    ``commune_name`` is the bare name ("Thượng Tín"); ``commune_kind`` is "xã", "phường" or "đặc
    khu". ``place_name`` (date line) defaults to the commune name. Moments (``received_at``,
    ``appointment``, ``promised``, ``event_at``, a hand-over's ``at``) are a datetime (printed "09 giờ
    30 phút, ngày 05 tháng 10 năm 2025") or a date (the time left to fill in). ``issued_on`` is the
    form's date, its event's day; by default the day of receipt.
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
    representative: dict | None = None  # name, id_number, address, phone, email, document
    procedure_name: str = ""
    field: str = ""
    channel_label: str = ""
    received_at: datetime | date | None = None
    due_date: datetime | date | None = None
    appointment: datetime | date | None = None  # Mẫu 01's; None: the due date
    time_limit_label: str = ""  # e.g. "05 ngày làm việc"
    documents: list = dataclasses.field(default_factory=list)  # DocumentRow, or a name
    copies: int | None = 1
    fee: int | None = None  # đồng; None or 0: no fee
    result_delivery: str = ""  # where/how the result is returned; default: the office
    book_volume: str = ""  # "01/2026"
    book_number: str = ""
    reason: str = ""
    items_to_supplement: list[str] = dataclasses.field(default_factory=list)
    promised: datetime | date | None = None  # Mẫu 04: the date then promised; None: the appointment
    new_due_date: datetime | date | None = None
    event_at: datetime | date | None = None  # Mẫu 03, 05: the moment of the refusal or the stop
    refunded_fee: int | None = None
    handling_unit: str = ""  # Mẫu 06: Cơ quan (bộ phận) giải quyết hồ sơ
    coordinating_unit: str = ""
    handovers: list[Handover] = dataclasses.field(default_factory=list)
    issued_on: date | None = None
    doc_number: str = ""
    qr_code: bool = True  # Mẫu 01 carries the dossier code as a QR code


@dataclasses.dataclass(frozen=True)
class _Kind:
    form: str
    title: str
    number_suffix: str


#: kind -> (form number, title, suffix of the form's number)
SLIP_KINDS: dict[str, _Kind] = {
    "receipt": _Kind("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "……-TTPVHCC"),
    "supplement": _Kind("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "PBS-TTPVHCC"),
    "refusal": _Kind("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "PTC-TTPVHCC"),
    "apology": _Kind("04", "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết", "PXL"),
    "stop": _Kind("05", "Thông báo dừng giải quyết hồ sơ", "TB-TTPVHCC"),
    "control": _Kind("06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "PKS-TTPVHCC"),
}

_SIGN_NOTE = "(Ký và ghi rõ họ tên)"
_HOURS = "…… giờ …… phút"


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


def _body(d: SlipData) -> str:
    """'Ủy ban nhân dân xã Thượng Tín': the body that decides the dossier."""
    return f"Ủy ban nhân dân {_kind_word(d)} {_commune(d)}"


def when(value: datetime | date | None) -> str:
    """'09 giờ 30 phút, ngày 05 tháng 10 năm 2025'; a date leaves the time to fill in."""
    if value is None:
        return f"{_HOURS}, ngày …… tháng …… năm ……"
    if isinstance(value, datetime):
        return f"{fmt_time(value)}, {date_words(value)}"
    return f"{_HOURS}, {date_words(value)}"


def short_when(value: datetime | date | None) -> str:
    """'09 giờ 30 phút, ngày 05/10/2025' (Mẫu 06's cells)."""
    if value is None:
        return "….giờ….phút, ngày…../…../……"
    if isinstance(value, datetime):
        return f"{fmt_time(value)}, ngày {fmt_date(value)}"
    return f"….giờ….phút, ngày {fmt_date(value)}"


def _date_words(value: datetime | date | None) -> str:
    return date_words(value) if value is not None else "ngày …… tháng …… năm ……"


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
    return para(f"Số điện thoại: {escape(_t(d.applicant_phone))}; Email: {escape(_t(d.applicant_email))}",
                st["field"], markup=True)


def _request(d: SlipData, st) -> Flowable:
    text = _t(d.procedure_name)
    if nfc(d.field):
        text += f" (lĩnh vực {nfc(d.field)})"
    return _field("Nội dung yêu cầu giải quyết", text, st)


def _representative(d: SlipData, st) -> list[Flowable]:
    """Mẫu 01: the authorised person's name, address, ID number, phone, email and authorisation."""
    r = d.representative
    if not r:
        return []

    def v(key):
        return escape(_t(r.get(key)))

    return [
        para(f"Người được ủy quyền: <b>{v('name')}</b>; Số định danh cá nhân: {v('id_number')}", st["field"],
             markup=True),
        para(f"Địa chỉ: {v('address')}; Số điện thoại: {v('phone')}; Email: {v('email')}", st["field"],
             markup=True),
        para(f"Giấy tờ ủy quyền: {v('document')}", st["field"], markup=True),
    ]


def _documents_table(d: SlipData, width: float, st) -> list[Flowable]:
    """STT | Tên giấy tờ | Bản chính/Bản sao | Số lượng: the documents handed in."""
    rows = []
    for n, doc in enumerate(d.documents, start=1):
        doc = doc if isinstance(doc, DocumentRow) else DocumentRow(str(doc))
        copies = f"{doc.copies:02d}" if doc.copies else ""
        rows.append([n, para(doc.name, st["td"]), doc.form, copies])
    if not rows:
        rows = [[n, "", "", ""] for n in (1, 2, 3)]  # to be filled in by hand
    return long_table([["STT", "Tên giấy tờ", "Bản chính/Bản sao", "Số lượng"]], rows,
                      [12 * mm, width - 12 * mm - 38 * mm - 20 * mm, 38 * mm, 20 * mm],
                      align=["CENTER", "LEFT", "CENTER", "CENTER"], font_size=11, st=st)


def _qr(code: str, size: float = 24 * mm) -> Drawing:
    widget = QrCodeWidget(code, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _issued_on(kind: str, d: SlipData) -> date | None:
    if d.issued_on:
        return d.issued_on
    value = d.received_at
    return value.date() if isinstance(value, datetime) else value


def _two_signatures(d: SlipData, st) -> Table:
    # The one who hands the dossier in signs: the authorised representative when there is one.
    handed_in_by = (d.representative or {}).get("name") or d.applicant_name
    return signature_row(
        [
            Signature(["Người nộp hồ sơ"], nfc(handed_in_by), _SIGN_NOTE),
            Signature(["Người tiếp nhận hồ sơ"], nfc(d.officer_name), _SIGN_NOTE),
        ],
        st=st,
    )


def _applicant_block(d: SlipData, st, intro: str) -> list[Flowable]:
    return [
        para(f"{_office(d)}", st["field"]),
        _field(intro, d.applicant_name, st, bold=True),
        _field("Số định danh cá nhân/tổ chức", d.applicant_id_number, st),
        _field("Địa chỉ", d.applicant_address, st),
        _contact(d, st),
    ]


# -------------------------------------------------------------------- bodies


def _receipt(d: SlipData, st, width: float) -> list[Flowable]:
    copies = f"{d.copies:02d}" if d.copies else BLANK
    delivery = nfc(d.result_delivery) or _office(d)
    appointment = d.appointment if d.appointment is not None else d.due_date
    out = [
        *_applicant_block(d, st, "Tiếp nhận hồ sơ của Ông (Bà)/Tổ chức"),
        *_representative(d, st),
        _request(d, st),
        _field("Hình thức nộp hồ sơ", d.channel_label, st),
        para("Thành phần hồ sơ nộp gồm:", st["field"]),
        Spacer(1, 2),
        *_documents_table(d, width, st),
        _field("Số lượng hồ sơ", f"{copies} (bộ)", st),
        _field("Thời gian giải quyết hồ sơ theo quy định là", d.time_limit_label, st),
        _field("Thời gian nhận hồ sơ", when(d.received_at), st),
        _field("Thời gian trả kết quả giải quyết hồ sơ", when(appointment), st, bold=True),
    ]
    if d.fee:
        out.append(_field("Phí, lệ phí", fmt_money(d.fee), st))
    out += [
        _field("Đăng ký nhận kết quả tại", delivery, st),
        para(f"Vào Sổ theo dõi hồ sơ, Quyển số {escape(_t(d.book_volume))}, "
             f"Số thứ tự {escape(_t(d.book_number))}.", st["field"], markup=True),
        _two_signatures(d, st),
    ]
    return out


def _supplement(d: SlipData, st, width: float) -> list[Flowable]:
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


def _refusal(d: SlipData, st, width: float) -> list[Flowable]:
    office = _office(d)
    return [
        *_applicant_block(d, st, "Tiếp nhận hồ sơ của"),
        _field("Mã hồ sơ (nếu có)", d.code, st),
        _request(d, st),
        _field("Thời gian nộp hồ sơ", when(d.received_at), st),
        para(
            f"Qua xem xét, {office} thông báo không tiếp nhận, giải quyết hồ sơ này "
            f"với lý do cụ thể như sau: {_t(d.reason)}",
            st["field"],
        ),
        para("Xin thông báo cho Ông/Bà được biết và thực hiện./.", st["field"]),
        _two_signatures(d, st),
    ]


def _apology(d: SlipData, st, width: float) -> list[Flowable]:
    body = _body(d)
    name = escape(_t(d.applicant_name))
    promised = d.promised if d.promised is not None else (d.appointment if d.appointment is not None
                                                          else d.due_date)
    new_date = d.new_due_date
    return [
        para(f"Kính gửi: Ông/Bà <b>{name}</b>", st["center"], markup=True),
        Spacer(1, 4),
        _received_intro(d, "tiếp nhận giải quyết hồ sơ đề nghị giải quyết", st),
        para(f"Thời gian hẹn trả kết quả giải quyết hồ sơ: {when(promised)}.", st["body"]),
        para(
            f"Tuy nhiên đến nay, {body} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng thời hạn "
            "quy định ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
            st["body"],
        ),
        para(f"Lý do: {_t(d.reason)}", st["body"]),
        para(
            f"{body} xin trân trọng gửi lời xin lỗi đến Ông/Bà vì sự chậm trễ trong quá trình giải quyết "
            "hồ sơ có thể gây phiền hà, tốn kém về chi phí, công sức của Ông/Bà.",
            st["body"],
        ),
        para(
            f"{body} sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào "
            f"{_date_words(new_date)}.",
            st["body"],
        ),
        para("Mong nhận được sự thông cảm của Ông/Bà vì sự chậm trễ này./.", st["body"]),
        signature_block(
            Signature(list(d.head_authority_lines), nfc(d.head_name) or None, _SIGN_NOTE),
            recipients=["Như trên;", f"{_office(d)};", "Lưu: VT."],
            st=st,
        ),
    ]


def _received_intro(d: SlipData, what: str, st) -> Flowable:
    """Mẫu 04's and 05's opening: on that day the office took in the applicant's dossier."""
    return para(
        f"{_date_words(d.received_at).capitalize()}, {escape(_office(d))} {what} thủ tục hành chính "
        f"{escape(_t(d.procedure_name))} của Ông/Bà <b>{escape(_t(d.applicant_name))}</b>; số định danh: "
        f"{escape(_t(d.applicant_id_number))}; mã số hồ sơ: {escape(_t(d.code))}.",
        st["body"],
        markup=True,
    )


def _stop(d: SlipData, st, width: float) -> list[Flowable]:
    name = escape(_t(d.applicant_name))
    out = [
        para(f"Kính gửi: Ông/Bà <b>{name}</b>", st["center"], markup=True),
        Spacer(1, 4),
        _received_intro(d, "tiếp nhận hồ sơ đề nghị giải quyết", st),
        para(f"Vào {when(d.event_at)}, Ông/Bà đề nghị dừng giải quyết hồ sơ nêu trên.", st["body"]),
        para(f"Lý do: {_t(d.reason)}", st["body"]),
        para(f"{_office(d)} thông báo dừng giải quyết hồ sơ nêu trên kể từ {_date_words(d.event_at)}.",
             st["body"]),
    ]
    if d.fee or d.refunded_fee:
        paid = fmt_money(d.fee) if d.fee else BLANK
        refunded = fmt_money(d.refunded_fee or 0)
        out.append(para(f"Phí, lệ phí đã nộp: {paid}; số tiền hoàn trả cho Ông/Bà: {refunded}.", st["body"]))
    out += [
        para("Xin thông báo để Ông/Bà được biết./.", st["body"]),
        _two_signatures(d, st),
    ]
    return out


def _control(d: SlipData, st, width: float) -> list[Flowable]:
    appointment = d.appointment if d.appointment is not None else d.due_date
    td = ParagraphStyle("td_control", parent=st["td"], fontSize=10, leading=12)
    rows = []
    for h in d.handovers:
        units = para(f"1. Giao: {escape(_t(h.giver_unit))}<br/>2. Nhận: {escape(_t(h.receiver_unit))}", td,
                     markup=True)
        moment = para(f"{escape(short_when(h.at))}<br/><i>Người giao:</i> {escape(_t(h.giver))}<br/>"
                      f"<i>Người nhận:</i> {escape(_t(h.receiver))}", td, markup=True)
        rows.append([units, moment, h.result, para(h.note, td)])
    if not rows:
        rows = [[para("1. Giao: Bộ phận TN&TKQ<br/>2. Nhận:", td, markup=True), short_when(None), "", ""]]
    return [
        _field("Mã số hồ sơ", d.code, st, bold=True),
        _field("Cơ quan (bộ phận) giải quyết hồ sơ", d.handling_unit, st),
        _field("Cơ quan phối hợp giải quyết hồ sơ", d.coordinating_unit, st),
        _field("Ngày nhận", when(d.received_at), st),
        para(f"Hẹn trả kết quả vào {when(appointment)}.", st["field"]),
        Spacer(1, 4),
        *long_table(
            [["Tên đơn vị", "Thời gian giao nhận hồ sơ", "Kết quả giải quyết hồ sơ (trước hạn/đúng hạn/quá hạn)",
              "Ghi chú"]],
            rows,
            [46 * mm, 54 * mm, 26 * mm, width - 126 * mm],
            align=["LEFT", "LEFT", "CENTER", "LEFT"],
            font_size=10,
            st=st,
        ),
        Spacer(1, 6),
        para("<i>Ghi chú:</i>", st["field"], markup=True),
        para("- Kết quả giải quyết hồ sơ do bên nhận nhập thông tin/ghi khi nhận bàn giao hồ sơ.", st["item"]),
        para("- Việc lưu vết được thực hiện tự động theo chức năng của Hệ thống thông tin giải quyết thủ tục "
             "hành chính và thể hiện trên mẫu phiếu điện tử.", st["item"]),
    ]


_BODIES = {"receipt": _receipt, "supplement": _supplement, "refusal": _refusal, "apology": _apology,
           "stop": _stop, "control": _control}


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
        reproducible=True,
    )


def slip_story(kind: str, data: SlipData, st, width: float) -> list[Flowable]:
    """The flowables after the header block: title, dossier code (and its QR code), body, signatures."""
    spec = SLIP_KINDS[kind]
    story: list[Flowable] = [para(spec.title.upper(), st["title"])]
    if kind == "receipt":
        code = para(f"Mã hồ sơ: {_t(data.code)}", st["subtitle"])
        if data.qr_code and nfc(data.code):
            # The code centred under the title, its QR code at the right margin (a scanner at the
            # counter types it into the dossier search).
            qr_size = 20 * mm
            row = Table([["", code, _qr(nfc(data.code), qr_size)]],
                        colWidths=[qr_size, width - 2 * qr_size, qr_size], hAlign="CENTER")
            row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            story.append(row)
        else:
            story.append(code)
    story.append(Spacer(1, 6))
    story += _BODIES[kind](data, st, width)
    return story


def write_slip(kind: str, data: SlipData, path) -> Path:
    """Write one form as an A4 PDF at ``path`` (atomically) and return the path.

    ``kind`` is one of ``SLIP_KINDS``; ``ValueError`` otherwise.
    """
    doc = _document(kind, data, path)
    doc.story += slip_story(kind, data, doc.styles, doc.width)
    return doc.build()
