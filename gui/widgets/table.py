"""Tables: a column declared once (Calibre's column accessors), a model over plain rows read from
core, a sorting proxy, and the table view every list of the window uses."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QTableWidget, QWidget

from core.collation import sort_key

MUTED = QColor("#6b6b6b")
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)
CENTER = int(Qt.AlignCenter)


@dataclass
class Col:
    """One column: its header, how it reads its text from a row, how it sorts and aligns, its width,
    and optionally its tooltip, colour and icon for a row."""

    title: str
    get: Callable[[Any], Any]                           # the text shown
    sort: Callable[[Any], Any] | None = None            # the sort key (default: the value, text in Vietnamese order)
    align: int | None = LEFT
    width: int | None = None
    tip: Callable[[Any], str | None] | None = None
    key: str | None = None                              # a name for the column (e.g. core's sort key)
    foreground: Callable[[Any], Any] | None = None
    decoration: Callable[[Any], Any] | None = None


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
            if col.sort is not None:
                key = col.sort(row)
                return "" if key is None else key
            key = col.get(row)
            # text sorts in Vietnamese order (core.collation), numbers and dates as themselves
            return sort_key(key) if isinstance(key, str) else ("" if key is None else key)
        if role == Qt.TextAlignmentRole:
            return col.align
        if role == Qt.ToolTipRole:
            return col.tip(row) if col.tip else self.row_tip(row)
        if role == Qt.ForegroundRole:
            if self.muted(row):
                return MUTED
            return col.foreground(row) if col.foreground else None
        if role == Qt.DecorationRole and col.decoration:
            return col.decoration(row)
        return None

    def row_at(self, proxy_index) -> Any:
        return self.rows[proxy_index.row()]


class SortProxy(QSortFilterProxyModel):
    """Sorts by each cell's Qt.UserRole: the column's sort key, else its value (text by core.collation)."""

    def lessThan(self, left, right):  # noqa: N802 - Qt API
        a, b = left.data(Qt.UserRole), right.data(Qt.UserRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


def list_view(view: QTableView) -> QTableView:
    """The look of every list: whole rows selected one at a time, alternating rows of one height."""
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.Interactive)
    return view


def table_widget(headers: list[str], parent=None, single: bool = False) -> QTableWidget:
    """A short read-only table of whole rows (accounts, procedures, a dossier's history): its headers,
    no row numbers; `single`: one row selected at a time."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SingleSelection)
    return table


def list_and_details(table: QWidget, left: QWidget, right: QWidget) -> QSplitter:
    """A list above (three fifths of the height), what it shows of the selected row below, side by side."""
    bottom = QSplitter(Qt.Horizontal)
    bottom.addWidget(left)
    bottom.addWidget(right)
    bottom.setStretchFactor(0, 1)
    bottom.setStretchFactor(1, 1)
    bottom.setSizes([560, 680])
    split = QSplitter(Qt.Vertical)
    split.addWidget(table)
    split.addWidget(bottom)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    return split


class RowsTable(QTableView):
    """A sortable list over a RowsModel (its `columns`, or a `model` of its own, e.g. editable);
    `selected()` gives the row object. `rows_model` is the model, `model()` what the view shows."""

    selection_changed = Signal()

    def __init__(self, columns: list[Col] | None = None, parent=None, *, model: QAbstractTableModel | None = None,
                 sortable: bool = True, editable: bool = False):
        super().__init__(parent)
        self.rows_model = model if model is not None else RowsModel(columns or [], self)
        if sortable:
            self.proxy = SortProxy(self)
            self.proxy.setSourceModel(self.rows_model)
            self.setModel(self.proxy)
            self.setSortingEnabled(True)
            self.sortByColumn(-1, Qt.AscendingOrder)
        else:
            self.proxy = None
            self.setModel(self.rows_model)
        list_view(self)
        if not editable:
            self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for i, col in enumerate(getattr(self.rows_model, "columns", None) or []):
            if isinstance(col, Col) and col.width:
                self.setColumnWidth(i, col.width)
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())

    def source_row(self, index) -> int:
        return self.proxy.mapToSource(index).row() if self.proxy is not None else index.row()

    def set_rows(self, rows: list[Any], keep_id: int | None = None) -> None:
        self.rows_model.set_rows(rows)
        if keep_id is not None:
            self.select_id(keep_id)
        self.selection_changed.emit()

    def selected(self) -> Any | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.rows_model.rows[self.source_row(rows[0])]

    def select_id(self, row_id: int) -> bool:
        for i, row in enumerate(self.rows_model.rows):
            if getattr(row, "id", None) == row_id:
                index = self.rows_model.index(i, 0)
                self.selectRow(self.proxy.mapFromSource(index).row() if self.proxy is not None else i)
                return True
        return False

    def row_count(self) -> int:
        return self.model().rowCount()


class EmptyHint(QWidget):
    """A list's empty state: a sentence centred over the view's empty area saying what to do next
    (`set_text`); shown only while the view has no rows."""

    def __init__(self, view: QAbstractItemView):
        from PySide6.QtWidgets import QLabel, QVBoxLayout

        super().__init__(view.viewport())
        self.view = view
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.label = QLabel(self)
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setStyleSheet("color: #546e7a; font-size: 14px;")
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.label)
        box.addStretch(2)
        view.viewport().installEventFilter(self)
        self.hide()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.update_visibility()

    def update_visibility(self) -> None:
        model = self.view.model()
        empty = model is not None and model.rowCount() == 0 and bool(self.label.text())
        self.setGeometry(self.view.viewport().rect().adjusted(24, 0, -24, 0))
        self.setVisible(empty)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Resize:
            self.setGeometry(self.view.viewport().rect().adjusted(24, 0, -24, 0))
        return False
