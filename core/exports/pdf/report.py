"""The return as a PDF to print and sign, in the layout of Nghị định 30/2020 (core.exports.pdf.layout):
the commune's header with the national title and motto, number and date line, the title, a narrative
paragraph generated from the figures (compared with the previous period), every section of the
workbook as tables with repeated headers, the signatures and "Nơi nhận", and the dossier lists as
annexes. Tables are drawn from core.exports.model, the same layout as the workbook."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from core.exports import model
from core.exports.labels import commune_unit, period_range, period_short, period_title, province_unit
from core.exports.pdf import fonts
from core.exports.pdf.layout import OfficialDocument, Signature, SignatureSpace, long_table, para, signature_block
from core.formatting import fmt_date, fmt_decimal, fmt_int, fmt_rate, nfc

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
ANNEX_FONT = 10
FORM_FONT = 9


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
            out.append(f"Đơn vị có tỷ lệ giải quyết trước hạn, đúng hạn cao nhất: {nfc(best['commune'])} "
                       f"({fmt_rate(best['on_time_rate'])}); thấp nhất: {nfc(worst['commune'])} "
                       f"({fmt_rate(worst['on_time_rate'])}).")
    return out


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _width(text: str, font: str, size: float) -> float:
    """stringWidth from a per-character cache (reportlab measures TrueType text in pure Python)."""
    table = _WIDTHS.setdefault((font, size), {})
    w = 0.0
    for ch in text:
        cw = table.get(ch)
        if cw is None:
            cw = table[ch] = stringWidth(ch, font, size)
        w += cw
    return w


@lru_cache(maxsize=20000)
def wrap_text(value, font: str, size: float, width: float) -> str:
    """Lines of at most `width` points, as one string with newlines (a plain table cell is about three
    times cheaper to lay out than a Paragraph). A word longer than the width, such as a dossier code,
    is broken after a '-', '.' or '/' where possible, else anywhere."""
    if value is None:
        return ""
    text = nfc(str(value)) or ""
    space = _width(" ", font, size)
    lines: list[str] = []
    for para_text in text.split("\n"):
        line, line_w = "", 0.0
        for word in para_text.split():
            w = _width(word, font, size)
            if line and line_w + space + w <= width:
                line, line_w = f"{line} {word}", line_w + space + w
                continue
            if line:
                lines.append(line)
            while w > width and len(word) > 1:
                acc, cut = 0.0, 0
                for i, ch in enumerate(word):
                    acc += _width(ch, font, size)
                    if acc > width:
                        break
                    cut = i + 1
                cut = max(cut, 1)
                soft = max(word.rfind(ch, 0, cut) for ch in "-./")
                if soft > 0:
                    cut = soft + 1
                lines.append(word[:cut])
                word = word[cut:]
                w = _width(word, font, size)
            line, line_w = word, w
        lines.append(line)
    return "\n".join(lines)


class ReportPDF:
    def __init__(self, doc, check: Callable | None = None):
        self.doc = doc
        self.check = check or (lambda done, total: None)

    def build(self, path) -> Path:
        d = self.doc
        o = d.options
        pdf = OfficialDocument(path, o.issuer_lines, o.place, o.made_at.date(), o.doc_number,
                               parent_lines=o.parent_lines, title=self.title_text(),
                               author=o.made_by or "", subject=model.FORM_TITLE.capitalize())
        self.pdf = pdf
        st = self.st = pdf.styles
        self.h = ParagraphStyle("cd_h", parent=st["body"], fontName=fonts.BOLD, firstLineIndent=0,
                                spaceBefore=8, spaceAfter=2, keepWithNext=1)
        self.h2 = ParagraphStyle("cd_h2", parent=st["body"], fontName=fonts.BOLD_ITALIC, firstLineIndent=0,
                                 fontSize=12, leading=15, spaceBefore=6, spaceAfter=3, keepWithNext=1)
        self.note = ParagraphStyle("cd_note", parent=st["body"], fontName=fonts.ITALIC, fontSize=11,
                                   leading=13.5, firstLineIndent=0, spaceBefore=2)
        self.lead_note = ParagraphStyle("cd_lead_note", parent=self.note, keepWithNext=1)
        self.unit = ParagraphStyle("cd_unit", parent=self.note, alignment=TA_RIGHT, spaceBefore=0, spaceAfter=2)
        self.bold_right = ParagraphStyle("cd_br", parent=st["td_right"], fontName=fonts.BOLD, fontSize=FORM_FONT,
                                         leading=FORM_FONT * 1.2)
        self.bold_center = ParagraphStyle("cd_bc", parent=self.bold_right, alignment=TA_CENTER)
        story = pdf.story
        story += self.title()
        story.append(para(self.opening(), st["body"]))
        n = 0
        story.append(para(f"{ROMAN[n]}. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", self.h))
        for sentence in narrative(d):
            story.append(para(sentence, st["body"]))
        if d.kind == "province":
            story.append(para("Kết quả theo từng đơn vị (Biểu số II.06a/VPCP/KSTT):", self.h2))
            story += self.form_table(d.communes_by_name(), model.UNIT_HEADING)
            story += self.section_tables(self.ranking_table())
            story.append(para("Kết quả theo lĩnh vực:", self.h2))
            story += self.form_table(d.data["dossiers"]["by_field"])
            for extra in model.province_tables(d.data):
                if extra.table.rows:
                    story += self.section_tables(extra.table, 10)
                else:
                    story.append(para(extra.empty, self.note))
        else:
            story.append(para("Kết quả theo lĩnh vực (Biểu số II.06a/VPCP/KSTT):", self.h2))
            story += self.form_table(d.data["dossiers"]["by_field"])
            annex = []
            if d.overdue:
                annex.append(f"Phụ lục I kèm theo báo cáo này liệt kê {fmt_int(len(d.overdue))} hồ sơ "
                             "đang giải quyết quá hạn")
            if d.late:
                annex.append(f"Phụ lục {'II' if d.overdue else 'I'} liệt kê {fmt_int(len(d.late))} hồ sơ "
                             "đã giải quyết quá hạn trong kỳ")
            if annex:
                story.append(para("; ".join(annex) + ".", st["body"]))
        self.check(0, None)
        for section in d.sections():
            n += 1
            story.append(para(f"{ROMAN[n]}. {section.title}", self.h))
            if section.note:
                story.append(para(section.note, self.lead_note))
            for t in section.tables:
                shown = sum(1 for c in t.columns if c.pdf_mm)
                story += self.section_tables(t, 11 if shown <= 5 else (10 if shown <= 8 else 9))
        story.append(self.signatures())
        if d.kind != "province":
            annexes = [(model.overdue_table(d.overdue or [], d.figures_day), "DANH SÁCH HỒ SƠ ĐANG GIẢI QUYẾT QUÁ HẠN"),
                       (model.late_table(d.late or []), "DANH SÁCH HỒ SƠ ĐÃ GIẢI QUYẾT QUÁ HẠN TRONG KỲ")]
            k = 0
            for table, heading in annexes:
                if not table.rows:
                    continue
                story.append(PageBreak())
                story += self.annex_heading(ROMAN[k], heading)
                k += 1
                story += self.list_table(table)
        return pdf.build()

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

    def opening(self) -> str:
        d = self.doc
        if d.kind == "province":
            return (f"Trên cơ sở báo cáo của {fmt_int(len(d.communes or []))} xã, phường thuộc "
                    f"{province_unit(d.data.get('province'))}, tổng hợp tình hình, kết quả giải quyết thủ tục "
                    f"hành chính và các nội dung liên quan {d.period_words()} như sau:")
        return (f"Ủy ban nhân dân {commune_unit(d.data.get('commune'))} báo cáo tình hình, kết quả giải quyết "
                f"thủ tục hành chính; nhân sự; cơ sở vật chất, trang thiết bị và khó khăn, kiến nghị "
                f"{d.period_words()} như sau:")

    def annex_heading(self, number: str, heading: str) -> list:
        d, st = self.doc, self.st
        o = d.options
        number_text = nfc(o.doc_number) or "……"
        return [para(f"Phụ lục {number}", st["subtitle"]), para(heading, st["subtitle"]),
                para(f"(Kèm theo Báo cáo số {number_text} ngày {fmt_date(o.made_at)} của "
                     f"{d.reporting_unit().replace('UBND', 'Ủy ban nhân dân')})", st["title_note"]),
                Spacer(1, 6)]

    def signatures(self) -> Flowable:
        o, st = self.doc.options, self.st
        chair = Signature(o.signer_authority, o.signer_name)
        if not o.show_made_by:
            return signature_block(chair, recipients=o.recipients, width=self.pdf.width, st=st)
        row = self._signature_row([([o.made_by_title], o.made_by), (o.signer_authority, o.signer_name)])
        block: list[Flowable] = [row, Spacer(1, 10)]
        if o.recipients:
            block.append(para("Nơi nhận:", st["recipients_title"]))
            for r in o.recipients:
                r = nfc(r) or ""
                block.append(para(r if r.startswith(("-", "–")) else f"- {r}", st["recipients"]))
        return KeepTogether(block)

    def _signature_row(self, signers) -> Table:
        """Signers side by side; the shorter authority block is padded so that the names sit level
        (NĐ 30: authority in bold capitals, space to sign, the name in bold)."""
        st = self.st
        lines = max(len(a) for a, _ in signers)
        line_h = st["sign_authority"].leading
        cells = []
        for i, (authority, name) in enumerate(signers):
            cell: list[Flowable] = [para((nfc(a) or "").upper(), st["sign_authority"]) for a in authority]
            if line_h * (lines - len(authority)):
                cell.append(Spacer(1, line_h * (lines - len(authority))))
            # The last signer (the chair) signs for the body: that space takes a digital signature.
            cell.append(SignatureSpace(25 * mm) if i == len(signers) - 1 else Spacer(1, 25 * mm))
            if name:
                cell.append(para(name, st["sign_name"]))
            cells.append(cell)
        width = self.pdf.width
        table = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="CENTER", spaceBefore=10)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return table

    # ------------------------------------------------------------ tables
    def form_table(self, by_name: dict, unit_heading: str | None = None) -> list:
        """Form II.06a: the two-level header, the column numbers, one row per field (or commune)."""
        st = self.st
        width = self.pdf.width
        num_w, wide = 10.9 * mm, 16 * mm  # column (5) has the longest heading
        nums = [num_w, num_w, wide] + [num_w] * 8
        col_widths = [9 * mm, width - 9 * mm - sum(nums)] + nums
        header = [["" for _ in range(13)] for _ in range(3)]
        spans = []
        for r0, c0, r1, c1, text in model.FORM_HEADER:
            header[r0][c0] = unit_heading if (c0 == 1 and unit_heading) else text
            if (r0, c0) != (r1, c1):
                spans.append(((c0, r0), (c1, r1)))
        header.append([f"({i})" for i in range(1, 14)])
        rows = model.form_rows(by_name)
        total = model.form_values(self.doc.data["dossiers"]["total"])
        rows.append([para("", self.bold_center), para(model.TOTAL_LABEL, self.bold_center)]
                    + [para(fmt_int(v), self.bold_right) for v in total])
        align = ["CENTER", "LEFT"] + ["RIGHT"] * 11
        out: list[Flowable] = [CondPageBreak(50 * mm), para(model.FORM_UNIT, self.unit)]
        out += long_table(header, rows, col_widths, align=align, wrap_columns=[1], header_spans=spans,
                          font_size=FORM_FONT, st=st)
        return out

    def ranking_table(self) -> model.Table:
        cols = [model.Column("Hạng", "int", 7, 13), model.Column("Đơn vị", "text", 30, 46, True),
                model.Column("Đã giải quyết", "int", 12, 20), model.Column("Trước hạn, đúng hạn", "int", 12, 22),
                model.Column("Quá hạn", "int", 11, 18), model.Column("Tỷ lệ đúng hạn", "rate", 14, 22),
                model.Column("Đang quá hạn", "int", 12, 24)]
        rows = [[e["rank"], e["commune"], e["completed"], e["completed_early"] + e["completed_on_time"],
                 e["completed_late"], e["on_time_rate"], e["pending_overdue"]] for e in self.doc.ranking or []]
        return model.Table("Xếp hạng theo tỷ lệ giải quyết hồ sơ trước hạn, đúng hạn", cols, rows,
                           note="Đơn vị không có hồ sơ đã giải quyết trong kỳ không được xếp hạng.")

    def _cells(self, table: model.Table, font_size: float):
        """Columns shown in the PDF, their widths, alignment, and the rows as display text."""
        keep = [i for i, c in enumerate(table.columns) if c.pdf_mm]
        cols = [table.columns[i] for i in keep]
        widths = [c.pdf_mm * mm for c in cols]
        scale = self.pdf.width / sum(widths)
        widths = [w * scale for w in widths]
        align = []
        for j, c in enumerate(cols):
            if c.kind in ("int", "rate", "points") and not (j == 0 and table.numbered):
                align.append("RIGHT")
            elif c.kind == "date" or (j == 0 and table.numbered):
                align.append("CENTER")
            elif c.kind == "auto":
                align.append("RIGHT")
            else:
                align.append("LEFT")
        font = fonts.REGULAR
        pad = 6.5  # left + right cell padding of long_table
        fmt = []
        for j, c in enumerate(cols):
            if c.kind in ("text", "id") and c.wrap:
                w = widths[j] - pad
                fmt.append(lambda v, w=w: wrap_text(v, font, font_size, w))
            elif c.kind == "rate":  # a rate, or words where it has none ("chưa có dữ liệu")
                w = widths[j] - pad
                fmt.append(lambda v, w=w: "—" if v is None else (wrap_text(v, font, font_size, w)
                                                                if isinstance(v, str) else fmt_rate(v)))
            elif c.kind == "points":
                fmt.append(lambda v: fmt_decimal(v) if v is not None else "—")
            elif c.kind == "auto":
                fmt.append(lambda v: fmt_rate(v) if isinstance(v, float) else
                           ("—" if v is None else v))
            else:
                fmt.append(lambda v: v)
        rows = [[fmt[j](r[i]) for j, i in enumerate(keep)] for r in table.rows]
        total = None
        if table.total is not None:
            total = [table.total[i] for i in keep]
        return cols, widths, align, rows, total

    def section_tables(self, table: model.Table, font_size: float = 11) -> list:
        st = self.st
        cols, widths, align, rows, total = self._cells(table, font_size)
        out: list[Flowable] = []
        if table.title:
            out.append(para(table.title, self.h2))
        if not rows and total is None:
            at = 1 if table.numbered and len(cols) > 1 else 0
            rows = [[""] * at + [model.NO_DATA] + [""] * (len(cols) - 1 - at)]
        if total is not None:
            bold = ParagraphStyle("cd_tb", parent=st["td_right"], fontName=fonts.BOLD, fontSize=font_size,
                                  leading=font_size * 1.2)
            boldc = ParagraphStyle("cd_tbc", parent=bold, alignment=TA_CENTER)
            cells = [para(model.TOTAL_LABEL, boldc)]
            for j, v in enumerate(total[1:], 1):
                text = fmt_rate(v) if isinstance(v, float) else (fmt_int(v) if isinstance(v, int) else (v or ""))
                cells.append(para(text, bold))
            rows = rows + [cells]
        out += long_table([[c.heading for c in cols]], rows, widths, align=align, font_size=font_size, st=st)
        if table.note:
            out.append(para(table.note, self.note))
        return out

    def list_table(self, table: model.Table) -> list:
        cols, widths, align, rows, _ = self._cells(table, ANNEX_FONT)
        # Fewer rows than a page holds (about 24 two-line rows): a chunk that does not fit is split
        # and measured again, so small chunks measure each row about once. A 2,150-row annex: 40 rows
        # 0.84 s, 15 rows 0.78 s of CPU; the pages come out the same (issue 8).
        chunk = 15
        out: list[Flowable] = []
        parts = long_table([[c.heading for c in cols]], rows, widths, align=align, font_size=ANNEX_FONT,
                           chunk_size=chunk, st=self.st)
        total = len(rows)
        for i, part in enumerate(parts):
            out.append(part)
            out.append(_Checkpoint(self.check, min((i + 1) * chunk, total), total))
        if table.note:
            out.append(para(table.note, self.note))
        return out


def write_report_pdf(doc, path, check=None) -> Path:
    return ReportPDF(doc, check).build(path)
