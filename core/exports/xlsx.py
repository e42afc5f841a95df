"""The return workbook (XlsxWriter): a cover, form Biểu II.06a/VPCP/KSTT, the overdue and late
dossiers, staff, equipment, recommendations, the 766 estimate, tasks and training, and a very hidden
sheet holding the return's JSON so the province's consolidation can read it back and check it.

Cells hold real numbers and dates; text is always written as text (never a formula, whatever it
starts with). Every sheet is print-ready: A4, NĐ 30 margins, fit to one page wide, header rows
repeated, panes frozen under the headings."""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Callable

import xlsxwriter

from core.exports import model
from core.exports.labels import period_range, period_title, province_unit
from core.exports.model import Column, Section, Table
from core.files import atomic_path
from core.formatting import date_line, fmt_date, nfc

DATA_SHEET = "_communedesk"
MAGIC = "CommuneDesk return data"
FORMAT_VERSION = 1
CHUNK = 30000  # characters of JSON per cell (Excel's limit is 32,767)
FONT = "Times New Roman"
# NĐ 30/2020 margins in inches: left 30 mm, right 15 mm, top and bottom 20 mm.
MARGINS = dict(left=1.18, right=0.59, top=0.79, bottom=0.79)
A4 = 9
FORM_SHEET = "Hồ sơ TTHC"
ASSESSMENT_SHEET = "Đánh giá, kiến nghị"
ASSESSMENT_WIDTH = 100  # one wide column (A4 portrait, fitted to the page width)


class _Formats:
    def __init__(self, wb: xlsxwriter.Workbook):
        base = {"font_name": FONT, "font_size": 11, "valign": "vcenter"}

        def f(**kw):
            return wb.add_format({**base, **kw})

        cell = {"border": 1}
        self.title = f(bold=True, font_size=14, align="center", text_wrap=True)
        self.subtitle = f(bold=True, font_size=12, align="center", text_wrap=True)
        self.center = f(align="center", text_wrap=True)
        self.center_italic = f(align="center", italic=True, text_wrap=True)
        self.right_italic = f(align="right", italic=True)
        self.bold = f(bold=True)
        self.bold_wrap = f(bold=True, text_wrap=True)
        self.bold_center = f(bold=True, align="center", text_wrap=True)
        self.italic = f(italic=True, text_wrap=True, valign="top")
        self.wrap = f(text_wrap=True)
        self.left_top = f(text_wrap=True, valign="top")
        self.label = f(**cell, text_wrap=True)
        self.th = f(**cell, bold=True, align="center", text_wrap=True, bg_color="#F2F2F2")
        self.colnum = f(**cell, italic=True, align="center", num_format="(0)")
        self.int = f(**cell, num_format="#,##0")
        self.int_bold = f(**cell, num_format="#,##0", bold=True)
        self.int_center = f(**cell, num_format="0", align="center")
        self.rate = f(**cell, num_format="0.00")
        self.rate_bold = f(**cell, num_format="0.00", bold=True)
        self.text = f(**cell, text_wrap=True)
        self.text_bold = f(**cell, text_wrap=True, bold=True)
        self.text_center = f(**cell, align="center", text_wrap=True)
        self.total_label = f(**cell, bold=True, align="center")
        self.id = f(**cell, num_format="@")
        self.date = f(**cell, num_format="dd/mm/yyyy", align="center")
        self.date_plain = f(**cell, num_format="dd/mm/yyyy", align="left")
        self.datetime_plain = f(**cell, num_format="dd/mm/yyyy hh:mm", align="left")
        self.nodata = f(**cell, italic=True, align="center")


def _setup(ws, landscape: bool, fit_width: bool = True) -> None:
    ws.set_paper(A4)
    if landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_margins(**MARGINS)
    if fit_width:
        ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_footer("&C&P/&N", {"margin": 0.3})
    ws.hide_gridlines(1)  # gridlines on screen, not on paper


