"""The one write path (gui.ops): every write runs on one worker thread, in order, never on the GUI
thread; a write waiting for another clerk's lock keeps the window alive, shows its wait and can be
cancelled with nothing written; what it changed reaches the pages without anyone naming an area."""
from __future__ import annotations

import ast
import sqlite3
import threading
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton
from sqlalchemy import select, text

from core.catalogue import find_procedure
from core.db import transaction
from core.dossiers import Applicant, intake
from core.models import Setting
from gui import ops
from tests.gui.helpers import GUI_DIR, gui_thread_writes, settle

GUI = Path(__file__).resolve().parents[2] / "gui"


def _setting(db, key):
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(Setting.value).where(Setting.key == key))


def _add_setting(key, value):
    def fn(s):
        s.add(Setting(key=key, value=value))
        return key
    return fn


class Ticker:
    """Counts the event loop's turns: a frozen GUI thread stops it."""

    def __init__(self, ms=20):
        self.ticks, self.longest, self._last = 0, 0.0, time.monotonic()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(ms)

    def _tick(self):
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self):
        self.timer.stop()


def _hold_write_lock(db):
    holder = sqlite3.connect(db.engine.url.database, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another clerk's long import, as far as this window can tell
    return holder


def test_a_write_waiting_for_the_lock_keeps_the_window_alive_and_can_be_cancelled(qtbot, ctx, sqlite_db):
    holder = _hold_write_lock(sqlite_db)
    try:
        ticker = Ticker()
        job = ops.write(ctx, _add_setting("office.phone", "0243 123 456"))
        qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
        assert isinstance(job.dialog, QProgressDialog) and "Bấm Hủy" in job.dialog.labelText()
        # While the write waits for the lock (held until the end of the test), the event loop keeps
        # turning: a GUI thread blocked on the lock would never reach 15 turns. No time is asserted.
        qtbot.waitUntil(lambda: ticker.ticks >= 15, timeout=30000)
        assert job.running
        cancel = next(b for b in job.dialog.findChildren(QPushButton) if b.text() == "Hủy")
        cancel.click()  # the clerk presses Hủy
        qtbot.waitUntil(lambda: not job.running, timeout=3000)
        ticker.stop()
        assert job.error == "cancelled" and job.result is None and not job.changes
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert _setting(sqlite_db, "office.phone") is None  # nothing written


def test_a_write_waits_out_the_lock_then_commits(qtbot, ctx, sqlite_db):
    holder = _hold_write_lock(sqlite_db)
    threading.Timer(0.8, lambda: (holder.execute("COMMIT"), holder.close())).start()
    seen = []
    job = ops.write(ctx, _add_setting("office.phone", "1"), done=seen.append)
    qtbot.waitUntil(lambda: not job.running, timeout=10000)
    assert seen == ["office.phone"] and job.error is None and job.dialog is None
    assert _setting(sqlite_db, "office.phone") == "1"


def test_writes_run_on_one_worker_thread_in_the_order_given(qtbot, ctx, sqlite_db):
    threads, order = set(), []

    def step(i):
        def fn(s):
            threads.add(threading.current_thread().name)
            time.sleep(0.02 if i % 3 else 0)
            order.append(i)
            s.add(Setting(key=f"step.{i:02d}", value=str(i)))
            return i
        return fn

    results = []
    jobs = [ops.write(ctx, step(i), done=results.append) for i in range(12)]
    settle()
    assert order == results == list(range(12))
    assert len(threads) == 1 and threading.main_thread().name not in threads
    assert all(j.error is None for j in jobs)
    with transaction(sqlite_db.sessions, write=False) as s:  # committed in that order
        keys = s.scalars(text("SELECT key FROM setting WHERE key LIKE 'step.%' ORDER BY rowid")).all()
        assert keys == [f"step.{i:02d}" for i in range(12)]


def test_what_a_write_changed_reaches_the_pages_without_naming_an_area(qtbot, ctx, sqlite_db):
    from gui.pages.dashboard import DashboardPage
    from gui.pages.dossiers import DossiersPage
    from gui.pages.equipment import EquipmentPage

    dashboard, dossiers, equipment = DashboardPage(ctx), DossiersPage(ctx), EquipmentPage(ctx)
    for page in (dashboard, dossiers, equipment):
        qtbot.addWidget(page)
        page.show()
    assert dashboard.figures.received_today == 0 and dossiers.model.rowCount() == 0
    refreshed = []
    equipment.refresh = lambda: refreshed.append("equipment")
    broadcast = []
    ctx.changed.connect(broadcast.append)

    def take_in(s):
        proc = find_procedure(s, "Đăng ký khai sinh")
        return intake(s, procedure_id=proc.id, applicant=Applicant("Nguyễn Thị Hường"),
                      received_at=datetime.now().replace(second=0, microsecond=0)).id

    job = ops.write(ctx, take_in)
    settle()
    assert job.error is None and "dossiers" in job.changes and "dossier" in job.changes.tables
    assert broadcast == [job.changes]
    assert dashboard.figures.received_today == 1 and dashboard.tiles["received_today"].value.text() == "1"
    assert dossiers.model.rowCount() == 1 and dossiers.count_label.text() == "1 hồ sơ"
    assert refreshed == []  # the equipment page shows nothing that changed


def test_a_failed_write_writes_nothing_and_tells_the_caller(qtbot, ctx, sqlite_db):
    from core.errors import ValidationError
    from core.messages import problem

    def refused(s):
        s.add(Setting(key="office.phone", value="1"))
        s.flush()
        raise ValidationError({"phone": problem("dossier.phone")})

    failures, broadcast = [], []
    ctx.changed.connect(broadcast.append)
    job = ops.write(ctx, refused, failed=failures.append)
    settle()
    assert [type(e) for e in failures] == [ValidationError] and job.error
    assert broadcast == [] and _setting(sqlite_db, "office.phone") is None


# ---------------------------------------------------------------- nothing else writes
def _calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def test_no_gui_module_writes_on_its_own():
    """Only gui/ops.py opens a write transaction; nothing calls the old `ctx.write(area)`."""
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            where = f"{path.relative_to(GUI.parent)}:{call.lineno}"
            if isinstance(func, ast.Attribute) and func.attr == "write" \
                    and ast.unparse(func.value).split(".")[-1] == "ctx":
                offenders.append(f"{where} calls ctx.write")
            if name == "transaction" and path.name != "ops.py":
                reads = any(k.arg == "write" and isinstance(k.value, ast.Constant) and k.value.value is False
                            for k in call.keywords)
                if not reads:
                    offenders.append(f"{where} opens a write transaction")
            if name in ("sessionmaker", "Session", "begin") and "sessions" in ast.unparse(func):
                offenders.append(f"{where} opens a session by hand")
    assert offenders == []
    from gui.context import AppContext

    assert not hasattr(AppContext, "write")


def test_a_write_by_gui_code_on_the_gui_thread_is_caught(qtbot, ctx, sqlite_db, _no_writes_on_the_gui_thread):
    """The check every window test runs (tests/gui/conftest.py) sees such a write, not the worker's."""
    source = ("from core.db import transaction\nfrom core.models import Setting\n"
              "with transaction(db.sessions) as s:\n    s.add(Setting(key=key, value='1'))\n")
    code = compile(source, str(Path(GUI_DIR) / "pages" / "frozen.py"), "exec")
    with gui_thread_writes() as found:
        exec(code, {"db": sqlite_db, "key": "on.gui.thread"})
        ops.run(ctx, "worker", lambda _p: exec(code, {"db": sqlite_db, "key": "on.worker"}), show_dialog=False)
        settle()
    assert found and all("frozen.py" in f for f in found)
    assert any(f.startswith("INSERT INTO setting") for f in found) and len(found) == 3  # BEGIN, setting, audit
    assert _setting(sqlite_db, "on.worker") == "1"
    assert _no_writes_on_the_gui_thread == found  # the suite-wide check saw it too; forgiven here
    _no_writes_on_the_gui_thread.clear()


def test_a_refused_row_shows_its_whole_advice(qtbot):
    """A problem is often a sentence of what is wrong and what to do: its row grows to the whole of it,
    and the full text is in the row's tooltip."""
    from core.errors import RowError

    long = RowError(7, "Mã hồ sơ", "import.duplicate_column", first="C", first_name="Mã hồ sơ " * 6,
                    second="H", second_name="Số hồ sơ trên hệ thống một cửa " * 4)
    short = RowError(8, "Ngày", "import.missing_column", names=["Ngày"])
    dialog = ops.RowErrorsDialog("Nhập", [long, short])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    item = dialog.table.item(0, 2)
    assert item.toolTip() == item.text()
    line = dialog.table.fontMetrics().lineSpacing()
    assert dialog.table.rowHeight(0) >= 3 * line  # wrapped onto every line it needs
    assert dialog.table.rowHeight(1) < dialog.table.rowHeight(0)


def test_the_refusal_counts_rows_not_problems(qtbot):
    from core.errors import RowError

    problems = [RowError(8, "Ngày tiếp nhận", "required"), RowError(8, "Thủ tục", "required"),
                RowError(10, "Kênh nộp", "required")]
    dialog = ops.RowErrorsDialog("Nhập", problems)
    qtbot.addWidget(dialog)
    head = dialog.findChildren(QLabel)[0]
    assert head.text().startswith("Tệp chưa được nhập: 2 dòng có lỗi.")
    assert dialog.table.rowCount() == 3  # every problem is listed
