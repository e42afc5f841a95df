"""Tổng quan: today's counters (a click opens the dossier list with that filter), this month's on-time
rate against last month's, and two charts: dossiers received by field and the on-time rate by month.
Every number comes from core.dashboard."""
from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (QAbstractBarSeries, QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QLineSeries,
                              QScatterSeries, QValueAxis, QXYSeries)
from PySide6.QtCore import QCoreApplication, QMargins, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy,
                               QStackedLayout, QTableWidgetItem, QVBoxLayout, QWidget)

from core import clock
from core.dashboard import DashboardFigures, MonthRate, dashboard_figures, handler_filter, tile_filters
from gui.icons import icon
from gui.numbers import fmt_decimal, fmt_int, fmt_rate
from gui.pages.base import Page
from gui.widgets.dates import day_words
from gui.widgets.fields import card
from gui.widgets.table import table_widget

CTX = "DashboardPage"
TILES = [
    ("received_today", QT_TRANSLATE_NOOP("DashboardPage", "Tiếp nhận hôm nay"), "#1565c0"),
    ("due_today", QT_TRANSLATE_NOOP("DashboardPage", "Đến hạn trả hôm nay"), "#6a1b9a"),
    ("overdue", QT_TRANSLATE_NOOP("DashboardPage", "Quá hạn"), "#c62828"),
    ("due_soon", QT_TRANSLATE_NOOP("DashboardPage", "Sắp đến hạn (2 ngày làm việc)"), "#ef6c00"),
    ("open", QT_TRANSLATE_NOOP("DashboardPage", "Đang giải quyết"), "#2e7d32"),
]
TOP_FIELDS = 8


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def month_label(m: MonthRate) -> str:
    return f"{m.month:02d}/{m.year}"


