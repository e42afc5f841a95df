"""Kế hoạch công tác: the task form (the six clear attributes before a task is assigned, or a draft,
with its history) and one status step or progress note."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
                               QVBoxLayout)

from core import tasks as T
from core.formatting import fmt_date
from core.vocab import TASK_EVENT, TASK_PRIORITY, TASK_RESPONSIBILITY, TASK_SOURCE, TASK_STATUS
from gui.pages.tasks.common import (ACTION_TEXT, MUTED, OVERDUE_FG, PRODUCTS, SIX_LABELS, TasksDialog, can_write,
                                    load_choices, tr)
from gui.widgets.dates import DateField
from gui.widgets.fields import CheckList, editable_combo, set_combo_data, vocab_combo
from gui.widgets.table import Col, RowsTable


class TaskDialog(TasksDialog):
    """New task (assigned, or saved as a draft) or an existing one, with its history."""

    def __init__(self, page, task_id: int | None = None, plan: tuple[int, int] | None = None):
        ctx = page.ctx
        lang = ctx.lang
        today = date.today()
        with ctx.read() as s:
            task = T.get_task(s, task_id) if task_id else None
            data = T.TaskData.of(task) if task else T.TaskData(priority="medium")
            assigned = bool(task and task.assigned_date)
            status = task.status if task else None
            assigned_date = task.assigned_date if task else None
            keep = [data.person_id, *data.coordinator_ids]
            choices = load_choices(s, today, keep_people=[k for k in keep if k])
            events = [SimpleNamespace(day=e.day, kind=e.kind, from_status=e.from_status, to_status=e.to_status,
                                      note=e.note, user=e.user_name, progress=e.progress)
                      for e in T.task_events(s, task_id)] if task_id else []
        title = tr("Giao nhiệm vụ") if task_id is None else tr("Nhiệm vụ: %1").replace("%1", data.title or "")
        super().__init__(title, page, columns=2)
        self.task_id, self.plan = task_id, plan
        self.assigned = assigned
        self.choices = choices
        self._as_draft = False

        intro = QLabel(self.tr("Nhiệm vụ được giao khi đủ 6 rõ: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, "
                               "rõ sản phẩm, rõ thẩm quyền. Thiếu thông tin thì lưu dự thảo."))
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED};")
        self.add_widget(intro, before_form=True)

        self.title_edit = self.add_row("title", self.tr("Nhiệm vụ (rõ việc) *"), QLineEdit(), span=True)
        self.title_edit.setPlaceholderText(self.tr("VD: Rà soát, giải quyết hồ sơ đất đai tồn đọng"))
        self.description = self.add_row("description", self.tr("Nội dung, yêu cầu"), QPlainTextEdit(), span=True)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(54)
        self.person = self.add_row("person_id", self.tr("Người chủ trì (rõ người) *"), QComboBox())
        self.person.addItem(self.tr("— Chọn người chủ trì —"), None)
        for pid, label, _ in choices.people:
            self.person.addItem(label, pid)
        self.department = self.add_row("department_id", self.tr("Đơn vị chủ trì"), QComboBox())
        self.department.addItem(self.tr("Theo đơn vị của người chủ trì"), None)
        for did, name in choices.departments:
            self.department.addItem(name, did)
        self.deadline = self.add_row("deadline", self.tr("Thời hạn (rõ thời gian) *"), DateField(optional=True))
        self.responsibility = self.add_row("responsibility", self.tr("Trách nhiệm (rõ trách nhiệm) *"),
                                       vocab_combo(TASK_RESPONSIBILITY, lang, self.tr("— Chọn —")))
        self.product = self.add_row("expected_product", self.tr("Sản phẩm (rõ sản phẩm) *"),
                                editable_combo(PRODUCTS, placeholder=self.tr("Báo cáo, Quyết định, Hồ sơ…"),
                                                   expanding=True))
        self.authority = self.add_row("assigning_authority", self.tr("Cấp giao (rõ thẩm quyền) *"),
                                  editable_combo(choices.authorities, placeholder=self.tr("Chủ tịch UBND xã…"),
                                                     expanding=True))
        self.coordinators = self.add_row("coordinator_ids", self.tr("Người phối hợp"),
                                     CheckList([(pid, label) for pid, label, _ in choices.people]))
        self.coordinating_departments = self.add_row("coordinator_department_ids", self.tr("Đơn vị phối hợp"),
                                                 CheckList(choices.departments))
        self.source_kind = self.add_row("source_kind", self.tr("Văn bản giao"),
                                    vocab_combo(TASK_SOURCE, lang, self.tr("— Không —")))
        self.source_number = self.add_row("source_number", self.tr("Số văn bản"), QLineEdit())
        self.source_number.setPlaceholderText(self.tr("VD: 15-TB/TU"))
        self.source_date = self.add_row("source_date", self.tr("Ngày văn bản"), DateField(optional=True))
        self.priority = self.add_row("priority", self.tr("Mức ưu tiên"), vocab_combo(TASK_PRIORITY, lang))
        self.assigned_on = self.add_row("on", self.tr("Ngày giao"), DateField(assigned_date or today, optional=True))
        self.assigned_on.setEnabled(not self.assigned)
        self.code = self.add_row("code", self.tr("Mã nhiệm vụ"), QLineEdit())
        self.code.setPlaceholderText(self.tr("Không bắt buộc"))

        self.six = QLabel()
        self.six.setTextFormat(Qt.RichText)
        self.add_widget(self.six)
        if task_id is not None:
            state = QLabel(self.tr("Trạng thái: %1").replace("%1", TASK_STATUS.label(status, lang))
                           if self.assigned else self.tr("Dự thảo (chưa giao)"))
            state.setStyleSheet("font-weight: 600;")
            self.add_widget(state)
            self.history = RowsTable([
                Col(self.tr("Ngày"), lambda e: fmt_date(e.day), lambda e: e.day, width=90),
                Col(self.tr("Sự kiện"), lambda e: TASK_EVENT.label(e.kind, lang), width=150),
                Col(self.tr("Trạng thái"), lambda e: self._transition(e, lang), width=210),
                Col(self.tr("Ghi chú"), lambda e: e.note or "", width=260, tip=lambda e: e.note or ""),
                Col(self.tr("Người thực hiện"), lambda e: e.user or ""),
            ])
            self.history.setFixedHeight(140)
            self.history.set_rows(events)
            group = QGroupBox(self.tr("Lịch sử"))
            QVBoxLayout(group).addWidget(self.history)
            self.add_widget(group)

        self.draft_button = None
        if not self.assigned:
            ok = self.buttons.button(QDialogButtonBox.Ok)
            ok.setText(self.tr("Giao nhiệm vụ"))
            self.draft_button = self.buttons.addButton(self.tr("Lưu dự thảo"), QDialogButtonBox.ActionRole)
            self.draft_button.clicked.connect(self.save_draft)
        self.fill(data)
        for signal in (self.title_edit.textChanged, self.person.currentIndexChanged, self.deadline.dateChanged,
                       self.responsibility.currentIndexChanged, self.product.currentTextChanged,
                       self.authority.currentTextChanged):
            signal.connect(self.update_six)
        self.update_six()
        self.setMinimumWidth(880)
        if not can_write(self.ctx, "tasks"):
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
            if self.draft_button:
                self.draft_button.setEnabled(False)

    @staticmethod
    def _transition(e, lang) -> str:
        if e.from_status == e.to_status or e.from_status is None:
            return TASK_STATUS.label(e.to_status, lang) if e.to_status else ""
        return f"{TASK_STATUS.label(e.from_status, lang)} → {TASK_STATUS.label(e.to_status, lang)}"

    def fill(self, d: T.TaskData) -> None:
        self.title_edit.setText(d.title or "")
        self.description.setPlainText(d.description or "")
        set_combo_data(self.person, d.person_id)
        set_combo_data(self.department, d.department_id)
        self.deadline.set_value(d.deadline)
        set_combo_data(self.responsibility, d.responsibility)
        self.product.setCurrentText(d.expected_product or "")
        self.authority.setCurrentText(d.assigning_authority or "")
        self.coordinators.set_checked(d.coordinator_ids)
        self.coordinating_departments.set_checked(d.coordinator_department_ids)
        set_combo_data(self.source_kind, d.source_kind)
        self.source_number.setText(d.source_number or "")
        self.source_date.set_value(d.source_date)
        set_combo_data(self.priority, d.priority or "medium")
        self.code.setText(d.code or "")

    def data(self) -> T.TaskData:
        return T.TaskData(
            title=self.title_edit.text(), description=self.description.toPlainText(),
            source_kind=self.source_kind.currentData(), source_number=self.source_number.text(),
            source_date=self.source_date.value(), person_id=self.person.currentData(),
            department_id=self.department.currentData(), coordinator_ids=self.coordinators.checked(),
            coordinator_department_ids=self.coordinating_departments.checked(), deadline=self.deadline.value(),
            responsibility=self.responsibility.currentData(), expected_product=self.product.currentText(),
            assigning_authority=self.authority.currentText(), priority=self.priority.currentData(),
            code=self.code.text())

    def update_six(self) -> None:
        data, _ = T.clean_task_data(self.data())
        missing = set(T.missing_six(data))
        parts = []
        for key, label in SIX_LABELS.items():
            ok = key not in missing
            color = "#1b5e20" if ok else OVERDUE_FG
            parts.append(f"<span style='color:{color}'>{'✔' if ok else '✘'} {tr(label)}</span>")
        self.six.setText("&nbsp;&nbsp;".join(parts))
        self.missing = missing

    def save_draft(self):
        self._as_draft = True
        try:
            return self.save()
        finally:
            self._as_draft = False

    def work(self):
        data, draft, on = self.data(), self._as_draft, self.assigned_on.value()
        task_id, plan, assigned = self.task_id, self.plan, self.assigned

        def work(s):
            if task_id is None:
                return T.create_task(s, data, assign=not draft, assigned_on=on, plan=plan).id
            T.update_task(s, task_id, data)
            if not assigned and not draft:
                T.assign_task(s, task_id, on)
            return task_id
        return work


class StepDialog(TasksDialog):
    """One status step (start, complete, cancel, reopen) or a progress note: the day and a note."""

    def __init__(self, page, card: T.Card, action: str):
        super().__init__(f"{tr(ACTION_TEXT[action])}: {card.title}", page)
        self.card, self.action = card, action
        self.day = self.add_row("on", self.tr("Ngày"), DateField(date.today(), optional=True))
        self.percent = None
        if action == "progress":
            self.percent = self.add_row("progress", self.tr("Tiến độ (%)"), QSpinBox())
            self.percent.setRange(0, 100)
            self.percent.setSuffix(" %")
            self.percent.setValue(card.progress or 0)
        labels = {"complete": self.tr("Sản phẩm, số văn bản"), "cancel": self.tr("Lý do *"),
                  "reopen": self.tr("Lý do *"), "progress": self.tr("Nội dung *"), "start": self.tr("Ghi chú")}
        self.note = self.add_row("note", labels[action], QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr(ACTION_TEXT[action]))
        self.setMinimumWidth(480)

    def work(self):
        on, note, task_id, action = self.day.value(), self.note.toPlainText(), self.card.id, self.action
        if action == "progress":
            percent = self.percent.value()
            return lambda s: T.add_progress(s, task_id, note, percent, on=on).id
        return lambda s: T.change_status(s, task_id, action, on=on, note=note).id
