"""Trang thiết bị: needs reported to the province (with their status steps and history), the equipment
on hand, and the villages' site problems. Everything is read from and written through `core.equipment`."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget

from core import equipment as eq
from core.collation import sort_key
from core.errors import CommuneDeskError
from gui.numbers import fmt_int, fmt_money
from gui import ops
from gui.ops import show_error
from gui.pages.base import Page
from gui.pages.equipment.items import ItemsTab
from gui.pages.equipment.needs import NeedsTab
from gui.pages.equipment.sites import SitesTab
from gui.widgets.fields import set_combo_data


class EquipmentPage(Page):
    areas = ("equipment",)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Trang thiết bị"))
        self.locations: list[str] = []
        self.places: list[str] = []
        self.summary = QLabel()
        self.summary.setObjectName("openNeedsTotal")
        self.summary.setStyleSheet("font-size: 14px; padding: 2px 0 6px 0;")
        self.layout_.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.needs = NeedsTab(self)
        self.items = ItemsTab(self)
        self.sites = SitesTab(self)
        self.tabs.addTab(self.needs, self.tr("Nhu cầu bổ sung"))
        self.tabs.addTab(self.items, self.tr("Thiết bị hiện có"))
        self.tabs.addTab(self.sites, self.tr("Khó khăn tại thôn"))
        self.layout_.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        super().refresh()
        try:
            with self.ctx.read() as s:
                totals = eq.needs_totals(eq.list_needs(s, eq.NeedFilter(status="open")))
                self.locations = eq.need_locations(s)
                self.places = sorted({v.place for v in eq.problems_by_village(eq.list_problems(s))},
                                     key=sort_key)
                self.needs.load(s)
                self.items.load(s)
                self.sites.load(s)
        except CommuneDeskError as exc:
            show_error(self, self.tr("Trang thiết bị"), str(exc))
            return
        self.summary.setText(self.tr("Nhu cầu chưa hoàn thành: %1 · tổng kinh phí dự kiến: %2")
                             .replace("%1", fmt_int(totals["open_count"]))
                             .replace("%2", fmt_money(totals["open_estimated_cost"])))

    def write(self, fn, title: str) -> "ops.Job":
        """A short write (deletion, one-click step) on the window's writer; a refusal is shown."""
        return ops.write(self.ctx, fn, parent=self, title=title)

    def select_need(self, need_id: int) -> None:
        self.tabs.setCurrentWidget(self.needs)
        self.needs.table.select_id(need_id)

    def apply_navigation(self, options: dict) -> None:
        tab = options.get("tab")
        if tab in ("needs", "items", "sites"):
            self.tabs.setCurrentWidget(getattr(self, tab))
        if options.get("open_needs"):
            set_combo_data(self.needs.status, "open")
