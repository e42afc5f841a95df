"""Restoring a backup: core.backup checks the file, copies it beside the database, has it brought up
to this version there (`_bring_up_to_date`: core.commune.open_database, its migrations, protections
and office settings) and checked again, and only then puts it in place (with a safety copy); a backup
that cannot be brought up to date leaves the database as it was. Then the restore is noted in the
restored database's own trail.

It sits above core.commune, which itself takes the before-migration backup through core.backup.
Permission is the caller's to check (`restore`: administrators).
"""
from __future__ import annotations

from core import audit
from core.backup import RestoreResult, put_in_place, target_of
from core.changes import everything_changed
from core.commune import open_database
from core.db import transaction


def restore(target, backup_file, actor=None) -> RestoreResult:
    """Put backup `backup_file` in place of database `target`, bring it up to date and record who did it."""
    result = put_in_place(target, backup_file, prepare=_bring_up_to_date)
    _after_restore(target_of(target).url, result, actor)
    everything_changed()  # every table is the backup's now
    return result


def _bring_up_to_date(staged) -> None:
    """The staged copy of a SQLite backup opened as any database is (migrated, its protections and
    office settings checked), before it replaces the current one (core.backup._restore_sqlite)."""
    open_database(staged, backup_first=False).close()


def _after_restore(url: str, result: RestoreResult, actor) -> None:
    """Bring the restored database up to this version's schema and note the restore in its trail."""
    db = open_database(url)
    try:
        with transaction(db.sessions) as s:
            s.info["system"] = True
            note = f"from {result.restored_from.name}"
            if result.safety_copy:
                note += f"; safety copy {result.safety_copy.name}"
            if result.damaged_kept:
                note += f"; damaged files kept as {', '.join(p.name for p in result.damaged_kept)}"
            audit.record(s, "restore", "database", None, note=note,
                         user_name=getattr(actor, "name", None), user_role=getattr(actor, "role", None))
    finally:
        db.close()
