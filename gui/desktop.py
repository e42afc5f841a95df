"""Handing files to the desktop, and where files go.

- `open_path(path)` opens a file in the system's program for it (a PDF viewer, a spreadsheet);
  `open_folder(path)` opens the folder holding it. Both say whether the desktop could (Qt's
  QDesktopServices.openUrl is False when no launcher exists, e.g. no xdg-open): the window then tells
  the clerk where the file is (gui.saved) instead of failing silently.
- `folder_for(kind)`: where a file dialog of a kind starts. Each kind remembers the last folder the
  clerk chose (workstation settings `folders/<kind>`, declared in core.settings); the first time it
  is Documents/CommuneDesk/<name> (made when first needed). Slips are written without a dialog into
  `slips_folder()` (chosen in Cài đặt).

`open_or_tell(parent, path)` / `open_folder_or_tell` open, and when the desktop cannot, say so with the
path and a Mở thư mục button (`NotOpened`). `$COMMUNEDESK_NO_OPEN=1` records the files instead of
opening them (tests, screenshots, a server without a desktop)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from gui import prefs

opened: list[Path] = []  # every file or folder handed to the desktop in this process (newest last)

# The folders under Documents/CommuneDesk, by kind of file (Vietnamese whatever the window's language:
# they hold the office's documents).
FOLDER_NAMES = {"reports": "Báo cáo", "slips": "Phiếu", "exports": "Dữ liệu xuất", "imports": "Nhập"}
REMEMBERED = {"reports": "folders/reports", "exports": "folders/exports", "imports": "folders/imports"}


def _open_url(path: Path) -> bool:
    opened.append(path)
    if os.environ.get("COMMUNEDESK_NO_OPEN"):
        return True
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def open_path(path) -> bool:
    """Open a file in the desktop's program for it; False when the desktop has none to launch."""
    return _open_url(Path(path))


def open_folder(path) -> bool:
    """Open the folder of a file (or the folder itself) in the file manager."""
    path = Path(path)
    return _open_url(path if path.is_dir() else path.parent)


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home()))


def default_folder(kind: str) -> Path:
    return documents() / "CommuneDesk" / FOLDER_NAMES[kind]


def slips_folder() -> Path:
    """Where counter slips go: the folder chosen in Cài đặt, else Documents/CommuneDesk/Phiếu."""
    chosen = prefs.get("slips/folder")
    return Path(chosen) if chosen else default_folder("slips")


def folder_for(kind: str, make: bool = True) -> Path:
    """Where a file dialog of `kind` (reports, exports, imports, slips) starts: the folder last chosen
    for that kind if it still exists, else Documents/CommuneDesk/<name> (made when `make`)."""
    if kind == "slips":
        folder = slips_folder()
    else:
        chosen = prefs.get(REMEMBERED[kind])
        folder = Path(chosen) if chosen and Path(chosen).is_dir() else default_folder(kind)
    if make:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # a read-only or vanished drive: the dialog starts in Documents instead
            return documents()
    return folder


def remember_folder(kind: str, path) -> None:
    """The clerk chose `path` (a file or a folder) in a dialog of `kind`: start there next time."""
    if kind not in REMEMBERED or not path:
        return
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    if prefs.get(REMEMBERED[kind]) != str(folder):
        prefs.put(REMEMBERED[kind], str(folder))


def exports_folder() -> Path:
    return folder_for("exports")


# ---------------------------------------------------------------- when the desktop cannot open it
def tr(text: str) -> str:
    return QCoreApplication.translate("Saved", text)


class NotOpened(QMessageBox):
    """The desktop could not open a file (no program for it) or its folder: where the file is, and
    (for a file) a Mở thư mục button. Bound methods only: a closure connected to a dialog deleted on
    close crashed PySide6."""

    def __init__(self, parent, path: Path, folder: bool):
        text = (tr("Máy này không mở được thư mục {folder}.") if folder else
                tr("Máy này chưa có chương trình để mở tệp {name}.")).format(folder=path.parent, name=path.name)
        super().__init__(QMessageBox.Warning, tr("Không mở được tệp"), text, QMessageBox.NoButton, parent)
        self.path, self.anchor = path, parent
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setInformativeText(tr("Tệp đã lưu ở:\n{path}").format(path=path))
        if not folder:
            self.addButton(tr("Mở thư mục"), QMessageBox.ActionRole).setObjectName("openFolder")
        self.addButton(tr("Đóng"), QMessageBox.RejectRole).setObjectName("close")
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button) -> None:
        if button.objectName() == "openFolder":
            open_folder_or_tell(self.anchor, self.path)


def tell_not_opened(parent, path, folder: bool = False) -> NotOpened:
    box = NotOpened(parent, Path(path), folder)
    box.open()
    if parent is not None:
        parent.not_opened_box = box  # Qt owns it through the parent; the caller (a test) finds it
    return box


def open_or_tell(parent, path) -> bool:
    """Open a file in the desktop's program; when there is none, tell the clerk where the file is."""
    if open_path(path):
        return True
    tell_not_opened(parent, path)
    return False


def open_folder_or_tell(parent, path) -> bool:
    if open_folder(path):
        return True
    tell_not_opened(parent, path, folder=True)
    return False
