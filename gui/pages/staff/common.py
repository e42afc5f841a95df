"""What the staff page's tabs and dialogs share: the dialog base that reads typed dates, the
department combo, sorting without diacritics."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from core.collation import sort_key as collation_key
from core.errors import ValidationError
from core.messages import problem
from gui.messages import form_errors
from gui.widgets.fields import set_combo_data
from gui.widgets.form import ERROR_STYLE, FormDialog

CTX = "StaffPage"
SHORTAGE_BG = QColor("#fde7e4")
SHORTAGE_FG = QColor("#b3261e")
SURPLUS_FG = QColor("#1b5e20")
__all__ = ["ERROR_STYLE", "StaffDialog", "department_combo", "sort_key", "tr", "vocab_label"]


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def vocab_label(vocab, code, lang: str) -> str:
    return vocab.label(code, lang) if code else ""


def sort_key(text) -> str:
    """Text columns sort in Vietnamese alphabetical order (core.collation)."""
    return collation_key(text) if text else ""


def department_combo(departments, blank: str | None = None, current_id: int | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for d in departments:
        if d.active or d.id == current_id:
            combo.addItem(d.name, d.id)
    if current_id is not None:
        set_combo_data(combo, current_id, otherwise=0)
    return combo


class StaffDialog(FormDialog):
    """The staff page's form dialogs: labels on the right of a grid, core's problem codes worded."""

    def __init__(self, title: str, page, parent=None, columns: int = 1):
        super().__init__(title, parent or page, ctx=page.ctx, columns=columns)
        self.page = page

    def problems(self, exc: ValidationError) -> dict[str, str]:
        return form_errors(exc)

    def read_dates(self, fields) -> dict[str, date | None]:
        """The dates typed; a ValidationError naming every field that is not a date."""
        out, bad = {}, {}
        for key, widget in fields.items():
            try:
                out[key] = widget.value()
            except ValueError:
                bad[key] = problem("date_format")
        if bad:
            raise ValidationError(bad)
        return out
