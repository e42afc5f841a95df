"""Issue 7 in the window: log-in, accounts, the audit list and a dossier's history, backups and
restore (from the Settings tab and on a damaged database), finalised returns on the reports page."""
from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from core import backup
from core.db import transaction
from core.models import Dossier
from gui.context import AppContext
from tests.core.test_auth import PASSWORDS, make_accounts, take_in
from tests.gui.helpers import outcome, settle


def count(db) -> int:
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(Dossier))


def wait_for(qtbot, operation, timeout=30000):
    qtbot.waitUntil(lambda: not operation.running, timeout=timeout)
    qtbot.wait(50)


# ---------------------------------------------------------------- log-in
def test_single_clerk_mode_opens_without_asking(qtbot, sqlite_db):
    from gui.dialogs.login import login

    done = []
    assert login(sqlite_db, SimpleNamespace(user=None), None, done.append) is None
    assert done == [""]


def test_log_in_with_accounts(qtbot, sqlite_db):
    from gui.dialogs.login import login

    make_accounts(sqlite_db)
    done = []
    dialog = login(sqlite_db, SimpleNamespace(user="canbo"), None, done.append)  # deletes itself once done
    assert dialog.isVisible() and dialog.name.text() == "canbo"
    dialog.password.setText("sai-mat-khau")
    assert not outcome(dialog.try_login())
    assert dialog.error.text() == "Sai tên đăng nhập hoặc mật khẩu." and dialog.password.text() == ""
    dialog.password.setText(PASSWORDS["canbo"])
    assert outcome(dialog.try_login())
    assert len(done) == 1 and done[0].name == "canbo" and done[0].role == "clerk"
    assert sqlite_db.user == done[0]
    with transaction(sqlite_db.sessions) as s:  # every session of the window acts as the clerk now
        take_in(s)
    from core.models import AuditEntry

    with transaction(sqlite_db.sessions, write=False) as s:
        assert s.scalar(select(AuditEntry.user_name).where(AuditEntry.table_name == "dossier")) == "canbo"


def test_cancelling_the_log_in_ends_the_program(qtbot, sqlite_db):
    from gui.dialogs.login import login

    make_accounts(sqlite_db)
    done = []
    dialog = login(sqlite_db, SimpleNamespace(user=None), None, done.append)
    dialog.reject()
    assert done == [None]


# ---------------------------------------------------------------- accounts
def test_the_administrator_adds_and_edits_accounts(qtbot, sqlite_db):
    from gui.dialogs.users import UsersTab

    people = make_accounts(sqlite_db)
    tab = UsersTab(AppContext(sqlite_db, user=people["admin"]))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.table.rowCount() == 4
    dialog = tab.add_user()
    dialog.name.setText("ketoan")
    dialog.full_name.setText("Phạm Thị Kế Toán")
    dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
    dialog.password.setText("ngan")
    dialog.again.setText("ngan")
    assert not outcome(dialog.save()) and "ít nhất" in dialog.error.text()
    dialog.password.setText("ke-toan-2026")
    dialog.again.setText("ke-toan-2026")
    assert outcome(dialog.save())
    assert tab.table.rowCount() == 5
    names = [tab.table.item(r, 0).text() for r in range(5)]
    tab.table.selectRow(names.index("ketoan"))
    edit = tab.edit_selected()
    edit.role.setCurrentIndex(edit.role.findData("clerk"))
    assert outcome(edit.save())
    from core.auth import authenticate

    assert authenticate(sqlite_db, "ketoan", "ke-toan-2026").role == "clerk"


def test_others_cannot_manage_accounts(qtbot, sqlite_db):
    from gui.dialogs.users import UsersTab

    people = make_accounts(sqlite_db)
    tab = UsersTab(AppContext(sqlite_db, user=people["clerk"]))
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.add_btn.isEnabled() and tab.table.rowCount() == 0


# ---------------------------------------------------------------- audit list and history
def test_audit_list_and_a_dossiers_history(qtbot, sqlite_db, tmp_path):
    from gui.dialogs.audit import AuditTab, HistoryDialog

    people = make_accounts(sqlite_db)
    with transaction(sqlite_db.sessions, user=people["clerk"]) as s:
        d = take_in(s)
        d_id = d.id
    tab = AuditTab(AppContext(sqlite_db, user=people["leader"]))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.table.rowCount() > 10
    tab.user.setText("canbo")
    tab.table_name.setText("dossier")
    tab.refresh()
    assert {tab.table.item(r, 1).text() for r in range(tab.table.rowCount())} == {"canbo"}
    assert tab.export(str(tmp_path / "nk.xlsx")) == tab.table.rowCount()
    viewer_tab = AuditTab(AppContext(sqlite_db, user=people["viewer"]))
    qtbot.addWidget(viewer_tab)
    viewer_tab.show()
    assert viewer_tab.table.rowCount() == 0 and not viewer_tab.export_btn.isEnabled()
    history = HistoryDialog(AppContext(sqlite_db, user=people["viewer"]), "dossier", d_id)
    qtbot.addWidget(history)
    values = {history.table.item(r, 3).text(): history.table.item(r, 5).text() for r in range(history.count)}
    assert values["Số định danh"] == "********4567"  # masked for a viewer


