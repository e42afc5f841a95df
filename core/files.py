"""Files CommuneDesk writes: the one check of every output target, and writing so that a crash never
leaves half a file (a temporary name, flush, fsync, rename, then the folder synced).

Every output — the command line's `--xlsx/--pdf/--json/--csv/--to`, finalise, backups, the window's
save dialogs, and whatever later writes a book, a slip or a package — names its targets to
`check_outputs(db, paths)` before any work. A target is refused (OutputRefused, one line, nothing
written) when it is the database in use or one of its companion files (-wal, -shm, -journal: compared
by resolved path and, for a file that exists, by device and inode, so a symlink or a hard link to it is
seen), a folder, a symbolic link, anything but a regular file (a device, a pipe, a socket), a file
being read by the same command, or the target of another output of the same command. `atomic_path`
checks its target again as it starts and just before the rename, against every SQLite database this
process has opened (`protect_database`, called by core.db), so a writer that forgot the check still
cannot replace the register.
"""
from __future__ import annotations

import json
import os
import re
import stat
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from core.errors import CommuneDeskError

# The files SQLite keeps beside a database: the write-ahead log, its index, the rollback journal.
COMPANIONS = ("", "-wal", "-shm", "-journal")

_protected: set[Path] = set()
_protected_lock = threading.Lock()


class OutputRefused(CommuneDeskError):
    """An output target that may not be written (see the module's docstring)."""


# ---------------------------------------------------------------- what is protected
def protect_database(path: str | os.PathLike) -> None:
    """Never let an output of this process replace the SQLite database at `path` (or its companions)."""
    with _protected_lock:
        _protected.add(Path(path).expanduser().resolve())


def protected_databases() -> list[Path]:
    with _protected_lock:
        return sorted(_protected)


def database_file(db) -> Path | None:
    """The SQLite file `db` opens: a Database (anything with `.engine`), an Engine, a URL, a URL text
    or a file path. None for a server (PostgreSQL keeps no file here) or a database in memory. The
    one resolver of "which file is the register": it follows what the driver is given (SQLAlchemy's
    own connect arguments) and, for `?uri=true`, SQLite's URI rules (file:, file://localhost/…,
    percent-encoding, a relative path, mode=memory)."""
    if db is None:
        return None
    engine = getattr(db, "engine", db)
    url = getattr(engine, "url", None)
    if url is None:
        text = os.fspath(db) if isinstance(db, os.PathLike) else str(db)
        if "://" not in text:
            return Path(text).expanduser().resolve() if text else None
        from sqlalchemy.engine import make_url

        url = make_url(text)
    if url.get_backend_name() != "sqlite":
        return None
    found = sqlite_target(url, getattr(engine, "dialect", None))
    return None if found is None else found[0]


def sqlite_target(url, dialect=None) -> tuple[Path, dict[str, str]] | None:
    """(the file, SQLite's URI parameters) of a sqlite URL; None for a database in memory."""
    import warnings

    if dialect is None or not hasattr(dialect, "create_connect_args"):
        from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

        dialect = SQLiteDialect_pysqlite()
    from sqlalchemy.exc import ArgumentError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # query arguments the driver ignores: said when the engine is made
        try:
            args, opts = dialect.create_connect_args(url)
        except (ArgumentError, ValueError) as exc:
            raise CommuneDeskError("db.bad_url", reason=str(exc).strip().splitlines()[0]) from None
    name = str(args[0]) if args else ""
    if not opts.get("uri") or not name.startswith("file:"):
        if name in ("", ":memory:"):
            return None
        return Path(os.path.abspath(name)).resolve(), {}
    return _sqlite_uri_target(name)


def _sqlite_uri_target(name: str) -> tuple[Path, dict[str, str]] | None:
    """SQLite's reading of a `file:` URI (https://sqlite.org/uri.html): the path ends at '?' or '#',
    an authority must be empty or 'localhost', escapes are decoded, a relative path is the current
    folder's."""
    from urllib.parse import parse_qsl, unquote

    rest = name[len("file:"):]
    rest = rest.split("#", 1)[0]
    path, _, query = rest.partition("?")
    if path.startswith("//"):
        authority, slash, tail = path[2:].partition("/")
        if unquote(authority).lower() not in ("", "localhost"):
            return None  # SQLite refuses to open it: no file of ours there
        path = slash + tail
    path = unquote(path)
    params = {k: v for k, v in parse_qsl(query, keep_blank_values=True)}
    if path in ("", ":memory:") or params.get("mode") == "memory" or params.get("vfs") == "memdb":
        return None
    if os.name == "nt" and re.match(r"^/[A-Za-z]:", path):
        path = path[1:]  # file:///C:/… names C:/…
    return Path(os.path.abspath(path)).resolve(), params


def database_files(db) -> list[Path]:
    """The database file of `db` and its companions, whether they exist now or not."""
    path = database_file(db)
    return [] if path is None else [Path(f"{path}{suffix}") for suffix in COMPANIONS]


# ---------------------------------------------------------------- the check
def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _key(path: Path) -> str:
    return os.path.normcase(str(path))


def same_file_key(path) -> tuple | str:
    """One file however it is named (a relative and an absolute path, a link, a folder and a file in it)."""
    path = Path(path)
    return _identity(path) or _key(path.expanduser().resolve())


def read_at_most(path, limit: int) -> bytes | None:
    """The file's bytes, never more than `limit` read (None: it is larger). OSError as open raises it."""
    with open(path, "rb") as fh:
        raw = fh.read(limit + 1)
    return raw if len(raw) <= limit else None


