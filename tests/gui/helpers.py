"""Helpers for the window tests."""
from __future__ import annotations

import os
import sys
import threading
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

GUI_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "gui")
_WRITES = ("insert", "update", "delete", "replace", "begin immediate")


def type_text(widget, text: str) -> None:
    """Type like a keyboard, one character at a time. Never qtbot.keyClicks with Vietnamese text:
    Qt's ASCII key simulation asserts and aborts the whole process."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


def visible(parent, cls):
    """The visible widgets of a class under `parent`."""
    return [w for w in parent.findChildren(cls) if w.isVisible()]


def settle(timeout_s: float = 30) -> None:
    """Let the window's queued work run and be delivered: every write goes to gui.ops's worker thread,
    and its result (and the pages' refresh) comes back through the event loop."""
    from gui.ops import runner

    assert runner().wait_idle(timeout_s), "the window's work did not finish"


def outcome(started, timeout_s: float = 30):
    """What a save came to: a refusal the window made at once is returned as it is (False); queued work
    is waited for, then True if it committed."""
    from gui.ops import Job

    if not isinstance(started, Job):
        return started
    settle(timeout_s)
    return started.error is None



@contextmanager
def gui_thread_writes():
    """Collect every write statement run on the GUI (main) thread by code of gui/ (a gui/ frame in
    the stack; tests may seed their data on the main thread themselves)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    found: list[str] = []

    def check(_conn, _cursor, statement, _params, _context, _many):
        if threading.current_thread() is not threading.main_thread():
            return
        if not statement.lstrip().lower().startswith(_WRITES):
            return
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_filename.startswith(GUI_DIR):
                found.append(f"{' '.join(statement.split()[:3])} from {frame.f_code.co_filename}:{frame.f_lineno}")
                return
            frame = frame.f_back

    event.listen(Engine, "before_cursor_execute", check)
    try:
        yield found
    finally:
        event.remove(Engine, "before_cursor_execute", check)
