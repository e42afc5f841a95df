"""Trợ giúp → Hướng dẫn sử dụng (F1): the guide shipped with the program opens in its own window, in
the window's language, with its four topics, a table of contents, a search, and every picture it
shows present (made by tools/guide_shots.py)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from core import resource
from gui.guide import LANGUAGES, contents, guide_file, images
from gui.main_window import MainWindow

TOPICS = ("counter", "return", "imports", "backups")


def _window(qtbot, ctx):
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_f1_opens_the_vietnamese_guide(qtbot, ctx):
    window = _window(qtbot, ctx)
    assert window.act_guide.shortcut().toString() == "F1"
    qtbot.keyClick(window, Qt.Key_F1)
    guide = window.guide
    qtbot.addWidget(guide)
    assert guide.isVisible() and guide.windowTitle() == "Hướng dẫn sử dụng CommuneDesk"
    assert guide.path == guide_file("vi")
    text = guide.browser.toPlainText()
    assert "Công việc hằng ngày ở quầy" in text and "Sao lưu và khôi phục" in text
    assert set(TOPICS) <= set(guide.anchors())
    # the table of contents goes to its topic; F1 again brings back the same window
    item = guide.toc.item(guide.anchors().index("backups"))
    guide.toc.itemClicked.emit(item)
    assert guide.browser.verticalScrollBar().value() > 0
    window.show_guide()
    assert window.guide is guide


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_has_the_four_topics_and_every_picture_it_shows(lang):
    html = guide_file(lang).read_text(encoding="utf-8")
    anchors = [a for level, a, _title in contents(html) if level == 2]
    assert anchors == list(TOPICS)
    shown = images(html)
    assert len(shown) >= 8
    for src in shown:
        picture = resource("guide", lang, *src.split("/"))
        assert picture.is_file(), src
        data = picture.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) < 200_000, src
    from tools.guide_shots import SHOTS

    assert {f"img/{name}.png" for name in SHOTS} == set(shown)  # the command makes every picture, no more


def test_english_mode_shows_the_english_guide(qtbot, sqlite_db):
    from gui import i18n
    from gui.context import AppContext

    assert i18n.install("en") == "en"
    try:
        window = _window(qtbot, AppContext(sqlite_db, lang="en"))
        guide = window.show_guide()
        qtbot.addWidget(guide)
        assert guide.windowTitle() == "CommuneDesk user guide" and guide.path == guide_file("en")
        text = guide.browser.toPlainText()
        assert "The daily work at the counter" in text and "Backups and restore" in text
        assert not re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", guide.toc.item(0).text())
    finally:
        i18n.install("vi")


def test_the_guide_is_searched(qtbot):
    from gui.guide import GuideWindow

    guide = GuideWindow("vi")
    qtbot.addWidget(guide)
    guide.search.setText("sao lưu")
    assert guide.find_next() and guide.browser.textCursor().selectedText().lower() == "sao lưu"
    first = guide.browser.textCursor().position()
    assert guide.find_next() and guide.browser.textCursor().position() > first
    guide.search.setText("không có chữ này")
    assert not guide.find_next() and "Không thấy" in guide.found.text()


def test_the_guide_is_styled_from_its_shared_sheet(qtbot):
    from gui.guide import GuideWindow

    guide = GuideWindow("en")
    qtbot.addWidget(guide)
    block = guide.browser.document().begin()
    while block.isValid() and block.text() != "CommuneDesk user guide":
        block = block.next()
    assert block.isValid()
    assert block.charFormat().foreground().color().name() == "#0d47a1"  # h1's colour, from guide.css
