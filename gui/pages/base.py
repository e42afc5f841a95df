"""The base of every page (a heading, a body, and `refresh()` that reloads from `core`) and of its tabs."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PageTab(QWidget):
    """A tab of a page: it knows its page, the context and the window's language."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ctx, self.lang = page, page.ctx, page.ctx.lang


class Page(QWidget):
    # Areas of data this page shows (core.changes): the page refreshes when work of the window
    # changed one of them.
    areas: tuple[str, ...] = ()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600; padding: 4px 0 8px 0;")
        self.layout_.addWidget(self.heading)
        ctx.changed.connect(self._on_changed)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def refresh(self) -> None:
        """Reload what the page shows from `core`. Subclasses override and call super()."""
        self._stale = False

    def is_busy(self) -> bool:
        """True while the page is still loading in the background (the screenshot waits for it)."""
        return False

    def apply_navigation(self, options: dict) -> None:
        """Open with a filter asked for elsewhere (e.g. the dashboard's "overdue" count)."""

    def _on_changed(self, changes) -> None:
        if changes.touches(self.areas):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
