"""The main window: navigation over gui.pages.PAGES, placeholder pages, status bar, menus and
shortcuts, geometry and last page remembered, the first-run dialog."""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from core.db import transaction
from core.commune import find_commune, open_database
from gui import prefs
from gui.main_window import MainWindow, PlaceholderPage
from gui.pages import PAGES


def test_navigation_status_bar_and_menus(qtbot, ctx, sqlite_db, monkeypatch):
    import gui.pages as pages

    monkeypatch.setattr(pages, "PAGES", PAGES + [("later", "gui.pages.not_written_yet", "LaterPage", "Trang sau")])
    import gui.main_window as mw

    monkeypatch.setattr(mw, "PAGES", pages.PAGES)
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    assert [window.nav.item(i).text() for i in range(len(PAGES))][:2] == ["Tổng quan", "Hồ sơ"]
    page = window.show_page("later")
    assert isinstance(page, PlaceholderPage) and page.heading.text() == "Trang sau"
    assert "UBND xã Thượng Tín, " in window.commune_label.text() and "Hà Nội" in window.commune_label.text()
    assert "test.sqlite" in window.db_label.text()
    shortcuts = {a.shortcut().toString() for a in window.findChildren(QAction)}
    assert {"Ctrl+N", "Ctrl+I", "Ctrl+E", "Ctrl+F", "F5", "Ctrl+1", "Ctrl+2"} <= shortcuts
    window.act_new.trigger()  # Ctrl+N: the dossier page with the intake form open
    assert window.current_key() == "dossiers" and window.current_page().form.isVisible()
    window.current_page().form.close()


def test_geometry_and_last_page_are_remembered(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.restore_last_page()
    assert window.current_key() == "dashboard"
    window.show_page("settings")
    window.show()
    saved = window.saveGeometry()
    window.close()
    assert bytes(prefs.prefs().value("window/geometry")) == bytes(saved)
    restored = []
    import gui.main_window as mw

    original = mw.MainWindow.restoreGeometry
    try:
        mw.MainWindow.restoreGeometry = lambda self, g: restored.append(bytes(g)) or original(self, g)
        again = MainWindow(ctx)
    finally:
        mw.MainWindow.restoreGeometry = original
    qtbot.addWidget(again)
    again.restore_last_page()
    assert again.current_key() == "settings"
    assert restored == [bytes(saved)]


def test_first_run_asks_the_commune(qtbot, tmp_path):
    from gui.app import Controller, make_app

    target = str(tmp_path / "new.sqlite")
    args = SimpleNamespace(db=target, screenshot=None, page=None, size=None, lang=None, user=None)
    controller = Controller(make_app(), args)
    controller.db = open_database(target)
    controller._first_run()
    dialog = controller.first_run_dialog
    qtbot.waitExposed(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error.isVisible()  # both names are needed
    dialog.commune.setText("Phường Ba Đình")
    assert dialog.error.isVisible()  # the province is still missing
    dialog.province.setCurrentText("Thành phố Hà Nội")
    assert not dialog.error.isVisible()  # both filled: the error has gone before Bắt đầu is pressed
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: controller.window is not None)
    with transaction(controller.db.sessions, write=False) as s:
        c = find_commune(s)
        assert (c.name, c.province, c.place_name) == ("Phường Ba Đình", "Thành phố Hà Nội", "Ba Đình")
    assert "UBND phường Ba Đình" in controller.window.commune_label.text()
    # The desktop appends the application's name itself: the title is the commune's name once.
    assert controller.window.windowTitle() == "Phường Ba Đình"
    assert QApplication.applicationDisplayName() == "CommuneDesk"
    controller.window.close()
    controller.db.close()
    assert QApplication.instance() is not None


def test_the_running_program_opens_its_window_after_the_first_run(qtbot, tmp_path):
    """The real event loop: the first-run dialog closes while the database is made in the background,
    and that moment, with no window on screen, must not end the program."""
    from PySide6.QtCore import QTimer

    from gui.app import Controller, make_app

    app = make_app()
    args = SimpleNamespace(db=str(tmp_path / "new.sqlite"), screenshot=None, page=None, size=None, lang=None,
                           user=None)
    controller = Controller(app, args)
    seen = {"filled": False, "window": False}

    def drive() -> None:
        dialog = None if seen["filled"] else getattr(controller, "first_run_dialog", None)
        if dialog is not None and dialog.isVisible():
            seen["filled"] = True
            dialog.commune.setText("Xã Thượng Tín")
            dialog.province.setCurrentText("Thành phố Hà Nội")
            dialog.buttons.accepted.emit()
        if controller.window is not None and controller.window.isVisible() and not seen["window"]:
            seen["window"] = True
            controller.window.close()  # the clerk closes the window: now the program ends

    poll = QTimer()
    poll.timeout.connect(drive)
    poll.start(20)
    QTimer.singleShot(120_000, lambda: app.exit(99))  # never hang the suite
    try:
        code = controller.start()
    finally:
        poll.stop()
        if controller.db is not None:
            controller.db.close()
    assert seen == {"filled": True, "window": True}
    assert code == 0


def test_language_switch_rebuilds_the_window_in_english(qtbot, sqlite_db, tmp_path):
    from gui import i18n
    from gui.app import Controller, make_app

    args = SimpleNamespace(db=str(tmp_path / "test.sqlite"), screenshot=None, page=None, size=None, lang="vi", user=None)
    controller = Controller(make_app(), args)
    controller.db = sqlite_db
    try:
        window = controller.open_window(page="settings")
        qtbot.addWidget(window)
        page = window.current_page()
        page.language.setCurrentIndex(page.language.findData("en"))
        page.apply_language()
        new = controller.window
        assert new is not window and new.current_key() == "settings"
        assert new.nav.item(1).text() == "Dossiers" and new.current_page().heading.text() == "Settings"
        assert prefs.get("ui/lang") == "en"
        new.close()
    finally:
        i18n.install("vi")
