"""Kế hoạch công tác: the month's task board (columns by status, filters by department and person,
overdue highlighted), the task form requiring the six clear attributes (6 rõ) before a task is
assigned, status steps with history, carry-over from the month before, the training register, the
topics required by job position, and one person's tasks and training. Everything is read from and
written through `core.tasks` and `core.training`."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from core import tasks as T
from gui import ops
from gui.pages.base import Page
from gui.pages.tasks.board import BoardTab
from gui.pages.tasks.common import can_write
from gui.pages.tasks.person import PersonTab
from gui.pages.tasks.required import RequiredTab
from gui.pages.tasks.training import TrainingTab


class TasksPage(Page):
    areas = ("tasks", "training", "staff", "imports")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Kế hoạch công tác"))
        self.dialog = None
        self.last_import = None
        self.tabs = QTabWidget()
        self.board = BoardTab(self)
        self.training = TrainingTab(self)
        self.required = RequiredTab(self)
        self.person = PersonTab(self)
        self.tabs.addTab(self.board, self.tr("Bảng nhiệm vụ"))
        self.tabs.addTab(self.training, self.tr("Sổ bồi dưỡng"))
        self.tabs.addTab(self.required, self.tr("Bồi dưỡng bắt buộc"))
        self.tabs.addTab(self.person, self.tr("Theo cá nhân"))
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _: self._reload_current())
        self._loaded: set[int] = set()

    def refresh(self) -> None:
        super().refresh()
        self._mark_overdue()
        self._loaded.clear()
        self.board._choices_loaded = False
        self._reload_current()

    def _reload_current(self) -> None:
        i = self.tabs.currentIndex()
        if i in self._loaded:
            return
        self._loaded.add(i)
        self.tabs.widget(i).reload()

    def _mark_overdue(self) -> None:
        """Record in each task's history when it became overdue (the board shows it either way); the
        board reloads if that changed anything."""
        if can_write(self.ctx, "tasks"):
            ops.write(self.ctx, T.mark_overdue, parent=self, failed=lambda _exc: None)

    def apply_navigation(self, options: dict) -> None:
        """{"overdue": True} shows only overdue tasks; {"month": "YYYY-MM"} opens that month's board;
        {"person": staff_id} opens that person's tab."""
        if "person" in options:
            self.tabs.setCurrentWidget(self.person)
            self.person.reload()
            self.person.show_person(options["person"])
            return
        self.tabs.setCurrentWidget(self.board)
        if options.get("month"):
            y, m = (int(x) for x in str(options["month"]).split("-"))
            self.board.year, self.board.month = y, m
        self.board.overdue_only.blockSignals(True)
        self.board.overdue_only.setChecked(bool(options.get("overdue")))
        self.board.overdue_only.blockSignals(False)
        self.board.reload()
