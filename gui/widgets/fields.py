"""Small input widgets and combo helpers shared by every page: money, counts, vocabulary combos,
editable suggestion combos, check lists, plain text, and refilling a combo without losing its choice."""
from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QWidget,
                               QPlainTextEdit, QSizePolicy, QSpinBox)

from core.formatting import fmt_int, fmt_money


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


def int_spin(maximum: int = 1_000_000) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return spin


def plain_text(parent=None, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def card(name: str, background: str = "white", border: str = "#d7dee3") -> QFrame:
    """A rounded panel (the dashboard's cards, the form's due date), styled by its object name."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(f"QFrame#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 8px; }}")
    return frame


# ---------------------------------------------------------------- combos
def vocab_combo(vocab, lang: str = "vi", blank: str | None = None, extra: Iterable[tuple[str, str]] = ()) -> QComboBox:
    """A combo of a vocabulary's labels with the codes as data; `blank` is a first item meaning none
    or all (data None), `extra` items come before the vocabulary's."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for label, code in extra:
        combo.addItem(label, code)
    for t in vocab.terms:
        combo.addItem(t.vi if lang == "vi" else t.en, t.code)
    return combo


def yes_no_combo() -> QComboBox:
    """Yes, no, or not recorded (data True, False, None): a fact the office may not have noted, told
    apart from "no" (the 766 estimate shows "no data" rather than 0 for what nobody recorded)."""
    combo = QComboBox()
    for label, value in ((QCoreApplication.translate("Fields", "(chưa ghi)"), None),
                         (QCoreApplication.translate("Fields", "Có"), True),
                         (QCoreApplication.translate("Fields", "Không"), False)):
        combo.addItem(label, value)
    return combo


def set_combo_data(combo: QComboBox, code, otherwise: int | None = None) -> None:
    """Choose the item whose data is `code`; when there is none, the item `otherwise` (or no change)."""
    i = combo.findData(code)
    if i >= 0:
        combo.setCurrentIndex(i)
    elif otherwise is not None:
        combo.setCurrentIndex(otherwise)


def editable_combo(items: Iterable[str], value: str | None = None, placeholder: str = "",
                   expanding: bool = False) -> QComboBox:
    """Free text with suggestions (a specialty, a product): a blank first, nothing added by typing."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.addItem("")
    combo.addItems(list(items))
    combo.setCurrentText(value or "")
    combo.lineEdit().setPlaceholderText(placeholder)
    if expanding:
        combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
    return combo


def refill(combo: QComboBox, items: Iterable[tuple[str, Any]], blank: str | None = None) -> None:
    """Replace a combo's items, keeping the current choice when it is still there (else the first),
    without telling anyone (a filter reloaded from core is not the clerk's choice)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for label, data in items:
        combo.addItem(label, data)
    i = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(i, 0))
    combo.blockSignals(False)


class CheckList(QListWidget):
    """A short list of checkable items with their data (coordinators, linked needs)."""

    def __init__(self, items: Iterable[tuple[Any, str]] = (), checked=(), parent=None, height: int = 92):
        super().__init__(parent)
        self.setFixedHeight(height)
        self.setSelectionMode(QAbstractItemView.NoSelection)
        for data, text in items:
            self.add(text, data, data in checked)

    def add(self, text: str, data, checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked if checked else Qt.Unchecked)
        self.addItem(item)
        return item

    def checked(self) -> list:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.Checked]

    def set_checked(self, ids) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in ids else Qt.Unchecked)


# ---------------------------------------------------------------- money in words for charts
def short_money(n: int) -> str:
    """For chart labels: "2,4 tỷ", "147 triệu", "950.000 đồng"."""
    from core.formatting import fmt_decimal

    if n >= 1_000_000_000:
        text = fmt_decimal(n / 1_000_000_000, 2).rstrip("0").rstrip(",")
        return QCoreApplication.translate("Money", "%1 tỷ").replace("%1", text)
    if n >= 1_000_000:
        text = fmt_decimal(n / 1_000_000, 1).rstrip("0").rstrip(",")
        return QCoreApplication.translate("Money", "%1 triệu").replace("%1", text)
    return fmt_money(n)


class PathField(QWidget):
    """A file's path, typed or chosen with "Chọn…" (a file dialog without a nested event loop): a file
    to open, or (`save`) one to write (checked as an output of `db`, the database in use)."""

    def __init__(self, caption: str, filters: str, save: bool = False, parent=None, db=None):
        super().__init__(parent)
        self.caption, self.filters, self.save, self.db = caption, filters, save, db
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.button = QPushButton(QCoreApplication.translate("PathField", "Chọn…"), self)
        self.button.clicked.connect(self.choose)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def choose(self):
        from gui.widgets.actions import ask_file

        return ask_file(self, self.caption, self.text(), self.filters, self.edit.setText, save=self.save,
                        db=self.db)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str | None) -> None:
        self.edit.setText(text or "")
