"""Nhân sự → Định biên và thiếu hụt: the staffing plan with today's figures, edited in place, its
shortages highlighted, and a chart of the shortages by specialty."""
from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QSplitter,
                               QStyledItemDelegate, QVBoxLayout)

from core import staff as S
from core.formatting import fmt_date
from gui.numbers import fmt_int
from gui import ops
from gui.pages.base import PageTab
from gui.messages import form_errors
from gui.pages.staff.common import (ERROR_STYLE, SHORTAGE_BG, SHORTAGE_FG, SURPLUS_FG, StaffDialog, department_combo,
                                    sort_key)
from gui.widgets.actions import confirm
from gui.widgets.dates import DateField
from gui.widgets.fields import editable_combo
from gui.widgets.table import RIGHT, Col, RowsModel, RowsTable


def _count(value: int, shown_when_zero: bool = False) -> str:
    return fmt_int(value) if (value or shown_when_zero) else ""


class PlanModel(RowsModel):
    """The plan's rows with today's figures; the quota and the specialty are edited in place."""

    edited = Signal(int, str, object)  # plan row id, field ("quota" | "specialty"), value

    QUOTA, SPECIALTY = 2, 1
    EDITED = {QUOTA: "quota", SPECIALTY: "specialty"}

    def __init__(self, parent=None):
        edit_tip = lambda r: QCoreApplication.translate("StaffPage", "Nhấp đúp để sửa")  # noqa: E731
        red, green = QBrush(SHORTAGE_FG), QBrush(SURPLUS_FG)
        super().__init__([
            Col(self.tr("Đơn vị"), lambda r: r.department, lambda r: sort_key(r.department)),
            Col(self.tr("Chuyên môn"), lambda r: r.specialty, lambda r: sort_key(r.specialty), tip=edit_tip),
            Col(self.tr("Định biên"), lambda r: _count(r.quota, True), lambda r: r.quota, RIGHT, tip=edit_tip),
            Col(self.tr("Hiện có"), lambda r: _count(r.filled, True), lambda r: r.filled, RIGHT),
            Col(self.tr("Thiếu"), lambda r: _count(r.shortage), lambda r: r.shortage, RIGHT,
                foreground=lambda r: red if r.shortage > 0 else None),
            Col(self.tr("Thừa"), lambda r: _count(r.surplus), lambda r: r.surplus, RIGHT,
                foreground=lambda r: green if r.surplus > 0 else None),
        ], parent)

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemIsEditable if index.column() in self.EDITED else base

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.EditRole:
            return getattr(r, self.EDITED.get(index.column(), "department"))
        if role == Qt.BackgroundRole:
            return QBrush(SHORTAGE_BG) if r.shortage > 0 else None
        if role == Qt.FontRole:
            if index.column() == 4 and r.shortage > 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)

    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802 - Qt API
        if role != Qt.EditRole or not index.isValid():
            return False
        self.edited.emit(self.rows[index.row()].id, self.EDITED[index.column()], value)
        return True


class QuotaDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        if index.column() == PlanModel.QUOTA:
            spin = QSpinBox(parent)
            spin.setRange(0, 10000)
            spin.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            return spin
        return super().createEditor(parent, option, index)


class QuotaDialog(StaffDialog):
    def __init__(self, page, parent=None):
        super().__init__(QCoreApplication.translate("StaffPage", "Thêm dòng định biên"), page, parent)
        with self.ctx.read() as s:
            departments = S.list_departments(s)
            specialties = S.specialties(s)
        self.department = self.add_row("department", self.tr("Đơn vị *"),
                                       department_combo(departments, blank=self.tr("— chọn đơn vị —")))
        self.specialty = self.add_row("specialty", self.tr("Chuyên môn *"),
                                      editable_combo(specialties, placeholder=self.tr("VD: Kế toán")))
        self.quota = self.add_row("quota", self.tr("Định biên *"), QSpinBox())
        self.quota.setRange(0, 10000)
        self.setMinimumWidth(440)

    def work(self):
        department, specialty, quota = self.department.currentData(), self.specialty.currentText(), self.quota.value()
        return lambda s: S.set_quota(s, department, specialty, quota).id


