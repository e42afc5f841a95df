"""Kế hoạch công tác → Sổ bồi dưỡng: the year's courses and each course's attendance and results."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from core import training as TR
from gui.numbers import fmt_int
from core.returns import Period
from core.vocab import TRAINING_MODE, TRAINING_RESULT, TRAINING_TOPIC
from gui import ops
from gui.pages.base import PageTab
from gui.pages.tasks.common import TasksDialog, can_write, hours_text, load_choices, span_text
from gui.widgets.actions import confirm, import_file
from gui.widgets.dates import DateField
from gui.widgets.fields import set_combo_data, vocab_combo
from gui.widgets.table import RIGHT, Col, RowsTable


class CourseDialog(TasksDialog):
    def __init__(self, page, course_id: int | None = None):
        super().__init__(page.tr("Sửa khóa học") if course_id else page.tr("Thêm khóa học"), page)
        self.course_id = course_id
        lang = page.ctx.lang
        self.name = self.add_row("name", self.tr("Tên khóa học *"), QLineEdit())
        self.name.setPlaceholderText(self.tr("VD: Tập huấn kỹ năng số cho cán bộ xã"))
        self.topic = self.add_row("topic", self.tr("Chủ đề *"), vocab_combo(TRAINING_TOPIC, lang, self.tr("— Chọn —")))
        self.organiser = self.add_row("organiser", self.tr("Đơn vị tổ chức"), QLineEdit())
        self.start = self.add_row("start_date", self.tr("Từ ngày *"), DateField(date.today(), optional=True))
        self.end = self.add_row("end_date", self.tr("Đến ngày"), DateField(optional=True))
        self.hours = self.add_row("hours", self.tr("Số giờ"), QDoubleSpinBox())
        self.hours.setRange(0, 9999)
        self.hours.setDecimals(1)
        self.mode = self.add_row("mode", self.tr("Hình thức"), vocab_combo(TRAINING_MODE, lang))
        self.location = self.add_row("location", self.tr("Địa điểm"), QLineEdit())
        self.notes = self.add_row("notes", self.tr("Ghi chú"), QLineEdit())
        self.setMinimumWidth(520)
        if course_id is not None:
            with page.ctx.read() as s:
                d = TR.CourseData.of(TR.get_course(s, course_id))
            self.name.setText(d.name)
            set_combo_data(self.topic, d.topic)
            self.organiser.setText(d.organiser or "")
            self.start.set_value(d.start_date)
            self.end.set_value(d.end_date if d.end_date != d.start_date else None)
            self.hours.setValue(float(d.hours or 0))
            set_combo_data(self.mode, d.mode)
            self.location.setText(d.location or "")
            self.notes.setText(d.notes or "")

    def work(self):
        data = TR.CourseData(name=self.name.text(), topic=self.topic.currentData(), organiser=self.organiser.text(),
                             start_date=self.start.value(), end_date=self.end.value(),
                             hours=Decimal(str(self.hours.value())) if self.hours.value() else None,
                             mode=self.mode.currentData(), location=self.location.text(), notes=self.notes.text())
        course_id = self.course_id
        if course_id is None:
            return lambda s: TR.add_course(s, data).id
        return lambda s: TR.update_course(s, course_id, data).id


class AttendanceDialog(TasksDialog):
    def __init__(self, page, course_id: int, row=None):
        super().__init__(page.tr("Kết quả bồi dưỡng"), page)
        self.course_id = course_id
        lang = page.ctx.lang
        with page.ctx.read() as s:
            choices = load_choices(s, date.today(), keep_people=[row.staff_id] if row else [])
        self.person = self.add_row("staff_id", self.tr("Họ và tên *"), QComboBox())
        self.person.addItem(self.tr("— Chọn —"), None)
        for pid, label, _ in choices.people:
            self.person.addItem(label, pid)
        self.result = self.add_row("result", self.tr("Kết quả *"), vocab_combo(TRAINING_RESULT, lang))
        self.certificate = self.add_row("certificate", self.tr("Số chứng chỉ"), QLineEdit())
        self.notes = self.add_row("notes", self.tr("Ghi chú"), QLineEdit())
        self.setMinimumWidth(440)
        if row is not None:
            set_combo_data(self.person, row.staff_id)
            self.person.setEnabled(False)
            set_combo_data(self.result, row.result)
            self.certificate.setText(row.certificate or "")
            self.notes.setText(row.notes or "")

    def work(self):
        course_id, person, result = self.course_id, self.person.currentData(), self.result.currentData()
        values = dict(certificate=self.certificate.text(), notes=self.notes.text())
        return lambda s: TR.set_attendance(s, course_id, person, result, **values).id


class TrainingTab(PageTab):
    def __init__(self, page):
        super().__init__(page)
        lang = self.lang
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.topic = vocab_combo(TRAINING_TOPIC, lang, self.tr("Tất cả chủ đề"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm khóa học"))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Thêm khóa học"))
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.import_button = QPushButton(self.tr("Nhập danh sách từ Excel"))
        bar.addWidget(QLabel(self.tr("Năm")))
        bar.addWidget(self.year)
        bar.addWidget(self.topic)
        bar.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.summary = QLabel()
        lay.addWidget(self.summary)

        split = QSplitter(Qt.Horizontal)
        self.courses = RowsTable([
            Col(self.tr("Khóa học"), lambda c: c.name, width=200, tip=lambda c: c.name),
            Col(self.tr("Chủ đề"), lambda c: TRAINING_TOPIC.label(c.topic, lang), width=130,
                tip=lambda c: TRAINING_TOPIC.label(c.topic, lang)),
            Col(self.tr("Thời gian"), lambda c: span_text(c.start_date, c.end_date), lambda c: c.start_date,
                width=108),
            Col(self.tr("Số giờ"), lambda c: hours_text(c.hours), lambda c: c.hours or 0, RIGHT, 55),
            Col(self.tr("Hình thức"), lambda c: TRAINING_MODE.label(c.mode, lang), width=78),
            Col(self.tr("Hoàn thành"), lambda c: f"{c.completed}/{c.attendees}", lambda c: c.completed, RIGHT, 92),
            Col(self.tr("Đơn vị tổ chức"), lambda c: c.organiser or ""),
        ])
        split.addWidget(self.courses)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.course_title = QLabel(self.tr("Danh sách tham gia"))
        self.course_title.setStyleSheet("font-weight: 600;")
        self.course_title.setWordWrap(True)
        rl.addWidget(self.course_title)
        self.attendees = RowsTable([
            Col(self.tr("Họ và tên"), lambda a: a.name, width=150),
            Col(self.tr("Kết quả"), lambda a: TRAINING_RESULT.label(a.result, lang), width=110),
            Col(self.tr("Số chứng chỉ"), lambda a: a.certificate or ""),
        ])
        self.attendees.rows_model.muted = lambda a: a.result != "completed"
        rl.addWidget(self.attendees, 1)
        ab = QHBoxLayout()
        self.add_person = QPushButton(self.tr("Thêm người"))
        self.edit_person = QPushButton(self.tr("Đổi kết quả"))
        self.remove_person = QPushButton(self.tr("Bỏ khỏi danh sách"))
        for b in (self.add_person, self.edit_person, self.remove_person):
            ab.addWidget(b)
        ab.addStretch(1)
        rl.addLayout(ab)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 340])
        lay.addWidget(split, 1)

        self.year.valueChanged.connect(self.reload)
        self.topic.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self.reload)
        self.courses.selection_changed.connect(self.reload_attendees)
        self.courses.doubleClicked.connect(lambda _: self.edit_course())
        self.attendees.selection_changed.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_course)
        self.edit_button.clicked.connect(self.edit_course)
        self.delete_button.clicked.connect(self.delete_course)
        self.import_button.clicked.connect(lambda: import_file(self.page, "training"))
        self.add_person.clicked.connect(self.add_attendee)
        self.edit_person.clicked.connect(self.edit_attendee)
        self.remove_person.clicked.connect(self.remove_attendee)

    def reload(self) -> None:
        keep = getattr(self.courses.selected(), "id", None)
        year = self.year.value()
        with self.ctx.read() as s:
            rows = TR.list_courses(s, year=year, topic=self.topic.currentData(), search=self.search.text())
            fig = TR.training_figures(s, Period(date(year, 1, 1), date(year, 12, 31)))
        self.courses.set_rows(rows, keep_id=keep)
        self.summary.setText(self.tr("Năm %1: %2 khóa học kết thúc, %3 giờ, %4 người được bồi dưỡng (%5 lượt)")
                             .replace("%1", str(year)).replace("%2", fmt_int(fig.courses_held))
                             .replace("%3", hours_text(fig.hours)).replace("%4", fmt_int(fig.people_trained))
                             .replace("%5", fmt_int(fig.attendances)))
        self.reload_attendees()

    def reload_attendees(self) -> None:
        course = self.courses.selected()
        keep = getattr(self.attendees.selected(), "id", None)
        if course is None:
            self.course_title.setText(self.tr("Danh sách tham gia: chọn một khóa học."))
            self.attendees.set_rows([])
        else:
            with self.ctx.read() as s:
                rows = TR.course_attendances(s, course.id)
            self.course_title.setText(self.tr("Danh sách tham gia: %1").replace("%1", course.name))
            self.attendees.set_rows(rows, keep_id=keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = can_write(self.ctx, "training")
        course = self.courses.selected() is not None
        person = self.attendees.selected() is not None
        self.add_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and course)
        self.delete_button.setEnabled(writable and course)
        self.add_person.setEnabled(writable and course)
        self.edit_person.setEnabled(writable and person)
        self.remove_person.setEnabled(writable and person)

    def _open(self, dialog) -> QDialog:
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        self.page.dialog = dialog
        return dialog

    def add_course(self) -> CourseDialog:
        return self._open(CourseDialog(self.page))

    def edit_course(self) -> CourseDialog | None:
        course = self.courses.selected()
        return self._open(CourseDialog(self.page, course.id)) if course else None

    def delete_course(self) -> None:
        course = self.courses.selected()
        if course is None:
            return
        self.page.dialog = confirm(
            self, self.tr("Xóa khóa học"), self.tr("Xóa khóa học “%1” và danh sách tham gia?").replace("%1", course.name),
            lambda: ops.write(self.ctx, lambda s: TR.delete_course(s, course.id), parent=self,
                              title=self.tr("Xóa khóa học")))

    def add_attendee(self) -> AttendanceDialog | None:
        course = self.courses.selected()
        return self._open(AttendanceDialog(self.page, course.id)) if course else None

    def edit_attendee(self) -> AttendanceDialog | None:
        course, row = self.courses.selected(), self.attendees.selected()
        return self._open(AttendanceDialog(self.page, course.id, row)) if course and row else None

    def remove_attendee(self) -> None:
        row = self.attendees.selected()
        if row is None:
            return None
        return ops.write(self.ctx, lambda s: TR.remove_attendance(s, row.id), parent=self,
                         title=self.tr("Bỏ khỏi danh sách"), busy=[self.remove_person])
