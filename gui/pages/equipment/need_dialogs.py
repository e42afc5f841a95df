"""Trang thiết bị → a need's form, and one status step of a need (the day, the body, the document;
for a delivery the quantity received and its condition)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy

from core import equipment as eq
from core.errors import BadValue, ValidationError
from gui.numbers import fmt_money
from core.vocab import CONDITION, EQUIPMENT_CATEGORY, NEED_STATUS, PRIORITY
from gui.messages import field_text
from gui.widgets.dates import DateField
from gui.widgets.fields import MoneyEdit, int_spin, plain_text, set_combo_data, vocab_combo
from gui.widgets.form import FormDialog

CTX = "EquipmentPage"

# The buttons of the need's status steps, in the state machine's order (core.equipment.TRANSITIONS).
ACTION_BUTTONS = {
    "submit": QT_TRANSLATE_NOOP("EquipmentPage", "Gửi tỉnh"),
    "approve": QT_TRANSLATE_NOOP("EquipmentPage", "Phê duyệt"),
    "deliver": QT_TRANSLATE_NOOP("EquipmentPage", "Đã cấp, bàn giao"),
    "reject": QT_TRANSLATE_NOOP("EquipmentPage", "Từ chối"),
    "repropose": QT_TRANSLATE_NOOP("EquipmentPage", "Đề xuất lại"),
}
# Who the body of each step is.
BODY_LABELS = {
    "submit": QT_TRANSLATE_NOOP("EquipmentPage", "Gửi đến"),
    "approve": QT_TRANSLATE_NOOP("EquipmentPage", "Cơ quan phê duyệt"),
    "deliver": QT_TRANSLATE_NOOP("EquipmentPage", "Đơn vị cấp"),
    "reject": QT_TRANSLATE_NOOP("EquipmentPage", "Cơ quan quyết định"),
    "repropose": QT_TRANSLATE_NOOP("EquipmentPage", "Gửi đến"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _label(vocab, code, lang) -> str:
    return vocab.label(code, lang)


class NeedDialog(FormDialog):
    def __init__(self, parent, lang: str, locations: list[str], row=None):
        super().__init__(self.tr("Sửa nhu cầu") if row else self.tr("Thêm nhu cầu"), parent)
        self.item = self.add_row("item", self.tr("Hạng mục *"), QLineEdit())
        self.item.setPlaceholderText(self.tr("VD: Máy tính để bàn, phòng họp trực tuyến"))
        self.category = self.add_row("category", self.tr("Nhóm"), vocab_combo(EQUIPMENT_CATEGORY, lang))
        self.unit = self.add_row("unit", self.tr("Đơn vị tính"), QLineEdit())
        self.unit.setPlaceholderText(self.tr("VD: Bộ, Chiếc, Phòng"))
        self.on_hand = self.add_row("quantity_on_hand", self.tr("Hiện có"), int_spin())
        self.needed = self.add_row("quantity_needed", self.tr("Cần bổ sung *"), int_spin())
        self.unit_cost = self.add_row("unit_cost", self.tr("Đơn giá dự kiến (đồng)"), MoneyEdit())
        self.cost = self.add_row(None, self.tr("Thành tiền"), QLabel())
        self.priority = self.add_row("priority", self.tr("Mức ưu tiên"), vocab_combo(PRIORITY, lang))
        self.location = self.add_row("location", self.tr("Địa điểm"), QComboBox())
        self.location.setEditable(True)
        self.location.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.location.addItems([""] + locations)
        self.location.lineEdit().setPlaceholderText(self.tr("Trụ sở UBND xã, thôn…"))
        self.justification = self.add_row("justification", self.tr("Lý do"), plain_text())
        set_combo_data(self.priority, "medium")
        if row is not None:
            self.item.setText(row.item)
            set_combo_data(self.category, row.category)
            self.unit.setText(row.unit or "")
            self.on_hand.setValue(row.on_hand or 0)
            self.needed.setValue(row.needed)
            self.unit_cost.set_value(row.unit_cost)
            set_combo_data(self.priority, row.priority)
            self.location.setEditText(row.location or "")
            self.justification.setPlainText(row.justification or "")
            if row.status == "delivered":
                self.needed.setEnabled(False)
        self.needed.valueChanged.connect(self._update_cost)
        self.unit_cost.textChanged.connect(self._update_cost)
        self._update_cost()

    def _update_cost(self) -> None:
        try:
            cost = eq.estimated_cost(self.needed.value(), self.unit_cost.value())
        except ValueError:
            self.cost.setText("—")
            return
        self.cost.setText(fmt_money(cost))

    def values(self) -> dict:
        try:
            unit_cost = self.unit_cost.value()
        except BadValue as exc:
            raise ValidationError({"unit_cost": exc.problem()}) from None
        return {"item": self.item.text(), "category": self.category.currentData(), "unit": self.unit.text(),
                "quantity_on_hand": self.on_hand.value(), "quantity_needed": self.needed.value(),
                "unit_cost": unit_cost, "priority": self.priority.currentData(),
                "location": self.location.currentText(), "justification": self.justification.toPlainText()}

    def check(self, v: dict) -> dict[str, str]:
        return {"item": field_text("equipment.item_required")} if not v["item"].strip() else {}


class NeedActionDialog(FormDialog):
    """One status step of a need: the day, the body, a note (document number), and for a delivery
    the quantity received and its condition."""

    def __init__(self, parent, lang: str, action: str, row):
        title = f"{tr(ACTION_BUTTONS[action])}: {row.item}"
        super().__init__(title, parent)
        self.action = action
        self.info = self.add_row(None, self.tr("Trạng thái"), QLabel(
            f"{_label(NEED_STATUS, row.status, lang)} → "
            f"{_label(NEED_STATUS, eq.TRANSITIONS[action][1], lang)}"))
        self.day = self.add_row("date", self.tr("Ngày"), DateField(date.today(), latest=date.today()))
        self.body = self.add_row("body", tr(BODY_LABELS[action]) + (" *" if action in eq.BODY_REQUIRED else ""),
                                 QLineEdit())
        self.body.setPlaceholderText(self.tr("VD: UBND tỉnh, Sở Tài chính"))
        if action in ("approve", "deliver", "reject") and row.decided_by:
            self.body.setText(row.decided_by)
        self.note = self.add_row("note", self.tr("Số văn bản, ghi chú"), QLineEdit())
        self.quantity = self.condition = None
        if action == "deliver":
            self.quantity = self.add_row("quantity", self.tr("Số lượng nhận"), int_spin())
            self.quantity.setValue(row.needed)
            self.condition = self.add_row("condition", self.tr("Tình trạng"), vocab_combo(CONDITION, lang))
            hint = QLabel(self.tr("Số lượng nhận được cộng vào thiết bị hiện có tại địa điểm của nhu cầu."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            self.add_row(None, "", hint)

    def values(self) -> dict:
        v = {"on": self.day.value(), "body": self.body.text(), "note": self.note.text()}
        if self.action == "deliver":
            v["quantity"] = self.quantity.value()
            v["condition"] = self.condition.currentData()
        return v

    def check(self, v: dict) -> dict[str, str]:
        if self.action in eq.BODY_REQUIRED and not v["body"].strip():
            return {"body": field_text("equipment.body_required")}
        if self.action == "deliver" and v["quantity"] <= 0:
            return {"quantity": field_text("equipment.delivered_zero")}
        return {}
