"""Vietnamese words for the return's keys and codes, and the words for periods and units.

Codes are labelled from the vocabularies of core.vocab; the fallback table holds the labels of
interfaces.md, so a code still prints in Vietnamese while a register's vocabulary is missing."""
from __future__ import annotations

import calendar as _cal
from datetime import date

from core.formatting import fmt_date, nfc

# section.key → name of the Vocabulary in core.vocab labelling its codes
_VOCABS = {
    ("staff", "by_category"): "STAFF_CATEGORY",
    ("staff", "by_origin"): "STAFF_ORIGIN",
    ("equipment", "by_status"): "NEED_STATUS",
    ("equipment", "by_category"): "EQUIPMENT_CATEGORY",
    ("recommendations", "by_status"): "REC_STATUS",
    ("recommendations", "by_category"): "REC_CATEGORY",
    ("training", "by_topic"): "TRAINING_TOPIC",
    ("training", "topics"): "TRAINING_TOPIC",
    ("training", "by_mode"): "TRAINING_MODE",
}

_FALLBACK = {
    ("staff", "by_category"): {"cadre": "Cán bộ", "civil_servant": "Công chức",
                               "public_employee": "Viên chức", "contract": "Hợp đồng lao động"},
    ("staff", "by_origin"): {"former_district": "Cấp huyện chuyển về", "former_commune": "Cấp xã cũ",
                             "new_recruit": "Tuyển mới", "province": "Điều động từ tỉnh"},
    ("equipment", "by_status"): {"proposed": "Đề xuất", "submitted": "Đã gửi tỉnh",
                                 "approved": "Đã phê duyệt", "delivered": "Đã cấp", "rejected": "Từ chối"},
    ("equipment", "by_category"): {"premises": "Phòng làm việc/Trụ sở", "it": "Thiết bị CNTT",
                                   "vehicle": "Phương tiện", "network": "Mạng/Viễn thông", "power": "Điện",
                                   "other": "Khác"},
    ("recommendations", "by_status"): {"new": "Mới", "submitted": "Đã gửi", "answered": "Đã trả lời",
                                       "resolved": "Đã giải quyết"},
    ("recommendations", "by_category"): {"personnel": "Nhân sự", "facilities": "Cơ sở vật chất",
                                         "digital": "CNTT - Chuyển đổi số",
                                         "decentralization": "Phân cấp - Ủy quyền", "finance": "Tài chính",
                                         "other": "Khác"},
}


def code_label(section: str, key: str, code: str) -> str:
    """The Vietnamese label of a fixed-vocabulary code in `section.key`; free names pass through."""
    import core.vocab as vocab

    name = _VOCABS.get((section, key))
    if name is None:
        return nfc(str(code)) or ""
    v = getattr(vocab, name, None)
    if v is not None and code in v:
        return v.label(code, "vi")
    return _FALLBACK.get((section, key), {}).get(code, str(code))


def row_label(section: str, key: str, name: str) -> str:
    """The label of a row of a breakdown: a code of a fixed vocabulary, a figure's name, or a free
    name (department, specialty, field) as written."""
    if (section, key) in _VOCABS:
        return code_label(section, key, name)
    if name in KEY_LABELS:
        return KEY_LABELS[name]
    return nfc(str(name)) or ""


def vocab_label(name: str, code: str | None, fallback: dict | None = None) -> str:
    import core.vocab as vocab

    v = getattr(vocab, name, None)
    if v is not None and code in v:
        return v.label(code, "vi")
    return (fallback or {}).get(code or "", code or "")


# Words for the keys of the sections (and of the sections other registers add).
KEY_LABELS = {
    # staff
    "total": "Tổng số", "by_category": "Theo loại", "by_origin": "Theo nguồn",
    "by_department": "Theo đơn vị", "staffing": "Định biên và thiếu hụt", "quota": "Định biên",
    "filled": "Hiện có", "shortage": "Thiếu", "surplus": "Thừa", "by_specialty": "Theo chuyên môn",
    # equipment
    "open_needs": "Số nhu cầu chưa đáp ứng", "open_estimated_cost": "Kinh phí dự kiến của nhu cầu chưa đáp ứng",
    "by_status": "Theo trạng thái", "count": "Số nhu cầu", "quantity": "Số lượng cần bổ sung",
    "estimated_cost": "Kinh phí dự kiến",
    # recommendations
    "raised_in_period": "Nêu trong kỳ",
    # tasks (issue 9)
    "by_person": "Theo người chủ trì", "plans": "Kế hoạch công tác tháng", "overdue": "Nhiệm vụ quá hạn",
    "carried_over": "Kỳ trước chuyển sang", "assigned": "Giao trong kỳ", "done": "Đã hoàn thành",
    "done_on_time": "Hoàn thành đúng hạn", "done_late": "Hoàn thành quá hạn", "cancelled": "Đã hủy",
    "open": "Đang thực hiện", "open_within": "Đang thực hiện trong hạn",
    "open_overdue": "Đang thực hiện quá hạn", "on_time_rate": "Tỷ lệ đúng hạn (%)", "tasks": "Số nhiệm vụ",
    "drafts": "Dự thảo", "code": "Mã", "title": "Nội dung", "person": "Người chủ trì",
    "department": "Đơn vị", "deadline": "Thời hạn", "days_overdue": "Số ngày quá hạn",
    "assigning_authority": "Cấp giao", "expected_product": "Sản phẩm",
    # training (issue 9)
    "courses": "Số lớp, khóa học", "people_trained": "Số người được bồi dưỡng", "trained": "Số người được bồi dưỡng",
    "hours": "Số giờ", "attendances": "Lượt tham gia", "by_topic": "Theo chủ đề",
    "untrained_required": "Chưa được bồi dưỡng nội dung bắt buộc", "missing_required": "Chưa được bồi dưỡng nội dung bắt buộc",
    "name": "Họ và tên", "topic": "Chủ đề", "position": "Vị trí việc làm",
    "courses_held": "Số lớp đã tổ chức", "person_hours": "Số giờ-người", "not_completed": "Không hoàn thành",
    "absent": "Vắng mặt", "by_mode": "Theo hình thức", "in_person": "Trực tiếp", "online": "Trực tuyến",
    "staff": "Số người", "people": "Danh sách", "job_positions": "Vị trí việc làm",
    "topics": "Nội dung còn thiếu",
}


