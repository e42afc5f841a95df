"""The PyInstaller one-folder build (packaging/communedesk.spec), made and run: it opens the window
for --screenshot and writes a PDF return with the bundled font. Skipped where PyInstaller is not
installed (the [test] extra leaves it out; .ci/run installs it and runs this file on its own)."""
from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install pyinstaller)")

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[2]
REGISTER = ROOT / "tests" / "data" / "so-theo-doi-ho-so-2025-07.xlsx"


@pytest.fixture(scope="module")
def program(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    run = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(out / "dist"),
                          "--work", str(out / "work")], capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    exe = out / "dist" / "communedesk" / ("communedesk.exe" if os.name == "nt" else "communedesk")
    assert exe.is_file()
    return exe


@pytest.fixture
def run(program, tmp_path):
    """The frozen program, from an empty folder, with an empty home: nothing of the checkout in reach."""
    work, home = tmp_path / "work", tmp_path / "home"
    for folder in (work, home):
        folder.mkdir()
    base = {k: v for k, v in os.environ.items() if not k.startswith(("COMMUNEDESK_", "PYTHON"))}
    base.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")

    def call(*args, timeout=180, env=None):
        return subprocess.run([str(program), *args], capture_output=True, text=True, cwd=work,
                              env={**base, **(env or {})}, timeout=timeout)

    call.work = work
    return call


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_frozen_program_imports_reports_and_shows_its_pages(run):
    db = str(run.work / "office.sqlite")
    r = run("--db", db, "init", "--commune", "Xã Thượng Tín", "--province", "Hà Nội")
    assert r.returncode == 0, r.stderr
    r = run("--db", db, "import", "dossiers", str(REGISTER))
    assert r.returncode == 0 and "14 added" in r.stdout, r.stderr

    r = run("--db", db, "report", "--month", "2025-07", "--pdf", "t7.pdf", "--json", "-")
    assert r.returncode == 0, r.stderr
    t = json.loads(r.stdout)["dossiers"]["total"]
    assert (t["carried_over"], t["received"], t["completed"], t["pending"]) == (2, 10, 7, 5)
    from pypdf import PdfReader

    pdf = PdfReader(run.work / "t7.pdf")
    text = pdf.pages[0].extract_text()
    assert "ỦY BAN NHÂN DÂN" in text and "XÃ THƯỢNG TÍN" in text and "Độc lập - Tự do - Hạnh phúc" in text
    fonts = {str(f.get("/BaseFont")) for f in pdf.pages[0]["/Resources"]["/Font"].get_object().values()}
    assert any("CDSerif" in f or "LiberationSerif" in f for f in fonts), fonts

    for page, lang in (("dossiers", "vi"), ("dashboard", "en")):
        shot = run.work / f"{page}.png"
        r = run("--db", db, "--screenshot", str(shot), "--page", page, "--size", "1024x700", "--lang", lang)
        assert r.returncode == 0, r.stderr
        assert png_size(shot) == (1024, 700)


def test_the_frozen_program_signs_packages_and_verifies_them(run, tmp_path):
    """pyHanko, python-pkcs11, fontTools and HarfBuzz travel in the build: a return finalised signed
    with a PKCS#12 file into its package, then verified against the test CA."""
    from tests.pki import PASSWORD, Pki

    pki = Pki(tmp_path / "pki")
    p12, ca = pki.p12(pki.leader()), pki.root_pem()
    db = str(run.work / "office.sqlite")
    assert run("--db", db, "init", "--commune", "Xã Thượng Tín", "--province", "Hà Nội").returncode == 0
    assert run("--db", db, "import", "dossiers", str(REGISTER)).returncode == 0
    r = run("--db", db, "returns", "finalise", "--month", "2025-07", "--sign", str(p12), "--package", "t7.cdpkg",
            env={"COMMUNEDESK_CERT_PASSWORD": PASSWORD})
    assert r.returncode == 0 and "signed by Nguyễn Văn An" in r.stdout, r.stderr
    r = run("verify", "t7.cdpkg", "--trust", str(ca))
    assert r.returncode == 0 and "t7.cdpkg: VALID" in r.stdout, r.stdout + r.stderr
