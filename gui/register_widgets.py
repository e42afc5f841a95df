"""Small widgets shared by the Trang thiết bị and Kiến nghị pages: a table model over plain rows, money
and date fields, a form with per-field errors, a status-action dialog, and vocabulary combos."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
                               QTableView, QVBoxLayout, QWidget)

from core.formatting import fmt_int, fmt_money, parse_vn_number
from gui.messages import form_errors

ERROR_STYLE = "color: #b3261e;"
MUTED = QColor("#6b6b6b")
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)


# ---------------------------------------------------------------- a table over plain rows
@dataclass
class Col:
    title: str
    get: Callable[[Any], Any]                      # the text shown
    sort: Callable[[Any], Any] | None = None       # the sort key (default: the text)
    align: int = LEFT
    width: int | None = None
    tip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Rows are plain objects read from `core` inside a session (never live ORM objects)."""

    def __init__(self, columns: list[Col], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self.muted: Callable[[Any], bool] = lambda row: False  # greyed (closed, not in post, …)
        self.row_tip: Callable[[Any], str | None] = lambda row: None  # where the column has no tip

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Horizontal and role == Qt.TextAlignmentRole:
            return self.columns[section].align
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.DisplayRole:
            value = col.get(row)
            return "" if value is None else str(value)
        if role == Qt.UserRole:
            key = (col.sort or col.get)(row)
            return "" if key is None else key
        if role == Qt.TextAlignmentRole:
            return col.align
        if role == Qt.ToolTipRole:
            return col.tip(row) if col.tip else self.row_tip(row)
        if role == Qt.ForegroundRole and self.muted(row):
            return MUTED
        return None

    def row_at(self, proxy_index) -> Any:
        return self.rows[proxy_index.row()]


class SortProxy(QSortFilterProxyModel):
    """Sorts by each cell's Qt.UserRole: the column's sort key (numbers, dates, folded names), else its text."""

    def lessThan(self, left, right):  # noqa: N802 - Qt API
        a, b = left.data(Qt.UserRole), right.data(Qt.UserRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class RowsTable(QTableView):
    """A sortable, single-selection table over a RowsModel; `selected()` gives the row object."""

    selection_changed = Signal()

    def __init__(self, columns: list[Col], parent=None):
        super().__init__(parent)
        self.rows_model = RowsModel(columns, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.rows_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.Interactive)
        for i, col in enumerate(columns):
            if col.width:
                self.setColumnWidth(i, col.width)
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())

    def set_rows(self, rows: list[Any], keep_id: int | None = None) -> None:
        self.rows_model.set_rows(rows)
        if keep_id is not None:
            self.select_id(keep_id)
        self.selection_changed.emit()

    def selected(self) -> Any | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.rows_model.rows[self.proxy.mapToSource(rows[0]).row()]

    def select_id(self, row_id: int) -> bool:
        for i, row in enumerate(self.rows_model.rows):
            if getattr(row, "id", None) == row_id:
                self.selectRow(self.proxy.mapFromSource(self.rows_model.index(i, 0)).row())
                return True
        return False

    def row_count(self) -> int:
        return self.proxy.rowCount()


# ---------------------------------------------------------------- fields
class MoneyEdit(QLineEdit):
    """Whole đồng typed freely ("15000000", "15.000.000"), shown grouped Vietnamese-style when the
    field is left. `value()` raises ValueError for text that is not an amount."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText("0")
        self.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.editingFinished.connect(self._regroup)

    def value(self) -> int | None:
        from core.equipment import parse_money

        return parse_money(self.text())

    def set_value(self, n: int | None) -> None:
        self.setText("" if n is None else fmt_int(n))

    def _regroup(self) -> None:
        try:
            n = self.value()
        except ValueError:
            return
        self.set_value(n)


def parse_count(text: str) -> int | None:
    n = parse_vn_number(text)
    return None if n is None else int(n)


class DateField(QDateEdit):
    def __init__(self, value: date | None = None, parent=None, latest: date | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(QDate(1990, 1, 1))
        if latest is not None:
            self.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        self.set_value(value or date.today())

    def value(self) -> date:
        return self.date().toPython()

    def set_value(self, d: date) -> None:
        self.setDate(QDate(d.year, d.month, d.day))


def vocab_combo(vocab, lang: str = "vi", first: tuple[str, str | None] | None = None,
                extra: list[tuple[str, str]] = ()) -> QComboBox:
    """A combo of a vocabulary's labels with the codes as data; `first` is e.g. ("Tất cả", None)."""
    combo = QComboBox()
    if first is not None:
        combo.addItem(first[0], first[1])
    for label, code in extra:
        combo.addItem(label, code)
    for t in vocab.terms:
        combo.addItem(t.vi if lang == "vi" else t.en, t.code)
    return combo


def set_combo_data(combo: QComboBox, code) -> None:
    i = combo.findData(code)
    if i >= 0:
        combo.setCurrentIndex(i)


def int_spin(maximum: int = 1_000_000) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return spin


class FormDialog(QDialog):
    """A dialog with a form whose fields each carry an error line. Subclasses add rows with
    `add_row(key, label, widget)`, implement `values()` (raising nothing), and set `on_save`, a
    callable that writes and may raise core.errors.ValidationError. OK keeps the dialog open with the
    errors shown until the save succeeds."""

    saved = Signal(object)

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.ctx = None
        self.on_save: Callable[[Any, dict], Any] | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.error_labels: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add_row(self, key: str | None, label: str, widget: QWidget) -> QWidget:
        if key is None:
            self.form.addRow(label, widget)
            return widget
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = QLabel()
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        self.error_labels[key] = err
        self.form.addRow(label, holder)
        return widget

    def open_saving(self, ctx, write: Callable[[Any, dict], Any]) -> "FormDialog":
        """Open the dialog; OK queues `write(session, values)` on the window's writer (gui.ops) and
        emits `saved` with the id of what it returns."""
        self.ctx = ctx
        self.on_save = lambda session, values: write(session, values).id
        self.open()
        return self

    def values(self) -> dict:
        raise NotImplementedError

    def check(self, values: dict) -> dict[str, str]:
        """Checks the window can make before asking `core`: field → text (gui.messages.field_text)."""
        return {}

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.error_labels.items():
            label.setVisible(key in errors)
            label.setText(errors.get(key, ""))
        rest = [msg for key, msg in errors.items() if key not in self.error_labels]
        self.general_error.setVisible(bool(rest))
        self.general_error.setText("\n".join(rest))

    def errors(self) -> dict[str, str]:
        return {k: lab.text() for k, lab in self.error_labels.items() if not lab.isHidden()} | (
            {"": self.general_error.text()} if not self.general_error.isHidden() else {})

    def try_save(self):
        """Read and check the fields, then queue the save; the dialog closes when it committed and
        stays open with the problems by their fields when core refused it."""
        from core.errors import ValidationError
        from gui import ops

        try:
            values = self.values()
        except ValidationError as exc:  # a field the subclass could not read
            self.show_errors(form_errors(exc))
            return False
        problems = self.check(values)
        if problems:
            self.show_errors(problems)
            return False
        if self.on_save is None:
            self._saved(values)
            return True
        save = self.on_save
        return ops.write(self.ctx, lambda s: save(s, values), parent=self, done=self._saved, failed=self._refused,
                         busy=[self.buttons])

    def _saved(self, result) -> None:
        self.show_errors({})
        self.saved.emit(result)
        self.accept()

    def _refused(self, exc) -> None:
        self.show_errors(form_errors(exc))


def action_bar(buttons: list[QWidget], caption: str, actions: dict[str, str],
               on_action: Callable[[str], Any]) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """A row of `buttons`, then `caption` and one button per status action (action → label, already
    translated; each named `action_<action>` and calling `on_action(action)`)."""
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addSpacing(16)
    row.addWidget(QLabel(caption))
    action_buttons: dict[str, QPushButton] = {}
    for action, label in actions.items():
        b = QPushButton(label)
        b.setObjectName(f"action_{action}")
        b.clicked.connect(lambda _=False, a=action: on_action(a))
        action_buttons[action] = b
        row.addWidget(b)
    row.addStretch(1)
    return row, action_buttons


def plain_text(parent=None, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def hbox(*widgets, stretch_after: bool = True) -> QHBoxLayout:
    lay = QHBoxLayout()
    for w in widgets:
        if isinstance(w, int):
            lay.addSpacing(w)
        else:
            lay.addWidget(w)
    if stretch_after:
        lay.addStretch(1)
    return lay


def money(n) -> str:
    return fmt_money(n)


def short_money(n: int) -> str:
    """For chart labels: "2,4 tỷ", "147 triệu", "950.000 đồng"."""
    from PySide6.QtCore import QCoreApplication

    from core.formatting import fmt_decimal

    if n >= 1_000_000_000:
        text = fmt_decimal(n / 1_000_000_000, 2).rstrip("0").rstrip(",")
        return QCoreApplication.translate("Money", "%1 tỷ").replace("%1", text)
    if n >= 1_000_000:
        text = fmt_decimal(n / 1_000_000, 1).rstrip("0").rstrip(",")
        return QCoreApplication.translate("Money", "%1 triệu").replace("%1", text)
    return fmt_money(n)


# ---------------------------------------------------------------- import from a workbook
def import_file(page, kind: str, path: str | None = None):
    """Import a workbook of `kind` on the window's writer (progress, Cancel); any row error refuses the
    whole file and is shown with its row numbers. Without `path`, ask for the file."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from core.imports import run_import
    from gui import ops

    title = QCoreApplication.translate("Import", "Nhập từ tệp Excel")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(page, title, "", QCoreApplication.translate(
            "Import", "Bảng tính (*.xlsx *.xls *.ods *.csv)"))
        if not path:
            return None
    ctx = page.ctx
    db, user = ctx.db, ctx.user_name

    def done(result):
        page.last_import = result

    # A refused file in a message box (its first problem, the others as details), not a table of rows.
    return ops.run(ctx, title, lambda progress: run_import(kind, db, path, user=user, progress=progress),
                   parent=page, done=done, failed=lambda exc: ops.show_error(page, title, ops.describe(exc)))
