"""Nhân sự: the staff list with search and filters, a person's form with the assignment history and
the "move to another department" action, the staffing plan as an editable table with shortages
highlighted, a chart of shortages by specialty, the departments, and the imports of staff and
staffing workbooks. Everything is read from and written through `core.staff`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt,
                            QT_TRANSLATE_NOOP, QTimer, Signal)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QSplitter,
                               QStyledItemDelegate, QTableView, QTabWidget, QVBoxLayout, QWidget)

from core import staff as S
from core.errors import ValidationError
from core.formatting import fmt_date, fmt_int
from core.imports.reader import CellError, day as parse_day
from core.vocab import ASSIGNMENT_KIND, SEX, STAFF_CATEGORY, STAFF_ORIGIN
from core.messages import problem
from gui import ops
from gui.messages import form_errors
from gui.pages.base import Page
from gui.register_widgets import Col, RowsModel, SortProxy

CTX = "StaffPage"
ERROR_STYLE = "color: #b3261e;"
SHORTAGE_BG = QColor("#fde7e4")
SHORTAGE_FG = QColor("#b3261e")
SURPLUS_FG = QColor("#1b5e20")
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def fill(text: str, *values) -> str:
    """Put values in a translated text's %1, %2, … (the translation may reorder them)."""
    for i, v in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{i}", str(v))
    return text


def vocab_label(vocab, code, lang: str) -> str:
    return vocab.label(code, lang) if code else ""


