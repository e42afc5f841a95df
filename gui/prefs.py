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
        # Ask only for keys that are there: PySide6's value() for a missing key hands back None
        # without its reference, and enough of those crash Python as it exits.
        if not self.qs.contains(key):
            return None
        value = self.qs.value(key)
        return value.data() if isinstance(value, QByteArray) else value

    def put_raw(self, key: str, value) -> None:
        self.qs.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)

    def remove(self, key: str) -> None:
        if self.qs.contains(key):
            self.qs.remove(key)


def get(key: str):
    """A preference's typed value (its declared default when not set)."""
    return WORKSTATION.read(_QtStore(prefs()), key)


def put(key: str, value) -> None:
    """Set a preference (its declared default or None removes it)."""
    if isinstance(value, QByteArray):
        value = value.data()
    qs = prefs()
    store = _QtStore(qs)
    if not qs.contains(WORKSTATION.version_key):  # a new store: written in the current layout
        store.put_raw(WORKSTATION.version_key, str(WORKSTATION.version))
    WORKSTATION.write(store, key, value)
    qs.sync()


def upgrade() -> list[int]:
    """Bring the preferences to the current layout (at start), after a copy of the file as it was
    (`<name>-v<version>.ini`, as Picard keeps one). Returns the upgrade steps run.

    Each call of a QSettings method that returns nothing costs Python a reference to None in
    PySide6 6.12 on Python 3.11 (enough of them crash the interpreter): an up-to-date or empty store
    is therefore only read."""
    qs = prefs()
    store = _QtStore(qs)
    if not qs.allKeys() or not WORKSTATION.needs_upgrade(store):
        return []  # nothing kept yet (the first `put` records the version), or up to date
    path = Path(qs.fileName())
    if path.is_file():
        try:
            shutil.copy2(path, path.with_name(f"{path.stem}-v{WORKSTATION.stored_version(store)}{path.suffix}"))
        except OSError:  # a read-only profile: upgrade all the same
            pass
    done = WORKSTATION.upgrade(store)
    qs.sync()
    return done
