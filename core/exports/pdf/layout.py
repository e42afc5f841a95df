"""The official page of Nghị định 30/2020/NĐ-CP (Phụ lục I), for every PDF the app writes.

A small API, shared by the counter slips and the monthly return::

    from core.exports.pdf.layout import OfficialDocument, title_block, signature_block, long_table

    doc = OfficialDocument("bao-cao.pdf", ["ỦY BAN NHÂN DÂN", "XÃ THƯỢNG TÍN"],
                           place="Thượng Tín", date=date(2025, 10, 5), doc_number="15/BC-UBND")
    st = doc.styles
    doc.story += title_block("Báo cáo", "Tình hình, kết quả giải quyết thủ tục hành chính")
    doc.story.append(para("Thực hiện ...", st["body"]))
    doc.story += long_table([["STT", "Lĩnh vực", "Số hồ sơ"]], rows, [12 * mm, 100 * mm, 53 * mm],
                            align=["CENTER", "LEFT", "RIGHT"])
    doc.story.append(signature_block(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Văn A",
                                     recipients=["UBND tỉnh;", "Lưu: VT."]))
    doc.build()          # header block first, then the story; written atomically

Page: A4 portrait (landscape allowed for wide tables), margins top and bottom
20 mm, left 30 mm, right 15 mm; Liberation Serif (metric twin of Times New
Roman); page numbers centred in the top margin from page 2 on. All text passed
in is NFC-normalised and escaped for reportlab's paragraph markup, unless a
function says it takes markup.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether as platypus_KeepTogether
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Flowable,
    HRFlowable,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from core.files import atomic_path
from core.formatting import date_line, fmt_date, fmt_decimal, fmt_int, nfc

from . import fonts

# Compressed page streams are written as binary, not re-encoded as ASCII85 text (reportlab's
# default, for 7-bit channels that PDFs no longer travel over): 15 % smaller files and about 4 %
# less time for a return with a 2,000-row annex (issue 8).
rl_config.useA85 = 0

__all__ = [
    "PAGE_SIZE",
    "MARGIN_TOP",
    "MARGIN_BOTTOM",
    "MARGIN_LEFT",
    "MARGIN_RIGHT",
    "FRAME_WIDTH",
    "NATIONAL_TITLE",
    "MOTTO",
    "BLANK",
    "styles",
    "para",
    "cell_text",
    "header_block",
    "title_block",
    "Signature",
    "SignatureSpace",
    "SIGNATURE_FIELD",
    "signature_block",
    "signature_row",
    "long_table",
    "KeepTogether",
    "fits_on_page",
    "orientation",
    "LANDSCAPE_WIDTH",
    "LANDSCAPE_PAGE_HEIGHT",
    "PORTRAIT",
    "LANDSCAPE",
    "OfficialDocument",
]

PAGE_SIZE = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
#: Usable width of a portrait page (165 mm).
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
#: Usable width of a landscape page (252 mm): the same margins, the binding edge still on the left.
LANDSCAPE_WIDTH = landscape(PAGE_SIZE)[0] - MARGIN_LEFT - MARGIN_RIGHT
LANDSCAPE_PAGE_HEIGHT = landscape(PAGE_SIZE)[1] - MARGIN_TOP - MARGIN_BOTTOM
PORTRAIT, LANDSCAPE = "portrait", "landscape"

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
#: Dotted blank for a value to be written by hand.
BLANK = "…………"

# The national title at 12 pt bold is 88 mm wide; the right column must hold it
# on one line (NĐ 30 draws it on one line), the left column gets the rest.
_HEADER_RIGHT = 97 * mm


# ------------------------------------------------------------------------ styles


def styles(base_size: float = 13) -> StyleSheet1:
    """Paragraph styles for official documents, in the bundled Vietnamese font.

    A fresh sheet on every call, so a caller may tweak it freely. Names:
    ``issuer_parent``, ``issuer``, ``national``, ``motto``, ``doc_number``,
    ``date_line``, ``title``, ``subtitle``, ``title_note``, ``body``
    (justified, first-line indent), ``field`` (label: value lines), ``item``
    (numbered list), ``center``, ``sign_authority``, ``sign_note``,
    ``sign_name``, ``recipients_title``, ``recipients``, ``th``, ``td``,
    ``td_right``, ``td_center``. ``base_size`` is the body size (NĐ 30: 13–14).
    """
    fonts.register_fonts()
    R, B, I, BI = fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC
    s = base_size
    sheet = StyleSheet1()

    def add(name, font=R, size=s, align=TA_LEFT, leading=None, **kw):
        sheet.add(
            ParagraphStyle(
                name,
                fontName=font,
                fontSize=size,
                leading=leading or round(size * 1.2, 1),
                alignment=align,
                **kw,
            )
        )

    add("issuer_parent", R, 12, TA_CENTER, 14.5)
    add("issuer", B, 12, TA_CENTER, 14.5)
    add("national", B, 12, TA_CENTER, 14.5)
    add("motto", B, 13, TA_CENTER, 15.5)
    add("doc_number", R, 13, TA_CENTER, 15.5)
    add("date_line", I, 13, TA_CENTER, 15.5)
    add("title", B, 14, TA_CENTER, 17, spaceBefore=14)
    add("subtitle", B, 13, TA_CENTER, 16)
    add("title_note", I, 13, TA_CENTER, 16)
    add("body", R, s, TA_JUSTIFY, s * 1.3, firstLineIndent=10 * mm, spaceBefore=4)
    add("field", R, s, TA_JUSTIFY, s * 1.3, spaceBefore=3)
    add("item", R, s, TA_JUSTIFY, s * 1.3, leftIndent=7 * mm, firstLineIndent=-5 * mm, spaceBefore=1)
    add("center", R, s, TA_CENTER, s * 1.3, spaceBefore=3)
    add("sign_authority", B, 13, TA_CENTER, 15.5)
    add("sign_note", I, 12, TA_CENTER, 14)
    add("sign_name", B, 13, TA_CENTER, 15.5)
    add("recipients_title", BI, 12, TA_LEFT, 14)
    add("recipients", R, 11, TA_LEFT, 13, leftIndent=2.5 * mm, firstLineIndent=-2.5 * mm)
    add("th", B, 11, TA_CENTER, 13)
    add("td", R, 11, TA_LEFT, 13)
    add("td_right", R, 11, TA_RIGHT, 13)
    add("td_center", R, 11, TA_CENTER, 13)
    return sheet


def para(text, style: ParagraphStyle, markup: bool = False) -> Paragraph:
    """A Paragraph of NFC text; escaped unless ``markup`` (then the caller escapes data).

    Escaping matters: a name or address with ``<`` or ``&`` would otherwise
    break reportlab's markup parser or be swallowed.
    """
    text = nfc("" if text is None else str(text)) or ""
    if not markup:
        text = escape(text)
    return Paragraph(text.replace("\n", "<br/>"), style)


def cell_text(value) -> str:
    """A table value as text: ints 1.234, decimals 12,50, dates dd/mm/yyyy, text NFC."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int):
        return fmt_int(value)
    if isinstance(value, (float, Decimal)):
        return fmt_decimal(value)
    if isinstance(value, (Date, datetime)):
        return fmt_date(value)
    return nfc(str(value)) or ""


