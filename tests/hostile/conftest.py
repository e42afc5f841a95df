"""What the hostile tests share: a command run in this process (its exit status and stderr), and a
fingerprint of a database's files to prove they were not touched."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest


def run_cli(*argv, capsys=None) -> tuple[int, str, str]:
    """`communedesk ARGV…` in this process: (exit status, stdout, stderr)."""
    from core.cli import build_parser, run_command

    args = build_parser().parse_args([str(a) for a in argv])
    code = run_command(args)
    out = capsys.readouterr() if capsys is not None else None
    return code, (out.out if out else ""), (out.err if out else "")


def fingerprint(path: Path) -> dict[str, str]:
    """The SHA-256 of a SQLite file and of each companion file that exists."""
    out = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(f"{path}{suffix}")
        if p.exists() and p.is_file():
            out[suffix] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture
def cli(capsys):
    return lambda *argv: run_cli(*argv, capsys=capsys)