class _CellWriter:
    """Write one value by kind: each kind picks its XlsxWriter method once."""

    def __init__(self, ws, fm: _Formats):
        self.ws = ws
        self.fm = fm

    def write(self, r: int, c: int, v, kind: str, bold: bool = False) -> None:
        ws, fm = self.ws, self.fm
        if v is None or v == "":
            ws.write_blank(r, c, None, fm.text_bold if bold else fm.text)
            return
        if kind in ("text", "id"):
            ws.write_string(r, c, nfc(str(v)), fm.id if kind == "id" else (fm.text_bold if bold else fm.text))
        elif kind == "date":
            if isinstance(v, (date, datetime)):
                ws.write_datetime(r, c, v, fm.date)
            else:
                ws.write_string(r, c, str(v), fm.text)
        elif kind in ("int", "rate", "points", "auto"):
            if isinstance(v, bool):
                ws.write_string(r, c, "Có" if v else "Không", fm.text)
            elif isinstance(v, int):
                ws.write_number(r, c, v, fm.int_bold if bold else fm.int)
            elif isinstance(v, float):
                ws.write_number(r, c, v, fm.rate_bold if bold else fm.rate)
            elif isinstance(v, (date, datetime)):
                ws.write_datetime(r, c, v, fm.date)
            else:
                ws.write_string(r, c, nfc(str(v)), fm.text)
        else:
            ws.write_string(r, c, nfc(str(v)), fm.text)