class ShortageChart(QChartView):
    """Shortage by specialty on the plan's day (quota and filled beside it)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(240)
        self.chart_ = QChart()
        self.chart_.setAnimationOptions(QChart.NoAnimation)
        self.chart_.legend().setAlignment(Qt.AlignBottom)
        self.setChart(self.chart_)
        self.categories: list[str] = []
        self.values: dict[str, list[int]] = {}

    def set_figures(self, by_specialty: dict[str, S.QuotaFigures], day: date) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        items = sorted(by_specialty.items(), key=lambda kv: (-kv[1].shortage, sort_key(kv[0])))
        self.categories = [name for name, _ in items]
        self.values = {"quota": [f.quota for _, f in items], "filled": [f.filled for _, f in items],
                       "shortage": [f.shortage for _, f in items]}
        total = sum(self.values["shortage"])
        chart.setTitle(self.tr("Thiếu theo chuyên môn ngày %1 — tổng thiếu: %2").replace("%1", fmt_date(day))
                       .replace("%2", fmt_int(total)))
        if not items:
            return
        series = QBarSeries()
        for key, label, color in (("quota", self.tr("Định biên"), "#9fb3c8"),
                                  ("filled", self.tr("Hiện có"), "#3d7ab8"),
                                  ("shortage", self.tr("Thiếu"), "#c62828")):
            bar = QBarSet(label)
            bar.setColor(QColor(color))
            for v in self.values[key]:
                bar.append(v)
            series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.categories)
        chart.addAxis(x, Qt.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        top = max(max(self.values["quota"] + self.values["filled"] + [1]), 1)
        y.setRange(0, top + 1)
        y.setTickCount(min(top + 2, 6))
        y.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignLeft)
        series.attachAxis(y)


class PlanTab(PageTab):
    def __init__(self, page):
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tính đến ngày")))
        self.day = DateField(date.today())
        top.addWidget(self.day)
        top.addSpacing(16)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.RichText)
        top.addWidget(self.totals)
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("Thêm dòng…"))
        self.delete_button = QPushButton(self.tr("Xóa dòng"))
        self.import_button = QPushButton(self.tr("Nhập định biên từ Excel…"))
        for b in (self.add_button, self.delete_button, self.import_button):
            top.addWidget(b)
        lay.addLayout(top)

        split = QSplitter(Qt.Vertical, self)
        self.model = PlanModel(self)
        self.view = RowsTable(model=self.model, parent=split, editable=True)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        self.view.setItemDelegate(QuotaDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for i in range(2, 6):
            self.view.setColumnWidth(i, 100)
        self.chart = ShortageChart(split)
        split.addWidget(self.view)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        lay.addWidget(self.message)

        self.day.dateChanged.connect(lambda *_: self.reload())
        # Written after the editor has closed (the model is reset by the refresh that follows).
        self.model.edited.connect(lambda *args: QTimer.singleShot(0, lambda: self.save_cell(*args)))
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(lambda: page.import_file("staffing"))
        self.view.selection_changed.connect(self._update_buttons)
        self.figures: S.StaffingFigures | None = None
        self._update_buttons()

    def reload(self) -> None:
        day = self.day.value()
        with self.page.ctx.read() as s:
            self.figures = fig = S.staffing_figures(s, day)
        self.model.set_rows(fig.rows)
        t = fig.total
        shortage = (f"<b style='color:#b3261e'>{fmt_int(t.shortage)}</b>" if t.shortage else fmt_int(0))
        self.totals.setText(self.tr("Định biên: %1 · Hiện có: %2 · Thiếu: %3 · Thừa: %4")
                            .replace("%1", fmt_int(t.quota)).replace("%2", fmt_int(t.filled))
                            .replace("%3", shortage).replace("%4", fmt_int(t.surplus)))
        self.chart.set_figures(fig.by_specialty, day)
        self._update_buttons()

    def selected_row(self) -> S.QuotaRow | None:
        return self.view.selected()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_row() is not None)

    def save_cell(self, quota_id: int, field: str, value) -> "ops.Job":
        return ops.write(self.page.ctx, lambda s: S.update_quota(s, quota_id, **{field: value}), parent=self,
                         done=lambda _r=None: self.message.hide(), failed=self._refused)

    def _refused(self, exc) -> None:
        self.message.setText("; ".join(form_errors(exc).values()))
        self.message.show()

    def add_row(self) -> QuotaDialog:
        dlg = QuotaDialog(self.page)
        dlg.open()
        return dlg

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.confirm_box = confirm(
            self, self.tr("Xóa dòng định biên"),
            self.tr("Xóa định biên %1 — %2?").replace("%1", row.department).replace("%2", row.specialty),
            lambda: ops.write(self.page.ctx, lambda s: S.delete_quota(s, row.id), parent=self,
                              title=self.tr("Xóa dòng định biên")))
