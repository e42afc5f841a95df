"""The one runner for everything the window does to the data (Anki's CollectionOp and TaskManager).

- Every job that writes runs on ONE worker thread, in the order it was submitted (a thread pool of
  one): a clerk's save, an import, a restore, the log-in's record. The GUI thread never opens a write
  transaction, so the window never freezes behind another clerk's import. Work that only reads
  (exports, backups, consolidation) runs on a small pool beside it.
- `write(ctx, fn)` runs `fn(session)` in one write transaction as the context's user. The values
  `fn` needs are read from the widgets before it is queued: the worker never touches a widget.
- `run(ctx, title, fn)` runs long work `fn(progress)` with a progress dialog and Cancel; `progress`
  raises Cancelled after Cancel, so the core function rolls its transaction back.
- Each job runs inside core.changes.collect(): what it committed (tables, areas) comes back with its
  result and the context broadcasts it (`ctx.changed`) before `done(result)` runs. Pages refresh what
  they show from it; no caller names the areas.
- While a write waits (another clerk holds the database, or earlier work of this window still runs)
  a progress dialog with Cancel shows; Cancel abandons the wait and nothing is written
  (core.db.Watch).
- A failure comes back to `failed(exc)`; by default it is shown as a readable dialog (a refused
  import with the rows at fault).
"""
from __future__ import annotations

import threading
import time
import traceback
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox,
                               QProgressDialog, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core import changes as core_changes
from core.db import Watch, transaction, watching
from core.errors import Cancelled, CommuneDeskError
from gui.messages import error_text, problem_line, problem_text
from gui.widgets.buttons import close_button

# A write still not done after this long shows its progress dialog (with Cancel).
WRITE_DIALOG_DELAY_MS = 400


def tr(text: str) -> str:
    return QCoreApplication.translate("Operation", text)


