"""Kế hoạch công tác → Bồi dưỡng bắt buộc: the topics each job position requires, and who lacks them."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from core import training as TR
from core.vocab import TRAINING_TOPIC
from gui import ops
from gui.pages.base import PageTab
from gui.pages.tasks.common import TasksDialog, can_write
from gui.widgets.fields import editable_combo, vocab_combo
from gui.widgets.table import Col, RowsTable


class RequirementDialog(TasksDialog):
    def __init__(self, page):
        super().__init__(page.tr("Bồi dưỡng bắt buộc theo vị trí việc làm"), page)
        with page.ctx.read() as s:
            positions = TR.job_positions(s)
        self.position = self.add_row("job_position", self.tr("Vị trí việc làm *"), editable_combo(positions, expanding=True))
        self.topic = self.add_row("topic", self.tr("Chủ đề *"),
                              vocab_combo(TRAINING_TOPIC, page.ctx.lang, self.tr("— Chọn —")))
        self.valid = self.add_row("valid_months", self.tr("Hiệu lực (tháng)"), QSpinBox())
        self.valid.setRange(0, 600)
        self.valid.setSpecialValueText(self.tr("Không thời hạn"))
        self.setMinimumWidth(480)

    def work(self):
        position, topic, months = self.position.currentText(), self.topic.currentData(), self.valid.value() or None
        return lambda s: TR.set_required(s, position, topic, months).id


class RequiredTab(PageTab):
    def __init__(self, page):
        super().__init__(page)
        lang = self.lang
        lay = QHBoxLayout(self)
        left = QGroupBox(self.tr("Chủ đề bắt buộc theo vị trí việc làm"))
        ll = QVBoxLayout(left)
        self.required = RowsTable([
            Col(self.tr("Vị trí việc làm"), lambda r: r.job_position, width=150),
            Col(self.tr("Chủ đề"), lambda r: TRAINING_TOPIC.label(r.topic, lang), width=150),
            Col(self.tr("Hiệu lực"), lambda r: (self.tr("%1 tháng").replace("%1", str(r.valid_months))
                                                 if r.valid_months else self.tr("Không thời hạn"))),
        ])
        ll.addWidget(self.required, 1)
        bl = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm yêu cầu"))
        self.remove_button = QPushButton(self.tr("Bỏ yêu cầu"))
        bl.addWidget(self.add_button)
        bl.addWidget(self.remove_button)
        bl.addStretch(1)
        ll.addLayout(bl)
        right = QGroupBox(self.tr("Cán bộ chưa được bồi dưỡng theo yêu cầu (tính đến hôm nay)"))
        rl = QVBoxLayout(right)
        self.missing = RowsTable([
            Col(self.tr("Họ và tên"), lambda m: m.name, width=140),
            Col(self.tr("Đơn vị"), lambda m: m.department or "", width=150, tip=lambda m: m.department or ""),
            Col(self.tr("Vị trí việc làm"), lambda m: ", ".join(m.job_positions), width=140),
            Col(self.tr("Còn thiếu"), lambda m: ", ".join(TRAINING_TOPIC.label(t, lang) for t in m.topics)),
        ])
        rl.addWidget(self.missing, 1)
        self.missing_count = QLabel()
        rl.addWidget(self.missing_count)
        lay.addWidget(left, 2)
        lay.addWidget(right, 3)
        self.add_button.clicked.connect(self.add_requirement)
        self.remove_button.clicked.connect(self.remove_requirement)
        self.required.selection_changed.connect(self._update_buttons)

    def reload(self) -> None:
        with self.ctx.read() as s:
            required = [SimpleNamespace(id=r.id, job_position=r.job_position, topic=r.topic,
                                        valid_months=r.valid_months) for r in TR.list_required(s)]
            missing = TR.missing_required(s, date.today())
        self.required.set_rows(required)
        self.missing.set_rows(missing)
        self.missing_count.setText(self.tr("%1 người còn thiếu chủ đề bắt buộc.").replace("%1", str(len(missing)))
                                   if missing else self.tr("Không ai thiếu chủ đề bắt buộc."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = can_write(self.ctx, "training")
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.required.selected() is not None)

    def add_requirement(self) -> RequirementDialog:
        dialog = RequirementDialog(self.page)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        self.page.dialog = dialog
        return dialog

    def remove_requirement(self) -> None:
        row = self.required.selected()
        if row is None:
            return None
        return ops.write(self.ctx, lambda s: TR.remove_required(s, row.id), parent=self,
                         title=self.tr("Bỏ yêu cầu"), busy=[self.remove_button])
