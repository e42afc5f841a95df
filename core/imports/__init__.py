"""Imports of every register. Each kind registers a function `(session_factory, path, user) -> ImportResult`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from core.errors import ImportFailed, RowError  # noqa: F401 - re-exported


@dataclass
class ImportResult:
    kind: str
    inserted: int = 0
    updated: int = 0

    def summary(self) -> str:
        return f"{self.kind}: {self.inserted} added, {self.updated} updated"


IMPORTERS: dict[str, Callable] = {}


def register(kind: str):
    def deco(fn):
        IMPORTERS[kind] = fn
        return fn
    return deco


def load_importers() -> None:
    """Import the modules that register themselves (kept lazy so `core` starts fast)."""
    import importlib

    for name in ("dossiers", "staff", "equipment", "recommendations", "tasks", "training"):
        try:
            importlib.import_module(f"core.imports.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"core.imports.{name}":
                raise


def run_import(kind: str, db, path, user: str | None = None, progress=None) -> ImportResult:
    load_importers()
    if kind not in IMPORTERS:
        raise ImportFailed("import.unknown_kind", kind=kind, known=sorted(IMPORTERS))
    from core.audit import guarded_import  # permission, backup first, audit row (issue 7)

    return guarded_import(db, kind, path, lambda: IMPORTERS[kind](db, path, user=user, progress=progress))
