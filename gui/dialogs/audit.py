"""The audit trail in the window (core.audit): Settings → Nhật ký thay đổi (administrators and
leaders: filters, export), and one record's history ("Lịch sử thay đổi…" on a dossier)."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core import audit, audit_words
from core.auth import can
from core.errors import CommuneDeskError
from gui.messages import error_text
from gui.widgets.actions import ask_file
from gui.widgets.buttons import close_button
from gui.widgets.dates import DateField
from gui.widgets.table import table_widget

LIMIT = 2000


def tr(text: str) -> str:
    return QCoreApplication.translate("Audit", text)


def action_label(action: str) -> str:
    return {"insert": tr("Thêm"), "update": tr("Sửa"), "delete": tr("Xóa"), "import": tr("Nhập tệp"),
            "bulk_insert": tr("Thêm hàng loạt"), "bulk_update": tr("Sửa hàng loạt"),
            "bulk_delete": tr("Xóa hàng loạt"), "login": tr("Đăng nhập"), "login_failed": tr("Đăng nhập sai"),
            "restore": tr("Khôi phục dữ liệu"), "repair": tr("Dựng lại bảo vệ dữ liệu")}.get(action, action)


HEADERS = (QT_TRANSLATE_NOOP("Audit", "Thời gian"), QT_TRANSLATE_NOOP("Audit", "Người dùng"),
           QT_TRANSLATE_NOOP("Audit", "Thao tác"), QT_TRANSLATE_NOOP("Audit", "Bảng"),
           QT_TRANSLATE_NOOP("Audit", "Bản ghi"), QT_TRANSLATE_NOOP("Audit", "Trường"),
           QT_TRANSLATE_NOOP("Audit", "Giá trị cũ"), QT_TRANSLATE_NOOP("Audit", "Giá trị mới"),
           QT_TRANSLATE_NOOP("Audit", "Ghi chú"))


def fill(table: QTableWidget, rows, with_record: bool = True, names: dict | None = None) -> None:
    """The rows in people's words (core.audit_words): tables, fields and coded values by their
    names, dates dd/mm/yyyy, numbers formatted, each record by what it is known by."""
    from gui import i18n

    lang = i18n.current()
    table.setRowCount(len(rows))
    for n, e in enumerate(rows):
        words = audit_words.readable(e, names or {}, lang)
        values = [e.at.strftime("%d/%m/%Y %H:%M:%S") if e.at else "", e.user_name or "—", action_label(e.action)]
        if with_record:
            values += [words.table, words.record]
        values += [words.field, words.old, words.new, words.note]
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            if len(text) > 30:
                item.setToolTip(text[:2000])
            table.setItem(n, c, item)
    if rows:
        table.resizeColumnToContents(0)  # the time, never cut


def make_table(with_record: bool = True) -> QTableWidget:
    headers = [tr(h) for h in HEADERS if with_record or h not in ("Bảng", "Bản ghi")]
    table = table_widget(headers)
    table.verticalHeader().setDefaultSectionSize(24)
    h = table.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.Interactive)
    h.setStretchLastSection(True)
    for c, w in enumerate((140, 90, 90, 110, 60, 130, 160, 160) if with_record else (140, 90, 90, 130, 180, 180)):
        table.setColumnWidth(c, w)
    return table


class HistoryDialog(QDialog):
    """Everything recorded about one record, oldest first."""

    def __init__(self, ctx, table: str, record_id, title: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title or tr("Lịch sử thay đổi"))
        self.resize(900, 460)
        layout = QVBoxLayout(self)
        self.table = make_table(with_record=False)
        layout.addWidget(self.table, 1)
        try:
            with ctx.read() as s:
                rows = audit.record_history(s, table, record_id)
                names = audit_words.names_for(s, rows)
        except CommuneDeskError as exc:
            rows, names = [], {}
            layout.addWidget(QLabel(error_text(exc)))
        fill(self.table, rows, with_record=False, names=names)
        self.count = len(rows)
        layout.addWidget(close_button(self.reject))


def show_history(ctx, table: str, record_id, title: str | None = None, parent=None) -> HistoryDialog:
    dialog = HistoryDialog(ctx, table, record_id, title, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog


class AuditTab(QWidget):
    """Settings → Nhật ký thay đổi: the newest first, filtered by date, user, action, table and text."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        col = QVBoxLayout(self)
        row = QHBoxLayout()
        today = date.today()
        self.since = DateField(today - timedelta(days=30))
        self.until = DateField(today)
        self.user = QLineEdit()
        self.user.setPlaceholderText(tr("người dùng"))
        self.action = QComboBox()
        self.action.addItem(tr("Mọi thao tác"), None)
        for a in ("insert", "update", "delete", "import", "login", "login_failed", "restore", "repair"):
            self.action.addItem(action_label(a), a)
        self.table_name = QLineEdit()
        self.table_name.setPlaceholderText(tr("loại dữ liệu, ví dụ Hồ sơ"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("tìm trong giá trị, ghi chú"))
        for label, w in ((tr("Từ"), self.since), (tr("đến"), self.until)):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        for w in (self.user, self.action, self.table_name, self.search):
            row.addWidget(w)
        self.apply_btn = QPushButton(tr("Lọc"))
        self.apply_btn.clicked.connect(self.refresh)
        self.export_btn = QPushButton(tr("Xuất ra Excel/CSV…"))
        self.export_btn.clicked.connect(self.choose_export)
        row.addWidget(self.apply_btn)
        row.addWidget(self.export_btn)
        col.addLayout(row)
        self.table = make_table()
        col.addWidget(self.table, 1)
        self.status = QLabel()
        col.addWidget(self.status)
        self.rows = []

    def filters(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            user=self.user.text().strip() or None, action=self.action.currentData(),
            table=audit_words.table_code(self.table_name.text().strip()) or None,
            search=self.search.text().strip() or None,
            since=self.since.value(), until=self.until.value())

    def refresh(self) -> None:
        if not can(getattr(self.ctx, "user", None), "audit"):
            self.rows = []
            fill(self.table, [])
            self.status.setText(tr("Chỉ quản trị viên và lãnh đạo xem nhật ký."))
            self.export_btn.setEnabled(False)
            return
        with self.ctx.read() as s:
            f = self.filters()
            self.rows = audit.audit_list(s, f, limit=LIMIT)
            total = audit.audit_count(s, f)
            names = audit_words.names_for(s, self.rows)
        fill(self.table, self.rows, names=names)
        text = tr("{n} dòng").format(n=f"{total:,}".replace(",", "."))
        if total > len(self.rows):
            text += " " + tr("(hiện {n} dòng mới nhất; xuất ra tệp để xem hết)").format(n=len(self.rows))
        self.status.setText(text)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.refresh()
        super().showEvent(event)

    def choose_export(self) -> QFileDialog:
        return ask_file(self, tr("Xuất nhật ký"), None, tr("Excel (*.xlsx);;CSV (*.csv)"), self.export, save=True,
                        suffix="xlsx", name=f"nhat-ky-{date.today():%Y%m%d}.xlsx", kind="exports", db=self.ctx.db)

    def export(self, path: str) -> int:
        with self.ctx.read() as s:
            n = audit.export_audit(s, path, self.filters())
        self.status.setText(tr("Đã xuất {n} dòng ra {file}").format(n=n, file=path))
        return n
