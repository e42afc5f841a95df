"""Helpers for the window tests."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(widget, text: str) -> None:
    """Type like a keyboard, one character at a time. Never qtbot.keyClicks with Vietnamese text:
    Qt's ASCII key simulation asserts and aborts the whole process."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


def visible(parent, cls):
    """The visible widgets of a class under `parent`."""
    return [w for w in parent.findChildren(cls) if w.isVisible()]
