"""Backups in the window (core.backup): the daily backup at start and one at close, "restore a
backup" (the newest first: choose a row, press Khôi phục, confirm), the backup folder setting, and
the check at start that offers the newest good backup when the database is damaged."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core import backup
from core.restore import restore as restore_backup
from core.auth import can
from gui import ops
from gui.messages import problem_text
from gui.widgets.actions import ask_file, ask_folder


def tr(text: str) -> str:
    return QCoreApplication.translate("Backup", text)


def backup_filter() -> str:
    return tr("Bản sao lưu CommuneDesk (*.sqlite *.dump);;Mọi tệp (*)")


def kind_label(kind: str) -> str:
    return {
        "daily": tr("Hằng ngày (khi mở)"), "close": tr("Khi đóng chương trình"), "manual": tr("Sao lưu thủ công"),
        "before-import": tr("Trước khi nhập tệp"), "before-migration": tr("Trước khi nâng cấp"),
        "before-restore": tr("Bản an toàn trước khi khôi phục"),
    }.get(kind, kind)


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        from gui.numbers import fmt_decimal

        return f"{fmt_decimal(n / 1024 / 1024, 1)} MB"  # 2,4 MB; in English 2.4 MB
    return f"{max(n // 1024, 1)} KB"


def _user(ctx):
    return getattr(ctx, "user", None)


# ---------------------------------------------------------------- automatic backups
_running: dict[int, object] = {}


def start_daily_backup(ctx, parent: QWidget | None = None):
    """At start: the day's first backup, in the background (no dialog; a failure is only logged).
    The work belongs to the context (it outlives a window rebuilt for another language)."""
    op = _running.get(id(ctx))
    if op is not None and op.running:
        return op
    db = ctx.db
    op = ops.run(ctx, tr("Sao lưu hằng ngày"), lambda progress: backup.backup_if_due(db, "start"),
                 writes=False, show_dialog=False)
    _running[id(ctx)] = op
    return op


def wait_for_backups(ctx, timeout_s: float = 300) -> None:
    """Let a backup still running in the background finish (its end is delivered by the event loop,
    so the loop keeps running meanwhile: never a bare QThread.wait() here)."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    op = _running.pop(id(ctx), None)
    deadline = time.monotonic() + timeout_s
    while op is not None and op.running and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.AllEvents, 50)
        time.sleep(0.01)


def backup_on_close(ctx) -> Path | None:
    """At close: a backup if anything changed since the newest one (a short wait, never an error)."""
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        wait_for_backups(ctx)
        return backup.backup_if_due(ctx.db, "close")
    finally:
        QGuiApplication.restoreOverrideCursor()


