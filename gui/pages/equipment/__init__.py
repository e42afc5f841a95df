"""Trang thiết bị, one module per tab or dialog: page (EquipmentPage), needs (the needs and their
chart), need_dialogs (a need's form, a status step), items (equipment on hand), sites (problems by
village)."""
from gui.pages.equipment.page import EquipmentPage

__all__ = ["EquipmentPage"]