# ----------------------------------------------------------------- header block


def _rule(width: float, space_before: float = 1, space_after: float = 0) -> HRFlowable:
    return HRFlowable(
        width=width,
        thickness=0.6,
        lineCap="butt",
        color=colors.black,
        spaceBefore=space_before,
        spaceAfter=space_after,
        hAlign="CENTER",
    )


def _date_line_text(place: str | None, d: Date | datetime | None) -> str:
    if d is None:
        # Undated: documents are often printed first and dated at signing.
        return f"{nfc(place) or '…………'}, ngày …… tháng …… năm ……"
    return date_line(place, d)


def header_block(
    issuer_lines: Sequence[str],
    place: str | None,
    date: Date | datetime | None,
    doc_number: str | None = None,
    *,
    parent_lines: Sequence[str] = (),
    width: float = FRAME_WIDTH,
    st: StyleSheet1 | None = None,
) -> Table:
    """The two-column block at the top of page 1.

    Left: ``parent_lines`` (the body above the issuer, upright capitals, not
    bold; e.g. "UBND XÃ THƯỢNG TÍN"), then ``issuer_lines`` (capitals, bold,
    e.g. "ỦY BAN NHÂN DÂN" / "XÃ THƯỢNG TÍN") with a short rule under them,
    then "Số: …" when ``doc_number`` is given ("15/BC-UBND" or "Số: 15/BC-UBND").
    Right: the national title, the underlined motto, and the italic
    place-and-date line (dotted if ``date`` is None). "Số" and the date line
    share a row so they sit level, as in the NĐ 30 template.
    """
    st = st or styles()
    bold_size = st["issuer"].fontSize

    left: list[Flowable] = [para((l or "").upper(), st["issuer_parent"]) for l in parent_lines]
    issuer = [(nfc(l) or "").upper() for l in issuer_lines]
    left += [para(l, st["issuer"]) for l in issuer]
    if issuer:
        # NĐ 30: a solid line 1/3–1/2 as long as the issuer's name.
        longest = max(stringWidth(l, fonts.BOLD, bold_size) for l in issuer)
        left.append(_rule(min(longest, width - _HEADER_RIGHT) * 0.4, space_before=3.5))

    motto_width = stringWidth(MOTTO, fonts.BOLD, st["motto"].fontSize)
    right: list[Flowable] = [
        para(NATIONAL_TITLE, st["national"]),
        para(MOTTO, st["motto"]),
        # A drawn rule instead of <u>: NĐ 30 wants the underline exactly as long
        # as the motto and clear of the descenders.
        _rule(motto_width, space_before=1.5),
    ]

    number = ""
    if doc_number:
        number = nfc(doc_number) or ""
        if not number.lower().startswith("số"):
            number = f"Số: {number}"
    row2 = [para(number, st["doc_number"]), para(_date_line_text(place, date), st["date_line"])]

    table = Table(
        [[left, right], row2],
        colWidths=[width - _HEADER_RIGHT, _HEADER_RIGHT],
        hAlign="CENTER",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Table cells place flowables by the cell's ALIGN, not by their
                # hAlign: centre so the short rules sit under the text.
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 6),
            ]
        )
    )
    return table


