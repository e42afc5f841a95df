"""Kế hoạch công tác → Theo cá nhân: one person's tasks (leading or coordinating) and training."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from core import staff as S
from core import tasks as T
from core import training as TR
from core.formatting import fmt_date
from core.vocab import OPEN_TASK_STATUSES, TASK_RESPONSIBILITY, TASK_STATUS, TRAINING_RESULT, TRAINING_TOPIC
from gui.pages.base import PageTab
from gui.pages.tasks.common import OVERDUE_FG, hours_text, tr
from gui.widgets.fields import refill, set_combo_data
from gui.widgets.table import RIGHT, Col, RowsTable


class PersonTab(PageTab):
    """One person's tasks (leading or coordinating) and training."""

    def __init__(self, page):
        super().__init__(page)
        lang = self.lang
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cán bộ")))
        self.person = QComboBox()
        self.person.setMinimumWidth(260)
        bar.addWidget(self.person)
        self.info = QLabel()
        bar.addWidget(self.info, 1)
        lay.addLayout(bar)
        tasks_box = QGroupBox(self.tr("Nhiệm vụ"))
        tl = QVBoxLayout(tasks_box)
        self.tasks = RowsTable([
            Col(self.tr("Vai trò"), lambda r: TASK_RESPONSIBILITY.label(r[0], lang), width=80),
            Col(self.tr("Nhiệm vụ"), lambda r: r[1].title, width=320),
            Col(self.tr("Thời hạn"), lambda r: fmt_date(r[1].deadline), lambda r: r[1].deadline or date.max, width=88),
            Col(self.tr("Trạng thái"), lambda r: (tr("Dự thảo") if r[1].draft else
                                                  TASK_STATUS.label(r[1].column, lang)), width=110),
            Col(self.tr("Ngày hoàn thành"), lambda r: fmt_date(r[1].date_done), width=125),
            Col(self.tr("Cấp giao"), lambda r: r[1].assigning_authority or ""),
        ])
        tl.addWidget(self.tasks)
        lay.addWidget(tasks_box, 3)
        training_box = QGroupBox(self.tr("Bồi dưỡng"))
        bl = QVBoxLayout(training_box)
        self.training = RowsTable([
            Col(self.tr("Khóa học"), lambda c: c.name, width=320),
            Col(self.tr("Chủ đề"), lambda c: TRAINING_TOPIC.label(c.topic, lang), width=170),
            Col(self.tr("Đến ngày"), lambda c: fmt_date(c.end_date), lambda c: c.end_date, width=88),
            Col(self.tr("Số giờ"), lambda c: hours_text(c.hours), lambda c: c.hours or 0, RIGHT, 60),
            Col(self.tr("Kết quả"), lambda c: TRAINING_RESULT.label(c.result, lang)),
        ])
        bl.addWidget(self.training)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        bl.addWidget(self.missing)
        lay.addWidget(training_box, 2)
        self.person.currentIndexChanged.connect(self.reload_person)
        self.tasks.doubleClicked.connect(self._open_task)

    def reload(self) -> None:
        keep = self.person.currentData()
        with self.ctx.read() as s:
            people = [(r.full_name + (f" ({r.code})" if r.code else ""), r.id) for r in
                      S.list_staff(s, S.StaffFilter(day=date.today())) if r.in_post or r.id == keep]
        refill(self.person, people, blank=self.tr("— Chọn cán bộ —"))
        self.reload_person()

    def show_person(self, staff_id: int) -> None:
        set_combo_data(self.person, staff_id)

    def reload_person(self) -> None:
        sid = self.person.currentData()
        if sid is None:
            self.tasks.set_rows([])
            self.training.set_rows([])
            self.info.setText("")
            self.missing.setText("")
            return
        today = date.today()
        with self.ctx.read() as s:
            tasks = T.person_tasks(s, sid, today=today)
            courses = TR.person_training(s, sid)
            missing = [m for m in TR.missing_required(s, today) if m.staff_id == sid]
        self.tasks.set_rows(tasks)
        self.training.set_rows(courses)
        lead = [c for r, c in tasks if r == "lead" and not c.draft]
        open_ = sum(c.column in OPEN_TASK_STATUSES for c in lead)
        overdue = sum(c.column == "overdue" for c in lead)
        self.info.setText(self.tr("Chủ trì %1 nhiệm vụ: %2 đang mở, %3 quá hạn · %4 khóa bồi dưỡng")
                          .replace("%1", str(len(lead))).replace("%2", str(open_)).replace("%3", str(overdue))
                          .replace("%4", str(len(courses))))
        if missing:
            self.missing.setText(self.tr("Còn thiếu bồi dưỡng bắt buộc: %1").replace(
                "%1", ", ".join(TRAINING_TOPIC.label(t, self.ctx.lang) for t in missing[0].topics)))
            self.missing.setStyleSheet(f"color: {OVERDUE_FG};")
        else:
            self.missing.setText("")

    def _open_task(self, index) -> None:
        row = self.tasks.selected()
        if row is not None:
            self.page.board.open_task(row[1].id)
