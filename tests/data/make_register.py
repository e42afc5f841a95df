"""Writes tests/data/so-theo-doi-ho-so-2025-07.xlsx: a register the way a one-stop counter exports it
(merged titles above the header, header names in capitals without diacritics, a mix of real dates,
datetimes, text dates in every accepted form, trailing blank rows). Run it to rebuild the file."""
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

ROWS = [
    # code, procedure, field, applicant, channel, received, due, completed, handler, status, requested
    ("000.00.20.H26-250630-0011", "Đăng ký khai sinh", "Hộ tịch", "Lò Văn Páo", "Trực tiếp",
     datetime(2025, 6, 30, 16, 20), None, None, "Hà Thị Mai", "Đang xử lý", None),
    ("000.00.20.H26-250625-0003", "Đăng ký thường trú", "Cư trú", "Vàng A Sủng", "Trực tuyến",
     "25/06/2025", "04/07/2025", "2025-07-04", None, "Đã trả", None),
    ("000.00.20.H26-250620-0001", "Chứng thực hợp đồng, giao dịch", "Chứng thực", "Đinh Thị Lan", "Trực tiếp",
     date(2025, 6, 20), date(2025, 6, 24), date(2025, 6, 24), None, "Đã trả", None),
    ("000.00.20.H26-250701-0001", "Đăng ký khai sinh", "Hộ tịch", "Nguyễn Thị Hường", "trực tuyến",
     datetime(2025, 7, 1, 8, 5), None, datetime(2025, 7, 1, 10, 0), "Hà Thị Mai", None, None),
    ("000.00.20.H26-250701-0002", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "Đặng Văn Đức", "Trực tiếp",
     "01/07/2025 09:15", None, "07/07/2025", "Hà Thị Mai", "Đã trả", None),
    ("000.00.20.H26-250702-0001", "Đăng ký thường trú", "Cư trú", "Phạm Minh Tuấn", "Bưu chính",
     "2025-07-02", None, None, None, "Chờ bổ sung", "2025-07-08"),
    ("000.00.20.H26-250703-0001", "Đăng ký kinh doanh hộ cá thể", "Hộ kinh doanh", "Trịnh Văn Hải",
     "Trực tuyến", "3/7/2025", "08/07/2025", "10/07/2025", "Bùi Quang Vinh", "Đã trả", None),
    ("000.00.20.H26-250710-0004", "Chứng thực bản sao từ bản chính", "Chứng thực", "Lê Thu Trang", "Trực tiếp",
     datetime(2025, 7, 10, 15, 40), None, date(2025, 7, 11), None, "Đã trả", None),
    ("000.00.20.H26-250714-0002", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "Hoàng Văn Nam",
     "Trực tiếp", date(2025, 7, 14), None, None, "Bùi Quang Vinh", "Đang xử lý", None),
    ("000.00.20.H26-250715-0001", "Đăng ký kết hôn", "Hộ tịch", "Vũ Thị Ngọc", "Trực tiếp",
     "15/07/2025", None, "15/07/2025", None, "Từ chối", None),
    ("000.00.20.H26-250721-0003", "Đăng ký thường trú", "Cư trú", "Mai Văn Sơn", "Trực tuyến",
     datetime(2025, 7, 21, 14, 0), None, None, None, "Đang xử lý", None),
    ("000.00.20.H26-250728-0001", "Hỗ trợ chi phí mai táng", "Bảo trợ xã hội", "Lương Thị Cúc", "Trực tiếp",
     "28/07/2025", "31/07/2025", "30/07/2025", None, "Rút hồ sơ", None),
    ("000.00.20.H26-250731-0005", "Đăng ký khai tử", "Hộ tịch", "Nông Văn Dũng", "Trực tiếp",
     "31/07/2025 16:45", None, None, None, None, None),
    ("000.00.20.H26-250801-0001", "Đăng ký khai sinh", "Hộ tịch", "Cầm Thị Dung", "Trực tuyến",
     date(2025, 8, 1), None, date(2025, 8, 1), None, "Đã trả", None),
]


def build(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sổ theo dõi"
    ws.merge_cells("A1:L1")
    ws["A1"] = "ỦY BAN NHÂN DÂN XÃ THƯỢNG TÍN"
    ws.merge_cells("A2:L2")
    ws["A2"] = "SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH THÁNG 7/2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A3"] = "(Trích xuất từ Hệ thống thông tin giải quyết TTHC ngày 01/8/2025)"
    ws.append([])
    ws.append(["STT", "MÃ HỒ SƠ", "Tên thủ tục", "LINH VUC", "Người nộp", "Kênh nộp", "Ngày tiếp nhận",
               "Hạn trả", "Ngày trả kết quả", "Cán bộ xử lý", "Trạng thái", "Ngày yêu cầu bổ sung"])
    for i, r in enumerate(ROWS, start=1):
        ws.append([i, *r])
        row = ws.max_row
        for col in (7, 8, 9, 12):
            cell = ws.cell(row=row, column=col)
            if isinstance(cell.value, datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(cell.value, date):
                cell.number_format = "dd/mm/yyyy"
    for _ in range(4):  # blank rows left by the export, one with only a border-like space
        ws.append([None, None, " "])
    wb.save(path)


if __name__ == "__main__":
    build(Path(__file__).with_name("so-theo-doi-ho-so-2025-07.xlsx"))
