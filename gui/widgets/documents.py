"""A table of documents (thành phần hồ sơ): name, original or copy, copies, and at intake whether it
was handed in. The same table edits a procedure's required documents in Cài đặt and a dossier's
documents at the counter; core checks what it is given."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from core.vocab import DOCUMENT_FORM
from gui.widgets.fields import set_combo_data, vocab_combo

CTX = "DocumentsTable"
MAX_COPIES = 99
NAME_MIN_WIDTH = 200  # the name column's least width (the table grows to keep it)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class DocumentsTable(QWidget):
    """Rows of (name, form, copies[, received]). `with_received` adds the intake's tick column."""

    def __init__(self, lang: str = "vi", with_received: bool = False, parent=None):
        super().__init__(parent)
        self.lang, self.with_received = lang, with_received
        self.table = QTableWidget(0, 4 if with_received else 3)
        heads = [tr("Tên giấy tờ"), tr("Bản chính/bản sao"), tr("Số bản")]
        if with_received:
            heads = [tr("Đã nộp")] + heads
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        hh = self.table.horizontalHeader()
        for c in range(self.table.columnCount()):
            hh.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        hh.setSectionResizeMode(self._col("name"), QHeaderView.Stretch)
        # The name column keeps room for its title and a document's first words; a name cut to it
        # shows whole as its tooltip.
        others = sum(hh.sectionSizeFromContents(c).width() for c in range(self.table.columnCount())
                     if c != self._col("name"))
        combo = vocab_combo(DOCUMENT_FORM, self.lang).sizeHint().width()
        self.table.setMinimumWidth(max(others, combo + hh.sectionSizeFromContents(self._col("copies")).width()
                                       + (hh.sectionSizeFromContents(0).width() if with_received else 0))
                                   + NAME_MIN_WIDTH + 4)
        self.add_button = QPushButton(tr("Thêm giấy tờ"))
        self.add_button.clicked.connect(lambda: self.add_row("", None, 1, True, edit=True))
        self.remove_button = QPushButton(tr("Bỏ dòng đã chọn"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

    def _col(self, key: str) -> int:
        return {"received": 0, "name": 1, "form": 2, "copies": 3}[key] - (0 if self.with_received else 1)

    def add_row(self, name: str, form: str | None, copies: int | None, received: bool = True,
                edit: bool = False) -> int:
        n = self.table.rowCount()
        self.table.insertRow(n)
        if self.with_received:
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
            tick.setCheckState(Qt.Checked if received else Qt.Unchecked)
            self.table.setItem(n, self._col("received"), tick)
        item = QTableWidgetItem(name or "")
        item.setToolTip(name or "")
        self.table.setItem(n, self._col("name"), item)
        combo = vocab_combo(DOCUMENT_FORM, self.lang)
        set_combo_data(combo, form or DOCUMENT_FORM.default)
        self.table.setCellWidget(n, self._col("form"), combo)
        spin = QSpinBox()
        spin.setRange(1, MAX_COPIES)
        spin.setValue(copies or 1)
        self.table.setCellWidget(n, self._col("copies"), spin)
        if edit:
            self.table.setCurrentCell(n, self._col("name"))
            self.table.editItem(self.table.item(n, self._col("name")))
        return n

    def set_rows(self, rows) -> None:
        """`rows`: objects with name, form, copies (and received)."""
        self.table.setRowCount(0)
        for r in rows:
            self.add_row(r.name, r.form, r.copies, getattr(r, "received", True))

    def remove_selected(self) -> None:
        for n in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(n)

    def set_received(self, row: int, received: bool) -> None:
        self.table.item(row, self._col("received")).setCheckState(Qt.Checked if received else Qt.Unchecked)

    def rows(self) -> list[tuple[str, str, int, bool]]:
        """(name, form, copies, received) of every row with a name, in order."""
        out = []
        for n in range(self.table.rowCount()):
            name = (self.table.item(n, self._col("name")).text() or "").strip()
            if not name:
                continue
            form = self.table.cellWidget(n, self._col("form")).currentData()
            copies = self.table.cellWidget(n, self._col("copies")).value()
            received = (self.table.item(n, self._col("received")).checkState() == Qt.Checked
                        if self.with_received else True)
            out.append((name, form, copies, received))
        return out

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - as Qt's editors
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers if read_only else
                                   QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        for w in (self.add_button, self.remove_button):
            w.setVisible(not read_only)