def title_block(name: str, summary: str | None = None, note: str | None = None,
                st: StyleSheet1 | None = None) -> list[Flowable]:
    """Document type in capitals ("BÁO CÁO"), the summary line under it, a short rule.

    ``note`` is an italic line after the rule (e.g. "Kỳ báo cáo: từ ... đến ...").
    """
    st = st or styles()
    out: list[Flowable] = [para((nfc(name) or "").upper(), st["title"])]
    if summary:
        out.append(para(summary, st["subtitle"]))
        w = stringWidth(nfc(summary) or "", fonts.BOLD, st["subtitle"].fontSize)
        out.append(_rule(min(w, FRAME_WIDTH) * 0.35, space_before=3.5, space_after=2))
    if note:
        out.append(para(note, st["title_note"]))
    out.append(Spacer(1, 6))
    return out


# -------------------------------------------------------------- signature block


@dataclass
class Signature:
    """One signer: authority lines (bold capitals), an italic note, the name.

    ``authority_lines`` e.g. ``["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]`` or
    ``["NGƯỜI TIẾP NHẬN HỒ SƠ"]``; ``note`` e.g. "(Ký và ghi rõ họ tên)";
    ``name`` None leaves the line blank for a hand-written name.
    """

    authority_lines: Sequence[str]
    name: str | None = None
    note: str | None = None


#: The empty signature field that marks where the signer of a document signs: the space between
#: the authority lines and the name. core.signing signs into it (any PDF signing tool can too), so
#: the visible signature follows the layout wherever the signature block falls. Unsigned, the field
#: has no appearance: nothing is shown or printed.
SIGNATURE_FIELD = "ChuKyLanhDao"
SIGNATURE_WIDTH = 80 * mm  # at most; narrower when the signer's column is
SIGNATURE_MARGIN = 1.5 * mm  # above and below, inside the space