class Tile(QFrame):
    """A counter: a big number and what it counts; clicking it opens the list it counts."""

    clicked = Signal(str)

    def __init__(self, key: str, caption: str, color: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setCursor(Qt.PointingHandCursor)
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet(f"QFrame#tile_{key} {{ background: white; border: 1px solid #d7dee3; border-radius: 8px;"
                           f" border-top: 4px solid {color}; }}"
                           f"QFrame#tile_{key}:hover {{ background: #f5f9fc; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        self.value = QLabel("—")
        self.value.setObjectName("value")
        self.value.setStyleSheet(f"font-size: 30px; font-weight: 700; color: {color}; border: none;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #37474f; border: none;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMinimumHeight(98)

    def set_value(self, n: int) -> None:
        self.value.setText(fmt_int(n))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


def chart_title(title: str, width: int = 34) -> str:
    """A chart's title on two lines when long (QChart elides one line with "…"): broken at its last
    comma, else at the space nearest the middle."""
    if len(title) <= width:
        return title
    cut = title.rfind(", ")
    if cut > 0:
        return title[:cut + 1] + "<br>" + title[cut + 2:]
    middle = len(title) // 2
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    if not spaces:
        return title
    cut = min(spaces, key=lambda i: abs(i - middle))
    return title[:cut] + "<br>" + title[cut + 1:]


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(chart_title(title))
    font = QFont()
    font.setPointSize(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(6)
    chart.setLocalizeNumbers(True)  # 97,4 in Vietnamese, 97.4 in English (QLocale.setDefault)
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(260)
    return chart, view


class DashboardPage(Page):
    areas = ("dossiers", "staff", "settings")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.set_heading(QCoreApplication.translate("Navigation", "Tổng quan"))
        self.figures: DashboardFigures | None = None
        self.today_label = QLabel()
        self.today_label.setStyleSheet("color: #455a64; font-size: 14px;")
        self.layout_.removeWidget(self.heading)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.today_label)
        # The month just ended, printed from here: the Báo cáo page's own preview of its return.
        self.print_month = QPushButton(icon("print"), "")
        self.print_month.setObjectName("printLastMonth")
        self.print_month.clicked.connect(self.print_last_month)
        head.addSpacing(12)
        head.addWidget(self.print_month)
        self.layout_.insertLayout(0, head)
        self._show_print_month()

        tiles = QHBoxLayout()
        self.tiles: dict[str, Tile] = {}
        for key, caption, color in TILES:
            tile = Tile(key, tr(caption), color)
            tile.clicked.connect(self.open_list)
            tile.setToolTip(tr("Bấm để xem danh sách hồ sơ"))
            tiles.addWidget(tile)
            self.tiles[key] = tile
        self.layout_.addLayout(tiles)

        rate = card("rateCard")
        grid = QGridLayout(rate)
        grid.setContentsMargins(16, 10, 16, 10)
        self.rate_title = QLabel()
        self.rate_title.setStyleSheet("color: #37474f; border: none; font-size: 14px;")
        self.rate_value = QLabel("—")
        self.rate_value.setObjectName("rateValue")
        self.rate_value.setStyleSheet("font-size: 30px; font-weight: 700; color: #0d47a1; border: none;")
        self.rate_detail = QLabel()
        self.rate_detail.setStyleSheet("color: #455a64; border: none;")
        self.rate_compare = QLabel()
        self.rate_compare.setObjectName("rateCompare")
        self.rate_compare.setStyleSheet("font-size: 15px; border: none;")
        self.rate_compare.setTextFormat(Qt.RichText)
        grid.addWidget(self.rate_title, 0, 0)
        grid.addWidget(self.rate_value, 1, 0)
        grid.addWidget(self.rate_detail, 2, 0)
        grid.addWidget(self.rate_compare, 1, 1, 2, 1, Qt.AlignRight | Qt.AlignVCenter)
        self.layout_.addWidget(rate)

        charts = QHBoxLayout()
        self.field_chart, self.field_view = _chart(tr("Hồ sơ tiếp nhận theo lĩnh vực, 12 tháng gần đây"))
        self.rate_chart, self.rate_view = _chart(tr("Tỷ lệ giải quyết đúng hạn theo tháng (%)"))
        # An empty register: no bars, no axes, a sentence over the empty chart.
        self.field_empty = QLabel(tr("Chưa có hồ sơ nào trong 12 tháng gần đây"))
        self.field_empty.setAlignment(Qt.AlignCenter)
        self.field_empty.setWordWrap(True)
        self.field_empty.setStyleSheet("color: #607d8b; background: transparent; border: none;")
        self.field_empty.setAttribute(Qt.WA_TransparentForMouseEvents)
        field_box = QWidget()
        stack = QStackedLayout(field_box)
        stack.setStackingMode(QStackedLayout.StackAll)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.field_empty)
        stack.addWidget(self.field_view)
        self.field_empty.raise_()
        charts.addWidget(field_box, 1)
        charts.addWidget(self.rate_view, 1)
        charts.addWidget(self._handler_panel(), 0)
        self.layout_.addLayout(charts, 1)
        note = QLabel(tr("Tỷ lệ đúng hạn = (hồ sơ giải quyết trước hạn + đúng hạn) ÷ hồ sơ đã giải quyết trong tháng, "
                         "như trong báo cáo định kỳ. Quá hạn: đang xử lý và đã qua hạn trả; hồ sơ chờ bổ sung "
                         "tạm dừng tính hạn."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #607d8b;")
        self.layout_.addWidget(note)

    def _handler_panel(self) -> QFrame:
        """Each handler's open and overdue dossiers; a double-click opens that handler's open dossiers."""
        panel = card("handlerCard")
        box = QVBoxLayout(panel)
        title = QLabel(tr("Hồ sơ đang giải quyết theo cán bộ"))
        title.setStyleSheet("font-weight: 600; color: #37474f; border: none;")
        box.addWidget(title)
        self.handlers = table_widget([tr("Cán bộ xử lý"), tr("Số hồ sơ"), tr("Quá hạn")])
        self.handlers.setObjectName("handlerTable")
        self.handlers.setToolTip(tr("Nhấp đúp để xem hồ sơ của cán bộ"))
        header = self.handlers.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.handlers.cellDoubleClicked.connect(self._open_handler)
        box.addWidget(self.handlers)
        panel.setMinimumWidth(290)
        panel.setMaximumWidth(330)
        return panel

    def _show_handlers(self, f: DashboardFigures) -> None:
        self.handlers.setRowCount(len(f.handlers))
        for row, load in enumerate(f.handlers):
            name = QTableWidgetItem(load.name or tr("(chưa giao cán bộ)"))
            opened = QTableWidgetItem(fmt_int(load.open))
            late = QTableWidgetItem(fmt_int(load.overdue))
            for item in (opened, late):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            if load.overdue:
                late.setForeground(QColor("#c62828"))
                late.setFont(QFont(late.font().family(), -1, QFont.Bold))
            name.setToolTip(name.text())  # in full even where the panel is narrow
            for col, item in enumerate((name, opened, late)):
                self.handlers.setItem(row, col, item)
        # The panel as wide as the longest name needs (within reason): names are not cut.
        metrics = self.handlers.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.handlers.item(r, 0).text())
                       for r in range(self.handlers.rowCount())), default=0)
        numbers = sum(self.handlers.horizontalHeader().sectionSizeHint(c) for c in (1, 2))
        panel = self.handlers.parentWidget()
        panel.setMaximumWidth(max(330, min(460, longest + numbers + 64)))
        panel.setMinimumWidth(min(panel.maximumWidth(), max(290, longest + numbers + 64)))

    def _open_handler(self, row: int, _col: int) -> None:
        if self.figures and 0 <= row < len(self.figures.handlers):
            self.ctx.navigate.emit("dossiers", handler_filter(self.figures.handlers[row]))

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        super().refresh()
        with self.ctx.read() as s:
            self.figures = f = dashboard_figures(s)
        self.today_label.setText(day_words(f.today))
        self._show_print_month()
        for key, tile in self.tiles.items():
            tile.set_value(getattr(f, key))
        overdue = self.tiles["overdue"]
        overdue.setToolTip(tr("Bấm để xem danh sách hồ sơ") if f.overdue else tr("Không có hồ sơ quá hạn"))
        self._show_rates(f)
        self._show_fields(f)
        self._show_months(f)
        self._show_handlers(f)

    def _show_rates(self, f: DashboardFigures) -> None:
        this, last = f.this_month, f.last_month
        self.rate_title.setText(tr("Tỷ lệ giải quyết đúng hạn tháng {month}").format(month=month_label(this)))
        self.rate_value.setText(fmt_rate(this.rate))
        self.rate_detail.setText(tr("{ok} / {done} hồ sơ đã giải quyết trước hạn hoặc đúng hạn").format(
            ok=fmt_int(this.on_time), done=fmt_int(this.completed)))
        text = tr("Tháng {month}: {rate}").format(month=month_label(last), rate=fmt_rate(last.rate))
        if this.rate is not None and last.rate is not None:
            diff = round(this.rate - last.rate, 2)
            if diff > 0:
                arrow, color = "▲", "#2e7d32"
            elif diff < 0:
                arrow, color = "▼", "#c62828"
            else:
                arrow, color = "=", "#455a64"
            text += f"<br><span style='color:{color}; font-weight:600'>{arrow} " + \
                tr("{diff} điểm phần trăm so với tháng trước").format(diff=fmt_decimal(abs(diff))) + "</span>"
        self.rate_compare.setText(text)

    def _show_fields(self, f: DashboardFigures) -> None:
        chart = self.field_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        rows = list(f.by_field)
        if len(rows) > TOP_FIELDS:
            rows = rows[:TOP_FIELDS - 1] + [(tr("Khác"), sum(n for _, n in rows[TOP_FIELDS - 1:]))]
        rows.reverse()  # the largest at the top
        self.field_empty.setVisible(not rows)
        if not rows:
            return
        bars = QBarSet(tr("Hồ sơ"))
        bars.setColor(QColor("#1e88e5"))
        bars.setLabelColor(QColor("#263238"))
        for _name, n in rows:
            bars.append(n)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name for name, _ in rows])
        values = QValueAxis()
        top = max([n for _, n in rows] + [5])
        values.setRange(0, top * 1.15)
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f")
        chart.addAxis(categories, Qt.AlignLeft)
        chart.addAxis(values, Qt.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _show_months(self, f: DashboardFigures) -> None:
        chart = self.rate_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        line = QLineSeries()
        pen = QPen(QColor("#2e7d32"))
        pen.setWidth(3)
        line.setPen(pen)
        points = QScatterSeries()
        points.setMarkerSize(9)
        points.setColor(QColor("#2e7d32"))
        points.setBorderColor(QColor("#ffffff"))
        rates = []
        for x, m in enumerate(f.months):
            if m.rate is not None:
                line.append(x, m.rate)
                points.append(x, m.rate)
                rates.append(m.rate)
        points.setPointLabelsVisible(True)
        points.setPointLabelsClipping(False)
        small_labels = QFont()
        small_labels.setPointSize(7)
        points.setPointLabelsFont(small_labels)
        # Every label with one decimal (never 95,1 beside 92,49), in the window's number style.
        for i, rate in enumerate(rates):
            points.setPointConfiguration(i, {QXYSeries.PointConfiguration.LabelFormat: fmt_decimal(rate, 1)})
        self.rate_labels = [fmt_decimal(rate, 1) for rate in rates]
        chart.addSeries(line)
        chart.addSeries(points)
        months = QBarCategoryAxis()
        months.append([str(m.month) for m in f.months])
        small = QFont()
        small.setPointSize(8)
        months.setLabelsFont(small)
        values = QValueAxis()
        low = max(0, (int(min(rates)) // 10) * 10 - 10) if rates else 0
        values.setRange(low, 100)
        values.setTickCount((100 - low) // 10 + 1)
        values.setLabelFormat("%.0f")
        if f.months:
            chart.setTitle(chart_title(tr("Tỷ lệ đúng hạn theo tháng (%), {first} – {last}").format(
                first=month_label(f.months[0]), last=month_label(f.months[-1]))))
        chart.addAxis(months, Qt.AlignBottom)
        chart.addAxis(values, Qt.AlignLeft)
        for s in (line, points):
            s.attachAxis(months)
            s.attachAxis(values)

    # ------------------------------------------------------------------ last month's return
    def last_month(self):
        """The calendar month before today's (core.clock), as a return period."""
        from core.returns import Period

        today = clock.today()
        return Period.month(today.year - (today.month == 1), (today.month - 2) % 12 + 1)

    def _show_print_month(self) -> None:
        period = self.last_month()
        self.print_month.setText(tr("In báo cáo tháng {month}").format(month=f"{period.end:%m/%Y}"))
        self.print_month.setToolTip(tr("Xem trước và in báo cáo tháng trước (trang Báo cáo)"))

    def print_last_month(self, _checked=False) -> None:
        """Open the Báo cáo page on last month and its print preview."""
        self.ctx.navigate.emit("reports", {"period": self.last_month(), "print": True})

    def open_list(self, key: str) -> None:
        today = self.figures.today if self.figures else date.today()
        self.ctx.navigate.emit("dossiers", tile_filters(today)[key])
