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


def _own_database_url() -> str:
    """A database of this test process's own (several test runs may share one server)."""
    if "url" not in _pg_state:
        import psycopg

        name = f"cdtest_{os.getpid()}"
        admin = PG_URL.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        _pg_state["url"] = PG_URL.rsplit("/", 1)[0] + "/" + name
        _pg_state["name"] = name
    return str(_pg_state["url"])


def _reset_postgres() -> str:
    from sqlalchemy import create_engine, text

    url = _own_database_url()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def pytest_sessionfinish(session, exitstatus):
    if "name" in _pg_state:
        try:
            import psycopg

            admin = PG_URL.replace("postgresql+psycopg://", "postgresql://")
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{_pg_state["name"]}" WITH (FORCE)')
        except Exception:
            pass


@pytest.fixture(autouse=True)
def _own_backup_folder(tmp_path_factory, monkeypatch):
    """Automatic backups (before imports, migrations) go to a folder of each test, never the profile."""
    folder = tmp_path_factory.mktemp("backups")
    monkeypatch.setenv("COMMUNEDESK_BACKUP_DIR", str(folder))
    monkeypatch.setenv("COMMUNEDESK_CONFIG_DIR", str(folder / "config"))
    try:
        import core.auth
    except ImportError:
        return
    monkeypatch.setattr(core.auth, "SCRYPT_N", 2 ** 10)  # cheap hashes in tests; the format is the same


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_target(request, tmp_path):
    """A database address, empty: a SQLite file, or the test PostgreSQL database wiped clean."""
    if request.param == "sqlite":
        return str(tmp_path / "test.sqlite")
    if not postgres_available():
        if os.environ.get("COMMUNEDESK_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL required but unreachable at {PG_URL}: {_pg_state.get('why')}")
        pytest.skip(f"no PostgreSQL server: {_pg_state.get('why')}")
    return _reset_postgres()


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
