"""Nhân sự → Phòng, đơn vị: the office's departments, added, renamed, set aside and used again."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from core import staff as S
from core.errors import ValidationError
from gui.numbers import fmt_int
from gui import ops
from gui.pages.base import PageTab
from gui.messages import form_errors
from gui.pages.staff.common import ERROR_STYLE, sort_key
from gui.widgets.table import RIGHT, Col, RowsTable


@dataclass
class DepartmentRow:
    id: int
    name: str
    active: bool
    people: int


class DepartmentsTab(PageTab):
    def __init__(self, page):
        super().__init__(page)
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
        self.view = RowsTable([
            Col(self.tr("Phòng, đơn vị"), lambda r: r.name, lambda r: sort_key(r.name), width=360),
            Col(self.tr("Số người đang công tác"), lambda r: fmt_int(r.people), lambda r: r.people, RIGHT, 170),
            Col(self.tr("Trạng thái"), lambda r: self.tr("Đang sử dụng") if r.active else self.tr("Ngừng sử dụng")),
        ], self, sortable=False)
        self.model = self.view.rows_model
        self.model.muted = lambda r: not r.active
        lay.addWidget(self.view, 1)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button.clicked.connect(self.toggle)
        self.view.selection_changed.connect(self._selected_changed)
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
        return self.view.selected()

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
