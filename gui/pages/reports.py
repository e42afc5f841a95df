"""Báo cáo: the monthly return. Pick a period (calendar month, the 15th-to-14th legal period, any
range), see its figures (form II.06a by field, the key rates), write the Excel workbook, the PDF and
the JSON in the background with progress and Cancel; finalise, sign and package it (leaders,
gui.dialogs.signing); check a return package or a signed PDF ("Kiểm tra gói báo cáo…"); and, on the
second tab, consolidate communes' signed packages or return workbooks against the trusted roots, with
the province's list of communes, and see their ranking and who has not reported. Every figure comes
from `core.returns`; the files from `core.exports`, `core.submission` and `core.consolidate`."""
from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFrame, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QMenu,
                               QPushButton, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from core import clock
from core.errors import CommuneDeskError
from core.formatting import fmt_date
from gui.numbers import fmt_decimal, fmt_int, fmt_rate
from gui import ops
from gui.messages import error_text, say
from gui.pages.base import Page
from gui.widgets.actions import ask_file, ask_files
from gui.widgets.dates import DateField

RIGHT = Qt.AlignRight | Qt.AlignVCenter
HEADER_ROWS = 4  # the form's three header rows and its row of column numbers
HEADER_BRUSH = QBrush(QColor("#e8eef3"))
# The words of the form's header (core.exports.model.FORM_HEADER), for the window's translation
# (tests/gui/test_reports_page.py checks that every one of the header's texts is here).
FORM_HEADER_WORDS = (
    QT_TRANSLATE_NOOP("ReportsPage", "STT"), QT_TRANSLATE_NOOP("ReportsPage", "Lĩnh vực, công việc giải quyết theo cấp"),
    QT_TRANSLATE_NOOP("ReportsPage", "Số hồ sơ nhận giải quyết"), QT_TRANSLATE_NOOP("ReportsPage", "Tổng số"),
    QT_TRANSLATE_NOOP("ReportsPage", "Trong kỳ"), QT_TRANSLATE_NOOP("ReportsPage", "Trực tuyến"),
    QT_TRANSLATE_NOOP("ReportsPage", "Trực tiếp, dịch vụ bưu chính"), QT_TRANSLATE_NOOP("ReportsPage", "Từ kỳ trước"),
    QT_TRANSLATE_NOOP("ReportsPage", "Số hồ sơ đã giải quyết"), QT_TRANSLATE_NOOP("ReportsPage", "Trước hạn"),
    QT_TRANSLATE_NOOP("ReportsPage", "Đúng hạn"), QT_TRANSLATE_NOOP("ReportsPage", "Quá hạn"),
    QT_TRANSLATE_NOOP("ReportsPage", "Số hồ sơ đang giải quyết"), QT_TRANSLATE_NOOP("ReportsPage", "Trong hạn"),
)


def _slug(text: str) -> str:
    """"Xã Thượng Tín" → "Xa_Thuong_Tin" for a default file name."""
    from core.formatting import file_slug

    return file_slug(text)


def return_options(session, data, user, typed: dict[str, str]):
    """The document's options: the office's defaults, then what the clerk typed on the page."""
    from core.exports import ReturnOptions

    opts = ReturnOptions.from_session(session, data, user)
    for key, value in typed.items():
        setattr(opts, key, value)
    return opts


