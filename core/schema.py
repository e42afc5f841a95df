"""Creating and migrating the database with Alembic (on `init` and whenever a database is opened).

Alembic (with Mako and Pygments) takes 0.1–0.25 s to import, a large part of a command's start:
it is imported only when a database actually needs creating or upgrading. Opening a database that
is up to date compares the revision stored in it with the newest revision file, read as text.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSIONS = MIGRATIONS / "versions"

_REVISION = re.compile(r"^revision\s*(?::[^=\n]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=\n]*)?=\s*(.+)$", re.M)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def alembic_config() -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_from_files() -> str | None:
    """The single newest revision, from the `revision = …` / `down_revision = …` lines of the
    revision files; None when that is not one clear answer (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = _REVISION.search(text)
        if rev is None:
            return None
        revisions.add(rev.group(1))
        down = _DOWN_REVISION.search(text)
        if down is not None:
            parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revisions(engine: Engine) -> set[str]:
    """The revisions recorded in the database's alembic_version table (empty for a new database)."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def needs_upgrade(engine: Engine) -> bool:
    head = head_from_files()
    if head is None:
        return current_revision(engine) != head_revision()
    return stored_revisions(engine) != {head}


def upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


# Objects made by hand-written revisions that the models do not describe (the FTS5 word index and
# its shadow tables, PostgreSQL's word and trigram indexes): autogenerate must not propose dropping them.
UNMODELLED_PREFIXES = ("dossier_fts", "ix_dossier_search_trgm", "ix_dossier_words")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's filter for comparing the models with a database (migrations/env.py, the tests)."""
    return not (type_ in ("table", "index") and reflected and compare_to is None
                and (name or "").startswith(UNMODELLED_PREFIXES))


def autogenerate(engine: Engine, message: str, rev_id: str | None = None) -> None:
    """For maintainers: write a new revision from the difference between models and `engine`'s schema."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
