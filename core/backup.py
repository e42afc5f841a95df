"""Backups, restore and the check at start (issue 7).

SQLite: SQLite's online backup API (never a file copy of a live database) into a temporary name in
the backup folder, `PRAGMA integrity_check` on the copy, fsync, then rename. Backups are named
`<database>-YYYYmmdd-HHMMSS-<kind>.sqlite` and rotated: the last 24 hours' (at most 12), then the
newest of each of the last 7 days, 4 weeks and 12 months; up to 5 safety copies made before a
restore are kept apart from the rotation.

Taken: daily at the first start (`backup_if_due(db)`), on close (`backup_if_due(db, "close")`),
before every restore, migration (core.commune.open_database) and bulk import
(core.imports.guarded_import).
PostgreSQL: the same functions call `pg_dump` / `pg_restore` (custom format, `.dump`), or say
exactly what to run when the client tools are missing.

The folder is the setting `backup.folder` (e.g. a USB stick), else $COMMUNEDESK_BACKUP_DIR, else
`backups` in the user data folder. The folder last used for each database is also remembered
outside it, so the newest good backup can be found when the database itself will not open.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import time as _time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from core.db import APP_NAME, BUSY_TIMEOUT_MS, resolve_url
from core.errors import CommuneDeskError
from core.files import check_output, fsync_dir
from core.messages import Problem, problem

log = logging.getLogger("communedesk.backup")

SETTING_FOLDER = "backup.folder"
KEEP_RECENT = timedelta(hours=24)
# At most this many of the last 24 hours: every import takes a backup first, and a clerk (or a
# script) importing a file again and again must not fill the disk with copies of the register.
KEEP_RECENT_COUNT = 12
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SAFETY = 5
KINDS = ("daily", "close", "manual", "before-import", "before-migration", "before-restore")
SAFETY_KIND = "before-restore"
NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{6})-(?P<kind>" + "|".join(KINDS)
                     + r")(?:-\d+)?\.(?P<ext>sqlite|dump)$")
STALE_PART = timedelta(hours=6)


class BackupFailed(CommuneDeskError):
    pass


class RestoreFailed(CommuneDeskError):
    pass


# ---------------------------------------------------------------- what is being backed up
@dataclass
class Target:
    url: str
    path: Path | None  # the SQLite file; None for a server

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def stem(self) -> str:
        if self.path is not None:
            return self.path.stem
        return re.sub(r"[^\w.-]+", "_", make_url(self.url).database or "postgres")

    @property
    def key(self) -> str:
        return str(self.path) if self.path is not None else make_url(self.url).render_as_string(hide_password=True)


def target_of(x) -> Target:
    """A Database, an Engine, a URL or a file path."""
    if isinstance(x, Target):
        return x
    engine = getattr(x, "engine", x)
    if isinstance(engine, Engine):
        url = engine.url.render_as_string(hide_password=False)
    else:
        url = resolve_url(x)
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if not u.database or u.database == ":memory:":
            raise BackupFailed("backup.in_memory")
        return Target(url, Path(u.database).resolve())
    return Target(url, None)


# ---------------------------------------------------------------- the folder
def default_folder() -> Path:
    env = os.environ.get("COMMUNEDESK_BACKUP_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "backups"


def _memory_file() -> Path:
    env = os.environ.get("COMMUNEDESK_CONFIG_DIR")
    if env:
        return Path(env) / "backup-folders.json"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "backup-folders.json"


def _remembered() -> dict[str, str]:
    try:
        return json.loads(_memory_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _remember(t: Target, folder: Path) -> None:
    data = _remembered()
    if data.get(t.key) == str(folder):
        return
    data[t.key] = str(folder)
    try:
        from core.files import atomic_write_text

        atomic_write_text(_memory_file(), json.dumps(data, ensure_ascii=False, indent=1))
    except OSError as exc:  # a read-only profile must not stop a backup
        log.warning("could not remember the backup folder: %s", exc)


def _setting_folder(x) -> Path | None:
    engine = getattr(x, "engine", x)
    if not isinstance(engine, Engine):
        return None
    from core import settings

    try:
        with engine.connect() as conn:
            value = settings.get(conn, SETTING_FOLDER)
    except Exception:  # no setting table yet, or a database that does not open: use the others
        return None
    return Path(value).expanduser() if value else None


def backup_folder(x) -> Path:
    """Where the backups of database `x` go."""
    return _setting_folder(x) or default_folder()


def set_backup_folder(session, folder: str | os.PathLike | None) -> Path:
    """The `backup.folder` setting (administrators). None or '' goes back to the default."""
    from core import settings
    from core.auth import require

    require(session, "settings")
    value = str(Path(folder).expanduser()) if folder else None
    if value:
        try:
            Path(value).mkdir(parents=True, exist_ok=True)
            probe = Path(value) / f".communedesk-probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            from core.errors import ValidationError
            from core.messages import problem

            raise ValidationError({"folder": problem("backup.folder_not_writable", folder=value,
                                                     reason=exc.strerror or str(exc))}) from None
    settings.put(session, SETTING_FOLDER, value)
    folder = Path(value) if value else default_folder()
    _remember(target_of(session.get_bind()), folder)
    return folder


# ---------------------------------------------------------------- listing and rotation
@dataclass
class BackupInfo:
    path: Path
    taken_at: datetime
    kind: str
    stem: str

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def parse_name(path: Path) -> BackupInfo | None:
    m = NAME_RE.match(path.name)
    if not m:
        return None
    try:
        taken = datetime.strptime(m["ts"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupInfo(path, taken, m["kind"], m["stem"])


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in `folder` (of the database named `stem`), newest first."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    infos = [i for i in (parse_name(p) for p in entries if p.is_file()) if i and (stem is None or i.stem == stem)]
    return sorted(infos, key=lambda i: (i.taken_at, i.path.name), reverse=True)


def keep_set(infos: list[BackupInfo], now: datetime) -> set[Path]:
    """Rotation: the last 24 hours' (the newest KEEP_RECENT_COUNT of them); the newest of each of
    the last 7 days, 4 ISO weeks and 12 months that have a backup."""
    infos = sorted(infos, key=lambda i: (i.taken_at, i.path.name), reverse=True)
    keep = {i.path for i in [i for i in infos if now - i.taken_at < KEEP_RECENT][:KEEP_RECENT_COUNT]}
    buckets = ((lambda d: d.date(), KEEP_DAILY), (lambda d: tuple(d.isocalendar())[:2], KEEP_WEEKLY),
               (lambda d: (d.year, d.month), KEEP_MONTHLY))
    for key, n in buckets:
        seen: list = []
        for i in infos:
            k = key(i.taken_at)
            if k in seen:
                continue
            if len(seen) == n:
                break
            seen.append(k)
            keep.add(i.path)
    return keep


def rotate(folder: Path, stem: str, now: datetime | None = None) -> list[Path]:
    """Delete the backups of `stem` the rotation no longer keeps; returns what was deleted."""
    now = now or datetime.now()
    infos = list_backups(folder, stem)
    regular = [i for i in infos if i.kind != SAFETY_KIND]
    keep = keep_set(regular, now)
    doomed = [i.path for i in regular if i.path not in keep]
    doomed += [i.path for i in [i for i in infos if i.kind == SAFETY_KIND][KEEP_SAFETY:]]
    for p in doomed:
        try:
            p.unlink()
        except OSError as exc:
            log.warning("could not delete the old backup %s: %s", p, exc)
    return doomed


def _clean_stale_parts(folder: Path) -> None:
    limit = _time.time() - STALE_PART.total_seconds()
    for p in folder.glob(".*.part"):
        try:
            if p.stat().st_mtime < limit:
                p.unlink()
        except OSError:
            pass


# ---------------------------------------------------------------- taking a backup
def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _unique(path: Path) -> Path:
    if not path.exists():
        return path
    for n in range(2, 1000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise BackupFailed("backup.too_many_names", name=path.name)


def sqlite_copy(source: Path, final: Path, *, check: str = "integrity_check") -> None:
    """Online-backup `source` (a SQLite file, possibly in use) to `final`: temporary name,
    integrity check, fsync, rename. The copy is a single self-contained file (rollback journal)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale_parts(final.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                result = [r[0] for r in dst.execute(f"PRAGMA {check}").fetchall()]
            finally:
                dst.close()
        finally:
            src.close()
        if result != ["ok"]:
            raise BackupFailed("backup.copy_failed_check", name=source.name, check=check, details="; ".join(result[:3]))
        _fsync_file(tmp)
        os.replace(tmp, final)
        fsync_dir(final.parent)
    except sqlite3.DatabaseError as exc:
        raise BackupFailed("backup.could_not", name=source.name, reason=str(exc)) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def take_backup(x, kind: str = "manual", dest: str | os.PathLike | None = None,
                folder: Path | None = None) -> Path:
    """Back up database `x` (a Database, Engine, URL or path). With `dest`, to exactly that file
    (not rotated); otherwise into the backup folder, then rotate."""
    if kind not in KINDS:
        raise ValueError(kind)
    t = target_of(x)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if dest is None:
        folder = Path(folder) if folder else backup_folder(x)
        final = _unique(folder / f"{t.stem}-{stamp}-{kind}.{'sqlite' if t.is_sqlite else 'dump'}")
    else:
        final = check_output(x, dest)
    if t.is_sqlite:
        if not t.path.is_file():
            raise BackupFailed("backup.no_database", path=str(t.path))
        sqlite_copy(t.path, final)
    else:
        _pg_dump(t, final)
    if dest is None:
        _remember(t, folder)
        rotate(folder, t.stem)
    return final


def _unchanged_since_newest(t: Target, folder: Path) -> bool:
    """True when the newest backup in `folder` is younger than the last write to the SQLite file."""
    if not t.is_sqlite:
        return False
    newest = list_backups(folder, t.stem)
    if not newest:
        return False
    try:
        written = max(p.stat().st_mtime for p in (t.path, Path(f"{t.path}-wal")) if p.exists())
        return newest[0].path.stat().st_mtime > written + 0.001
    except (OSError, ValueError):
        return False


def backup_before(x, kind: str) -> Path | None:
    """The automatic backup before an import or a migration: never stops the work it protects; a
    failure is logged (on stderr for commands) and the work goes on."""
    try:
        t = target_of(x)
        folder = backup_folder(x)
        if kind == "before-import" and _unchanged_since_newest(t, folder):
            return None
        if t.is_sqlite and (not t.path.is_file() or t.path.stat().st_size == 0):
            return None
        return take_backup(x, kind, folder=folder)
    except (CommuneDeskError, OSError) as exc:
        log.warning("warning: no %s backup was taken: %s", kind, exc)
        return None


def backup_if_due(db, when: str = "start") -> Path | None:
    """For the window: at start, the day's first backup if there is none yet today; at close
    (`when="close"`), a backup if the database changed since the newest one. Never raises."""
    try:
        t = target_of(db)
        folder = backup_folder(db)
        infos = list_backups(folder, t.stem)
        if when == "start":
            if infos and infos[0].taken_at.date() == datetime.now().date():
                return None
            return take_backup(db, "daily", folder=folder)
        if _unchanged_since_newest(t, folder):
            return None
        if not t.is_sqlite and infos and datetime.now() - infos[0].taken_at < timedelta(hours=1):
            return None
        return take_backup(db, "close", folder=folder)
    except Exception as exc:  # the window's start and close must never fail for a backup
        log.warning("warning: the automatic backup failed: %s", exc)
        return None


def before_migration(engine: Engine) -> None:
    """The backup taken before a schema upgrade of an existing database (core.commune.open_database)."""
    from core import schema

    try:
        if schema.current_revision(engine) is None:
            return  # a new, empty database: nothing to keep
    except Exception:
        return
    backup_before(engine, "before-migration")


# ---------------------------------------------------------------- checking
@dataclass
class FileCheck:
    ok: bool
    problem: Problem
    commune: str | None = None
    revision: str | None = None
    dossiers: int | None = None
    accounts: bool = False

    @property
    def message(self) -> str:
        return str(self.problem)


def check_backup_file(path) -> FileCheck:
    """Is `path` a whole CommuneDesk backup this version can open?"""
    path = Path(path)
    if not path.is_file():
        return FileCheck(False, problem("backup.no_such_file", path=str(path)))
    if path.suffix == ".dump":
        tool = pg_tool("pg_restore")
        if tool is None:
            return FileCheck(False, _missing_tool("pg_restore", f"pg_restore --list {path}"))
        run = subprocess.run([tool, "--list", str(path)], capture_output=True, text=True)
        if run.returncode != 0:
            return FileCheck(False, problem("backup.dump_not_readable", name=path.name, reason=_first_line(run.stderr)))
        if " TABLE DATA " not in run.stdout or " commune " not in run.stdout:
            return FileCheck(False, problem("backup.not_ours", name=path.name))
        return FileCheck(True, problem("backup.dump_readable", name=path.name))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return FileCheck(False, problem("backup.cannot_open", name=path.name, reason=str(exc)))
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            return FileCheck(False, problem("backup.file_damaged", name=path.name, details="; ".join(result[:3])))
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "commune", "dossier"} <= tables:
            return FileCheck(False, problem("backup.not_our_database", name=path.name))
        revision = (con.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0]
        commune = con.execute("SELECT name FROM commune").fetchone()
        dossiers = con.execute("SELECT count(*) FROM dossier").fetchone()[0]
        accounts = "app_user" in tables and con.execute("SELECT count(*) FROM app_user").fetchone()[0] > 0
    except sqlite3.DatabaseError as exc:
        return FileCheck(False, problem("backup.damaged_or_not", name=path.name, reason=str(exc)))
    finally:
        con.close()
    from core.schema import alembic_config
    from alembic.script import ScriptDirectory

    known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision not in known:
        return FileCheck(False, problem("backup.newer_version", name=path.name, revision=revision),
                         commune[0] if commune else None, revision)
    return FileCheck(True, problem("backup.whole", name=path.name, count=dossiers), commune[0] if commune else None,
                     revision, dossiers, accounts)


