"""Every string the window shows has a finished English translation: lupdate runs over all of gui/
(every page, whoever writes it) into a copy of the committed .ts, and any new or unfinished string
fails the test with its place. The committed .qm is the one lrelease builds from the .ts. And the
window built in English shows no Vietnamese in its menus, buttons, tabs, headings and column titles."""
from __future__ import annotations

import re
import shutil
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget,
                               QTableView, QTableWidget)

from gui import i18n

VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0309\u0323]")


# Words that stay Vietnamese in English: the currency, and the language's own name in the selector.
KEPT = ("đồng", "Tiếng Việt")


def has_vietnamese(text: str) -> bool:
    for word in KEPT:
        text = (text or "").replace(word, "")
    return bool(VIETNAMESE.search(unicodedata.normalize("NFD", text)))


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory):
    if i18n.tool("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path_factory.mktemp("ts") / "communedesk_en.ts"
    shutil.copy(i18n.ts_path("en"), ts)
    i18n.run_lupdate(ts)
    return ts


def test_every_source_string_has_a_finished_english_translation(fresh_ts):
    missing = i18n.untranslated(fresh_ts)
    report = "\n".join(f"  {m['where']} [{m['context']}] {m['source']!r}" for m in missing[:60])
    assert not missing, (f"{len(missing)} strings lack an English translation; run `python -m gui.i18n update`, "
                         f"translate them in resources/translations/communedesk_en.ts, then "
                         f"`python -m gui.i18n release`:\n{report}")
    assert len(i18n.read_ts(fresh_ts)) > 100  # lupdate did read the sources


def test_the_committed_qm_is_built_from_the_ts(tmp_path):
    if i18n.tool("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "en.qm"
    i18n.run_lrelease(i18n.ts_path("en"), qm)
    assert i18n.qm_path("en").read_bytes() == qm.read_bytes(), "run `python -m gui.i18n release` and commit the .qm"


def _visible_texts(widget) -> list[str]:
    """The interface's own words: buttons, tabs, group titles, column titles, placeholders, combo
    items that are not data, menus."""
    out = []
    for b in widget.findChildren(QAbstractButton):
        out.append(b.text())
    for g in widget.findChildren(QGroupBox):
        out.append(g.title())
    for t in widget.findChildren(QTabWidget):
        out += [t.tabText(i) for i in range(t.count())]
    for e in widget.findChildren(QLineEdit):
        out.append(e.placeholderText())
    for v in widget.findChildren(QTableView):
        m = v.model()
        if m is not None:
            out += [str(m.headerData(c, Qt.Horizontal) or "") for c in range(m.columnCount())]
    for w in widget.findChildren(QTableWidget):
        out += [w.horizontalHeaderItem(c).text() for c in range(w.columnCount()) if w.horizontalHeaderItem(c)]
    for c in widget.findChildren(QComboBox):
        if c.count() and not c.isEditable():
            out.append(c.itemText(0))  # the "any …" choice; the others may be data
    for lab in widget.findChildren(QLabel):
        if lab.objectName() == "pageHeading":
            out.append(lab.text())
    return [t for t in out if t]


def test_the_english_window_shows_no_vietnamese(qtbot, ctx):
    from gui.main_window import MainWindow
    from gui.pages import PAGES

    assert i18n.install("en") == "en"
    ctx.lang = "en"
    try:
        window = MainWindow(ctx, remember=False)
        qtbot.addWidget(window)
        window.show()
        texts = [window.nav.item(i).text() for i in range(window.nav.count())]
        texts += [a.text() for a in window.menuBar().actions()]
        for menu in window.menuBar().findChildren(QMenu):
            texts += [a.text() for a in menu.actions()]
        for key, *_ in PAGES:
            texts += _visible_texts(window.show_page(key))
        form = window.show_page("dossiers").new_dossier()
        texts += _visible_texts(form)
        form.close()
        bad = sorted({t for t in texts if has_vietnamese(t)})
        assert not bad, f"Vietnamese left in the English window: {bad}"
        assert window.nav.item(0).text() == "Overview" and window.menuBar().actions()[0].text() == "&File"
    finally:
        i18n.install("vi")
        ctx.lang = "vi"


def test_lookups_fall_back_to_the_source_text(qtbot):
    """A string filed by lupdate under another context (a subclass, a module-level tr) still finds its
    translation; a string without one shows its Vietnamese source, never an empty text."""
    from PySide6.QtCore import QCoreApplication

    assert i18n.install("en") == "en"
    try:
        assert QCoreApplication.translate("AnyContext", "Tổng quan") == "Overview"
        assert QCoreApplication.translate("AnyContext", "chưa có bản dịch") == "chưa có bản dịch"
    finally:
        i18n.install("vi")
    assert QCoreApplication.translate("Navigation", "Tổng quan") == "Tổng quan"


def test_the_english_window_writes_numbers_the_english_way(qtbot):
    """In English the window's numbers read 1,234,567 / 100.00% / 1,764,000,000 VND; the files the
    program writes (core.formatting's default) stay Vietnamese whatever the window speaks."""
    from core import formatting
    from gui import numbers

    assert i18n.install("en") == "en"
    try:
        assert numbers.fmt_rate(100) == "100.00%" and numbers.fmt_int(1234567) == "1,234,567"
        assert numbers.fmt_money(1764000000) == "1,764,000,000 VND" and numbers.fmt_decimal(92.49) == "92.49"
        assert formatting.fmt_rate(100) == "100,00%" and formatting.fmt_money(1764000000) == "1.764.000.000 đồng"
    finally:
        i18n.install("vi")
    assert numbers.fmt_rate(97.385) == "97,39%" and numbers.fmt_money(1234567) == "1.234.567 đồng"