def test_every_table_and_column_the_trail_records_has_a_name():
    """A new table or column gets its name in core.audit_words (else the log shows the database's)."""
    from core import audit
    from core.audit_words import FIELDS, TABLES
    from core.models import Base

    tables = set(Base.metadata.tables) - audit.TABLES_NOT_AUDITED
    assert sorted(tables - set(TABLES)) == []
    columns = {c.name for t in tables for c in Base.metadata.tables[t].c} - audit.SKIP_FIELDS
    assert sorted(c for c in columns - set(FIELDS) if not c.endswith("_key")) == []


def test_the_audit_log_speaks_in_peoples_words(qtbot, sqlite_db):
    from core.audit_words import note_text, value_text
    from gui.dialogs.audit import AuditTab

    people = make_accounts(sqlite_db)
    with transaction(sqlite_db.sessions, user=people["clerk"]) as s:
        d = take_in(s)
        code = d.code
    tab = AuditTab(AppContext(sqlite_db, user=people["leader"]))
    qtbot.addWidget(tab)
    tab.show()
    tab.table_name.setText("Hồ sơ")  # the table by its name, not the database's
    tab.refresh()
    rows = [[tab.table.item(r, c).text() for c in range(tab.table.columnCount())] for r in range(tab.table.rowCount())]
    assert rows and {r[3] for r in rows} == {"Hồ sơ"}
    assert {r[4] for r in rows} == {f"{code} (#{d.id})"}
    fields = {r[5]: r[7] for r in rows}
    assert fields["Kênh nộp"] == "Trực tiếp" and fields["Trạng thái"] == "Đang xử lý"
    assert fields["Hạn trả"].count("/") == 2 and "-" not in fields["Hạn trả"]
    assert not any("_" in r[5] for r in rows)  # no column names of the database
    header = tab.table.horizontalHeader()
    assert header.sectionSize(0) >= tab.table.fontMetrics().horizontalAdvance(rows[0][0])  # the time uncut
    assert value_text("course", "hours", "16.0") == "16" and value_text("need", "unit_cost", "1764000000") == \
        "1.764.000.000"
    assert value_text("course", "hours", "16.0", "en") == "16" and note_text("2 rows") == "2 dòng"
    assert value_text("task", "deadline", "2026-10-24") == "24/10/2026"


def test_history_from_the_dossier_list(qtbot, ctx, sqlite_db):
    from gui.pages.dossiers import DossiersPage

    with transaction(sqlite_db.sessions) as s:
        take_in(s)
    page = DossiersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select_row(0)
    dialog = page.show_history()
    assert dialog.isVisible() and dialog.count > 5
    dialog.close()


# ---------------------------------------------------------------- backups and restore
def test_restore_yesterdays_backup_from_settings_in_under_a_minute(qtbot, sqlite_db):
    from gui.dialogs.backup import BackupTab

    with transaction(sqlite_db.sessions) as s:
        take_in(s)
    yesterday = backup.take_backup(sqlite_db, "daily")
    with transaction(sqlite_db.sessions) as s:
        take_in(s)
        take_in(s)
    assert count(sqlite_db) == 3
    ctx = AppContext(sqlite_db, user="vanthu")  # single-clerk mode: the clerk may restore
    changed = []
    ctx.changed.connect(changed.append)

    started = time.monotonic()
    tab = BackupTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.table.rowCount() == 1
    dialog = tab.open_restore()
    assert dialog.table.selected().path == yesterday and dialog.restore_btn.isEnabled()
    assert "1 hồ sơ" in dialog.detail.text()
    box = dialog.ask_restore()
    box.button(QMessageBox.Yes).click()
    wait_for(qtbot, dialog.operation)
    assert time.monotonic() - started < 60
    assert dialog.result_ is not None and "Đã khôi phục" in dialog.status.text()
    assert count(sqlite_db) == 1 and any(c.everything for c in changed)
    kinds = [i.kind for i in backup.backups_of(sqlite_db.engine)]
    assert "before-restore" in kinds  # the safety copy, listed too
    dialog.close()


