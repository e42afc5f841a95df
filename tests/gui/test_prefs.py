"""The window's preferences through their declarations (core.settings.WORKSTATION): typed, unknown
keys refused, and a first-release preferences file upgraded when the window starts."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from core import settings
from gui import prefs

WIDTHS = [150, 130, 141, 200, 101, 80, 137, 90, 82, 99]


@pytest.fixture
def first_release_ini(monkeypatch, tmp_path):
    """A preferences file as the first release wrote it (its own QSettings calls)."""
    from PySide6.QtCore import QByteArray, QSettings

    path = tmp_path / "old" / "prefs.ini"
    path.parent.mkdir()
    qs = QSettings(str(path), QSettings.IniFormat)
    qs.setValue("ui/lang", "en")
    qs.setValue("dossiers/columns", WIDTHS)
    qs.setValue("dossiers/hidden", "channel")
    qs.setValue("window/page", "staff")
    qs.setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb"))
    qs.sync()
    monkeypatch.setenv("COMMUNEDESK_SETTINGS", str(path))
    return path


def test_a_first_release_file_is_upgraded(first_release_ini):
    before = first_release_ini.read_bytes()
    assert prefs.upgrade() == [2, 3]
    widths = prefs.get("dossiers/column_widths")
    assert widths == {"code": 150, "received": 130, "applicant": 141, "procedure": 200, "field": 101,
                      "channel": 80, "handler": 137, "due": 90, "completed": 82, "status": 99}
    assert not prefs.prefs().contains("dossiers/columns")
    assert (prefs.get("ui/lang"), prefs.get("window/page"), prefs.get("dossiers/hidden")) == ("en", "staff", ["channel"])
    assert prefs.get("window/geometry") == b"\x01\xd9\xd0\xcb"
    assert str(prefs.prefs().value("settings/version")) == "3"
    kept = first_release_ini.with_name("prefs-v1.ini")
    assert kept.read_bytes() == before  # the file as it was, kept aside
    assert prefs.upgrade() == []  # once


def test_the_one_export_folder_becomes_the_exports_kinds(monkeypatch, tmp_path):
    """Version 2 had one folder for every file dialog; version 3 remembers one per kind."""
    from PySide6.QtCore import QSettings

    path = tmp_path / "v2.ini"
    qs = QSettings(str(path), QSettings.IniFormat)
    qs.setValue("settings/version", "2")
    qs.setValue("exports/folder", str(tmp_path))
    qs.sync()
    monkeypatch.setenv("COMMUNEDESK_SETTINGS", str(path))
    assert prefs.upgrade() == [3]
    assert prefs.get("folders/exports") == str(tmp_path) and not prefs.prefs().contains("exports/folder")
    assert prefs.get("folders/reports") is None


def test_the_dossier_list_takes_the_upgraded_widths(first_release_ini, qtbot, ctx):
    from gui.models.dossier_table import COLUMN_KEYS
    from gui.pages.dossiers import DossiersPage

    prefs.upgrade()
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    assert page.view.columnWidth(COLUMN_KEYS.index("handler")) == 137
    assert page.view.isColumnHidden(COLUMN_KEYS.index("channel"))
    assert not page.view.isColumnHidden(COLUMN_KEYS.index("completed"))
    page.view.setColumnWidth(COLUMN_KEYS.index("due"), 111)
    page.window_closing()
    assert prefs.get("dossiers/column_widths")["due"] == 111


def test_a_new_store_is_written_in_the_current_layout(monkeypatch, tmp_path):
    path = tmp_path / "new" / "prefs.ini"
    monkeypatch.setenv("COMMUNEDESK_SETTINGS", str(path))
    assert prefs.upgrade() == [] and not path.exists()  # nothing to upgrade, nothing written
    prefs.put("window/page", "reports")
    assert str(prefs.prefs().value("settings/version")) == "3" and prefs.upgrade() == []


def test_preferences_are_typed_and_unknown_keys_refused():
    assert prefs.get("dossiers/hidden") == ["channel", "completed"]  # the declared default
    prefs.put("dossiers/hidden", [])  # all shown: a value, not the default
    assert prefs.get("dossiers/hidden") == []
    prefs.put("window/geometry", b"\x01\xd9\xd0\xcb")
    assert prefs.get("window/geometry") == b"\x01\xd9\xd0\xcb"
    prefs.put("ui/lang", "vi")  # the default: nothing kept
    assert not prefs.prefs().contains("ui/lang") and prefs.get("ui/lang") == "vi"
    with pytest.raises(ValueError):
        prefs.put("ui/lang", "fr")
    with pytest.raises(settings.UnknownSetting):
        prefs.get("window/colour")
    with pytest.raises(settings.UnknownSetting):
        prefs.put("dossiers/columns", [100, 120])  # the old key is no longer declared


def test_a_hand_edited_value_reads_as_the_default(tmp_path):
    path = Path(os.environ["COMMUNEDESK_SETTINGS"])
    qs = prefs.prefs()
    qs.setValue("dossiers/column_widths", "code=wide")
    qs.sync()
    assert path.is_file() and prefs.get("dossiers/column_widths") == {}
