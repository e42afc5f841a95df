"""Kế hoạch công tác: the month's task board (columns by status, filters by department and person,
overdue highlighted), the task form requiring the six clear attributes (6 rõ) before a task is
assigned, status steps with history, carry-over from the month before, the training register, the
topics required by job position, and one person's tasks and training. Everything is read from and
written through `core.tasks` and `core.training`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea,
                               QSizePolicy, QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from core import staff as S
from core import tasks as T
from core import training as TR
from core.errors import ValidationError
from core.formatting import fmt_date, fmt_decimal, fmt_int, fold
from core.returns import Period
from core.vocab import (OPEN_TASK_STATUSES, TASK_EVENT, TASK_PRIORITY, TASK_RESPONSIBILITY, TASK_SOURCE,
                        TASK_STATUS, TRAINING_MODE, TRAINING_RESULT, TRAINING_TOPIC)
from gui import ops
from gui.messages import form_errors
from gui.pages.base import Page
from gui.register_widgets import RIGHT, Col, RowsTable, import_file, set_combo_data

CTX = "TasksPage"
ERROR_STYLE = "color: #b3261e;"
OVERDUE_BG, OVERDUE_FG = "#fde7e4", "#b3261e"
LATE_FG = "#a15c00"
MUTED = "#6b6b6b"
COLUMN_COLORS = {"not_started": "#5f6368", "in_progress": "#1a5fb4", "overdue": OVERDUE_FG,
                 "done": "#1b5e20", "cancelled": "#6b6b6b"}
PRODUCTS = ("Báo cáo", "Kế hoạch", "Quyết định", "Tờ trình", "Công văn", "Hồ sơ", "Văn bản", "Danh sách")
AUTHORITIES = ("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "Ban Thường vụ Đảng ủy xã", "Tổ công tác của Thành ủy",
               "UBND tỉnh")


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


# The six clear attributes, as the form names them.
SIX_LABELS = {
    "person_id": QT_TRANSLATE_NOOP("TasksPage", "Rõ người"),
    "title": QT_TRANSLATE_NOOP("TasksPage", "Rõ việc"),
    "deadline": QT_TRANSLATE_NOOP("TasksPage", "Rõ thời gian"),
    "responsibility": QT_TRANSLATE_NOOP("TasksPage", "Rõ trách nhiệm"),
    "expected_product": QT_TRANSLATE_NOOP("TasksPage", "Rõ sản phẩm"),
    "assigning_authority": QT_TRANSLATE_NOOP("TasksPage", "Rõ thẩm quyền"),
}
ACTION_TEXT = {
    "start": QT_TRANSLATE_NOOP("TasksPage", "Bắt đầu thực hiện"),
    "progress": QT_TRANSLATE_NOOP("TasksPage", "Báo cáo tiến độ"),
    "complete": QT_TRANSLATE_NOOP("TasksPage", "Hoàn thành"),
    "cancel": QT_TRANSLATE_NOOP("TasksPage", "Hủy nhiệm vụ"),
    "reopen": QT_TRANSLATE_NOOP("TasksPage", "Mở lại"),
}


def can_write(ctx, area: str) -> bool:
    """Single-clerk mode (no account) may do everything; an account needs the area's permission."""
    user = ctx.user
    return not hasattr(user, "can") or user.can(area)


def month_label(year: int, month: int) -> str:
    return tr("Tháng %1/%2").replace("%1", f"{month:02d}").replace("%2", str(year))


def span_text(start: date, end: date) -> str:
    """"05/11/2026", "05–06/11/2026", "28/10–02/11/2026"."""
    if end is None or end == start:
        return fmt_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day:02d}–{fmt_date(end)}"
    if start.year == end.year:
        return f"{start.day:02d}/{start.month:02d}–{fmt_date(end)}"
    return f"{fmt_date(start)}–{fmt_date(end)}"


def hours_text(h) -> str:
    if h is None:
        return ""
    d = Decimal(h)
    return fmt_int(d) if d == d.to_integral_value() else fmt_decimal(d, 1)


