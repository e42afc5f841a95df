"""Mẫu 07, Sổ theo dõi hồ sơ, as a landscape A4 PDF (core.book gives the lines).

The header of the counter's forms, the title and the period, then the book's table with its two-level
heading repeated on every page (drawn in chunks, as the return's annexes: a month of a large ward is
thousands of lines), and the circular's notes. The same lines give the same bytes.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from core.formatting import fmt_date, fmt_moment, nfc

from .layout import KeepTogether, OfficialDocument, long_table, para, title_block

TITLE = "Sổ theo dõi hồ sơ"
# Columns (mm) of a landscape page's 252 mm.
WIDTHS = [11, 27, 33, 24, 27, 21, 18, 18, 16, 15, 11, 31]


def _number(line) -> str:
    if line.number is None:
        return "—"
    return f"{line.number}" if (line.volume or 1) == 1 else f"{line.volume}/{line.number}"


def write_book_pdf(book, path) -> Path:
    kind = book.commune_kind.upper()
    doc = OfficialDocument(
        path, ["TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"], book.place, book.dated, "……/STD-TTPVHCC",
        parent_lines=[f"UBND {kind} {book.commune}"], title=f"Mẫu 07 - {TITLE}",
        author=f"Trung tâm Phục vụ hành chính công {book.commune_kind} {book.commune}",
        subject=f"{book.period.start.isoformat()} – {book.period.end.isoformat()}", landscape_page=True,
        reproducible=True,
    )
    st = doc.styles
    note = f"Từ ngày {fmt_date(book.period.start)} đến ngày {fmt_date(book.period.end)}"
    if book.field:
        note += f" · Lĩnh vực: {nfc(book.field)}"
    doc.story += title_block(TITLE, None, note, st=st)
    header = [
        ["STT", "Mã hồ sơ", "Tên TTHC", "Tên tổ chức, cá nhân", "Địa chỉ/SĐT", "Cơ quan chủ trì giải quyết",
         "Nhận và trả kết quả", "", "", "", "", "Ghi chú"],
        ["", "", "", "", "", "", "Nhận hồ sơ", "Hẹn trả kết quả", "Trả kết quả", "Phương thức nhận kết quả",
         "Ký nhận", ""],
    ]
    spans = [((6, 0), (10, 0))] + [((c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 5, 11)]
    rows = [[_number(x), x.code, x.procedure, x.applicant, x.address_phone, x.agency, fmt_moment(x.received),
             fmt_moment(x.appointment), fmt_date(x.returned), x.delivery, "", x.note] for x in book.lines]
    # The last line of the table is a chunk of its own, kept on one page with the notes: the notes
    # never go alone onto a page of their own.
    table = long_table(header, rows, [w * mm for w in WIDTHS],
                       align=["CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER",
                              "CENTER", "CENTER", "LEFT"],
                       wrap_columns=(1, 2, 3, 4, 5, 6, 7, 9, 11), header_spans=spans, font_size=9, st=st,
                       keep_tail=1)
    notes = [para("<i>Ghi chú:</i>", st["field"], markup=True),
             para("- Sổ theo dõi hồ sơ được lập theo từng lĩnh vực hoặc nhóm lĩnh vực tại Bộ phận Một cửa.",
                  st["item"]),
             para("- STT là số thứ tự vào Sổ ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01); "
                  "“—”: hồ sơ nhập từ hệ thống, không vào Sổ tại quầy.", st["item"])]
    if rows:
        doc.story += table[:-1] + [KeepTogether([table[-1], *notes])]
    else:
        doc.story += table + [para("Không có hồ sơ nào trong kỳ.", st["center"]), *notes]
    return doc.build()
