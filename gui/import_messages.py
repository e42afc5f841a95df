"""The first release's import sentences in the window's language, for the ones core does not raise by
code yet (gui.messages renders the catalogued codes).

core words a refused file in English, as the command line prints it (`row 59, Ngày tiếp nhận:
'31/02/2025' is not a date`). The window shows every import's problems, whatever the register, in
Vietnamese (or English through Qt's translation): each pattern below matches one of core's messages,
%1, %2, %3 are its groups. More specific patterns come first; a message no pattern knows is shown as
core wrote it. tests/gui/test_import_messages.py provokes core's messages and checks each is worded.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP


CONTEXT = "Import"

MESSAGES = [
    # Rows repeated or ambiguous.
    (r"'(.*)' of '(.*)' appears twice in the file \(also row (\d+)\)",
     QT_TRANSLATE_NOOP("Import", "'%1' của '%2' lặp lại trong tệp (đã có ở dòng %3)")),
    (r"'(.*)' born (.*) appears twice in the file \(also row (\d+)\); give each a staff code",
     QT_TRANSLATE_NOOP("Import", "'%1' sinh ngày %2 lặp lại trong tệp (đã có ở dòng %3); hãy ghi mã cán bộ "
                                 "cho từng người")),
    (r"'(.*)' appears twice in the file \(also row (\d+)\)",
     QT_TRANSLATE_NOOP("Import", "'%1' lặp lại trong tệp (đã có ở dòng %2)")),
    (r"'(.*)' matches (\d+) people with the same birth date; add the staff code column",
     QT_TRANSLATE_NOOP("Import", "'%1' trùng với %2 người cùng ngày sinh; hãy thêm cột Mã cán bộ")),
    (r"row (\d+) already updates '(.*)'", QT_TRANSLATE_NOOP("Import", "dòng %1 đã cập nhật '%2'")),
    # Dossiers.
    (r"'(.*)' is not a channel \(.*\)",
     QT_TRANSLATE_NOOP("Import", "'%1' không phải kênh nộp (Trực tuyến, Trực tiếp, Bưu chính)")),
    (r"'(.*)' is a closed status but '(.*)' is empty",
     QT_TRANSLATE_NOOP("Import", "'%1' là trạng thái đã kết thúc nhưng cột '%2' để trống")),
    (r"a closing date is given but the status '(.*)' is still open",
     QT_TRANSLATE_NOOP("Import", "có ngày trả kết quả nhưng trạng thái '%1' là chưa kết thúc")),
    (r"is before the received date", QT_TRANSLATE_NOOP("Import", "trước ngày tiếp nhận")),
    (r"is empty and the procedure '(.*)' has no legal time in the catalogue",
     QT_TRANSLATE_NOOP("Import", "để trống, mà thủ tục '%1' chưa có thời hạn giải quyết trong danh mục")),
    # Key tasks and training.
    (r"no staff member has the code '(.*)'", QT_TRANSLATE_NOOP("Import", "không có cán bộ nào mang mã '%1'")),
    (r"the staff code '(.*)' is (.*), not '(.*)'",
     QT_TRANSLATE_NOOP("Import", "mã cán bộ '%1' là của %2, không phải '%3'")),
    (r"no staff member is named '(.*)'", QT_TRANSLATE_NOOP("Import", "không có cán bộ nào tên '%1'")),
    (r"(\d+) staff members are named '(.*)': give the staff code",
     QT_TRANSLATE_NOOP("Import", "có %1 cán bộ cùng tên '%2': hãy ghi mã cán bộ")),
    (r"is required when '(.*)' is empty", QT_TRANSLATE_NOOP("Import", "bắt buộc nhập khi cột '%1' để trống")),
    (r"is before the assigned date (.*)", QT_TRANSLATE_NOOP("Import", "trước ngày giao %1")),
    (r"'(.*)' is not a department of the office",
     QT_TRANSLATE_NOOP("Import", "'%1' không phải đơn vị của cơ quan")),
    (r"'(.*)' is the person in charge", QT_TRANSLATE_NOOP("Import", "'%1' là người chủ trì")),
    (r"'(.*)' needs '(.*)'", QT_TRANSLATE_NOOP("Import", "'%1' cần có cột '%2'")),
    (r"a date done is given but the status is '(.*)'",
     QT_TRANSLATE_NOOP("Import", "có ngày hoàn thành nhưng trạng thái là '%1'")),
    (r"a cancellation date is given but the status is '(.*)'",
     QT_TRANSLATE_NOOP("Import", "có ngày hủy nhưng trạng thái là '%1'")),
    (r"'(.*)' but the deadline (.*) has not passed",
     QT_TRANSLATE_NOOP("Import", "'%1' nhưng thời hạn %2 chưa qua")),
    (r"'(.*)' is not a responsibility \((.*)\)", QT_TRANSLATE_NOOP("Import", "'%1' không phải trách nhiệm (%2)")),
    (r"'(.*)' is not a kind of document \((.*)\)",
     QT_TRANSLATE_NOOP("Import", "'%1' không phải loại văn bản (%2)")),
    (r"'(.*)' is not a topic \((.*)\)", QT_TRANSLATE_NOOP("Import", "'%1' không phải chủ đề (%2)")),
    (r"'(.*)' is not a mode \((.*)\)", QT_TRANSLATE_NOOP("Import", "'%1' không phải hình thức (%2)")),
    (r"'(.*)' is not a result \((.*)\)", QT_TRANSLATE_NOOP("Import", "'%1' không phải kết quả (%2)")),
    (r"is before the start date (.+)", QT_TRANSLATE_NOOP("Import", "trước ngày bắt đầu %1")),
    (r"differs from row (\d+) for the same course \('(.*)'\)",
     QT_TRANSLATE_NOOP("Import", "khác với dòng %1 của cùng khóa học ('%2')")),
    (r"'(.*)' is listed twice for this course \(also row (\d+)\)",
     QT_TRANSLATE_NOOP("Import", "'%1' có hai lần trong khóa học này (đã có ở dòng %2)")),
    (r"is required for the new course '(.*)'", QT_TRANSLATE_NOOP("Import", "bắt buộc nhập cho khóa học mới '%1'")),
    (r"the staff code (.*) is already used by (.*)", QT_TRANSLATE_NOOP("Import", "mã cán bộ %1 đã dùng cho %2")),
    (r"the task code (.*) is already used", QT_TRANSLATE_NOOP("Import", "mã nhiệm vụ %1 đã được dùng")),
    (r"choose a department", QT_TRANSLATE_NOOP("Import", "chọn đơn vị")),
    (r"choose the person in charge from the staff", QT_TRANSLATE_NOOP("Import", "chọn người chủ trì trong danh sách cán bộ")),
    (r"unknown coordinating person or department",
     QT_TRANSLATE_NOOP("Import", "không rõ người hoặc đơn vị phối hợp")),
    (r"the person in charge cannot also be a coordinator",
     QT_TRANSLATE_NOOP("Import", "người chủ trì không thể đồng thời là người phối hợp")),
    (r"is required before the task can be assigned \((.*)\)",
     QT_TRANSLATE_NOOP("Import", "bắt buộc nhập trước khi giao nhiệm vụ (%1)")),
    (r"is before the day the task was assigned \((.*)\)", QT_TRANSLATE_NOOP("Import", "trước ngày giao nhiệm vụ (%1)")),
    (r"must be a whole number of 0 or more", QT_TRANSLATE_NOOP("Import", "phải là số nguyên từ 0 trở lên")),
    (r"must be a whole number from 0 to 100", QT_TRANSLATE_NOOP("Import", "phải là số nguyên từ 0 đến 100")),
    (r"is not a month", QT_TRANSLATE_NOOP("Import", "không phải tháng")),
    (r"'(.*)' is not one of (.*)", QT_TRANSLATE_NOOP("Import", "'%1' không thuộc các giá trị %2")),
    # Labels from a list.
    (r"'(.*)' is not a category \(Cán bộ, .*\)",
     QT_TRANSLATE_NOOP("Import", "'%1' không phải loại cán bộ (Cán bộ, Công chức, Viên chức, Hợp đồng lao động)")),
    (r"'(.*)' is not a category \((.*)\)", QT_TRANSLATE_NOOP("Import", "'%1' không phải nhóm, lĩnh vực đã biết (%2)")),
    (r"'(.*)' is not a priority \((.*)\)", QT_TRANSLATE_NOOP("Import", "'%1' không phải mức ưu tiên (%2)")),
    (r"'(.*)' is not a status \((.*)\)", QT_TRANSLATE_NOOP("Import", "'%1' không phải trạng thái (%2)")),
    (r"'(.*)' is not a sex \(.*\)", QT_TRANSLATE_NOOP("Import", "'%1' không phải giới tính (Nam, Nữ)")),
    (r"'(.*)' is not an origin \(.*\)",
     QT_TRANSLATE_NOOP("Import", "'%1' không phải nguồn cán bộ (Cấp huyện chuyển về, Cấp xã cũ, Tuyển mới, "
                                 "Điều động từ tỉnh)")),
    # Dates, numbers, money, text.
    (r"'(.*)' is a year, not a date", QT_TRANSLATE_NOOP("Import", "'%1' là năm, cần ghi đủ ngày/tháng/năm")),
    (r"'(.*)' is not a date", QT_TRANSLATE_NOOP("Import", "'%1' không phải là ngày")),
    (r"'(.*)' is not a month \(mm/yyyy\)", QT_TRANSLATE_NOOP("Import", "'%1' không phải tháng (mm/yyyy)")),
    (r"'(.*)' is not an amount of money .*",
     QT_TRANSLATE_NOOP("Import", "'%1' không phải số tiền (ghi số đồng, ví dụ 12.000.000)")),
    (r"'(.*)' is not a percentage from 0 to 100",
     QT_TRANSLATE_NOOP("Import", "'%1' không phải tỷ lệ phần trăm từ 0 đến 100")),
    (r"'(.*)' is not a number of hours", QT_TRANSLATE_NOOP("Import", "'%1' không phải số giờ")),
    (r"'(.*)' is not a quantity", QT_TRANSLATE_NOOP("Import", "'%1' không phải số lượng")),
    (r"'(.*)' is not a whole number", QT_TRANSLATE_NOOP("Import", "'%1' không phải số nguyên")),
    (r"'(.*)' is not a number", QT_TRANSLATE_NOOP("Import", "'%1' không phải là số")),
    (r"'(.*)' is negative", QT_TRANSLATE_NOOP("Import", "'%1' là số âm")),
    (r"'(.*)' is below (\d+)", QT_TRANSLATE_NOOP("Import", "'%1' nhỏ hơn %2")),
    (r"(?:the amount|quantity) (\d+) is implausibly large", QT_TRANSLATE_NOOP("Import", "số %1 quá lớn")),
    (r"is too long \((\d+) characters, at most (\d+)\)",
     QT_TRANSLATE_NOOP("Import", "quá dài (%1 ký tự, tối đa %2)")),
    (r"is required", QT_TRANSLATE_NOOP("Import", "bắt buộc nhập")),
    # Order of dates, identity.
    (r"is after today", QT_TRANSLATE_NOOP("Import", "sau ngày hôm nay")),
    (r"is not before the start date", QT_TRANSLATE_NOOP("Import", "không trước ngày nhận nhiệm vụ")),
    (r"is before the start date", QT_TRANSLATE_NOOP("Import", "trước ngày nhận nhiệm vụ")),
    (r"is before the date raised", QT_TRANSLATE_NOOP("Import", "trước ngày nêu kiến nghị")),
    (r"an ID number has 12 digits \(9 for an old identity card\)",
     QT_TRANSLATE_NOOP("Import", "số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)")),
    (r"is not a Vietnamese phone number", QT_TRANSLATE_NOOP("Import", "không phải số điện thoại hợp lệ")),
    # The file as a whole.
    (r"missing required columns? (.*)", QT_TRANSLATE_NOOP("Import", "thiếu cột bắt buộc %1")),
    (r"no header row found: the file needs a row with the columns (.*)",
     QT_TRANSLATE_NOOP("Import", "không tìm thấy dòng tiêu đề: tệp cần một dòng có các cột %1")),
    (r"more than ([\d.]+) rows are at fault \(reading stopped at row (\d+)\); nothing was imported\. The first ones:",
     QT_TRANSLATE_NOOP("Import", "hơn %1 dòng có lỗi (dừng đọc ở dòng %2); không có dữ liệu nào được nhập. "
                                 "Các lỗi đầu tiên:")),
    (r"(.*): no \w+ rows below the header \(row (\d+)\)",
     QT_TRANSLATE_NOOP("Import", "%1: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng %2)")),
    (r"(.*): no such file", QT_TRANSLATE_NOOP("Import", "%1: không tìm thấy tệp")),
    (r"(.*): the file is empty", QT_TRANSLATE_NOOP("Import", "%1: tệp trống")),
    (r"(.*): the workbook has no sheet", QT_TRANSLATE_NOOP("Import", "%1: bảng tính không có trang nào")),
    (r"(.*): not a spreadsheet .*",
     QT_TRANSLATE_NOOP("Import", "%1: không phải bảng tính (.xlsx, .xls, .ods hoặc .csv)")),
    (r"(.*): not a readable spreadsheet .*", QT_TRANSLATE_NOOP("Import", "%1: không đọc được bảng tính")),
    (r"(.*): not UTF-8 text .*",
     QT_TRANSLATE_NOOP("Import", "%1: không phải văn bản UTF-8 (hãy lưu CSV dạng UTF-8)")),
    (r"(.*): not a CSV text file", QT_TRANSLATE_NOOP("Import", "%1: không phải tệp CSV dạng văn bản")),
    (r"(.*): unreadable CSV .*", QT_TRANSLATE_NOOP("Import", "%1: không đọc được tệp CSV")),
]
_COMPILED = [(re.compile(pattern, re.S), text) for pattern, text in MESSAGES]


def fill(template: str, *values) -> str:
    for i, value in enumerate(values, start=1):
        template = template.replace(f"%{i}", str(value))
    return template


def import_message(message: str) -> str:
    """One of core's import messages in the window's language (as core wrote it if no pattern knows it)."""
    for pattern, text in _COMPILED:
        m = pattern.fullmatch(message)
        if m:
            return fill(QCoreApplication.translate(CONTEXT, text), *m.groups())
    return message


__all__ = ["MESSAGES", "import_message"]
