"""Nhân sự → Danh sách cán bộ: the people with search and filters, in post on a chosen day."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from core import staff as S
from core.formatting import fmt_date
from gui.numbers import fmt_int
from core.vocab import SEX, STAFF_CATEGORY, STAFF_ORIGIN
from gui.pages.base import PageTab
from gui.pages.staff.assignments import MoveDialog
from gui.pages.staff.common import sort_key, vocab_label
from gui.pages.staff.person import PersonDialog
from gui.widgets.actions import search_box
from gui.widgets.dates import DateField
from gui.widgets.fields import refill, vocab_combo
from gui.widgets.table import Col, RowsModel, RowsTable


class StaffTableModel(RowsModel):
    """The people of the list (plain core.staff.StaffRow values); people not in post on the list's
    day are greyed. Text columns sort without diacritics."""

    def __init__(self, lang: str, parent=None):
        super().__init__([], parent)
        self.lang = lang
        self.columns = [
            # Sorted by given name (the last word), as Vietnamese lists are.
            Col(self.tr("Họ và tên"), lambda r: r.full_name,
                lambda r: (sort_key(r.full_name.split()[-1]), sort_key(r.full_name)), width=180),
            Col(self.tr("Mã"), lambda r: r.code, width=70),
            Col(self.tr("Ngày sinh"), lambda r: fmt_date(r.birth_date), lambda r: r.birth_date or date.min, width=90),
            Col(self.tr("Giới tính"), lambda r: vocab_label(SEX, r.sex, lang), width=66),
            Col(self.tr("Loại"), lambda r: vocab_label(STAFF_CATEGORY, r.category, lang),
                lambda r: STAFF_CATEGORY.codes().index(r.category) if r.category in STAFF_CATEGORY else 99,
                width=140),
            Col(self.tr("Chức vụ"), lambda r: r.title, width=130),
            Col(self.tr("Đơn vị"), lambda r: r.department, width=240),
            Col(self.tr("Vị trí việc làm"), lambda r: r.job_position, width=170),
            Col(self.tr("Chuyên môn"), lambda r: r.specialty, width=160),
            Col(self.tr("Trình độ"), lambda r: r.qualification, width=90),
            Col(self.tr("Nguồn"), lambda r: vocab_label(STAFF_ORIGIN, r.origin, lang), width=150),
            Col(self.tr("Ngày nhận nhiệm vụ"), lambda r: fmt_date(r.start_date), lambda r: r.start_date or date.min,
                width=130),
            Col(self.tr("Ngày thôi việc"), lambda r: fmt_date(r.end_date), lambda r: r.end_date or date.max,
                width=110),
            Col(self.tr("Kiêm nhiệm"), lambda r: "; ".join(r.concurrent)),
        ]
        for col in self.columns:
            if col.sort is None:
                col.sort = lambda r, text=col.get: sort_key(text(r))
        self.muted = lambda r: not r.in_post
        self.row_tip = lambda r: None if r.in_post else QCoreApplication.translate(
            "StaffPage", "Không công tác vào ngày đang xem")


class StaffListTab(PageTab):
    def __init__(self, page):
        super().__init__(page)
        lang = self.lang
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)

        filters = QHBoxLayout()
        self.search = search_box(self.tr("Tìm theo tên, mã, số điện thoại, CCCD…"), self.reload, delay_ms=200,
                                 min_width=160)
        self.department = QComboBox()
        self.category = vocab_combo(STAFF_CATEGORY, lang, blank=self.tr("Mọi loại"))
        self.specialty = QComboBox()
        self.origin = vocab_combo(STAFF_ORIGIN, lang, blank=self.tr("Mọi nguồn"))
        self.in_post = QCheckBox(self.tr("Đang công tác ngày"))
        self.in_post.setChecked(True)
        self.day = DateField(date.today())
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
        self.view = RowsTable(model=self.model, parent=self)
        lay.addWidget(self.view, 1)

        for combo in (self.department, self.category, self.specialty, self.origin):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.in_post.toggled.connect(lambda *_: self.reload())
        self.day.dateChanged.connect(lambda *_: self.reload())
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.import_button.clicked.connect(lambda: page.import_file("staff"))
        self.view.doubleClicked.connect(lambda *_: self.edit_selected())
        self.view.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    def filter(self) -> S.StaffFilter:
        day = self.day.value()
        return S.StaffFilter(search=self.search.text() or None, department_id=self.department.currentData(),
                             category=self.category.currentData(), specialty=self.specialty.currentData(),
                             origin=self.origin.currentData(), in_post_on=day if self.in_post.isChecked() else None,
                             day=day)

    def set_choices(self, departments, specialties) -> None:
        refill(self.department, [(d.name, d.id) for d in departments], blank=self.tr("Mọi đơn vị"))
        refill(self.specialty, [(x, x) for x in specialties], blank=self.tr("Mọi chuyên môn"))

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
        row = self.view.selected()
        return row.id if row is not None else None

    def select_id(self, staff_id: int) -> bool:
        return self.view.select_id(staff_id)

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
