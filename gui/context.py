"""What every page gets: the open database, the acting user and a "what changed" signal."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

from core.db import transaction


class AppContext(QObject):
    # Emitted after a successful write with the area that changed ("dossiers", "staff", "settings", …);
    # pages refresh from `core` queries when an area they show has changed.
    data_changed = Signal(str)
    # Emitted when the clerk asks to open a page, optionally with a filter (e.g. ("dossiers", {"overdue": True})).
    navigate = Signal(str, object)
    # Emitted when the clerk picks another language; the window is rebuilt in it (gui.app).
    language_requested = Signal(str)

    def __init__(self, db, user=None, lang: str = "vi", parent=None):
        super().__init__(parent)
        self.db = db
        self.user = user
        self.lang = lang

    @property
    def user_name(self) -> str | None:
        return getattr(self.user, "name", self.user)

    @contextmanager
    def read(self):
        with transaction(self.db.sessions, write=False) as s:
            s.info["user"] = self.user
            yield s

    @contextmanager
    def write(self, area: str):
        """A unit of work; on commit, tell the pages that `area` changed."""
        with transaction(self.db.sessions) as s:
            s.info["user"] = self.user
            yield s
        self.data_changed.emit(area)