class ReturnWorkbook:
    """Lays out a ReturnDocument (core.exports.ReturnDocument) as the workbook."""

    def __init__(self, doc, check: Callable[[int, int | None], None] | None = None):
        self.doc = doc
        self.check = check or (lambda done, total: None)

    # ---------------------------------------------------------------- whole workbook
    def write(self, path) -> Path:
        path = Path(path)
        with atomic_path(path) as tmp:
            wb = xlsxwriter.Workbook(str(tmp), {
                "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
                "default_date_format": "dd/mm/yyyy", "in_memory": True})
            try:
                self._write(wb)
            finally:
                wb.close()
        return path

    def _write(self, wb) -> None:
        doc, data = self.doc, self.doc.data
        opts = doc.options
        self.fm = _Formats(wb)
        title = ("Báo cáo tổng hợp" if doc.kind == "province" else "Báo cáo") + " " + period_title(
            doc.period.start, doc.period.end).lower()
        wb.set_properties({"title": title, "subject": model.FORM_TITLE.capitalize(),
                           "author": opts.made_by or "", "company": data.get("commune") or
                           province_unit(data.get("province")), "created": opts.made_at,
                           "comments": "Lập bằng CommuneDesk"})
        self.cover(wb)
        if doc.kind == "province":
            self.form_sheet(wb, FORM_SHEET, doc.communes_by_name(), model.UNIT_HEADING)
            self.ranking_sheet(wb)
            self.form_sheet(wb, "Theo lĩnh vực", data["dossiers"]["by_field"])
            for extra in model.province_tables(data):
                self.table_sheet(wb, extra.sheet, extra.heading, extra.table, landscape=True, empty=extra.empty)
        else:
            self.form_sheet(wb, FORM_SHEET, data["dossiers"]["by_field"])
            total = data["dossiers"]["total"]
            if total["completed_late"] or total["pending_overdue"]:  # section I's table, as the PDF prints it
                self.table_sheet(wb, "Nguyên nhân quá hạn", "HỒ SƠ QUÁ HẠN THEO NGUYÊN NHÂN",
                                 model.late_causes_table(data["dossiers"].get("late_causes") or {},
                                                         total["completed_late"], total["pending_overdue"]),
                                 landscape=False, empty="")
            self.table_sheet(wb, "Hồ sơ quá hạn", "DANH SÁCH HỒ SƠ ĐANG GIẢI QUYẾT QUÁ HẠN",
                             model.overdue_table(doc.overdue or [], doc.figures_day), landscape=True,
                             empty="Không có hồ sơ đang giải quyết quá hạn.")
            self.table_sheet(wb, "Giải quyết quá hạn", "DANH SÁCH HỒ SƠ ĐÃ GIẢI QUYẾT QUÁ HẠN TRONG KỲ",
                             model.late_table(doc.late or []), landscape=True,
                             empty="Không có hồ sơ giải quyết quá hạn trong kỳ.")
        for section in doc.sections():
            self.section_sheet(wb, section)
        self.assessment_sheet(wb)
        self.data_sheet(wb)
        wb.worksheets()[0].activate()

    # ---------------------------------------------------------------- cover
    def cover(self, wb) -> None:
        doc, data, fm = self.doc, self.doc.data, self.fm
        opts = doc.options
        ws = wb.add_worksheet("Thông tin chung")
        _setup(ws, landscape=False)
        ws.set_column(0, 0, 42)
        ws.set_column(1, 1, 50)
        ws.set_row(0, 18)
        left = opts.issuer_lines
        ws.write_string(0, 0, nfc(left[0]).upper() if left else "", fm.center)
        ws.write_string(1, 0, nfc(left[1]).upper() if len(left) > 1 else "", fm.bold_center)
        ws.write_string(0, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fm.bold_center)
        ws.write_string(1, 1, "Độc lập - Tự do - Hạnh phúc", fm.bold_center)
        ws.merge_range(3, 0, 3, 1, "BÁO CÁO TỔNG HỢP" if doc.kind == "province" else "BÁO CÁO", fm.title)
        ws.set_row(4, 34)
        ws.merge_range(4, 0, 4, 1, doc.summary_line(), fm.subtitle)
        ws.merge_range(5, 0, 5, 1, f"Kỳ báo cáo: {period_title(doc.period.start, doc.period.end)} "
                       f"{period_range(doc.period.start, doc.period.end)}", fm.center_italic)
        r = 6
        for line in doc.status_lines():  # the day the figures are taken on, the live label
            ws.merge_range(r, 0, r, 1, line, fm.center_italic)
            r += 1
        r += 1
        info = [
            ("Đơn vị báo cáo", doc.reporting_unit()),
            ("Tỉnh, thành phố", nfc(data.get("province")) or ""),
            ("Đơn vị nhận báo cáo", opts.receiving_unit),
            ("Từ ngày", doc.period.start),
            ("Đến ngày", doc.period.end),
            *([("Số liệu tính đến ngày", doc.as_of)] if doc.as_of else []),
            ("Ngày lập", opts.made_at.date()),
            ("Người lập", opts.made_by or ""),
            ("Lập bằng chương trình", f"CommuneDesk {doc.app_version}"),
        ]
        if doc.kind == "province":
            info.insert(1, ("Số đơn vị tổng hợp", len(doc.communes or [])))
        for label, value in info:
            ws.write_string(r, 0, label, fm.label)
            self._plain(ws, r, 1, value)
            r += 1
        r += 1
        ws.merge_range(r, 0, r, 1, "SỐ LIỆU CHÍNH", fm.bold_center)
        r += 1
        t = data["dossiers"]["total"]
        key = [("Hồ sơ tiếp nhận trong kỳ", t["received"]),
               ("trong đó trực tuyến", t["received_online"]),
               ("Hồ sơ từ kỳ trước chuyển sang", t["carried_over"]),
               ("Hồ sơ đã giải quyết", t["completed"]),
               ("trong đó quá hạn", t["completed_late"]),
               ("Tỷ lệ giải quyết trước hạn, đúng hạn (%)", t["on_time_rate"]),
               ("Hồ sơ đang giải quyết đến ngày cuối kỳ" if not doc.as_of else
                f"Hồ sơ đang giải quyết đến ngày {fmt_date(doc.as_of)}", t["pending"]),
               ("trong đó quá hạn", t["pending_overdue"]),
               ("Hồ sơ từ chối tiếp nhận (Mẫu 03, không tính vào Biểu II.06a)",
                data["dossiers"].get("refused_at_counter") or 0)]
        for label, value in key:
            ws.write_string(r, 0, label, fm.label)
            if value is None:
                ws.write_string(r, 1, "— (không có hồ sơ đã giải quyết)", fm.text)
            elif isinstance(value, float):
                ws.write_number(r, 1, value, fm.rate)
            else:
                ws.write_number(r, 1, value, fm.int)
            r += 1
        checks = model.form_checks(model.form_values(t))
        ws.write_string(r, 0, "Kiểm tra số học Biểu II.06a", fm.label)
        ws.write_string(r, 1, "; ".join(f"{c}: {'đúng' if ok else 'SAI'}" for c, ok in checks), fm.text)
        ws.set_row(r, 30)
        r += 2
        ws.merge_range(r, 0, r, 1, "CÁC TRANG CỦA SỔ BÁO CÁO", fm.bold_center)
        r += 1
        for name, what in doc.sheet_guide():
            ws.write_string(r, 0, name, fm.label)
            ws.write_string(r, 1, what, fm.text)
            r += 1
        r += 1
        ws.merge_range(r, 0, r, 1, "Các chỉ số 766 là số liệu ước tính nội bộ, không thay thế số liệu "
                       "của Cổng Dịch vụ công quốc gia.", fm.italic)
        ws.set_row(r, 30)
        ws.print_area(0, 0, r, 1)

    def _plain(self, ws, r, c, value) -> None:
        fm = self.fm
        if isinstance(value, datetime):
            ws.write_datetime(r, c, value, fm.datetime_plain)
        elif isinstance(value, date):
            ws.write_datetime(r, c, value, fm.date_plain)
        elif isinstance(value, int):
            ws.write_number(r, c, value, fm.int)
        else:
            ws.write_string(r, c, nfc(str(value)), fm.text)

    # ---------------------------------------------------------------- form II.06a
    def form_sheet(self, wb, name: str, by_name: dict, unit_heading: str | None = None) -> None:
        doc, fm = self.doc, self.fm
        ws = wb.add_worksheet(name)
        _setup(ws, landscape=True)
        ws.set_column(0, 0, 5)
        ws.set_column(1, 1, 30)
        ws.set_column(2, 12, 10.5)
        ws.set_row(0, 33)
        ws.set_row(1, 33)
        ws.merge_range(0, 0, 0, 2, model.FORM_CODE, fm.bold_wrap)
        ws.merge_range(1, 0, 1, 2, model.FORM_BASIS, fm.italic)
        ws.merge_range(0, 3, 1, 9, model.FORM_TITLE, fm.subtitle)
        ws.merge_range(2, 3, 2, 9, f"Kỳ báo cáo: {period_title(doc.period.start, doc.period.end)}", fm.center)
        ws.merge_range(3, 3, 3, 9, period_range(doc.period.start, doc.period.end), fm.center_italic)
        if doc.status_lines():  # the day the figures are taken on, the live label
            ws.merge_range(4, 3, 4, 8, "; ".join(doc.status_lines()), fm.center_italic)
        ws.merge_range(0, 10, 0, 12, f"- Đơn vị báo cáo: {doc.reporting_unit()}", fm.left_top)
        ws.merge_range(1, 10, 1, 12, f"- Đơn vị nhận báo cáo: {doc.options.receiving_unit}", fm.left_top)
        ws.merge_range(4, 9, 4, 12, model.FORM_UNIT, fm.right_italic)
        top = 5
        for r0, c0, r1, c1, text in model.FORM_HEADER:
            if c0 == 1 and unit_heading:
                text = unit_heading
            if (r0, c0) == (r1, c1):
                ws.write_string(top + r0, c0, text, fm.th)
            else:
                ws.merge_range(top + r0, c0, top + r1, c1, text, fm.th)
        ws.set_row(top, 30)
        ws.set_row(top + 1, 20)
        ws.set_row(top + 2, 45)
        for c in range(13):
            ws.write_number(top + 3, c, c + 1, fm.colnum)
        r = top + 4
        for row in model.form_rows(by_name):
            ws.write_number(r, 0, row[0], fm.int_center)
            ws.write_string(r, 1, row[1], fm.text)
            for c, v in enumerate(row[2:], 2):
                ws.write_number(r, c, v, fm.int)
            r += 1
        total = model.form_values(doc.data["dossiers"]["total"])
        ws.merge_range(r, 0, r, 1, model.TOTAL_LABEL, fm.total_label)
        for c, v in enumerate(total, 2):
            ws.write_number(r, c, v, fm.int_bold)
        r = self._form_signatures(ws, r + 2)
        ws.freeze_panes(top + 4, 2)
        ws.repeat_rows(top, top + 3)
        ws.print_area(0, 0, r, 12)

    def _form_signatures(self, ws, r: int) -> int:
        """Under the form, as on paper: the place and date, then who made the sheet (left) and the head
        of the unit (right), each with what to write, room to sign, and the name when known."""
        fm, o = self.fm, self.doc.options
        ws.merge_range(r, 7, r, 12, date_line(o.place, o.made_at.date()), fm.center_italic)
        r += 1
        ws.merge_range(r, 0, r, 5, nfc(o.form_maker_title).upper(), fm.bold_center)
        ws.merge_range(r, 7, r, 12, nfc(o.form_head_title).upper(), fm.bold_center)
        r += 1
        ws.merge_range(r, 0, r, 5, "(Ký, ghi rõ họ tên)", fm.center_italic)
        ws.merge_range(r, 7, r, 12, "(Ký tên, đóng dấu)", fm.center_italic)
        r += 1
        ws.set_row(r, 60)  # room to sign and stamp
        r += 1
        ws.merge_range(r, 0, r, 5, nfc(o.made_by) or "", fm.bold_center)
        ws.merge_range(r, 7, r, 12, nfc(o.signer_name) or "", fm.bold_center)
        return r

    # ---------------------------------------------------------------- ranking (province)
    def ranking_sheet(self, wb) -> None:
        cols = [Column("Hạng", "int", 7), Column("Đơn vị", "text", 30), Column("Đã giải quyết", "int", 12),
                Column("Trước hạn", "int", 11), Column("Đúng hạn", "int", 11), Column("Quá hạn", "int", 11),
                Column(model.RANKING_RATE, "rate", 14),
                Column("Đang giải quyết", "int", 12), Column("Đang giải quyết quá hạn", "int", 13),
                Column("Tiếp nhận trong kỳ", "int", 12), Column("Trực tuyến", "int", 11)]
        rows = [[e["rank"], e["commune"], e["completed"], e["completed_early"], e["completed_on_time"],
                 e["completed_late"], e["on_time_rate"], e["pending"], e["pending_overdue"], e["received"],
                 e["received_online"]] for e in self.doc.ranking or []]
        t = Table(model.RANKING_TITLE, cols, rows, note=model.RANKING_NOTE)
        self.table_sheet(wb, "Xếp hạng", "XẾP HẠNG CÁC ĐƠN VỊ", t, landscape=True, empty="Không có đơn vị.")

    # ---------------------------------------------------------------- one long table
    def table_sheet(self, wb, name: str, heading: str, table: Table, landscape: bool, empty: str) -> None:
        doc, fm = self.doc, self.fm
        ws = wb.add_worksheet(name)
        _setup(ws, landscape=landscape)
        cols = table.columns
        last = len(cols) - 1
        for c, col in enumerate(cols):
            ws.set_column(c, c, col.width)
        ws.set_row(0, 20)
        ws.merge_range(0, 0, 0, last, heading, fm.title)
        ws.merge_range(1, 0, 1, last, f"{doc.reporting_unit()} - Kỳ báo cáo: "
                       f"{period_title(doc.period.start, doc.period.end)} "
                       f"{period_range(doc.period.start, doc.period.end)}", fm.center_italic)
        if table.total is None:  # a list: how many rows; a table with a total row says it there
            ws.merge_range(2, 0, 2, last, f"Tổng số: {len(table.rows):,}".replace(",", "."), fm.bold)
        r = 3
        ws.set_row(r, 32)
        for c, col in enumerate(cols):
            ws.write_string(r, c, col.heading, fm.th)
        ws.repeat_rows(r, r)
        ws.freeze_panes(r + 1, 0)
        r += 1
        if not table.rows:
            ws.merge_range(r, 0, r, last, empty, fm.nodata)
            r += 1
        else:
            r = self._rows(ws, r, cols, table.rows)
        if table.total is not None:
            cw = _CellWriter(ws, fm)
            ws.write_string(r, 0, model.TOTAL_LABEL, fm.total_label)
            for c, v in enumerate(table.total[1:], 1):
                cw.write(r, c, v, cols[c].kind, bold=True)
            r += 1
        if table.note:
            ws.merge_range(r, 0, r, last, table.note, fm.italic)
        ws.print_area(0, 0, r, last)

    def _rows(self, ws, r: int, cols: list[Column], rows: list[list]) -> int:
        """The body of a table, fast: each column's writer and format chosen once."""
        fm = self.fm
        writers = []
        for col in cols:
            if col.kind in ("text",):
                writers.append((ws.write_string, fm.text, True))
            elif col.kind == "id":
                writers.append((ws.write_string, fm.id, True))
            elif col.kind == "date":
                writers.append((ws.write_datetime, fm.date, False))
            elif col.kind == "int":
                writers.append((ws.write_number, fm.int, False))
            else:
                writers.append((None, None, False))
        cw = _CellWriter(ws, fm)
        blank = ws.write_blank
        set_row = ws.set_row
        # Row heights for wrapped text (spreadsheet programs do not all grow rows on opening):
        # about 1.1 characters of Times New Roman 11 per unit of column width, 15 points a line.
        text_cols = [(c, max(col.width * 1.1, 1)) for c, col in enumerate(cols) if col.kind == "text"]
        n = len(rows)
        for i, row in enumerate(rows):
            lines = 1
            for c, chars in text_cols:
                v = row[c]
                if isinstance(v, str) and len(v) > chars:
                    lines = max(lines, -(-len(v) // int(chars)))
            if lines > 1:
                set_row(r, 15 * lines)
            for c, v in enumerate(row):
                fn, f, is_text = writers[c]
                if v is None:
                    blank(r, c, None, f or fm.text)
                elif fn is None:
                    cw.write(r, c, v, cols[c].kind)
                elif is_text:
                    fn(r, c, v if isinstance(v, str) else str(v), f)
                else:
                    fn(r, c, v, f)
            r += 1
            if i % 500 == 499:
                self.check(i + 1, n)
        return r

    # ---------------------------------------------------------------- II–IV. the assessment
    def assessment_sheet(self, wb) -> None:
        """The words of the return after its tables (đánh giá, phương hướng, kiến nghị), as the PDF
        prints them: one paragraph per row, wrapped in one wide column."""
        doc, fm = self.doc, self.fm
        ws = wb.add_worksheet(ASSESSMENT_SHEET)
        _setup(ws, landscape=False)
        ws.set_column(0, 0, ASSESSMENT_WIDTH)
        ws.set_row(0, 20)
        ws.write_string(0, 0, "ĐÁNH GIÁ, PHƯƠNG HƯỚNG VÀ KIẾN NGHỊ", fm.title)
        ws.write_string(1, 0, f"{doc.reporting_unit()} - Kỳ báo cáo: {period_title(doc.period.start, doc.period.end)} "
                        f"{period_range(doc.period.start, doc.period.end)}", fm.center_italic)
        r = 3
        chars = int(ASSESSMENT_WIDTH * 1.1)  # as the tables' rows: ~1.1 characters per unit of width
        for level, heading, lines in doc.assessment_outline():
            ws.write_string(r, 0, heading, fm.bold_wrap)
            r += 1
            for line in lines:
                n = -(-len(line) // chars)
                if n > 1:
                    ws.set_row(r, 15 * min(n, 27))  # Excel's row is at most 409 points
                ws.write_string(r, 0, line, fm.left_top)
                r += 1
            if level == 1 and lines:
                r += 1
        ws.freeze_panes(3, 0)

    # ---------------------------------------------------------------- sections
    def section_sheet(self, wb, section: Section) -> None:
        doc, fm = self.doc, self.fm
        ws = wb.add_worksheet(section.sheet[:31])
        ncols = max([len(t.columns) for t in section.tables] + [2])
        widths = [0.0] * ncols
        for t in section.tables:
            for c, col in enumerate(t.columns):
                widths[c] = max(widths[c], col.width)
        widths = [w or 12 for w in widths]
        _setup(ws, landscape=sum(widths) > 110)
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)
        last = ncols - 1
        ws.set_row(0, 20)
        ws.merge_range(0, 0, 0, last, section.title, fm.title)
        ws.merge_range(1, 0, 1, last, f"{doc.reporting_unit()} - Kỳ báo cáo: "
                       f"{period_title(doc.period.start, doc.period.end)} "
                       f"{period_range(doc.period.start, doc.period.end)}", fm.center_italic)
        r = 3
        if section.note:
            ws.merge_range(r, 0, r, last, section.note, fm.italic)
            r += 2
        first_header = None
        cw = _CellWriter(ws, fm)
        for t in section.tables:
            tl = len(t.columns) - 1
            if t.title:
                if tl:
                    ws.merge_range(r, 0, r, tl, t.title, fm.bold_wrap)
                else:
                    ws.write_string(r, 0, t.title, fm.bold_wrap)
                r += 1
            for c, col in enumerate(t.columns):
                ws.write_string(r, c, col.heading, fm.th)
            if first_header is None:
                first_header = r
            r += 1
            if not t.rows and t.total is None:
                if tl:
                    ws.merge_range(r, 0, r, tl, model.NO_DATA, fm.nodata)
                else:
                    ws.write_string(r, 0, model.NO_DATA, fm.nodata)
                r += 1
            else:
                r = self._rows(ws, r, t.columns, t.rows)
            if t.total is not None:
                ws.write_string(r, 0, model.TOTAL_LABEL, fm.total_label)
                for c, v in enumerate(t.total[1:], 1):
                    cw.write(r, c, v, t.columns[c].kind, bold=True)
                r += 1
            if t.note:
                ws.merge_range(r, 0, r, max(tl, 1), t.note, fm.italic)
                ws.set_row(r, 30)
                r += 1
            r += 1
        if first_header is not None and len(section.tables) == 1:
            ws.repeat_rows(first_header, first_header)
            ws.freeze_panes(first_header + 1, 0)
        else:
            ws.freeze_panes(3, 0)
            ws.repeat_rows(0, 1)
        ws.print_area(0, 0, max(r - 1, 1), last)

    # ---------------------------------------------------------------- machine-readable copy
    def data_sheet(self, wb) -> None:
        text, digest = payload(self.doc)
        ws = wb.add_worksheet(DATA_SHEET)
        rows = [MAGIC, str(FORMAT_VERSION), self.doc.kind, digest]
        chunks = [text[i:i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]
        rows.append(str(len(chunks)))
        for r, v in enumerate(rows + chunks):
            ws.write_string(r, 0, v)
        ws.very_hidden()
        wb.set_custom_property("CommuneDesk", f"{self.doc.kind}:{digest}")


def payload(doc) -> tuple[str, str]:
    """The JSON kept in the workbook and its SHA-256 (what consolidation checks)."""
    body = {"return": doc.data, "meta": doc.meta()}
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=_json_default)
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


def _json_default(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    raise TypeError(f"not JSON: {type(o).__name__}")


def write_workbook(doc, path, check=None) -> Path:
    return ReturnWorkbook(doc, check).write(path)


__all__ = ["write_workbook", "payload", "DATA_SHEET", "MAGIC", "FORMAT_VERSION", "FORM_SHEET"]
