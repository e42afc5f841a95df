"""Extension points other registers hook into without core.commune importing them all."""
from __future__ import annotations

from typing import Callable

from sqlalchemy.engine import Engine

_before_migration: list[Callable[[Engine], None]] = []


def on_before_migration(fn: Callable[[Engine], None]) -> Callable[[Engine], None]:
    _before_migration.append(fn)
    return fn


# Modules that register a before-migration hook, imported only when a migration is about to run.
_MIGRATION_PLUGINS = ("core.backup",)


def before_migration(engine: Engine) -> None:
    """Run before a schema upgrade of an existing database (e.g. a safety backup)."""
    import importlib

    for name in _MIGRATION_PLUGINS:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    for fn in _before_migration:
        fn(engine)


_after_init: list[Callable[..., None]] = []


def on_after_init(fn: Callable[..., None]) -> Callable[..., None]:
    """Register `fn(session)`, run by `init` (core.commune.init_database) after the commune is
    recorded, in the same transaction: registers seed their own data there (e.g. the departments)."""
    _after_init.append(fn)
    return fn


def after_init(session) -> None:
    for fn in _after_init:
        fn(session)
