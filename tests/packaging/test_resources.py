"""The shipped files are read from the `resources` package wherever it is (a folder, a zip, an
installed wheel, a frozen build); optional parts say what to install."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import resources
from core import resource, resource_path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [("procedures.csv",), ("fonts", "LICENSE-LiberationSerif.txt"),
           *(("fonts", f"LiberationSerif-{face}.ttf") for face in ("Regular", "Bold", "Italic", "BoldItalic")),
           ("translations", "communedesk_en.ts"), ("translations", "communedesk_en.qm")]


@pytest.mark.parametrize("parts", SHIPPED, ids="/".join)
def test_every_shipped_file_is_found_in_the_package(parts):
    folder = Path(resources.__file__).parent
    assert resource(*parts).is_file()
    assert resource_path(*parts) == folder.joinpath(*parts)


def test_from_a_zip_the_files_are_extracted_for_libraries_that_need_a_path(tmp_path):
    """importlib.resources, not paths built from a source file: the package may not be a folder."""
    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in (ROOT / "resources").rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                z.write(path, path.relative_to(ROOT).as_posix())
    code = f"""
import sys
sys.path.insert(0, {str(archive)!r})
import resources
assert resources.__file__.startswith({str(archive)!r}), resources.__file__
from core import resource_path
from core.catalogue import SEED_FILE
from core.exports.pdf import fonts
font = resource_path("fonts", "LiberationSerif-Regular.ttf")
assert font.is_file() and not str(font).startswith({str(archive)!r}), font
fonts.register_fonts()
from core import resource
rows = resource(SEED_FILE).read_text(encoding="utf-8").splitlines()
print(len(rows))
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) > 30


def test_a_stale_qm_is_built_into_the_user_cache_never_beside_the_shipped_files(tmp_path, monkeypatch):
    """A checkout whose .ts was edited after the .qm was built: the window builds its own .qm in the
    user's cache; the shipped folder (site-packages, a frozen build: maybe read-only) is not touched."""
    from gui import i18n

    if i18n.tool("pyside6-lrelease") is None:
        pytest.skip("no pyside6-lrelease here")
    shipped = tmp_path / "site-packages" / "resources" / "translations"
    shipped.mkdir(parents=True)
    for name in ("communedesk_en.ts", "communedesk_en.qm"):
        shutil.copy(resource_path("translations", name), shipped / name)
    os.utime(shipped / "communedesk_en.qm", (1_000_000_000, 1_000_000_000))  # built long before the .ts
    before = {p.name: (p.stat().st_mtime, p.read_bytes()) for p in shipped.iterdir()}
    monkeypatch.setattr(i18n, "ts_path", lambda lang, catalogue="communedesk": shipped / f"{catalogue}_{lang}.ts")
    monkeypatch.setattr(i18n, "qm_path", lambda lang, catalogue="communedesk": shipped / f"{catalogue}_{lang}.qm")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    built = i18n.ensure_qm("en")
    assert built == tmp_path / "cache" / "CommuneDesk" / "communedesk_en.qm"
    assert built.read_bytes() == before["communedesk_en.qm"][1]  # the same .ts makes the same .qm
    assert {p.name: (p.stat().st_mtime, p.read_bytes()) for p in shipped.iterdir()} == before
    assert i18n.ensure_qm("en") == built  # built once, then reused

    os.utime(shipped / "communedesk_en.qm")  # a .qm as new as its .ts is used as shipped
    assert i18n.ensure_qm("en") == shipped / "communedesk_en.qm"


BLOCK_PSYCOPG = "import sys, runpy; sys.modules['psycopg'] = None; sys.argv = ['main.py', *sys.argv[1:]]; " \
                "runpy.run_path('main.py', run_name='__main__')"


@pytest.mark.parametrize("command", [["init", "--commune", "Xã A", "--province", "Tỉnh B"],
                                     ["report", "--month", "2025-07", "--json", "-"]])
def test_postgresql_without_its_driver_is_one_clear_line(command):
    """psycopg is the `postgres` extra: without it a PostgreSQL address is refused in one line."""
    run = subprocess.run([sys.executable, "-c", BLOCK_PSYCOPG, "--db", "postgresql://cd:cd@127.0.0.1:5432/x",
                          *command], capture_output=True, text=True, cwd=ROOT, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        'error: PostgreSQL needs the psycopg driver, which is not installed: pip install "communedesk[postgres]"']
