"""Trang thiết bị: needs reported to the province (with their status steps and history), the equipment
on hand, and the villages' site problems. Everything is read from and written through `core.equipment`."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QSizePolicy, QSplitter, QTabWidget,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from core import equipment as eq
from core.errors import BadValue, CommuneDeskError, ValidationError
from core.formatting import fmt_date, fmt_int, fmt_money
from core.models import Need
from core.vocab import (CONDITION, EQUIPMENT_CATEGORY, NEED_ACTION, NEED_STATUS, OPEN_NEED_STATUSES, PRIORITY,
                        PROBLEM_KIND, PROBLEM_STATUS)
from gui import ops
from gui.messages import error_text, field_text
from gui.ops import show_error
from gui.pages.base import Page
from gui.register_widgets import (RIGHT, Col, DateField, FormDialog, MoneyEdit, RowsTable, action_bar, import_file,
                                  int_spin, plain_text, set_combo_data, short_money, vocab_combo)

CTX = "EquipmentPage"

# The buttons of the need's status steps, in the state machine's order (core.equipment.TRANSITIONS).
ACTION_BUTTONS = {
    "submit": QT_TRANSLATE_NOOP("EquipmentPage", "Gửi tỉnh"),
    "approve": QT_TRANSLATE_NOOP("EquipmentPage", "Phê duyệt"),
    "deliver": QT_TRANSLATE_NOOP("EquipmentPage", "Đã cấp, bàn giao"),
    "reject": QT_TRANSLATE_NOOP("EquipmentPage", "Từ chối"),
    "repropose": QT_TRANSLATE_NOOP("EquipmentPage", "Đề xuất lại"),
}
# Who the body of each step is.
BODY_LABELS = {
    "submit": QT_TRANSLATE_NOOP("EquipmentPage", "Gửi đến"),
    "approve": QT_TRANSLATE_NOOP("EquipmentPage", "Cơ quan phê duyệt"),
    "deliver": QT_TRANSLATE_NOOP("EquipmentPage", "Đơn vị cấp"),
    "reject": QT_TRANSLATE_NOOP("EquipmentPage", "Cơ quan quyết định"),
    "repropose": QT_TRANSLATE_NOOP("EquipmentPage", "Gửi đến"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _label(vocab, code, lang) -> str:
    return vocab.label(code, lang)


# ---------------------------------------------------------------- reading rows (inside a session)
def need_row(n: Need) -> SimpleNamespace:
    return SimpleNamespace(
        id=n.id, item=n.item, category=n.category, unit=n.unit, on_hand=n.quantity_on_hand,
        needed=n.quantity_needed, unit_cost=n.unit_cost, cost=eq.estimated_cost(n.quantity_needed, n.unit_cost),
        priority=n.priority, justification=n.justification, location=n.location, status=n.status,
        status_date=n.status_date, decided_by=n.decided_by, delivered=n.quantity_delivered,
        events=[SimpleNamespace(day=e.day, action=e.action, from_status=e.from_status, to_status=e.to_status,
                                body=e.body, note=e.note, user=e.user_name) for e in n.events])


def item_row(i) -> SimpleNamespace:
    return SimpleNamespace(id=i.id, name=i.name, category=i.category, quantity=i.quantity, unit=i.unit,
                           condition=i.condition, location=i.location, year=i.acquisition_year, notes=i.notes)


def problem_row(p) -> SimpleNamespace:
    return SimpleNamespace(id=p.id, place=p.place, kind=p.kind, description=p.description, since=p.since,
                           households=p.households, status=p.status, resolved_date=p.resolved_date, notes=p.notes)


def confirm(parent, title: str, text: str, on_yes) -> QMessageBox:
    """Ask before a deletion without a nested event loop."""
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.No, parent)
    box.button(QMessageBox.Yes).setText(parent.tr("Xóa"))
    box.button(QMessageBox.No).setText(parent.tr("Không"))
    box.setDefaultButton(QMessageBox.No)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.accepted.connect(on_yes)
    box.open()
    return box


def search_box(placeholder: str, on_change) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(220)
    timer = QTimer(edit)
    timer.setSingleShot(True)
    timer.setInterval(250)
    timer.timeout.connect(on_change)
    edit.textChanged.connect(lambda _: timer.start())
    edit.returnPressed.connect(on_change)
    return edit


# ---------------------------------------------------------------- forms
class NeedDialog(FormDialog):
    def __init__(self, parent, lang: str, locations: list[str], row=None):
        super().__init__(self.tr("Sửa nhu cầu") if row else self.tr("Thêm nhu cầu"), parent)
        self.item = self.add_row("item", self.tr("Hạng mục *"), QLineEdit())
        self.item.setPlaceholderText(self.tr("VD: Máy tính để bàn, phòng họp trực tuyến"))
        self.category = self.add_row("category", self.tr("Nhóm"), vocab_combo(EQUIPMENT_CATEGORY, lang))
        self.unit = self.add_row("unit", self.tr("Đơn vị tính"), QLineEdit())
        self.unit.setPlaceholderText(self.tr("VD: Bộ, Chiếc, Phòng"))
        self.on_hand = self.add_row("quantity_on_hand", self.tr("Hiện có"), int_spin())
        self.needed = self.add_row("quantity_needed", self.tr("Cần bổ sung *"), int_spin())
        self.unit_cost = self.add_row("unit_cost", self.tr("Đơn giá dự kiến (đồng)"), MoneyEdit())
        self.cost = self.add_row(None, self.tr("Thành tiền"), QLabel())
        self.priority = self.add_row("priority", self.tr("Mức ưu tiên"), vocab_combo(PRIORITY, lang))
        self.location = self.add_row("location", self.tr("Địa điểm"), QComboBox())
        self.location.setEditable(True)
        self.location.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.location.addItems([""] + locations)
        self.location.lineEdit().setPlaceholderText(self.tr("Trụ sở UBND xã, thôn…"))
        self.justification = self.add_row("justification", self.tr("Lý do"), plain_text())
        set_combo_data(self.priority, "medium")
        if row is not None:
            self.item.setText(row.item)
            set_combo_data(self.category, row.category)
            self.unit.setText(row.unit or "")
            self.on_hand.setValue(row.on_hand or 0)
            self.needed.setValue(row.needed)
            self.unit_cost.set_value(row.unit_cost)
            set_combo_data(self.priority, row.priority)
            self.location.setEditText(row.location or "")
            self.justification.setPlainText(row.justification or "")
            if row.status == "delivered":
                self.needed.setEnabled(False)
        self.needed.valueChanged.connect(self._update_cost)
        self.unit_cost.textChanged.connect(self._update_cost)
        self._update_cost()

    def _update_cost(self) -> None:
        try:
            cost = eq.estimated_cost(self.needed.value(), self.unit_cost.value())
        except ValueError:
            self.cost.setText("—")
            return
        self.cost.setText(fmt_money(cost))

    def values(self) -> dict:
        try:
            unit_cost = self.unit_cost.value()
        except BadValue as exc:
            raise ValidationError({"unit_cost": exc.problem()}) from None
        return {"item": self.item.text(), "category": self.category.currentData(), "unit": self.unit.text(),
                "quantity_on_hand": self.on_hand.value(), "quantity_needed": self.needed.value(),
                "unit_cost": unit_cost, "priority": self.priority.currentData(),
                "location": self.location.currentText(), "justification": self.justification.toPlainText()}

    def check(self, v: dict) -> dict[str, str]:
        return {"item": field_text("equipment.item_required")} if not v["item"].strip() else {}


class NeedActionDialog(FormDialog):
    """One status step of a need: the day, the body, a note (document number), and for a delivery
    the quantity received and its condition."""

    def __init__(self, parent, lang: str, action: str, row):
        title = f"{tr(ACTION_BUTTONS[action])}: {row.item}"
        super().__init__(title, parent)
        self.action = action
        self.info = self.add_row(None, self.tr("Trạng thái"), QLabel(
            f"{_label(NEED_STATUS, row.status, lang)} → "
            f"{_label(NEED_STATUS, eq.TRANSITIONS[action][1], lang)}"))
        self.day = self.add_row("date", self.tr("Ngày"), DateField(date.today(), latest=date.today()))
        self.body = self.add_row("body", tr(BODY_LABELS[action]) + (" *" if action in eq.BODY_REQUIRED else ""),
                                 QLineEdit())
        self.body.setPlaceholderText(self.tr("VD: UBND tỉnh, Sở Tài chính"))
        if action in ("approve", "deliver", "reject") and row.decided_by:
            self.body.setText(row.decided_by)
        self.note = self.add_row("note", self.tr("Số văn bản, ghi chú"), QLineEdit())
        self.quantity = self.condition = None
        if action == "deliver":
            self.quantity = self.add_row("quantity", self.tr("Số lượng nhận"), int_spin())
            self.quantity.setValue(row.needed)
            self.condition = self.add_row("condition", self.tr("Tình trạng"), vocab_combo(CONDITION, lang))
            hint = QLabel(self.tr("Số lượng nhận được cộng vào thiết bị hiện có tại địa điểm của nhu cầu."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            self.form.addRow("", hint)

    def values(self) -> dict:
        v = {"on": self.day.value(), "body": self.body.text(), "note": self.note.text()}
        if self.action == "deliver":
            v["quantity"] = self.quantity.value()
            v["condition"] = self.condition.currentData()
        return v

    def check(self, v: dict) -> dict[str, str]:
        if self.action in eq.BODY_REQUIRED and not v["body"].strip():
            return {"body": field_text("equipment.body_required")}
        if self.action == "deliver" and v["quantity"] <= 0:
            return {"quantity": field_text("equipment.delivered_zero")}
        return {}


class ItemDialog(FormDialog):
    def __init__(self, parent, lang: str, locations: list[str], row=None):
        super().__init__(self.tr("Sửa thiết bị") if row else self.tr("Thêm thiết bị hiện có"), parent)
        self.name = self.add_row("name", self.tr("Tên thiết bị *"), QLineEdit())
        self.category = self.add_row("category", self.tr("Nhóm"), vocab_combo(EQUIPMENT_CATEGORY, lang))
        self.quantity = self.add_row("quantity", self.tr("Số lượng"), int_spin())
        self.unit = self.add_row("unit", self.tr("Đơn vị tính"), QLineEdit())
        self.condition = self.add_row("condition", self.tr("Tình trạng"), vocab_combo(CONDITION, lang))
        self.location = self.add_row("location", self.tr("Địa điểm"), QComboBox())
        self.location.setEditable(True)
        self.location.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.location.addItems([""] + locations)
        self.year = self.add_row("acquisition_year", self.tr("Năm trang bị"), int_spin(date.today().year + 1))
        self.year.setMinimum(eq.FIRST_YEAR - 1)
        self.year.setSpecialValueText(self.tr("Không rõ"))
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(eq.FIRST_YEAR - 1)
        self.notes = self.add_row("notes", self.tr("Ghi chú"), plain_text(height=50))
        if row is not None:
            self.name.setText(row.name)
            set_combo_data(self.category, row.category)
            self.quantity.setValue(row.quantity)
            self.unit.setText(row.unit or "")
            set_combo_data(self.condition, row.condition)
            self.location.setEditText(row.location or "")
            self.year.setValue(row.year or eq.FIRST_YEAR - 1)
            self.notes.setPlainText(row.notes or "")

    def values(self) -> dict:
        year = self.year.value()
        return {"name": self.name.text(), "category": self.category.currentData(), "quantity": self.quantity.value(),
                "unit": self.unit.text(), "condition": self.condition.currentData(),
                "location": self.location.currentText(),
                "acquisition_year": None if year < eq.FIRST_YEAR else year, "notes": self.notes.toPlainText()}

    def check(self, v: dict) -> dict[str, str]:
        return {"name": field_text("equipment.name_required")} if not v["name"].strip() else {}


class ProblemDialog(FormDialog):
    def __init__(self, parent, lang: str, places: list[str], row=None):
        super().__init__(self.tr("Sửa khó khăn tại thôn") if row else self.tr("Thêm khó khăn tại thôn"), parent)
        self.place = self.add_row("place", self.tr("Thôn, địa điểm *"), QComboBox())
        self.place.setEditable(True)
        self.place.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.place.addItems([""] + places)
        self.place.lineEdit().setPlaceholderText(self.tr("VD: Thôn Đồng Tâm"))
        self.kind = self.add_row("kind", self.tr("Khó khăn"), vocab_combo(PROBLEM_KIND, lang))
        self.description = self.add_row("description", self.tr("Mô tả"), plain_text(height=50))
        since_box = QWidget()
        lay = QHBoxLayout(since_box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.since_known = QCheckBox(self.tr("Từ ngày"))
        self.since = DateField(date.today(), latest=date.today())
        self.since.setEnabled(False)
        self.since_known.toggled.connect(self.since.setEnabled)
        lay.addWidget(self.since_known)
        lay.addWidget(self.since)
        lay.addStretch(1)
        self.add_row("since", self.tr("Bắt đầu"), since_box)
        self.households = self.add_row("households", self.tr("Số hộ bị ảnh hưởng"), int_spin())
        self.status = self.add_row("status", self.tr("Tình trạng"), vocab_combo(PROBLEM_STATUS, lang))
        self.resolved = self.add_row("resolved_date", self.tr("Ngày khắc phục"),
                                     DateField(date.today(), latest=date.today()))
        self.notes = self.add_row("notes", self.tr("Ghi chú"), plain_text(height=50))
        self.status.currentIndexChanged.connect(self._status_changed)
        if row is not None:
            self.place.setEditText(row.place)
            set_combo_data(self.kind, row.kind)
            self.description.setPlainText(row.description or "")
            if row.since:
                self.since_known.setChecked(True)
                self.since.set_value(row.since)
            self.households.setValue(row.households or 0)
            set_combo_data(self.status, row.status)
            if row.resolved_date:
                self.resolved.set_value(row.resolved_date)
            self.notes.setPlainText(row.notes or "")
        self._status_changed()

    def _status_changed(self) -> None:
        self.resolved.setEnabled(self.status.currentData() == "resolved")

    def values(self) -> dict:
        status = self.status.currentData()
        return {"place": self.place.currentText(), "kind": self.kind.currentData(),
                "description": self.description.toPlainText(),
                "since": self.since.value() if self.since_known.isChecked() else None,
                "households": self.households.value() or None, "status": status,
                "resolved_date": self.resolved.value() if status == "resolved" else None,
                "notes": self.notes.toPlainText()}

    def check(self, v: dict) -> dict[str, str]:
        return {"place": field_text("equipment.place_required")} if not v["place"].strip() else {}


# ---------------------------------------------------------------- the chart
class CostChart(QChartView):
    """Horizontal bars: the estimated cost of the open needs by category."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(230)
        self.values: dict[str, int] = {}
        self.chart_ = QChart()
        self.chart_.setTitle(self.tr("Kinh phí nhu cầu chưa hoàn thành theo nhóm"))
        font = QFont(self.chart_.titleFont())
        font.setPointSize(10)
        font.setBold(True)
        self.chart_.setTitleFont(font)
        self.chart_.legend().hide()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.setAnimationOptions(QChart.NoAnimation)
        self.setChart(self.chart_)

    def set_values(self, values: dict[str, int], lang: str) -> None:
        """`values`: category code → cost, in the vocabulary's order (zeros included)."""
        self.values = dict(values)
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        codes = list(reversed(list(values)))  # horizontal bars are drawn bottom-up
        bars = QBarSet(self.tr("Kinh phí dự kiến"))
        bars.setColor("#2f6fb0")
        for code in codes:
            bars.append(float(values[code]))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        labels = [f"{EQUIPMENT_CATEGORY.label(c, lang)}: {short_money(values[c]) if values[c] else '0'}"
                  for c in codes]
        y = QBarCategoryAxis()
        y.append(labels)
        chart.addAxis(y, Qt.AlignLeft)
        series.attachAxis(y)
        x = QValueAxis()
        x.setRange(0, max(max(values.values(), default=0), 1) * 1.05)
        x.setLabelsVisible(False)
        x.setGridLineVisible(False)
        chart.addAxis(x, Qt.AlignBottom)
        series.attachAxis(x)
        total = sum(values.values())
        self.setToolTip("\n".join(f"{EQUIPMENT_CATEGORY.label(c, lang)}: {fmt_money(v)}" for c, v in values.items())
                        + "\n" + self.tr("Tổng: %1").replace("%1", fmt_money(total)))


