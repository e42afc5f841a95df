"""Opening an up-to-date database must not import Alembic (it costs a large part of a command's
start), yet must still notice every database that needs creating or upgrading."""
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from core import schema
from core.commune import init_database, open_database
from core.db import make_engine

ROOT = Path(__file__).resolve().parents[2]


def test_head_read_from_the_files_is_alembics_head():
    assert schema.head_from_files() == schema.head_revision()


def test_up_to_date_database_needs_no_upgrade(db):
    assert schema.stored_revisions(db.engine) == {schema.head_revision()}
    assert not schema.needs_upgrade(db.engine)


def test_new_database_needs_creating(tmp_path):
    engine = make_engine(str(tmp_path / "new.sqlite"))
    try:
        assert schema.stored_revisions(engine) == set()
        assert schema.needs_upgrade(engine)
    finally:
        engine.dispose()


def test_older_database_needs_upgrade(sqlite_db):
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    assert schema.needs_upgrade(sqlite_db.engine)


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path):
    path = tmp_path / "commune.sqlite"
    init_database(str(path), "Xã Thượng Tín", "Hà Nội").close()
    code = ("import sys; from core.commune import open_database; db = open_database(sys.argv[1]); "
            "db.close(); print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
    open_database(str(path)).close()  # and it still opens in-process


def test_the_migrations_build_what_the_models_describe(db):
    """Alembic finds nothing to change between the models and a database made by the migrations, on
    SQLite and PostgreSQL: the initial revision is current, and the hand-written objects (word
    indexes, triggers) are known to the comparison."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from core.models import Base
    from core.schema import include_object

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
