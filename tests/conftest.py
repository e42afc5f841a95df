"""Shared fixtures. Qt runs offscreen whatever the environment; every database test runs on SQLite
and, when a server can be reached, on PostgreSQL too."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COMMUNEDESK_PASSWORD", None)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

PG_URL = os.environ.get("COMMUNEDESK_TEST_PG", "postgresql+psycopg://cd:cd@127.0.0.1:5432/cdtest")
_pg_state: dict[str, object] = {}


def postgres_available() -> bool:
    if "ok" not in _pg_state:
        try:
            import psycopg

            conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://")
            with psycopg.connect(conninfo, connect_timeout=2):
                pass
            _pg_state["ok"] = True
        except Exception as exc:  # no driver, no server, wrong password: the path is skipped
            _pg_state["ok"] = False
            _pg_state["why"] = f"{type(exc).__name__}: {exc}"
    return bool(_pg_state["ok"])


def _reset_postgres() -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_target(request, tmp_path):
    """A database address, empty: a SQLite file, or the test PostgreSQL database wiped clean."""
    if request.param == "sqlite":
        return str(tmp_path / "test.sqlite")
    if not postgres_available():
        if os.environ.get("COMMUNEDESK_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL required but unreachable at {PG_URL}: {_pg_state.get('why')}")
        pytest.skip(f"no PostgreSQL server: {_pg_state.get('why')}")
    _reset_postgres()
    return PG_URL


@pytest.fixture
def db(db_target):
    """An initialised commune database (seed catalogue loaded)."""
    from core.commune import init_database

    database = init_database(db_target, "Xã Thượng Tín", "Hà Nội")
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path):
    """SQLite only, for tests about the file itself."""
    from core.commune import init_database

    database = init_database(str(tmp_path / "test.sqlite"), "Xã Thượng Tín", "Hà Nội")
    yield database
    database.close()
