"""Core's field messages (English, as the command line prints them) shown to the clerk in the window's
language. `core` raises ValidationError(message, {field: message}); the window puts each message next
to its field through `field_message()`. A message not known here is shown as core wrote it."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CTX = "CoreMessages"

# Exact messages of core.dossiers, core.catalogue, core.calendar_overrides, core.commune.
EXACT = {
    "the ID number (CCCD) has 12 digits": QT_TRANSLATE_NOOP("CoreMessages", "Số định danh (CCCD) gồm đúng 12 chữ số"),
    "not a Vietnamese phone number": QT_TRANSLATE_NOOP("CoreMessages", "Số điện thoại không hợp lệ (ví dụ 0912345678)"),
    "choose a procedure from the catalogue": QT_TRANSLATE_NOOP("CoreMessages", "Chọn thủ tục trong danh mục"),
    "this procedure has no legal time in the catalogue yet": QT_TRANSLATE_NOOP(
        "CoreMessages", "Thủ tục này chưa có thời hạn giải quyết trong danh mục (Cài đặt → Danh mục thủ tục)"),
    "the applicant's name is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập họ tên người nộp hồ sơ"),
    "unknown handler": QT_TRANSLATE_NOOP("CoreMessages", "Cán bộ xử lý không có trong danh sách"),
    "unknown channel": QT_TRANSLATE_NOOP("CoreMessages", "Kênh nộp không hợp lệ"),
    "the day of receipt is in the future": QT_TRANSLATE_NOOP("CoreMessages", "Ngày tiếp nhận không được sau hôm nay"),
    "before receipt": QT_TRANSLATE_NOOP("CoreMessages", "Ngày không được trước ngày tiếp nhận hồ sơ"),
    "a reason is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập lý do (được in trên phiếu)"),
    "choose a handler": QT_TRANSLATE_NOOP("CoreMessages", "Chọn cán bộ xử lý"),
    "before the request": QT_TRANSLATE_NOOP("CoreMessages", "Ngày bổ sung không được trước ngày yêu cầu bổ sung"),
    "before the previous step": QT_TRANSLATE_NOOP("CoreMessages", "Ngày không được trước bước xử lý trước đó của hồ sơ"),
    "after today": QT_TRANSLATE_NOOP("CoreMessages", "Ngày không được sau hôm nay"),
    "after the due date": QT_TRANSLATE_NOOP("CoreMessages", "Ngày hẹn mới phải sau hạn trả hiện tại"),
    "name is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập tên thủ tục"),
    "field is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập lĩnh vực"),
    "the legal time cannot be negative": QT_TRANSLATE_NOOP("CoreMessages", "Thời hạn giải quyết không được âm"),
    "choose a day": QT_TRANSLATE_NOOP("CoreMessages", "Chọn ngày"),
    "the note is longer than 300 characters": QT_TRANSLATE_NOOP("CoreMessages", "Ghi chú dài quá 300 ký tự"),
    "the commune's name is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập tên xã, phường"),
    "the province is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập tên tỉnh, thành phố"),
    "the code prefix has 1 to 20 letters, digits or dots": QT_TRANSLATE_NOOP(
        "CoreMessages", "Tiền tố mã hồ sơ gồm 1 đến 20 chữ cái, chữ số hoặc dấu chấm"),
}
# Messages with a value inside them.
PATTERNS = [
    (re.compile(r"^dossier .+ already exists$"), QT_TRANSLATE_NOOP("CoreMessages", "Mã hồ sơ này đã có")),
    (re.compile(r"^a procedure named .+ already exists$"), QT_TRANSLATE_NOOP("CoreMessages", "Đã có thủ tục cùng tên")),
    (re.compile(r"^unknown channel .+$"), QT_TRANSLATE_NOOP("CoreMessages", "Kênh nộp không hợp lệ")),
    (re.compile(r"^unknown unit .+$"), QT_TRANSLATE_NOOP("CoreMessages", "Đơn vị thời hạn không hợp lệ")),
    (re.compile(r"^unknown kind .+$"), QT_TRANSLATE_NOOP("CoreMessages", "Chọn ngày nghỉ hoặc ngày làm bù")),
]


def field_message(message: str) -> str:
    """The clerk's wording of one of core's messages, in the window's language."""
    text = (message or "").strip()
    source = EXACT.get(text)
    if source is None:
        source = next((vi for rx, vi in PATTERNS if rx.match(text)), None)
    if source is None:
        return text
    return QCoreApplication.translate(CTX, source)


def field_messages(fields: dict[str, str]) -> dict[str, str]:
    return {k: field_message(v) for k, v in (fields or {}).items()}


def error_text(exc: Exception) -> str:
    """A readable line for any expected failure: the field messages when there are some."""
    fields = getattr(exc, "fields", None)
    if fields:
        return "; ".join(dict.fromkeys(field_messages(fields).values()))
    return field_message(str(exc))
