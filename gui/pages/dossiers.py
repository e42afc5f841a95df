"""Hồ sơ: the dossier register, smooth at a million rows. A search box (code, applicant, procedure,
with or without diacritics), filters by status, field, channel, handler, period of receipt and
deadline, columns sorted by the database, overdue rows in red with an icon, the count of matches.
Intake, the dossier form, status actions from the list, import of a workbook and export of the list
(both in the background with progress and Cancel)."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QMessageBox, QPushButton, QTableView, QToolButton)

from core.dossier_queries import UNASSIGNED, DossierFilter, distinct_fields, handler_choices
from core.dossiers import TRANSITIONS, allowed_actions, find_by_code, get_dossier
from gui.numbers import fmt_int
from core.returns import Period
from core.vocab import CHANNEL, CLOSED_STATUSES, DOSSIER_STATUS, OPEN_STATUSES
from gui import ops, prefs
from gui.desktop import open_path
from gui.dialogs.dossier_action import ActionDialog, action_label
from gui.dialogs.dossier_form import open_dossier_form
from gui.icons import icon
from gui.models.dossier_table import COLUMN_KEYS, COLUMNS, ID_ROLE, DossierTableModel
from gui.pages.base import Page
from gui.widgets.actions import ask_file, import_file, inform, search_box, unread_note
from gui.widgets.dates import DateField
from gui.widgets.fields import refill
from gui.widgets.table import FullTextTips

CTX = "DossiersPage"
PERIODS = [
    ("all", QT_TRANSLATE_NOOP("DossiersPage", "Mọi thời gian")),
    ("today", QT_TRANSLATE_NOOP("DossiersPage", "Hôm nay")),
    ("week", QT_TRANSLATE_NOOP("DossiersPage", "7 ngày qua")),
    ("month", QT_TRANSLATE_NOOP("DossiersPage", "Tháng này")),
    ("last_month", QT_TRANSLATE_NOOP("DossiersPage", "Tháng trước")),
    ("year", QT_TRANSLATE_NOOP("DossiersPage", "Năm nay")),
    ("custom", QT_TRANSLATE_NOOP("DossiersPage", "Từ ngày … đến ngày")),
]
DEADLINE_CHOICES = [
    (None, QT_TRANSLATE_NOOP("DossiersPage", "Mọi hạn trả")),
    ("overdue", QT_TRANSLATE_NOOP("DossiersPage", "Quá hạn")),
    ("due_today", QT_TRANSLATE_NOOP("DossiersPage", "Đến hạn hôm nay")),
    ("due_soon", QT_TRANSLATE_NOOP("DossiersPage", "Sắp đến hạn (2 ngày làm việc)")),
]
SEARCH_DELAY_MS = 250
OPEN_KEY = "open"
RECEIVED_KEY = "received"  # every dossier received: all but those refused at the counter
RECEIVED_STATUSES = tuple(OPEN_STATUSES) + tuple(CLOSED_STATUSES)


# A code as the provincial one-stop systems write it (the longest the register usually holds).
SYSTEM_CODE_SAMPLE = "000.00.00.H00-000000-0000"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    if key == "today":
        return today, today
    if key == "week":
        return today - timedelta(days=6), today
    if key == "month":
        return today.replace(day=1), today
    if key == "last_month":
        p = Period.month(today.year, today.month).previous()
        return p.start, p.end
    if key == "year":
        return date(today.year, 1, 1), today
    return None, None


class DossiersPage(Page):
    areas = ("dossiers", "staff", "settings")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.set_heading(QCoreApplication.translate("Navigation", "Hồ sơ"))
        self.operation = None
        self._applying = False

        # Search and commands
        top = QHBoxLayout()
        self.search = search_box(tr("Tìm theo mã hồ sơ, tên người nộp, thủ tục… (Ctrl+F)"), self.apply_filters,
                                 delay_ms=SEARCH_DELAY_MS, min_width=240)
        self.search.setObjectName("dossierSearch")
        self.search_timer = self.search.timer
        # A USB scanner reading Mẫu 01's QR code types the dossier's code and Enter: open that dossier.
        self.search.returnPressed.connect(self.open_typed_code)
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(icon("add", "#ffffff", selected=None), tr("Tiếp nhận hồ sơ"))
        self.new_button.setObjectName("newDossier")
        self.new_button.setStyleSheet("QPushButton#newDossier { background: #1565c0; color: white; padding: 6px 14px;"
                                      " border-radius: 4px; font-weight: 600; }"
                                      "QPushButton#newDossier:hover { background: #0d47a1; }")
        self.new_button.clicked.connect(self.new_dossier)
        self.open_button = QPushButton(tr("Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.actions_button = QToolButton()
        self.actions_button.setText(tr("Thao tác") + " ▾")
        self.actions_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.actions_button.setPopupMode(QToolButton.InstantPopup)
        self.actions_button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.actions_button.setMinimumWidth(96)
        self.actions_menu = QMenu(self)
        self.actions_menu.aboutToShow.connect(self._show_actions_menu)
        self.actions_button.setMenu(self.actions_menu)
        self.import_button = QPushButton(icon("import"), tr("Nhập Excel…"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button = QPushButton(icon("export"), tr("Xuất Excel…"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.book_button = QPushButton(icon("print"), tr("Sổ theo dõi (Mẫu 07)…"))
        self.book_button.setToolTip(tr("Sổ theo dõi hồ sơ của khoảng thời gian và lĩnh vực đang lọc (PDF hoặc Excel)"))
        self.book_button.clicked.connect(self.choose_book_file)
        for w in (self.new_button, self.open_button, self.actions_button):
            top.addWidget(w)
        self.layout_.addLayout(top)
        self.search_row = top

        # Filters
        row = QHBoxLayout()
        self.status = QComboBox()
        # Combo data are plain strings (Qt compares them reliably): "" means any.
        self.status.addItem(tr("Mọi trạng thái"), "")
        self.status.addItem(tr("Đang giải quyết (chưa trả)"), OPEN_KEY)
        self.status.addItem(tr("Đã tiếp nhận (trừ từ chối tiếp nhận)"), RECEIVED_KEY)
        for term in DOSSIER_STATUS.terms:
            self.status.addItem(DOSSIER_STATUS.label(term.code, ctx.lang), term.code)
        self.field = QComboBox()
        self.field.setMinimumContentsLength(12)
        self.field.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.channel = QComboBox()
        self.channel.addItem(tr("Mọi kênh nộp"), "")
        for term in CHANNEL.terms:
            self.channel.addItem(CHANNEL.label(term.code, ctx.lang), term.code)
        self.handler = QComboBox()
        self.handler.setMinimumContentsLength(12)
        self.handler.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.period = QComboBox()
        for key, label in PERIODS:
            self.period.addItem(tr(label), key)
        today = date.today()
        self.date_from = DateField(today.replace(day=1))
        self.date_to = DateField(today)
        for w in (self.date_from, self.date_to):
            w.hide()
        self.deadline = QComboBox()
        for key, label in DEADLINE_CHOICES:
            self.deadline.addItem(tr(label), key)
        self.clear_button = QPushButton(tr("Bỏ lọc"))
        self.clear_button.clicked.connect(self.clear_filters)
        for combo in (self.status, self.channel, self.period, self.deadline):
            # Every filter may narrow (its list opens wide): the row fits the window's smallest width.
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        for w in (self.status, self.field, self.channel, self.handler, self.period, self.date_from, self.date_to,
                  self.deadline, self.clear_button):
            row.addWidget(w)
        self.filter_row = row
        row.addStretch(1)
        self.layout_.addLayout(row)
        # The count of matches, right of the heading.
        self.count_label = QLabel()
        self.count_label.setObjectName("matchCount")
        self.count_label.setStyleSheet("font-size: 15px; font-weight: 600; color: #263238;")
        self.layout_.removeWidget(self.heading)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        # The file buttons beside the heading, where the row has room: the search keeps its width.
        for w in (self.import_button, self.export_button, self.book_button):
            head.addWidget(w)
        head.addSpacing(16)
        head.addWidget(self.count_label)
        self.head_row = head
        self.layout_.insertLayout(0, head)

        # The list
        self.model = DossierTableModel(ctx, self)
        self.view = QTableView()
        self.view.setObjectName("dossierTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.ElideRight)
        self.view.setItemDelegate(FullTextTips(self.view))
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.Fixed)  # uniform rows: only visible rows are asked for
        vh.setDefaultSectionSize(26)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        hh.setSectionResizeMode(COLUMN_KEYS.index("procedure"), QHeaderView.Stretch)
        hh.setStretchLastSection(False)
        hh.setHighlightSections(False)
        widths = prefs.get("dossiers/column_widths")
        for n, col in enumerate(COLUMNS):
            self.view.setColumnWidth(n, max(40, widths.get(col.key, col.width)))
        hidden = prefs.get("dossiers/hidden")
        for n, col in enumerate(COLUMNS):
            self.view.setColumnHidden(n, col.key in hidden)
        hh.setContextMenuPolicy(Qt.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._header_menu)
        hh.setSortIndicator(1, Qt.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.layout_.addWidget(self.view, 1)
        legend = QLabel(tr("Màu đỏ: quá hạn · Màu cam: sắp đến hạn (2 ngày làm việc) · Biểu tượng tạm dừng: chờ bổ sung. "
                           "Nhấp đúp hoặc Enter để mở hồ sơ; nhấp chuột phải để thao tác."))
        legend.setStyleSheet("color: #607d8b;")
        legend.setWordWrap(True)
        self.layout_.addWidget(legend)

        QShortcut(QKeySequence(Qt.Key_Escape), self.search, activated=self.search.clear, context=Qt.WidgetShortcut)
        for combo in (self.status, self.field, self.channel, self.handler, self.deadline):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filters())
        self.model.count_changed.connect(self._count_changed)
        self.model.modelReset.connect(self._restore_selection)
        self.selected_id: int | None = None
        QShortcut(QKeySequence(Qt.Key_Return), self.view, activated=self.open_selected,
                  context=Qt.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key_Enter), self.view, activated=self.open_selected,
                  context=Qt.WidgetShortcut)

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        super().refresh()
        self._applying = True
        try:
            with self.ctx.read() as s:
                fields = distinct_fields(s)
                handlers = handler_choices(s)
            refill(self.field, [(f, f) for f in fields], blank=tr("Mọi lĩnh vực"))
            refill(self.handler, [(tr("Chưa phân công"), UNASSIGNED)] + [(name, sid) for sid, name in handlers],
                   blank=tr("Mọi cán bộ"))
            self._fit_named_columns({"field": fields, "handler": [name for _sid, name in handlers]})
        finally:
            self._applying = False
        self.apply_filters()

    def _fit_named_columns(self, names: dict[str, list[str]]) -> None:
        """The field and handler columns as wide as their longest name (a width the clerk set is kept):
        names are not cut at the default size."""
        from gui.widgets.table import FIT_MAX_WIDTH, text_width

        saved = prefs.get("dossiers/column_widths")
        for key, texts in names.items():
            n = COLUMN_KEYS.index(key)
            if key in saved or not texts:
                continue
            needed = min(FIT_MAX_WIDTH - 120, max(text_width(self.view, t) for t in texts))
            if needed > self.view.columnWidth(n):
                self.view.setColumnWidth(n, needed)
        # The code column holds a provincial system's code whole, with its deadline icon.
        n = COLUMN_KEYS.index("code")
        if "code" not in saved:
            icon = self.view.iconSize().width() if self.view.iconSize().width() > 0 else 20
            needed = text_width(self.view, SYSTEM_CODE_SAMPLE) + icon
            if needed > self.view.columnWidth(n):
                self.view.setColumnWidth(n, needed)

    def current_filter(self) -> DossierFilter:
        received_from, received_to = period_range(self.period.currentData(), date.today())
        if self.period.currentData() == "custom":
            received_from, received_to = self.date_from.value(), self.date_to.value()
        handler = self.handler.currentData()
        status = self.status.currentData() or ""
        statuses = {OPEN_KEY: OPEN_STATUSES, RECEIVED_KEY: RECEIVED_STATUSES}.get(status, (status,) if status else ())
        field, channel = self.field.currentData(), self.channel.currentData()
        return DossierFilter(search=self.search.text().strip(), statuses=tuple(statuses),
                             fields=(field,) if field else (), channels=(channel,) if channel else (),
                             handler_id=handler, received_from=received_from, received_to=received_to,
                             deadline=self.deadline.currentData())

    def apply_filters(self) -> None:
        if self._applying:
            return
        self.search_timer.stop()
        self._remember_selection()
        self.model.set_filter(self.current_filter())

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.apply_filters()

    def clear_filters(self) -> None:
        self._applying = True
        for combo in (self.status, self.field, self.channel, self.handler, self.period, self.deadline):
            combo.setCurrentIndex(0)
        self.search.clear()
        self._applying = False
        self.apply_filters()

    def apply_navigation(self, options: dict) -> None:
        """Open filtered, e.g. {"deadline": "overdue"} from the dashboard; other filters are cleared."""
        spec = DossierFilter.from_options(options)
        self._applying = True
        for combo in (self.status, self.field, self.channel, self.handler, self.period, self.deadline):
            combo.setCurrentIndex(0)
        self.search.setText(spec.search)
        if spec.statuses:
            key = {frozenset(OPEN_STATUSES): OPEN_KEY, frozenset(RECEIVED_STATUSES): RECEIVED_KEY}.get(
                frozenset(spec.statuses), spec.statuses[0])
            self.status.setCurrentIndex(max(self.status.findData(key), 0))
        if spec.fields:
            self.field.setCurrentIndex(max(self.field.findData(spec.fields[0]), 0))
        if spec.channels:
            self.channel.setCurrentIndex(max(self.channel.findData(spec.channels[0]), 0))
        if spec.handler_id is not None:
            self.handler.setCurrentIndex(max(self.handler.findData(spec.handler_id), 0))
        if spec.deadline:
            self.deadline.setCurrentIndex(max(self.deadline.findData(spec.deadline), 0))
        if spec.received_from or spec.received_to:
            today = date.today()
            if (spec.received_from, spec.received_to) == (today, today):
                self.period.setCurrentIndex(self.period.findData("today"))
            else:
                self.period.setCurrentIndex(self.period.findData("custom"))
                self.date_from.set_value(spec.received_from or date(2000, 1, 1))
                self.date_to.set_value(spec.received_to or today)
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self._applying = False
        if self._stale:
            self.refresh()
        else:
            self.apply_filters()

    def _count_changed(self, n: int) -> None:
        if self.model.failed:
            self.count_label.setText(tr("Không đọc được danh sách: {why}").format(why=self.model.failed))
            self.count_label.setStyleSheet("font-weight: 600; color: #b71c1c;")
            return
        self.count_label.setStyleSheet("font-weight: 600; color: #263238;")
        self.count_label.setText(tr("{n} hồ sơ").format(n=fmt_int(n)))
        self._show_empty_hint(n)

    def _show_empty_hint(self, n: int) -> None:
        """An empty list says why and what to do next: take in the first dossier or import them,
        or (when filters hide every dossier) clear the filters."""
        from gui.widgets.table import EmptyHint

        if getattr(self, "empty_hint", None) is None:
            self.empty_hint = EmptyHint(self.view)
        if n:
            self.empty_hint.set_text("")
        elif self.current_filter() == DossierFilter():
            self.empty_hint.set_text(tr("Chưa có hồ sơ nào. Bấm “Tiếp nhận hồ sơ” (Ctrl+N) để nhận hồ sơ đầu tiên, "
                                        "hoặc “Nhập Excel…” (Ctrl+I) để đưa sổ theo dõi cũ vào."))
        else:
            self.empty_hint.set_text(tr("Không có hồ sơ nào khớp tìm kiếm và bộ lọc. Xóa ô tìm kiếm (Esc) "
                                        "hoặc chọn “Tất cả” ở các bộ lọc."))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ selection
    def selected_dossier(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(self.model.index(index.row(), 0), ID_ROLE)

    def _remember_selection(self) -> None:
        self.selected_id = self.selected_dossier()

    def _restore_selection(self) -> None:
        if self.selected_id is None:
            return
        row = self.model.position_of(self.selected_id)
        if row is None:
            self.model.row(0)  # the first block, where a new or just-edited dossier usually is
            row = self.model.position_of(self.selected_id)
        if row is not None:
            self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.view.scrollTo(index)

    def select_dossier(self, dossier_id: int) -> bool:
        self.selected_id = dossier_id
        self._restore_selection()
        return self.selected_dossier() == dossier_id

    # ------------------------------------------------------------------ dossiers
    def new_dossier(self):
        self.form = open_dossier_form(self.ctx, None, self, on_saved=self._saved)
        return self.form

    def open_dossier(self, dossier_id: int):
        self.form = open_dossier_form(self.ctx, dossier_id, self, on_saved=self._saved)
        return self.form

    def open_selected(self):
        dossier_id = self.selected_dossier()
        if dossier_id is not None:
            return self.open_dossier(dossier_id)
        return None

    def _saved(self, dossier_id: int) -> None:
        # The list has already reloaded (the change set comes before `done`): show the dossier in it.
        self.select_dossier(dossier_id)

    def _fill_actions_menu(self, menu: QMenu) -> None:
        """Add the selected dossier's status steps to `menu` (those that do not apply now greyed; a
        closed dossier, which has none, says so instead of a list of grey steps) and its slips."""
        dossier_id = self.selected_dossier()
        if dossier_id is None:
            a = menu.addAction(tr("Chọn một hồ sơ trong danh sách"))
            a.setEnabled(False)
            return
        with self.ctx.read() as s:  # the dossier's own state: an apology given once, a refusal only at first
            allowed = set(allowed_actions(get_dossier(s, dossier_id)))
        for action in TRANSITIONS if allowed else ():
            a = menu.addAction(action_label(action) + "…")
            a.setEnabled(action in allowed)
            a.triggered.connect(lambda _=False, act=action, d=dossier_id: self.start_action(d, act))
        if not allowed:
            a = menu.addAction(tr("Hồ sơ đã kết thúc: không còn bước xử lý"))
            a.setEnabled(False)
        menu.addSeparator()
        menu.addAction(tr("Nguyên nhân quá hạn…"), lambda d=dossier_id: self.set_late_cause(d))
        from gui.slips import slips_menu

        self.slips_menu = slips_menu(self.ctx, dossier_id, self)
        menu.addMenu(self.slips_menu)

    def _show_actions_menu(self) -> None:
        self.actions_menu.clear()
        self._fill_actions_menu(self.actions_menu)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(tr("Mở hồ sơ"), self.open_selected)
        menu.addAction(tr("Lịch sử thay đổi (nhật ký)…"), self.show_history)
        menu.addSeparator()
        self._fill_actions_menu(menu)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self.context_menu = menu

    def print_current(self):
        """Ctrl+P: the slips of the selected dossier, as a menu under its row."""
        dossier_id = self.selected_dossier()
        if dossier_id is None:
            return None
        from gui.slips import slips_menu

        self.slips_menu = slips_menu(self.ctx, dossier_id, self)
        rect = self.view.visualRect(self.view.currentIndex())
        self.slips_menu.popup(self.view.viewport().mapToGlobal(rect.bottomLeft()))
        return self.slips_menu

    def show_history(self):
        """Who changed what in the selected dossier, field by field (core.audit)."""
        from gui.dialogs.audit import show_history

        dossier_id = self.selected_dossier()
        if dossier_id is None:
            return None
        self.history_dialog = show_history(self.ctx, "dossier", dossier_id, tr("Lịch sử thay đổi của hồ sơ"), self)
        return self.history_dialog

    def set_late_cause(self, dossier_id: int):
        """Why a late dossier is late (the return counts late dossiers by cause)."""
        from gui.dialogs.late_cause import LateCauseDialog

        self.selected_id = dossier_id
        dialog = self.cause_dialog = LateCauseDialog(self.ctx, dossier_id, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def start_action(self, dossier_id: int, action: str) -> ActionDialog:
        self.selected_id = dossier_id
        dialog = ActionDialog(self.ctx, dossier_id, action, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        self.action_dialog = dialog
        return dialog

    # ------------------------------------------------------------------ import and export
    def choose_import_file(self) -> QFileDialog:
        return ask_file(self, tr("Chọn tệp hồ sơ để nhập"), None,
                        tr("Bảng tính hoặc JSON (*.xlsx *.xls *.ods *.csv *.json)"), self.import_file, kind="imports")

    def import_file(self, path: str, profile=None):
        """Import a dossier file: in a layout the application knows (its own, OpenCPS's, one saved),
        at once; in another, after the clerk maps it once (the mapping dialog, then saved)."""
        title = tr("Nhập hồ sơ từ tệp")
        if profile is None:
            from core.errors import CommuneDeskError
            from core.imports import profiles

            try:
                with self.ctx.read() as s:
                    known = profiles.all_profiles(s)
                recognised = profiles.preview(path, known).profile
            except CommuneDeskError as exc:  # not a file that can be read: the import says why
                recognised = exc
            if recognised is None:
                return self.map_file(path)
            layout = next((p for p in known if p.name == recognised), None) if isinstance(recognised, str) else None
        else:
            layout = profile

        def done(result, _path) -> None:
            text = tr("Đã nhập {inserted} hồ sơ mới và cập nhật {updated} hồ sơ.").format(
                inserted=fmt_int(result.inserted), updated=fmt_int(result.updated))
            if result.linked:  # rows besides the updated ones: each filled a dossier taken in offline
                text += " " + tr("Ngoài ra, {linked} dòng được ghép vào hồ sơ đã tiếp nhận ngoại tuyến (gắn mã "
                                 "trên hệ thống, không tính thêm hồ sơ).").format(linked=fmt_int(result.linked))
            if result.skipped:
                text += " " + tr("Bỏ qua {skipped} dòng hồ sơ chưa tiếp nhận.").format(
                    skipped=fmt_int(result.skipped))
            if result.unread_columns or result.missing_columns:
                text += " " + unread_note(result)
            if result.profile and result.profile != "communedesk":  # which layout the file was read in
                text += " " + tr("Tệp được đọc theo mẫu “{profile}”.").format(profile=result.profile)
            self._info(title, text)

        def refused(dialog) -> None:
            # A layout mapped once (a saved profile, or the system's built-in one): next month's
            # file may bring a value or a column it does not know, corrected in the mapping.
            if getattr(layout, "columns", None) is not None:
                dialog.edit_button = dialog.add_action(tr("Sửa ánh xạ cột…"), lambda: self.map_file(path, layout))

        self.operation = import_file(self, "dossiers", path, title=title, done=done, rows_table=True,
                                     profile=profile, refused=refused)
        return self.operation

    def map_file(self, path: str, profile=None):
        """The mapping dialog for a file in an unknown layout, or in a known one to correct (its
        choices filled in); the file is imported once it is mapped."""
        from gui.dialogs.import_mapping import MappingDialog

        dialog = self.mapping_dialog = MappingDialog(self.ctx, path, self, profile=profile)
        dialog.mapped.connect(lambda profile: self.import_file(path, profile=profile))
        dialog.open()
        return dialog

    def choose_export_file(self) -> QFileDialog:
        name = f"ho-so-{date.today():%Y%m%d}.xlsx"
        return ask_file(self, tr("Lưu danh sách hồ sơ"), None, tr("Bảng tính Excel (*.xlsx)"),
                        self.export_file, save=True, suffix="xlsx", name=name, kind="exports", db=self.ctx.db)

    def export_file(self, path: str):
        from core.exports.dossier_list import write_dossier_list

        db, spec, sort = self.ctx.db, self.current_filter(), self.model.sort_order
        title = tr("Xuất danh sách hồ sơ")

        def work(progress):
            return write_dossier_list(db, path, spec, sort, progress=progress)

        def done(n) -> None:
            self._info(title, tr("Đã ghi {n} hồ sơ vào {path}.").format(n=fmt_int(n), path=path))
            open_path(path)

        self.operation = ops.run(self.ctx, title, work, parent=self, done=done, writes=False)
        return self.operation

    def open_typed_code(self):
        """The search holds exactly a dossier's code (typed, or scanned from Mẫu 01): open it."""
        with self.ctx.read() as s:
            d = find_by_code(s, self.search.text())
            dossier_id = d.id if d is not None else None
        if dossier_id is None:
            return None
        return self.open_dossier(dossier_id)

    def book_period(self) -> Period:
        """The book's period: the list's period filter; without one, this month."""
        spec = self.current_filter()
        today = date.today()
        if spec.received_from is None or spec.received_to is None:
            return Period(today.replace(day=1), today)
        return Period(spec.received_from, spec.received_to)

    def choose_book_file(self) -> QFileDialog:
        p = self.book_period()
        name = f"so-theo-doi-{p.start:%Y%m%d}-{p.end:%Y%m%d}.pdf"
        return ask_file(self, tr("Lưu Sổ theo dõi hồ sơ (Mẫu 07)"), None, tr("Tệp PDF (*.pdf);;Bảng tính Excel (*.xlsx)"),
                        self.write_book_file, save=True, suffix="pdf", name=name, kind="exports",
                        db=self.ctx.db)

    def write_book_file(self, path: str):
        from core.book import write_book
        from core.db import transaction

        db, period = self.ctx.db, self.book_period()
        field = self.field.currentData() or None
        target = {"xlsx": path} if path.lower().endswith(".xlsx") else {"pdf": path}
        title = tr("Sổ theo dõi hồ sơ (Mẫu 07)")

        def work(_progress):
            with transaction(db.sessions, write=False) as s:
                return len(write_book(s, period, field=field, **target).lines)

        def done(n) -> None:
            self._info(title, tr("Đã ghi {n} dòng của sổ vào {path}.").format(n=fmt_int(n), path=path))
            open_path(path)

        self.operation = ops.run(self.ctx, title, work, parent=self, done=done, writes=False)
        return self.operation

    def _info(self, title: str, text: str) -> QMessageBox:
        self.info_box = inform(self, title, text)
        return self.info_box

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        for n, col in enumerate(COLUMNS):
            a = menu.addAction(QCoreApplication.translate("DossierTable", col.title))
            a.setCheckable(True)
            a.setChecked(not self.view.isColumnHidden(n))
            a.setEnabled(col.key != "code")
            a.toggled.connect(lambda on, col=n: self._show_column(col, on))
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))
        self.header_menu = menu

    def _show_column(self, column: int, visible: bool) -> None:
        self.view.setColumnHidden(column, not visible)
        prefs.put("dossiers/hidden", [col.key for n, col in enumerate(COLUMNS) if self.view.isColumnHidden(n)])

    def window_closing(self) -> None:
        prefs.put("dossiers/column_widths", {col.key: self.view.columnWidth(n) for n, col in enumerate(COLUMNS)})

