"""The main window: the navigation list of gui.pages.PAGES, the page stack, menus with shortcuts and the
status bar (the commune and the database in use). Pages are built the first time they are shown; a
page that fails to build shows its heading and the error, and the rest of the window goes on."""
from __future__ import annotations

import importlib
import sys
import traceback

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QStackedWidget, QWidget)

from core import settings
from core.commune import find_commune
from core.db import describe
from core.exports.labels import commune_unit
from gui import prefs
from gui.icons import icon
from gui.pages import PAGES
from gui.pages.base import Page

APP_VERSION = "0.1"


def page_title(key: str) -> str:
    for k, _module, _cls, title in PAGES:
        if k == key:
            return QCoreApplication.translate("Navigation", title)
    return key


class PlaceholderPage(Page):
    """A page that could not be built: its heading and why, nothing invented."""

    def __init__(self, ctx, title: str, problem: str | None = None, parent=None):
        super().__init__(ctx, parent)
        self.set_heading(title)
        if problem:
            note = QLabel(self)
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextSelectableByMouse)
            note.setStyleSheet("color: #8a1c1c;")
            note.setText(self.tr("Trang này chưa mở được:") + "\n" + problem)
            self.layout_.addWidget(note)
        self.layout_.addStretch(1)


def load_page_class(module_name: str, class_name: str):
    """The page's class, its module imported when the page is first shown (gui.pages.PAGES)."""
    return getattr(importlib.import_module(module_name), class_name)