# ---------------------------------------------------------------- tabs
class NeedsTab(QWidget):
    def __init__(self, page: "EquipmentPage"):
        super().__init__(page)
        self.page = page
        lang = page.ctx.lang
        self.search = search_box(self.tr("Tìm hạng mục, địa điểm, lý do…"), page.refresh)
        self.status = vocab_combo(NEED_STATUS, lang, first=(self.tr("Tất cả trạng thái"), None),
                                  extra=[(self.tr("Chưa hoàn thành"), "open")])
        self.category = vocab_combo(EQUIPMENT_CATEGORY, lang, first=(self.tr("Tất cả nhóm"), None))
        self.priority = vocab_combo(PRIORITY, lang, first=(self.tr("Mọi mức ưu tiên"), None))
        for combo in (self.status, self.category, self.priority):
            combo.currentIndexChanged.connect(page.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.search)
        for w in (self.status, self.category, self.priority):
            filters.addWidget(w)
        filters.addStretch(1)

        self.add_btn = QPushButton(self.tr("Thêm nhu cầu"))
        self.edit_btn = QPushButton(self.tr("Sửa"))
        self.delete_btn = QPushButton(self.tr("Xóa"))
        self.import_btn = QPushButton(self.tr("Nhập từ Excel…"))
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.delete_btn.clicked.connect(self.delete)
        self.import_btn.clicked.connect(lambda: import_file(page, "equipment"))
        filters.addWidget(self.import_btn)
        buttons, self.action_buttons = action_bar(
            [self.add_btn, self.edit_btn, self.delete_btn], self.tr("Chuyển trạng thái:"),
            {action: tr(label) for action, label in ACTION_BUTTONS.items()}, self.act)

        self.table = RowsTable([
            Col(self.tr("Hạng mục"), lambda r: r.item, width=170, tip=lambda r: r.justification or ""),
            Col(self.tr("Nhóm"), lambda r: EQUIPMENT_CATEGORY.label(r.category, lang), width=115),
            Col(self.tr("Địa điểm"), lambda r: r.location, width=120),
            Col(self.tr("ĐVT"), lambda r: r.unit, width=50),
            Col(self.tr("Hiện có"), lambda r: fmt_int(r.on_hand, ""), lambda r: r.on_hand or 0, RIGHT, 60),
            Col(self.tr("Cần bổ sung"), lambda r: fmt_int(r.needed), lambda r: r.needed, RIGHT, 92),
            Col(self.tr("Đơn giá dự kiến"), lambda r: fmt_int(r.unit_cost, ""), lambda r: r.unit_cost or 0, RIGHT, 118),
            Col(self.tr("Thành tiền (đồng)"), lambda r: fmt_int(r.cost), lambda r: r.cost, RIGHT, 130),
            Col(self.tr("Ưu tiên"), lambda r: PRIORITY.label(r.priority, lang),
                lambda r: ("high", "medium", "low").index(r.priority) if r.priority in PRIORITY else 9, width=80),
            Col(self.tr("Trạng thái"), lambda r: NEED_STATUS.label(r.status, lang),
                lambda r: NEED_STATUS.codes().index(r.status) if r.status in NEED_STATUS else 9, width=95),
            Col(self.tr("Ngày"), lambda r: fmt_date(r.status_date), lambda r: r.status_date or date.min, width=82),
            Col(self.tr("Cơ quan"), lambda r: r.decided_by, tip=lambda r: r.decided_by or ""),
        ])
        self.table.rows_model.muted = lambda r: r.status not in OPEN_NEED_STATUSES
        self.table.selection_changed.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.edit())

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.PlainText)
        self.history = RowsTable([
            Col(self.tr("Ngày"), lambda e: fmt_date(e.day), lambda e: e.day, width=80),
            Col(self.tr("Bước"), lambda e: NEED_ACTION.label(e.action, lang), width=100),
            Col(self.tr("Trạng thái"), lambda e: NEED_STATUS.label(e.to_status, lang) if e.to_status else "", width=95),
            Col(self.tr("Cơ quan"), lambda e: e.body, width=130, tip=lambda e: e.body or ""),
            Col(self.tr("Ghi chú"), lambda e: e.note, tip=lambda e: e.note or ""),
        ])
        self.history.setSortingEnabled(False)
        self.history.setSelectionMode(QAbstractItemView.NoSelection)
        history_box = QGroupBox(self.tr("Lịch sử trạng thái"))
        hb = QVBoxLayout(history_box)
        hb.addWidget(self.detail)
        hb.addWidget(self.history)
        self.chart = CostChart()
        bottom = QSplitter(Qt.Horizontal)
        bottom.addWidget(history_box)
        bottom.addWidget(self.chart)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([560, 680])
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.footer = QLabel()
        self.footer.setObjectName("needsFooter")

        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addLayout(buttons)
        lay.addWidget(split, 1)
        lay.addWidget(self.footer)
        self._selection_changed()

    def current_filter(self) -> eq.NeedFilter:
        return eq.NeedFilter(search=self.search.text(), status=self.status.currentData(),
                             category=self.category.currentData(), priority=self.priority.currentData())

    def load(self, s) -> None:
        keep = self.table.selected()
        rows = [need_row(n) for n in eq.list_needs(s, self.current_filter())]
        self.table.set_rows(rows, keep_id=keep.id if keep else None)
        count = len(rows)
        quantity = sum(r.needed for r in rows)
        cost = sum(r.cost for r in rows)
        open_rows = [r for r in rows if r.status in OPEN_NEED_STATUSES]
        self.footer.setText(
            self.tr("Đang hiển thị %1 nhu cầu · số lượng %2 · kinh phí dự kiến %3 · trong đó chưa hoàn thành %4: %5")
            .replace("%1", fmt_int(count)).replace("%2", fmt_int(quantity)).replace("%3", fmt_money(cost))
            .replace("%4", fmt_int(len(open_rows))).replace("%5", fmt_money(sum(r.cost for r in open_rows))))
        self.chart.set_values(eq.open_cost_by_category(s), self.page.ctx.lang)

    def _selection_changed(self) -> None:
        row = self.table.selected()
        allowed = eq.need_actions(row.status) if row else []
        for action, b in self.action_buttons.items():
            b.setEnabled(action in allowed)
        self.edit_btn.setEnabled(row is not None)
        self.delete_btn.setEnabled(row is not None and row.status != "delivered")
        if row is None:
            self.detail.setText(self.tr("Chọn một nhu cầu để xem lịch sử."))
            self.history.set_rows([])
            return
        lang = self.page.ctx.lang
        text = f"{row.item} — {NEED_STATUS.label(row.status, lang)}"
        if row.delivered:
            text += " · " + self.tr("đã nhận %1").replace("%1", fmt_int(row.delivered))
        if row.justification:
            text += "\n" + self.tr("Lý do: %1").replace("%1", row.justification)
        self.detail.setText(text)
        self.history.set_rows(row.events)

    # -- actions
    def add(self) -> NeedDialog:
        dlg = NeedDialog(self, self.page.ctx.lang, self.page.locations)
        dlg.saved.connect(self.page.select_need)
        user = self.page.ctx.user_name
        return dlg.open_saving(self.page.ctx, lambda s, v: eq.propose_need(s, **v, user=user))

    def edit(self) -> NeedDialog | None:
        row = self.table.selected()
        if row is None:
            return None
        user = self.page.ctx.user_name
        return NeedDialog(self, self.page.ctx.lang, self.page.locations, row).open_saving(
            self.page.ctx, lambda s, v: eq.update_need(s, row.id, user=user, **v))

    def delete(self) -> QMessageBox | None:
        row = self.table.selected()
        if row is None:
            return None

        def really():
            self.page.write(lambda s: eq.delete_need(s, row.id), self.tr("Xóa nhu cầu"))
        return confirm(self, self.tr("Xóa nhu cầu"), self.tr("Xóa nhu cầu “%1”?").replace("%1", row.item), really)

    def act(self, action: str) -> NeedActionDialog | None:
        row = self.table.selected()
        if row is None or action not in eq.need_actions(row.status):
            return None
        user = self.page.ctx.user_name
        return NeedActionDialog(self, self.page.ctx.lang, action, row).open_saving(
            self.page.ctx, lambda s, v: eq.transition_need(s, row.id, action, user=user, **v))


