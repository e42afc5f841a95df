"""Qt's own dialogs in Vietnamese: every string Qt looks up while the window's file, message, print,
preview, page set-up, progress and input dialogs are shown has a Vietnamese translation
(resources/translations/qtbase_vi.ts, installed by gui.i18n), and none of them shows an English word."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from gui import i18n
from tests.gui import qt_dialogs
from tests.gui.helpers import settle

# Words of Qt's English dialogs a clerk saw ("Look in", "File name", "Save", "Cancel" …).
ENGLISH = re.compile(r"\b(Look in|File name|Files of type|Save|Cancel|Open|Close|Yes|No|Print|Preview|Page|"
                     r"Printer|Properties|Options|Copies|Apply|Reset|Help|Abort|Retry|Ignore|Discard|"
                     r"Restore Defaults|Show Details|Hide Details|Detail View|List View|Back|Forward|Parent "
                     r"Directory|Create New Folder|Name|Size|Type|Date Modified|Zoom|Portrait|Landscape|"
                     r"Paper|Margins|Orientation|Undo|Redo|Cut|Copy|Paste|Delete|Select All)\b")


@pytest.fixture
def vietnamese(qapp):
    assert i18n.install("vi") == "vi"
    recorder = qt_dialogs.Recorder(qapp)
    qapp.installTranslator(recorder)
    yield recorder
    qapp.removeTranslator(recorder)
    for t in i18n._installed:
        qapp.removeTranslator(t)
    i18n._installed.clear()


def _shown(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(900, 700)
    parent.show()
    (tmp_path / "a.xlsx").write_bytes(b"")
    dialogs = qt_dialogs.open_all(parent, tmp_path)
    settle()
    return parent, dialogs


def test_every_qt_string_the_dialogs_ask_for_has_a_vietnamese_translation(vietnamese, qtbot, tmp_path):
    parent, dialogs = _shown(qtbot, tmp_path)
    try:
        assert qt_dialogs.missing(vietnamese) == []
        assert len(vietnamese.asked) > 100  # the recorder really heard Qt's dialogs ask
    finally:
        for d in dialogs.values():
            d.close()


def test_the_dialogs_show_no_english_word(vietnamese, qtbot, tmp_path):
    parent, dialogs = _shown(qtbot, tmp_path)
    try:
        english = {name: sorted({t for t in qt_dialogs.texts(d) if ENGLISH.search(t.replace("&", ""))})
                   for name, d in dialogs.items() if not isinstance(d, type(None))}
        english["text_menu"] = [t for t in qt_dialogs.menu_texts(dialogs["text_menu"])
                                if ENGLISH.search(t.replace("&", ""))]
        assert {k: v for k, v in english.items() if v} == {}
        save = qt_dialogs.texts(dialogs["file_save_detail"])
        assert "&Lưu" in save and "Hủy" in save and "Tên &tệp:" in save
        assert {"Tên", "Kích cỡ", "Loại"} <= set(save)  # the detail view's columns
        box = [b.text() for b in dialogs["message_box"].buttons()]
        assert {"&Có", "&Không", "Đồng ý", "Hủy", "Lưu"} <= set(box)
        assert "Xem trước khi in" in dialogs["print_preview"].windowTitle()
    finally:
        for d in dialogs.values():
            d.close()


def test_standard_buttons_and_a_plain_file_dialog_read_vietnamese(vietnamese, qtbot, tmp_path):
    buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
    qtbot.addWidget(buttons)
    assert [buttons.button(b).text() for b in (QDialogButtonBox.Save, QDialogButtonBox.Cancel)] == ["Lưu", "Hủy"]
    box = QMessageBox(QMessageBox.Question, "Hỏi", "?", QMessageBox.Yes | QMessageBox.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.Yes).text() == "&Có" and box.button(QMessageBox.No).text() == "&Không"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Tên &tệp:"
    dialog = QFileDialog(None, "Lưu", str(tmp_path))
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = qt_dialogs.texts(dialog)
    assert "&Tìm trong:" in labels and "&Loại tệp:" in labels


def test_english_mode_keeps_qt_in_english(qapp, qtbot):
    try:
        assert i18n.install("en") == "en"
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.Cancel).text() == "Cancel"
    finally:
        for t in i18n._installed:
            qapp.removeTranslator(t)
        i18n._installed.clear()
        i18n._language["current"] = "vi"


def test_the_shipped_qm_is_built_from_the_ts(tmp_path):
    """`python -m gui.i18n check` lists no unfinished Qt string and the .qm is the .ts released."""
    assert i18n.untranslated(i18n.ts_path("vi", i18n.QT_CATALOGUE)) == []
    assert "vi" in i18n.own_qt_languages()
    qm = i18n.qm_path("vi", i18n.QT_CATALOGUE)
    if i18n.tool("pyside6-lrelease") is None:
        pytest.skip("no pyside6-lrelease")
    out = tmp_path / "q.qm"
    i18n.run_lrelease(i18n.ts_path("vi", i18n.QT_CATALOGUE), out)
    assert out.read_bytes() == qm.read_bytes()
