"""What the task board's tabs and dialogs share: the six clear attributes in the window's words, small
text helpers, the people and departments to choose from, the dialog base."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from core import staff as S
from core.collation import sort_key
from core.errors import ValidationError
from core.formatting import fmt_date, fold
from gui.numbers import fmt_decimal, fmt_int
from gui.messages import form_errors
from gui.widgets.form import FormDialog

CTX = "TasksPage"
OVERDUE_BG, OVERDUE_FG = "#fde7e4", "#b3261e"
LATE_FG = "#a15c00"
MUTED = "#6b6b6b"
COLUMN_COLORS = {"not_started": "#5f6368", "in_progress": "#1a5fb4", "overdue": OVERDUE_FG,
                 "done": "#1b5e20", "cancelled": "#6b6b6b"}
PRODUCTS = ("Báo cáo", "Kế hoạch", "Quyết định", "Tờ trình", "Công văn", "Hồ sơ", "Văn bản", "Danh sách")
AUTHORITIES = ("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "Ban Thường vụ Đảng ủy xã", "Tổ công tác của Thành ủy",
               "UBND tỉnh")


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


# The six clear attributes, as the form names them.
SIX_LABELS = {
    "person_id": QT_TRANSLATE_NOOP("TasksPage", "Rõ người"),
    "title": QT_TRANSLATE_NOOP("TasksPage", "Rõ việc"),
    "deadline": QT_TRANSLATE_NOOP("TasksPage", "Rõ thời gian"),
    "responsibility": QT_TRANSLATE_NOOP("TasksPage", "Rõ trách nhiệm"),
    "expected_product": QT_TRANSLATE_NOOP("TasksPage", "Rõ sản phẩm"),
    "assigning_authority": QT_TRANSLATE_NOOP("TasksPage", "Rõ thẩm quyền"),
}
ACTION_TEXT = {
    "start": QT_TRANSLATE_NOOP("TasksPage", "Bắt đầu thực hiện"),
    "progress": QT_TRANSLATE_NOOP("TasksPage", "Báo cáo tiến độ"),
    "complete": QT_TRANSLATE_NOOP("TasksPage", "Hoàn thành"),
    "cancel": QT_TRANSLATE_NOOP("TasksPage", "Hủy nhiệm vụ"),
    "reopen": QT_TRANSLATE_NOOP("TasksPage", "Mở lại"),
}


def can_write(ctx, area: str) -> bool:
    """Single-clerk mode (no account) may do everything; an account needs the area's permission."""
    user = ctx.user
    return not hasattr(user, "can") or user.can(area)


def month_label(year: int, month: int) -> str:
    return tr("Tháng %1/%2").replace("%1", f"{month:02d}").replace("%2", str(year))


def span_text(start: date, end: date) -> str:
    """"05/11/2026", "05–06/11/2026", "28/10–02/11/2026"."""
    if end is None or end == start:
        return fmt_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day:02d}–{fmt_date(end)}"
    if start.year == end.year:
        return f"{start.day:02d}/{start.month:02d}–{fmt_date(end)}"
    return f"{fmt_date(start)}–{fmt_date(end)}"


def hours_text(h) -> str:
    if h is None:
        return ""
    d = Decimal(h)
    return fmt_int(d) if d == d.to_integral_value() else fmt_decimal(d, 1)


class TasksDialog(FormDialog):
    """The board's form dialogs: labels on the right of a grid, Đóng to leave, core's codes worded."""

    def __init__(self, title: str, page, columns: int = 1):
        super().__init__(title, page, ctx=page.ctx, columns=columns, cancel_text=tr("Đóng"))
        self.page = page

    def problems(self, exc: ValidationError) -> dict[str, str]:
        return form_errors(exc)


@dataclass
class Choices:
    people: list[tuple[int, str, int | None]]  # id, label, main department
    departments: list[tuple[int, str]]
    authorities: list[str]


def load_choices(s, today: date, keep_people=()) -> Choices:
    rows = S.list_staff(s, S.StaffFilter(day=today))
    people = [(r.id, r.full_name + (f" ({r.code})" if r.code else ""), r.department_id) for r in rows
              if r.in_post or r.id in keep_people]
    departments = [(d.id, d.name) for d in S.list_departments(s, active_only=True)]
    from sqlalchemy import select

    from core.models import Task

    used = [a for a in s.scalars(select(Task.assigning_authority).where(Task.assigning_authority.is_not(None))
                                 .distinct()) if a]
    authorities = list(dict.fromkeys([*AUTHORITIES, *sorted(used, key=sort_key)]))
    return Choices(people, departments, authorities)
