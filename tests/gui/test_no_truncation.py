"""Nothing a clerk reads is cut at the window's default size: the dossier page's buttons never cover its
search, lists size their columns from their titles and content (a cut cell shows whole as its
tooltip), the intake's documents keep their names, and the file dialog writes dates dd/mm/yyyy."""
from __future__ import annotations

import re
from itertools import combinations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QTreeView

from core.demo_data import add_registers, generate
from gui.main_window import MainWindow
from gui.widgets.table import RowsTable, header_width


def _window(qtbot, ctx, size=(1280, 800)):
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _row_widgets(layout):
    return [layout.itemAt(i).widget() for i in range(layout.count())
            if layout.itemAt(i).widget() is not None and layout.itemAt(i).widget().isVisible()]


@pytest.mark.parametrize("size", [(1280, 800), (960, 600)])
def test_the_dossier_pages_buttons_never_cover_its_search(qtbot, ctx, size):
    window = _window(qtbot, ctx, size)
    page = window.show_page("dossiers")
    QApplication.processEvents()
    for layout in (page.head_row, page.search_row, page.filter_row):
        widgets = _row_widgets(layout)
        for a, b in combinations(widgets, 2):
            assert not a.geometry().intersects(b.geometry()), (a, b)
        for w in widgets:
            assert w.geometry().right() <= page.width(), w
    search = page.search
    assert search.width() >= 240
    if size == (1280, 800):  # the whole placeholder shows
        assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText()) + 30


def _headers_fit(view: RowsTable) -> None:
    header = view.horizontalHeader()
    for c in range(view.model().columnCount()):
        if not view.isColumnHidden(c) and not (header.stretchLastSection() and c == header.count() - 1):
            title = view.model().headerData(c, Qt.Horizontal)
            assert header.sectionSize(c) >= header_width(view, c), title
            assert header.sectionSize(c) >= view.fontMetrics().horizontalAdvance(title), title


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_lists_size_their_columns_from_titles_and_content(qtbot, sqlite_db, lang):
    from gui import i18n
    from gui.context import AppContext

    add_registers(sqlite_db)
    assert i18n.install(lang) == lang
    try:
        window = _window(qtbot, AppContext(sqlite_db, user="canbo1", lang=lang))
        staff = window.show_page("staff").list_tab.view
        _headers_fit(staff)
        department = next(c for c, col in enumerate(staff.rows_model.columns) if col.title in ("Đơn vị", "Office"))
        longest = max(staff.fontMetrics().horizontalAdvance(r.department or "") for r in staff.rows_model.rows)
        assert longest > 150 and staff.columnWidth(department) >= min(longest + 8, 380)
        needs = window.show_page("equipment").needs.table
        _headers_fit(needs)  # "Estimated unit cost" is not clipped in English
    finally:
        i18n.install("vi")


def test_a_cut_cell_shows_its_whole_text_as_tooltip(qtbot):
    from types import SimpleNamespace as Row

    from gui.widgets.table import Col

    table = RowsTable([Col("Tên", lambda r: r.name, width=60), Col("Mã", lambda r: r.code)])
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    long = "Trung tâm Phục vụ hành chính công xã Thượng Tín, huyện Thường Tín, thành phố Hà Nội" * 2
    table.set_rows([Row(id=1, name=long, code="A")])
    table.setColumnWidth(0, 80)  # the clerk narrowed it
    rect = table.visualRect(table.model().index(0, 0))
    event = QHelpEvent(QEvent.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.isVisible() and QToolTip.text() == long
    QToolTip.hideText()


def test_the_intake_documents_keep_their_names_and_titles(qtbot, ctx):
    from gui.dialogs.dossier_form import DossierForm

    form = DossierForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.proc_edit.setText("Đăng ký khai sinh")
    form._proc_typed()
    table = form.documents.table
    assert table.rowCount() >= 1
    header = table.horizontalHeader()
    for c in range(table.columnCount()):
        title = table.horizontalHeaderItem(c).text()
        assert header.sectionSize(c) >= table.fontMetrics().horizontalAdvance(title) + 8, title
    name = form.documents._col("name")
    assert header.sectionSize(name) >= 200
    first = table.item(0, name).text()
    assert table.item(0, name).toolTip() == first


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_file_dialog_writes_dates_day_month_year(qtbot, tmp_path, lang):
    from gui import i18n
    from gui.widgets.actions import file_dialog

    folder = tmp_path / "Báo cáo"
    folder.mkdir()
    (folder / "bao-cao.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 3000)
    assert i18n.install(lang) == lang
    try:
        dialog = file_dialog(None, "Lưu", str(folder), "*")
        qtbot.addWidget(dialog)
        dialog.setViewMode(dialog.ViewMode.Detail)
        dialog.show()
        view = dialog.findChild(QTreeView, "treeView")
        model = dialog.proxyModel()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1, timeout=10000)
        row = view.rootIndex()
        date_text = model.index(0, 3, row).data()
        assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", date_text), date_text
        size = model.index(0, 1, row).data()
        assert size == ("2,94 KiB" if lang == "vi" else "2.94 KiB")
    finally:
        i18n.install("vi")


def test_the_dossier_lists_handler_and_field_names_are_not_cut(qtbot, ctx, sqlite_db):
    from gui.models.dossier_table import COLUMN_KEYS

    generate(sqlite_db, 200, months=2, seed=3)
    window = _window(qtbot, ctx)
    page = window.show_page("dossiers")
    view = page.view
    for key, combo in (("handler", page.handler), ("field", page.field)):
        names = [combo.itemText(i) for i in range(1, combo.count())]
        longest = max(view.fontMetrics().horizontalAdvance(t) for t in names)
        assert view.columnWidth(COLUMN_KEYS.index(key)) >= min(longest, 260), key


def test_backup_sizes_are_written_in_the_windows_language(qapp):
    from gui import i18n
    from gui.dialogs.backup import size_text

    n = int(2.4 * 1024 * 1024)
    assert size_text(n) == "2,4 MB"
    assert i18n.install("en") == "en"
    try:
        assert size_text(n) == "2.4 MB"
    finally:
        i18n.install("vi")


def test_the_reports_pages_hints_show_whole_in_english(qtbot, sqlite_db):
    from gui import i18n
    from gui.context import AppContext

    assert i18n.install("en") == "en"
    try:
        window = _window(qtbot, AppContext(sqlite_db, user="canbo1", lang="en"))
        page = window.show_page("reports")
        QApplication.processEvents()
        for field in (page.doc_number, page.signer):
            hint = field.placeholderText()
            assert hint.isascii() and field.width() >= field.fontMetrics().horizontalAdvance(hint) + 12, hint
        table = page.preview
        item = next(table.item(r, c) for r in range(3) for c in range(13)
                    if table.item(r, c) is not None and table.item(r, c).text() == "In person, by post")
        rect = table.visualRect(table.indexFromItem(item))
        lines = table.fontMetrics().boundingRect(rect, Qt.TextWordWrap | Qt.AlignCenter, item.text())
        assert lines.height() <= rect.height(), (lines, rect)
    finally:
        i18n.install("vi")
