"""Mẫu 07, Sổ theo dõi hồ sơ, as a workbook (XlsxWriter): the same lines as the PDF, real dates and
numbers in the cells, text always as text; print-ready (A4 landscape, NĐ 30 margins, the two heading
rows repeated, one page wide)."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import xlsxwriter

from core.exports.xlsx import A4, FONT, MARGINS
from core.files import atomic_path
from core.formatting import date_line, fmt_date, nfc

HEADINGS = ["STT", "Mã hồ sơ", "Tên TTHC", "Tên tổ chức, cá nhân", "Địa chỉ/SĐT", "Cơ quan chủ trì giải quyết"]
RESULT = ["Nhận hồ sơ", "Hẹn trả kết quả", "Trả kết quả", "Phương thức nhận kết quả", "Ký nhận"]
WIDTHS = [7, 22, 34, 24, 26, 22, 16, 16, 12, 14, 10, 30]


def write_book_xlsx(book, path) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp:
        wb = xlsxwriter.Workbook(str(tmp))
        # Dated by the book's day, never by the moment of printing: a reprint gives the same bytes
        # (as the return's workbook, whose date is the return's).
        wb.set_properties({"title": "Sổ theo dõi hồ sơ", "subject": "Mẫu 07",
                           "created": datetime.combine(book.dated, datetime.min.time()),
                           "comments": "Lập bằng CommuneDesk"})
        base = {"font_name": FONT, "font_size": 11, "valign": "vcenter"}

        def f(**kw):
            return wb.add_format({**base, **kw})

        center = f(align="center", text_wrap=True)
        bold_center = f(bold=True, align="center", text_wrap=True)
        italic_center = f(italic=True, align="center")
        th = f(bold=True, align="center", text_wrap=True, border=1, bg_color="#F2F2F2")
        cell = f(border=1, text_wrap=True, valign="top")
        cell_center = f(border=1, align="center", valign="top")
        moment = f(border=1, num_format="hh:mm dd/mm/yyyy", align="center", valign="top")
        day = f(border=1, num_format="dd/mm/yyyy", align="center", valign="top")
        ws = wb.add_worksheet("Sổ theo dõi hồ sơ")
        for col, width in enumerate(WIDTHS):
            ws.set_column(col, col, width)
        kind = book.commune_kind.upper()
        ws.merge_range(0, 0, 0, 4, f"UBND {kind} {nfc(book.commune).upper()}", center)
        ws.merge_range(1, 0, 1, 4, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", bold_center)
        ws.merge_range(0, 6, 0, 11, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold_center)
        ws.merge_range(1, 6, 1, 11, "Độc lập - Tự do - Hạnh phúc", bold_center)
        ws.merge_range(2, 0, 2, 4, "Số: ……/STD-TTPVHCC", center)
        ws.merge_range(2, 6, 2, 11, date_line(book.place, book.dated), italic_center)
        ws.merge_range(4, 0, 4, 11, "SỔ THEO DÕI HỒ SƠ", f(bold=True, font_size=14, align="center"))
        note = f"Từ ngày {fmt_date(book.period.start)} đến ngày {fmt_date(book.period.end)}"
        if book.field:
            note += f" · Lĩnh vực: {nfc(book.field)}"
        ws.merge_range(5, 0, 5, 11, note, italic_center)
        top = 7
        for col, title in enumerate(HEADINGS):
            ws.merge_range(top, col, top + 1, col, title, th)
        ws.merge_range(top, 6, top, 10, "Nhận và trả kết quả", th)
        for col, title in enumerate(RESULT, start=6):
            ws.write_string(top + 1, col, title, th)
        ws.merge_range(top, 11, top + 1, 11, "Ghi chú", th)
        row = top + 2
        for x in book.lines:
            if x.number is None:
                ws.write_string(row, 0, "—", cell_center)
            else:
                ws.write_number(row, 0, x.number, cell_center)
            for col, text in enumerate((x.code, x.procedure, x.applicant, x.address_phone, x.agency), start=1):
                ws.write_string(row, col, nfc(text) or "", cell)
            for col, value in ((6, x.received), (7, x.appointment), (8, x.returned)):
                if value is None:
                    ws.write_blank(row, col, None, cell)
                elif isinstance(value, datetime):
                    ws.write_datetime(row, col, value, moment)
                elif isinstance(value, date):
                    ws.write_datetime(row, col, datetime.combine(value, datetime.min.time()), day)
            ws.write_string(row, 9, x.delivery, cell_center)
            ws.write_blank(row, 10, None, cell)
            ws.write_string(row, 11, nfc(x.note) or "", cell)
            row += 1
        ws.write_string(row + 1, 0, "Ghi chú: Sổ theo dõi hồ sơ được lập theo từng lĩnh vực hoặc nhóm lĩnh vực "
                                    "tại Bộ phận Một cửa; STT là số thứ tự vào Sổ ghi trên Mẫu 01.",
                        f(italic=True))
        ws.set_paper(A4)
        ws.set_landscape()
        ws.set_margins(**MARGINS)
        ws.repeat_rows(top, top + 1)
        ws.fit_to_pages(1, 0)
        ws.freeze_panes(top + 2, 0)
        wb.close()
    return path