class ReportsPage(Page):
    areas = ("dossiers", "staff", "equipment", "recommendations", "tasks", "training", "settings", "commune")

    KIND_MONTH, KIND_LEGAL, KIND_RANGE = 0, 1, 2

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Báo cáo"))
        self.data: dict | None = None
        self.problem: str | None = None  # why there are no figures (a period not begun)
        self.period = None
        self.last_written: list[Path] = []
        self.operation = None
        self.consolidated: dict | None = None
        self.consolidated_from: list[str] = []  # the files and folders consolidated, and the list of communes
        self.tabs = QTabWidget(self)
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.addTab(self._return_tab(), self.tr("Báo cáo của xã, phường"))
        self.tabs.addTab(self._consolidation_tab(), self.tr("Tổng hợp nhiều xã, phường"))

    # ================================================================ the commune's return
    def _return_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)

        picker = QGroupBox(self.tr("Kỳ báo cáo"), tab)
        grid = QGridLayout(picker)
        self.kind = QComboBox(picker)
        self.kind.addItems([self.tr("Tháng (dương lịch)"),
                            self.tr("Kỳ chốt số liệu: ngày 15 tháng trước đến ngày 14 (NĐ 09/2019)"),
                            self.tr("Khoảng thời gian tùy chọn")])
        today = clock.today()
        # Early in a month the clerk reports the month just ended; later, the current one.
        default = date(today.year, today.month, 1) if today.day > 10 else \
            date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
        self.month = QComboBox(picker)
        self.month.addItems([self.tr("Tháng %1").replace("%1", str(m)) for m in range(1, 13)])
        self.month.setCurrentIndex(default.month - 1)
        self.year = QSpinBox(picker)
        self.year.setRange(2000, 2100)
        self.year.setValue(default.year)
        self.start = DateField(default, picker)
        self.end = DateField(today, picker)
        self.period_label = QLabel(picker)
        self.period_label.setStyleSheet("color: #37474f;")
        self.month_label = QLabel(self.tr("Tháng:"))
        self.range_label = QLabel(self.tr("Từ ngày / đến ngày:"))
        grid.addWidget(QLabel(self.tr("Loại kỳ:")), 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.month_label, 0, 2)
        grid.addWidget(self.month, 0, 3)
        grid.addWidget(self.year, 0, 4)
        grid.addWidget(self.range_label, 0, 5)
        grid.addWidget(self.start, 0, 6)
        grid.addWidget(self.end, 0, 7)
        grid.addWidget(self.period_label, 0, 8)
        grid.setColumnStretch(9, 1)
        box.addWidget(picker)

        # A period still running: its figures are today's, and it cannot be finalised yet.
        self.running_label = QLabel(tab)
        self.running_label.setWordWrap(True)
        self.running_label.setStyleSheet("color: #8a4b00; background: #fff4e0; padding: 4px 6px;")
        self.running_label.setVisible(False)
        box.addWidget(self.running_label)
        self.summary = QLabel(tab)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        box.addWidget(self.summary)
        # A finalised period shows (and prints) the figures as submitted; the live ones on request.
        self.live = QCheckBox(self.tr("Xem số liệu hiện tại (không phải số liệu đã chốt)"), tab)
        self.live.setVisible(False)
        self.live.toggled.connect(self._period_changed)
        box.addWidget(self.live)

        # The form and the 766 estimate side by side in tabs: on a 1366×768 screen the form keeps the
        # height to show its rows (the estimate's paragraphs below it left room for one).
        self.figures = QTabWidget(tab)
        self.figures.setObjectName("reportFigures")
        self.preview = QTableWidget(0, 13, self.figures)
        self.preview.setObjectName("formPreview")
        self.preview.horizontalHeader().setVisible(False)  # the form's own two-level header is drawn in its rows
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.NoSelection)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.setWordWrap(True)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setMinimumSectionSize(40)
        for c in range(2, 13):
            self.preview.setColumnWidth(c, 78)
        self.preview.setColumnWidth(0, 40)
        self.preview.setToolTip(self.tr("Biểu số II.06a/VPCP/KSTT: cột (3) đến (13)"))
        self.figures.addTab(self.preview, self.tr("Biểu II.06a"))
        index_page = QScrollArea(self.figures)
        index_page.setWidgetResizable(True)
        index_page.setFrameShape(QFrame.NoFrame)
        self.index_label = QLabel(index_page)
        self.index_label.setWordWrap(True)
        self.index_label.setTextFormat(Qt.RichText)
        self.index_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.index_label.setContentsMargins(8, 8, 8, 8)
        self.index_label.setStyleSheet("color: #37474f;")
        index_page.setWidget(self.index_label)
        self.figures.addTab(index_page, self.tr("Chỉ số 766 (ước tính nội bộ)"))
        box.addWidget(self.figures, 1)

        options = QGroupBox(self.tr("Văn bản"), tab)
        form = QHBoxLayout(options)
        self.doc_number = QLineEdit(options)
        self.doc_number.setPlaceholderText(self.tr("15/BC-UBND (trống: ghi tay)"))
        self.made_by = QLineEdit(options)
        self.signer = QLineEdit(options)
        self.signer.setPlaceholderText(self.tr("trống: ghi tay khi ký"))
        for w in (self.doc_number, self.signer):  # the whole hint shows, in either language
            w.setToolTip(w.placeholderText())
            w.setMinimumWidth(w.fontMetrics().horizontalAdvance(w.placeholderText()) + 20)
        for label, w in ((self.tr("Số:"), self.doc_number), (self.tr("Người lập:"), self.made_by),
                         (self.tr("Chủ tịch ký:"), self.signer)):
            form.addWidget(QLabel(label))
            form.addWidget(w, 1)
        box.addWidget(options)

        row = QHBoxLayout()
        from gui.icons import icon

        self.btn_print = QPushButton(icon("print"), self.tr("In báo cáo…"), tab)
        self.btn_print.setObjectName("printReturn")
        self.btn_print.setToolTip(self.tr("Xem trước và in báo cáo của kỳ đã chọn (Ctrl+P)"))
        self.btn_xlsx = QPushButton(self.tr("Xuất Excel…"), tab)
        self.btn_pdf = QPushButton(self.tr("Xuất PDF…"), tab)
        # What only another program reads goes under "Khác", out of the clerk's way.
        self.btn_more = QToolButton(tab)
        self.btn_more.setObjectName("moreExports")
        self.btn_more.setText(self.tr("Khác") + " ▾")
        self.btn_more.setPopupMode(QToolButton.InstantPopup)
        self.btn_more.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.more_menu = QMenu(self.btn_more)
        self.act_json = self.more_menu.addAction(self.tr("Xuất dữ liệu JSON (cho phần mềm khác)…"))
        self.act_json.triggered.connect(lambda: self.ask_export("json"))
        self.btn_more.setMenu(self.more_menu)
        self.btn_open = QPushButton(self.tr("Mở tệp vừa lưu"), tab)
        self.btn_open.setEnabled(False)
        self.btn_assessment = QPushButton(self.tr("Đánh giá, phương hướng, kiến nghị…"), tab)
        self.btn_assessment.setToolTip(self.tr("Phần lời của báo cáo sau các bảng số liệu: kết quả đạt được; tồn tại, "
                                               "hạn chế; nguyên nhân; phương hướng, nhiệm vụ; kiến nghị, đề xuất"))
        row.addWidget(self.btn_assessment)
        self.btn_verify = QPushButton(self.tr("Kiểm tra gói báo cáo…"), tab)
        self.btn_verify.setToolTip(self.tr("Kiểm tra chữ ký số của gói báo cáo (.cdpkg) hoặc tệp PDF đã ký"))
        for b in (self.btn_print, self.btn_xlsx, self.btn_pdf, self.btn_more):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.btn_verify)
        row.addWidget(self.btn_open)
        box.addLayout(row)

        self.status = QLabel(tab)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box.addWidget(self.status)
        from gui.dialogs.finalise import FinalisedBox  # issue 7: finalised returns

        self.finalised = FinalisedBox(self.ctx, tab)
        box.addWidget(self.finalised)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for w in (self.month, self.kind):
            w.currentIndexChanged.connect(self._period_changed)
        self.year.valueChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self._period_changed)
        self.end.dateChanged.connect(self._period_changed)
        self.btn_xlsx.clicked.connect(lambda: self.ask_export("xlsx"))
        self.btn_pdf.clicked.connect(lambda: self.ask_export("pdf"))
        self.btn_print.clicked.connect(self.print_return)
        self.btn_open.clicked.connect(self._open_last)
        self.btn_assessment.clicked.connect(self.edit_assessment)
        self.btn_verify.clicked.connect(lambda: self.ask_verify())
        self.finalised.signed.connect(self._package_written)
        self._kind_changed()
        return tab

    def _kind_changed(self, *_):
        ranged = self.kind.currentIndex() == self.KIND_RANGE
        for w in (self.month, self.year, self.month_label):
            w.setVisible(not ranged)
        for w in (self.start, self.end, self.range_label):
            w.setVisible(ranged)

    def selected_period(self):
        from core.returns import Period

        k = self.kind.currentIndex()
        y, m = self.year.value(), self.month.currentIndex() + 1
        if k == self.KIND_MONTH:
            return Period.month(y, m)
        if k == self.KIND_LEGAL:
            return Period.legal(y, m)
        return Period(self.start.value(), self.end.value())

    def set_period(self, period) -> None:
        """Show `period` in the picker (a month, a legal period, or a range)."""
        from core.returns import Period

        for w in (self.kind, self.month, self.year, self.start, self.end):
            w.blockSignals(True)
        try:
            if period == Period.month(period.end.year, period.end.month):
                self.kind.setCurrentIndex(self.KIND_MONTH)
            elif period == Period.legal(period.end.year, period.end.month):
                self.kind.setCurrentIndex(self.KIND_LEGAL)
            else:
                self.kind.setCurrentIndex(self.KIND_RANGE)
            self.month.setCurrentIndex(period.end.month - 1)
            self.year.setValue(period.end.year)
            self.start.set_value(period.start)
            self.end.set_value(period.end)
        finally:
            for w in (self.kind, self.month, self.year, self.start, self.end):
                w.blockSignals(False)
        self._kind_changed()
        self.refresh()

    def _period_changed(self, *_):
        # What was saved belongs to the period it was saved for.
        self.last_written = []
        self.btn_open.setEnabled(False)
        self.status.setText("")
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        from core.finalise import return_data

        self.problem = None
        try:
            period = self.selected_period()
        except CommuneDeskError as exc:
            self.period, self.data = None, None
            self.period_label.setText(error_text(exc))
            self.running_label.setVisible(False)
            self._show_preview()
            return
        self.period = period
        self.period_label.setText(self.tr("Từ ngày %1 đến ngày %2").replace("%1", fmt_date(period.start))
                                  .replace("%2", fmt_date(period.end)))
        self._show_running(period)
        try:
            with self.ctx.read() as s:
                shown = return_data(s, period, live=self.live.isChecked())
                self.data = shown.data
                self.live.setVisible(shown.finalised is not None)
                if not self.made_by.text():
                    from core.exports import ReturnOptions

                    opts = ReturnOptions.from_session(s, self.data, self.ctx.user_name)
                    self.made_by.setText(opts.made_by or "")
                    if not self.signer.text():
                        self.signer.setText(opts.signer_name or "")
                    if not self.doc_number.text() and opts.doc_number and not opts.doc_number.startswith("…"):
                        self.doc_number.setText(opts.doc_number)
        except CommuneDeskError as exc:
            self.data = None
            self.problem = error_text(exc)  # e.g. a period not begun: said in place of the figures
            self.live.setVisible(False)
        self.finalised.show_period(period, self.data)
        self._show_preview()

    def _show_header(self) -> None:
        """The form's header as it is printed (core.exports.model.FORM_HEADER): three rows of merged
        cells, then the row of column numbers (1)…(13)."""
        from core.exports.model import FORM_HEADER

        table = self.preview
        bold = QFont()
        bold.setBold(True)

        def cell(r: int, c: int, text: str) -> None:
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignCenter)
            item.setFont(bold)
            item.setBackground(HEADER_BRUSH)
            item.setToolTip(text)
            table.setItem(r, c, item)

        for r0, c0, r1, c1, text in FORM_HEADER:
            cell(r0, c0, self.tr(text))
            if (r0, c0) != (r1, c1):
                table.setSpan(r0, c0, r1 - r0 + 1, c1 - c0 + 1)
        for c in range(13):
            cell(HEADER_ROWS - 1, c, f"({c + 1})")
        for r in (1, 2):  # tall enough for the wrapped titles ("Trực tiếp, dịch vụ bưu chính")
            table.resizeRowToContents(r)
            table.setRowHeight(r, max(36, table.rowHeight(r)))

    def _show_running(self, period) -> None:
        """The warning of a period still running (or not begun) on the clock's today."""
        today = clock.today()
        if period.start > today or not period.running(today):
            self.running_label.setVisible(False)
            return
        self.running_label.setText(
            self.tr("Kỳ báo cáo chưa kết thúc (đến ngày %1): số liệu tính đến hôm nay, ngày %2. Hồ sơ chưa đến hạn "
                    "không bị tính quá hạn; số liệu còn thay đổi đến hết kỳ. Chỉ chốt được báo cáo từ ngày %3.")
            .replace("%1", fmt_date(period.end)).replace("%2", fmt_date(today))
            .replace("%3", fmt_date(period.end + timedelta(days=1))))
        self.running_label.setVisible(True)

    def _show_preview(self) -> None:
        from core.exports.model import form_checks, form_rows, form_values
        from core.returns import index_of

        table = self.preview
        table.clearSpans()
        table.setRowCount(0)
        enabled = self.data is not None
        for b in (self.btn_print, self.btn_xlsx, self.btn_pdf, self.btn_more, self.btn_assessment):
            b.setEnabled(enabled)
        if not enabled:
            self.summary.setText(self.problem or "")
            self.index_label.setText("")
            return
        d = self.data["dossiers"]
        rows = form_rows(d["by_field"])
        bold = QFont()
        bold.setBold(True)
        rows.append(["", self.tr("Tổng cộng"), *form_values(d["total"])])
        table.setRowCount(HEADER_ROWS + len(rows))
        self._show_header()
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                text = fmt_int(v) if isinstance(v, int) else str(v)
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setTextAlignment(RIGHT if c >= 2 else Qt.AlignCenter)
                else:
                    item.setToolTip(text)  # a long field's name, cut to the column
                if r == len(rows) - 1:
                    item.setFont(bold)
                table.setItem(HEADER_ROWS + r, c, item)
        t = d["total"]
        values = form_values(t)
        ok = all(passed for _, passed in form_checks(values))
        rate = fmt_rate(t["on_time_rate"]) if t["on_time_rate"] is not None else self.tr("chưa có hồ sơ đã giải quyết")
        # The sentence names the form's own columns: (3) = (4) + (5) + (6), (7), (11), (13).
        self.summary.setText(
            self.tr("<b>%1</b>, kỳ %2: nhận giải quyết <b>%3</b> hồ sơ (tiếp nhận trong kỳ %4, trong đó trực tuyến "
                    "%5; từ kỳ trước chuyển sang %6); đã giải quyết <b>%7</b>, tỷ lệ trước hạn, đúng hạn <b>%8</b>; "
                    "đang giải quyết %9, trong đó quá hạn <b>%10</b>.")
            .replace("%10", fmt_int(values[10]))
            .replace("%1", self.data.get("commune") or "")
            .replace("%2", f"{fmt_date(self.period.start)} – {fmt_date(self.period.end)}")
            .replace("%3", fmt_int(values[0])).replace("%4", fmt_int(values[1] + values[2]))
            .replace("%5", fmt_int(values[1])).replace("%6", fmt_int(values[3]))
            .replace("%7", fmt_int(values[4])).replace("%8", rate).replace("%9", fmt_int(values[8]))
            + " " + (self.tr("Kiểm tra số học của biểu: đạt.") if ok else self.tr("Kiểm tra số học của biểu: SAI.")))
        lines = []
        for e in index_of(d):
            code = e["code"]
            value = fmt_rate(e["rate"]) if e["rate"] is not None else say("index766.no_data")
            if e["points"] is not None:
                value += self.tr(" (%1 điểm)").replace("%1", fmt_decimal(e["points"]))
            lines.append(f"<b>{code}</b> {html.escape(say(f'index766.{code}'))}: <b>{html.escape(value)}</b> — "
                         f"{html.escape(say(f'index766.{code}.measures'))}")
        self.index_label.setText(self.tr("Chỉ số 766, ước tính nội bộ (không thay thế số liệu Cổng Dịch vụ công "
                                         "quốc gia):") + "<br>" + "<br>".join(lines))

    # ---------------------------------------------------------------- writing the files
    def default_name(self, kind: str) -> str:
        from core.returns import Period

        p = self.period
        commune = _slug((self.data or {}).get("commune") or "")
        monthly = p in (Period.month(p.end.year, p.end.month), Period.legal(p.end.year, p.end.month))
        span = f"{p.end:%Y-%m}" if monthly else f"{p.start:%Y%m%d}-{p.end:%Y%m%d}"
        return f"BaoCao_{commune}_{span}.{kind}"

    FILTERS = {"xlsx": QT_TRANSLATE_NOOP("ReportsPage", "Sổ Excel (*.xlsx)"),
               "pdf": QT_TRANSLATE_NOOP("ReportsPage", "Tệp PDF (*.pdf)"),
               "json": QT_TRANSLATE_NOOP("ReportsPage", "Tệp JSON (*.json)")}

    def ask_export(self, kind: str):
        """Ask where to save the return as `kind` (in the reports folder), then write it."""
        if self.data is None:
            return None
        self.save_dialog = ask_file(self, self.tr("Lưu báo cáo"), None, self.tr(self.FILTERS[kind]),
                                    lambda path: self.export(kind, path), save=True, suffix=kind,
                                    name=self.default_name(kind), kind="reports", db=self.ctx.db)
        return self.save_dialog

    def apply_navigation(self, options: dict) -> None:
        """Open on a period (`period`), and print its return (`print`: the dashboard's button)."""
        if options.get("period") is not None:
            self.tabs.setCurrentIndex(0)
            self.set_period(options["period"])
        if options.get("print"):
            self.print_return()

    def print_return(self):
        """Write the selected period's PDF into the reports folder, then open its print preview."""
        from gui.desktop import folder_for

        if self.data is None or self.period is None:
            return None
        path = str(folder_for("reports") / self.default_name("pdf"))
        return self.export("pdf", path, then=self._preview_written)

    def print_current(self):
        """Ctrl+P from the window's menu: the return of the period chosen."""
        return self.print_return()

    def _preview_written(self, paths) -> None:
        from gui.printing import preview_pdf

        self._written(paths, tell=False)
        self.print_preview = preview_pdf(self, paths[0], self.tr("In báo cáo: %1").replace("%1", paths[0].name))

    def typed_options(self) -> dict[str, str]:
        """What the clerk typed for the document (read here, on the GUI thread, before the work starts)."""
        typed = {"doc_number": self.doc_number.text().strip(), "made_by": self.made_by.text().strip(),
                 "signer_name": self.signer.text().strip()}
        return {k: v for k, v in typed.items() if v}

    def export(self, kind: str, path: str, then=None):
        """Write the return of the selected period as `kind` (xlsx, pdf, json) in the background;
        then say where it is (or call `then(paths)`)."""
        if not path.lower().endswith("." + kind):
            path += "." + kind
        period = self.selected_period()
        db, user, typed, live = self.ctx.db, self.ctx.user_name, self.typed_options(), self.live.isChecked()

        def work(progress):
            from core.db import transaction
            from core.finalise import return_data

            with transaction(db.sessions, write=False) as s:
                # A finalised period prints the figures as submitted, whatever was edited since (the
                # live ones only when asked for, labelled so): the rule of `report`.
                data = return_data(s, period, live=live).data
                progress(0, None)
                if kind == "json":
                    from core.files import write_json

                    write_json(data, path)
                    return [Path(path)]
                from core.exports import write_return_files

                return write_return_files(s, period, data, user=user, options=return_options(s, data, user, typed),
                                          progress=progress, **{kind: path})

        self.status.setText(self.tr("Đang lập báo cáo…"))
        self.operation = ops.run(self.ctx, self.tr("Lập báo cáo"), work, parent=self, done=then or self._written,
                                 writes=False)
        self.operation.ended.connect(self._ended)
        return self.operation

    def edit_assessment(self):
        """The assessment of the selected period (gui.dialogs.assessment)."""
        if self.data is None or self.period is None:
            return None
        from gui.dialogs.assessment import open_for

        self.assessment_dialog = open_for(self, self.ctx, self.period, self.data)
        return self.assessment_dialog

    def _written(self, paths, tell: bool = True) -> None:
        from gui.saved import saved

        self.last_written = [Path(p) for p in paths]
        self.btn_open.setEnabled(bool(paths))
        self.status.setText(self.tr("Đã lưu: %1").replace("%1", ", ".join(str(p) for p in paths)))
        if tell:
            saved(self, paths, self.tr("Lưu báo cáo"))

    def _ended(self) -> None:
        op = self.operation
        if op is not None and op.error == "cancelled":
            self.status.setText(self.tr("Đã hủy; không có tệp nào được ghi."))
        elif op is not None and op.error:
            self.status.setText(self.tr("Không lập được báo cáo: %1").replace("%1", op.error.splitlines()[0]))

    def _open_last(self) -> None:
        from gui.desktop import open_or_tell

        if self.last_written:
            open_or_tell(self, self.last_written[-1])

    def _package_written(self, result) -> None:
        self.last_written = list(result.written)
        self.btn_open.setEnabled(bool(result.written))
        c = result.signed.certificate if result.signed is not None else None
        self.status.setText(self.tr("Đã chốt phiên bản %1, ký số bởi %2; gói báo cáo: %3")
                            .replace("%1", str(result.version)).replace("%2", c.name if c else "—")
                            .replace("%3", ", ".join(str(p) for p in result.written)))

    # ---------------------------------------------------------------- checking a package
    def ask_verify(self, path: str | None = None):
        """Kiểm tra gói báo cáo…: a package or a signed PDF checked off the GUI thread."""
        from gui.dialogs.signing import VerifyDialog

        self.verify_dialog = VerifyDialog(self.ctx, self, path=path or self._selected_package())
        self.verify_dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.verify_dialog.open()
        if path:
            self.verify_dialog.run_check()
        return self.verify_dialog

    def _selected_package(self) -> str | None:
        item = self.files.currentItem() if self.tabs.currentIndex() == 1 else None
        return item.data(Qt.UserRole) if item is not None else None

    # ================================================================ consolidation
    def _consolidation_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        hint = QLabel(self.tr("Chọn các gói báo cáo (.cdpkg) đã ký số hoặc sổ báo cáo (.xlsx) do CommuneDesk lập ở "
                              "các xã, phường, cùng một kỳ. Gói có tệp bị sửa, chữ ký không hợp lệ hoặc không thuộc "
                              "chứng thư gốc tin cậy, tệp không do chương trình lập hoặc trùng xã và kỳ sẽ bị từ chối; "
                              "hai gói cùng xã và kỳ: lấy phiên bản mới hơn."), tab)
        hint.setWordWrap(True)
        box.addWidget(hint)
        row = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("Chọn tệp…"), tab)
        self.btn_clear = QPushButton(self.tr("Xóa danh sách"), tab)
        self.btn_consolidate = QPushButton(self.tr("Tổng hợp"), tab)
        self.btn_consolidate.setDefault(True)
        self.btn_check_file = QPushButton(self.tr("Kiểm tra gói báo cáo…"), tab)
        for b in (self.btn_add, self.btn_clear, self.btn_consolidate):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.btn_check_file)
        box.addLayout(row)
        self.files = QListWidget(tab)
        self.files.setMaximumHeight(110)
        box.addWidget(self.files)
        from gui.dialogs.signing import _pref, trust_filter
        from gui.widgets.fields import PathField

        options = QGridLayout()
        self.trust_file = PathField(self.tr("Chọn chứng thư gốc tin cậy"), trust_filter(), parent=tab)
        self.trust_file.setText(_pref("signing/trust"))
        self.communes_file = PathField(self.tr("Chọn danh sách xã, phường của tỉnh"),
                                       self.tr("Danh sách (*.csv *.txt);;Tất cả (*)"), parent=tab)
        self.communes_file.setText(_pref("consolidation/communes"))
        self.allow_unsigned = QCheckBox(self.tr("Nhận cả gói chưa ký số (ghi rõ trong báo cáo tổng hợp)"), tab)
        self.allow_other_unit = QCheckBox(self.tr("Nhận cả gói ký bằng chứng thư số ghi đơn vị khác (ghi rõ trong báo "
                                                  "cáo tổng hợp)"), tab)
        options.addWidget(QLabel(self.tr("Chứng thư gốc tin cậy:")), 0, 0)
        options.addWidget(self.trust_file, 0, 1)
        options.addWidget(QLabel(self.tr("Danh sách xã, phường:")), 1, 0)
        options.addWidget(self.communes_file, 1, 1)
        options.addWidget(self.allow_unsigned, 2, 1)
        options.addWidget(self.allow_other_unit, 3, 1)
        box.addLayout(options)
        self.missing = QLabel(tab)
        self.missing.setWordWrap(True)
        self.missing.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.cons_summary = QLabel(tab)
        self.cons_summary.setWordWrap(True)
        box.addWidget(self.cons_summary)
        box.addWidget(self.missing)
        self.cons_status = QLabel(tab)
        self.cons_status.setWordWrap(True)
        self.cons_status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.ranking = QTableWidget(0, 8, tab)
        self.ranking.setHorizontalHeaderLabels([
            self.tr("Hạng"), self.tr("Đơn vị"), self.tr("Đã giải quyết"), self.tr("Trước hạn"), self.tr("Đúng hạn"),
            self.tr("Quá hạn"), self.tr("Tỷ lệ trước hạn và đúng hạn"), self.tr("Đang quá hạn")])
        self.ranking.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ranking.verticalHeader().setVisible(False)
        self.ranking.setAlternatingRowColors(True)
        self.ranking.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        box.addWidget(self.ranking, 1)
        row = QHBoxLayout()
        self.btn_cons_xlsx = QPushButton(self.tr("Xuất Excel tổng hợp…"), tab)
        self.btn_cons_pdf = QPushButton(self.tr("Xuất PDF tổng hợp…"), tab)
        self.btn_cons_json = QPushButton(self.tr("Xuất JSON tổng hợp…"), tab)
        for b in (self.btn_cons_xlsx, self.btn_cons_pdf, self.btn_cons_json):
            b.setEnabled(False)
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.cons_status)
        self.btn_add.clicked.connect(self._choose_files)
        self.btn_clear.clicked.connect(self.clear_files)
        self.btn_consolidate.clicked.connect(self.run_consolidation)
        self.btn_check_file.clicked.connect(lambda: self.ask_verify())
        self.btn_cons_xlsx.clicked.connect(lambda: self.ask_consolidation_export("xlsx"))
        self.btn_cons_pdf.clicked.connect(lambda: self.ask_consolidation_export("pdf"))
        self.btn_cons_json.clicked.connect(lambda: self.ask_consolidation_export("json"))
        self.btn_consolidate.setEnabled(False)
        return tab

    def _choose_files(self) -> QFileDialog:
        self.files_dialog = ask_files(self, self.tr("Chọn báo cáo của các xã, phường"),
                                      self.tr("Gói báo cáo hoặc sổ Excel (*.cdpkg *.xlsx);;Gói báo cáo "
                                              "(*.cdpkg);;Sổ Excel (*.xlsx)"), self.add_files, kind="imports")
        return self.files_dialog

    def add_files(self, paths) -> None:
        present = {self.files.item(i).data(Qt.UserRole) for i in range(self.files.count())}
        for p in paths:
            p = str(p)
            if p not in present:
                present.add(p)
                self.files.addItem(Path(p).name)
                self.files.item(self.files.count() - 1).setData(Qt.UserRole, p)
                self.files.item(self.files.count() - 1).setToolTip(p)
        self.btn_consolidate.setEnabled(self.files.count() > 0)

    def clear_files(self) -> None:
        self.files.clear()
        self.consolidated = None
        self.ranking.setRowCount(0)
        self.cons_summary.setText("")
        self.missing.setText("")
        self.btn_consolidate.setEnabled(False)
        for b in (self.btn_cons_xlsx, self.btn_cons_pdf, self.btn_cons_json):
            b.setEnabled(False)

    def file_paths(self) -> list[str]:
        return [self.files.item(i).data(Qt.UserRole) for i in range(self.files.count())]

    def run_consolidation(self):
        from gui.dialogs.signing import _put_pref

        paths = self.file_paths()
        if not paths:
            return None
        # Read on the GUI thread, before the work is queued.
        trust, communes, allow = self.trust_file.text(), self.communes_file.text(), self.allow_unsigned.isChecked()
        other_unit = self.allow_other_unit.isChecked()
        _put_pref("signing/trust", trust)
        _put_pref("consolidation/communes", communes)

        self.consolidated_from = paths + ([communes] if communes else [])

        def work(progress):
            from core.consolidate import consolidate, read_communes_list, read_returns
            from core.signing import load_trust

            listed = read_communes_list(communes) if communes else None
            returns = read_returns(paths, progress, trust=load_trust([trust]) if trust else None,
                                   allow_unsigned=allow, allow_other_unit=other_unit)
            return consolidate(returns, listed)

        self.consolidated = None
        self.operation = ops.run(self.ctx, self.tr("Tổng hợp báo cáo"), work, parent=self, done=self._consolidated,
                                 writes=False)
        return self.operation

    def _consolidated(self, data: dict) -> None:
        self.consolidated = data
        t = data["dossiers"]["total"]
        p = data["period"]
        self.cons_summary.setText(
            self.tr("%1 đơn vị, kỳ %2 – %3: tiếp nhận %4 hồ sơ, đã giải quyết %5, tỷ lệ trước hạn, đúng hạn %6; "
                    "đang giải quyết quá hạn %7.")
            .replace("%1", fmt_int(len(data["communes"])))
            .replace("%2", fmt_date(date.fromisoformat(p["from"]))).replace("%3", fmt_date(date.fromisoformat(p["to"])))
            .replace("%4", fmt_int(t["received"])).replace("%5", fmt_int(t["completed"]))
            .replace("%6", fmt_rate(t["on_time_rate"])).replace("%7", fmt_int(t["pending_overdue"])))
        notes = []
        if "missing_communes" in data:
            missing = data["missing_communes"]
            notes.append(self.tr("Chưa gửi báo cáo (%1 đơn vị): %2").replace("%1", fmt_int(len(missing)))
                         .replace("%2", ", ".join(missing)) if missing else
                         self.tr("Tất cả các đơn vị trong danh sách đã gửi báo cáo."))
        if data.get("unlisted_communes"):
            notes.append(self.tr("Không có trong danh sách: %1").replace("%1", ", ".join(data["unlisted_communes"])))
        for s in data.get("superseded", []):
            notes.append(self.tr("%1: lấy gói phiên bản %2 (%3), thay gói phiên bản %4 (%5)")
                         .replace("%1", s["commune"]).replace("%2", str(s["replaced_by"]["version"]))
                         .replace("%3", s["replaced_by"]["file"]).replace("%4", str(s["version"]))
                         .replace("%5", s["file"]))
        for d in data.get("duplicates", []):
            notes.append((self.tr("%1: cùng một gói với %2, chỉ tính một lần") if d["file"] != d["same_as"] else
                          self.tr("%1: chọn hai lần, chỉ tính một lần")).replace("%1", d["file"])
                         .replace("%2", d["same_as"]))
        if data.get("unsigned_packages"):
            notes.append(self.tr("Gói chưa ký số được chấp nhận: %1").replace("%1", ", ".join(data["unsigned_packages"])))
        for o in data.get("other_unit_signers", []):
            notes.append(self.tr("%1: chấp nhận gói do %2 ký bằng chứng thư số ghi đơn vị khác (%3)")
                         .replace("%1", o["commune"]).replace("%2", o["signer"])
                         .replace("%3", ", ".join(o["units"]) or self.tr("không ghi đơn vị")))
        if data.get("repeated_communes"):
            notes.append(self.tr("Danh sách ghi trùng (chỉ tính một lần): %1")
                         .replace("%1", ", ".join(data["repeated_communes"])))
        self.missing.setText("\n".join(notes))
        table = self.ranking
        table.setRowCount(len(data["ranking"]))
        for r, e in enumerate(data["ranking"]):
            values = [e["rank"] if e["rank"] is not None else "—", e["commune"], e["completed"],
                      e["completed_early"], e["completed_on_time"], e["completed_late"],
                      fmt_rate(e["on_time_rate"]) if e["on_time_rate"] is not None else "—", e["pending_overdue"]]
            for c, v in enumerate(values):
                item = QTableWidgetItem(fmt_int(v) if isinstance(v, int) else str(v))
                if c != 1:
                    item.setTextAlignment(RIGHT)
                table.setItem(r, c, item)
        for b in (self.btn_cons_xlsx, self.btn_cons_pdf, self.btn_cons_json):
            b.setEnabled(True)

    def ask_consolidation_export(self, kind: str):
        if not self.consolidated:
            return None
        p = self.consolidated["period"]
        name = f"TongHop_{_slug(self.consolidated.get('province') or '')}_{p['to'][:7]}.{kind}"
        self.save_dialog = ask_file(self, self.tr("Lưu báo cáo tổng hợp"), None, self.tr(self.FILTERS[kind]),
                                    lambda path: self.export_consolidation(kind, path), save=True, suffix=kind,
                                    name=name, kind="reports", db=self.ctx.db)
        return self.save_dialog

    def export_consolidation(self, kind: str, path: str):
        data = self.consolidated
        user = self.ctx.user_name
        inputs, db = list(self.consolidated_from), self.ctx.db

        def work(progress):
            from core.consolidate import check_outputs, expand_paths
            check_outputs(expand_paths(inputs), {kind: path}, db)
            if kind == "json":
                from core.files import write_json

                write_json(data, path)
                return [Path(path)]
            from core.consolidate import province_options, write_consolidation
            from core.db import transaction

            with transaction(db.sessions, write=False) as s:
                options = province_options(data, user, session=s)
            return write_consolidation(data, user=user, options=options, progress=progress, **{kind: path})

        self.operation = ops.run(self.ctx, self.tr("Lưu báo cáo tổng hợp"), work, parent=self,
                                 done=self._consolidation_written, writes=False)
        return self.operation

    def _consolidation_written(self, paths) -> None:
        from gui.saved import saved

        self.last_written = [Path(p) for p in paths]
        self.btn_open.setEnabled(bool(paths))
        self.cons_status.setText(self.tr("Đã lưu: %1").replace("%1", ", ".join(str(p) for p in paths)))
        saved(self, paths, self.tr("Lưu báo cáo tổng hợp"))