class MainWindow(QMainWindow):
    def __init__(self, ctx, *, remember: bool = True, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.remember = remember  # False for --screenshot: neither read nor write the preferences
        self.pages: dict[str, Page] = {}
        self.setWindowTitle("CommuneDesk")
        self.setMinimumSize(QSize(960, 600))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(204)
        self.nav.setFrameShape(QListWidget.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget#navigation { background: #eef2f5; font-size: 14px; padding-top: 8px; outline: none; }"
            "QListWidget#navigation::item { padding: 9px 6px; border-radius: 6px; margin: 1px 5px; color: #263238; }"
            "QListWidget#navigation::item:selected { background: #1565c0; color: white; }"
            "QListWidget#navigation::item:hover:!selected { background: #dde5eb; }")
        for key, _module, _cls, title in PAGES:
            item = QListWidgetItem(icon(key), QCoreApplication.translate("Navigation", title))
            item.setData(Qt.UserRole, key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.commune_label = QLabel()
        self.db_label = QLabel()
        self.db_label.setStyleSheet("color: #546e7a;")
        self.user_label = QLabel()
        self.statusBar().addWidget(self.commune_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        ctx.navigate.connect(self.show_page)
        ctx.changed.connect(self._changed)
        self.update_status()
        if remember:
            geometry = prefs.get("window/geometry")
            if geometry is not None:
                self.restoreGeometry(QByteArray(geometry))
            else:
                self.resize(1280, 800)
        else:
            self.resize(1280, 800)

    # ------------------------------------------------------------------ pages
    def page(self, key: str) -> Page:
        """The page of `key`, built on first use."""
        if key in self.pages:
            return self.pages[key]
        entry = next((p for p in PAGES if p[0] == key), None)
        if entry is None:
            raise KeyError(key)
        _key, module, cls_name, title = entry
        problem = None
        try:
            page = load_page_class(module, cls_name)(self.ctx)
        except Exception as exc:  # another page's fault must not take the window down
            traceback.print_exc(file=sys.stderr)
            problem, page = f"{type(exc).__name__}: {exc}", None
        if page is None:
            page = PlaceholderPage(self.ctx, QCoreApplication.translate("Navigation", title), problem)
        elif not page.heading.text():
            page.set_heading(QCoreApplication.translate("Navigation", title))
        self.pages[key] = page
        self.stack.addWidget(page)
        return page

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.UserRole) if item else None

    def current_page(self) -> Page | None:
        key = self.current_key()
        return self.pages.get(key) if key else None

    def show_page(self, key: str, options=None) -> Page:
        keys = [p[0] for p in PAGES]
        if key not in keys:
            key = "dashboard"
        if self.current_key() != key:
            self.nav.setCurrentRow(keys.index(key))  # builds and shows the page
        page = self.page(key)
        if options:
            page.apply_navigation(dict(options))
        return page

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.UserRole)
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self._update_print()
        if self.remember:
            prefs.put("window/page", key)

    def restore_last_page(self) -> None:
        key = prefs.get("window/page") if self.remember else settings.default("window/page")
        self.show_page(key)

    # ------------------------------------------------------------------ menus
    def _action(self, menu, text: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        act = QAction(text, self)
        if icon_name:
            act.setIcon(icon(icon_name))
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ApplicationShortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Tệp"))
        self.act_new = self._action(m, self.tr("Tiếp nhận hồ sơ mới…"), self._on_dossiers("new_dossier"),
                                    QKeySequence.New, "add")
        self.act_import = self._action(m, self.tr("Nhập hồ sơ từ Excel…"), self._on_dossiers("choose_import_file"),
                                       "Ctrl+I", "import")
        self.act_export = self._action(m, self.tr("Xuất danh sách hồ sơ ra Excel…"),
                                       self._on_dossiers("choose_export_file"), "Ctrl+E", "export")
        self.act_print = self._action(m, self.tr("In…"), self.print_current, QKeySequence.Print, "print")
        # This window's only: a preview or a form has its own Ctrl+P (an application-wide one would
        # make the key ambiguous there, and then nothing prints).
        self.act_print.setShortcutContext(Qt.WindowShortcut)
        m.addSeparator()
        self._action(m, self.tr("Khôi phục dữ liệu từ bản sao lưu…"), self._restore_backup)
        m.addSeparator()
        self._action(m, self.tr("Thoát"), self.close, QKeySequence.Quit)
        m = bar.addMenu(self.tr("&Xem"))
        for n, (key, _module, _cls, title) in enumerate(PAGES, 1):
            self._action(m, QCoreApplication.translate("Navigation", title), lambda _=False, k=key: self.show_page(k),
                         f"Ctrl+{n}" if n <= 9 else None, key)
        m.addSeparator()
        self._action(m, self.tr("Tìm hồ sơ"), self._on_dossiers("focus_search"), QKeySequence.Find)
        self._action(m, self.tr("Làm mới"), self._refresh, QKeySequence.Refresh)
        m = bar.addMenu(self.tr("Trợ &giúp"))
        self._action(m, self.tr("Phím tắt"), self._show_shortcuts, "F1")
        self._action(m, self.tr("Giới thiệu CommuneDesk"), self._about)

    def print_current(self, _checked=False):
        """Ctrl+P: what the page shows, printed (the selected dossier's slips, the month's return)."""
        page = self.current_page()
        printer = getattr(page, "print_current", None)
        return printer() if printer is not None else None

    def _update_print(self) -> None:
        self.act_print.setEnabled(hasattr(self.current_page(), "print_current"))

    def _restore_backup(self):
        from gui.dialogs.backup import RestoreDialog

        self.restore_dialog = RestoreDialog(self.ctx, self)
        self.restore_dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.restore_dialog.open()
        return self.restore_dialog

    def _on_dossiers(self, action: str):
        """A menu entry of the dossier page: show the page, then do `action` there."""
        def run(_checked=False) -> None:
            page = self.show_page("dossiers")
            if hasattr(page, action):
                getattr(page, action)()
        return run

    def _refresh(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()
        self.update_status()

    def _message(self, title: str, text: str) -> QMessageBox:
        from gui.widgets.actions import inform

        return inform(self, title, text)

    def _show_shortcuts(self) -> None:
        rows = [(QKeySequence(QKeySequence.New).toString(QKeySequence.NativeText), self.tr("Tiếp nhận hồ sơ mới")),
                ("Ctrl+I", self.tr("Nhập hồ sơ từ Excel")), ("Ctrl+E", self.tr("Xuất danh sách hồ sơ ra Excel")),
                ("Ctrl+F", self.tr("Tìm hồ sơ")), ("F5", self.tr("Làm mới trang")),
                ("Ctrl+1 … Ctrl+8", self.tr("Chuyển trang")), ("Enter", self.tr("Mở hồ sơ đang chọn"))]
        text = "<table>" + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        self._message(self.tr("Phím tắt"), text)

    def _about(self) -> None:
        self._message(self.tr("Giới thiệu CommuneDesk"),
                      self.tr("CommuneDesk {version}: sổ theo dõi hồ sơ thủ tục hành chính, nhân sự, trang thiết bị "
                              "và báo cáo định kỳ của Ủy ban nhân dân cấp xã. Hoạt động không cần mạng.")
                      .format(version=APP_VERSION) + "\n\n" + self.tr("Cơ sở dữ liệu: {db}").format(db=describe(self.ctx.db.engine)))

    # ------------------------------------------------------------------ status bar
    def update_status(self) -> None:
        try:
            with self.ctx.read() as s:
                commune = find_commune(s)
                name, province = (commune.name, commune.province) if commune else (None, None)
        except Exception:  # a status bar must never stop the window
            name = province = None
        if name:
            # "UBND xã Thượng Tín": the kind of unit in lower case after "UBND" (core.exports.labels).
            self.commune_label.setText(self.tr("UBND {commune}, {province}").format(commune=commune_unit(name),
                                                                                    province=province))
            # The desktop adds " — CommuneDesk" (the application's display name) itself.
            self.setWindowTitle(name)
        else:
            self.commune_label.setText(self.tr("Chưa đặt tên xã, phường (Cài đặt)"))
        where = describe(self.ctx.db.engine)
        self.db_label.setText(self.tr("Dữ liệu: {db}").format(db=where))
        self.db_label.setToolTip(where)
        user = self.ctx.user_name
        self.user_label.setText(self.tr("Người dùng: {user}").format(user=user) if user else "")

    def _changed(self, changes) -> None:
        if "settings" in changes:
            QTimer.singleShot(0, self.update_status)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from gui import ops

        ops.runner().wait_idle(events=True)  # the clerk's last saves are written before the window goes
        if self.remember:
            from gui.dialogs.backup import backup_on_close  # issue 7: a backup when data changed

            backup_on_close(self.ctx)
            prefs.put("window/geometry", self.saveGeometry())
            key = self.current_key()
            if key:
                prefs.put("window/page", key)
            for page in self.pages.values():
                closing = getattr(page, "window_closing", None)
                if closing:
                    closing()
        super().closeEvent(event)