class ItemsTab(QWidget):
    def __init__(self, page: "EquipmentPage"):
        super().__init__(page)
        self.page = page
        lang = page.ctx.lang
        self.search = search_box(self.tr("Tìm tên thiết bị, địa điểm…"), page.refresh)
        self.category = vocab_combo(EQUIPMENT_CATEGORY, lang, first=(self.tr("Tất cả nhóm"), None))
        self.condition = vocab_combo(CONDITION, lang, first=(self.tr("Mọi tình trạng"), None))
        for combo in (self.category, self.condition):
            combo.currentIndexChanged.connect(page.refresh)
        self.add_btn = QPushButton(self.tr("Thêm thiết bị"))
        self.edit_btn = QPushButton(self.tr("Sửa"))
        self.delete_btn = QPushButton(self.tr("Xóa"))
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.delete_btn.clicked.connect(self.delete)
        top = QHBoxLayout()
        for w in (self.search, self.category, self.condition):
            top.addWidget(w)
        top.addStretch(1)
        for b in (self.add_btn, self.edit_btn, self.delete_btn):
            top.addWidget(b)
        self.table = RowsTable([
            Col(self.tr("Tên thiết bị"), lambda r: r.name, width=230),
            Col(self.tr("Nhóm"), lambda r: EQUIPMENT_CATEGORY.label(r.category, lang), width=140),
            Col(self.tr("Số lượng"), lambda r: fmt_int(r.quantity), lambda r: r.quantity, RIGHT, 80),
            Col(self.tr("ĐVT"), lambda r: r.unit, width=60),
            Col(self.tr("Tình trạng"), lambda r: CONDITION.label(r.condition, lang), width=110),
            Col(self.tr("Địa điểm"), lambda r: r.location, width=170),
            Col(self.tr("Năm trang bị"), lambda r: r.year, lambda r: r.year or 0, RIGHT, 95),
            Col(self.tr("Ghi chú"), lambda r: r.notes),
        ])
        self.table.rows_model.muted = lambda r: r.condition == "broken"
        self.table.selection_changed.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.footer = QLabel()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.footer)
        self._selection_changed()

    def load(self, s) -> None:
        keep = self.table.selected()
        items = eq.list_items(s, search=self.search.text(), category=self.category.currentData(),
                              condition=self.condition.currentData())
        totals = eq.items_totals(items)
        self.table.set_rows([item_row(i) for i in items], keep_id=keep.id if keep else None)
        lang = self.page.ctx.lang
        parts = " · ".join(f"{CONDITION.label(c, lang)}: {fmt_int(n)}" for c, n in totals["by_condition"].items())
        self.footer.setText(self.tr("%1 dòng · tổng số lượng %2 (%3)").replace("%1", fmt_int(totals["lines"]))
                            .replace("%2", fmt_int(totals["quantity"])).replace("%3", parts))

    def _selection_changed(self) -> None:
        has = self.table.selected() is not None
        self.edit_btn.setEnabled(has)
        self.delete_btn.setEnabled(has)

    def add(self) -> ItemDialog:
        return ItemDialog(self, self.page.ctx.lang, self.page.locations).open_saving(
            self.page.ctx, lambda s, v: eq.add_item(s, **v))

    def edit(self) -> ItemDialog | None:
        row = self.table.selected()
        if row is None:
            return None
        return ItemDialog(self, self.page.ctx.lang, self.page.locations, row).open_saving(
            self.page.ctx, lambda s, v: eq.update_item(s, row.id, **v))

    def delete(self) -> QMessageBox | None:
        row = self.table.selected()
        if row is None:
            return None
        return confirm(self, self.tr("Xóa thiết bị"), self.tr("Xóa “%1” khỏi danh sách thiết bị hiện có?")
                       .replace("%1", row.name),
                       lambda: self.page.write(lambda s: eq.delete_item(s, row.id), self.tr("Xóa thiết bị")))


