"""Every output target is checked before any work (core.files.check_outputs): never the database in use
or its companions, a folder, a link, a device or pipe, a file being read, or two outputs on one path.
The message is one line, the exit status 1, and nothing is written: the database stays as it was."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from core.files import OutputRefused, atomic_path, check_outputs, write_json
from tests.hostile.conftest import fingerprint
from tests.template_db import copy_sqlite


@pytest.fixture
def register(tmp_path) -> Path:
    return copy_sqlite(tmp_path / "office" / "register.sqlite")


def _refused(cli, argv, code: str, db: Path):
    before = fingerprint(db)
    status, out, err = cli(*argv)
    assert status == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "nothing was written" in lines[0]
    assert fingerprint(db) == before
    con = sqlite3.connect(db)
    try:  # still the register
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM commune").fetchone() == (1,)
    finally:
        con.close()
    return lines[0]


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("option", ["--xlsx", "--pdf", "--json"])
def test_a_return_onto_the_database_or_its_companions_is_refused(cli, register, suffix, option):
    target = f"{register}{suffix}"
    line = _refused(cli, ["--db", register, "report", "--month", "2025-07", option, target], "output.is_database",
                    register)
    assert "the database in use" in line
    if suffix in ("-journal",):
        assert not Path(target).exists()


def test_the_database_reached_by_another_name_is_refused(cli, register, tmp_path):
    link = tmp_path / "looks-like-a-return.xlsx"
    link.symlink_to(register)
    hard = tmp_path / "hard.xlsx"
    os.link(register, hard)
    via_dir = tmp_path / "office-link"
    via_dir.symlink_to(register.parent, target_is_directory=True)
    assert "is a link" in _refused(cli, ["--db", register, "report", "--month", "2025-07", "--xlsx", link],
                                   "output.is_link", register)
    assert "database in use" in _refused(cli, ["--db", register, "report", "--month", "2025-07", "--pdf", hard],
                                         "output.is_database", register)
    assert "database in use" in _refused(cli, ["--db", register, "report", "--month", "2025-07", "--json",
                                               via_dir / "register.sqlite-wal"], "output.is_database", register)
    relative = os.path.relpath(register)
    assert "database in use" in _refused(cli, ["--db", register, "audit", "--csv", relative], "", register)


def test_a_folder_a_device_a_pipe_and_a_dangling_link_are_refused(cli, register, tmp_path):
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    dangling = tmp_path / "gone.pdf"
    dangling.symlink_to(tmp_path / "nowhere.pdf")
    base = ["--db", register, "report", "--month", "2025-07"]
    assert "is a folder" in _refused(cli, base + ["--xlsx", tmp_path], "", register)
    assert "not a regular file" in _refused(cli, base + ["--pdf", "/dev/null"], "", register)
    assert "not a regular file" in _refused(cli, base + ["--json", pipe], "", register)
    assert "is a link" in _refused(cli, base + ["--pdf", dangling], "", register)
    assert not (tmp_path / "nowhere.pdf").exists()
    assert "is not a folder" in _refused(cli, base + ["--xlsx", register / "inside.xlsx"], "", register)


def test_two_outputs_on_one_path_are_refused(cli, register, tmp_path):
    out = tmp_path / "return.out"
    line = _refused(cli, ["--db", register, "report", "--month", "2025-07", "--xlsx", out, "--pdf",
                          tmp_path / "." / "return.out"], "", register)
    assert "each output needs its own file" in line
    assert not out.exists()
    out.write_text("kept")
    os.link(out, tmp_path / "other-name.json")
    _refused(cli, ["--db", register, "report", "--month", "2025-07", "--pdf", out, "--json",
                   tmp_path / "other-name.json"], "", register)
    assert out.read_text() == "kept"


def test_backup_audit_and_consolidation_outputs_take_the_same_check(cli, register, tmp_path):
    assert "database in use" in _refused(cli, ["--db", register, "backup", "--to", register], "", register)
    assert "database in use" in _refused(cli, ["--db", register, "backup", "--to", f"{register}-wal"], "",
                                         register)
    assert "database in use" in _refused(cli, ["--db", register, "audit", "--xlsx", f"{register}-shm"], "",
                                         register)
    commune = tmp_path / "commune.xlsx"
    commune.write_bytes(b"not read: the target is refused first")
    line = _refused(cli, ["--db", register, "consolidate", commune, "--xlsx", commune], "", register)
    assert "one of the files being read" in line
    assert commune.read_bytes().startswith(b"not read")


def test_good_targets_are_written(cli, register, tmp_path):
    status, out, err = cli("--db", register, "report", "--month", "2025-07", "--xlsx", tmp_path / "r.xlsx",
                           "--pdf", tmp_path / "r.pdf", "--json", tmp_path / "r.json")
    assert status == 0, err
    assert all((tmp_path / f"r.{x}").stat().st_size > 0 for x in ("xlsx", "pdf", "json"))
    status, out, err = cli("--db", register, "report", "--month", "2025-07", "--json", "-")
    assert status == 0 and out.startswith("{")


def test_every_writer_refuses_an_open_database_even_without_the_check(register, tmp_path):
    """atomic_path checks again, against every SQLite database this process opened."""
    from core.commune import open_database

    db = open_database(str(register))
    try:
        before = fingerprint(register)
        with pytest.raises(OutputRefused) as caught:
            write_json({"x": 1}, register)
        assert caught.value.code == "output.is_database"
        with pytest.raises(OutputRefused):
            with atomic_path(Path(f"{register}-wal")) as tmp:
                tmp.write_text("x")
        assert fingerprint(register) == before
        assert not list(register.parent.glob(".*.part"))
    finally:
        db.close()


def test_a_target_that_becomes_a_folder_while_the_work_runs_is_not_replaced(tmp_path):
    target = tmp_path / "late.xlsx"
    with pytest.raises(OutputRefused):
        with atomic_path(target) as tmp:
            tmp.write_text("x")
            target.mkdir()
    assert target.is_dir() and not list(tmp_path.glob(".*.part"))


def test_the_check_on_a_server_database(db, tmp_path):
    """PostgreSQL keeps no file here: the database cannot be a target, the other rules hold."""
    ok = check_outputs(db, [tmp_path / "a.xlsx", tmp_path / "a.pdf", "-", None])
    assert ok[:2] == [tmp_path / "a.xlsx", tmp_path / "a.pdf"] and ok[2:] == [None, None]
    for bad in ([tmp_path], ["/dev/null"], [tmp_path / "x", tmp_path / "x"]):
        with pytest.raises(OutputRefused):
            check_outputs(db, bad)
    if db.engine.dialect.name == "sqlite":
        with pytest.raises(OutputRefused):
            check_outputs(db, [db.engine.url.database])


def test_the_rename_is_made_durable_by_syncing_the_folder(tmp_path, monkeypatch):
    synced = []
    real = os.fsync

    def fsync(fd):
        synced.append(os.path.realpath(f"/proc/self/fd/{fd}"))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write_json({"a": 1}, tmp_path / "out.json")
    assert synced[-1] == str(tmp_path.resolve())
    assert (tmp_path / "out.json").read_text(encoding="utf-8").startswith("{")


def _uri_forms(register: Path) -> list[str]:
    rel = os.path.relpath(register)  # the test runs in the register's grandparent folder
    escaped = str(register).replace(".sqlite", "%252esqlite")  # SQLite, not SQLAlchemy, decodes it
    return [f"sqlite:///file:{rel}?uri=true", f"sqlite:///file:{register}?uri=true&mode=rw",
            f"sqlite:///file://{register}?uri=true", f"sqlite:///file://localhost{register}?uri=true",
            f"sqlite:///file:{escaped}?uri=true&cache=private", f"sqlite:///{rel}?mode=rw"]


@pytest.mark.parametrize("form", range(6))
@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_the_database_opened_through_a_sqlite_uri_is_refused(cli, register, monkeypatch, form, suffix):
    monkeypatch.chdir(register.parent.parent)
    url = _uri_forms(register)[form]
    target = os.path.relpath(f"{register}{suffix}")
    line = _refused(cli, ["--db", url, "report", "--month", "2025-07", "--pdf", target], "output.is_database",
                    register)
    assert "the database in use" in line


def test_the_one_resolver_reads_sqlite_uris_as_sqlite_does(tmp_path, monkeypatch):
    from core.files import database_file

    monkeypatch.chdir(tmp_path)
    assert database_file("sqlite:///file:kk/db.sqlite?uri=true") == tmp_path / "kk" / "db.sqlite"
    assert database_file("sqlite:///file:kk/a%2520b.sqlite?uri=true") == tmp_path / "kk" / "a b.sqlite"
    assert database_file("sqlite:///file:kk/db.sqlite") == tmp_path / "file:kk" / "db.sqlite"  # no uri=true
    assert database_file("sqlite:///file::memory:?uri=true") is None
    assert database_file("sqlite:///file:kk/x?uri=true&mode=memory") is None
    assert database_file("sqlite://") is None
    assert database_file("postgresql+psycopg://cd@localhost/x") is None


def test_a_read_only_target_is_refused_even_for_root(cli, register, tmp_path):
    kept = tmp_path / "ro.pdf"
    kept.write_bytes(b"%PDF- the signed copy")
    kept.chmod(0o444)
    line = _refused(cli, ["--db", register, "report", "--month", "2025-07", "--pdf", kept], "output.read_only",
                    register)
    assert "is a read-only file" in line
    assert kept.read_bytes() == b"%PDF- the signed copy" and (kept.stat().st_mode & 0o777) == 0o444


def test_a_killed_writers_temporary_file_goes_at_the_next_write_a_live_ones_stays(tmp_path):
    import fcntl
    import time

    target = tmp_path / "2025-07.pdf"
    dead, live = tmp_path / ".2025-07.pdf.dead1234.part", tmp_path / ".2025-07.pdf.live5678.part"
    for p in (dead, live):
        p.write_bytes(b"")
        old = time.time() - 120
        os.utime(p, (old, old))
    with open(live, "rb") as holder:  # another writer, still at work
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        write_json({"a": 1}, target)
        assert not dead.exists() and live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, target.name]
