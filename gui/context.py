"""What every page gets: the open database, the acting user and a "what changed" signal."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

from core.db import transaction


class AppContext(QObject):
    # Emitted on the GUI thread after work of the window committed, with what it changed (a
    # core.changes.ChangeSet, from gui.ops); pages refresh when an area they show is in it.
    changed = Signal(object)
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
        """A read on the GUI thread (fast reads only). Every write goes through gui.ops."""
        with transaction(self.db.sessions, write=False) as s:
            s.info["user"] = self.user
            yield s