class SignatureSpace(Spacer):
    """The blank space to sign in; drawn, it adds the empty signature field SIGNATURE_FIELD there."""

    def __init__(self, height: float, name: str = SIGNATURE_FIELD):
        super().__init__(1, height)
        self.name = name

    def wrap(self, aW, aH):
        self.width = aW
        return aW, self.height

    def draw(self):
        from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString

        canv = self.canv
        x, y = canv.absolutePosition(0, 0)
        w = min(self.width, SIGNATURE_WIDTH)
        x += (self.width - w) / 2
        rect = [round(v, 2) for v in (x, y + SIGNATURE_MARGIN, x + w, y + self.height - SIGNATURE_MARGIN)]
        field = PDFDictionary({"Type": PDFName("Annot"), "Subtype": PDFName("Widget"), "FT": PDFName("Sig"),
                               "T": PDFString(self.name), "TU": PDFString("Chữ ký số"), "F": 4,
                               "Rect": PDFArray(rect), "P": canv._doc.thisPageRef()})
        form = canv.acroForm
        canv._addAnnotation(field)
        form.fields.append(form.getRef(field))


def _signature_cell(sig: Signature, st: StyleSheet1, sign_space: float, mark: bool = False) -> list[Flowable]:
    cell: list[Flowable] = [para((nfc(l) or "").upper(), st["sign_authority"]) for l in sig.authority_lines]
    if sig.note:
        cell.append(para(sig.note, st["sign_note"]))
    cell.append(SignatureSpace(sign_space) if mark else Spacer(1, sign_space))
    if sig.name:
        cell.append(para(sig.name, st["sign_name"]))
    return cell


_PLAIN_TABLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def signature_block(
    authority_lines: Sequence[str] | Signature,
    signer_name: str | None = None,
    recipients: Sequence[str] | None = None,
    *,
    note: str | None = None,
    sign_space: float = 25 * mm,
    width: float = FRAME_WIDTH,
    st: StyleSheet1 | None = None,
) -> Table:
    """"Nơi nhận:" list at left, the signer at right, kept on one page; the signer's space is the
    document's SignatureSpace (where a digital signature is placed).

    Each recipient gets a leading "- " unless it has one ("Như trên;",
    "Lưu: VT."). The block is a one-row table, so it never splits across pages
    (a signature separated from its text is not valid).
    """
    st = st or styles()
    sig = authority_lines if isinstance(authority_lines, Signature) else Signature(
        authority_lines, signer_name, note
    )
    left: list[Flowable] = []
    if recipients:
        left.append(para("Nơi nhận:", st["recipients_title"]))
        for r in recipients:
            r = nfc(r) or ""
            left.append(para(r if r.startswith(("-", "–")) else f"- {r}", st["recipients"]))
    right_w = min(90 * mm, width * 0.55)
    table = Table(
        [[left or "", _signature_cell(sig, st, sign_space, mark=True)]],
        colWidths=[width - right_w, right_w],
        hAlign="CENTER",
        spaceBefore=10,
    )
    # "Nơi nhận:" level with the first authority line, as in the NĐ 30 template.
    table.setStyle(TableStyle(_PLAIN_TABLE + [("TOPPADDING", (0, 0), (0, 0), 2)]))
    return table


def signature_row(
    signatures: Sequence[Signature],
    *,
    sign_space: float = 25 * mm,
    width: float = FRAME_WIDTH,
    st: StyleSheet1 | None = None,
) -> Table:
    """Several signers side by side in equal columns (e.g. applicant | receiving officer)."""
    st = st or styles()
    n = max(len(signatures), 1)
    table = Table(
        [[_signature_cell(s, st, sign_space) for s in signatures]],
        colWidths=[width / n] * n,
        hAlign="CENTER",
        spaceBefore=10,
    )
    table.setStyle(TableStyle(_PLAIN_TABLE))
    return table


# ----------------------------------------------------------------- long tables