# ---------------------------------------------------------------- small fields
class DateText(QLineEdit):
    """An optional date typed as dd/mm/yyyy (also yyyy-mm-dd). `value()` is None when blank and raises
    ValueError for text that is not a date."""

    def __init__(self, value: date | None = None, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaximumWidth(140)
        self.set_value(value)

    def value(self) -> date | None:
        try:
            return parse_day(self.text())
        except CellError:
            raise ValueError(self.text()) from None

    def set_value(self, d: date | None) -> None:
        self.setText(fmt_date(d))


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    d = value or date.today()
    edit.setDate(QDate(d.year, d.month, d.day))
    return edit


def vocab_combo(vocab, lang: str, blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for t in vocab.terms:
        combo.addItem(t.vi if lang == "vi" else t.en, t.code)
    return combo


def set_combo_data(combo: QComboBox, value) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(i if i >= 0 else 0)


def department_combo(departments, blank: str | None = None, current_id: int | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for d in departments:
        if d.active or d.id == current_id:
            combo.addItem(d.name, d.id)
    if current_id is not None:
        set_combo_data(combo, current_id)
    return combo


def editable_combo(items: list[str], value: str | None = None, placeholder: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.addItem("")
    combo.addItems(items)
    combo.setCurrentText(value or "")
    combo.lineEdit().setPlaceholderText(placeholder)
    return combo


class FieldForm(QWidget):
    """A grid of labelled fields, each with an error line under it; `show_errors({key: text})`."""

    def __init__(self, columns: int = 2, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.columns = columns
        self._n = 0
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget, span: int = 1) -> QWidget:
        col = (self._n % self.columns) * 2
        if span > 1 and col:
            self._n += 1
            col = 0
        row = (self._n // self.columns) * 2
        lab = QLabel(label)
        lab.setBuddy(widget)
        self.grid.addWidget(lab, row, col, Qt.AlignRight | Qt.AlignVCenter)
        self.grid.addWidget(widget, row, col + 1, 1, 1 if span == 1 else self.columns * 2 - 1)
        err = QLabel()
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        self.grid.addWidget(err, row + 1, col + 1, 1, 1 if span == 1 else self.columns * 2 - 1)
        self.errors[key] = err
        self.labels[key] = lab
        self._n += span if span > 1 else 1
        if span > 1:
            self._n += (-self._n) % self.columns
        return widget

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Show each error under its field; returns the ones that have no field here."""
        for key, lab in self.errors.items():
            lab.setVisible(key in errors)
            lab.setText(errors.get(key, ""))
        return {k: v for k, v in errors.items() if k not in self.errors}

    def shown_errors(self) -> dict[str, str]:
        return {k: lab.text() for k, lab in self.errors.items() if not lab.isHidden()}


class Dialog(QDialog):
    """OK runs `save()`, which reads the fields and returns the work `fn(session)` queued on the window's
    writer (gui.ops); a ValidationError (the window's own or core's) keeps the dialog open with the
    messages by the fields."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.body = QVBoxLayout(self)
        self.general = QLabel()
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.form: FieldForm | None = None
        self.result_value: Any = None

    def finish_layout(self) -> None:
        self.body.addWidget(self.general)
        self.body.addWidget(self.buttons)

    def save(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = self.form.show_errors(errors) if self.form else errors
        self.general.setVisible(bool(rest))
        self.general.setText("\n".join(rest.values()))

    def try_save(self):
        try:
            work = self.save()
        except ValidationError as exc:
            self.show_errors(form_errors(exc))
            return False
        return ops.write(self.ctx, work, parent=self, done=self._saved, failed=self._refused, busy=[self.buttons])

    def _saved(self, value) -> None:
        self.result_value = value
        self.show_errors({})
        self.accept()

    def _refused(self, exc) -> None:
        self.show_errors(form_errors(exc))

    def read_dates(self, fields: dict[str, DateText]) -> dict[str, date | None]:
        """The dates typed; a ValidationError naming every field that is not a date."""
        out, bad = {}, {}
        for key, widget in fields.items():
            try:
                out[key] = widget.value()
            except ValueError:
                bad[key] = problem("date_format")
        if bad:
            raise ValidationError(bad)
        return out


# ---------------------------------------------------------------- the person's form
class PersonDialog(Dialog):
    """Add or edit a person; when editing, the assignment history with Move, Concurrent post and End."""

    def __init__(self, page: "StaffPage", staff_id: int | None = None, parent=None):
        title = (QCoreApplication.translate("StaffPage", "Sửa thông tin cán bộ") if staff_id
                 else QCoreApplication.translate("StaffPage", "Thêm cán bộ"))
        super().__init__(title, parent or page)
        self.page = page
        self.ctx = page.ctx
        self.staff_id = staff_id
        lang = self.ctx.lang
        with self.ctx.read() as s:
            departments = S.list_departments(s)
            specialties = S.specialties(s)
            person = S.Person.of(S.get_staff(s, staff_id)) if staff_id else S.Person()
        self.departments = departments
        if staff_id is not None:
            self.setWindowTitle(self.tr("Cán bộ: %1").replace("%1", person.full_name))

        f = self.form = FieldForm(2)
        self.full_name = f.add("full_name", self.tr("Họ và tên *"), QLineEdit())
        self.code = f.add("code", self.tr("Mã cán bộ"), QLineEdit())
        self.birth_date = f.add("birth_date", self.tr("Ngày sinh"), DateText())
        self.sex = f.add("sex", self.tr("Giới tính"), vocab_combo(SEX, lang, blank=""))
        self.id_number = f.add("id_number", self.tr("Số CCCD"), QLineEdit())
        self.phone = f.add("phone", self.tr("Số điện thoại"), QLineEdit())
        self.category = f.add("category", self.tr("Loại *"), vocab_combo(STAFF_CATEGORY, lang, blank=""))
        self.title_edit = f.add("title", self.tr("Chức vụ"), QLineEdit())
        self.qualification = f.add("qualification", self.tr("Trình độ"), QLineEdit())
        self.specialty = f.add("specialty", self.tr("Chuyên môn"),
                               editable_combo(specialties, person.specialty, self.tr("VD: Công nghệ thông tin")))
        self.origin = f.add("origin", self.tr("Nguồn"), vocab_combo(STAFF_ORIGIN, lang, blank=""))
        self.decision_number = f.add("decision_number", self.tr("Số quyết định"), QLineEdit())
        self.decision_date = f.add("decision_date", self.tr("Ngày quyết định"), DateText())
        self.start_date = f.add("start_date", self.tr("Ngày nhận nhiệm vụ"), DateText())
        self.end_date = f.add("end_date", self.tr("Ngày thôi việc"), DateText())
        if staff_id is None:
            self.department = f.add("department", self.tr("Đơn vị *"),
                                    department_combo(departments, blank=self.tr("— chọn đơn vị —")))
            self.job_position = f.add("job_position", self.tr("Vị trí việc làm"), QLineEdit())
            self.duties = f.add("duties", self.tr("Lĩnh vực hồ sơ phụ trách"), QLineEdit(), span=2)
            self.duties.setPlaceholderText(self.tr("VD: Hộ tịch; Chứng thực"))
        self.notes = f.add("notes", self.tr("Ghi chú"), QPlainTextEdit(), span=2)
        self.notes.setFixedHeight(52)
        self.notes.setTabChangesFocus(True)
        self.id_number.setPlaceholderText(self.tr("12 chữ số"))
        self.phone.setPlaceholderText(self.tr("VD: 0912 345 678"))
        self.body.addWidget(f)

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
            self.body.addWidget(box)
            self.history.selection_changed.connect(self._update_buttons)
            self.load_history()
        self.finish_layout()
        self.fill(person)
        self.setMinimumWidth(820)

    def fill(self, p: S.Person) -> None:
        self.full_name.setText(p.full_name or "")
        self.code.setText(p.code or "")
        self.birth_date.set_value(p.birth_date)
        set_combo_data(self.sex, p.sex)
        self.id_number.setText(p.id_number or "")
        self.phone.setText(p.phone or "")
        set_combo_data(self.category, p.category)
        self.title_edit.setText(p.title or "")
        self.qualification.setText(p.qualification or "")
        self.specialty.setCurrentText(p.specialty or "")
        set_combo_data(self.origin, p.origin)
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

    def save(self):
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
        rows = self.history.model_.rows
        mains = [r for r in rows if r.kind == "main"]
        self.end_button.setEnabled(bool(sel and sel.kind == "concurrent" and sel.end_date is None))
        self.undo_button.setEnabled(len(mains) > 1)

    def _after_change(self, _result=None) -> None:
        self.load_history()

    def open_move(self) -> None:
        dlg = MoveDialog(self.page, self.staff_id, self)
        dlg.accepted.connect(self._after_change)
        dlg.open()

    def open_concurrent(self) -> None:
        dlg = ConcurrentDialog(self.page, self.staff_id, self)
        dlg.accepted.connect(self._after_change)
        dlg.open()

    def open_end(self) -> None:
        sel = self.history.selected()
        if sel is None:
            return
        dlg = EndAssignmentDialog(self.page, sel, self)
        dlg.accepted.connect(self._after_change)
        dlg.open()

    def undo_move(self) -> None:
        mains = [r for r in self.history.model_.rows if r.kind == "main"]
        if len(mains) < 2:
            return
        last = mains[-1].id
        ops.write(self.ctx, lambda s: S.delete_assignment(s, last), parent=self, done=self._after_change,
                  title=self.tr("Hoàn tác"), busy=[self.undo_button])


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


def make_table(model: QAbstractTableModel, parent=None, sortable: bool = True) -> QTableView:
    view = QTableView(parent)
    if sortable:
        proxy = SortProxy(view)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.AscendingOrder)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    return view


class AssignmentTable(QTableView):
    selection_changed = Signal()

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.model_ = RowsModel([
            Col(self.tr("Đơn vị"), lambda r: r.department),
            Col(self.tr("Vị trí việc làm"), lambda r: r.job_position),
            Col(self.tr("Lĩnh vực phụ trách"), lambda r: r.duties),
            Col(self.tr("Hình thức"), lambda r: vocab_label(ASSIGNMENT_KIND, r.kind, lang)),
            Col(self.tr("Từ ngày"), lambda r: fmt_date(r.start_date)),
            Col(self.tr("Đến ngày"), lambda r: fmt_date(r.end_date)),
            Col(self.tr("Số quyết định"), lambda r: r.decision_number),
        ], self)
        self.model_.muted = lambda r: r.end_date is not None and r.end_date <= date.today()
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((230, 150, 150, 90, 90, 90)):
            self.setColumnWidth(i, w)
        self.setMinimumHeight(140)
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())

    def set_rows(self, rows) -> None:
        self.model_.set_rows(rows)
        self.selection_changed.emit()

    def selected(self):
        rows = self.selectionModel().selectedRows()
        return self.model_.rows[rows[0].row()] if rows else None


class MoveDialog(Dialog):
    """Chuyển đơn vị: the current main post ends on the move day, the new one starts on it."""

    def __init__(self, page: "StaffPage", staff_id: int, parent=None):
        super().__init__(QCoreApplication.translate("StaffPage", "Chuyển đơn vị"), parent or page)
        self.ctx = page.ctx
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
        self.body.addWidget(info)
        f = self.form = FieldForm(1)
        self.department = f.add("department", self.tr("Đơn vị mới *"),
                                department_combo(departments, blank=self.tr("— chọn đơn vị —")))
        self.on = f.add("on", self.tr("Từ ngày *"), DateText(date.today()))
        self.job_position = f.add("job_position", self.tr("Vị trí việc làm"),
                                  QLineEdit((cur.job_position or "") if cur else ""))
        self.duties = f.add("duties", self.tr("Lĩnh vực hồ sơ phụ trách"), QLineEdit((cur.duties or "") if cur else ""))
        self.decision_number = f.add("decision_number", self.tr("Số quyết định"), QLineEdit())
        self.note = f.add("note", self.tr("Ghi chú"), QLineEdit())
        hint = QLabel(self.tr("Phân công hiện tại kết thúc vào ngày chuyển; từ ngày đó người này được tính "
                              "ở đơn vị mới."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.body.addWidget(f)
        self.body.addWidget(hint)
        self.finish_layout()
        self.setMinimumWidth(520)

    def save(self):
        dates = self.read_dates({"on": self.on})
        if dates["on"] is None:
            raise ValidationError({"on": problem("required")})
        staff_id, department, on = self.staff_id, self.department.currentData(), dates["on"]
        values = dict(job_position=self.job_position.text(), duties=self.duties.text(),
                      decision_number=self.decision_number.text(), note=self.note.text())
        return lambda s: S.move_staff(s, staff_id, department, on, **values).id


class ConcurrentDialog(Dialog):
    def __init__(self, page: "StaffPage", staff_id: int, parent=None):
        super().__init__(QCoreApplication.translate("StaffPage", "Thêm kiêm nhiệm"), parent or page)
        self.ctx = page.ctx
        self.staff_id = staff_id
        with self.ctx.read() as s:
            departments = S.list_departments(s)
        f = self.form = FieldForm(1)
        self.department = f.add("department", self.tr("Đơn vị *"),
                                department_combo(departments, blank=self.tr("— chọn đơn vị —")))
        self.start = f.add("start_date", self.tr("Từ ngày"), DateText(date.today()))
        self.end = f.add("end_date", self.tr("Đến ngày"), DateText())
        self.job_position = f.add("job_position", self.tr("Vị trí kiêm nhiệm"), QLineEdit())
        self.duties = f.add("duties", self.tr("Lĩnh vực hồ sơ phụ trách"), QLineEdit())
        self.decision_number = f.add("decision_number", self.tr("Số quyết định"), QLineEdit())
        self.body.addWidget(f)
        self.finish_layout()
        self.setMinimumWidth(480)

    def save(self):
        dates = self.read_dates({"start_date": self.start, "end_date": self.end})
        staff_id, department = self.staff_id, self.department.currentData()
        values = dict(end=dates["end_date"], job_position=self.job_position.text(), duties=self.duties.text(),
                      decision_number=self.decision_number.text())
        return lambda s: S.add_concurrent(s, staff_id, department, dates["start_date"], **values).id


class EndAssignmentDialog(Dialog):
    def __init__(self, page: "StaffPage", row: AssignmentRow, parent=None):
        super().__init__(QCoreApplication.translate("StaffPage", "Kết thúc kiêm nhiệm"), parent or page)
        self.ctx = page.ctx
        self.row = row
        self.body.addWidget(QLabel(row.department + (f" — {row.job_position}" if row.job_position else "")))
        f = self.form = FieldForm(1)
        self.on = f.add("end_date", self.tr("Ngày kết thúc *"), DateText(date.today()))
        self.body.addWidget(f)
        self.finish_layout()

    def save(self):
        dates = self.read_dates({"end_date": self.on})
        if dates["end_date"] is None:
            raise ValidationError({"end_date": problem("required")})
        row_id = self.row.id
        return lambda s: S.end_assignment(s, row_id, dates["end_date"]).id


# ---------------------------------------------------------------- the staff list
class StaffTableModel(RowsModel):
    """The people of the list (plain core.staff.StaffRow values); people not in post on the list's
    day are greyed. Text columns sort without diacritics."""

    def __init__(self, lang: str, parent=None):
        super().__init__([], parent)
        self.lang = lang
        self.columns = [
            # Sorted by given name (the last word), as Vietnamese lists are.
            Col(self.tr("Họ và tên"), lambda r: r.full_name,
                lambda r: (_key(r.full_name.split()[-1]), _key(r.full_name))),
            Col(self.tr("Mã"), lambda r: r.code),
            Col(self.tr("Ngày sinh"), lambda r: fmt_date(r.birth_date), lambda r: r.birth_date or date.min),
            Col(self.tr("Giới tính"), lambda r: vocab_label(SEX, r.sex, lang)),
            Col(self.tr("Loại"), lambda r: vocab_label(STAFF_CATEGORY, r.category, lang),
                lambda r: STAFF_CATEGORY.codes().index(r.category) if r.category in STAFF_CATEGORY else 99),
            Col(self.tr("Chức vụ"), lambda r: r.title),
            Col(self.tr("Đơn vị"), lambda r: r.department),
            Col(self.tr("Vị trí việc làm"), lambda r: r.job_position),
            Col(self.tr("Chuyên môn"), lambda r: r.specialty),
            Col(self.tr("Trình độ"), lambda r: r.qualification),
            Col(self.tr("Nguồn"), lambda r: vocab_label(STAFF_ORIGIN, r.origin, lang)),
            Col(self.tr("Ngày nhận nhiệm vụ"), lambda r: fmt_date(r.start_date), lambda r: r.start_date or date.min),
            Col(self.tr("Ngày thôi việc"), lambda r: fmt_date(r.end_date), lambda r: r.end_date or date.max),
            Col(self.tr("Kiêm nhiệm"), lambda r: "; ".join(r.concurrent)),
        ]
        for col in self.columns:
            if col.sort is None:
                col.sort = lambda r, text=col.get: _key(text(r))
        self.muted = lambda r: not r.in_post
        self.row_tip = lambda r: None if r.in_post else QCoreApplication.translate(
            "StaffPage", "Không công tác vào ngày đang xem")


def _key(text) -> str:
    from core.formatting import fold

    return fold(text) if text else ""


class StaffListTab(QWidget):
    def __init__(self, page: "StaffPage"):
        super().__init__(page)
        self.page = page
        ctx = page.ctx
        lang = ctx.lang
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên, mã, số điện thoại, CCCD…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.department = QComboBox()
        self.category = vocab_combo(STAFF_CATEGORY, lang, blank=self.tr("Mọi loại"))
        self.specialty = QComboBox()
        self.origin = vocab_combo(STAFF_ORIGIN, lang, blank=self.tr("Mọi nguồn"))
        self.in_post = QCheckBox(self.tr("Đang công tác ngày"))
        self.in_post.setChecked(True)
        self.day = date_edit(date.today())
        for w in (self.department, self.category, self.specialty, self.origin):
            w.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(14)
        filters.addWidget(self.search, 1)
        for w in (self.department, self.category, self.specialty, self.origin):
            filters.addWidget(w)
        filters.addSpacing(8)
        filters.addWidget(self.in_post)
        filters.addWidget(self.day)
        lay.addLayout(filters)

        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm cán bộ…"))
        self.edit_button = QPushButton(self.tr("Xem, sửa…"))
        self.move_button = QPushButton(self.tr("Chuyển đơn vị…"))
        self.import_button = QPushButton(self.tr("Nhập danh sách từ Excel…"))
        self.count = QLabel()
        self.count.setStyleSheet("color: #444;")
        for b in (self.add_button, self.edit_button, self.move_button):
            actions.addWidget(b)
        actions.addSpacing(16)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        lay.addLayout(actions)

        self.model = StaffTableModel(lang, self)
        self.view = make_table(self.model, self)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for i, w in enumerate((180, 70, 90, 66, 140, 130, 240, 170, 160, 90, 150, 130, 110)):
            self.view.setColumnWidth(i, w)
        lay.addWidget(self.view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda *_: self._timer.start())
        for combo in (self.department, self.category, self.specialty, self.origin):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.in_post.toggled.connect(lambda *_: self.reload())
        self.day.dateChanged.connect(lambda *_: self.reload())
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.import_button.clicked.connect(lambda: page.import_file("staff"))
        self.view.doubleClicked.connect(lambda *_: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def filter(self) -> S.StaffFilter:
        day = self.day.date().toPython()
        return S.StaffFilter(search=self.search.text() or None, department_id=self.department.currentData(),
                             category=self.category.currentData(), specialty=self.specialty.currentData(),
                             origin=self.origin.currentData(), in_post_on=day if self.in_post.isChecked() else None,
                             day=day)

    def set_choices(self, departments, specialties) -> None:
        for combo, blank, items in ((self.department, self.tr("Mọi đơn vị"), [(d.name, d.id) for d in departments]),
                                    (self.specialty, self.tr("Mọi chuyên môn"), [(x, x) for x in specialties])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, None)
            for text, data in items:
                combo.addItem(text, data)
            i = combo.findData(current)
            combo.setCurrentIndex(i if i >= 0 else 0)
            combo.blockSignals(False)

    def reload(self) -> None:
        selected = self.selected_id()
        with self.page.ctx.read() as s:
            rows = S.list_staff(s, self.filter())
        self.model.set_rows(rows)
        in_post = sum(1 for r in rows if r.in_post)
        self.count.setText(self.tr("%1 người (%2 đang công tác)").replace("%1", fmt_int(len(rows)))
                           .replace("%2", fmt_int(in_post)))
        if selected is not None:
            self.select_id(selected)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.view.model().mapToSource(rows[0]).row()].id

    def select_id(self, staff_id: int) -> bool:
        for i, r in enumerate(self.model.rows):
            if r.id == staff_id:
                self.view.selectRow(self.view.model().mapFromSource(self.model.index(i, 0)).row())
                return True
        return False

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.move_button.setEnabled(has)

    def add_person(self) -> PersonDialog:
        dlg = PersonDialog(self.page)
        dlg.accepted.connect(lambda: self.select_id(dlg.result_value))  # the list has reloaded already
        dlg.open()
        return dlg

    def edit_selected(self) -> PersonDialog | None:
        sid = self.selected_id()
        if sid is None:
            return None
        dlg = PersonDialog(self.page, sid)
        dlg.open()
        return dlg

    def move_selected(self) -> MoveDialog | None:
        sid = self.selected_id()
        if sid is None:
            return None
        dlg = MoveDialog(self.page, sid)
        dlg.open()
        return dlg


# ---------------------------------------------------------------- the staffing plan
class PlanModel(QAbstractTableModel):
    """The plan's rows with today's figures; the quota and the specialty are edited in place."""

    edited = Signal(int, str, object)  # plan row id, field ("quota" | "specialty"), value

    QUOTA, SPECIALTY = 2, 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[S.QuotaRow] = []
        self.headers = [self.tr("Đơn vị"), self.tr("Chuyên môn"), self.tr("Định biên"), self.tr("Hiện có"),
                        self.tr("Thiếu"), self.tr("Thừa")]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Horizontal and role == Qt.TextAlignmentRole:
            return RIGHT if section >= 2 else LEFT
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.column() in (self.QUOTA, self.SPECIALTY):
            return base | Qt.ItemIsEditable
        return base

    def _values(self, r: S.QuotaRow) -> list:
        return [r.department, r.specialty, r.quota, r.filled, r.shortage, r.surplus]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        value = self._values(r)[col]
        if role == Qt.DisplayRole:
            if col >= 2:
                return fmt_int(value) if (value or col in (2, 3)) else ""
            return value
        if role == Qt.EditRole:
            return value
        if role == Qt.UserRole:
            return value if col >= 2 else _key(value)
        if role == Qt.TextAlignmentRole:
            return RIGHT if col >= 2 else LEFT
        if role == Qt.BackgroundRole and r.shortage > 0:
            return QBrush(SHORTAGE_BG)
        if role == Qt.ForegroundRole:
            if col == 4 and r.shortage > 0:
                return QBrush(SHORTAGE_FG)
            if col == 5 and r.surplus > 0:
                return QBrush(SURPLUS_FG)
        if role == Qt.FontRole and col == 4 and r.shortage > 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole and col in (self.QUOTA, self.SPECIALTY):
            return QCoreApplication.translate("StaffPage", "Nhấp đúp để sửa")
        return None

    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802 - Qt API
        if role != Qt.EditRole or not index.isValid():
            return False
        r = self.rows[index.row()]
        field = "quota" if index.column() == self.QUOTA else "specialty"
        self.edited.emit(r.id, field, value)
        return True


class QuotaDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        if index.column() == PlanModel.QUOTA:
            spin = QSpinBox(parent)
            spin.setRange(0, 10000)
            spin.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            return spin
        return super().createEditor(parent, option, index)


class QuotaDialog(Dialog):
    def __init__(self, page: "StaffPage", parent=None):
        super().__init__(QCoreApplication.translate("StaffPage", "Thêm dòng định biên"), parent or page)
        self.ctx = page.ctx
        with self.ctx.read() as s:
            departments = S.list_departments(s)
            specialties = S.specialties(s)
        f = self.form = FieldForm(1)
        self.department = f.add("department", self.tr("Đơn vị *"),
                                department_combo(departments, blank=self.tr("— chọn đơn vị —")))
        self.specialty = f.add("specialty", self.tr("Chuyên môn *"),
                               editable_combo(specialties, placeholder=self.tr("VD: Kế toán")))
        self.quota = f.add("quota", self.tr("Định biên *"), QSpinBox())
        self.quota.setRange(0, 10000)
        self.body.addWidget(f)
        self.finish_layout()
        self.setMinimumWidth(440)

    def save(self):
        department, specialty, quota = self.department.currentData(), self.specialty.currentText(), self.quota.value()
        return lambda s: S.set_quota(s, department, specialty, quota).id


class ShortageChart(QChartView):
    """Shortage by specialty on the plan's day (quota and filled beside it)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(240)
        self.chart_ = QChart()
        self.chart_.setAnimationOptions(QChart.NoAnimation)
        self.chart_.legend().setAlignment(Qt.AlignBottom)
        self.setChart(self.chart_)
        self.categories: list[str] = []
        self.values: dict[str, list[int]] = {}

    def set_figures(self, by_specialty: dict[str, S.QuotaFigures], day: date) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        items = sorted(by_specialty.items(), key=lambda kv: (-kv[1].shortage, _key(kv[0])))
        self.categories = [name for name, _ in items]
        self.values = {"quota": [f.quota for _, f in items], "filled": [f.filled for _, f in items],
                       "shortage": [f.shortage for _, f in items]}
        total = sum(self.values["shortage"])
        chart.setTitle(self.tr("Thiếu theo chuyên môn ngày %1 — tổng thiếu: %2").replace("%1", fmt_date(day))
                       .replace("%2", fmt_int(total)))
        if not items:
            return
        series = QBarSeries()
        for key, label, color in (("quota", self.tr("Định biên"), "#9fb3c8"),
                                  ("filled", self.tr("Hiện có"), "#3d7ab8"),
                                  ("shortage", self.tr("Thiếu"), "#c62828")):
            bar = QBarSet(label)
            bar.setColor(QColor(color))
            for v in self.values[key]:
                bar.append(v)
            series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.categories)
        chart.addAxis(x, Qt.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        top = max(max(self.values["quota"] + self.values["filled"] + [1]), 1)
        y.setRange(0, top + 1)
        y.setTickCount(min(top + 2, 6))
        y.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignLeft)
        series.attachAxis(y)


class PlanTab(QWidget):
    def __init__(self, page: "StaffPage"):
        super().__init__(page)
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tính đến ngày")))
        self.day = date_edit(date.today())
        top.addWidget(self.day)
        top.addSpacing(16)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.RichText)
        top.addWidget(self.totals)
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("Thêm dòng…"))
        self.delete_button = QPushButton(self.tr("Xóa dòng"))
        self.import_button = QPushButton(self.tr("Nhập định biên từ Excel…"))
        for b in (self.add_button, self.delete_button, self.import_button):
            top.addWidget(b)
        lay.addLayout(top)

        split = QSplitter(Qt.Vertical, self)
        self.model = PlanModel(self)
        self.view = make_table(self.model, split)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        self.view.setItemDelegate(QuotaDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for i in range(2, 6):
            self.view.setColumnWidth(i, 100)
        self.chart = ShortageChart(split)
        split.addWidget(self.view)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        lay.addWidget(self.message)

        self.day.dateChanged.connect(lambda *_: self.reload())
        # Written after the editor has closed (the model is reset by the refresh that follows).
        self.model.edited.connect(lambda *args: QTimer.singleShot(0, lambda: self.save_cell(*args)))
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(lambda: page.import_file("staffing"))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.figures: S.StaffingFigures | None = None
        self._update_buttons()

    def reload(self) -> None:
        day = self.day.date().toPython()
        with self.page.ctx.read() as s:
            self.figures = fig = S.staffing_figures(s, day)
        self.model.set_rows(fig.rows)
        t = fig.total
        shortage = (f"<b style='color:#b3261e'>{fmt_int(t.shortage)}</b>" if t.shortage else fmt_int(0))
        self.totals.setText(self.tr("Định biên: %1 · Hiện có: %2 · Thiếu: %3 · Thừa: %4")
                            .replace("%1", fmt_int(t.quota)).replace("%2", fmt_int(t.filled))
                            .replace("%3", shortage).replace("%4", fmt_int(t.surplus)))
        self.chart.set_figures(fig.by_specialty, day)
        self._update_buttons()

    def selected_row(self) -> S.QuotaRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.view.model().mapToSource(rows[0]).row()]

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_row() is not None)

    def save_cell(self, quota_id: int, field: str, value) -> "ops.Job":
        return ops.write(self.page.ctx, lambda s: S.update_quota(s, quota_id, **{field: value}), parent=self,
                         done=lambda _r=None: self.message.hide(), failed=self._refused)

    def _refused(self, exc) -> None:
        self.message.setText("; ".join(form_errors(exc).values()))
        self.message.show()

    def add_row(self) -> QuotaDialog:
        dlg = QuotaDialog(self.page)
        dlg.open()
        return dlg

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Question, self.tr("Xóa dòng định biên"),
                          self.tr("Xóa định biên %1 — %2?").replace("%1", row.department).replace("%2", row.specialty),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.button(QMessageBox.Yes).setText(self.tr("Xóa"))
        box.button(QMessageBox.No).setText(self.tr("Không"))
        box.setAttribute(Qt.WA_DeleteOnClose)

        def done(button):
            if box.standardButton(button) == QMessageBox.Yes:
                ops.write(self.page.ctx, lambda s: S.delete_quota(s, row.id), parent=self,
                          title=self.tr("Xóa dòng định biên"))
        box.buttonClicked.connect(done)
        box.open()
        self.confirm_box = box


# ---------------------------------------------------------------- departments
@dataclass
class DepartmentRow:
    id: int
    name: str
    active: bool
    people: int


class DepartmentsTab(QWidget):
    def __init__(self, page: "StaffPage"):
        super().__init__(page)
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Tên phòng, đơn vị"))
        self.name.setMinimumWidth(320)
        self.add_button = QPushButton(self.tr("Thêm"))
        self.rename_button = QPushButton(self.tr("Đổi tên"))
        self.toggle_button = QPushButton(self.tr("Ngừng sử dụng"))
        for w in (self.name, self.add_button, self.rename_button, self.toggle_button):
            row.addWidget(w)
        row.addStretch(1)
        lay.addLayout(row)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        lay.addWidget(self.message)
        self.model = RowsModel([
            Col(self.tr("Phòng, đơn vị"), lambda r: r.name, lambda r: _key(r.name)),
            Col(self.tr("Số người đang công tác"), lambda r: fmt_int(r.people), lambda r: r.people, RIGHT),
            Col(self.tr("Trạng thái"), lambda r: self.tr("Đang sử dụng") if r.active else self.tr("Ngừng sử dụng")),
        ], self)
        self.model.muted = lambda r: not r.active
        self.view = make_table(self.model, self, sortable=False)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setColumnWidth(0, 360)
        self.view.setColumnWidth(1, 170)
        lay.addWidget(self.view, 1)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button.clicked.connect(self.toggle)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        self._selected_changed()

    def reload(self) -> None:
        with self.page.ctx.read() as s:
            counts = S.staff_counts(s, date.today()).by_department
            rows = [DepartmentRow(d.id, d.name, d.active, counts.get(d.name, 0)) for d in S.list_departments(s)]
        sel = self.selected()
        self.model.set_rows(rows)
        if sel is not None:
            for i, r in enumerate(rows):
                if r.id == sel.id:
                    self.view.selectRow(i)
        self._selected_changed()

    def selected(self) -> DepartmentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selected_changed(self) -> None:
        sel = self.selected()
        self.rename_button.setEnabled(sel is not None)
        self.toggle_button.setEnabled(sel is not None)
        self.toggle_button.setText(self.tr("Dùng lại") if sel is not None and not sel.active
                                   else self.tr("Ngừng sử dụng"))
        if sel is not None:
            self.name.setText(sel.name)

    def _write(self, fn) -> "ops.Job":
        buttons = [self.add_button, self.rename_button, self.toggle_button]
        return ops.write(self.page.ctx, fn, parent=self, done=lambda _r=None: self.message.hide(),
                         failed=self._refused, busy=buttons)

    def _refused(self, exc) -> None:
        if isinstance(exc, ValidationError) and "name" in exc.by_field:
            msgs = {"name": self.tr("Tên trống hoặc trùng với một đơn vị đã có.")}
        else:
            msgs = form_errors(exc)
        self.message.setText("; ".join(msgs.values()))
        self.message.show()

    def add(self) -> "ops.Job":
        name = self.name.text()
        return self._write(lambda s: S.add_department(s, name))

    def rename(self) -> "ops.Job | None":
        sel, name = self.selected(), self.name.text()
        return self._write(lambda s: S.rename_department(s, sel.id, name)) if sel is not None else None

    def toggle(self) -> "ops.Job | None":
        sel = self.selected()
        return self._write(lambda s: S.set_department_active(s, sel.id, not sel.active)) if sel is not None else None



# ---------------------------------------------------------------- the page
class StaffPage(Page):
    areas = ("staff",)

    IMPORT_TITLES = {"staff": QT_TRANSLATE_NOOP("StaffPage", "Nhập danh sách cán bộ"),
                     "staffing": QT_TRANSLATE_NOOP("StaffPage", "Nhập định biên")}

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Nhân sự"))
        self.tabs = QTabWidget(self)
        self.list_tab = StaffListTab(self)
        self.plan_tab = PlanTab(self)
        self.departments_tab = DepartmentsTab(self)
        self.tabs.addTab(self.list_tab, self.tr("Danh sách cán bộ"))
        self.tabs.addTab(self.plan_tab, self.tr("Định biên và thiếu hụt"))
        self.tabs.addTab(self.departments_tab, self.tr("Phòng, đơn vị"))
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #1b5e20;")
        self.notice.hide()
        self.layout_.addWidget(self.tabs, 1)
        self.layout_.addWidget(self.notice)
        self.operation = None

    def refresh(self) -> None:
        super().refresh()
        with self.ctx.read() as s:
            departments = S.list_departments(s)
            specialties = S.specialties(s)
        self.list_tab.set_choices(departments, specialties)
        self.list_tab.reload()
        self.plan_tab.reload()
        self.departments_tab.reload()

    def apply_navigation(self, options: dict) -> None:
        if options.get("tab") == "plan" or options.get("shortage"):
            self.tabs.setCurrentWidget(self.plan_tab)
        if "search" in options:
            self.tabs.setCurrentWidget(self.list_tab)
            self.list_tab.search.setText(options["search"] or "")

    def import_file(self, kind: str, path: str | None = None):
        """Import a staff or staffing workbook in the background (progress, Cancel); all or nothing."""
        title = tr(self.IMPORT_TITLES[kind])
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("Bảng tính (*.xlsx *.xls *.ods *.csv)"))
            if not path:
                return None
        from core.imports import run_import

        db, user = self.ctx.db, self.ctx.user_name

        def done(result):
            self.notice.setText(self.tr("%1: đã thêm %2, cập nhật %3.").replace("%1", Path(path).name)
                                .replace("%2", fmt_int(result.inserted)).replace("%3", fmt_int(result.updated)))
            self.notice.show()

        # A refused file in a message box (its first problem, the others as details), not a table of rows.
        self.operation = ops.run(self.ctx, title, lambda progress: run_import(kind, db, path, user=user,
                                                                             progress=progress),
                                 parent=self, done=done, failed=lambda exc: ops.show_error(self, title,
                                                                                           ops.describe(exc)))
        return self.operation
