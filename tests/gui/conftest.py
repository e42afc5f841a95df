"""Window tests: preferences in a throw-away file, files recorded instead of opened, slips in tmp."""
from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _window_sandbox(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNEDESK_SETTINGS", str(tmp_path / "prefs.ini"))
    monkeypatch.setenv("COMMUNEDESK_NO_OPEN", "1")
    from gui import desktop, prefs, printing

    prefs.put("slips/folder", str(tmp_path / "slips"))
    for kind in ("reports", "exports", "imports"):
        prefs.put(f"folders/{kind}", str(tmp_path))
    desktop.opened.clear()
    printing.shown.clear()
    yield


@pytest.fixture
def gui_db(sqlite_db):
    return sqlite_db


@pytest.fixture
def ctx(sqlite_db):
    from gui.context import AppContext

    return AppContext(sqlite_db, user="canbo1")


def pytest_configure(config):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """Work a test left queued finishes before its database is closed."""
    yield
    from gui import ops

    if ops._runner is not None and not ops.runner().wait_idle(60):
        ops.runner().cancel_all()  # a job stuck waiting must not hold the writer for the next tests
        ops.runner().wait_idle(30)



@pytest.fixture(autouse=True)
def _no_writes_on_the_gui_thread():
    """Every window test also checks that no code of gui/ wrote on the GUI thread: writes go through
    gui.ops's worker."""
    from tests.gui.helpers import gui_thread_writes

    with gui_thread_writes() as found:
        yield found
    assert found == [], "the GUI thread wrote: " + "; ".join(found)