# ---------------------------------------------------------------- small fields
class OptionalDate(QDateEdit):
    """A date picked from a calendar, or none (shown blank): `value()` is a date or None."""

    NONE = QDate(1990, 1, 1)

    def __init__(self, value: date | None = None, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(self.NONE)
        self.setSpecialValueText(" ")
        self.setMinimumWidth(130)
        self.set_value(value)

        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        return None if self.date() == self.NONE else self.date().toPython()

    def set_value(self, d: date | None) -> None:
        self.setDate(self.NONE if d is None else QDate(d.year, d.month, d.day))

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        # A blank date opens its calendar on this month, not on the sentinel day.
        if event.type() == QEvent.Show and obj is self.calendarWidget() and self.value() is None:
            today = QDate.currentDate()
            obj.setCurrentPage(today.year(), today.month())
        return super().eventFilter(obj, event)


class CheckList(QListWidget):
    """A short list of checkable items with ids as data (coordinators)."""

    def __init__(self, items: list[tuple[int, str]], checked=(), parent=None):
        super().__init__(parent)
        self.setFixedHeight(92)
        for i, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, i)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if i in checked else Qt.Unchecked)
            self.addItem(item)

    def checked(self) -> list[int]:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.Checked]

    def set_checked(self, ids) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in ids else Qt.Unchecked)