class _TableChunk(Flowable):
    """Up to ``chunk_size`` rows of a long table, drawn as one LongTable.

    Why: a LongTable re-measures all its remaining rows at every page split,
    so one table of thousands of rows costs O(rows x pages). Chunks bound that
    to O(chunk) per page. Each chunk repeats the header only when it starts at
    the top of a frame (or is the table's first chunk), so chunk boundaries in
    mid-page are invisible and the chunk size is a pure speed setting.
    """

    def __init__(self, spec: "_TableSpec", rows: list[list], first: bool):
        super().__init__()
        self._spec = spec
        self._rows = rows
        self._first = first
        self._table: LongTable | None = None
        self._with_header: bool | None = None

    def _header_wanted(self) -> bool:
        if self._first:
            return True
        frame = getattr(self, "_frame", None)  # set by Frame.add/split before wrap/split
        return True if frame is None else bool(frame._atTop)

    def _make(self, with_header: bool) -> LongTable:
        if self._table is None or self._with_header != with_header:
            self._table = self._spec.table(self._rows, with_header)
            self._with_header = with_header
        return self._table

    def wrap(self, aW, aH):
        t = self._make(self._header_wanted())
        self.width, self.height = t.wrap(aW, aH)
        return self.width, self.height

    def split(self, aW, aH):
        with_header = self._header_wanted()
        parts = self._make(with_header).split(aW, aH)
        if not parts:
            return []
        head = parts[0]
        used = len(head._cellvalues) - (self._spec.n_header if with_header else 0)
        if used >= len(self._rows):
            return [head]
        return [head, _TableChunk(self._spec, self._rows[used:], first=False)]

    def drawOn(self, canvas, x, y, _sW=0):
        self._table.drawOn(canvas, x, y, _sW)


