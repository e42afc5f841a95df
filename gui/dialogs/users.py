"""Accounts in the window (core.auth): Settings → Tài khoản for administrators (add, change role,
set a password — which also unlocks —, stop an account), and "Đổi mật khẩu" for anyone."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from core import auth
from core.messages import CATALOGUE
from gui import ops
from gui.messages import say
from gui.widgets.buttons import ok_cancel
from gui.widgets.table import table_widget


def tr(text: str) -> str:
    return QCoreApplication.translate("Users", text)


def role_label(role: str) -> str:
    return say(f"role.{role}") if f"role.{role}" in CATALOGUE else role


def role_hint(role: str) -> str:
    return {"admin": tr("tài khoản, cài đặt, khôi phục dữ liệu"),
            "leader": tr("xem tất cả, chốt và điều chỉnh báo cáo"),
            "clerk": tr("hồ sơ, nhân sự, trang thiết bị, kiến nghị, nhập tệp, lập báo cáo"),
            "viewer": tr("chỉ xem, số CCCD bị che")}.get(role, "")


class UserDialog(QDialog):
    """A new account (name, full name, role, password twice), or one account's role, name, state and
    (optionally) a new password. Opened with open()."""

    def __init__(self, ctx, user=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.user_name = user.name if user is not None else None
        self.setWindowTitle(tr("Thêm tài khoản") if user is None else tr("Tài khoản {name}").format(name=user.name))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(user.name if user else "")
        self.name.setReadOnly(user is not None)
        self.full_name = QLineEdit(user.full_name or "" if user else "")
        self.role = QComboBox()
        for role in auth.ROLES:
            self.role.addItem(f"{role_label(role)} — {role_hint(role)}", role)
        self.role.setCurrentIndex(max(self.role.findData(user.role if user else "clerk"), 0))
        self.active = QCheckBox(tr("Được đăng nhập"))
        self.active.setChecked(user.active if user else True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.Password)
        if user is not None:
            self.password.setPlaceholderText(tr("để trống: giữ mật khẩu cũ"))
        form.addRow(tr("Tên đăng nhập:"), self.name)
        form.addRow(tr("Họ và tên:"), self.full_name)
        form.addRow(tr("Vai trò:"), self.role)
        if user is not None:
            form.addRow("", self.active)
        form.addRow(tr("Mật khẩu:"), self.password)
        form.addRow(tr("Nhập lại mật khẩu:"), self.again)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error)
        self.buttons = ok_cancel(tr("Lưu"), tr("Hủy"), self.save, self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> "ops.Job | bool":
        password = self.password.text()
        if password != self.again.text():
            self.error.setText(tr("Hai lần nhập mật khẩu không giống nhau."))
            self.password.clear()
            self.again.clear()
            return False
        existing, name, role = self.user_name, self.name.text(), self.role.currentData()
        full_name, active = self.full_name.text(), self.active.isChecked()

        def work(s):
            if existing is None:
                auth.create_user(s, name, password, role, full_name)
            else:
                auth.update_user(s, existing, role=role, full_name=full_name, active=active)
                if password:
                    auth.set_password(s, existing, password)

        self.password.clear()
        self.again.clear()
        return ops.write(self.ctx, work, parent=self, done=self._saved, failed=self._failed,
                         busy=[self.buttons])

    def _saved(self, _result=None) -> None:
        self.accept()

    def _failed(self, exc) -> None:
        self.error.setText(ops.describe(exc))


class UsersTab(QWidget):
    """Settings → Tài khoản (administrators; before any account exists, the first one is made here)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog = None
        col = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        col.addWidget(self.intro)
        self.table = table_widget([tr("Tên đăng nhập"), tr("Họ và tên"), tr("Vai trò"), tr("Trạng thái")], single=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._double_clicked)
        col.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_btn = QPushButton(tr("Thêm tài khoản…"))
        self.add_btn.clicked.connect(self.add_user)
        self.edit_btn = QPushButton(tr("Sửa, đặt lại mật khẩu…"))
        self.edit_btn.clicked.connect(self.edit_selected)
        row.addWidget(self.add_btn)
        row.addWidget(self.edit_btn)
        row.addStretch(1)
        col.addLayout(row)
        self.users: list = []

    def _double_clicked(self, _index=None) -> None:
        self.edit_selected()

    def refresh(self) -> None:
        allowed = auth.can(getattr(self.ctx, "user", None), "users")
        self.add_btn.setEnabled(allowed)
        self.edit_btn.setEnabled(allowed)
        if not allowed:
            self.users = []
            self.intro.setText(tr("Chỉ quản trị viên quản lý tài khoản."))
        else:
            with self.ctx.read() as s:
                self.users = auth.list_users(s)
            if not self.users:
                self.intro.setText(tr("Chưa có tài khoản nào: chương trình đang dùng cho một người, không cần "
                                      "đăng nhập. Khi tạo tài khoản đầu tiên (quản trị hệ thống), mọi người phải "
                                      "đăng nhập từ lần mở sau."))
            else:
                self.intro.setText(tr("Mỗi người dùng một tài khoản riêng; mọi thay đổi dữ liệu được ghi vào nhật "
                                      "ký với tên người làm."))
        self.table.setRowCount(len(self.users))
        now = datetime.now()
        for n, u in enumerate(self.users):
            state = tr("Đang dùng") if u.active else tr("Ngừng sử dụng")
            if u.locked_until and u.locked_until > now:
                state = tr("Tạm khóa đến {time}").format(time=u.locked_until.strftime("%H:%M"))
            for c, text in enumerate((u.name, u.full_name or "", role_label(u.role), state)):
                self.table.setItem(n, c, QTableWidgetItem(text))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.refresh()
        super().showEvent(event)

    def _open(self, dialog: UserDialog) -> UserDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def add_user(self) -> UserDialog:
        dialog = UserDialog(self.ctx, None, self)
        if not self.users:
            dialog.role.setCurrentIndex(dialog.role.findData("admin"))
        return self._open(dialog)

    def edit_selected(self) -> UserDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.edit_btn.isEnabled():
            return None
        return self._open(UserDialog(self.ctx, self.users[rows[0].row()], self))
