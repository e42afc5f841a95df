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

from tests.template_db import PG_URL, postgres_available, why_no_postgres  # noqa: E402,F401


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    """The whole suite (`pytest` with no paths, as the README runs it) runs in two processes, one per
    core, when pytest-xdist is installed (the [test] extra has it): each file stays in one process,
    each process has its own templates and PostgreSQL database. Naming tests, or `-n N`, decides
    otherwise; `-p no:xdist` runs everything in one process."""
    if (config.pluginmanager.hasplugin("xdist") and getattr(config.option, "numprocesses", 0) is None
            and config.args_source == pytest.Config.ArgsSource.TESTPATHS
            and not os.environ.get("PYTEST_XDIST_WORKER") and not config.option.usepdb):
        config.option.numprocesses = min(2, os.cpu_count() or 1)
        config.option.dist = "loadfile"


def pytest_sessionfinish(session, exitstatus):
    from tests import template_db

    try:
        template_db.remove_templates()
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


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_backend(request):
    """"sqlite", and "postgres" when a server answers (required with COMMUNEDESK_REQUIRE_PG)."""
    if request.param == "postgres" and not postgres_available():
        if os.environ.get("COMMUNEDESK_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL required but unreachable at {PG_URL}: {why_no_postgres()}")
        pytest.skip(f"no PostgreSQL server: {why_no_postgres()}")
    return request.param


@pytest.fixture
def db_target(request, db_backend, tmp_path):
    """The address of the test's database: a SQLite file or a new PostgreSQL database. Empty, unless
    the test also uses `db`: then it is the initialised database `db` opens (a copy of the template,
    tests.template_db), for tests that hand it to a command as well."""
    from tests import template_db

    return template_db.target(db_backend, tmp_path, initialised="db" in request.fixturenames)


@pytest.fixture
def initialised_target(db_backend, tmp_path):
    """The address of an initialised commune database (as `init` makes it), for tests of commands."""
    from tests import template_db

    return template_db.target(db_backend, tmp_path)


@pytest.fixture
def db(db_target):
    """An initialised commune database (seed catalogue loaded), as `init_database` makes it."""
    from core.commune import open_database

    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture
def populated_db(db_backend, tmp_path):
    """`populated_db(fill)`: an initialised database on which `fill(db)` has run. `fill` (a module-level
    function of the database alone) runs once per test process into a template; each test gets a copy."""
    from core.commune import open_database
    from tests import template_db

    opened = []

    def make(fill):
        assert not opened, "one database per test (on PostgreSQL the process has one)"
        opened.append(open_database(template_db.target(db_backend, tmp_path, fill=fill)))
        return opened[-1]

    yield make
    for database in opened:
        database.close()


@pytest.fixture
def sqlite_db(tmp_path):
    """SQLite only, for tests about the file itself."""
    from tests.template_db import new_sqlite

    database = new_sqlite(tmp_path / "test.sqlite")
    yield database
    database.close()
