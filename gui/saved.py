"""After the window saved a file: say where it is, with buttons to open it or its folder, or print it.

`saved(parent, paths, title)` shows "Đã lưu tệp" with the path(s) and the buttons Mở tệp, Mở thư mục,
In… (for a PDF: the print preview) and Đóng. Opening goes through gui.desktop.open_or_tell, which
says so with the path when the desktop has no program for the file (QDesktopServices.openUrl is
False: no PDF viewer, no xdg-open)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from gui.desktop import open_folder_or_tell, open_or_tell

CTX = "Saved"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class FileMessage(QMessageBox):
    """A message about a file, whose buttons act on it (each named: openFile, openFolder, print,
    close). Its signals go to bound methods only: a closure connected to a dialog deleted on close
    crashed PySide6."""

    def __init__(self, parent, icon, title: str, text: str, path: Path | None, pdf: Path | None = None):
        super().__init__(icon, title, text, QMessageBox.NoButton, parent)
        self.path, self.pdf, self.anchor = path, pdf, parent
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.buttonClicked.connect(self._clicked)

    def add(self, text: str, name: str, role=QMessageBox.ActionRole):
        button = self.addButton(text, role)
        button.setObjectName(name)
        return button

    def _clicked(self, button) -> None:
        name = button.objectName()
        if name == "openFile":
            open_or_tell(self.anchor, self.path)
        elif name == "openFolder":
            open_folder_or_tell(self.anchor, self.path)
        elif name == "print":
            from gui.printing import preview_pdf

            preview_pdf(self.anchor, self.pdf)


def _keep(parent, name: str, box: QMessageBox) -> QMessageBox:
    if parent is not None:
        setattr(parent, name, box)  # a test (or the caller) finds it; Qt owns it through the parent
    return box


def saved(parent, paths, title: str | None = None, text: str | None = None) -> FileMessage:
    """The files were written: their paths, and buttons to open the last, its folder, or print a PDF."""
    paths = [Path(p) for p in paths]
    pdf = next((p for p in paths if p.suffix.lower() == ".pdf"), None)
    box = FileMessage(parent, QMessageBox.Information, title or tr("Đã lưu tệp"),
                      text or (tr("Đã lưu tệp:") if len(paths) == 1 else tr("Đã lưu các tệp:")),
                      paths[-1] if paths else None, pdf)
    box.setObjectName("savedBox")
    box.setInformativeText("\n".join(str(p) for p in paths))
    if pdf is not None:
        box.add(tr("In…"), "print")
    if paths:
        box.add(tr("Mở tệp"), "openFile")
        box.add(tr("Mở thư mục"), "openFolder")
    box.add(tr("Đóng"), "close", QMessageBox.AcceptRole)
    box.open()
    return _keep(parent, "saved_box", box)
