"""Kế hoạch công tác → Bảng nhiệm vụ: the month's tasks in columns by status, filtered by department,
person and text, overdue highlighted; the status steps of the selected task; carry-over."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from core import staff as S
from core import tasks as T
from core.formatting import fmt_date
from core.vocab import OPEN_TASK_STATUSES, TASK_STATUS
from gui import ops
from gui.pages.base import PageTab
from gui.pages.tasks.common import (ACTION_TEXT, COLUMN_COLORS, LATE_FG, MUTED, OVERDUE_BG, OVERDUE_FG, SIX_LABELS,
                                    can_write, month_label, tr)
from gui.pages.tasks.task_dialog import StepDialog, TaskDialog
from gui.widgets.actions import confirm, import_file, search_box
from gui.widgets.fields import refill


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


class BoardTab(PageTab):
    def __init__(self, page):
        super().__init__(page)
        lang = self.lang
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
        self.search = search_box(self.tr("Tìm nhiệm vụ, người, số văn bản"), self.reload, min_width=160)
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
        with self.ctx.read() as s:
            departments = [(d.name, d.id) for d in S.list_departments(s)]
            people = [(r.full_name + (f" ({r.code})" if r.code else ""), r.id) for r in
                      S.list_staff(s, S.StaffFilter(day=today)) if r.in_post]
        refill(self.department, departments, blank=self.tr("Tất cả đơn vị"))
        refill(self.person, people, blank=self.tr("Tất cả"))
        self._choices_loaded = True

    def filter(self) -> T.BoardFilter:
        return T.BoardFilter(department_id=self.department.currentData(), person_id=self.person.currentData(),
                             search=self.search.text(), overdue_only=self.overdue_only.isChecked())

    def reload(self) -> None:
        if not self._choices_loaded:
            self.load_choices()
        today = date.today()
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
        self.page.dialog = confirm(
            self, self.tr("Xóa dự thảo"), self.tr("Xóa dự thảo “%1”?").replace("%1", card.title),
            lambda: ops.write(self.ctx, lambda s: T.delete_draft(s, card.id), parent=self,
                              title=self.tr("Xóa dự thảo")))

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
