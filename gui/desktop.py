"""Handing files to the desktop: open a PDF in the system viewer (which also prints it), and where the
counter slips are written. `$COMMUNEDESK_NO_OPEN=1` records the files instead of opening them (tests,
screenshots, a server without a desktop)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from gui import prefs

opened: list[Path] = []  # every file handed to the desktop in this process (newest last)


def open_path(path) -> bool:
    path = Path(path)
    opened.append(path)
    if os.environ.get("COMMUNEDESK_NO_OPEN"):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def slips_folder() -> Path:
    """Where counter slips go: the folder chosen in Cài đặt, else Documents/CommuneDesk/Phieu."""
    chosen = prefs.get("slips/folder")
    if chosen:
        return Path(chosen)
    docs = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    return Path(docs) / "CommuneDesk" / "Phieu"


def exports_folder() -> Path:
    chosen = prefs.get("exports/folder")
    if chosen:
        return Path(chosen)
    return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home()))