def key_label(key: str) -> str:
    return KEY_LABELS.get(key, key.replace("_", " ").capitalize())


def key_kind(key: str) -> str:
    """How a figure under this key is written: money, a rate, or a plain number."""
    if "cost" in key or key.endswith("_amount"):
        return "money"
    if key.endswith("rate"):
        return "rate"
    return "int"


# ------------------------------------------------------------------ periods and units

def is_calendar_month(start: date, end: date) -> bool:
    return (start.day == 1 and (start.year, start.month) == (end.year, end.month)
            and end.day == _cal.monthrange(end.year, end.month)[1])


def is_legal_month(start: date, end: date) -> bool:
    """15th of a month to the 14th of the next (Nghị định 09/2019/NĐ-CP Art. 12)."""
    nxt = (start.year + (start.month == 12), start.month % 12 + 1)
    return start.day == 15 and end.day == 14 and (end.year, end.month) == nxt


def period_title(start: date, end: date) -> str:
    """"Tháng 10 năm 2025" for a calendar month or a 15th-to-14th period, else the range."""
    if is_calendar_month(start, end) or is_legal_month(start, end):
        return f"Tháng {end.month} năm {end.year}"
    return f"Từ ngày {fmt_date(start)} đến ngày {fmt_date(end)}"


def period_range(start: date, end: date) -> str:
    return f"(Từ ngày {fmt_date(start)} đến ngày {fmt_date(end)})"


def period_short(start: date, end: date) -> str:
    """"tháng 10/2025" or "từ 01/10/2025 đến 20/10/2025", for sentences."""
    if is_calendar_month(start, end) or is_legal_month(start, end):
        return f"tháng {end.month}/{end.year}"
    return f"từ {fmt_date(start)} đến {fmt_date(end)}"


# Centrally-run cities after 1 July 2025; any other province is a "tỉnh".
_CITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế")


def province_unit(province: str | None) -> str:
    """"thành phố Hà Nội", "tỉnh Ninh Bình"; a name given with its kind is kept."""
    name = nfc(province) or ""
    low = name.lower()
    for prefix in ("tỉnh ", "thành phố ", "tp. ", "tp.", "tp "):
        if low.startswith(prefix):
            rest = name[len(prefix):].strip()
            return f"tỉnh {rest}" if prefix == "tỉnh " else f"thành phố {rest}"
    if low in _CITIES:
        return f"thành phố {name}"
    return f"tỉnh {name}" if name else ""


_PLACE_PREFIXES = ("thành phố ", "tỉnh ", "tp. ", "tp.", "tp ", "xã ", "phường ", "đặc khu ", "thị trấn ")


def place_name(unit: str | None) -> str:
    """The place of a unit without its administrative kind, for the place line of a document
    (domain.md, "Order and names"): "Thượng Tín" for Xã Thượng Tín, "Hà Nội" for Thành phố Hà Nội."""
    name = nfc(unit) or ""
    low = name.lower()
    for prefix in _PLACE_PREFIXES:
        if low.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix):].strip()
    return name


# The kinds of commune-level unit, as a commune's name begins.
COMMUNE_KINDS = ("Xã ", "Phường ", "Đặc khu ", "Thị trấn ")


def commune_unit(commune: str | None) -> str:
    """"xã Thượng Tín" from "Xã Thượng Tín" (the kind in lower case inside a sentence)."""
    name = nfc(commune) or ""
    for kind in COMMUNE_KINDS:
        if name.startswith(kind):
            return kind.lower() + name[len(kind):]
    return name


def commune_place(commune: str | None) -> str:
    """"Thượng Tín" from "Xã Thượng Tín": the place name, without the kind of unit."""
    return place_name(commune)


def commune_kind(commune: str | None) -> str:
    """"xã", "phường" or "đặc khu" (default "xã")."""
    low = (nfc(commune) or "").lower()
    for kind in ("phường", "đặc khu", "thị trấn", "xã"):
        if low.startswith(kind + " "):
            return kind
    return "xã"
