"""Window tests: preferences in a throw-away file, files recorded instead of opened, slips in tmp."""
from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _window_sandbox(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNEDESK_SETTINGS", str(tmp_path / "prefs.ini"))
    monkeypatch.setenv("COMMUNEDESK_NO_OPEN", "1")
    from gui import desktop, prefs

    prefs.put("slips/folder", str(tmp_path / "slips"))
    prefs.put("exports/folder", str(tmp_path))
    desktop.opened.clear()
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