def fits_on_page(flowables: Sequence[Flowable], width: float, height: float) -> bool:
    """Whether `flowables` fit on one frame of this size, laid out for real on a scratch canvas
    (pass flowables made for the trial: laying out changes them)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from reportlab.platypus.doctemplate import _FrameBreak

    frame = Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    canv = Canvas(io.BytesIO(), pagesize=(width, height))
    items = list(flowables)
    for _ in range(10_000):
        if not items:
            return True
        head = items[0]
        if frame.add(head, canv, trySplit=0):
            items.pop(0)
            continue
        parts = frame.split(head, canv)  # what a document would do with a flowable that does not fit
        if not parts or parts[0] is head or any(isinstance(p, (_FrameBreak, PageBreak)) for p in parts):
            return False
        items[0:1] = parts
    return False


class KeepTogether(platypus_KeepTogether):
    """reportlab's KeepTogether, telling its content which frame it is measured in: a chunk of a
    long table then knows it is not at the top of a page and leaves its header out of the height
    (measured without a frame it assumes a new page, and the block looks taller than it is)."""

    def wrap(self, aW, aH):
        frame = getattr(self, "_frame", None)
        if frame is not None:
            for f in self._content:
                f._frame = frame
        return super().wrap(aW, aH)


class _TableSpec:
    def __init__(self, header_rows, col_widths, align, header_spans, font_size):
        self.header = header_rows
        self.n_header = len(header_rows)
        self.col_widths = list(col_widths)
        self.align = align
        self.header_spans = header_spans
        self.font_size = font_size
        self.body_spans: list = []  # SPAN pairs within the body rows (row 0 = the first body row)

    def table(self, rows: list[list], with_header: bool) -> LongTable:
        nh = self.n_header if with_header else 0
        data = (self.header + rows) if with_header else rows
        cmds = [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, self.font_size, self.font_size * 1.2),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for col, a in enumerate(self.align):
            if a != "LEFT":
                cmds.append(("ALIGN", (col, nh), (col, -1), a))
        if nh:
            cmds += [
                ("VALIGN", (0, 0), (-1, nh - 1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, nh - 1), "CENTER"),
            ]
            cmds += [("SPAN", a, b) for a, b in self.header_spans]
        cmds += [("SPAN", (a[0], a[1] + nh), (b[0], b[1] + nh)) for a, b in self.body_spans]
        return cap_cells(LongTable(data, colWidths=self.col_widths, repeatRows=nh, style=TableStyle(cmds),
                                   hAlign="CENTER"))


def _too_wide(text: str, size: float, width: float) -> bool:
    return any(stringWidth(line, fonts.REGULAR, size) > width for line in text.split("\n"))


def long_table(
    header_rows: Sequence[Sequence],
    rows: Iterable[Sequence],
    col_widths: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    wrap_columns: Iterable[int] = (),
    header_spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    chunk_size: int = 50,
    font_size: float = 11,
    st: StyleSheet1 | None = None,
    empty: str | None = None,
    keep_tail: int = 0,
) -> list[Flowable]:
    """A table of any length with its header rows repeated on every page.

    Returns flowables to append to a story (``story += long_table(...)``).
    ``header_rows``: one or more rows of column titles (wrapped, bold,
    centred); ``header_spans``: reportlab SPAN pairs ``((c0, r0), (c1, r1))``
    within the header, for two-level titles. ``rows``: values formatted by
    ``cell_text`` (1.234 / 12,50 / dd/mm/yyyy) unless already a Flowable.
    ``align``: per column "LEFT" (default), "CENTER" or "RIGHT".
    ``wrap_columns``: columns whose text may wrap over several lines; others
    are plain strings, about 3× faster to lay out, so keep them short.
    ``col_widths`` is required: fixed widths keep the chunks aligned and
    spare reportlab measuring every cell.
    ``chunk_size``: rows per internal table. About a page of rows is fastest
    (10,000 plain rows, CPU time: 50 → 2.0 s, 100 → 2.4 s, 500 → 6.5 s,
    one table → over 400 s), because every page split re-measures the rest
    of the current chunk.
    ``empty``: without rows, one row saying so across all the columns.
    ``keep_tail``: the last rows form a chunk of their own, so that a caller
    can keep them on one page with what follows (a total with a signature).
    """
    st = st or styles()
    ncols = len(col_widths)
    align = [a.upper() for a in (align or ["LEFT"] * ncols)]
    wrap_columns = set(wrap_columns)
    th = ParagraphStyle("th_lt", parent=st["th"], fontSize=font_size, leading=font_size * 1.2)
    td = {
        a: ParagraphStyle(f"td_lt_{a}", parent=st["td"], fontSize=font_size, leading=font_size * 1.2,
                          alignment={"LEFT": TA_LEFT, "CENTER": TA_CENTER, "RIGHT": TA_RIGHT}[a])
        for a in ("LEFT", "CENTER", "RIGHT")
    }

    header = [
        [c if isinstance(c, Flowable) else (para(cell_text(c), th) if c not in (None, "") else "")
         for c in row]
        for row in header_rows
    ]
    body: list[list] = []
    for row in rows:
        out = []
        for i, v in enumerate(row):
            if isinstance(v, Flowable):
                out.append(v)
            elif i in wrap_columns:
                out.append(para(cell_text(v), td[align[i]]))
            else:
                text = cell_text(v)
                if len(text) * font_size * 0.25 > col_widths[i] - 6 and _too_wide(text, font_size, col_widths[i] - 6):
                    out.append(para(text, td[align[i]]))  # wider than its column: wrapped, not drawn over the next
                else:
                    out.append(text)
        body.append(out)

    spec = _TableSpec(header, col_widths, align, header_spans, font_size)
    if not body:
        if not header:
            return []
        if empty:
            note = ParagraphStyle("td_empty", parent=td["CENTER"], fontName=fonts.ITALIC)
            spec.body_spans = [((0, 0), (ncols - 1, 0))]
            return [spec.table([[para(empty, note)] + [""] * (ncols - 1)], True)]
        return [spec.table([], True)]
    chunk_size = max(int(chunk_size), 1)
    tail = min(max(int(keep_tail), 0), len(body) - 1) if len(body) > 1 else 0
    head = body[: len(body) - tail]
    chunks = [
        _TableChunk(spec, head[i : i + chunk_size], first=(i == 0))
        for i in range(0, len(head), chunk_size)
    ]
    if tail:
        chunks.append(_TableChunk(spec, body[len(body) - tail :], first=False))
    return chunks


# ------------------------------------------------------- cells taller than a page

#: The tallest a table cell may be: a row never splits across pages, so a taller one (500 lines of
#: notes, a 2,000-character word in a narrow column) would stop the whole document with reportlab's
#: LayoutError. Under half a landscape frame leaves room for a repeated header on any page.
MAX_CELL_HEIGHT = LANDSCAPE_PAGE_HEIGHT * 0.55
#: What marks a cell cut to fit: the text goes on in the register, not on this page.
CUT_MARK = "…"
_TAG = re.compile(r"<(/?)([a-zA-Z]+)[^>]*?(/?)>")


def _close_markup(text: str) -> str:
    """Paragraph markup cut anywhere made whole again: no half tag or entity, every tag closed."""
    lt, gt = text.rfind("<"), text.rfind(">")
    if lt > gt:
        text = text[:lt]
    amp = text.rfind("&")
    if amp >= 0 and ";" not in text[amp:]:
        text = text[:amp]
    opened: list[str] = []
    for m in _TAG.finditer(text):
        closing, name, empty = m.group(1), m.group(2).lower(), m.group(3)
        if empty or name == "br":
            continue
        if closing:
            if name in opened:
                opened.reverse()
                opened.remove(name)
                opened.reverse()
        else:
            opened.append(name)
    return text + "".join(f"</{n}>" for n in reversed(opened))


def cut_paragraph(p: Paragraph, width: float, height: float) -> Paragraph | None:
    """`p` cut to its longest beginning that fits in `height` at `width`, marked with CUT_MARK
    (None: not even the mark fits)."""
    text = p.text if isinstance(getattr(p, "text", None), str) else ""

    def made(n: int) -> Paragraph:
        return Paragraph(_close_markup(text[:n]).rstrip() + " " + CUT_MARK, p.style)

    lo, hi, best = 0, len(text), None
    while lo <= hi:
        mid = (lo + hi) // 2
        q = made(mid)
        if q.wrap(width, height)[1] <= height:
            best, lo = q, mid + 1
        else:
            hi = mid - 1
    return best


def _cell_box(table: Table, row: int, col: int) -> tuple[float, float]:
    """The text width inside a cell and its cell style's vertical padding."""
    widths = getattr(table, "_colWidths", None) or []
    w = widths[col] if col < len(widths) else None
    if not isinstance(w, (int, float)):
        w = FRAME_WIDTH / max(len(widths), 1)
    style = table._cellStyles[row][col] if getattr(table, "_cellStyles", None) else None
    if style is None:
        return max(w - 12, 1), 6
    return max(w - style.leftPadding - style.rightPadding, 1), style.topPadding + style.bottomPadding


