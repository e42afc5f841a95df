"""The window's start: QApplication, language, the database (first-run dialog when it has no commune),
then the main window; or, with --screenshot, a picture of one page and exit.

Log-in: asked before the window opens when the database has accounts (gui.dialogs.login: `on_done(user)`,
None when cancelled and the program ends); in single-clerk mode the window opens for the --user given, if any.
A screenshot never asks.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from core.commune import find_commune, init_database, open_database
from core.db import describe, transaction
from core.errors import CommuneDeskError
from gui import i18n, ops, prefs
from gui.context import AppContext
from gui.dialogs.login import login
from gui.main_window import MainWindow

SCREENSHOT_TIMEOUT_S = 60


def parse_size(text: str | None) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in (text or "1280x800").lower().split("x"))
        if w >= 320 and h >= 240:
            return w, h
    except ValueError:
        pass
    raise SystemExit(f"error: --size takes WIDTHxHEIGHT, e.g. 1280x800 (got {text!r})")


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "communedesk"])
    app.setOrganizationName(prefs.ORG)
    app.setApplicationName(prefs.APP)
    app.setApplicationDisplayName("CommuneDesk")
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    font.setStyleStrategy(QFont.PreferAntialias)
    app.setFont(font)
    return app


class Controller:
    """Owns the database, the context and the main window (rebuilt when the language changes)."""

    def __init__(self, app: QApplication, args):
        self.app = app
        self.args = args
        self.db = None
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.screenshot = getattr(args, "screenshot", None)
        prefs.upgrade()
        self.lang = i18n.install(getattr(args, "lang", None) or prefs.get("ui/lang"))
        self.exit_code = 0

    # -------------------------------------------------------------- start
    def start(self) -> int:
        if not self.screenshot:
            from gui.dialogs.backup import startup_check  # issue 7: a damaged file offers the newest backup

            if not startup_check(self.args.db):
                return 1
        target = self.args.db
        # Until the main window shows, the windows on screen come and go (the first-run and log-in
        # dialogs close while the database is made in the background): closing the last of them must
        # not end the program. Every way out before then quits explicitly.
        self.app.setQuitOnLastWindowClosed(False)

        def work(_progress):  # on the window's writer: opening may bring the schema up to date
            try:
                db = open_database(target)
                with transaction(db.sessions, write=False) as s:
                    return db, find_commune(s) is not None
            except Exception as exc:
                raise CommuneDeskError(f"{type(exc).__name__}: {exc}") from exc

        job = ops.run(None, self.tr("Mở cơ sở dữ liệu"), work, failed=lambda _exc: None, show_dialog=False)
        ops.runner().wait_idle(events=True)
        if job.error:
            return self._fatal(self.tr("Không mở được cơ sở dữ liệu."), str(job.exception), run_loop=True)
        self.db, has_commune = job.result
        if self.screenshot:
            self._login_then_open()
            return self._take_screenshot()
        if has_commune:
            self._login_then_open()
        else:
            self._first_run()
        code = self.app.exec()
        return code or self.exit_code

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("App", text)

    def _fatal(self, message: str, details: str, run_loop: bool = False) -> int:
        """Say why the window cannot open, then end with status 1. Before the event loop runs
        (`run_loop`), run it for the message box; inside it, the box ends the loop when closed."""
        print(f"error: {message} {details}", file=sys.stderr)
        self.exit_code = 1
        if self.screenshot:
            return 1
        box = QMessageBox(QMessageBox.Critical, "CommuneDesk", message, QMessageBox.Close)
        box.setInformativeText(details)
        box.finished.connect(lambda _=0: self.app.exit(1))
        box.open()
        self.fatal_box = box
        if run_loop:
            self.app.exec()
        return 1

    def _first_run(self) -> None:
        from gui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(describe(self.db.engine))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(self._first_run_done)
        dialog.open()
        self.first_run_dialog = dialog

    def _first_run_done(self, result: int) -> None:
        if not result:
            self.app.quit()
            return
        commune, province = self.first_run_dialog.values()
        self.db.close()
        target = self.args.db

        def work(_progress):  # on the window's writer: a new database, migrated and seeded
            try:
                return init_database(target, commune, province)
            except Exception as exc:
                raise CommuneDeskError(f"{type(exc).__name__}: {exc}") from exc

        self.first_run_job = ops.run(None, self.tr("Tạo cơ sở dữ liệu"), work, done=self._created,
                                     failed=self._not_created)

    def _created(self, db) -> None:
        self.db = db
        self._login_then_open()

    def _not_created(self, exc) -> None:
        self._fatal(self.tr("Không tạo được cơ sở dữ liệu."), str(exc))

    def _login_then_open(self) -> None:
        if self.screenshot:
            self.open_window(getattr(self.args, "user", None))
            return

        def on_done(user) -> None:
            if user is None:
                self.app.quit()
            else:
                self.open_window(user)

        login(self.db, self.args, None, on_done)

    def open_window(self, user=None, page: str | None = None, geometry=None) -> MainWindow:
        if self.ctx is None:
            self.ctx = AppContext(self.db, user=user, lang=self.lang)
            self.ctx.language_requested.connect(self.set_language)
        self.window = MainWindow(self.ctx, remember=not self.screenshot)
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if self.screenshot:
            return self.window
        if page:
            self.window.show_page(page)
        else:
            self.window.restore_last_page()
        self.window.show()
        self.app.setQuitOnLastWindowClosed(True)
        from gui.dialogs.backup import start_daily_backup  # issue 7: the day's first backup

        self.daily_backup = start_daily_backup(self.ctx, self.window)
        return self.window

    # -------------------------------------------------------------- language
    def set_language(self, lang: str) -> None:
        """Install `lang` and rebuild the window in it, on the same page and place."""
        if not self.screenshot:
            prefs.put("ui/lang", lang)
        self.lang = i18n.install(lang)
        if self.ctx is not None:
            self.ctx.lang = self.lang
        old = self.window
        if old is None:
            return
        page, geometry = old.current_key(), old.saveGeometry()
        old.remember = False  # its preferences are the new window's now
        old.close()
        old.deleteLater()
        self.open_window(page=page, geometry=geometry)

    # -------------------------------------------------------------- --screenshot
    def _take_screenshot(self) -> int:
        window = self.window
        if window is None:
            return 1
        w, h = parse_size(getattr(self.args, "size", None))
        window.resize(w, h)
        page = window.show_page(getattr(self.args, "page", None) or "dashboard")
        window.show()
        deadline = time.monotonic() + SCREENSHOT_TIMEOUT_S
        settled = 0
        while time.monotonic() < deadline and settled < 5:
            self.app.processEvents(QEventLoop.AllEvents, 50)
            settled = settled + 1 if not page.is_busy() else 0
            time.sleep(0.02)
        if page.is_busy():
            print("error: the page did not finish loading", file=sys.stderr)
            return 1
        out = Path(self.screenshot)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            print(f"error: cannot write {out}", file=sys.stderr)
            return 1
        window.close()
        return 0


def run_gui(args) -> int:
    """The window, when no command is given (gui.launch parsed --db, --user, --screenshot, --page, --size, --lang)."""
    if getattr(args, "screenshot", None) and sys.platform.startswith("linux") \
            and not os.environ.get("QT_QPA_PLATFORM") \
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if getattr(args, "size", None):
        parse_size(args.size)
    if getattr(args, "screenshot", None) and not os.environ.get("COMMUNEDESK_SETTINGS"):
        # A picture shows the window as a newcomer sees it: the clerk's preferences are neither
        # read nor changed.
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="communedesk-shot-")
        atexit.register(shutil.rmtree, folder, True)
        os.environ["COMMUNEDESK_SETTINGS"] = str(Path(folder) / "prefs.ini")
        os.environ.setdefault("COMMUNEDESK_NO_OPEN", "1")
    app = make_app()
    controller = Controller(app, args)
    app.controller = controller  # kept alive with the application
    return controller.start()
