"""A person's posts: moving to another department, a concurrent post, and its end."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from core import staff as S
from core.errors import ValidationError
from core.messages import problem
from gui.pages.staff.common import StaffDialog, department_combo
from gui.widgets.dates import DateField


@dataclass
class AssignmentRow:
    id: int
    kind: str
    department: str
    job_position: str | None
    duties: str | None
    start_date: date | None
    end_date: date | None
    decision_number: str | None

    @classmethod
    def of(cls, a) -> "AssignmentRow":
        return cls(a.id, a.kind, a.department.name, a.job_position, a.duties, a.start_date, a.end_date,
                   a.decision_number)


class MoveDialog(StaffDialog):
    """Chuyển đơn vị: the current main post ends on the move day, the new one starts on it."""

    def __init__(self, page, staff_id: int, parent=None):
        super().__init__(QCoreApplication.translate("StaffPage", "Chuyển đơn vị"), page, parent)
        self.staff_id = staff_id
        with self.ctx.read() as s:
            staff = S.get_staff(s, staff_id)
            name = staff.full_name
            current = S.current_assignment(s, staff_id, date.today())
            if current is None:
                history = [a for a in S.assignment_history(s, staff_id) if a.kind == "main"]
                current = history[-1] if history else None
            cur = AssignmentRow.of(current) if current else None
            departments = S.list_departments(s)
        self.info = info = QLabel(self.tr("%1 — hiện ở: %2").replace("%1", name).replace(
            "%2", (cur.department + (f", {cur.job_position}" if cur.job_position else "")) if cur else "—"))
        info.setWordWrap(True)
        self.add_widget(info, before_form=True)
        self.department = self.add_row("department", self.tr("Đơn vị mới *"),
                                       department_combo(departments, blank=self.tr("— chọn đơn vị —")))
        self.on = self.add_row("on", self.tr("Từ ngày *"), DateField(date.today(), optional=True))
        self.job_position = self.add_row("job_position", self.tr("Vị trí việc làm"),
                                         QLineEdit((cur.job_position or "") if cur else ""))
        self.duties = self.add_row("duties", self.tr("Lĩnh vực hồ sơ phụ trách"),
                                   QLineEdit((cur.duties or "") if cur else ""))
        self.decision_number = self.add_row("decision_number", self.tr("Số quyết định"), QLineEdit())
        self.note = self.add_row("note", self.tr("Ghi chú"), QLineEdit())
        hint = QLabel(self.tr("Phân công hiện tại kết thúc vào ngày chuyển; từ ngày đó người này được tính "
                              "ở đơn vị mới."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.add_widget(hint)
        self.setMinimumWidth(520)

    def work(self):
        dates = self.read_dates({"on": self.on})
        if dates["on"] is None:
            raise ValidationError({"on": problem("required")})
        staff_id, department, on = self.staff_id, self.department.currentData(), dates["on"]
        values = dict(job_position=self.job_position.text(), duties=self.duties.text(),
                      decision_number=self.decision_number.text(), note=self.note.text())
        return lambda s: S.move_staff(s, staff_id, department, on, **values).id


class ConcurrentDialog(StaffDialog):
    def __init__(self, page, staff_id: int, parent=None):
        super().__init__(QCoreApplication.translate("StaffPage", "Thêm kiêm nhiệm"), page, parent)
        self.staff_id = staff_id
        with self.ctx.read() as s:
            departments = S.list_departments(s)
        self.department = self.add_row("department", self.tr("Đơn vị *"),
                                       department_combo(departments, blank=self.tr("— chọn đơn vị —")))
        self.start = self.add_row("start_date", self.tr("Từ ngày"), DateField(date.today(), optional=True))
        self.end = self.add_row("end_date", self.tr("Đến ngày"), DateField(optional=True))
        self.job_position = self.add_row("job_position", self.tr("Vị trí kiêm nhiệm"), QLineEdit())
        self.duties = self.add_row("duties", self.tr("Lĩnh vực hồ sơ phụ trách"), QLineEdit())
        self.decision_number = self.add_row("decision_number", self.tr("Số quyết định"), QLineEdit())
        self.setMinimumWidth(480)

    def work(self):
        dates = self.read_dates({"start_date": self.start, "end_date": self.end})
        staff_id, department = self.staff_id, self.department.currentData()
        values = dict(end=dates["end_date"], job_position=self.job_position.text(), duties=self.duties.text(),
                      decision_number=self.decision_number.text())
        return lambda s: S.add_concurrent(s, staff_id, department, dates["start_date"], **values).id


class EndAssignmentDialog(StaffDialog):
    def __init__(self, page, row: AssignmentRow, parent=None):
        super().__init__(QCoreApplication.translate("StaffPage", "Kết thúc kiêm nhiệm"), page, parent)
        self.row = row
        self.add_widget(QLabel(row.department + (f" — {row.job_position}" if row.job_position else "")),
                        before_form=True)
        self.on = self.add_row("end_date", self.tr("Ngày kết thúc *"), DateField(date.today(), optional=True))

    def work(self):
        dates = self.read_dates({"end_date": self.on})
        if dates["end_date"] is None:
            raise ValidationError({"end_date": problem("required")})
        row_id = self.row.id
        return lambda s: S.end_assignment(s, row_id, dates["end_date"]).id
