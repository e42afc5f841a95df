"""The widget kit (gui.widgets): the one date field, the one form dialog with per-field errors, the
table over plain rows, and the dossier list's columns declared once."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from core.errors import ValidationError
from core.messages import problem
from core.models import Setting
from gui.widgets.dates import DateField, day_words, pydate, qdate
from gui.widgets.form import FormDialog
from gui.widgets.table import Col, RowsTable
from tests.gui.helpers import outcome


# ---------------------------------------------------------------- the date field
@pytest.mark.parametrize("typed", ["15/03/1985", "15031985", "5/3/1985"])
def test_a_date_is_typed_with_or_without_separators(qtbot, typed):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None and field.text().strip() == ""
    field.setFocus()
    QTest.keyClicks(field, typed)  # ASCII only: keyClicks is safe here
    assert field.value() == date(1985, 3, 15 if typed[0] == "1" else 5)


def test_text_that_is_not_a_date_is_kept_and_reported(qtbot):
    field = DateField(date(2026, 1, 1))
    qtbot.addWidget(field)
    field.setText("31/02/1990")
    assert field.text() == "31/02/1990"
    with pytest.raises(ValueError):
        field.value()
    field.setText("2020-05-06")
    assert field.value() == date(2020, 5, 6)
    with pytest.raises(ValueError):  # a required day cannot be blank
        field.set_value(None)
    optional = DateField(optional=True)
    optional.setText("")
    assert optional.value() is None


def test_bounds_and_words():
    field = DateField(date(2026, 3, 10), latest=date(2026, 3, 10))
    field.setDate(qdate(date(2026, 4, 1)))
    assert field.value() == date(2026, 3, 10)  # no later than the latest day
    assert pydate(qdate(date(2026, 11, 26))) == date(2026, 11, 26)
    assert day_words(date(2026, 11, 26)) == "Thứ Năm, 26/11/2026"


# ---------------------------------------------------------------- the form dialog
class SettingDialog(FormDialog):
    """A form over one office setting: the window refuses a blank value itself, core the rest."""

    def __init__(self, ctx, parent=None, columns: int = 0):
        super().__init__("Thử", parent, ctx=ctx, columns=columns)
        self.key = self.add_row("key", "Khóa", QLineEdit())
        self.value = self.add_row("value", "Giá trị", QLineEdit(), span=True)

    def work(self):
        key, value = self.key.text(), self.value.text()
        if not value:
            raise ValidationError({"value": problem("required")})

        def save(s):
            if not key.startswith("office."):
                raise ValidationError({"key": problem("required"), "other": problem("date_format")})
            s.add(Setting(key=key, value=value))
            return key
        return save


@pytest.mark.parametrize("columns", [0, 2])
def test_the_form_shows_each_problem_under_its_field_and_closes_once_saved(qtbot, ctx, sqlite_db, columns):
    dialog = SettingDialog(ctx, columns=columns)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not outcome(dialog.save())  # refused by the window: nothing queued
    assert dialog.errors() == {"value": "Bắt buộc nhập."} and dialog.isVisible()
    dialog.key.setText("bad")
    dialog.value.setText("1")
    assert not outcome(dialog.save())  # refused by core: under its field, the rest under the form
    errors = dialog.errors()
    assert errors["key"] == "Bắt buộc nhập." and "value" not in errors
    assert "dd/mm/yyyy" in errors[""] and dialog.isVisible()
    dialog.key.setText("office.phone")
    saved = []
    dialog.saved.connect(saved.append)
    assert outcome(dialog.save())
    assert saved == ["office.phone"] and dialog.result_value == "office.phone" and not dialog.isVisible()
    with ctx.read() as s:
        assert s.scalar(select(Setting.value).where(Setting.key == "office.phone")) == "1"


def test_the_form_grid_places_a_span_on_a_row_of_its_own(qtbot, ctx):
    dialog = SettingDialog(ctx, columns=2)
    qtbot.addWidget(dialog)
    grid = dialog.form.grid
    key_at = grid.getItemPosition(grid.indexOf(dialog.key))
    value_at = grid.getItemPosition(grid.indexOf(dialog.value))
    assert key_at[:2] == (0, 1) and value_at[0] == 2 and value_at[3] == 3  # the next row, both columns
    assert grid.itemAtPosition(0, 0).widget() is dialog.form.labels["key"]
    assert grid.itemAtPosition(0, 0).alignment() & Qt.AlignRight  # labels on the right of a grid


# ---------------------------------------------------------------- tables
def test_rows_table_sorts_by_the_columns_key_and_keeps_the_selection(qtbot):
    from types import SimpleNamespace as Row

    table = RowsTable([Col("Số", lambda r: f"{r.n:,}".replace(",", "."), lambda r: r.n, width=80),
                       Col("Tên", lambda r: r.name, lambda r: r.name.lower())])
    qtbot.addWidget(table)
    rows = [Row(id=1, name="b", n=1000), Row(id=2, name="A", n=20), Row(id=3, name="c", n=300)]
    table.set_rows(rows, keep_id=3)
    assert table.selected().id == 3 and table.columnWidth(0) == 80
    table.sortByColumn(0, Qt.AscendingOrder)  # by the number, not by its text
    shown = [table.model().index(i, 0).data() for i in range(3)]
    assert shown == ["20", "300", "1.000"] and table.selected().id == 3
    table.sortByColumn(1, Qt.AscendingOrder)
    assert [table.model().index(i, 1).data() for i in range(3)] == ["A", "b", "c"]


def test_the_dossier_list_declares_each_column_once():
    from core.dossier_queries import SORTS
    from gui.models.dossier_table import COLUMN_KEYS, COLUMNS

    assert COLUMN_KEYS == [c.key for c in COLUMNS] and set(COLUMN_KEYS) == set(SORTS)
    assert all(c.title and c.width and c.get for c in COLUMNS)
    assert [c.key for c in COLUMNS if c.decoration] == ["code"]
    assert [c.key for c in COLUMNS if c.align is not None] == ["received", "due", "completed"]