class _Guard:
    """The files no output may replace: by name and, for those that exist, by identity."""

    def __init__(self, files: Iterable[Path], inputs: Iterable[Path] = ()):
        self.names = {_key(p): "db" for p in files}
        self.ids = {i: "db" for i in map(_identity, files) if i is not None}
        for p in inputs:
            resolved = Path(p).expanduser().resolve()
            self.names.setdefault(_key(resolved), "input")
            ident = _identity(resolved)
            if ident is not None:
                self.ids.setdefault(ident, "input")

    def what(self, resolved: Path, ident: tuple[int, int] | None) -> str | None:
        return self.names.get(_key(resolved)) or (self.ids.get(ident) if ident is not None else None)


def _guard(db=None, inputs: Iterable = ()) -> _Guard:
    files = database_files(db)
    for path in protected_databases():
        files += [Path(f"{path}{suffix}") for suffix in COMPANIONS]
    return _Guard(files, inputs)


def _check_one(raw, guard: _Guard) -> tuple[Path, tuple[int, int] | None]:
    """The target as it will be written (resolved) and its identity if it exists; raises OutputRefused."""
    text = os.fspath(raw) if isinstance(raw, os.PathLike) else str(raw)
    if not text.strip():
        raise OutputRefused("output.no_name")
    path = Path(text).expanduser()
    shown = str(path)
    try:
        st = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        st = None
    except OSError as exc:
        raise OutputRefused("output.cannot_check", path=shown, reason=exc.strerror or str(exc)) from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            raise OutputRefused("output.is_link", path=shown)
        if stat.S_ISDIR(st.st_mode):
            raise OutputRefused("output.is_folder", path=shown)
        if not stat.S_ISREG(st.st_mode):
            raise OutputRefused("output.not_a_file", path=shown)
        if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            # the mode bits, not access(): root may write anything, yet a file made read-only says "keep me"
            raise OutputRefused("output.read_only", path=shown)
    else:
        parent = path.parent
        while not os.path.lexists(parent) and parent != parent.parent:
            parent = parent.parent
        if not parent.is_dir():
            raise OutputRefused("output.parent_not_folder", path=shown, parent=str(parent))
    resolved = path.resolve()
    ident = (st.st_dev, st.st_ino) if st is not None else None
    what = guard.what(resolved, ident)
    if what == "db":
        raise OutputRefused("output.is_database", path=shown)
    if what == "input":
        raise OutputRefused("output.is_input", path=shown)
    return resolved, ident


def check_outputs(db, paths: Iterable, *, inputs: Iterable = ()) -> list[Path | None]:
    """Check every output target of one piece of work before it starts (see the module's docstring).
    `db`: the database in use (a Database, Engine, URL or path; None: only those this process has
    opened); `paths`: the targets (None and '-' — standard output — are skipped); `inputs`: files the
    same work reads. Returns the resolved targets, in order (None where skipped)."""
    guard = _guard(db, inputs)
    out: list[Path | None] = []
    seen: dict = {}
    for raw in paths:
        if raw is None or (isinstance(raw, str) and raw == "-"):
            out.append(None)
            continue
        resolved, ident = _check_one(raw, guard)
        for key in (_key(resolved), ident):
            if key is not None and key in seen:
                raise OutputRefused("output.same_path", path=str(raw), other=seen[key])
        seen[_key(resolved)] = str(raw)
        if ident is not None:
            seen[ident] = str(raw)
        out.append(resolved)
    return out


def check_output(db, path) -> Path:
    """`check_outputs` for one target."""
    return check_outputs(db, [path])[0]


# ---------------------------------------------------------------- writing
def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handle to sync)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


STALE_PART_S = 60  # a temporary file no writer holds and this old was left by a killed process


def _held(fd: int) -> bool:
    """Take the writer's lock on a temporary file (POSIX); False: another live writer holds it."""
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be removed, which is the same protection
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _new_part(target: Path) -> tuple[Path, int]:
    """A temporary file beside `target` (0600) and its descriptor, locked while it is written, after
    removing those a killed writer left there: older than a minute and locked by no live process."""
    import time

    target.parent.mkdir(parents=True, exist_ok=True)
    for old in target.parent.glob(f".{target.name}.*.part"):
        try:
            if time.time() - old.stat().st_mtime <= STALE_PART_S:
                continue
            fd = os.open(old, os.O_RDONLY)
        except OSError:
            continue
        try:
            if _held(fd):
                old.unlink()
        except OSError:
            pass
        finally:
            os.close(fd)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    _held(fd)
    return Path(tmp), fd


@contextmanager
def atomic_path(target: str | os.PathLike, db=None) -> Iterator[Path]:
    """Yields a temporary path beside `target`; on success it replaces `target` in one step. The
    target is checked first and again before the rename (check_outputs), against `db` and every
    database this process opened."""
    target, _ = _check_one(target, _guard(db))
    tmp_path, held = _new_part(target)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        _check_one(target, _guard(db))  # what the work took time over may have changed meanwhile
        os.replace(tmp_path, target)
        fsync_dir(target.parent)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()
        os.close(held)


def atomic_write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def json_text(data) -> str:
    """The JSON CommuneDesk writes (a return, a consolidation): not ASCII-escaped, indented, one
    newline at the end."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_json(data, target: str | os.PathLike) -> None:
    atomic_write_text(Path(target), json_text(data))
