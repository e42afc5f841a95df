"""A dialog's buttons, worded: the building block under the form kit and the runner's dialogs (it
imports nothing else of the window)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox


def ok_cancel(ok: str, cancel: str, on_ok, on_cancel) -> QDialogButtonBox:
    """A dialog's two buttons, worded (Lưu / Hủy, Đăng nhập / Thoát, …)."""
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Ok).setText(ok)
    buttons.button(QDialogButtonBox.Cancel).setText(cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(on_cancel)
    return buttons


def close_button(on_close) -> QDialogButtonBox:
    """A dialog's one Đóng button."""
    buttons = QDialogButtonBox(QDialogButtonBox.Close)
    buttons.button(QDialogButtonBox.Close).setText(QCoreApplication.translate("FormDialog", "Đóng"))
    buttons.rejected.connect(on_close)
    return buttons
