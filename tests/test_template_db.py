"""The databases tests start from (tests.template_db) are the ones `init` makes, and a test's
changes never reach the next test."""
from __future__ import annotations

from sqlalchemy import inspect, text

from core.commune import init_database, open_database
from core.db import transaction
from tests import template_db
from tests.core.test_auth import take_in

# When the rows were written: the only values that differ from a database initialised at another moment.
MOMENT_COLUMNS = {"created_at", "updated_at"}
MOMENT = {("audit_entry", "at")}


def state(db) -> dict:
    """Every table's columns and rows (ordered by their key), the indexes and, on PostgreSQL, the
    triggers and the sequences' positions."""
    out = {}
    with db.engine.connect() as conn:
        insp = inspect(conn)
        for table in sorted(insp.get_table_names()):
            columns = [c["name"] for c in insp.get_columns(table)]
            keep = [c for c in columns if (table, c) not in MOMENT and c not in MOMENT_COLUMNS]
            order = ", ".join(f'"{c}"' for c in (insp.get_pk_constraint(table)["constrained_columns"] or columns))
            rows = conn.execute(text(f'SELECT {", ".join(chr(34) + c + chr(34) for c in keep)} FROM "{table}" '
                                     f"ORDER BY {order}")).all()
            out[table] = (columns, sorted(str(i) for i in insp.get_indexes(table)), [tuple(r) for r in rows])
        if db.engine.dialect.name == "postgresql":
            out["triggers"] = sorted(conn.execute(text(
                "SELECT tgrelid::regclass::text, tgname, tgenabled::text FROM pg_trigger WHERE NOT tgisinternal")).all())
            out["sequences"] = sorted(
                (name, conn.execute(text(f"SELECT last_value, is_called FROM {name}")).one()) for (name,) in
                conn.execute(text("SELECT relname FROM pg_class WHERE relkind = 'S' "
                                  "AND relnamespace = 'public'::regnamespace")).all())
        else:
            out["schema"] = sorted(conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all())
    return out


def fresh(backend, tmp_path):
    """A database `init` makes now, from nothing."""
    target = template_db.target(backend, tmp_path / "fresh", initialised=False)
    if backend == "sqlite":
        (tmp_path / "fresh").mkdir()
    return init_database(target, template_db.COMMUNE, template_db.PROVINCE)


def next_test(backend, folder, change=None) -> dict:
    """The state of the database the next test gets; then `change(db)`, as that test might."""
    db = open_database(template_db.target(backend, folder))
    try:
        made = state(db)
        if change is not None:
            change(db)
        return made
    finally:
        db.close()


def test_a_copy_is_what_init_makes_and_a_test_leaves_nothing_behind(db_backend, tmp_path):
    db = fresh(db_backend, tmp_path)
    made = state(db)
    with transaction(db.sessions) as s:
        take_in(s)
    db.close()

    def rows_changed(db):  # what a test does: a dossier, its event, audit rows; an edited row
        with transaction(db.sessions) as s:
            take_in(s)
            s.execute(text("UPDATE procedure SET legal_days = 99"))

    assert next_test(db_backend, tmp_path / "a", rows_changed) == made
    assert next_test(db_backend, tmp_path / "b") == made


def test_a_changed_schema_is_built_again(db_backend, tmp_path):
    def schema_changed(db):
        with db.engine.begin() as conn:
            if db_backend == "postgres":
                conn.execute(text("DROP TRIGGER audit_entry_no_change ON audit_entry"))
            else:
                conn.execute(text("DROP TRIGGER audit_entry_no_update"))
            conn.execute(text("DROP INDEX ix_dossier_due"))

    made = next_test(db_backend, tmp_path / "a", schema_changed)
    assert next_test(db_backend, tmp_path / "b") == made


def test_a_filled_template_is_copied_as_filled(db_backend, tmp_path):
    for folder in ("a", "b"):
        db = open_database(template_db.target(db_backend, tmp_path / folder, fill=_fill))
        with transaction(db.sessions) as s:
            assert s.execute(text("SELECT count(*) FROM dossier")).scalar() == 2
            take_in(s)  # gone for the next one
        db.close()


def _fill(db) -> None:
    with transaction(db.sessions) as s:
        take_in(s, "001203000001")
        take_in(s, "001203000002")


def test_the_sqlite_template_has_no_wal_of_its_own():
    path = template_db.sqlite_template()
    assert path.stat().st_size > 0
    assert not path.with_name(path.name + "-wal").exists()
