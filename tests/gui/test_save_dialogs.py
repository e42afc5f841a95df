"""The window's save dialogs check the chosen file as the command line checks its outputs
(core.files), before any work starts, and say why in the dialog: never the database in use or its
companions, a folder or a link."""
from __future__ import annotations

import os

import pytest

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.files import database_file
from gui.pages.dossiers import DossiersPage
from gui.widgets.actions import ask_file, output_refusal
from tests.gui.helpers import settle


def _refusal_box() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "output_refused" and w.isVisible()]
    return boxes[-1] if boxes else None


def _close_boxes():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


def _choose(dialog, path) -> None:
    dialog.selectFile(str(path))
    dialog.accept()
    settle()


def test_a_refused_file_keeps_the_dialog_open_with_the_reason(qtbot, ctx, sqlite_db, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[str] = []
    db_path = database_file(sqlite_db)
    (tmp_path / "thu-muc").mkdir()
    os.symlink(db_path, tmp_path / "lien-ket.xlsx")
    for target, words in ((db_path, "cơ sở dữ liệu đang dùng"), (f"{db_path}-wal", "cơ sở dữ liệu đang dùng"),
                          (tmp_path / "thu-muc", "thư mục"), (tmp_path / "lien-ket.xlsx", "")):
        dialog = ask_file(parent, "Lưu danh sách hồ sơ", str(tmp_path), "Excel (*.xlsx)", chosen.append,
                          save=True, db=sqlite_db)
        _choose(dialog, target)
        box = _refusal_box()
        assert box is not None, target
        assert words in box.text() and "không có gì được ghi" in box.text(), box.text()
        assert dialog.isVisible()  # the clerk chooses again
        _close_boxes()
        dialog.reject()
        settle()
    assert chosen == []

    dialog = ask_file(parent, "Lưu danh sách hồ sơ", str(tmp_path), "Excel (*.xlsx)", chosen.append,
                      save=True, db=sqlite_db)
    _choose(dialog, tmp_path / "ho-so.xlsx")
    assert _refusal_box() is None
    assert chosen == [str(tmp_path / "ho-so.xlsx")]


def test_the_dossier_list_export_refuses_the_database(qtbot, ctx, sqlite_db, tmp_path):
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    written: list[str] = []
    page.export_file = written.append  # the dialog's answer, before any work
    dialog = page.choose_export_file()
    _choose(dialog, database_file(sqlite_db))
    assert _refusal_box() is not None and written == [] and dialog.isVisible()
    _close_boxes()
    _choose(dialog, tmp_path / "ho-so.xlsx")
    assert written == [str(tmp_path / "ho-so.xlsx")]


def test_the_same_words_as_the_command_line(sqlite_db, tmp_path):
    """The window's reason is the command line's refusal, in the window's language."""
    from core.errors import CommuneDeskError
    from core.files import check_output

    target = database_file(sqlite_db)
    with pytest.raises(CommuneDeskError) as err:
        check_output(sqlite_db, target)
    assert err.value.code == "output.is_database"
    assert str(target) in output_refusal(sqlite_db, str(target))
    assert output_refusal(sqlite_db, str(tmp_path / "bao-cao.pdf")) is None
