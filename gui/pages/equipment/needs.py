"""Trang thiết bị → Nhu cầu bổ sung: the needs reported to the province with their status steps and
history, the open total, and the cost of the open needs by category."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from core import equipment as eq
from core.formatting import fmt_date
from gui.numbers import fmt_int, fmt_money
from core.models import Need
from core.vocab import EQUIPMENT_CATEGORY, NEED_ACTION, NEED_STATUS, OPEN_NEED_STATUSES, PRIORITY
from gui.pages.base import PageTab
from gui.pages.equipment.need_dialogs import ACTION_BUTTONS, NeedActionDialog, NeedDialog, tr
from gui.widgets.actions import action_bar, confirm, import_file, record_buttons, search_box
from gui.widgets.fields import short_money, vocab_combo
from gui.widgets.table import RIGHT, Col, RowsTable, list_and_details


def need_row(n: Need) -> SimpleNamespace:
    return SimpleNamespace(
        id=n.id, item=n.item, category=n.category, unit=n.unit, on_hand=n.quantity_on_hand,
        needed=n.quantity_needed, unit_cost=n.unit_cost, cost=eq.estimated_cost(n.quantity_needed, n.unit_cost),
        priority=n.priority, justification=n.justification, location=n.location, status=n.status,
        status_date=n.status_date, decided_by=n.decided_by, delivered=n.quantity_delivered,
        events=[SimpleNamespace(day=e.day, action=e.action, from_status=e.from_status, to_status=e.to_status,
                                body=e.body, note=e.note, user=e.user_name) for e in n.events])



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


class NeedsTab(PageTab):
    def __init__(self, page):
        super().__init__(page)
        lang = self.lang
        self.search = search_box(self.tr("Tìm hạng mục, địa điểm, lý do…"), page.refresh)
        self.status = vocab_combo(NEED_STATUS, lang, blank=self.tr("Tất cả trạng thái"),
                                  extra=[(self.tr("Chưa hoàn thành"), "open")])
        self.category = vocab_combo(EQUIPMENT_CATEGORY, lang, blank=self.tr("Tất cả nhóm"))
        self.priority = vocab_combo(PRIORITY, lang, blank=self.tr("Mọi mức ưu tiên"))
        for combo in (self.status, self.category, self.priority):
            combo.currentIndexChanged.connect(page.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.search)
        for w in (self.status, self.category, self.priority):
            filters.addWidget(w)
        filters.addStretch(1)

        self.import_btn = QPushButton(self.tr("Nhập từ Excel…"))
        self.import_btn.clicked.connect(lambda: import_file(page, "equipment"))
        filters.addWidget(self.import_btn)
        buttons, self.action_buttons = action_bar(
            record_buttons(self, add=self.tr("Thêm nhu cầu"), edit=self.tr("Sửa"), delete=self.tr("Xóa")),
            self.tr("Chuyển trạng thái:"),
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
        split = list_and_details(self.table, history_box, self.chart)
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
