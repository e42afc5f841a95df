"""The window's own preferences (per user, per computer): language, geometry, last page, column widths.

Office data (the commune, the catalogue) lives in the database; only how this window looks lives here.
`$COMMUNEDESK_SETTINGS` names an INI file to use instead of the platform's store (tests, screenshots).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORG = "CommuneDesk"
APP = "CommuneDesk"


def prefs() -> QSettings:
    path = os.environ.get("COMMUNEDESK_SETTINGS")
    if path:
        return QSettings(path, QSettings.IniFormat)
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORG, APP)


def get_str(key: str, default: str = "") -> str:
    value = prefs().value(key, default)
    return default if value is None else str(value)


def set_value(key: str, value) -> None:
    s = prefs()
    s.setValue(key, value)
    s.sync()