def _valid(obj) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class _Bridge(QObject):
    """Runs closures posted from the worker threads on the GUI thread (Anki's run_on_main): a locked
    queue the GUI thread drains on a short timer while work is out, or in `Runner.wait_idle`. The
    workers never call into Qt."""

    POLL_MS = 10

    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()
        self._queue: deque[Callable[[], None]] = deque()
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.drain)

    def post(self, fn: Callable[[], None]) -> None:
        with self._lock:
            self._queue.append(fn)

    def drain(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    return
                fn = self._queue.popleft()
            fn()


class Runner:
    """The process's one writer (a single worker thread) and its small pool of readers."""

    def __init__(self):
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="communedesk-writer")
        self._readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="communedesk-reader")
        self._bridge = _Bridge()
        self.jobs: list[Job] = []  # submitted and not yet delivered (touched on the GUI thread only)
        self.writer_thread: threading.Thread | None = None

    def post(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread (from any thread)."""
        self._bridge.post(fn)

    def submit(self, job: "Job") -> "Job":
        self.jobs.append(job)
        if not self._bridge.timer.isActive():
            self._bridge.timer.start()
        (self._writer if job.writes else self._readers).submit(self._execute, job)
        return job

    def delivered(self, job: "Job") -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if not self.jobs:
            self._bridge.timer.stop()

    def _execute(self, job: "Job") -> None:
        if job.writes:
            self.writer_thread = threading.current_thread()
        try:
            job._work_on_worker()
        finally:
            self.post(job._deliver)

    @property
    def idle(self) -> bool:
        return not self.jobs

    def wait_idle(self, timeout_s: float | None = None, events: bool = False) -> bool:
        """Deliver every submitted job's end on the GUI thread before returning. With `events`, the
        event loop keeps running meanwhile (the window's close: a wait dialog stays usable); without,
        only the jobs' own deliveries run, as if the work had been done in place (tests). False if
        `timeout_s` passed first."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s

        def done() -> bool:
            self._bridge.drain()
            return not self.jobs or (deadline is not None and time.monotonic() > deadline)

        if events and not done():
            # A nested event loop, not processEvents() called again and again from Python: with PySide
            # 6.12 that loop crashed the process (shiboken's import hook, "deallocating None") when the
            # worker imported a module meanwhile, as the first start does when it migrates.
            loop = QEventLoop()
            timer = QTimer()
            timer.timeout.connect(lambda: done() and loop.quit())
            timer.start(20)
            loop.exec()
            timer.stop()
        while not done():
            time.sleep(0.003)
        return not self.jobs

    def cancel_all(self) -> None:
        for job in list(self.jobs):
            job.cancel()


_runner: Runner | None = None


def runner() -> Runner:
    global _runner
    if _runner is None:
        _runner = Runner()
    return _runner


class Job(QObject):
    """One piece of work on the runner. After it ends: `result`, `changes` (core.changes.ChangeSet),
    `error` ("cancelled", a message, or None), `exception`, `error_dialog`."""

    succeeded = Signal(object)
    ended = Signal()

    def __init__(self, title: str, work: Callable[[Callable], Any], *, ctx=None, parent: QWidget | None = None,
                 done: Callable[[Any], None] | None = None, failed: Callable[[BaseException], None] | None = None,
                 writes: bool = True, dialog: str | None = "progress", busy: Iterable[QWidget] = ()):
        super().__init__()
        self.title = title
        self.work = work
        self.ctx = ctx
        self.parent_widget = parent
        self.on_done = done
        self.on_failed = failed
        self.writes = writes
        self.dialog_kind = dialog  # "progress": long work; "wait": a write, shown only when it waits
        self.busy = [(w, w.isEnabled()) for w in busy if _valid(w)]
        self.result: Any = None
        self.changes = core_changes.NOTHING
        self.error: str | None = None
        self.exception: BaseException | None = None
        self.error_dialog: QWidget | None = None
        self.dialog: QProgressDialog | None = None
        self.watch = Watch(on_wait=self._waited)
        self.started = threading.Event()
        self.finished = False
        self._outcome: tuple = ("cancelled", None, core_changes.NOTHING, "")

    # ------------------------------------------------------------ the GUI thread
    def start(self) -> "Job":
        for w, _was in self.busy:
            w.setEnabled(False)
        runner().submit(self)
        if self.dialog_kind == "progress":
            self._open_dialog(self.title, minimum_ms=300)
        elif self.dialog_kind == "wait":
            QTimer.singleShot(WRITE_DIALOG_DELAY_MS, self._still_waiting)
        return self

    @property
    def running(self) -> bool:
        return not self.finished

    def cancel(self) -> None:
        self.watch.cancel()

    def _open_dialog(self, label: str, minimum_ms: int = 0) -> None:
        if self.finished or self.dialog is not None:
            return
        parent = self.parent_widget if _valid(self.parent_widget) else None
        dialog = QProgressDialog(label, tr("Hủy"), 0, 0, parent)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(minimum_ms)
        dialog.canceled.connect(self.cancel)
        if minimum_ms == 0:
            dialog.show()
        self.dialog = dialog

    def _still_waiting(self) -> None:
        if not self.finished:
            self._open_dialog(self._wait_text())

    def _wait_text(self, seconds: float | None = None) -> str:
        text = tr("Đang lưu… Dữ liệu đang bận: một người khác hoặc một việc trước (như nhập tệp lớn) đang ghi. "
                  "Bấm Hủy để thôi, không có gì được ghi.")
        if seconds:
            text += "\n" + tr("Đã chờ {n} giây.").format(n=int(seconds))
        return text

    def _show_wait(self, seconds: float) -> None:
        if self.finished:
            return
        if self.dialog is None:
            self._open_dialog(self._wait_text(seconds))
        elif _valid(self.dialog) and self.dialog_kind == "wait":
            self.dialog.setLabelText(self._wait_text(seconds))

    def _show_progress(self, done: int, total: int) -> None:
        if self.finished or not _valid(self.dialog):
            return
        self.dialog.setMaximum(total if total > 0 else 0)
        if total > 0:
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setLabelText(f"{self.title} ({done:,})".replace(",", "."))

    def _deliver(self) -> None:
        self.finished = True
        runner().delivered(self)
        if _valid(self.dialog):
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        for w, was in self.busy:
            if _valid(w):
                w.setEnabled(was)
        kind, value, changes, details = self._outcome
        self.changes = changes
        if changes and self.ctx is not None:
            self.ctx.changed.emit(changes)
        alive = self.parent_widget is None or _valid(self.parent_widget)
        if kind == "ok":
            self.result = value
            if alive and self.on_done is not None:
                self.on_done(value)
            self.succeeded.emit(value)
        elif kind == "cancelled":
            self.error = "cancelled"
        else:
            self.exception = value
            self.error = describe(value)
            # `failed` handles the expected failures (core's refusals); a fault is always shown.
            if alive and self.on_failed is not None and isinstance(value, CommuneDeskError):
                self.on_failed(value)
            else:
                self.error_dialog = show_failure(self.parent_widget if alive else None, self.title, value, details)
        self.ended.emit()

    # ------------------------------------------------------------ the worker thread
    def _progress(self, done: int, total: int | None = None) -> None:
        if self.watch.cancelled:
            raise Cancelled("cancelled")
        runner().post(lambda: self._show_progress(int(done), int(total or 0)))

    def _waited(self, seconds: float) -> None:
        runner().post(lambda: self._show_wait(seconds))

    def _work_on_worker(self) -> None:
        self.started.set()
        if self.watch.cancelled:  # cancelled while it waited in the queue: never started
            return
        with core_changes.collect() as seen:
            try:
                with watching(self.watch):
                    result = self.work(self._progress)
            except Cancelled:
                self._outcome = ("cancelled", None, seen.changes, "")
            except Exception as exc:
                if self.watch.cancelled:  # a statement interrupted by Cancel (PostgreSQL)
                    self._outcome = ("cancelled", None, seen.changes, "")
                else:
                    details = "" if isinstance(exc, CommuneDeskError) else traceback.format_exc()
                    self._outcome = ("failed", exc, seen.changes, details)
            else:
                self._outcome = ("ok", result, seen.changes, "")


def describe(exc: BaseException) -> str:
    """The clerk's words for a failure: core's messages in the window's language (a refused import:
    a summary, then its rows)."""
    if isinstance(exc, CommuneDeskError):
        return error_text(exc)
    return f"{type(exc).__name__}: {exc}"


def write(ctx, fn: Callable[[Any], Any], *, parent: QWidget | None = None, done=None, failed=None,
          title: str | None = None, busy: Iterable[QWidget] = ()) -> Job:
    """Queue `fn(session)` to run in one write transaction as `ctx`'s user, on the writer thread.
    `done(result)` or `failed(exc)` runs on the GUI thread after the pages have been told what changed.
    `busy` widgets (the Save button) are disabled meanwhile, so a save is never queued twice."""
    db, user = ctx.db, ctx.user

    def work(_progress):
        with transaction(db.sessions, user=user) as s:
            s.info["user"] = user
            return fn(s)

    return Job(title or tr("Lưu dữ liệu"), work, ctx=ctx, parent=parent, done=done, failed=failed,
               writes=True, dialog="wait", busy=busy).start()


def run(ctx, title: str, fn: Callable[[Callable], Any], *, parent: QWidget | None = None, done=None, failed=None,
        writes: bool = True, show_dialog: bool = True, busy: Iterable[QWidget] = ()) -> Job:
    """Long work `fn(progress)` (an import, an export, a backup) with a progress dialog and Cancel.
    `writes=False` for work that does not change the database (it runs beside the writer)."""
    return Job(title, fn, ctx=ctx, parent=parent, done=done, failed=failed, writes=writes,
               dialog="progress" if show_dialog else None, busy=busy).start()


def show_failure(parent: QWidget | None, title: str, exc: BaseException, details: str = "") -> QWidget:
    rows = [e for e in (getattr(exc, "errors", None) or []) if getattr(e, "row", 0)]
    if rows:
        return show_row_errors(parent, title, exc.errors)
    return show_error(parent, title, describe(exc), details)


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
                         "Sửa các dòng dưới đây trong tệp rồi nhập lại.").format(n=len({e.row for e in rows})))
        head.setWordWrap(True)
        layout.addWidget(head)
        for text in general:
            line = QLabel(text)
            line.setWordWrap(True)
            layout.addWidget(line)
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
            problem = QTableWidgetItem(problem_text(e))
            problem.setToolTip(problem.text())
            self.table.setItem(n, 2, problem)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        # The advice is often two or three lines: rows grow to it whenever the column's width
        # changes, or the end of the sentence (what to do) is cut off.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        self.buttons = close_button(self.reject)
        layout.addWidget(self.buttons)

    def add_action(self, text: str, on_click) -> QPushButton:
        """A button beside Đóng that closes the dialog and does something about the rows (a mapping
        to correct, say)."""
        button = self.buttons.addButton(text, QDialogButtonBox.ActionRole)
        button.clicked.connect(lambda _=False: (self.accept(), on_click()))
        return button


def show_row_errors(parent: QWidget | None, title: str, errors) -> RowErrorsDialog:
    dialog = RowErrorsDialog(title, errors, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog
