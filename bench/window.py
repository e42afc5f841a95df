"""The dossier window, measured offscreen (QT_QPA_PLATFORM=offscreen) over the benchmark's database.

- window_open: a whole process, from start to the dossier list painted: Python, Qt, the database
  opened, the main window on its Hồ sơ page, the visible rows painted (then the process ends).
  Baseline: a process running the same SQL statements with sqlite3 alone.
- window_filter / window_filter_overdue / window_search / window_search_code / window_last_row: in a
  window already open, one clerk's action until the list is painted again: choose a field, choose
  "overdue", search a name, search the most common name, search part of a code, jump to the last
  row. Baseline: the SQL statements
  the window ran for that action (captured on the engine), replayed with sqlite3 alone.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from capture import Recorder, replay

ACTIONS = ("window_filter", "window_filter_overdue", "window_search", "window_search_common", "window_search_code",
           "window_last_row")
SIZE = (1280, 800)


def _env(ctx) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(Path(ctx["workdir"]) / "pycache"),
               COMMUNEDESK_SETTINGS=str(Path(ctx["workdir"]) / "window-prefs.ini"))
    return env


# ---------------------------------------------------------------- inside the measured processes
def _open_window(db_path: str):
    """The main window on the dossier page, shown and painted. Returns (window, page, recorder)."""
    from PySide6.QtWidgets import QApplication

    from core.commune import open_database
    from gui.app import make_app
    from gui.context import AppContext
    from gui.main_window import MainWindow

    make_app()
    db = open_database(db_path)
    recorder = Recorder(db.engine)
    ctx = AppContext(db, user=None, lang="vi")
    window = MainWindow(ctx, remember=False)
    window.resize(*SIZE)
    page = window.show_page("dossiers")
    window.show()
    QApplication.processEvents()
    _paint(page)
    return window, page, recorder


def _paint(page) -> None:
    """Let the queued work run, then render the list as the screen would (the visible rows only)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    page.view.viewport().grab()
    QApplication.processEvents()


def open_process_main(db_path: str, sql_out: str | None) -> None:
    """`python bench/window.py open DB [SQL_OUT]`: open to a painted list, then end at once."""
    from peak import record

    _window, _page, recorder = _open_window(db_path)
    if sql_out:
        Path(sql_out).write_text(json.dumps(recorder.statements), encoding="utf-8")
    record()
    sys.stdout.flush()
    os._exit(0)  # the clerk sees the list now; tearing Qt down is not part of opening


def _actions(page, ctx):
    """name → (prepare, act): `prepare` (untimed) brings the page to its starting state."""
    from PySide6.QtWidgets import QApplication

    def reset():
        page.clear_filters()
        page.view.scrollToTop()
        page.model.reload()
        _paint(page)

    def choose(combo, data):
        def act():
            combo.setCurrentIndex(max(combo.findData(data), 0))
        return act

    def search(text):
        def act():
            page.search.setText(text)
            page.apply_filters()  # what Enter does; typing waits for a pause first
        return act

    def last_row():
        page.view.scrollToBottom()
        QApplication.processEvents()

    return {
        "window_filter": (reset, choose(page.field, ctx["filter_field"])),
        "window_filter_overdue": (reset, choose(page.deadline, "overdue")),
        "window_search": (reset, search(ctx["search_name"])),
        "window_search_common": (reset, search(ctx["search_common"])),
        "window_search_code": (reset, search(ctx["search_code"])),
        "window_last_row": (reset, last_row),
    }


def measure_actions(ctx, reps: int) -> tuple[dict[str, list[float]], dict[str, int]]:
    window, page, recorder = _open_window(ctx["main"])
    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    matches: dict[str, int] = {"window_open": page.model.total}
    statements: dict[str, list] = {}
    for name, (prepare, act) in _actions(page, ctx).items():
        times[name], cpu[name] = [], []
        for i in range(1 + reps):
            recorder.on = False
            prepare()
            recorder.start()
            t, c = time.perf_counter(), time.process_time()
            act()
            _paint(page)
            dt, dc = time.perf_counter() - t, time.process_time() - c
            recorder.on = False
            if page.model.failed:
                raise RuntimeError(f"{name}: the list failed: {page.model.failed}")
            if i == 0:
                statements[name] = recorder.statements  # the warm-up's SQL is the baseline's
                matches[name] = page.model.total
            else:
                times[name].append(dt)
                cpu[name].append(dc)
    Path(ctx["workdir"], "window-sql.json").write_text(json.dumps(statements), encoding="utf-8")
    window.close()
    return times, cpu, matches


def measure(ctx, side: str, reps: int) -> dict:
    """Called by run.py in a worker process: {"parts": {name: [seconds…]}, "peak_mb": …}."""
    from run import run_child

    open_sql = Path(ctx["workdir"]) / "window-open-sql.json"
    parts: dict[str, list[float]] = {"window_open": []}
    cpu: dict[str, list[float]] = {"window_open": []}
    matches: dict[str, int] = {}
    peaks = []
    env = _env(ctx)
    if side == "app":
        for i in range(1 + reps):
            cmd = [sys.executable, str(Path(__file__).resolve()), "open", ctx["main"]]
            if i == 0:
                cmd.append(str(open_sql))
            dt, peak, c = run_child(cmd, env=env, cwd=ctx["workdir"])
            if i:
                parts["window_open"].append(dt)
                cpu["window_open"].append(c)
                peaks.append(peak)
        os.environ.update(env)
        times, action_cpu, matches = measure_actions(ctx, reps)
        parts.update(times)
        cpu.update(action_cpu)
    else:
        code = ("import json, sqlite3, sys; conn = sqlite3.connect(sys.argv[1]); "
                "[conn.execute(s, p).fetchall() for s, p in json.load(open(sys.argv[2], encoding='utf-8'))]")
        for i in range(1 + reps):
            dt, peak, c = run_child([sys.executable, "-c", code, ctx["main"], str(open_sql)], env=env,
                                    cwd=ctx["workdir"])
            if i:
                parts["window_open"].append(dt)
                cpu["window_open"].append(c)
                peaks.append(peak)
        statements = json.loads(Path(ctx["workdir"], "window-sql.json").read_text(encoding="utf-8"))
        for name in ACTIONS:
            parts[name], cpu[name] = [], []
            for i in range(1 + reps):
                t, c = time.perf_counter(), time.process_time()
                replay(ctx["main"], statements[name])
                if i:
                    parts[name].append(time.perf_counter() - t)
                    cpu[name].append(time.process_time() - c)
    # The peak of the window: the larger of the opening process and this one (the actions).
    from peak import hwm_mb

    own = hwm_mb() or 0
    return {"parts": parts, "cpu": {k: v for k, v in cpu.items() if None not in v},
            "peak_mb": max([own] + [p for p in peaks if p]) or None, "matches": matches}


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "open":
        here = Path(__file__).resolve().parent
        sys.path[:0] = [str(here.parent), str(here)]
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        open_process_main(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    else:
        sys.exit("usage: window.py open DB [SQL_OUT]")
