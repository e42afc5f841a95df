"""`pip install .` (not editable): the wheel holds the fonts, the catalogue, the translations and the
migrations, and the installed program runs init, import and report from an empty folder."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REGISTER = ROOT / "tests" / "data" / "so-theo-doi-ho-so-2025-07.xlsx"


# What a clean clone does not have: a build here must not pick up files left by an earlier one
# (setuptools reuses build/ and the SOURCES.txt of *.egg-info).
LEFT_BY_BUILDS = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                        ".pytest_cache", ".hypothesis", "wheelhouse", "bench")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    clone = tmp_path_factory.mktemp("clone") / "communedesk"
    shutil.copytree(ROOT, clone, ignore=LEFT_BY_BUILDS)
    out = tmp_path_factory.mktemp("wheel")
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(clone), "-w", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    (built,) = out.glob("communedesk-*.whl")
    return built


def test_the_wheel_holds_what_the_program_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", "resources", "core/migrations"], capture_output=True, text=True,
                             cwd=ROOT).stdout.split()
    if not tracked:  # not a git checkout: what is in the folder
        tracked = [p.relative_to(ROOT).as_posix() for folder in ("resources", "core/migrations")
                   for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    tracked = [n for n in tracked if not n.rsplit("/", 1)[-1].startswith(".")]  # .keep files
    assert {"resources/procedures.csv", "resources/fonts/LiberationSerif-Regular.ttf",
            "resources/translations/communedesk_en.qm", "core/migrations/script.py.mako"} <= set(tracked)
    assert set(tracked) <= names, sorted(set(tracked) - names)
    assert "main.py" in names and not any(n.startswith("tests/") for n in names)


def test_installed_from_the_wheel_it_runs_from_an_empty_folder(wheel, tmp_path):
    target, work, home = tmp_path / "site", tmp_path / "work", tmp_path / "home"
    for folder in (work, home):
        folder.mkdir()
    run = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target",
                          str(target), str(wheel)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMMUNEDESK_", "PYTHON"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(target))
    # The installed copy is what runs: the folder is empty and the checkout is not on the path.
    where = subprocess.run([sys.executable, "-c", "import core, gui, resources; print(core.__file__, gui.__file__, "
                            "resources.__file__)"], capture_output=True, text=True, cwd=work, env=env, timeout=60)
    assert where.returncode == 0 and all(p.startswith(str(target)) for p in where.stdout.split()), where

    def cli(*args):  # the console script pip wrote
        return subprocess.run([str(target / "bin" / "communedesk"), *args], capture_output=True, text=True,
                              cwd=work, env=env, timeout=120)

    r = cli("init", "--commune", "Xã Thượng Tín", "--province", "Hà Nội")
    assert r.returncode == 0, r.stderr
    r = cli("import", "dossiers", str(REGISTER))
    assert r.returncode == 0 and "14 added" in r.stdout, r.stderr
    r = cli("report", "--month", "2025-07", "--pdf", "out.pdf", "--json", "-")
    assert r.returncode == 0, r.stderr
    t = json.loads(r.stdout)["dossiers"]["total"]
    assert (t["carried_over"], t["received"], t["completed"], t["pending"]) == (2, 10, 7, 5)
    from pypdf import PdfReader

    text = PdfReader(work / "out.pdf").pages[0].extract_text()
    assert "ỦY BAN NHÂN DÂN" in text and "XÃ THƯỢNG TÍN" in text  # the bundled font has the letters
    assert sorted(p.name for p in work.iterdir()) == ["out.pdf"]  # the database is in the user's folder
    assert list((home / "data" / "CommuneDesk").glob("communedesk.sqlite"))
