"""Nhân sự: the staff list with search and filters, a person's form with the assignment history and
the "move to another department" action, the staffing plan as an editable table with shortages
highlighted, a chart of shortages by specialty, the departments, and the imports of staff and
staffing workbooks. Everything is read from and written through `core.staff`."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QTabWidget

from core import staff as S
from gui.numbers import fmt_int
from gui.pages.base import Page
from gui.pages.staff.common import tr
from gui.pages.staff.departments import DepartmentsTab
from gui.pages.staff.list_tab import StaffListTab
from gui.pages.staff.plan import PlanTab
from gui.widgets.actions import import_file, unread_note


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
        self.notice.setWordWrap(True)
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
        def done(result, path):
            text = (self.tr("%1: đã thêm %2, cập nhật %3.").replace("%1", Path(path).name)
                    .replace("%2", fmt_int(result.inserted)).replace("%3", fmt_int(result.updated)))
            self.notice.setText(" ".join(t for t in (text, unread_note(result)) if t))
            self.notice.show()

        self.operation = import_file(self, kind, path, title=tr(self.IMPORT_TITLES[kind]), done=done)
        return self.operation
