"""The window's own preferences (per user, per computer): language, geometry, last page, the dossier
list's columns, folders. Declared in core.settings (WORKSTATION: key, type, default, version and
upgrades); kept here in QSettings, and read and written only through those declarations: a key that
is not declared is refused.

Office data (the commune, the catalogue, the office settings) lives in the database; only how this
window looks lives here. `$COMMUNEDESK_SETTINGS` names an INI file to use instead of the platform's
store (tests, screenshots).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from core.settings import WORKSTATION

ORG = "CommuneDesk"
APP = "CommuneDesk"


def prefs() -> QSettings:
    path = os.environ.get("COMMUNEDESK_SETTINGS")
    if path:
        return QSettings(path, QSettings.IniFormat)
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORG, APP)


class _QtStore:
    """QSettings as core.settings sees a store: bytes in and out, text otherwise."""

    def __init__(self, qs: QSettings):
        self.qs = qs

    def raw(self, key: str):
        value = self.qs.value(key)
        return value.data() if isinstance(value, QByteArray) else value

    def put_raw(self, key: str, value) -> None:
        self.qs.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)

    def remove(self, key: str) -> None:
        self.qs.remove(key)


def get(key: str):
    """A preference's typed value (its declared default when not set)."""
    return WORKSTATION.read(_QtStore(prefs()), key)


def put(key: str, value) -> None:
    """Set a preference (its declared default or None removes it)."""
    if isinstance(value, QByteArray):
        value = value.data()
    qs = prefs()
    WORKSTATION.write(_QtStore(qs), key, value)
    qs.sync()


def upgrade() -> list[int]:
    """Bring the preferences to the current layout (at start), after a copy of the file as it was
    (`<name>-v<version>.ini`, as Picard keeps one). Returns the upgrade steps run."""
    qs = prefs()
    store = _QtStore(qs)
    if not WORKSTATION.needs_upgrade(store):
        return []
    path = Path(qs.fileName())
    if path.is_file():
        try:
            shutil.copy2(path, path.with_name(f"{path.stem}-v{WORKSTATION.stored_version(store)}{path.suffix}"))
        except OSError:  # a read-only profile: upgrade all the same
            pass
    done = WORKSTATION.upgrade(store)
    qs.sync()
    return done
