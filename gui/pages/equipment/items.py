"""Trang thiết bị → Thiết bị hiện có: the equipment on hand, its form, its totals by condition."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QSizePolicy, QVBoxLayout)

from core import equipment as eq
from gui.numbers import fmt_int
from core.vocab import CONDITION, EQUIPMENT_CATEGORY
from gui.messages import field_text
from gui.pages.base import PageTab
from gui.widgets.actions import confirm, record_buttons, search_box
from gui.widgets.fields import int_spin, plain_text, set_combo_data, vocab_combo
from gui.widgets.form import FormDialog
from gui.widgets.table import RIGHT, Col, RowsTable


def item_row(i) -> SimpleNamespace:
    return SimpleNamespace(id=i.id, name=i.name, category=i.category, quantity=i.quantity, unit=i.unit,
                           condition=i.condition, location=i.location, year=i.acquisition_year, notes=i.notes)



class ItemDialog(FormDialog):
    def __init__(self, parent, lang: str, locations: list[str], row=None):
        super().__init__(self.tr("Sửa thiết bị") if row else self.tr("Thêm thiết bị hiện có"), parent)
        self.name = self.add_row("name", self.tr("Tên thiết bị *"), QLineEdit())
        self.category = self.add_row("category", self.tr("Nhóm"), vocab_combo(EQUIPMENT_CATEGORY, lang))
        self.quantity = self.add_row("quantity", self.tr("Số lượng"), int_spin())
        self.unit = self.add_row("unit", self.tr("Đơn vị tính"), QLineEdit())
        self.condition = self.add_row("condition", self.tr("Tình trạng"), vocab_combo(CONDITION, lang))
        self.location = self.add_row("location", self.tr("Địa điểm"), QComboBox())
        self.location.setEditable(True)
        self.location.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.location.addItems([""] + locations)
        self.year = self.add_row("acquisition_year", self.tr("Năm trang bị"), int_spin(date.today().year + 1))
        self.year.setMinimum(eq.FIRST_YEAR - 1)
        self.year.setSpecialValueText(self.tr("Không rõ"))
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(eq.FIRST_YEAR - 1)
        self.notes = self.add_row("notes", self.tr("Ghi chú"), plain_text(height=50))
        if row is not None:
            self.name.setText(row.name)
            set_combo_data(self.category, row.category)
            self.quantity.setValue(row.quantity)
            self.unit.setText(row.unit or "")
            set_combo_data(self.condition, row.condition)
            self.location.setEditText(row.location or "")
            self.year.setValue(row.year or eq.FIRST_YEAR - 1)
            self.notes.setPlainText(row.notes or "")

    def values(self) -> dict:
        year = self.year.value()
        return {"name": self.name.text(), "category": self.category.currentData(), "quantity": self.quantity.value(),
                "unit": self.unit.text(), "condition": self.condition.currentData(),
                "location": self.location.currentText(),
                "acquisition_year": None if year < eq.FIRST_YEAR else year, "notes": self.notes.toPlainText()}

    def check(self, v: dict) -> dict[str, str]:
        return {"name": field_text("equipment.name_required")} if not v["name"].strip() else {}


class ItemsTab(PageTab):
    def __init__(self, page):
        super().__init__(page)
        lang = self.lang
        self.search = search_box(self.tr("Tìm tên thiết bị, địa điểm…"), page.refresh)
        self.category = vocab_combo(EQUIPMENT_CATEGORY, lang, blank=self.tr("Tất cả nhóm"))
        self.condition = vocab_combo(CONDITION, lang, blank=self.tr("Mọi tình trạng"))
        for combo in (self.category, self.condition):
            combo.currentIndexChanged.connect(page.refresh)
        buttons = record_buttons(self, add=self.tr("Thêm thiết bị"), edit=self.tr("Sửa"), delete=self.tr("Xóa"))
        top = QHBoxLayout()
        for w in (self.search, self.category, self.condition):
            top.addWidget(w)
        top.addStretch(1)
        for b in buttons:
            top.addWidget(b)
        self.table = RowsTable([
            Col(self.tr("Tên thiết bị"), lambda r: r.name, width=230),
            Col(self.tr("Nhóm"), lambda r: EQUIPMENT_CATEGORY.label(r.category, lang), width=140),
            Col(self.tr("Số lượng"), lambda r: fmt_int(r.quantity), lambda r: r.quantity, RIGHT, 80),
            Col(self.tr("ĐVT"), lambda r: r.unit, width=60),
            Col(self.tr("Tình trạng"), lambda r: CONDITION.label(r.condition, lang), width=110),
            Col(self.tr("Địa điểm"), lambda r: r.location, width=170),
            Col(self.tr("Năm trang bị"), lambda r: r.year, lambda r: r.year or 0, RIGHT, 95),
            Col(self.tr("Ghi chú"), lambda r: r.notes),
        ])
        self.table.rows_model.muted = lambda r: r.condition == "broken"
        self.table.selection_changed.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.footer = QLabel()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.footer)
        self._selection_changed()

    def load(self, s) -> None:
        keep = self.table.selected()
        items = eq.list_items(s, search=self.search.text(), category=self.category.currentData(),
                              condition=self.condition.currentData())
        totals = eq.items_totals(items)
        self.table.set_rows([item_row(i) for i in items], keep_id=keep.id if keep else None)
        lang = self.page.ctx.lang
        parts = " · ".join(f"{CONDITION.label(c, lang)}: {fmt_int(n)}" for c, n in totals["by_condition"].items())
        self.footer.setText(self.tr("%1 dòng · tổng số lượng %2 (%3)").replace("%1", fmt_int(totals["lines"]))
                            .replace("%2", fmt_int(totals["quantity"])).replace("%3", parts))

    def _selection_changed(self) -> None:
        has = self.table.selected() is not None
        self.edit_btn.setEnabled(has)
        self.delete_btn.setEnabled(has)

    def add(self) -> ItemDialog:
        return ItemDialog(self, self.page.ctx.lang, self.page.locations).open_saving(
            self.page.ctx, lambda s, v: eq.add_item(s, **v))

    def edit(self) -> ItemDialog | None:
        row = self.table.selected()
        if row is None:
            return None
        return ItemDialog(self, self.page.ctx.lang, self.page.locations, row).open_saving(
            self.page.ctx, lambda s, v: eq.update_item(s, row.id, **v))

    def delete(self) -> QMessageBox | None:
        row = self.table.selected()
        if row is None:
            return None
        return confirm(self, self.tr("Xóa thiết bị"), self.tr("Xóa “%1” khỏi danh sách thiết bị hiện có?")
                       .replace("%1", row.name),
                       lambda: self.page.write(lambda s: eq.delete_item(s, row.id), self.tr("Xóa thiết bị")))
