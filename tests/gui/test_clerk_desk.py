"""What a clerk hit on the first day, each fixed with its test: the dossier list's menus, the window's
shortcuts from the search box, Ctrl+P, and the file dialogs' folders."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from core.db import transaction
from gui import desktop, prefs, printing
from tests.gui.helpers import settle


def _intake(db, name="Lê Văn Nam"):
    from core.catalogue import find_procedure
    from core.dossiers import Applicant, intake

    with transaction(db.sessions) as s:
        proc = find_procedure(s, "Đăng ký khai sinh")
        d = intake(s, procedure_id=proc.id, applicant=Applicant(name=name),
                   received_at=datetime.now() - timedelta(days=3))
        return d.id


@pytest.fixture
def window(qtbot, ctx):
    from gui.main_window import MainWindow

    w = MainWindow(ctx, remember=False)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_context_menu_keeps_open_and_history_and_a_closed_dossier_offers_what_applies(qtbot, ctx):
    from gui.pages.dossiers import DossiersPage

    _intake(ctx.db)
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_row(0)
    page._context_menu(page.view.visualRect(page.view.currentIndex()).center())
    texts = _texts(page.context_menu)
    assert texts[:2] == ["Mở hồ sơ", "Lịch sử thay đổi (nhật ký)…"]
    actions = {a.text(): a for a in page.context_menu.actions()}
    assert actions["Mở hồ sơ"].isEnabled() and actions["Lịch sử thay đổi (nhật ký)…"].isEnabled()
    assert actions["Trả kết quả…"].isEnabled()
    assert page.context_menu.actions()[-1].menu().title() == "In phiếu"

    page.context_menu.close()
    returned = page.model.row(0).id
    from core.dossiers import transition

    with transaction(ctx.db.sessions) as s:
        transition(s, returned, "return", user="canbo1")
    page.refresh()
    page.select_row(0)
    page._context_menu(page.view.visualRect(page.view.currentIndex()).center())
    menu = page.context_menu
    assert _texts(menu)[:2] == ["Mở hồ sơ", "Lịch sử thay đổi (nhật ký)…"]
    assert all(a.isEnabled() for a in menu.actions()[:2])  # what applies to a closed dossier works
    assert "Trả kết quả…" not in _texts(menu) and "Hồ sơ đã kết thúc: không còn bước xử lý" in _texts(menu)
    slips = menu.actions()[-1].menu()
    assert slips.isEnabled() and _texts(slips) == ["Giấy tiếp nhận, hẹn trả (Mẫu 01)…", "Phiếu kiểm soát (Mẫu 06)…"]
    menu.actions()[1].trigger()
    assert page.history_dialog.isVisible()
    page.history_dialog.close()


def test_closed_dossiers_show_whether_they_were_early_on_time_or_late(qtbot, ctx):
    from core.dossier_queries import Sort
    from core.dossiers import transition
    from core.models import Dossier
    from gui.models.dossier_table import COLUMN_KEYS
    from gui.pages.dossiers import DossiersPage

    ids = [_intake(ctx.db, name) for name in ("Trước Hạn", "Đúng Hạn", "Quá Hạn", "Còn Mở")]
    with transaction(ctx.db.sessions) as s:
        for n, i in enumerate(ids[:3]):
            transition(s, i, "return", user="canbo1")
            d = s.get(Dossier, i)
            d.due_date = d.completed_date + timedelta(days=(1, 0, -2)[n])
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    col = COLUMN_KEYS.index("result")
    assert page.model.headerData(col, Qt.Horizontal) == "Kết quả"
    shown = {}
    for r in range(page.model.rowCount()):
        row = page.model.row(r)
        shown[row.applicant_name] = page.model.data(page.model.index(r, col))
    assert shown == {"Trước Hạn": "Trước hạn", "Đúng Hạn": "Đúng hạn", "Quá Hạn": "Quá hạn", "Còn Mở": ""}
    late = next(r for r in range(page.model.rowCount()) if page.model.row(r).applicant_name == "Quá Hạn")
    assert page.model.data(page.model.index(late, col), Qt.ToolTipRole) == "Trả muộn 2 ngày"
    page.view.horizontalHeader().setSortIndicator(col, Qt.AscendingOrder)
    assert page.model.sort_order == Sort("result", False)
    assert [page.model.row(r).applicant_name for r in range(4)] == ["Trước Hạn", "Đúng Hạn", "Quá Hạn", "Còn Mở"]


def test_ctrl_e_from_the_search_box_exports_the_list(window, qtbot, ctx):
    page = window.show_page("dossiers")
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    QTest.keyClick(page.search, Qt.Key_E, Qt.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
    assert dialog.windowTitle() == "Lưu danh sách hồ sơ"
    assert dialog.testOption(QFileDialog.DontUseNativeDialog)
    dialog.reject()


def test_ctrl_p_on_the_dossier_list_offers_the_selected_dossiers_slips(window, qtbot, ctx):
    _intake(ctx.db)
    page = window.show_page("dossiers")
    page.refresh()
    page.select_row(0)
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key_P, Qt.ControlModifier)
    menu = page.slips_menu
    assert menu.isVisible() and _texts(menu) == ["Giấy tiếp nhận, hẹn trả (Mẫu 01)…", "Phiếu kiểm soát (Mẫu 06)…"]
    menu.actions()[0].trigger()
    assert printing.shown[-1].name.endswith("_mau-01.pdf")
    window.show_page("staff")
    assert not window.act_print.isEnabled()  # nothing to print there


def test_file_dialogs_start_in_the_folder_of_their_kind_and_remember_it(qtbot, ctx, tmp_path, monkeypatch):
    from gui.pages.dossiers import DossiersPage

    monkeypatch.setattr(desktop, "documents", lambda: tmp_path / "Tài liệu")
    for kind in ("reports", "exports", "imports"):
        prefs.put(f"folders/{kind}", None)
    assert desktop.folder_for("reports") == tmp_path / "Tài liệu" / "CommuneDesk" / "Báo cáo"
    assert desktop.folder_for("slips", make=False).name == "slips"  # chosen in Cài đặt (the test's)
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.choose_export_file()
    assert dialog.directory().absolutePath() == str(tmp_path / "Tài liệu" / "CommuneDesk" / "Dữ liệu xuất")
    elsewhere = tmp_path / "USB"
    elsewhere.mkdir()
    dialog.fileSelected.emit(str(elsewhere / "ds.xlsx"))
    settle()
    dialog.close()
    assert prefs.get("folders/exports") == str(elsewhere)
    assert page.choose_export_file().directory().absolutePath() == str(elsewhere)
    imports = page.choose_import_file()
    assert imports.directory().absolutePath() == str(tmp_path / "Tài liệu" / "CommuneDesk" / "Nhập")
    assert imports.testOption(QFileDialog.DontUseNativeDialog)


def test_an_empty_list_says_what_to_do_next(qtbot, ctx):
    from gui.pages.dossiers import DossiersPage

    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: page.empty_hint.isVisible())
    assert "Tiếp nhận hồ sơ" in page.empty_hint.label.text() and "Ctrl+I" in page.empty_hint.label.text()
    _intake(ctx.db)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert not page.empty_hint.isVisible()
    page.search.setText("không ai tên này")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty_hint.isVisible() and "bộ lọc" in page.empty_hint.label.text()
