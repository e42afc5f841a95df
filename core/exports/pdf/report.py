"""The return as a PDF to print and sign, in the layout of Nghị định 30/2020 (core.exports.pdf.layout).

The body, on portrait pages: the commune's header with the national title and motto, number and date
line, the title; I. the figures (the dossiers in words against the previous period and form II.06a by
field, then each register's tables); II. the assessment (kết quả đạt được; tồn tại, hạn chế; nguyên
nhân), III. the tasks ahead, IV. the proposals, as the clerk wrote them (core.assessment: a draft from
the figures until then); the closing sentence, the signatures and "Nơi nhận", kept together with the
last paragraph. Then the attachments, each from a new page: the sheet of form II.06a (landscape, with
its place, date, NGƯỜI LẬP BIỂU and THỦ TRƯỞNG ĐƠN VỊ), and the lists as numbered annexes (Phụ lục).

Every table's columns are as wide as their content needs (core.exports.pdf.fit, measured in the
document's font): no cell overflows and no word or code is split. A table too wide for a portrait
page at the smallest readable size goes on landscape pages. Tables come from core.exports.model, the
same layout as the workbook; `ReportPDF.laid_out` keeps what each table became (the overflow test
and the benchmark read it)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from core import assessment
from core.exports import model
from core.assessment import late_causes_sentence
from core.exports.labels import commune_unit, period_range, period_short, period_title, province_unit
from core.exports.pdf import fonts
from core.exports.pdf.fit import CELL_PADDING, Fit, FitColumn, fit_table, share, text_width
from core.exports.pdf.layout import (FRAME_WIDTH, LANDSCAPE, LANDSCAPE_PAGE_HEIGHT, LANDSCAPE_WIDTH, PORTRAIT,
                                     KeepTogether, OfficialDocument, fits_on_page,
                                     Signature, SignatureSpace, cell_text, long_table, orientation, para,
                                     signature_block)
from core.formatting import date_line, fmt_date, fmt_decimal, fmt_int, fmt_rate, nfc

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
ANNEX_FONT = 10
FORM_FONT = 9
# Sizes a table may shrink to before it goes on a landscape page (9 pt is still read easily).
BODY_SIZES = (11, 10, 9)
SMALLEST = 8


class _Checkpoint(Flowable):
    """Zero-size flowable between chunks of a long table: reports progress when laid out, so Cancel
    is honoured while reportlab works (the half-written file is then removed)."""

    def __init__(self, check, done, total):
        super().__init__()
        self.check, self.done, self.total = check, done, total
        self.width = self.height = 0

    def wrap(self, aW, aH):
        self.check(self.done, self.total)
        return 0, 0

    def draw(self):
        pass


def _pct_change(cur: int, prev: int) -> str:
    d = (Decimal(cur - prev) * 100 / Decimal(prev)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return fmt_decimal(abs(d)) + "%"


def _compare(label: str, cur: int, prev: int) -> str:
    if cur == prev:
        return f"{label} không thay đổi ({fmt_int(cur)} hồ sơ)"
    word = "tăng" if cur > prev else "giảm"
    text = f"{label} {word} {fmt_int(abs(cur - prev))} hồ sơ"
    if prev:
        text += f" ({word} {_pct_change(cur, prev)})"
    return text + f", kỳ trước {fmt_int(prev)} hồ sơ"


def narrative(doc) -> list[str]:
    """Sentences on the dossiers of the period, compared with the previous period."""
    from core.returns import index_of

    t = doc.data["dossiers"]["total"]
    idx = {r["code"]: r for r in index_of(doc.data["dossiers"])}
    unit = ("các đơn vị" if doc.kind == "province"
            else f"Ủy ban nhân dân {commune_unit(doc.data.get('commune'))}")
    direct = t["received_direct"] + t["received_postal"]
    s1 = (f"Trong kỳ báo cáo ({doc.period_words()}), {unit} đã tiếp nhận {fmt_int(t['received'])} hồ sơ "
          f"thủ tục hành chính (trực tuyến {fmt_int(t['received_online'])} hồ sơ")
    if idx["3.3"]["rate"] is not None:
        s1 += f", chiếm {fmt_rate(idx['3.3']['rate'])}"
    s1 += (f"; trực tiếp và qua dịch vụ bưu chính công ích {fmt_int(direct)} hồ sơ); "
           f"kỳ trước chuyển sang {fmt_int(t['carried_over'])} hồ sơ.")
    s2 = f"Đã giải quyết {fmt_int(t['completed'])} hồ sơ"
    if t["completed"]:
        rej, wd = doc.data["dossiers"].get("rejected", 0), doc.data["dossiers"].get("withdrawn", 0)
        if rej or wd:
            s2 += f" (kể cả {fmt_int(rej)} hồ sơ từ chối và {fmt_int(wd)} hồ sơ rút theo đề nghị)"
        s2 += (f", trong đó trước hạn và đúng hạn {fmt_int(t['completed_early'] + t['completed_on_time'])} hồ sơ, đạt tỷ lệ "
               f"{fmt_rate(t['on_time_rate'])}; quá hạn {fmt_int(t['completed_late'])} hồ sơ")
    s2 += (f". Đến ngày {fmt_date(doc.figures_day)}, đang giải quyết {fmt_int(t['pending'])} hồ sơ, "
           f"trong đó quá hạn {fmt_int(t['pending_overdue'])} hồ sơ.")
    out = [s1 + " " + s2]
    refused = doc.data["dossiers"].get("refused_at_counter") or 0
    if refused:
        out.append(f"Bộ phận Một cửa từ chối tiếp nhận {fmt_int(refused)} hồ sơ (Mẫu 03); các hồ sơ này không được "
                   "tiếp nhận nên không tính vào số liệu Biểu II.06a.")
    causes = late_causes_sentence(doc.data["dossiers"].get("late_causes") or {},
                                  t["completed_late"] + t["pending_overdue"])
    if causes:
        out.append(causes)
    if doc.previous is not None:
        p = doc.previous["total"]
        prev_words = period_short(doc.previous_period.start, doc.previous_period.end)
        parts = [_compare("số hồ sơ tiếp nhận", t["received"], p["received"]),
                 _compare("số hồ sơ đã giải quyết", t["completed"], p["completed"])]
        cur_rate, prev_rate = t["on_time_rate"], p["on_time_rate"]
        if cur_rate is not None and prev_rate is not None:
            diff = Decimal(str(cur_rate)) - Decimal(str(prev_rate))
            if diff == 0:
                parts.append(f"tỷ lệ giải quyết trước hạn, đúng hạn giữ nguyên {fmt_rate(cur_rate)}")
            else:
                parts.append(f"tỷ lệ giải quyết trước hạn, đúng hạn {'tăng' if diff > 0 else 'giảm'} "
                             f"{fmt_decimal(abs(diff))} điểm phần trăm (kỳ trước {fmt_rate(prev_rate)})")
        elif prev_rate is None and cur_rate is not None:
            parts.append("kỳ trước không có hồ sơ đã giải quyết để so sánh tỷ lệ đúng hạn")
        out.append(f"So với kỳ trước ({prev_words}): " + "; ".join(parts) + ".")
    if doc.kind == "province" and doc.ranking:
        ranked = [e for e in doc.ranking if e["on_time_rate"] is not None]
        if ranked:
            best, worst = ranked[0], ranked[-1]
            out.append(f"Đơn vị có tỷ lệ giải quyết trước hạn và đúng hạn cao nhất: {nfc(best['commune'])} "
                       f"({fmt_rate(best['on_time_rate'])}); thấp nhất: {nfc(worst['commune'])} "
                       f"({fmt_rate(worst['on_time_rate'])}).")
    return out


@lru_cache(maxsize=20000)
def wrap_text(value, font: str, size: float, width: float) -> str:
    """Lines of at most `width` points, as one string with newlines (a plain table cell is about three
    times cheaper to lay out than a Paragraph). The columns are made as wide as their widest word, so
    words never need breaking; should one still be wider than the width (a column forced narrower
    than its content), it is broken after a '-', '.' or '/' where possible, else anywhere."""
    if value is None:
        return ""
    text = nfc(str(value)) or ""
    space = text_width(" ", font, size)
    lines: list[str] = []
    for para_text in text.split("\n"):
        line, line_w = "", 0.0
        for word in para_text.split():
            w = text_width(word, font, size)
            if line and line_w + space + w <= width:
                line, line_w = f"{line} {word}", line_w + space + w
                continue
            if line:
                lines.append(line)
            while w > width and len(word) > 1:
                acc, cut = 0.0, 0
                for i, ch in enumerate(word):
                    acc += text_width(ch, font, size)
                    if acc > width:
                        break
                    cut = i + 1
                cut = max(cut, 1)
                soft = max(word.rfind(ch, 0, cut) for ch in "-./")
                if soft > 0:
                    cut = soft + 1
                lines.append(word[:cut])
                word = word[cut:]
                w = text_width(word, font, size)
            line, line_w = word, w
        lines.append(line)
    return "\n".join(lines)


def narrowest_shared(narrowest: list[float], available: float) -> list[float]:
    """Widths for columns whose narrowest widths do not fit together: the narrow ones keep theirs and
    the widest (a long unbroken word) share what is left equally, their words broken by wrap_text;
    never a column narrower than an equal share of the page."""
    widths = list(narrowest)
    left, rest = available, sorted(range(len(widths)), key=lambda i: narrowest[i])
    while rest:
        share_each = left / len(rest)
        i = rest[0]
        if narrowest[i] > share_each:
            for j in rest:
                widths[j] = share_each
            break
        widths[i] = narrowest[i]
        left -= narrowest[i]
        rest.pop(0)
    return widths


class _MidPage:
    """Stands for a frame in which a flowable is not at the top (for measuring a sheet)."""
    _atTop = False


_MID_PAGE = _MidPage()


@dataclass
class LaidTable:
    """A table as the PDF draws it: its texts as printed (wrapped), column widths in points, font."""
    title: str | None
    header: list[list[str]]
    rows: list[list[str]]
    widths: list[float]
    align: list[str]
    font_size: float
    landscape: bool = False
    header_spans: list = field(default_factory=list)


def _numbered(kind: str, j: int, table: model.Table) -> bool:
    return j == 0 and table.numbered


class ReportPDF:
    def __init__(self, doc, check: Callable | None = None):
        self.doc = doc
        self.check = check or (lambda done, total: None)
        self.laid_out: list[LaidTable] = []
        self.broken: list[str] = []  # words that had to be split to fit (none, unless a column is forced)

    # ------------------------------------------------------------ the document
    def build(self, path) -> Path:
        d = self.doc
        o = d.options
        pdf = OfficialDocument(path, o.issuer_lines, o.place, o.made_at.date(), o.doc_number,
                               parent_lines=o.parent_lines, title=self.title_text(),
                               author=o.made_by or "", subject=model.FORM_TITLE.capitalize())
        self.pdf = pdf
        self._styles()
        st = self.st
        story = pdf.story
        self.annexes = self.annex_tables()
        story += self.title()
        story.append(para(self.opening(), st["body"]))
        story += self.results()
        self.check(0, None)
        story += self.assessment_parts()
        story.append(self.closing_block())
        story += self.form_sheet()
        for number, (heading, table) in zip(ROMAN, self.annexes):
            story += self.annex(number, heading, table)
        return pdf.build()

    def _styles(self) -> None:
        st = self.st = self.pdf.styles
        self.h = ParagraphStyle("cd_h", parent=st["body"], fontName=fonts.BOLD, firstLineIndent=0,
                                spaceBefore=8, spaceAfter=2, keepWithNext=1)
        self.h1 = ParagraphStyle("cd_h1", parent=self.h, spaceBefore=6)
        self.h2 = ParagraphStyle("cd_h2", parent=st["body"], fontName=fonts.BOLD_ITALIC, firstLineIndent=0,
                                 fontSize=12, leading=15, spaceBefore=6, spaceAfter=3, keepWithNext=1)
        self.note = ParagraphStyle("cd_note", parent=st["body"], fontName=fonts.ITALIC, fontSize=11,
                                   leading=13.5, firstLineIndent=0, spaceBefore=2)
        self.lead_note = ParagraphStyle("cd_lead_note", parent=self.note, keepWithNext=1)
        self.unit = ParagraphStyle("cd_unit", parent=self.note, alignment=TA_RIGHT, spaceBefore=0, spaceAfter=2)
        self.text = ParagraphStyle("cd_text", parent=st["body"], spaceBefore=3)

    def _bold(self, size: float, align=TA_RIGHT) -> ParagraphStyle:
        return ParagraphStyle(f"cd_bold_{size}_{align}", parent=self.st["td_right"], fontName=fonts.BOLD,
                              fontSize=size, leading=size * 1.2, alignment=align)

    # ------------------------------------------------------------ text blocks
    def title_text(self) -> str:
        return ("Báo cáo tổng hợp" if self.doc.kind == "province" else "Báo cáo") + " " + \
            period_title(self.doc.period.start, self.doc.period.end).lower()

    def title(self) -> list:
        from core.exports.pdf.layout import title_block

        d = self.doc
        summary = d.summary_line()
        note = f"Kỳ báo cáo: {period_title(d.period.start, d.period.end).lower()} " \
               f"{period_range(d.period.start, d.period.end).lower()}"
        block = title_block("Báo cáo tổng hợp" if d.kind == "province" else "Báo cáo", summary, note,
                            st=self.st)
        # The day the figures are taken on (a period still running), the live label: under the period.
        return block[:-1] + [para(line, self.st["title_note"]) for line in d.status_lines()] + block[-1:]

    def unit_words(self) -> str:
        return self.doc.unit_words()

    def opening(self) -> str:
        d = self.doc
        if d.kind == "province":
            return (f"Trên cơ sở báo cáo của {self.unit_words()}, tổng hợp tình hình, kết quả giải quyết thủ tục "
                    f"hành chính và các nội dung liên quan {d.period_words()} như sau:")
        return (f"Ủy ban nhân dân {commune_unit(d.data.get('commune'))} báo cáo tình hình, kết quả giải quyết "
                f"thủ tục hành chính; nhân sự; cơ sở vật chất, trang thiết bị và khó khăn, kiến nghị "
                f"{d.period_words()} như sau:")

    def closing(self) -> str:
        """NĐ 30: the body ends with a sentence naming the document, closed by "./."."""
        d = self.doc
        what = d.summary_line()
        what = what[:1].lower() + what[1:]
        if d.kind == "province":
            return f"Trên đây là báo cáo {what} {d.period_words()}./."
        return f"Trên đây là báo cáo {what} {d.period_words()} của {self.unit_words()}./."

    def annex_ref(self, table: model.Table) -> str | None:
        """Where a register's list stands in the body: its sentence (or its title) and the annex that
        lists it; None for an empty list that has nothing to say."""
        number = next((ROMAN[i] for i, (_k, _h, t) in enumerate(self._annex_keys) if t is table), None)
        if number is None:
            return f"{table.summary}." if table.summary else None
        return f"{table.summary or table.title} (chi tiết tại Phụ lục {number} kèm theo báo cáo này)."

    # ------------------------------------------------------------ I. the figures
    def results(self) -> list:
        d, st = self.doc, self.st
        out: list[Flowable] = [para("I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN", self.h),
                               para("1. Kết quả giải quyết thủ tục hành chính", self.h1)]
        out += [para(s, st["body"]) for s in narrative(d)]
        if d.kind == "province":
            out.append(para("Kết quả theo từng đơn vị (Biểu số II.06a/VPCP/KSTT):", self.h2))
            out += self.form_table(d.communes_by_name(), model.UNIT_HEADING)
            out += self.section_tables(self.ranking_table())
            out.append(para("Kết quả theo lĩnh vực:", self.h2))
            out += self.form_table(d.data["dossiers"]["by_field"])
            for extra in model.province_tables(d.data):
                if extra.table.rows:
                    out += self.section_tables(extra.table, 10)
                else:
                    out.append(para(extra.empty, self.note))
        else:
            out.append(para("Kết quả theo lĩnh vực (Biểu số II.06a/VPCP/KSTT kèm theo):", self.h2))
            out += self.form_table(d.data["dossiers"]["by_field"])
            total = d.data["dossiers"]["total"]
            if total["completed_late"] or total["pending_overdue"]:
                out += self.section_tables(model.late_causes_table(
                    d.data["dossiers"].get("late_causes") or {}, total["completed_late"], total["pending_overdue"]))
            annex = []
            for key, words in (("overdue", "hồ sơ đang giải quyết quá hạn"),
                               ("late", "hồ sơ đã giải quyết quá hạn trong kỳ")):
                rows = d.overdue if key == "overdue" else d.late
                for i, (k, _h, _t) in enumerate(self._annex_keys):
                    if k == key:
                        annex.append(f"Phụ lục {ROMAN[i]} liệt kê {fmt_int(len(rows or []))} {words}")
            if annex:
                out.append(para("; ".join(annex) + ".", st["body"]))
        for n, section in enumerate(self._sections, 2):
            out.append(para(f"{n}. {model.section_heading(section)}", self.h1))
            if section.note:
                out.append(para(section.note, self.lead_note))
            refs = []
            for t in section.tables:
                if id(t) in self._annexed:
                    refs.append(self.annex_ref(t))
                    continue
                shown = sum(1 for c in t.columns if c.pdf_mm)
                out += self.section_tables(t, 11 if shown <= 5 else (10 if shown <= 8 else 9))
            out += [para(ref, st["body"]) for ref in refs if ref]
        return out

    # ------------------------------------------------------------ II–IV. the assessment
    def texts(self) -> dict[str, str]:
        return self.doc.assessment_texts()

    def assessment_parts(self) -> list:
        parts: list[Flowable] = []
        for level, heading, lines in self.doc.assessment_outline():
            parts.append(para(heading, self.h if level == 1 else self.h1))
            parts += [para(line, self.text) for line in lines]
        return parts

    def closing_block(self) -> Flowable:
        """The closing sentence, the signatures and "Nơi nhận" on one page, with the paragraph before
        them: a signature never stands alone at the top of a page."""
        story = self.pdf.story
        keep: list[Flowable] = []
        if story and isinstance(story[-1], Paragraph):
            keep.append(story.pop())
            # and the heading of that paragraph when it is the first under it
            while story and isinstance(story[-1], Paragraph) and story[-1].getKeepWithNext():
                keep.insert(0, story.pop())
        keep.append(para(self.closing(), self.text))
        keep += self.signatures()
        return KeepTogether(keep)

    def signatures(self) -> list[Flowable]:
        o, st = self.doc.options, self.st
        chair = Signature(o.signer_authority, o.signer_name)
        if not o.show_made_by:
            return [signature_block(chair, recipients=o.recipients, width=self.pdf.width, st=st)]
        row = self._signature_row([([o.made_by_title], o.made_by, None),
                                   (o.signer_authority, o.signer_name, None)], FRAME_WIDTH, signed=True)
        block: list[Flowable] = [row, Spacer(1, 10)]
        if o.recipients:
            block.append(para("Nơi nhận:", st["recipients_title"]))
            for r in o.recipients:
                r = nfc(r) or ""
                block.append(para(r if r.startswith(("-", "–")) else f"- {r}", st["recipients"]))
        return block

    def _signature_row(self, signers, width: float, space: float = 25 * mm, before: float = 10,
                       signed: bool = False) -> Table:
        """Signers side by side; the shorter authority block is padded so that the names sit level
        (NĐ 30: authority in bold capitals, an italic note, space to sign, the name in bold).
        `signed`: the last signer (the chair) signs for the body, and that space takes a digital signature."""
        st = self.st
        lines = max(len(a) + (1 if note else 0) for a, _, note in signers)
        line_h = st["sign_authority"].leading
        cells = []
        for i, (authority, name, note) in enumerate(signers):
            cell: list[Flowable] = [para((nfc(a) or "").upper(), st["sign_authority"]) for a in authority]
            if note:
                cell.append(para(note, st["sign_note"]))
            pad = line_h * (lines - len(authority) - (1 if note else 0))
            if signed and i == len(signers) - 1:
                if pad:
                    cell.append(Spacer(1, pad))
                cell.append(SignatureSpace(space))
            else:
                cell.append(Spacer(1, pad + space))
            if name:
                cell.append(para(name, st["sign_name"]))
            cells.append(cell)
        table = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="CENTER", spaceBefore=before)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return table

    # ------------------------------------------------------------ form II.06a
    def _form_parts(self, by_name: dict, unit_heading: str | None):
        header = [["" for _ in range(13)] for _ in range(3)]
        spans = []
        leaf = [""] * 13
        for r0, c0, r1, c1, text in model.FORM_HEADER:
            text = unit_heading if (c0 == 1 and unit_heading) else text
            header[r0][c0] = text
            if (r0, c0) != (r1, c1):
                spans.append(((c0, r0), (c1, r1)))
            if r1 == 2 and c0 == c1:
                leaf[c0] = text
        header.append([f"({i})" for i in range(1, 14)])
        rows = model.form_rows(by_name)
        total = model.form_values(self.doc.data["dossiers"]["total"])
        texts = [[cell_text(v) for v in r] for r in rows]
        total_texts = ["", model.TOTAL_LABEL] + [fmt_int(v) for v in total]
        cols = []
        for c in range(13):
            body = [r[c] for r in texts] + [header[3][c]]
            # Column (5) holds the longest heading: three lines of it, not one word a line.
            cols.append(FitColumn(leaf[c], body, wrap=(c == 1), bold_texts=[total_texts[c]],
                                  group="figures" if c >= 2 and c != 4 else None, grow=(c == 1),
                                  header_lines=3 if c == 4 else None))
        return header, spans, texts, total_texts, cols

    def form_table(self, by_name: dict, unit_heading: str | None = None, *, sheet: bool = False,
                   sizes=(11, 10, FORM_FONT, SMALLEST)) -> list:
        """Form II.06a: the two-level header, the column numbers, one row per field (or commune), the
        total. In the body on portrait pages (9 pt, or 8 pt for large figures); as the form's own
        sheet on a landscape page (the first of `sizes` its figures fit at)."""
        header, spans, texts, total_texts, cols = self._form_parts(by_name, unit_heading)
        if sheet:
            candidates = [(LANDSCAPE_WIDTH, s, True) for s in sizes] + [(LANDSCAPE_WIDTH, SMALLEST, True)]
        else:
            candidates = [(FRAME_WIDTH, s, False) for s in (FORM_FONT, SMALLEST)] + \
                         [(LANDSCAPE_WIDTH, s, True) for s in (FORM_FONT, SMALLEST)]
        fit = self._fit(cols, candidates)
        size = fit.font_size
        name_style = ParagraphStyle(f"cd_form_name_{size}", parent=self.st["td"], fontSize=size, leading=size * 1.2)
        rows = [[r[0], para(r[1], name_style), *r[2:]] for r in texts]
        rows.append([para("", self._bold(size, TA_CENTER)), para(model.TOTAL_LABEL, self._bold(size, TA_CENTER))]
                    + [para(v, self._bold(size)) for v in total_texts[2:]])
        align = ["CENTER", "LEFT"] + ["RIGHT"] * 11
        self.laid_out.append(LaidTable(None, header, texts + [total_texts], fit.widths, align, size,
                                       fit.landscape, spans))
        out: list[Flowable] = [] if sheet else [CondPageBreak(50 * mm)]
        out.append(para(model.FORM_UNIT, self.unit))
        out += long_table(header, rows, fit.widths, align=align, wrap_columns=[1], header_spans=spans,
                          font_size=size, st=self.st, keep_tail=3 if sheet else 0)
        return self._oriented(out, fit) if not sheet else out

    def form_sheet(self) -> list:
        """The form as its own sheet, as the province receives it: the form's code, title and period,
        the reporting and receiving units, the table, then the place and date and the signatures of the
        one who made it and of the head of the unit."""
        d, st, o = self.doc, self.st, self.doc.options
        by_name = d.communes_by_name() if d.kind == "province" else d.data["dossiers"]["by_field"]
        small = ParagraphStyle("cd_sheet_small", parent=st["td"], fontSize=11, leading=13.5)
        small_i = ParagraphStyle("cd_sheet_small_i", parent=small, fontName=fonts.ITALIC)
        centre = ParagraphStyle("cd_sheet_c", parent=st["subtitle"], fontSize=12, leading=14.5)
        centre_i = ParagraphStyle("cd_sheet_ci", parent=st["title_note"], fontSize=12, leading=14.5)
        left = [para(model.FORM_CODE, ParagraphStyle("cd_sheet_code", parent=small, fontName=fonts.BOLD)),
                para(model.FORM_BASIS, small_i)]
        middle = [para(model.FORM_TITLE, centre),
                  para(f"Kỳ báo cáo: {period_title(d.period.start, d.period.end)} "
                       f"{period_range(d.period.start, d.period.end)}", centre_i)]
        right = [para(f"- Đơn vị báo cáo: {d.reporting_unit()}", small),
                 para(f"- Đơn vị nhận báo cáo: {o.receiving_unit or '…………'}", small)]
        w = LANDSCAPE_WIDTH

        def top():
            head = Table([[left, middle, right]], colWidths=[w * 0.21, w * 0.56, w * 0.23], hAlign="CENTER")
            head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            return head

        def ending():
            place = Table([["", para(date_line(o.place, o.made_at.date()), st["date_line"])]],
                          colWidths=[w / 2, w / 2], hAlign="CENTER", spaceBefore=4)
            place.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            signers = self._signature_row([([o.form_maker_title], o.made_by, "(Ký, ghi rõ họ tên)"),
                                           ([o.form_head_title], o.signer_name, "(Ký tên, đóng dấu)")], w, 20 * mm,
                                          before=4)
            return [place, signers]

        def sheet(size):
            table = self.form_table(by_name, unit, sheet=True, sizes=(size,))
            # The end of the table, the date and the signatures stay on one page.
            return [top(), Spacer(1, 8)] + table[:-1] + [KeepTogether(table[-1:] + ending())]

        # The sheet on one page when a smaller font gets it there (a form is read as one page).
        unit = model.UNIT_HEADING if d.kind == "province" else None
        for size in (11, 10, FORM_FONT):
            mark = len(self.laid_out)
            fits = fits_on_page(sheet(size), w, LANDSCAPE_PAGE_HEIGHT)
            del self.laid_out[mark:]
            if fits:
                break
        return orientation(LANDSCAPE) + sheet(size)

    def ranking_table(self) -> model.Table:
        cols = [model.Column("Hạng", "int", 7, 13), model.Column("Đơn vị", "text", 30, 46, True),
                model.Column("Đã giải quyết", "int", 12, 20), model.Column("Trước hạn và đúng hạn", "int", 12, 22),
                model.Column("Quá hạn", "int", 11, 18), model.Column(model.RANKING_RATE, "rate", 14, 22),
                model.Column("Đang quá hạn", "int", 12, 24)]
        rows = [[e["rank"], e["commune"], e["completed"], e["completed_early"] + e["completed_on_time"],
                 e["completed_late"], e["on_time_rate"], e["pending_overdue"]] for e in self.doc.ranking or []]
        return model.Table(model.RANKING_TITLE, cols, rows, note=model.RANKING_NOTE)

    # ------------------------------------------------------------ tables
    def _fit(self, cols: list[FitColumn], candidates) -> Fit:
        fit = fit_table(cols, candidates)
        if fit is not None:
            return fit
        # Wider than a landscape page at the smallest size: the narrowest widths scaled down, and a
        # word wider than its column broken (recorded in self.broken).
        available, size, landscape = LANDSCAPE_WIDTH, SMALLEST, True
        bounds = [c.bounds(size) for c in cols]
        return Fit(narrowest_shared([b[0] for b in bounds], available), size, available, landscape, bounds)

    def _display(self, table: model.Table):
        """Columns shown in the PDF, their alignment, and the cells as display text (not wrapped)."""
        keep = [i for i, c in enumerate(table.columns) if c.pdf_mm]
        cols = [table.columns[i] for i in keep]
        align = []
        for j, c in enumerate(cols):
            if _numbered(c.kind, j, table) or c.kind == "date":
                align.append("CENTER")
            elif c.kind in ("int", "rate", "points", "auto"):
                align.append("RIGHT")
            else:
                align.append("LEFT")
        fmt = []
        for c in cols:
            if c.kind == "rate":  # a rate, or words where it has none ("chưa có dữ liệu")
                fmt.append(lambda v: "—" if v is None else (v if isinstance(v, str) else fmt_rate(v)))
            elif c.kind == "points":
                fmt.append(lambda v: fmt_decimal(v) if v is not None else "—")
            elif c.kind == "auto":
                fmt.append(lambda v: fmt_rate(v) if isinstance(v, float) else ("—" if v is None else cell_text(v)))
            else:
                fmt.append(cell_text)
        rows = [[fmt[j](r[i]) for j, i in enumerate(keep)] for r in table.rows]
        total = None
        if table.total is not None:
            total = []
            for v in (table.total[i] for i in keep):
                total.append(fmt_rate(v) if isinstance(v, float) else (fmt_int(v) if isinstance(v, int) else (v or "")))
            total[0] = model.TOTAL_LABEL
        return cols, align, rows, total

    def _laid(self, table: model.Table, candidates):
        cols, align, rows, total = self._display(table)
        wraps = [c.kind in ("text", "id") for c in cols]
        fit_cols = [FitColumn(c.heading, [r[j] for r in rows], wrap=wraps[j],
                              bold_texts=[total[j]] if total else ()) for j, c in enumerate(cols)]
        fit = self._fit(fit_cols, candidates)
        size = fit.font_size
        wrapped = []
        for r in rows:
            out = []
            for j, v in enumerate(r):
                room = fit.widths[j] - CELL_PADDING
                if v and (wraps[j] or text_width(v, fonts.REGULAR, size) > room):  # a code wider than its column too
                    w = wrap_text(v, fonts.REGULAR, size, room)
                    if w.split() != v.split():
                        self.broken.append(v)
                    out.append(w)
                else:
                    out.append(v)
            wrapped.append(out)
        laid = LaidTable(table.title, [[c.heading for c in cols]], wrapped + ([total] if total else []),
                         fit.widths, align, size, fit.landscape)
        self.laid_out.append(laid)
        body = wrapped
        if total is not None:
            bold, boldc = self._bold(size), self._bold(size, TA_CENTER)
            body = wrapped + [[para(v, boldc if j == 0 else bold) for j, v in enumerate(total)]]
        return laid, body, fit

    def _oriented(self, flowables: list, fit: Fit) -> list:
        """A body table too wide for a portrait page gets landscape pages of its own."""
        if not fit.landscape:
            return flowables
        return orientation(LANDSCAPE) + flowables + orientation(PORTRAIT)

    def section_tables(self, table: model.Table, font_size: float = 11) -> list:
        sizes = [s for s in BODY_SIZES if s <= font_size] or [font_size]
        candidates = [(FRAME_WIDTH, s, False) for s in sizes] + [(LANDSCAPE_WIDTH, s, True) for s in sizes] + \
                     [(LANDSCAPE_WIDTH, SMALLEST, True)]
        laid, body, fit = self._laid(table, candidates)
        out: list[Flowable] = []
        if table.title:
            out.append(para(table.title, self.h2))
        out += long_table(laid.header, body, laid.widths, align=laid.align, font_size=laid.font_size, st=self.st,
                          empty=model.NO_DATA)
        if table.note:
            out.append(para(table.note, self.note))
        return self._oriented(out, fit)

    # ------------------------------------------------------------ annexes
    def annex_tables(self) -> list[tuple[str, model.Table]]:
        """The lists printed as annexes, in order: the dossiers overdue and closed late, then each
        register's lists that have rows."""
        d = self.doc
        keys: list[tuple[str, str, model.Table]] = []
        self._annexed: set[int] = set()
        if d.kind != "province":
            for key, table, heading in (
                    ("overdue", model.overdue_table(d.overdue or [], d.figures_day),
                     "DANH SÁCH HỒ SƠ ĐANG GIẢI QUYẾT QUÁ HẠN"),
                    ("late", model.late_table(d.late or []), "DANH SÁCH HỒ SƠ ĐÃ GIẢI QUYẾT QUÁ HẠN TRONG KỲ")):
                if table.rows:
                    keys.append((key, heading, table))
        self._sections = d.sections()
        for section in self._sections:
            for t in section.tables:
                if getattr(t, "detail", False):
                    self._annexed.add(id(t))
                    if t.rows:
                        keys.append((section.key, "DANH SÁCH " + (t.title or "").upper(), t))
        self._annex_keys = keys
        return [(h, t) for _k, h, t in keys]

    def annex(self, number: str, heading: str, table: model.Table) -> list:
        candidates = [(FRAME_WIDTH, ANNEX_FONT, False), (LANDSCAPE_WIDTH, ANNEX_FONT, True),
                      (LANDSCAPE_WIDTH, 9, True), (LANDSCAPE_WIDTH, SMALLEST, True)]
        portrait = fit_table(self._fit_columns(table), candidates[:1])
        wide = fit_table(self._fit_columns(table), candidates[1:2])
        if portrait is not None and wide is not None and \
                _lines(self._fit_columns(table), portrait) > 1.25 * _lines(self._fit_columns(table), wide):
            candidates = candidates[1:]  # portrait would stack the text a word a line: landscape reads better
        laid, body, fit = self._laid(table, candidates)
        out: list[Flowable] = orientation(LANDSCAPE if fit.landscape else PORTRAIT)
        out += self.annex_heading(number, heading)
        # Fewer rows than a page holds (about 24 two-line rows): a chunk that does not fit is split
        # and measured again, so small chunks measure each row about once. A 2,150-row annex: 40 rows
        # 0.84 s, 15 rows 0.78 s of CPU; the pages come out the same (issue 8).
        chunk = 15
        parts = long_table(laid.header, body, laid.widths, align=laid.align, font_size=laid.font_size,
                           chunk_size=chunk, st=self.st)
        total = len(body)
        for i, part in enumerate(parts):
            out.append(part)
            out.append(_Checkpoint(self.check, min((i + 1) * chunk, total), total))
        if table.note:
            out.append(para(table.note, self.note))
        return out

    def _fit_columns(self, table: model.Table) -> list[FitColumn]:
        cols, _align, rows, total = self._display(table)
        return [FitColumn(c.heading, [r[j] for r in rows], wrap=c.kind in ("text", "id"),
                          bold_texts=[total[j]] if total else ()) for j, c in enumerate(cols)]

    def annex_heading(self, number: str, heading: str) -> list:
        d, st = self.doc, self.st
        o = d.options
        number_text = nfc(o.doc_number) or "……"
        return [para(f"Phụ lục {number}", st["subtitle"]), para(heading, st["subtitle"]),
                para(f"(Kèm theo Báo cáo số {number_text} ngày {fmt_date(o.made_at)} của "
                     f"{d.reporting_unit().replace('UBND', 'Ủy ban nhân dân')})", st["title_note"]),
                Spacer(1, 6)]


def _lines(cols: list[FitColumn], fit: Fit) -> float:
    """Lines the rows of a table would take at these widths (an estimate: text width ÷ column width)."""
    total = 0.0
    n = max((len(c.texts) for c in cols), default=0)
    for i in range(n):
        tallest = 1.0
        for c, w in zip(cols, fit.widths):
            if c.wrap and i < len(c.texts) and c.texts[i]:
                room = max(w - CELL_PADDING, 1.0)
                tallest = max(tallest, -(-text_width(c.texts[i], fonts.REGULAR, fit.font_size) // room))
        total += tallest
    return total


def write_report_pdf(doc, path, check=None) -> Path:
    return ReportPDF(doc, check).build(path)


__all__ = ["ReportPDF", "LaidTable", "write_report_pdf", "narrative", "wrap_text", "share"]
