"""Imports of every register. Each kind registers its importer, a core.imports.base.Importer (the one
skeleton every register fills with its columns and row rules): `importer(db, path, user=...,
progress=...) -> ImportResult`; run_import runs it inside guarded_import."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from core.errors import ImportFailed, RowError  # noqa: F401 - re-exported


@dataclass
class ImportResult:
    kind: str
    inserted: int = 0
    updated: int = 0
    # Dossiers: rows linked to a dossier taken in offline (by ID number, procedure and day of
    # receipt), rows skipped as not received yet; the profile the file was read with.
    linked: int = 0
    skipped: int = 0
    profile: str | None = None
    # Header cells of the file that name no column of the layout: nothing was read from them.
    unread_columns: tuple[str, ...] = ()
    # The layout's columns the file does not have (its fields took their defaults).
    missing_columns: tuple[str, ...] = ()

    def summary(self) -> str:
        text = f"{self.kind}: {self.inserted} added, {self.updated} updated"
        if self.linked:
            text += f", {self.linked} linked to dossiers taken in offline"
        if self.skipped:
            text += f", {self.skipped} not received yet (skipped)"
        if self.profile and self.profile != "communedesk":
            text += f" (read as {self.profile})"
        if self.unread_columns:
            text += "; columns not read: " + ", ".join(f"“{name}”" for name in self.unread_columns)
        if self.missing_columns:
            text += "; columns of the layout not in the file: " + ", ".join(f"“{n}”" for n in self.missing_columns)
        return text


IMPORTERS: dict[str, Callable] = {}


def register(kind: str):
    """Class decorator: the register's Importer subclass, registered (as an instance) under `kind`."""
    def deco(cls):
        IMPORTERS[kind] = cls()
        return cls
    return deco


def load_importers() -> dict[str, Callable]:
    """Every register's importer, registered by importing its module (kept out of module level so
    `core` starts fast). Returns the registry: kind → importer."""
    # In the order the command's help lists them.
    from core.imports import dossiers, staff  # noqa: F401
    from core.imports import equipment, recommendations  # noqa: F401
    from core.imports import tasks, training  # noqa: F401
    from core.imports import sites  # noqa: F401

    return IMPORTERS


def import_kinds() -> list[str]:
    """The kinds `import KIND FILE` accepts, in the order of the command's help."""
    return list(load_importers())


def run_import(kind: str, db, path, user: str | None = None, progress=None, profile=None) -> ImportResult:
    """Import the file at `path` into the register `kind`. `profile` (dossiers): None to recognise
    the file's layout among the built-in and saved profiles, a profile's name, or a Profile (a
    mapping read from JSON or made in the window)."""
    load_importers()
    if kind not in IMPORTERS:
        raise ImportFailed("import.unknown_kind", kind=kind, known=sorted(IMPORTERS))
    return guarded_import(db, kind, path, lambda: IMPORTERS[kind](db, path, user=user, progress=progress,
                                                                  profile=profile))


def guarded_import(db, kind: str, path, run):
    """What every import goes through: the `imports` permission, a backup first, one audit row with
    the counts, and database refusals turned into a clear ImportFailed."""
    from sqlalchemy.exc import DataError, IntegrityError, StatementError

    from core import audit, backup
    from core.db import transaction
    from core.permissions import require

    with transaction(db.sessions, write=False) as s:
        require(s, "imports")
        actor = s.info.get("user")
    backup.backup_before(db, "before-import")
    name = Path(str(path)).name
    with audit.import_context(actor, kind) as ctx:
        try:
            result = run()
        except (DataError, IntegrityError, StatementError) as exc:
            if isinstance(exc, StatementError) and not isinstance(exc, (DataError, IntegrityError)) \
                    and not isinstance(getattr(exc, "orig", None), (ValueError, TypeError)):
                raise
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:300]
            raise ImportFailed("import.database_refused", name=name, reason=reason) from None
    if not ctx["recorded"]:
        with transaction(db.sessions) as s:
            audit.record(s, "import", "import_batch", None, field=kind,
                         note=f"{kind} from {name}: {getattr(result, 'inserted', 0)} added, "
                              f"{getattr(result, 'updated', 0)} updated")
    return result