@dataclass
class DatabaseCheck:
    ok: bool
    problem: Problem | None = None
    details: list[str] = field(default_factory=list)
    backup: BackupInfo | None = None  # the newest good backup, offered when not ok

    @property
    def message(self) -> str:
        return str(self.problem) if self.problem else ""


def check_database(target=None) -> DatabaseCheck:
    """The quick check at start: `PRAGMA quick_check` on SQLite, a connection on a server. When it
    fails, the message says so plainly and names the newest good backup."""
    t = target_of(target)
    if not t.is_sqlite:
        try:
            from sqlalchemy import create_engine

            engine = create_engine(t.url)
            try:
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
            finally:
                engine.dispose()
            return DatabaseCheck(True)
        except Exception as exc:
            return DatabaseCheck(False, problem("backup.server_silent", reason=_first_line(str(exc))))
    if not t.path.exists():
        return DatabaseCheck(True, problem("backup.new_database"))
    try:
        con = sqlite3.connect(str(t.path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            details = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        details = [str(exc)]
    if details == ["ok"]:
        return DatabaseCheck(True)
    newest = newest_good_backup(t)
    if newest:
        found = problem("backup.db_damaged", path=str(t.path), detail=details[0], taken=newest.taken_at,
                        name=newest.path.name)
    else:
        found = problem("backup.db_damaged_no_backup", path=str(t.path), detail=details[0])
    return DatabaseCheck(False, found, details[:20], newest)


def candidate_folders(x) -> list[Path]:
    t = target_of(x)
    folders = []
    for f in (_setting_folder(x), _remembered().get(t.key), default_folder()):
        if f and Path(f) not in folders:
            folders.append(Path(f))
    return folders


def backups_of(x) -> list[BackupInfo]:
    """Every backup of database `x` in the folders it may use, newest first (for the restore dialog)."""
    t = target_of(x)
    infos = [i for f in candidate_folders(x) for i in list_backups(f, t.stem)]
    return sorted(infos, key=lambda i: (i.taken_at, i.path.name), reverse=True)


def newest_good_backup(x=None) -> BackupInfo | None:
    for info in backups_of(x):
        if check_backup_file(info.path).ok:
            return info
    return None


# ---------------------------------------------------------------- restoring
@dataclass
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    damaged_kept: list[Path] = field(default_factory=list)


def put_in_place(target, backup_file, prepare=None) -> RestoreResult:
    """Put backup `backup_file` in place of database `target`. Checks the file first; keeps a safety
    copy of the current database (an online backup, or the damaged files moved aside when it does
    not open). The whole restore, with its entry in the trail, is core.restore.restore."""
    backup_file = Path(backup_file).expanduser().resolve()
    check = check_backup_file(backup_file)
    if not check.ok:
        raise RestoreFailed("restore.not_restored", why=check.problem)
    t = target_of(target)
    if t.is_sqlite != (backup_file.suffix != ".dump"):
        raise RestoreFailed("restore.kind_mismatch")
    if t.is_sqlite:
        return _restore_sqlite(t, backup_file, prepare)
    return _restore_pg(t, backup_file)


def _staged(t: Target, backup_file: Path, prepare) -> Path:
    """The backup copied beside the database, brought up to this version there (its schema, its
    protections, its office settings) and checked again: what a restore then swaps in. Nothing of
    the current database is touched here; on any failure the copy is removed and RestoreFailed says
    why. `prepare(path)` brings the copy up to date (core.restore: the database opened as any other)."""
    t.path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{t.path.name}.restoring-", suffix=".sqlite", dir=t.path.parent)
    os.close(fd)
    staged = Path(name)
    try:
        sqlite_copy(backup_file, staged)
        try:
            if prepare is not None:
                prepare(staged)
            con = sqlite3.connect(str(staged))
            try:
                con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, as a backup is
                result = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
            finally:
                con.close()
        except Exception as exc:  # a migration or a settings step refused this backup's contents
            reason = _first_line(str(getattr(exc, "orig", None) or exc))
            raise RestoreFailed("restore.cannot_upgrade", name=backup_file.name, reason=reason) from None
        if result != ["ok"]:
            raise RestoreFailed("restore.cannot_upgrade", name=backup_file.name, reason=result[0])
        return staged
    except BaseException:
        _remove_sqlite_files(staged)
        raise


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(f"{path}{suffix}").unlink()
        except FileNotFoundError:
            pass


def _restore_sqlite(t: Target, backup_file: Path, prepare=None) -> RestoreResult:
    """Restore on a copy: the backup is staged (copied, migrated, checked: `_staged`) and only then
    put in place, in one step; a backup that cannot be brought up to date leaves the database as it
    was."""
    if backup_file == t.path:
        raise RestoreFailed("restore.is_the_database")
    folder = _setting_folder(t.url) if t.path.exists() else None
    folder = folder or Path(_remembered().get(t.key) or default_folder())
    safety, kept = None, []
    staged = _staged(t, backup_file, prepare)
    try:
        healthy = t.path.exists() and check_database(t.url).ok
        if healthy:
            safety = take_backup(t.url, SAFETY_KIND, folder=folder)
            try:
                src = sqlite3.connect(str(staged))
                dst = sqlite3.connect(str(t.path), timeout=BUSY_TIMEOUT_MS / 1000)
                try:
                    dst.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                    src.backup(dst)  # one step, under the database's own locks: other windows wait
                    result = [r[0] for r in dst.execute("PRAGMA quick_check").fetchall()]
                finally:
                    dst.close()
                    src.close()
            except sqlite3.DatabaseError as exc:
                raise RestoreFailed("restore.failed_unchanged", reason=str(exc), safety=safety) from None
            if result != ["ok"]:
                raise RestoreFailed("restore.check_failed", detail=result[0], safety=safety)
            return RestoreResult(backup_file, safety, kept)
        # The database is missing or does not open: set its files aside, then put the copy in place.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            p = Path(f"{t.path}{suffix}")
            if p.exists():
                aside = _unique(folder / f"{t.stem}-{stamp}-damaged.sqlite{suffix}")
                shutil.move(str(p), str(aside))
                kept.append(aside)
        os.replace(staged, t.path)
        fsync_dir(t.path.parent)
        return RestoreResult(backup_file, None, kept)
    finally:
        _remove_sqlite_files(staged)


# ---------------------------------------------------------------- PostgreSQL
def pg_tool(name: str) -> str | None:
    """pg_dump / pg_restore: $COMMUNEDESK_PG_BIN, the PATH, then the usual install folders."""
    exe = name + (".exe" if os.name == "nt" else "")
    env = os.environ.get("COMMUNEDESK_PG_BIN")
    if env and (Path(env) / exe).is_file():
        return str(Path(env) / exe)
    found = shutil.which(name)
    if found:
        return found
    import glob

    patterns = ["/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql*/bin",
                "/usr/local/opt/postgresql*/bin", "C:/Program Files/PostgreSQL/*/bin"]
    candidates = [Path(d) for pattern in patterns for d in glob.glob(pattern) if (Path(d) / exe).is_file()]
    if candidates:
        def version(p: Path) -> int:
            numbers = re.findall(r"\d+", str(p))
            return int(numbers[-1]) if numbers else 0
        return str(sorted(candidates, key=version)[-1] / exe)
    return None


def _pg_args(t: Target) -> tuple[list[str], dict]:
    u = make_url(t.url)
    args = ["--no-password"]
    if u.host:
        args += ["--host", u.host]
    if u.port:
        args += ["--port", str(u.port)]
    if u.username:
        args += ["--username", u.username]
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = u.password  # through the environment: never on a command line or in a log
    return args, env


def _missing_tool(tool: str, example: str) -> Problem:
    return problem("backup.missing_tool", tool=tool, example=example)


def _first_line(text_: str) -> str:
    lines = [x for x in (text_ or "").strip().splitlines() if x.strip()]
    return lines[0][:300] if lines else "no message"


def _pg_dump(t: Target, final: Path) -> None:
    u = make_url(t.url)
    args, env = _pg_args(t)
    tool = pg_tool("pg_dump")
    if tool is None:
        raise BackupFailed(_missing_tool(
            "pg_dump", f"pg_dump --format=custom --file \"{final}\" {' '.join(args)} {u.database}"))
    final.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale_parts(final.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        run = subprocess.run([tool, "--format=custom", f"--file={tmp}", *args, u.database],
                             capture_output=True, text=True, env=env)
        if run.returncode != 0:
            raise BackupFailed("backup.pg_dump_failed", reason=_first_line(run.stderr))
        restore_tool = pg_tool("pg_restore")
        if restore_tool:
            listed = subprocess.run([restore_tool, "--list", str(tmp)], capture_output=True, text=True)
            if listed.returncode != 0:
                raise BackupFailed("backup.dump_unreadable", reason=_first_line(listed.stderr))
        _fsync_file(tmp)
        os.replace(tmp, final)
        fsync_dir(final.parent)
    finally:
        if tmp.exists():
            tmp.unlink()


def _restore_pg(t: Target, backup_file: Path) -> RestoreResult:
    u = make_url(t.url)
    args, env = _pg_args(t)
    tool = pg_tool("pg_restore")
    if tool is None:
        raise RestoreFailed(_missing_tool(
            "pg_restore", f"pg_restore --clean --if-exists --no-owner --single-transaction "
                          f"{' '.join(args)} --dbname {u.database} \"{backup_file}\""))
    safety = take_backup(t.url, SAFETY_KIND)
    from sqlalchemy import create_engine

    # Other sessions would hold locks that DROP waits on forever: ask them to leave first.
    engine = create_engine(t.url)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    except Exception:
        pass
    finally:
        engine.dispose()
    run = subprocess.run([tool, "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
                          *args, f"--dbname={u.database}", str(backup_file)], capture_output=True, text=True, env=env)
    if run.returncode != 0:
        raise RestoreFailed("restore.pg_restore_failed", reason=_first_line(run.stderr), safety=safety)
    return RestoreResult(backup_file, safety)


def login_against_backup(backup_file, name: str | None, password: str | None):
    """When the current database does not open, the administrator proves who they are against the
    accounts of the backup being restored (read-only: no lockout counting on this path)."""
    from core.auth import Actor, verify_password

    con = sqlite3.connect(f"file:{Path(backup_file)}?mode=ro&immutable=1", uri=True)
    try:
        row = con.execute("SELECT id, name, role, full_name, password_hash, active FROM app_user WHERE name = ?",
                          ((name or "").strip().lower(),)).fetchone()
    finally:
        con.close()
    if row is None or not row[5] or not verify_password(password or "", row[4]):
        raise RestoreFailed("restore.wrong_login")
    actor = Actor(row[0], row[1], row[2], row[3])
    if not actor.can("restore"):
        raise RestoreFailed("restore.not_admin", name=actor.name)
    return actor
