"""`python main.py --db DB --screenshot OUT.png --page NAME` as a separate process: a PNG of the page at
the size asked, exit status 0, nothing left in the user's preferences."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from core.demo_data import generate

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from tests.template_db import new_sqlite

    path = tmp_path_factory.mktemp("shot") / "demo.sqlite"
    db = new_sqlite(path)
    generate(db, 400, months=3, seed=2)
    db.close()
    return path


def _shoot(db, out, *extra, env=None):
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    e.pop("COMMUNEDESK_SETTINGS", None)
    e.update(env or {})
    return subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "--db", str(db), "--screenshot", str(out),
                           *extra], capture_output=True, text=True, timeout=120, env=e, cwd=ROOT)


@pytest.mark.parametrize("page", ["dashboard", "dossiers", "settings", "reports"])
def test_screenshot_of_a_page(demo_db, tmp_path, page):
    out = tmp_path / f"{page}.png"
    home = tmp_path / "home"
    r = _shoot(demo_db, out, "--page", page, env={"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")})
    assert r.returncode == 0, r.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert not (home / ".config" / "CommuneDesk" / "CommuneDesk.ini").exists()  # the clerk's preferences untouched


def test_screenshot_size_and_language(demo_db, tmp_path):
    out = tmp_path / "small.png"
    r = _shoot(demo_db, out, "--page", "dossiers", "--size", "1024x700", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1024, 700)


def test_screenshot_of_a_missing_database_fails_cleanly(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    r = _shoot(blocker / "db.sqlite", tmp_path / "x.png")
    assert r.returncode != 0 and not (tmp_path / "x.png").exists()


def test_a_new_database_is_created_before_the_window_opens(tmp_path):
    """The first start on a new machine: the database is made (the migrations run on the window's
    worker, importing Alembic there) while the window waits for it."""
    out = tmp_path / "first.png"
    r = _shoot(tmp_path / "new" / "communedesk.sqlite", out, "--page", "dossiers")
    assert r.returncode == 0, r.stderr[-2000:]
    assert QImage(str(out)).width() == 1280
    assert (tmp_path / "new" / "communedesk.sqlite").exists()
