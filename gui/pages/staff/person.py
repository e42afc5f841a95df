"""A person's form: add or edit the record; when editing, the assignment history with Move, a
concurrent post, its end, and undoing the last move."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout

from core import staff as S
from core.formatting import fmt_date
from core.vocab import ASSIGNMENT_KIND, SEX, STAFF_CATEGORY, STAFF_ORIGIN
from gui import ops
from gui.pages.staff.assignments import AssignmentRow, ConcurrentDialog, EndAssignmentDialog, MoveDialog
from gui.pages.staff.common import StaffDialog, department_combo, vocab_label
from gui.widgets.dates import DateField
from gui.widgets.fields import editable_combo, set_combo_data, vocab_combo
from gui.widgets.table import Col, RowsTable


class AssignmentTable(RowsTable):
    """A person's posts, oldest first; those that have ended are greyed."""

    def __init__(self, lang: str, parent=None):
        super().__init__([
            Col(self.tr("Đơn vị"), lambda r: r.department, width=230),
            Col(self.tr("Vị trí việc làm"), lambda r: r.job_position, width=150),
            Col(self.tr("Lĩnh vực phụ trách"), lambda r: r.duties, width=150),
            Col(self.tr("Hình thức"), lambda r: vocab_label(ASSIGNMENT_KIND, r.kind, lang), width=90),
            Col(self.tr("Từ ngày"), lambda r: fmt_date(r.start_date), width=90),
            Col(self.tr("Đến ngày"), lambda r: fmt_date(r.end_date), width=90),
            Col(self.tr("Số quyết định"), lambda r: r.decision_number),
        ], parent, sortable=False)
        self.model_ = self.rows_model
        self.model_.muted = lambda r: r.end_date is not None and r.end_date <= date.today()
        self.setMinimumHeight(140)


