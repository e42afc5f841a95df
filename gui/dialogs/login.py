"""Log-in before the main window, once the database has accounts (core.auth). Without accounts the
window opens at once in single-clerk mode. Called by gui.app as `login(db, args, parent, on_done)`."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from core.auth import authenticate, db_accounts_exist, set_db_user
from core.db import describe
from gui import ops
from gui.widgets.buttons import ok_cancel


class LoginDialog(QDialog):
    """Name and password; `actor` once accepted. Opened with open()."""

    def __init__(self, db, name: str | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = None
        self.on_done = None
        self.setWindowTitle(self.tr("CommuneDesk — Đăng nhập"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Nhập tên đăng nhập và mật khẩu của bạn."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(name or "")
        self.name.setMaxLength(100)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Tên đăng nhập:"), self.name)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        where = QLabel(self.tr("Dữ liệu: {db}").format(db=describe(db.engine)))
        where.setWordWrap(True)
        where.setStyleSheet("color: #546e7a;")
        where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(where)
        self.buttons = ok_cancel(self.tr("Đăng nhập"), self.tr("Thoát"), self.try_login, self.reject)
        layout.addWidget(self.buttons)
        (self.password if name else self.name).setFocus()

    def try_login(self) -> "ops.Job | bool":
        """Check the name and password on the writer (a login records the attempt)."""
        name, password, db = self.name.text().strip(), self.password.text(), self.db
        if not name or not password:
            self._show(self.tr("Nhập tên đăng nhập và mật khẩu."))
            return False
        self.password.clear()
        return ops.run(None, self.windowTitle(), lambda _progress: authenticate(db, name, password), parent=self,
                       done=self._logged_in, failed=self._refused, show_dialog=False, busy=[self.buttons])

    def _logged_in(self, actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, exc) -> None:
        self.password.setFocus()
        self._show(ops.describe(exc))

    def report(self, result: int) -> None:
        """Tell the caller (`on_done`): the actor, acting on every session of the database; or None."""
        if self.on_done is None:
            return
        if result == QDialog.Accepted and self.actor is not None:
            set_db_user(self.db, self.actor)
            self.on_done(self.actor)
        else:
            self.on_done(None)

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def login(db, args, parent, on_done) -> LoginDialog | None:
    """Ask for a log-in when the database has accounts, then `on_done(actor)`; `on_done(None)` when
    the clerk chose Thoát. Single-clerk mode (no accounts): `on_done` at once with the --user name."""
    if not db_accounts_exist(db):
        on_done(getattr(args, "user", None) or "")
        return None
    dialog = LoginDialog(db, getattr(args, "user", None), parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.on_done = on_done
    dialog.finished.connect(dialog.report)  # a bound method: the dialog deletes itself
    dialog.open()
    return dialog
