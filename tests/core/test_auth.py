"""Users and roles (issue 7, point 1): single-clerk mode, login with lockout, permissions checked in
core services (called directly as each role), ID numbers masked for viewers, nothing secret leaked."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from core import auth
from core.auth import (Actor, LoginFailed, authenticate, can, create_user, mask_id_number, require,
                       set_db_user, set_password, update_user)
from core.catalogue import find_procedure
from core.db import transaction
from core.dossiers import Applicant, intake, update_details
from core.errors import PermissionDenied, ValidationError
from core.models import AuditEntry, Dossier, Setting, User

ROOT = Path(__file__).resolve().parents[2]
PASSWORDS = {"admin": "quantri-2026", "lanhdao": "lanhdao-2026", "canbo": "canbo-2026", "xem": "chixem-2026"}
ROLE_OF = {"admin": "admin", "lanhdao": "leader", "canbo": "clerk", "xem": "viewer"}


def make_accounts(db) -> dict[str, Actor]:
    """admin (made in single-clerk mode), then a leader, a clerk and a viewer made by the admin."""
    with transaction(db.sessions) as s:
        create_user(s, "admin", PASSWORDS["admin"], "admin", "Trần Quản Trị")
    admin = authenticate(db, "admin", PASSWORDS["admin"])
    with transaction(db.sessions, user=admin) as s:
        for name in ("lanhdao", "canbo", "xem"):
            create_user(s, name, PASSWORDS[name], ROLE_OF[name])
    return {ROLE_OF[n]: authenticate(db, n, PASSWORDS[n]) for n in PASSWORDS}


@pytest.fixture
def people(db):
    return make_accounts(db)


def take_in(s, id_number="001203004567"):
    proc = find_procedure(s, "Đăng ký khai sinh")
    return intake(s, procedure_id=proc.id, applicant=Applicant("Nguyễn Thị Hường", id_number, "0912345678"),
                  received_at=datetime(2026, 10, 5, 9, 30))


# ---------------------------------------------------------------- single-clerk mode
def test_single_clerk_mode_allows_everything_without_login(db):
    from core.cli.common import login

    assert login(db, None) is None
    with transaction(db.sessions) as s:
        d = take_in(s)
        s.add(Setting(key="office.phone", value="0243 123 456"))
        assert can(s, "settings") and can(s, "restore") and can(s, "read_id_numbers")
    with transaction(db.sessions, write=False) as s:
        assert s.get(Dossier, d.id).applicant_id_number == "001203004567"


def test_the_first_account_must_be_an_administrator(db):
    with transaction(db.sessions) as s, pytest.raises(ValidationError) as err:
        create_user(s, "canbo", "canbo-2026", "clerk")
    assert "first account" in str(err.value)


def test_once_accounts_exist_nothing_is_written_without_a_user(db, people):
    with pytest.raises(PermissionDenied, match="log in"):
        with transaction(db.sessions) as s:
            take_in(s)
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(Dossier.id)) is None


# ---------------------------------------------------------------- the role matrix, in core services
WRITES = {
    "dossier intake": lambda s: take_in(s),
    "a setting": lambda s: s.add(Setting(key="office.phone", value="0243 123 456")),
    "an account": lambda s: create_user(s, "moi", "matkhau-moi-1", "viewer"),
}
ALLOWED = {
    "admin": {"a setting", "an account"},
    "leader": set(),
    "clerk": {"dossier intake"},
    "viewer": set(),
}


@pytest.mark.parametrize("role", ["admin", "leader", "clerk", "viewer"])
def test_each_role_writes_only_its_areas(db, people, role):
    actor = people[role]
    for what, write in WRITES.items():
        if what in ALLOWED[role]:
            with transaction(db.sessions, user=actor) as s:
                write(s)
                s.flush()
        else:
            with pytest.raises(PermissionDenied) as err:
                with transaction(db.sessions, user=actor) as s:
                    write(s)
                    s.flush()
            assert actor.name in str(err.value), what
    with transaction(db.sessions, write=False) as s:
        n = s.scalar(select(Dossier.id).limit(1))
        assert (n is not None) == ("dossier intake" in ALLOWED[role])


def test_edits_and_bulk_statements_are_checked_too(db, people):
    with transaction(db.sessions, user=people["clerk"]) as s:
        d = take_in(s)
    with pytest.raises(PermissionDenied):
        with transaction(db.sessions, user=people["leader"]) as s:
            update_details(s, d.id, notes="sửa bởi lãnh đạo")
    with pytest.raises(PermissionDenied):
        with transaction(db.sessions, user=people["viewer"]) as s:
            s.execute(update(Dossier).values(notes="x"))
    with pytest.raises(PermissionDenied):
        with transaction(db.sessions, user=people["admin"]) as s:
            s.delete(s.get(Dossier, d.id))
    with transaction(db.sessions, user=people["clerk"]) as s:
        update_details(s, d.id, notes="bổ sung bản sao")
        s.execute(update(Dossier).where(Dossier.id == d.id).values(applicant_address="CCCD"))
    with transaction(db.sessions, write=False) as s:
        row = s.get(Dossier, d.id)
        assert (row.notes, row.applicant_address) == ("bổ sung bản sao", "CCCD")


def test_imports_need_the_imports_permission(db, people, tmp_path):
    from core.imports import ImportFailed, run_import

    f = tmp_path / "hs.csv"
    f.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Hạn trả\n"
                 "X-1,Đăng ký khai sinh,Hộ tịch,05/10/2026,05/10/2026\n", encoding="utf-8")
    for role in ("admin", "leader", "viewer"):
        set_db_user(db, people[role])
        with pytest.raises(PermissionDenied):
            run_import("dossiers", db, f)
    set_db_user(db, None)
    with pytest.raises(PermissionDenied, match="log in"):
        run_import("dossiers", db, f)
    set_db_user(db, people["clerk"])
    assert run_import("dossiers", db, f, user="canbo").inserted == 1
    assert ImportFailed  # imported for the name


def test_restricted_reads_use_require(db, people):
    with transaction(db.sessions, user=people["viewer"]) as s:
        require(s, "read")
        with pytest.raises(PermissionDenied):
            require(s, "audit")
    with transaction(db.sessions, user=people["leader"]) as s:
        require(s, "audit")
        with pytest.raises(PermissionDenied):
            require(s, "users")


def test_viewers_see_id_numbers_masked(db, people):
    assert mask_id_number("001203004567") == "********4567"
    assert mask_id_number(None) is None
    with transaction(db.sessions, user=people["clerk"]) as s:
        d = take_in(s)
    with transaction(db.sessions, user=people["viewer"], write=False) as s:
        assert s.get(Dossier, d.id).applicant_id_number == "********4567"
        assert auth.visible_id_number(s, "001203004567") == "********4567"
        assert not can(s, "read_id_numbers")
    for role in ("clerk", "leader", "admin"):
        with transaction(db.sessions, user=people[role], write=False) as s:
            assert s.get(Dossier, d.id).applicant_id_number == "001203004567"
    # the masked value is never written back (read by a clerk: a session without a user on a
    # database with accounts sees ID numbers masked too)
    with transaction(db.sessions, user=people["clerk"], write=False) as s:
        assert s.scalar(select(Dossier.applicant_id_number)) == "001203004567"


# ---------------------------------------------------------------- passwords and login
def test_passwords_are_scrypt_hashes_with_their_own_salt(db):
    h1, h2 = auth.hash_password("mật khẩu dài"), auth.hash_password("mật khẩu dài")
    assert h1.startswith("scrypt$") and h1 != h2 and "mật" not in h1
    assert auth.verify_password("mật khẩu dài", h1) and not auth.verify_password("mat khau dai", h1)
    import unicodedata

    assert auth.verify_password(unicodedata.normalize("NFD", "mật khẩu dài"), h1)  # NFC at the boundary


def test_production_cost_is_memory_hard(monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2 ** 15)
    h = auth.hash_password("x" * 10)
    n, r = int(h.split("$")[1]), int(h.split("$")[2])
    assert 128 * n * r >= 32 * 2 ** 20  # 32 MiB per guess
    assert auth.verify_password("x" * 10, h)


def test_short_passwords_are_refused(db):
    with transaction(db.sessions) as s, pytest.raises(ValidationError):
        create_user(s, "admin", "1234567", "admin")


def test_unknown_name_and_wrong_password_say_the_same(db, people):
    with pytest.raises(LoginFailed) as a:
        authenticate(db, "khongco", "whatever-1")
    with pytest.raises(LoginFailed) as b:
        authenticate(db, "canbo", "whatever-1")
    assert str(a.value) == str(b.value) == "wrong name or password"


def test_lockout_after_repeated_failures(db, people):
    t0 = datetime(2026, 11, 2, 8, 0)
    for i in range(auth.MAX_FAILED - 1):
        with pytest.raises(LoginFailed, match="wrong"):
            authenticate(db, "canbo", "sai-mat-khau", now=t0)
    with pytest.raises(LoginFailed, match="locked"):
        authenticate(db, "canbo", "sai-mat-khau", now=t0)
    # the right password is refused while locked
    with pytest.raises(LoginFailed, match="locked until"):
        authenticate(db, "canbo", PASSWORDS["canbo"], now=t0 + timedelta(minutes=5))
    # … and accepted once the lock has passed
    assert authenticate(db, "canbo", PASSWORDS["canbo"], now=t0 + timedelta(minutes=auth.LOCK_MINUTES + 1)).role == "clerk"
    # failures were counted and recorded, without the password
    with transaction(db.sessions, write=False) as s:
        notes = [n for n in s.scalars(select(AuditEntry.note).where(AuditEntry.action == "login_failed"))]
        assert len(notes) == auth.MAX_FAILED + 1 and any("locked until" in n for n in notes)
        assert not any("sai-mat-khau" in (n or "") for n in notes)


def test_the_administrator_unlocks_by_setting_a_password(db, people):
    for _ in range(auth.MAX_FAILED):
        with pytest.raises(LoginFailed):
            authenticate(db, "canbo", "sai-mat-khau")
    with transaction(db.sessions, user=people["admin"]) as s:
        set_password(s, "canbo", "mat-khau-moi-9")
    assert authenticate(db, "canbo", "mat-khau-moi-9").name == "canbo"


def test_users_change_their_own_password_only(db, people):
    with transaction(db.sessions, user=people["clerk"]) as s:
        set_password(s, "canbo", "canbo-doi-mat-khau")
    with pytest.raises(PermissionDenied):
        with transaction(db.sessions, user=people["clerk"]) as s:
            set_password(s, "xem", "bi-doi-mat-khau")
    with pytest.raises(PermissionDenied):  # nor their own role
        with transaction(db.sessions, user=people["clerk"]) as s:
            s.scalar(select(User).where(User.name == "canbo")).role = "admin"
    assert authenticate(db, "canbo", "canbo-doi-mat-khau").role == "clerk"


def test_disabled_accounts_and_the_last_administrator(db, people):
    with transaction(db.sessions, user=people["admin"]) as s:
        update_user(s, "xem", active=False)
    with pytest.raises(LoginFailed, match="disabled"):
        authenticate(db, "xem", PASSWORDS["xem"])
    with pytest.raises(ValidationError, match="last active administrator"):
        with transaction(db.sessions, user=people["admin"]) as s:
            update_user(s, "admin", role="clerk")


def test_a_stale_hash_is_upgraded_at_login(db, people, monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2 ** 11)
    authenticate(db, "canbo", PASSWORDS["canbo"])
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(User.password_hash).where(User.name == "canbo")).split("$")[1] == str(2 ** 11)


# ---------------------------------------------------------------- the command line
def run_cli(*args, env=None, db_path):
    e = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNEDESK_PASSWORD")}
    e.update(env or {})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
                          capture_output=True, text=True, env=e, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=120)


def test_cli_accounts_login_and_no_secret_anywhere(tmp_path):
    from tests.template_db import copy_sqlite

    db_path = copy_sqlite(tmp_path / "cli.sqlite")
    secret, clerk_secret = "Bí-mật-quản-trị-42", "Bí-mật-cán-bộ-77"
    r = run_cli("user", "add", "quantri", "--role", "admin", "--full-name", "Trần Quản Trị",
                env={"COMMUNEDESK_NEW_PASSWORD": secret}, db_path=db_path)
    assert r.returncode == 0, r.stderr
    # from now on every command needs --user
    r = run_cli("user", "list", db_path=db_path)
    assert r.returncode == 1 and "--user" in r.stderr
    r = run_cli("--user", "quantri", "user", "list", env={"COMMUNEDESK_PASSWORD": "sai-mat-khau"}, db_path=db_path)
    assert r.returncode == 1 and "wrong name or password" in r.stderr
    r = run_cli("--user", "quantri", "user", "add", "canbo", "--role", "clerk",
                env={"COMMUNEDESK_PASSWORD": secret, "COMMUNEDESK_NEW_PASSWORD": clerk_secret}, db_path=db_path)
    assert r.returncode == 0, r.stderr
    r = run_cli("--user", "canbo", "user", "add", "khac", "--role", "viewer",
                env={"COMMUNEDESK_PASSWORD": clerk_secret, "COMMUNEDESK_NEW_PASSWORD": "khac-mat-khau-1"},
                db_path=db_path)
    assert r.returncode == 1 and "may not manage accounts" in r.stderr
    r = run_cli("--user", "quantri", "user", "list", env={"COMMUNEDESK_PASSWORD": secret}, db_path=db_path)
    assert r.returncode == 0 and "canbo\tclerk" in r.stdout and "quantri\tadmin" in r.stdout
    outputs = r.stdout + r.stderr
    assert secret not in outputs and clerk_secret not in outputs
    # the database file holds hashes only
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("cli.sqlite*"))
    for s in (secret, clerk_secret):
        assert s.encode() not in raw
    from core.commune import open_database

    db = open_database(str(db_path))
    with transaction(db.sessions, write=False) as s:
        s.info["system"] = True
        values = " ".join(str(v) for row in s.execute(select(AuditEntry.old_value, AuditEntry.new_value,
                                                              AuditEntry.note)) for v in row)
    db.close()
    assert "scrypt$" not in values and secret not in values and "(set)" in values


def test_a_leader_assigns_the_months_key_tasks(db, people):
    """Issue 9: a leader assigns key tasks (the `tasks` area), yet still cannot touch the registers."""
    from datetime import date

    import core.staff as S
    import core.tasks as T
    from core.models import Department, Task

    with transaction(db.sessions, user=people["clerk"]) as s:
        dep = s.scalar(select(Department.id).order_by(Department.id))
        pid = S.add_staff(s, S.Person(full_name="Lê Văn Tâm", category="civil_servant",
                                      start_date=date(2020, 1, 1)), dep).id
    data = T.TaskData(title="Rà soát hồ sơ tồn đọng", person_id=pid, deadline=date(2026, 10, 30),
                      responsibility="lead", expected_product="Báo cáo", assigning_authority="Chủ tịch UBND xã")
    with transaction(db.sessions, user=people["leader"]) as s:
        T.create_task(s, data, assigned_on=date(2026, 10, 1))
    with pytest.raises(PermissionDenied):
        with transaction(db.sessions, user=people["viewer"]) as s:
            T.create_task(s, data, assigned_on=date(2026, 10, 1))
    with pytest.raises(PermissionDenied):
        with transaction(db.sessions, user=people["leader"]) as s:
            S.add_staff(s, S.Person(full_name="Người mới", category="contract"), dep)
            s.flush()
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 1
