"""The register holds ID numbers and addresses: a new database file and its new folder are the
user's alone (0600/0700), its -wal and -shm too, and so is every file CommuneDesk writes (returns,
JSON, backups), whatever the umask."""
from __future__ import annotations

import os
import stat
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_database_and_its_folder_are_private(tmp_path, cli):
    folder = tmp_path / "new" / "office"
    db = folder / "register.sqlite"
    old = os.umask(0o022)
    try:
        code, _, err = cli("--db", db, "init", "--commune", "Xã An Phú", "--province", "Tỉnh Bình Dương")
    finally:
        os.umask(old)
    assert code == 0, err
    assert mode(db) == 0o600
    assert mode(folder) == 0o700
    for companion in ("-wal", "-shm"):
        path = db.with_name(db.name + companion)
        if path.exists():
            assert mode(path) == 0o600, companion


def test_every_output_is_private_like_the_backups(tmp_path, cli, initialised_target):
    old = os.umask(0o022)
    try:
        code, _, err = cli("--db", initialised_target, "report", "--month", "2025-07", "--xlsx", tmp_path / "r.xlsx",
                           "--pdf", tmp_path / "r.pdf", "--json", tmp_path / "r.json")
        assert code == 0, err
        names = ["r.xlsx", "r.pdf", "r.json"]
        if "://" not in str(initialised_target) or str(initialised_target).startswith("sqlite"):
            code, _, err = cli("--db", initialised_target, "backup", "--to", tmp_path / "b.sqlite")
            assert code == 0, err
            names.append("b.sqlite")
    finally:
        os.umask(old)
    assert {name: mode(tmp_path / name) for name in names} == dict.fromkeys(names, 0o600)