def test_only_administrators_restore_in_the_window(qtbot, sqlite_db):
    from gui.dialogs.backup import RestoreDialog

    people = make_accounts(sqlite_db)
    backup.take_backup(sqlite_db, "daily")
    dialog = RestoreDialog(AppContext(sqlite_db, user=people["clerk"]))
    qtbot.addWidget(dialog)
    assert not dialog.restore_btn.isEnabled() and "quản trị" in dialog.status.text()
    dialog = RestoreDialog(AppContext(sqlite_db, user=people["admin"]))
    qtbot.addWidget(dialog)
    assert dialog.restore_btn.isEnabled()


def test_backup_now_and_the_folder(qtbot, sqlite_db, tmp_path):
    from gui.dialogs.backup import BackupTab

    tab = BackupTab(AppContext(sqlite_db, user=None))
    qtbot.addWidget(tab)
    tab.show()
    assert outcome(tab.set_folder(str(tmp_path / "usb")))
    assert tab.folder.text() == str(tmp_path / "usb")
    wait_for(qtbot, tab.take_backup())
    assert tab.table.rowCount() == 1 and Path(tab.table.infos[0].path).parent == tmp_path / "usb"


def test_a_damaged_database_offers_the_newest_good_backup(qtbot, tmp_path):
    from core.commune import open_database
    from gui.dialogs.backup import DamagedDatabaseDialog
    from tests.core.test_backup import damage
    from tests.template_db import new_sqlite

    path = tmp_path / "office.sqlite"
    db = new_sqlite(path)
    people = make_accounts(db)
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
    good = backup.take_backup(db, "daily")
    db.close()
    damage(path)
    check = backup.check_database(str(path))
    assert not check.ok
    dialog = DamagedDatabaseDialog(str(path), check)
    qtbot.addWidget(dialog)
    dialog.show()
    assert good.name in dialog.offer.text() and dialog.form.isVisible()  # the backup has accounts
    dialog.name.setText("canbo")
    dialog.password.setText(PASSWORDS["canbo"])
    assert not outcome(dialog.restore()) and dialog.result_ is None
    dialog.name.setText("admin")
    dialog.password.setText(PASSWORDS["admin"])
    assert outcome(dialog.restore()) and dialog.result_.damaged_kept
    db = open_database(str(path))
    assert count(db) == 1
    db.close()


def test_the_window_backs_up_when_closed_after_a_change(qtbot, ctx, sqlite_db):
    from gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with transaction(sqlite_db.sessions) as s:
        take_in(s)
    window.close()
    assert [i.kind for i in backup.backups_of(sqlite_db.engine)] == ["close"]


def test_daily_backup_at_start_runs_in_the_background(qtbot, ctx, sqlite_db):
    from gui.dialogs.backup import start_daily_backup, wait_for_backups

    op = start_daily_backup(ctx)
    wait_for(qtbot, op)
    wait_for_backups(ctx)
    assert [i.kind for i in backup.backups_of(sqlite_db.engine)] == ["daily"]


# ---------------------------------------------------------------- finalised returns
def test_the_reports_page_finalises_and_warns_of_later_edits(qtbot, sqlite_db, tmp_path):
    import json

    from core.returns import Period
    from gui.pages.reports import ReportsPage

    people = make_accounts(sqlite_db)
    with transaction(sqlite_db.sessions, user=people["clerk"]) as s:
        take_in(s)
    page = ReportsPage(AppContext(sqlite_db, user=people["leader"]))
    qtbot.addWidget(page)
    page.show()
    page.set_period(Period.month(2026, 10))
    box = page.finalised
    assert box.finalise_btn.isVisible() and box.finalise_btn.isEnabled()
    assert outcome(box.finalise())
    assert "phiên bản 1" in box.state.text() and box.amend_btn.isVisible()
    with transaction(sqlite_db.sessions, user=people["clerk"]) as s:
        take_in(s)
    page.refresh()
    assert "thay đổi sau khi chốt" in box.state.text()
    # the re-print carries the submitted figures
    op = page.export("json", str(tmp_path / "r.json"))
    wait_for(qtbot, op)
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["dossiers"]["total"]["received"] == 1
    amend = box.ask_amend()
    amend.reason.setPlainText("thêm hồ sơ nhận sót")
    amend.accept()
    settle()
    assert "phiên bản 2" in box.state.text() and "Chưa có thay đổi" in box.state.text()
    clerk_page = ReportsPage(AppContext(sqlite_db, user=people["clerk"]))
    qtbot.addWidget(clerk_page)
    clerk_page.show()
    clerk_page.set_period(Period.month(2026, 10))
    assert not clerk_page.finalised.amend_btn.isEnabled()