def _fitted(value, table: Table, row: int, col: int, limit: float):
    """A cell's value, or the part of it that fits in `limit` points (cut and marked)."""
    width, padding = _cell_box(table, row, col)
    room = limit - padding
    if isinstance(value, str):
        style = table._cellStyles[row][col] if getattr(table, "_cellStyles", None) else None
        leading = (style.leading if style is not None else 12) or 12
        lines = value.split("\n")
        fit = max(int(room // leading), 1)
        return value if len(lines) <= fit else "\n".join(lines[:fit - 1] + [CUT_MARK])
    items = value if isinstance(value, (list, tuple)) else [value]
    if not all(isinstance(f, Flowable) for f in items):
        return value
    if all(isinstance(f, Paragraph) for f in items) and sum(_most_height(f, width) for f in items) <= room:
        return value  # surely short enough: spare laying it out twice
    heights = [f.wrap(width, 72000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in items]
    if sum(heights) <= room:
        return value
    out: list[Flowable] = []
    used = 0.0
    for f, h in zip(items, heights):
        if used + h <= room:
            out.append(f)
            used += h
            continue
        if isinstance(f, Paragraph):
            part = cut_paragraph(f, width, room - used)
            if part is not None:
                out.append(part)
                break
        out.append(Paragraph(CUT_MARK, f.style if isinstance(f, Paragraph) else styles()["td"]))
        break
    return out if isinstance(value, (list, tuple)) else (out[0] if len(out) == 1 else out)


def _most_height(p: Paragraph, width: float) -> float:
    """More than `p` can be tall at `width` (every character as wide as the font is high)."""
    text = p.text if isinstance(getattr(p, "text", None), str) else ""
    st = p.style
    lines = text.count("<br/>") + 1 + len(text) * st.fontSize / max(width, 1)
    return lines * (st.leading or st.fontSize * 1.2) + st.spaceBefore + st.spaceAfter


def cap_cells(table: Table, limit: float = MAX_CELL_HEIGHT) -> Table:
    """Cut every cell of `table` taller than `limit` to what fits, with CUT_MARK at the cut: a cell
    that cannot fit on a page is shortened visibly, never lost silently and never a LayoutError.
    Call it once the table has its style (the cells' padding and leading)."""
    for r, row in enumerate(table._cellvalues):
        for c, value in enumerate(row):
            if value in (None, ""):
                continue
            new = _fitted(value, table, r, c, limit)
            if new is not value:
                row[c] = new
    return table


def _cap_story(items) -> None:
    for f in items:
        if isinstance(f, Table):
            cap_cells(f)
        elif isinstance(f, platypus_KeepTogether):
            _cap_story(f._content)


# ----------------------------------------------------------------- the document


def _on_page(canvas, doc) -> None:
    # NĐ 30: Arabic numerals, 13–14 pt, centred in the top margin, none on page 1. Centred on the
    # page being drawn: a landscape page among portrait ones has its number over its own middle.
    if doc.page < 2:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 13)
    canvas.drawCentredString(width / 2, height - MARGIN_TOP / 2 - 4, str(doc.page))
    canvas.restoreState()


def orientation(name: str) -> list[Flowable]:
    """Flowables that continue the story on a new page of `name` (PORTRAIT or LANDSCAPE): NĐ 30
    allows a landscape page for a table too wide for a portrait one."""
    return [NextPageTemplate(name), PageBreak()]


class OfficialDocument:
    """An A4 document in the NĐ 30/2020 layout.

    ``issuer_lines``: the issuing body, e.g. ``["ỦY BAN NHÂN DÂN", "XÃ THƯỢNG TÍN"]``;
    ``place``/``date``: the place-and-date line (date None prints dots to fill
    in at signing); ``doc_number``: "15/BC-UBND" (None: no number line).
    Append flowables to ``.story``; ``.build()`` puts the header block first
    and writes ``path`` atomically. ``.styles`` is this document's style
    sheet, ``.width`` its usable width (for column widths).
    """

    def __init__(
        self,
        path: str | os.PathLike,
        issuer_lines: Sequence[str],
        place: str | None,
        date: Date | datetime | None,
        doc_number: str | None = None,
        *,
        parent_lines: Sequence[str] = (),
        title: str = "",
        author: str = "",
        subject: str = "",
        landscape_page: bool = False,
        header: bool = True,
        base_size: float = 13,
        reproducible: bool = False,
    ):
        self.path = Path(path)
        self.issuer_lines = list(issuer_lines)
        self.parent_lines = list(parent_lines)
        self.place = place
        self.date = date
        self.doc_number = doc_number
        self.title = nfc(title) or ""
        self.author = nfc(author) or ""
        self.subject = nfc(subject) or ""
        self.pagesize = landscape(PAGE_SIZE) if landscape_page else PAGE_SIZE
        self.first_orientation = LANDSCAPE if landscape_page else PORTRAIT
        self.width = self.pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT
        self.header = header
        self.styles = styles(base_size)
        # The same bytes from the same content: no creation time, no random document id (a reprint
        # of a counter form is its first print).
        self.reproducible = reproducible
        self.story: list[Flowable] = []

    def header_flowables(self) -> list[Flowable]:
        if not self.header:
            return []
        return [
            header_block(self.issuer_lines, self.place, self.date, self.doc_number,
                         parent_lines=self.parent_lines, width=self.width, st=self.styles)
        ]

    def build(self) -> Path:
        """Lay out and write the file; returns its path."""
        fonts.register_fonts()
        with atomic_path(self.path) as tmp:
            doc = BaseDocTemplate(
                str(tmp),
                pagesize=self.pagesize,
                leftMargin=MARGIN_LEFT,
                rightMargin=MARGIN_RIGHT,
                topMargin=MARGIN_TOP,
                bottomMargin=MARGIN_BOTTOM,
                title=self.title,
                author=self.author,
                subject=self.subject,
                creator="CommuneDesk",
                invariant=1 if self.reproducible else None,
            )
            # A portrait and a landscape page, the story switching with orientation(); the
            # document's own orientation first. Zero frame padding: reportlab's default 6 pt would
            # silently widen the NĐ 30 margins.
            templates = []
            for name, size in ((PORTRAIT, PAGE_SIZE), (LANDSCAPE, landscape(PAGE_SIZE))):
                frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, size[0] - MARGIN_LEFT - MARGIN_RIGHT,
                              size[1] - MARGIN_TOP - MARGIN_BOTTOM, id=f"body_{name}",
                              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                templates.append(PageTemplate(id=name, frames=[frame], onPage=_on_page, pagesize=size))
            if self.first_orientation == LANDSCAPE:
                templates.reverse()
            doc.addPageTemplates(templates)
            story = self.header_flowables() + list(self.story)
            _cap_story(story)  # no cell taller than a page (long tables cap their own)
            doc.build(story)
        return self.path