# ---------------------------------------------------------------- the list of backups
class BackupTable(QTableWidget):
    COLUMNS = ("when", "kind", "size", "folder")

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([tr("Thời điểm sao lưu"), tr("Loại"), tr("Dung lượng"), tr("Thư mục")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        h = self.horizontalHeader()
        for c in range(3):
            h.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.Stretch)
        self.infos: list[backup.BackupInfo] = []

    def load(self, infos: list[backup.BackupInfo]) -> None:
        self.infos = infos
        self.setRowCount(len(infos))
        for n, i in enumerate(infos):
            when = QTableWidgetItem(i.taken_at.strftime("%d/%m/%Y %H:%M:%S"))
            when.setToolTip(str(i.path))
            self.setItem(n, 0, when)
            self.setItem(n, 1, QTableWidgetItem(kind_label(i.kind)))
            self.setItem(n, 2, QTableWidgetItem(size_text(i.size)))
            self.setItem(n, 3, QTableWidgetItem(str(i.path.parent)))
        if infos:
            self.selectRow(0)

    def selected(self) -> backup.BackupInfo | None:
        rows = self.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None


class RestoreDialog(QDialog):
    """Restore a backup: the list, newest first; Khôi phục asks once, then puts it in place (a
    safety copy of the present data is kept). Administrators only (or single-clerk mode)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_: backup.RestoreResult | None = None
        self.operation = None
        self.confirm_box = None
        self._pending: backup.BackupInfo | None = None
        self.setWindowTitle(tr("Khôi phục dữ liệu từ bản sao lưu"))
        self.resize(760, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Chọn bản sao lưu rồi bấm “Khôi phục”. Dữ liệu hiện tại được giữ lại thành một bản "
                          "an toàn trước khi thay thế, nên có thể quay lại nếu chọn nhầm."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = BackupTable(self)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #37474f;")
        layout.addWidget(self.detail)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.other = QPushButton(tr("Chọn tệp sao lưu khác…"))
        self.other.clicked.connect(self.choose_file)
        row.addWidget(self.other)
        row.addStretch(1)
        self.restore_btn = QPushButton(tr("Khôi phục"))
        self.restore_btn.setDefault(True)
        self.restore_btn.clicked.connect(self.ask_restore)
        close = QPushButton(tr("Đóng"))
        close.clicked.connect(self.reject)
        row.addWidget(self.restore_btn)
        row.addWidget(close)
        layout.addLayout(row)
        self.allowed = can(_user(ctx), "restore")
        if not self.allowed:
            self.restore_btn.setEnabled(False)
            self.other.setEnabled(False)
            self.status.setText(tr("Chỉ quản trị viên được khôi phục dữ liệu."))
        self.reload()

    def reload(self) -> None:
        self.table.load(backup.backups_of(self.ctx.db.engine))
        if not self.table.infos:
            self.detail.setText(tr("Chưa có bản sao lưu nào trong thư mục sao lưu."))

    def _selected(self) -> None:
        info = self.table.selected()
        if info is None:
            return
        check = backup.check_backup_file(info.path)
        if check.ok:
            self.detail.setText(tr("{commune}: {n} hồ sơ, sao lưu lúc {when}.").format(
                commune=check.commune or "", n=f"{check.dossiers:,}".replace(",", "."),
                when=info.taken_at.strftime("%H:%M %d/%m/%Y")))
        else:
            self.detail.setText(tr("Tệp này không dùng được: {why}").format(why=problem_text(check.problem)))
        self.restore_btn.setEnabled(self.allowed and check.ok)

    def choose_file(self) -> QFileDialog:
        folder = str(backup.backup_folder(self.ctx.db.engine))
        return ask_file(self, tr("Chọn tệp sao lưu"), folder, backup_filter(), self.add_file)

    def add_file(self, path: str) -> None:
        p = Path(path)
        info = backup.parse_name(p) or backup.BackupInfo(p, datetime.fromtimestamp(p.stat().st_mtime), "manual", p.stem)
        self.table.load([info] + [i for i in self.table.infos if i.path != p])

    def ask_restore(self) -> QMessageBox | None:
        info = self.table.selected()
        if info is None or not self.restore_btn.isEnabled():
            return None
        box = QMessageBox(QMessageBox.Question, self.windowTitle(),
                          tr("Thay dữ liệu hiện tại bằng bản sao lưu lúc {when}?").format(
                              when=info.taken_at.strftime("%H:%M %d/%m/%Y")),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setInformativeText(tr("Những thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng "
                                  "(chúng vẫn nằm trong bản an toàn được tạo ngay bây giờ)."))
        box.button(QMessageBox.Yes).setText(tr("Khôi phục"))
        box.button(QMessageBox.No).setText(tr("Không"))
        box.setDefaultButton(QMessageBox.No)
        # Bound methods, not lambdas, on the signals of a dialog that deletes itself (PySide 6.12 crashes).
        self._pending = info
        box.finished.connect(self._confirmed)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.confirm_box = box
        return box

    def _double_clicked(self, _index=None) -> None:
        self.ask_restore()

    def _confirmed(self, result: int) -> None:
        if result == QMessageBox.Yes and self._pending is not None:
            self.restore(self._pending)

    def restore(self, info: backup.BackupInfo):
        """Put `info` in place, on the writer (no save runs meanwhile); the pages reload when it is done."""
        self.restore_btn.setEnabled(False)
        self.status.setText(tr("Đang khôi phục…"))
        engine = self.ctx.db.engine
        actor = _user(self.ctx)

        def work(progress):
            engine.dispose()  # no pooled connection keeps the old pages cached
            return restore_backup(engine, info.path, actor if not isinstance(actor, str) else None)

        # The progress shows in the status line; the pages are told when it is done (everything changed).
        self.operation = ops.run(self.ctx, tr("Khôi phục dữ liệu"), work, parent=self, done=self._restored,
                                 show_dialog=False)
        return self.operation

    def _restored(self, result: backup.RestoreResult) -> None:
        self.result_ = result
        self.restore_btn.setEnabled(self.allowed)
        self.ctx.db.engine.dispose()
        text = tr("Đã khôi phục dữ liệu từ {file}.").format(file=result.restored_from.name)
        if result.safety_copy:
            text += " " + tr("Dữ liệu trước khi khôi phục được giữ tại {file}.").format(file=result.safety_copy)
        self.status.setText(text)
        self.reload()


# ---------------------------------------------------------------- settings: the backup tab
class BackupTab(QWidget):
    """Settings → Sao lưu: where backups go, the latest ones, Sao lưu ngay, Khôi phục…"""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.restore_dialog = None
        self.operation = None
        col = QVBoxLayout(self)
        form = QFormLayout()
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setMinimumWidth(420)
        self.choose = QPushButton(tr("Chọn thư mục…"))
        self.choose.clicked.connect(self.choose_folder)
        self.choose.setEnabled(can(_user(ctx), "settings"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        form.addRow(tr("Thư mục sao lưu:"), row)
        col.addLayout(form)
        hint = QLabel(tr("Chương trình tự sao lưu khi mở lần đầu trong ngày, khi đóng, trước khi nhập tệp, nâng cấp "
                         "hoặc khôi phục; giữ 7 bản hằng ngày, 4 bản hằng tuần và 12 bản hằng tháng. Nên chọn một "
                         "thư mục trên USB hoặc ổ đĩa khác."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b;")
        col.addWidget(hint)
        self.table = BackupTable(self)
        col.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.backup_now = QPushButton(tr("Sao lưu ngay"))
        self.backup_now.clicked.connect(self.take_backup)
        self.backup_now.setEnabled(can(_user(ctx), "backup"))
        self.restore_btn = QPushButton(tr("Khôi phục từ bản sao lưu…"))
        self.restore_btn.clicked.connect(self.open_restore)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.backup_now)
        row.addWidget(self.restore_btn)
        row.addWidget(self.status, 1)
        col.addLayout(row)

    def refresh(self) -> None:
        self.folder.setText(str(backup.backup_folder(self.ctx.db.engine)))
        self.table.load(backup.backups_of(self.ctx.db.engine))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.refresh()
        super().showEvent(event)

    def choose_folder(self) -> QFileDialog:
        return ask_folder(self, tr("Chọn thư mục sao lưu"), self.folder.text(), self.set_folder)

    def set_folder(self, path: str) -> "ops.Job":
        return ops.write(self.ctx, lambda s: backup.set_backup_folder(s, path), parent=self,
                         done=self._folder_set, failed=self._folder_refused, busy=[self.choose])

    def _folder_set(self, _folder=None) -> None:
        self.status.setText(tr("Đã đổi thư mục sao lưu."))
        self.refresh()

    def _folder_refused(self, exc) -> None:
        self.status.setText(ops.describe(exc))

    def take_backup(self):
        self.status.setText(tr("Đang sao lưu…"))
        db = self.ctx.db
        self.operation = ops.run(self.ctx, tr("Sao lưu"), lambda progress: backup.take_backup(db, "manual"),
                                 parent=self, done=self._backed_up, writes=False)
        return self.operation

    def _backed_up(self, path: Path) -> None:
        self.status.setText(tr("Đã sao lưu: {file}").format(file=path.name))
        self.refresh()

    def open_restore(self) -> RestoreDialog:
        self.restore_dialog = RestoreDialog(self.ctx, self)
        self.restore_dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.restore_dialog.finished.connect(self._restore_closed)
        self.restore_dialog.open()
        return self.restore_dialog

    def _restore_closed(self, _result: int = 0) -> None:
        self.refresh()


# ---------------------------------------------------------------- the check at start
class DamagedDatabaseDialog(QDialog):
    """The database failed its quick check: say so plainly, offer the newest good backup."""

    def __init__(self, target, check: backup.DatabaseCheck, parent=None):
        super().__init__(parent)
        self.target = target
        self.check = check
        self.backup_info = check.backup
        self.result_: backup.RestoreResult | None = None
        self.setWindowTitle(tr("CommuneDesk — Dữ liệu bị hỏng"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        where = backup.target_of(target)
        head = QLabel(tr("Tệp dữ liệu {file} bị hỏng (có thể do mất điện hoặc lỗi ổ đĩa) nên chưa mở được. "
                         "Chưa có gì bị thay đổi.").format(file=where.path or where.key))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.offer = QLabel()
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        # An administrator of the backup confirms a restore when that backup has accounts.
        self.form = QWidget()
        form = QFormLayout(self.form)
        self.name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        form.addRow(tr("Quản trị viên:"), self.name)
        form.addRow(tr("Mật khẩu:"), self.password)
        layout.addWidget(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error)
        details = QLabel(tr("Chi tiết: {details}").format(details="; ".join(check.details[:3])))
        details.setWordWrap(True)
        details.setStyleSheet("color: #607d8b;")
        details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(details)
        self.buttons = QDialogButtonBox()
        self.restore_btn = self.buttons.addButton(tr("Khôi phục bản sao lưu này"), QDialogButtonBox.AcceptRole)
        self.other_btn = self.buttons.addButton(tr("Chọn bản sao lưu khác…"), QDialogButtonBox.ActionRole)
        self.quit_btn = self.buttons.addButton(tr("Thoát"), QDialogButtonBox.RejectRole)
        self.restore_btn.clicked.connect(self.restore)
        self.other_btn.clicked.connect(self.choose_file)
        self.quit_btn.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_backup(self.backup_info)

    def set_backup(self, info: backup.BackupInfo | None) -> None:
        self.backup_info = info
        self.file_check = backup.check_backup_file(info.path) if info else None
        if info is None:
            self.offer.setText(tr("Không tìm thấy bản sao lưu còn tốt. Hãy sao chép tệp dữ liệu sang nơi khác và "
                                  "nhờ hỗ trợ trước khi làm gì thêm."))
        else:
            self.offer.setText(tr("Bản sao lưu tốt gần nhất: lúc {when} ({file}). Khôi phục bản này? Tệp hỏng được "
                                  "giữ lại bên cạnh các bản sao lưu.").format(
                                      when=info.taken_at.strftime("%H:%M %d/%m/%Y"), file=info.path.name))
        self.restore_btn.setEnabled(bool(self.file_check and self.file_check.ok))
        self.form.setVisible(bool(self.file_check and self.file_check.accounts))

    def choose_file(self) -> QFileDialog:
        folders = backup.candidate_folders(self.target)
        return ask_file(self, tr("Chọn tệp sao lưu"), str(folders[0] if folders else ""), backup_filter(),
                        self._file_chosen)

    def _file_chosen(self, path: str) -> None:
        p = Path(path)
        self.set_backup(backup.parse_name(p) or backup.BackupInfo(p, datetime.fromtimestamp(p.stat().st_mtime),
                                                                   "manual", p.stem))

    def restore(self) -> "ops.Job | bool":
        """Put the chosen backup in place, on the writer: the dialog's own event loop keeps running."""
        info = self.backup_info
        if info is None:
            return False
        target, name, password = self.target, self.name.text(), self.password.text()
        check_accounts = bool(self.file_check and self.file_check.accounts)
        self.password.clear()

        def work(_progress):
            actor = backup.login_against_backup(info.path, name, password) if check_accounts else None
            return restore_backup(target, info.path, actor)

        return ops.run(None, tr("Khôi phục dữ liệu"), work, parent=self, done=self._restored,
                       failed=self._refused, show_dialog=False, busy=[self.buttons])

    def _restored(self, result: backup.RestoreResult) -> None:
        self.result_ = result
        self.accept()

    def _refused(self, exc) -> None:
        self.error.setText(ops.describe(exc))


def startup_check(target) -> bool:
    """Before the database is opened: True to go on; a damaged one shows DamagedDatabaseDialog
    (True once a backup was restored, False when the clerk chose Thoát)."""
    check = backup.check_database(target)
    if check.ok:
        return True
    dialog = DamagedDatabaseDialog(target, check)
    dialog.exec()  # before the main event loop starts: a modal dialog with a loop of its own
    return dialog.result_ is not None
