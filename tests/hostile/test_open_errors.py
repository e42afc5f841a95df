"""A --db that cannot be a register (a workbook, a folder, a damaged file, a malformed URL, a server
that is not there) is one line naming it, exit status 1, and the file is left as it was."""
from __future__ import annotations

import hashlib

import pytest


def _one_line(cli, *argv) -> str:
    status, out, err = cli(*argv)
    assert status == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


@pytest.mark.parametrize("command", [["init", "--commune", "Xã A", "--province", "B"],
                                     ["report", "--month", "2025-07", "--json", "-"]])
def test_a_workbook_given_as_the_database_is_refused_untouched(cli, tmp_path, command):
    book = tmp_path / "danh-sach.xlsx"
    book.write_bytes(b"PK\x03\x04 not a database at all")
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    assert "is not a CommuneDesk (SQLite) database file" in _one_line(cli, "--db", book, *command)
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["danh-sach.xlsx"]


def test_a_folder_given_as_the_database_is_refused(cli, tmp_path):
    assert "is a folder, not a database file" in _one_line(cli, "--db", tmp_path, "init", "--commune", "Xã A",
                                                           "--province", "B")


def test_a_damaged_database_is_one_line(cli, tmp_path):
    bad = tmp_path / "register.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    assert "cannot open the database" in _one_line(cli, "--db", bad, "report", "--month", "2025-07", "--json", "-")


def test_a_malformed_url_and_an_absent_server_are_one_line(cli, tmp_path):
    report = ["report", "--month", "2025-07", "--json", "-"]
    assert "--db is not a valid" in _one_line(cli, "--db", "sqlite:///x.sqlite?uri=maybe", *report)
    assert "cannot open the database" in _one_line(cli, "--db", "postgresql://cd:cd@127.0.0.1:1/none", *report)
