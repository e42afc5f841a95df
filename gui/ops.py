"""One runner for long work (imports, exports, backups): a worker thread, a progress dialog with
Cancel, errors shown as a readable dialog with the rows at fault. The window never freezes."""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from core.errors import Cancelled, CommuneDeskError


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)  # message, details

    def __init__(self, fn: Callable[[Callable[[int, int | None], None]], Any]):
        super().__init__()
        self.fn = fn
        self.cancelled = False

    def progress(self, done: int, total: int | None = None) -> None:
        if self.cancelled:
            raise Cancelled("cancelled")
        self.progressed.emit(int(done), int(total or 0))

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.failed.emit("", "")
        except CommuneDeskError as exc:
            self.failed.emit(str(exc), "")
        except Exception as exc:  # an unexpected fault: show it, keep the window alive
            self.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        else:
            self.finished.emit(result)


class Operation(QObject):
    """Run `fn(progress)` off the GUI thread. `progress(done, total)` raises Cancelled after Cancel,
    so the core function rolls its transaction back. `done(result)` runs on the GUI thread."""

    succeeded = Signal(object)
    ended = Signal()

    def __init__(self, parent: QWidget, title: str, fn, on_done: Callable[[Any], None] | None = None,
                 show_dialog: bool = True):
        super().__init__(parent)
        self.parent_widget = parent
        self.title = title
        self.on_done = on_done
        self.error: str | None = None
        self.thread = QThread()
        self.worker = _Worker(fn)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Hủy"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> "Operation":
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.worker.cancelled = True

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total if total > 0 else 0)
            if total > 0:
                self.dialog.setValue(min(done, total))
            else:
                self.dialog.setLabelText(f"{self.title} ({done:,})".replace(",", "."))

    def _cleanup(self) -> None:
        self.thread.quit()
        self.thread.wait()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.close()
        self.ended.emit()

    def _finished(self, result) -> None:
        self._cleanup()
        if self.on_done:
            self.on_done(result)
        self.succeeded.emit(result)

    def _failed(self, message: str, details: str) -> None:
        self._cleanup()
        if not message:  # cancelled: nothing was written
            self.error = "cancelled"
            return
        self.error = message
        show_error(self.parent_widget, self.title, message, details)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    first, _, rest = message.partition("\n")
    box = QMessageBox(QMessageBox.Warning, title, first, QMessageBox.Ok, parent)
    if rest or details:
        box.setDetailedText((rest + "\n\n" + details).strip())
    box.setAttribute(Qt.WA_DeleteOnClose)
    # open(), not exec(): never a nested event loop (tests and other windows keep running).
    box.open()


def run_operation(parent: QWidget, title: str, fn, on_done=None) -> Operation:
    return Operation(parent, title, fn, on_done).start()