class PersonDialog(StaffDialog):
    """Add or edit a person; when editing, the assignment history with Move, Concurrent post and End."""

    def __init__(self, page, staff_id: int | None = None, parent=None):
        title = (QCoreApplication.translate("StaffPage", "Sửa thông tin cán bộ") if staff_id
                 else QCoreApplication.translate("StaffPage", "Thêm cán bộ"))
        super().__init__(title, page, parent, columns=2)
        self.staff_id = staff_id
        lang = self.ctx.lang
        with self.ctx.read() as s:
            departments = S.list_departments(s)
            specialties = S.specialties(s)
            person = S.Person.of(S.get_staff(s, staff_id)) if staff_id else S.Person()
        self.departments = departments
        if staff_id is not None:
            self.setWindowTitle(self.tr("Cán bộ: %1").replace("%1", person.full_name))

        add = self.add_row
        self.full_name = add("full_name", self.tr("Họ và tên *"), QLineEdit())
        self.code = add("code", self.tr("Mã cán bộ"), QLineEdit())
        self.birth_date = add("birth_date", self.tr("Ngày sinh"), DateField(optional=True))
        self.sex = add("sex", self.tr("Giới tính"), vocab_combo(SEX, lang, blank=""))
        self.id_number = add("id_number", self.tr("Số CCCD"), QLineEdit())
        self.phone = add("phone", self.tr("Số điện thoại"), QLineEdit())
        self.category = add("category", self.tr("Loại *"), vocab_combo(STAFF_CATEGORY, lang, blank=""))
        self.title_edit = add("title", self.tr("Chức vụ"), QLineEdit())
        self.qualification = add("qualification", self.tr("Trình độ"), QLineEdit())
        self.specialty = add("specialty", self.tr("Chuyên môn"),
                             editable_combo(specialties, person.specialty, self.tr("VD: Công nghệ thông tin")))
        self.origin = add("origin", self.tr("Nguồn"), vocab_combo(STAFF_ORIGIN, lang, blank=""))
        self.decision_number = add("decision_number", self.tr("Số quyết định"), QLineEdit())
        self.decision_date = add("decision_date", self.tr("Ngày quyết định"), DateField(optional=True))
        self.start_date = add("start_date", self.tr("Ngày nhận nhiệm vụ"), DateField(optional=True))
        self.end_date = add("end_date", self.tr("Ngày thôi việc"), DateField(optional=True))
        if staff_id is None:
            self.department = add("department", self.tr("Đơn vị *"),
                                  department_combo(departments, blank=self.tr("— chọn đơn vị —")))
            self.job_position = add("job_position", self.tr("Vị trí việc làm"), QLineEdit())
            self.duties = add("duties", self.tr("Lĩnh vực hồ sơ phụ trách"), QLineEdit(), span=True)
            self.duties.setPlaceholderText(self.tr("VD: Hộ tịch; Chứng thực"))
        self.notes = add("notes", self.tr("Ghi chú"), QPlainTextEdit(), span=True)
        self.notes.setFixedHeight(52)
        self.notes.setTabChangesFocus(True)
        self.id_number.setPlaceholderText(self.tr("12 chữ số"))
        self.phone.setPlaceholderText(self.tr("VD: 0912 345 678"))

        self.history: AssignmentTable | None = None
        if staff_id is not None:
            box = QGroupBox(self.tr("Quá trình công tác"))
            lay = QVBoxLayout(box)
            self.history = AssignmentTable(lang, box)
            lay.addWidget(self.history)
            self.move_button = QPushButton(self.tr("Chuyển đơn vị…"))
            self.concurrent_button = QPushButton(self.tr("Thêm kiêm nhiệm…"))
            self.end_button = QPushButton(self.tr("Kết thúc kiêm nhiệm…"))
            self.undo_button = QPushButton(self.tr("Hoàn tác lần chuyển cuối"))
            self.move_button.clicked.connect(self.open_move)
            self.concurrent_button.clicked.connect(self.open_concurrent)
            self.end_button.clicked.connect(self.open_end)
            self.undo_button.clicked.connect(self.undo_move)
            row = QHBoxLayout()
            for b in (self.move_button, self.concurrent_button, self.end_button, self.undo_button):
                row.addWidget(b)
            row.addStretch(1)
            lay.addLayout(row)
            self.add_widget(box)
            self.history.selection_changed.connect(self._update_buttons)
            self.load_history()
        self.fill(person)
        self.setMinimumWidth(820)

    def fill(self, p: S.Person) -> None:
        self.full_name.setText(p.full_name or "")
        self.code.setText(p.code or "")
        self.birth_date.set_value(p.birth_date)
        set_combo_data(self.sex, p.sex, otherwise=0)
        self.id_number.setText(p.id_number or "")
        self.phone.setText(p.phone or "")
        set_combo_data(self.category, p.category, otherwise=0)
        self.title_edit.setText(p.title or "")
        self.qualification.setText(p.qualification or "")
        self.specialty.setCurrentText(p.specialty or "")
        set_combo_data(self.origin, p.origin, otherwise=0)
        self.decision_number.setText(p.decision_number or "")
        self.decision_date.set_value(p.decision_date)
        self.start_date.set_value(p.start_date)
        self.end_date.set_value(p.end_date)
        self.notes.setPlainText(p.notes or "")

    def person(self) -> S.Person:
        dates = self.read_dates({"birth_date": self.birth_date, "decision_date": self.decision_date,
                                 "start_date": self.start_date, "end_date": self.end_date})
        return S.Person(
            full_name=self.full_name.text(), code=self.code.text(), sex=self.sex.currentData(),
            id_number=self.id_number.text(), phone=self.phone.text(), category=self.category.currentData(),
            title=self.title_edit.text(), qualification=self.qualification.text(),
            specialty=self.specialty.currentText(), origin=self.origin.currentData(),
            decision_number=self.decision_number.text(), notes=self.notes.toPlainText(), **dates)

    def work(self):
        person = self.person()
        if self.staff_id is None:
            department, job, duties = self.department.currentData(), self.job_position.text(), self.duties.text()
            return lambda s: S.add_staff(s, person, department, job_position=job, duties=duties).id
        staff_id = self.staff_id
        return lambda s: S.update_staff(s, staff_id, person).id

    # -- the history
    def load_history(self) -> None:
        with self.ctx.read() as s:
            rows = [AssignmentRow.of(a) for a in S.assignment_history(s, self.staff_id)]
        self.history.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self.history is None:
            return
        sel = self.history.selected()
        mains = [r for r in self.history.model_.rows if r.kind == "main"]
        self.end_button.setEnabled(bool(sel and sel.kind == "concurrent" and sel.end_date is None))
        self.undo_button.setEnabled(len(mains) > 1)

    def _after_change(self, _result=None) -> None:
        self.load_history()

    def _open_step(self, dialog: StaffDialog) -> StaffDialog:
        dialog.accepted.connect(self._after_change)
        dialog.open()
        return dialog

    def open_move(self):
        return self._open_step(MoveDialog(self.page, self.staff_id, self))

    def open_concurrent(self):
        return self._open_step(ConcurrentDialog(self.page, self.staff_id, self))

    def open_end(self):
        sel = self.history.selected()
        return self._open_step(EndAssignmentDialog(self.page, sel, self)) if sel is not None else None

    def undo_move(self) -> None:
        mains = [r for r in self.history.model_.rows if r.kind == "main"]
        if len(mains) < 2:
            return
        last = mains[-1].id
        ops.write(self.ctx, lambda s: S.delete_assignment(s, last), parent=self, done=self._after_change,
                  title=self.tr("Hoàn tác"), busy=[self.undo_button])
