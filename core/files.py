"""Writing files so that a crash never leaves half a file: a temporary name, flush, fsync, rename."""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yields a temporary path beside `target`; on success it replaces `target` in one step."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def atomic_write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def json_text(data) -> str:
    """The JSON CommuneDesk writes (a return, a consolidation): not ASCII-escaped, indented, one
    newline at the end."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_json(data, target: str | os.PathLike) -> None:
    atomic_write_text(Path(target), json_text(data))


def check_targets(targets: dict, protected=()) -> None:
    """Refuse, before any work, outputs that would destroy something: two outputs on one file, a
    folder, or a `protected` file (the database and its companions, the command's inputs), whether
    named by the same path or reached through a link."""
    from core.errors import CommuneDeskError

    guarded = [(Path(p), Path(p).resolve()) for p in protected]
    seen: list[tuple[Path, Path]] = []
    for path in (Path(p) for p in targets.values() if p):
        resolved = path.resolve()
        clash = path.is_dir() or any(resolved == r or _same_file(path, o) for o, r in guarded + seen)
        if clash:
            raise CommuneDeskError("package.same_path", path=str(path))
        seen.append((path, resolved))


def database_files(db_file) -> list[Path]:
    """A SQLite database's file and the companions SQLite writes beside it (none for None)."""
    if not db_file:
        return []
    db_file = Path(db_file)
    return [db_file.with_name(db_file.name + x) for x in ("", "-wal", "-shm", "-journal")]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