class SitesTab(QWidget):
    """Site problems listed by village (no map): each village with its problems beneath it."""

    COLUMNS = (QT_TRANSLATE_NOOP("SitesTab", "Thôn / khó khăn"), QT_TRANSLATE_NOOP("SitesTab", "Mô tả"),
               QT_TRANSLATE_NOOP("SitesTab", "Từ ngày"), QT_TRANSLATE_NOOP("SitesTab", "Số hộ ảnh hưởng"),
               QT_TRANSLATE_NOOP("SitesTab", "Tình trạng"), QT_TRANSLATE_NOOP("SitesTab", "Ngày khắc phục"))

    def __init__(self, page: "EquipmentPage"):
        super().__init__(page)
        self.page = page
        lang = page.ctx.lang
        self.search = search_box(self.tr("Tìm thôn…"), page.refresh)
        self.kind = vocab_combo(PROBLEM_KIND, lang, first=(self.tr("Mọi loại khó khăn"), None))
        self.status = vocab_combo(PROBLEM_STATUS, lang, first=(self.tr("Mọi tình trạng"), None),
                                  extra=[(self.tr("Chưa khắc phục xong"), "unresolved")])
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(page.refresh)
        self.add_btn = QPushButton(self.tr("Thêm khó khăn"))
        self.edit_btn = QPushButton(self.tr("Sửa"))
        self.resolve_btn = QPushButton(self.tr("Đã khắc phục"))
        self.delete_btn = QPushButton(self.tr("Xóa"))
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.resolve_btn.clicked.connect(self.resolve)
        self.delete_btn.clicked.connect(self.delete)
        top = QHBoxLayout()
        for w in (self.search, self.kind, self.status):
            top.addWidget(w)
        top.addStretch(1)
        for b in (self.add_btn, self.edit_btn, self.resolve_btn, self.delete_btn):
            top.addWidget(b)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([QCoreApplication.translate("SitesTab", c) for c in self.COLUMNS])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { min-height: 24px; }")
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for i, w in enumerate((260, 300, 90, 120, 130, 110)):
            self.tree.setColumnWidth(i, w)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit())
        self.footer = QLabel()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.footer)
        self.rows: dict[int, SimpleNamespace] = {}
        self._selection_changed()

    def load(self, s) -> None:
        keep = self.selected()
        lang = self.page.ctx.lang
        problems = eq.list_problems(s, search=self.search.text(), kind=self.kind.currentData(),
                                    status=self.status.currentData())
        villages = eq.problems_by_village(problems)
        self.rows = {p.id: problem_row(p) for p in problems}
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for v in villages:
            summary = (self.tr("%1 khó khăn, %2 chưa khắc phục xong").replace("%2", fmt_int(v.unresolved))
                       if v.unresolved else self.tr("%1 khó khăn, đã khắc phục hết"))
            top = QTreeWidgetItem([v.place, summary.replace("%1", fmt_int(len(v.problems))),
                                   "", fmt_int(v.households) if v.households else "", "", ""])
            top.setFont(0, bold)
            top.setTextAlignment(3, Qt.AlignRight | Qt.AlignVCenter)
            top.setFlags(top.flags() & ~Qt.ItemIsSelectable)
            for p in v.problems:
                child = QTreeWidgetItem([PROBLEM_KIND.label(p.kind, lang), p.description or "", fmt_date(p.since),
                                         fmt_int(p.households, ""), PROBLEM_STATUS.label(p.status, lang),
                                         fmt_date(p.resolved_date)])
                child.setData(0, Qt.UserRole, p.id)
                child.setTextAlignment(3, Qt.AlignRight | Qt.AlignVCenter)
                child.setToolTip(1, p.description or "")
                top.addChild(child)
                if keep is not None and p.id == keep.id:
                    self.tree.setCurrentItem(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        households = sum(v.households for v in villages)
        self.footer.setText(self.tr("%1 thôn, điểm · %2 khó khăn · %3 chưa khắc phục xong · khoảng %4 hộ bị ảnh hưởng")
                            .replace("%1", fmt_int(len(villages))).replace("%2", fmt_int(len(problems)))
                            .replace("%3", fmt_int(sum(v.unresolved for v in villages)))
                            .replace("%4", fmt_int(households)))
        self._selection_changed()

    def selected(self) -> SimpleNamespace | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        pid = item.data(0, Qt.UserRole)
        return self.rows.get(pid) if pid is not None else None

    def select_id(self, pid: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, Qt.UserRole) == pid:
                    self.tree.setCurrentItem(top.child(j))
                    return

    def _selection_changed(self) -> None:
        row = self.selected()
        self.edit_btn.setEnabled(row is not None)
        self.delete_btn.setEnabled(row is not None)
        self.resolve_btn.setEnabled(row is not None and row.status != "resolved")

    def add(self) -> ProblemDialog:
        return ProblemDialog(self, self.page.ctx.lang, self.page.places).open_saving(
            self.page.ctx, lambda s, v: eq.add_problem(s, **v))

    def edit(self) -> ProblemDialog | None:
        row = self.selected()
        if row is None:
            return None
        return ProblemDialog(self, self.page.ctx.lang, self.page.places, row).open_saving(
            self.page.ctx, lambda s, v: eq.update_problem(s, row.id, **v))

    def resolve(self) -> None:
        row = self.selected()
        if row is not None:
            self.page.write(lambda s: eq.update_problem(s, row.id, status="resolved"), self.tr("Đã khắc phục"))

    def delete(self) -> QMessageBox | None:
        row = self.selected()
        if row is None:
            return None
        return confirm(self, self.tr("Xóa khó khăn"), self.tr("Xóa khó khăn tại “%1”?").replace("%1", row.place),
                       lambda: self.page.write(lambda s: eq.delete_problem(s, row.id), self.tr("Xóa khó khăn")))


# ---------------------------------------------------------------- the page
class EquipmentPage(Page):
    areas = ("equipment",)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Trang thiết bị"))
        self.locations: list[str] = []
        self.places: list[str] = []
        self.summary = QLabel()
        self.summary.setObjectName("openNeedsTotal")
        self.summary.setStyleSheet("font-size: 14px; padding: 2px 0 6px 0;")
        self.layout_.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.needs = NeedsTab(self)
        self.items = ItemsTab(self)
        self.sites = SitesTab(self)
        self.tabs.addTab(self.needs, self.tr("Nhu cầu bổ sung"))
        self.tabs.addTab(self.items, self.tr("Thiết bị hiện có"))
        self.tabs.addTab(self.sites, self.tr("Khó khăn tại thôn"))
        self.layout_.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        super().refresh()
        try:
            with self.ctx.read() as s:
                totals = eq.needs_totals(eq.list_needs(s, eq.NeedFilter(status="open")))
                self.locations = eq.need_locations(s)
                self.places = sorted({v.place for v in eq.problems_by_village(eq.list_problems(s))},
                                     key=lambda p: p.casefold())
                self.needs.load(s)
                self.items.load(s)
                self.sites.load(s)
        except CommuneDeskError as exc:
            show_error(self, self.tr("Trang thiết bị"), error_text(exc))
            return
        self.summary.setText(self.tr("Nhu cầu chưa hoàn thành: %1 · tổng kinh phí dự kiến: %2")
                             .replace("%1", fmt_int(totals["open_count"]))
                             .replace("%2", fmt_money(totals["open_estimated_cost"])))

    def write(self, fn, title: str) -> "ops.Job":
        """A short write (deletion, one-click step) on the window's writer; a refusal is shown."""
        return ops.write(self.ctx, fn, parent=self, title=title)

    def select_need(self, need_id: int) -> None:
        self.tabs.setCurrentWidget(self.needs)
        self.needs.table.select_id(need_id)

    def apply_navigation(self, options: dict) -> None:
        tab = options.get("tab")
        if tab in ("needs", "items", "sites"):
            self.tabs.setCurrentWidget(getattr(self, tab))
        if options.get("open_needs"):
            set_combo_data(self.needs.status, "open")
