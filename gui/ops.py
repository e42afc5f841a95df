"""One runner for long work (imports, exports, backups): a worker thread, a progress dialog with
Cancel, errors shown as a readable dialog with the rows at fault. The window never freezes."""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox,
                               QProgressDialog, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core.errors import Cancelled, CommuneDeskError
from gui.messages import error_text, problem_line, problem_text


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str, object)  # message, details, the exception (None when cancelled)

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
            self.failed.emit("", "", None)
        except CommuneDeskError as exc:
            self.failed.emit(str(exc), "", exc)
        except Exception as exc:  # an unexpected fault: show it, keep the window alive
            self.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc(), exc)
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
        self.exception: BaseException | None = None
        self.error_dialog: QWidget | None = None
        self.thread = QThread()
        self.worker = _Worker(fn)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, QCoreApplication.translate("Operation", "Hủy"), 0, 0, parent)
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

    def _failed(self, message: str, details: str, exc=None) -> None:
        self._cleanup()
        if not message:  # cancelled: nothing was written
            self.error = "cancelled"
            return
        if isinstance(exc, CommuneDeskError):  # core's problems in the window's language
            message = error_text(exc)
        self.error = message
        self.exception = exc
        rows = [e for e in (getattr(exc, "errors", None) or []) if getattr(e, "row", 0)]
        if rows:
            self.error_dialog = show_row_errors(self.parent_widget, self.title, exc.errors)
        else:
            self.error_dialog = show_error(self.parent_widget, self.title, message, details)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> QMessageBox:
    first, _, rest = message.partition("\n")
    box = QMessageBox(QMessageBox.Warning, title, first, QMessageBox.Ok, parent)
    box.button(QMessageBox.Ok).setText(QCoreApplication.translate("Operation", "Đóng"))
    if rest or details:
        box.setDetailedText((rest + "\n\n" + details).strip())
    box.setAttribute(Qt.WA_DeleteOnClose)
    # open(), not exec(): never a nested event loop (tests and other windows keep running).
    box.open()
    return box


class RowErrorsDialog(QDialog):
    """A refused import: every row at fault in a table (row as Excel shows it, column, problem)."""

    def __init__(self, title: str, errors, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        rows = [e for e in errors if getattr(e, "row", 0)]
        general = [problem_line(e) for e in errors if not getattr(e, "row", 0)]
        head = QLabel(QCoreApplication.translate(
            "Operation", "Tệp chưa được nhập: {n} dòng có lỗi. Không có dữ liệu nào bị ghi. "
                         "Sửa các dòng dưới đây trong tệp rồi nhập lại.").format(n=len(rows)))
        head.setWordWrap(True)
        layout.addWidget(head)
        for text in general:
            layout.addWidget(QLabel(text))
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Operation", "Dòng"),
                                              QCoreApplication.translate("Operation", "Cột"),
                                              QCoreApplication.translate("Operation", "Lỗi")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        for n, e in enumerate(rows):
            self.table.setItem(n, 0, QTableWidgetItem(str(e.row)))
            self.table.setItem(n, 1, QTableWidgetItem(e.column or ""))
            self.table.setItem(n, 2, QTableWidgetItem(problem_text(e)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(QCoreApplication.translate("Operation", "Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_row_errors(parent: QWidget | None, title: str, errors) -> RowErrorsDialog:
    dialog = RowErrorsDialog(title, errors, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog


def run_operation(parent: QWidget, title: str, fn, on_done=None) -> Operation:
    return Operation(parent, title, fn, on_done).start()
