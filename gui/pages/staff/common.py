"""What the staff page's tabs and dialogs share: core's problem codes in the window's words, the
dialog base that reads typed dates, and the department combo."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from core.errors import ValidationError
from core.formatting import fold
from gui.widgets.fields import set_combo_data
from gui.widgets.form import ERROR_STYLE, FormDialog, word_problems

CTX = "StaffPage"
SHORTAGE_BG = QColor("#fde7e4")
SHORTAGE_FG = QColor("#b3261e")
SURPLUS_FG = QColor("#1b5e20")
__all__ = ["ERROR_STYLE", "StaffDialog", "department_combo", "problem_messages", "sort_key", "tr", "vocab_label"]


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


# What the window says for each problem code of core.staff.PROBLEMS (%1, %2: its parameters).
PROBLEM_TEXT = {
    "required": QT_TRANSLATE_NOOP("StaffPage", "Bắt buộc nhập."),
    "unknown_category": QT_TRANSLATE_NOOP("StaffPage", "Chọn loại cán bộ."),
    "unknown_sex": QT_TRANSLATE_NOOP("StaffPage", "Chọn giới tính."),
    "unknown_origin": QT_TRANSLATE_NOOP("StaffPage", "Chọn nguồn."),
    "future": QT_TRANSLATE_NOOP("StaffPage", "Không được sau ngày hôm nay."),
    "birth_after_start": QT_TRANSLATE_NOOP("StaffPage", "Ngày sinh phải trước ngày nhận nhiệm vụ."),
    "end_before_start": QT_TRANSLATE_NOOP("StaffPage", "Ngày thôi việc không được trước ngày nhận nhiệm vụ."),
    "id_number": QT_TRANSLATE_NOOP("StaffPage", "Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)."),
    "phone": QT_TRANSLATE_NOOP("StaffPage", "Số điện thoại không hợp lệ (VD: 0912 345 678)."),
    "code_taken": QT_TRANSLATE_NOOP("StaffPage", "Mã %1 đã dùng cho %2."),
    "unknown_department": QT_TRANSLATE_NOOP("StaffPage", "Chọn đơn vị."),
    "quota": QT_TRANSLATE_NOOP("StaffPage", "Định biên là số nguyên từ 0 trở lên."),
    "date_order": QT_TRANSLATE_NOOP("StaffPage", "Phải sau ngày %1."),
    "same_post": QT_TRANSLATE_NOOP("StaffPage", "Đây đã là đơn vị và vị trí hiện tại."),
    "later_assignment": QT_TRANSLATE_NOOP("StaffPage", "Đã có phân công từ ngày %1."),
    "not_in_post": QT_TRANSLATE_NOOP("StaffPage", "Người này không công tác vào ngày %1."),
    "exists": QT_TRANSLATE_NOOP("StaffPage", "Đã có trong danh sách."),
}
BAD_DATE = QT_TRANSLATE_NOOP("StaffPage", "Ngày không hợp lệ (dd/mm/yyyy).")


def problem_messages(exc: ValidationError) -> dict[str, str]:
    """Field → Vietnamese message for a core validation error."""
    return word_problems(exc, PROBLEM_TEXT, CTX)


def vocab_label(vocab, code, lang: str) -> str:
    return vocab.label(code, lang) if code else ""


def sort_key(text) -> str:
    """Text columns sort without diacritics."""
    return fold(text) if text else ""


def department_combo(departments, blank: str | None = None, current_id: int | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for d in departments:
        if d.active or d.id == current_id:
            combo.addItem(d.name, d.id)
    if current_id is not None:
        set_combo_data(combo, current_id, otherwise=0)
    return combo


class StaffDialog(FormDialog):
    """The staff page's form dialogs: labels on the right of a grid, core's problem codes worded."""

    def __init__(self, title: str, page, parent=None, columns: int = 1):
        super().__init__(title, parent or page, ctx=page.ctx, columns=columns)
        self.page = page

    def problems(self, exc: ValidationError) -> dict[str, str]:
        return problem_messages(exc)

    def read_dates(self, fields) -> dict[str, date | None]:
        """The dates typed; a ValidationError naming every field that is not a date."""
        out, bad = {}, {}
        for key, widget in fields.items():
            try:
                out[key] = widget.value()
            except ValueError:
                bad[key] = tr(BAD_DATE)
        if bad:
            raise ValidationError("bad dates", bad)
        return out