def editable_combo(items, value: str | None = None, placeholder: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.addItem("")
    combo.addItems(list(items))
    combo.setCurrentText(value or "")
    combo.lineEdit().setPlaceholderText(placeholder)
    combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
    return combo


def vocab_combo(vocab, lang: str, blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for t in vocab.terms:
        combo.addItem(t.vi if lang == "vi" else t.en, t.code)
    return combo


class ProblemDialog(QDialog):
    """A form whose fields each carry an error line; OK runs `save()`, which reads the fields and returns
    the work `fn(session)` queued on the window's writer (gui.ops); a ValidationError keeps the dialog
    open with the messages by the fields."""

    def __init__(self, title: str, parent=None, columns: int = 1):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.body = QVBoxLayout(self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.body.addLayout(self.grid)
        self.columns = columns
        self._n = 0
        self.error_labels: dict[str, QLabel] = {}
        self.general = QLabel()
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Đóng"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.result_value = None

    def add(self, key: str | None, label: str, widget: QWidget, span: bool = False) -> QWidget:
        col = 0 if span else (self._n % self.columns) * 2
        if span and self._n % self.columns:
            self._n += self.columns - self._n % self.columns
        row = (self._n // self.columns) * 2
        lab = QLabel(label)
        lab.setBuddy(widget)
        self.grid.addWidget(lab, row, col, Qt.AlignRight | Qt.AlignVCenter)
        width = self.columns * 2 - 1 if span else 1
        self.grid.addWidget(widget, row, col + 1, 1, width)
        if key is not None:
            err = QLabel()
            err.setStyleSheet(ERROR_STYLE)
            err.setWordWrap(True)
            err.hide()
            self.grid.addWidget(err, row + 1, col + 1, 1, width)
            self.error_labels[key] = err
        self._n += self.columns if span else 1
        return widget

    def finish(self) -> None:
        self.body.addWidget(self.general)
        self.body.addWidget(self.buttons)

    def save(self):
        raise NotImplementedError

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, lab in self.error_labels.items():
            lab.setVisible(key in errors)
            lab.setText(errors.get(key, ""))
        rest = [m for k, m in errors.items() if k not in self.error_labels]
        self.general.setVisible(bool(rest))
        self.general.setText("\n".join(rest))

    def errors(self) -> dict[str, str]:
        out = {k: lab.text() for k, lab in self.error_labels.items() if not lab.isHidden()}
        if not self.general.isHidden():
            out[""] = self.general.text()
        return out

    def try_save(self):
        try:
            work = self.save()
        except ValidationError as exc:
            self.show_errors(form_errors(exc))
            return False
        return ops.write(self.page.ctx, work, parent=self, done=self._saved, failed=self._refused,
                         busy=[self.buttons])

    def _saved(self, value) -> None:
        self.result_value = value
        self.show_errors({})
        self.accept()

    def _refused(self, exc) -> None:
        self.show_errors(form_errors(exc))


# ---------------------------------------------------------------- the task form
@dataclass
class Choices:
    people: list[tuple[int, str, int | None]]  # id, label, main department
    departments: list[tuple[int, str]]
    authorities: list[str]


def load_choices(s, today: date, keep_people=()) -> Choices:
    rows = S.list_staff(s, S.StaffFilter(day=today))
    people = [(r.id, r.full_name + (f" ({r.code})" if r.code else ""), r.department_id) for r in rows
              if r.in_post or r.id in keep_people]
    departments = [(d.id, d.name) for d in S.list_departments(s, active_only=True)]
    from sqlalchemy import select

    from core.models import Task

    used = [a for a in s.scalars(select(Task.assigning_authority).where(Task.assigning_authority.is_not(None))
                                 .distinct()) if a]
    authorities = list(dict.fromkeys([*AUTHORITIES, *sorted(used, key=fold)]))
    return Choices(people, departments, authorities)


class TaskDialog(ProblemDialog):
    """New task (assigned, or saved as a draft) or an existing one, with its history."""

    def __init__(self, page: "TasksPage", task_id: int | None = None, plan: tuple[int, int] | None = None):
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
        self.page, self.ctx, self.task_id, self.plan = page, ctx, task_id, plan
        self.assigned = assigned
        self.choices = choices
        self._as_draft = False

        intro = QLabel(self.tr("Nhiệm vụ được giao khi đủ 6 rõ: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, "
                               "rõ sản phẩm, rõ thẩm quyền. Thiếu thông tin thì lưu dự thảo."))
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED};")
        self.body.insertWidget(0, intro)

        self.title_edit = self.add("title", self.tr("Nhiệm vụ (rõ việc) *"), QLineEdit(), span=True)
        self.title_edit.setPlaceholderText(self.tr("VD: Rà soát, giải quyết hồ sơ đất đai tồn đọng"))
        self.description = self.add("description", self.tr("Nội dung, yêu cầu"), QPlainTextEdit(), span=True)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(54)
        self.person = self.add("person_id", self.tr("Người chủ trì (rõ người) *"), QComboBox())
        self.person.addItem(self.tr("— Chọn người chủ trì —"), None)
        for pid, label, _ in choices.people:
            self.person.addItem(label, pid)
        self.department = self.add("department_id", self.tr("Đơn vị chủ trì"), QComboBox())
        self.department.addItem(self.tr("Theo đơn vị của người chủ trì"), None)
        for did, name in choices.departments:
            self.department.addItem(name, did)
        self.deadline = self.add("deadline", self.tr("Thời hạn (rõ thời gian) *"), OptionalDate())
        self.responsibility = self.add("responsibility", self.tr("Trách nhiệm (rõ trách nhiệm) *"),
                                       vocab_combo(TASK_RESPONSIBILITY, lang, self.tr("— Chọn —")))
        self.product = self.add("expected_product", self.tr("Sản phẩm (rõ sản phẩm) *"),
                                editable_combo(PRODUCTS, placeholder=self.tr("Báo cáo, Quyết định, Hồ sơ…")))
        self.authority = self.add("assigning_authority", self.tr("Cấp giao (rõ thẩm quyền) *"),
                                  editable_combo(choices.authorities, placeholder=self.tr("Chủ tịch UBND xã…")))
        self.coordinators = self.add("coordinator_ids", self.tr("Người phối hợp"),
                                     CheckList([(pid, label) for pid, label, _ in choices.people]))
        self.coordinating_departments = self.add("coordinator_department_ids", self.tr("Đơn vị phối hợp"),
                                                 CheckList(choices.departments))
        self.source_kind = self.add("source_kind", self.tr("Văn bản giao"),
                                    vocab_combo(TASK_SOURCE, lang, self.tr("— Không —")))
        self.source_number = self.add("source_number", self.tr("Số văn bản"), QLineEdit())
        self.source_number.setPlaceholderText(self.tr("VD: 15-TB/TU"))
        self.source_date = self.add("source_date", self.tr("Ngày văn bản"), OptionalDate())
        self.priority = self.add("priority", self.tr("Mức ưu tiên"), vocab_combo(TASK_PRIORITY, lang))
        self.assigned_on = self.add("on", self.tr("Ngày giao"), OptionalDate(assigned_date or today))
        self.assigned_on.setEnabled(not self.assigned)
        self.code = self.add("code", self.tr("Mã nhiệm vụ"), QLineEdit())
        self.code.setPlaceholderText(self.tr("Không bắt buộc"))

        self.six = QLabel()
        self.six.setTextFormat(Qt.RichText)
        self.body.addWidget(self.six)
        if task_id is not None:
            state = QLabel(self.tr("Trạng thái: %1").replace("%1", TASK_STATUS.label(status, lang))
                           if self.assigned else self.tr("Dự thảo (chưa giao)"))
            state.setStyleSheet("font-weight: 600;")
            self.body.addWidget(state)
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
            self.body.addWidget(group)

        self.draft_button = None
        if not self.assigned:
            ok = self.buttons.button(QDialogButtonBox.Ok)
            ok.setText(self.tr("Giao nhiệm vụ"))
            self.draft_button = self.buttons.addButton(self.tr("Lưu dự thảo"), QDialogButtonBox.ActionRole)
            self.draft_button.clicked.connect(self.save_draft)
        self.finish()
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
            return self.try_save()
        finally:
            self._as_draft = False

    def save(self):
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


class StepDialog(ProblemDialog):
    """One status step (start, complete, cancel, reopen) or a progress note: the day and a note."""

    def __init__(self, page: "TasksPage", card: T.Card, action: str):
        super().__init__(f"{tr(ACTION_TEXT[action])}: {card.title}", page)
        self.page, self.card, self.action = page, card, action
        self.day = self.add("on", self.tr("Ngày"), OptionalDate(date.today()))
        self.percent = None
        if action == "progress":
            self.percent = self.add("progress", self.tr("Tiến độ (%)"), QSpinBox())
            self.percent.setRange(0, 100)
            self.percent.setSuffix(" %")
            self.percent.setValue(card.progress or 0)
        labels = {"complete": self.tr("Sản phẩm, số văn bản"), "cancel": self.tr("Lý do *"),
                  "reopen": self.tr("Lý do *"), "progress": self.tr("Nội dung *"), "start": self.tr("Ghi chú")}
        self.note = self.add("note", labels[action], QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr(ACTION_TEXT[action]))
        self.finish()
        self.setMinimumWidth(480)

    def save(self):
        on, note, task_id, action = self.day.value(), self.note.toPlainText(), self.card.id, self.action
        if action == "progress":
            percent = self.percent.value()
            return lambda s: T.add_progress(s, task_id, note, percent, on=on).id
        return lambda s: T.change_status(s, task_id, action, on=on, note=note).id


# ---------------------------------------------------------------- the board
class CardWidget(QFrame):
    clicked = Signal(int)
    double_clicked = Signal(int)

    def __init__(self, card: T.Card, lang: str, parent=None):
        super().__init__(parent)
        self.card = card
        self.setObjectName("taskCard")
        self.setFrameShape(QFrame.StyledPanel)
        self.setCursor(Qt.PointingHandCursor)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(2)
        tags = []
        if card.draft:
            tags.append((tr("Dự thảo"), MUTED))
        if card.priority == "high":
            tags.append((tr("Ưu tiên cao"), OVERDUE_FG))
        if card.carried_from:
            tags.append((tr("Từ tháng %1").replace("%1", card.carried_from), "#1a5fb4"))
        if tags:
            lay.addWidget(self._label(" · ".join(f"<span style='color:{c}'>{t}</span>" for t, c in tags), small=True))
        title = self._label(card.title)
        title.setStyleSheet("font-weight: 600;")
        lay.addWidget(title)
        who = card.person or tr("(chưa có người chủ trì)")
        if card.department:
            who += f" · {card.department}"
        lay.addWidget(self._label(who, small=True))
        when = tr("Hạn %1").replace("%1", fmt_date(card.deadline)) if card.deadline else tr("Chưa có thời hạn")
        if card.column == "overdue":
            when += " — " + tr("quá hạn %1 ngày").replace("%1", str(card.late_days))
        elif card.column == "done" and card.date_done:
            when = tr("Xong %1").replace("%1", fmt_date(card.date_done))
            if card.late_days:
                when += " — " + tr("trễ %1 ngày").replace("%1", str(card.late_days))
        elif card.progress:
            when += f" · {card.progress}%"
        when_label = self._label(when, small=True)
        if card.column == "overdue":
            when_label.setStyleSheet(f"color: {OVERDUE_FG}; font-weight: 600;")
        elif card.late_days:
            when_label.setStyleSheet(f"color: {LATE_FG};")
        lay.addWidget(when_label)
        if card.expected_product:
            lay.addWidget(self._label(tr("Sản phẩm: %1").replace("%1", card.expected_product), small=True,
                                      color=MUTED))
        if card.draft and card.missing:
            lay.addWidget(self._label(tr("Thiếu: %1").replace("%1", ", ".join(tr(SIX_LABELS[m]).lower()
                                                                               for m in card.missing)),
                                      small=True, color=OVERDUE_FG))
        self.set_selected(False)

    @staticmethod
    def _label(text: str, small: bool = False, color: str | None = None) -> QLabel:
        lab = QLabel(text)
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.RichText if "<span" in text else Qt.PlainText)
        style = []
        if small:
            style.append("font-size: 12px;")
        if color:
            style.append(f"color: {color};")
        lab.setStyleSheet(" ".join(style))
        return lab

    def set_selected(self, selected: bool) -> None:
        c = self.card
        if c.column == "overdue":
            bg, border = OVERDUE_BG, OVERDUE_FG
        elif c.draft:
            bg, border = "#f6f6f6", "#b0b0b0"
        else:
            bg, border = "#ffffff", "#cfd4da"
        style = "dashed" if c.draft else "solid"
        width = 2 if selected else 1
        if selected:
            border = "#1a5fb4"
        self.setStyleSheet(f"QFrame#taskCard {{ background: {bg}; border: {width}px {style} {border}; "
                           f"border-radius: 6px; }}")

    def mousePressEvent(self, event):  # noqa: N802 - Qt API
        self.clicked.emit(self.card.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event):  # noqa: N802 - Qt API
        self.double_clicked.emit(self.card.id)
        super().mouseDoubleClickEvent(event)


class BoardColumn(QFrame):
    def __init__(self, status: str, lang: str, parent=None):
        super().__init__(parent)
        self.status = status
        self.lang = lang
        self.cards: list[CardWidget] = []
        self.setObjectName("boardColumn")
        self.setStyleSheet("QFrame#boardColumn { background: #eef1f4; border-radius: 6px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.header = QLabel()
        self.header.setStyleSheet(f"font-weight: 700; color: {COLUMN_COLORS[status]}; padding: 2px;")
        lay.addWidget(self.header)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("columnInner")
        inner.setStyleSheet("QWidget#columnInner { background: transparent; }")
        self.inner_layout = QVBoxLayout(inner)
        self.inner_layout.setContentsMargins(0, 0, 0, 0)
        self.inner_layout.setSpacing(6)
        self.inner_layout.addStretch(1)
        self.scroll.setWidget(inner)
        self.scroll.viewport().setStyleSheet("background: transparent;")
        lay.addWidget(self.scroll, 1)

    def set_cards(self, cards: list[T.Card], on_click, on_double) -> None:
        for w in self.cards:
            self.inner_layout.removeWidget(w)
            w.deleteLater()
        self.cards = []
        for c in cards:
            w = CardWidget(c, self.lang)
            w.clicked.connect(on_click)
            w.double_clicked.connect(on_double)
            self.inner_layout.insertWidget(self.inner_layout.count() - 1, w)
            self.cards.append(w)
        self.header.setText(f"{TASK_STATUS.label(self.status, self.lang)} ({len(cards)})")


class BoardTab(QWidget):
    def __init__(self, page: "TasksPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        lang = self.ctx.lang
        today = date.today()
        self.year, self.month = today.year, today.month
        self.selected_id: int | None = None
        self.cards: dict[int, T.Card] = {}
        lay = QVBoxLayout(self)

        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Tháng trước"))
        self.prev_button.setFixedWidth(34)
        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-size: 15px; font-weight: 600; padding: 0 6px;")
        self.month_label.setMinimumWidth(150)
        self.month_label.setAlignment(Qt.AlignCenter)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Tháng sau"))
        self.next_button.setFixedWidth(34)
        self.today_button = QPushButton(self.tr("Tháng này"))
        self.new_button = QPushButton(self.tr("Giao nhiệm vụ mới"))
        self.new_button.setStyleSheet("font-weight: 600;")
        self.carry_button = QPushButton()
        self.import_button = QPushButton(self.tr("Nhập từ Excel"))
        top = QHBoxLayout()
        for w in (self.prev_button, self.month_label, self.next_button, self.today_button):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.carry_button, self.new_button, self.import_button):
            top.addWidget(w)
        lay.addLayout(top)

        self.department = QComboBox()
        self.department.setMinimumWidth(180)
        self.person = QComboBox()
        self.person.setMinimumWidth(180)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm nhiệm vụ, người, số văn bản"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.overdue_only = QCheckBox(self.tr("Chỉ quá hạn"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Đơn vị")))
        bar.addWidget(self.department, 1)
        bar.addSpacing(8)
        bar.addWidget(QLabel(self.tr("Người chủ trì")))
        bar.addWidget(self.person, 1)
        bar.addSpacing(8)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.overdue_only)
        lay.addLayout(bar)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        self.columns: dict[str, BoardColumn] = {}
        board = QHBoxLayout()
        board.setSpacing(8)
        for status in T.BOARD_COLUMNS:
            col = BoardColumn(status, lang)
            self.columns[status] = col
            board.addWidget(col, 1)
        lay.addLayout(board, 1)
        self.empty = QLabel()
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.empty.setWordWrap(True)
        lay.addWidget(self.empty)

        steps = QHBoxLayout()
        self.selected_label = QLabel(self.tr("Chọn một nhiệm vụ trên bảng."))
        self.selected_label.setStyleSheet(f"color: {MUTED};")
        steps.addWidget(self.selected_label, 1)
        self.open_button = QPushButton(self.tr("Xem, sửa"))
        steps.addWidget(self.open_button)
        self.step_buttons: dict[str, QPushButton] = {}
        for action in ("start", "progress", "complete", "cancel", "reopen"):
            b = QPushButton(tr(ACTION_TEXT[action]))
            b.clicked.connect(lambda _=False, a=action: self.open_step(a))
            self.step_buttons[action] = b
            steps.addWidget(b)
        self.delete_button = QPushButton(self.tr("Xóa dự thảo"))
        steps.addWidget(self.delete_button)
        lay.addLayout(steps)

        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.today_button.clicked.connect(self.go_today)
        self.department.currentIndexChanged.connect(self.reload)
        self.person.currentIndexChanged.connect(self.reload)
        self.overdue_only.toggled.connect(self.reload)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.new_button.clicked.connect(self.new_task)
        self.carry_button.clicked.connect(self.carry_over)
        self.import_button.clicked.connect(lambda: import_file(self.page, "tasks"))
        self.open_button.clicked.connect(lambda: self.open_task(self.selected_id))
        self.delete_button.clicked.connect(self.delete_draft)
        self._choices_loaded = False

    # ------------------------------------------------------------ loading
    def load_choices(self) -> None:
        """The filters' lists: departments, and the people in post plus anyone leading a task."""
        today = date.today()
        dep_id, person_id = self.department.currentData(), self.person.currentData()
        with self.ctx.read() as s:
            departments = [(d.id, d.name) for d in S.list_departments(s)]
            people = [(r.id, r.full_name + (f" ({r.code})" if r.code else "")) for r in
                      S.list_staff(s, S.StaffFilter(day=today)) if r.in_post]
        for combo, items, blank, keep in ((self.department, departments, self.tr("Tất cả đơn vị"), dep_id),
                                          (self.person, people, self.tr("Tất cả"), person_id)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, None)
            for i, text in items:
                combo.addItem(text, i)
            set_combo_data(combo, keep)
            if combo.currentIndex() < 0:
                combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._choices_loaded = True

    def filter(self) -> T.BoardFilter:
        return T.BoardFilter(department_id=self.department.currentData(), person_id=self.person.currentData(),
                             search=self.search.text(), overdue_only=self.overdue_only.isChecked())

    def reload(self) -> None:
        if not self._choices_loaded:
            self.load_choices()
        today = date.today()
        lang = self.ctx.lang
        self.month_label.setText(month_label(self.year, self.month))
        with self.ctx.read() as s:
            cols = T.board(s, self.year, self.month, self.filter(), today=today)
            summary = T.plan_summary(s, self.year, self.month, today=today)
            carry = T.carry_over_candidates(s, self.year, self.month)
            has_plan = T.get_plan(s, self.year, self.month) is not None
        self.cards = {c.id: c for cards in cols.values() for c in cards}
        for status, col in self.columns.items():
            col.set_cards(cols[status], self.select, self.open_task)
        py, pm = T.previous_month(self.year, self.month)
        self.carry_button.setText(self.tr("Chuyển %1 nhiệm vụ chưa xong từ %2").replace("%1", str(carry))
                                  .replace("%2", month_label(py, pm).lower()))
        self.carry_button.setVisible(carry > 0)
        self.carry_button.setEnabled(can_write(self.ctx, "tasks"))
        self.new_button.setEnabled(can_write(self.ctx, "tasks"))
        self.import_button.setEnabled(can_write(self.ctx, "tasks"))
        parts = [self.tr("%1 nhiệm vụ").replace("%1", str(summary.tasks))]
        if summary.carried_over:
            parts.append(self.tr("%1 chuyển từ tháng trước").replace("%1", str(summary.carried_over)))
        done = self.tr("%1 hoàn thành").replace("%1", str(summary.done))
        if summary.done_late:
            done += " " + self.tr("(%1 trễ hạn)").replace("%1", str(summary.done_late))
        parts.append(done)
        parts.append(self.tr("%1 đang mở").replace("%1", str(summary.open)))
        overdue = self.tr("%1 quá hạn").replace("%1", str(summary.overdue))
        parts.append(f"<span style='color:{OVERDUE_FG}; font-weight:600'>{overdue}</span>"
                     if summary.overdue else overdue)
        if summary.drafts:
            parts.append(self.tr("%1 dự thảo").replace("%1", str(summary.drafts)))
        self.summary.setText(" · ".join(parts))
        if not has_plan:
            self.empty.setText(self.tr("Tháng này chưa có nhiệm vụ trong kế hoạch. Bấm “Giao nhiệm vụ mới” "
                                       "hoặc chuyển các nhiệm vụ chưa hoàn thành từ tháng trước."))
        elif not self.cards and summary.tasks:
            self.empty.setText(self.tr("Không có nhiệm vụ nào khớp bộ lọc."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        if self.selected_id not in self.cards:
            self.selected_id = None
        self.select(self.selected_id)

    # ------------------------------------------------------------ selection and steps
    def select(self, task_id: int | None) -> None:
        self.selected_id = task_id
        for col in self.columns.values():
            for w in col.cards:
                w.set_selected(w.card.id == task_id)
        card = self.cards.get(task_id) if task_id is not None else None
        writable = can_write(self.ctx, "tasks")
        self.open_button.setEnabled(card is not None)
        allowed = set()
        if card is not None:
            if card.draft:
                allowed = {"cancel"} if card.status in OPEN_TASK_STATUSES else set()
            else:
                allowed = {a for a, (sources, _, _) in T.TRANSITIONS.items() if card.status in sources}
                if card.status in OPEN_TASK_STATUSES:
                    allowed.add("progress")
            self.selected_label.setText(card.title)
            self.selected_label.setStyleSheet("font-weight: 600;")
        else:
            self.selected_label.setText(self.tr("Chọn một nhiệm vụ trên bảng."))
            self.selected_label.setStyleSheet(f"color: {MUTED};")
        for action, b in self.step_buttons.items():
            b.setEnabled(writable and action in allowed)
        self.delete_button.setEnabled(writable and card is not None and card.draft)

    def card_widget(self, task_id: int) -> CardWidget | None:
        for col in self.columns.values():
            for w in col.cards:
                if w.card.id == task_id:
                    return w
        return None

    def open_task(self, task_id: int | None) -> TaskDialog | None:
        if task_id is None:
            return None
        dialog = TaskDialog(self.page, task_id)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        self.page.dialog = dialog
        return dialog

    def new_task(self) -> TaskDialog:
        dialog = TaskDialog(self.page, None, plan=(self.year, self.month))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.select(dialog.result_value))
        dialog.open()
        self.page.dialog = dialog
        return dialog

    def open_step(self, action: str) -> StepDialog | None:
        card = self.cards.get(self.selected_id)
        if card is None:
            return None
        dialog = StepDialog(self.page, card, action)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        self.page.dialog = dialog
        return dialog

    def delete_draft(self) -> None:
        card = self.cards.get(self.selected_id)
        if card is None or not card.draft:
            return
        box = QMessageBox(QMessageBox.Question, self.tr("Xóa dự thảo"),
                          self.tr("Xóa dự thảo “%1”?").replace("%1", card.title),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.button(QMessageBox.Yes).setText(self.tr("Xóa"))
        box.button(QMessageBox.No).setText(self.tr("Không"))
        box.setAttribute(Qt.WA_DeleteOnClose)

        def yes():
            ops.write(self.ctx, lambda s: T.delete_draft(s, card.id), parent=self, title=self.tr("Xóa dự thảo"))
        box.accepted.connect(yes)
        box.open()
        self.page.dialog = box

    # ------------------------------------------------------------ months
    def go(self, step: int) -> None:
        self.year, self.month = (T.next_month if step > 0 else T.previous_month)(self.year, self.month)
        self.reload()

    def go_today(self) -> None:
        today = date.today()
        self.year, self.month = today.year, today.month
        self.reload()

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.reload()

    def carry_over(self) -> "ops.Job":
        year, month = self.year, self.month
        return ops.write(self.ctx, lambda s: T.carry_over(s, year, month), parent=self,
                         title=self.tr("Chuyển nhiệm vụ"), busy=[self.carry_button])


# ---------------------------------------------------------------- training
class CourseDialog(ProblemDialog):
    def __init__(self, page: "TasksPage", course_id: int | None = None):
        super().__init__(page.tr("Sửa khóa học") if course_id else page.tr("Thêm khóa học"), page)
        self.page, self.course_id = page, course_id
        lang = page.ctx.lang
        self.name = self.add("name", self.tr("Tên khóa học *"), QLineEdit())
        self.name.setPlaceholderText(self.tr("VD: Tập huấn kỹ năng số cho cán bộ xã"))
        self.topic = self.add("topic", self.tr("Chủ đề *"), vocab_combo(TRAINING_TOPIC, lang, self.tr("— Chọn —")))
        self.organiser = self.add("organiser", self.tr("Đơn vị tổ chức"), QLineEdit())
        self.start = self.add("start_date", self.tr("Từ ngày *"), OptionalDate(date.today()))
        self.end = self.add("end_date", self.tr("Đến ngày"), OptionalDate())
        self.hours = self.add("hours", self.tr("Số giờ"), QDoubleSpinBox())
        self.hours.setRange(0, 9999)
        self.hours.setDecimals(1)
        self.mode = self.add("mode", self.tr("Hình thức"), vocab_combo(TRAINING_MODE, lang))
        self.location = self.add("location", self.tr("Địa điểm"), QLineEdit())
        self.notes = self.add("notes", self.tr("Ghi chú"), QLineEdit())
        self.finish()
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

    def save(self):
        data = TR.CourseData(name=self.name.text(), topic=self.topic.currentData(), organiser=self.organiser.text(),
                             start_date=self.start.value(), end_date=self.end.value(),
                             hours=Decimal(str(self.hours.value())) if self.hours.value() else None,
                             mode=self.mode.currentData(), location=self.location.text(), notes=self.notes.text())
        course_id = self.course_id
        if course_id is None:
            return lambda s: TR.add_course(s, data).id
        return lambda s: TR.update_course(s, course_id, data).id


class AttendanceDialog(ProblemDialog):
    def __init__(self, page: "TasksPage", course_id: int, row=None):
        super().__init__(page.tr("Kết quả bồi dưỡng"), page)
        self.page, self.course_id = page, course_id
        lang = page.ctx.lang
        with page.ctx.read() as s:
            choices = load_choices(s, date.today(), keep_people=[row.staff_id] if row else [])
        self.person = self.add("staff_id", self.tr("Họ và tên *"), QComboBox())
        self.person.addItem(self.tr("— Chọn —"), None)
        for pid, label, _ in choices.people:
            self.person.addItem(label, pid)
        self.result = self.add("result", self.tr("Kết quả *"), vocab_combo(TRAINING_RESULT, lang))
        self.certificate = self.add("certificate", self.tr("Số chứng chỉ"), QLineEdit())
        self.notes = self.add("notes", self.tr("Ghi chú"), QLineEdit())
        self.finish()
        self.setMinimumWidth(440)
        if row is not None:
            set_combo_data(self.person, row.staff_id)
            self.person.setEnabled(False)
            set_combo_data(self.result, row.result)
            self.certificate.setText(row.certificate or "")
            self.notes.setText(row.notes or "")

    def save(self):
        course_id, person, result = self.course_id, self.person.currentData(), self.result.currentData()
        values = dict(certificate=self.certificate.text(), notes=self.notes.text())
        return lambda s: TR.set_attendance(s, course_id, person, result, **values).id


class RequirementDialog(ProblemDialog):
    def __init__(self, page: "TasksPage"):
        super().__init__(page.tr("Bồi dưỡng bắt buộc theo vị trí việc làm"), page)
        self.page = page
        with page.ctx.read() as s:
            positions = TR.job_positions(s)
        self.position = self.add("job_position", self.tr("Vị trí việc làm *"), editable_combo(positions))
        self.topic = self.add("topic", self.tr("Chủ đề *"),
                              vocab_combo(TRAINING_TOPIC, page.ctx.lang, self.tr("— Chọn —")))
        self.valid = self.add("valid_months", self.tr("Hiệu lực (tháng)"), QSpinBox())
        self.valid.setRange(0, 600)
        self.valid.setSpecialValueText(self.tr("Không thời hạn"))
        self.finish()
        self.setMinimumWidth(480)

    def save(self):
        position, topic, months = self.position.currentText(), self.topic.currentData(), self.valid.value() or None
        return lambda s: TR.set_required(s, position, topic, months).id


class TrainingTab(QWidget):
    def __init__(self, page: "TasksPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        lang = self.ctx.lang
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
        box = QMessageBox(QMessageBox.Question, self.tr("Xóa khóa học"),
                          self.tr("Xóa khóa học “%1” và danh sách tham gia?").replace("%1", course.name),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.button(QMessageBox.Yes).setText(self.tr("Xóa"))
        box.button(QMessageBox.No).setText(self.tr("Không"))
        box.setAttribute(Qt.WA_DeleteOnClose)

        def yes():
            ops.write(self.ctx, lambda s: TR.delete_course(s, course.id), parent=self, title=self.tr("Xóa khóa học"))
        box.accepted.connect(yes)
        self._open(box)

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


class RequiredTab(QWidget):
    def __init__(self, page: "TasksPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        lang = self.ctx.lang
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


class PersonTab(QWidget):
    """One person's tasks (leading or coordinating) and training."""

    def __init__(self, page: "TasksPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        lang = self.ctx.lang
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
            people = [(r.id, r.full_name + (f" ({r.code})" if r.code else "")) for r in
                      S.list_staff(s, S.StaffFilter(day=date.today())) if r.in_post or r.id == keep]
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("— Chọn cán bộ —"), None)
        for i, text in people:
            self.person.addItem(text, i)
        set_combo_data(self.person, keep)
        if self.person.currentIndex() < 0:
            self.person.setCurrentIndex(0)
        self.person.blockSignals(False)
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


# ---------------------------------------------------------------- the page
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
