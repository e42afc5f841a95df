"""What the database itself refuses, whatever code path writes to it: the audit trail and the
finalised returns are append-only (triggers refusing UPDATE and DELETE, and TRUNCATE on PostgreSQL).

Migration 0002 creates them from here. A backup made by a tool that dropped them, or a database
edited by hand, would otherwise let the trail be rewritten, so every open (core.commune.open_database)
and every restore checks them (`ensure`) and creates the missing ones again, with an entry in the
trail saying which.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

APPEND_ONLY = ("audit_entry", "finalised_return")
PG_FUNCTION = ("CREATE OR REPLACE FUNCTION communedesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN RAISE EXCEPTION 'the % table cannot be changed (append-only)', TG_TABLE_NAME; END $$")


def triggers(dialect: str) -> dict[str, str]:
    """{trigger name: the statement creating it} of the append-only tables."""
    out = {}
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for verb in ("UPDATE", "DELETE"):
                out[f"{table}_no_{verb.lower()}"] = (
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'the {table} table cannot be changed (append-only)'); END")
        elif dialect == "postgresql":
            out[f"{table}_no_change"] = (f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
                                         "FOR EACH ROW EXECUTE FUNCTION communedesk_append_only()")
            out[f"{table}_no_truncate"] = (f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                                           "FOR EACH STATEMENT EXECUTE FUNCTION communedesk_append_only()")
    return out


def create(conn: Connection, names=None) -> None:
    """Create the triggers named (all by default) on `conn`, in its transaction."""
    wanted = triggers(conn.dialect.name)
    if conn.dialect.name == "postgresql":
        conn.execute(text(PG_FUNCTION))
    for name, sql in wanted.items():
        if names is None or name in names:
            conn.execute(text(sql))


def present(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        return {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    if conn.dialect.name == "postgresql":
        return {r[0] for r in conn.execute(text(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "
            "AND c.relnamespace = to_regnamespace(current_schema())::oid "
            "AND p.proname = 'communedesk_append_only'"))}
    return set()


def missing(conn: Connection) -> list[str]:
    return sorted(set(triggers(conn.dialect.name)) - present(conn))


def ensure(engine: Engine) -> list[str]:
    """Create again the protections missing from the database at `engine` (a disabled PostgreSQL
    trigger counts as missing: it is dropped and made again), with an audit entry naming them.
    Returns their names (none, nearly always)."""
    with engine.connect() as conn:
        lost = missing(conn)
    if not lost:
        return []
    from core import audit

    with engine.begin() as conn:
        lost = missing(conn)  # another window may have repaired them meanwhile
        if not lost:
            return []
        if conn.dialect.name == "postgresql":
            for name in lost:
                table = next(t for t in APPEND_ONLY if name.startswith(t + "_"))
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
        create(conn, set(lost))
        audit.record_system(conn, "repair", "database", note="append-only triggers re-created: " + ", ".join(lost))
    return lost
