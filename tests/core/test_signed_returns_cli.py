"""The command line end to end, as real processes: a leader finalises the month's return signed from a
SoftHSM2 token into a package; `verify` says valid, who, when, unchanged, trusted (exit 0), not checked
without --trust (4), refused when tampered (3), an unreadable file (1); the PIN is in no output and
not in the database file; a PKCS#12 password is never asked for without a terminal."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.test_packages import fill
from tests.core.test_signing import require_softhsm
from tests.pki import PASSWORD, PIN, Pki, changed_figure, pki, softhsm_token  # noqa: F401 (fixtures)
from tests.template_db import copy_sqlite

ROOT = Path(__file__).resolve().parents[2]


def run(*args, env=None, db=None):
    base = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNEDESK_") or k.startswith("COMMUNEDESK_TEST")}
    base.update(env or {})
    cmd = [sys.executable, str(ROOT / "main.py")] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, env=base, stdin=subprocess.DEVNULL, timeout=300)


def test_a_leader_signs_from_a_token_and_the_province_verifies(tmp_path, pki):
    require_softhsm()
    leader = pki.leader()
    token = softhsm_token(tmp_path / "hsm", leader)
    db = copy_sqlite(tmp_path / "xa.sqlite", fill)
    ca = pki.root_pem()
    out = tmp_path / "BaoCao_2025-10.cdpkg"
    env = {**token["env"], "COMMUNEDESK_PIN": PIN}
    r = run("returns", "finalise", "--month", "2025-10", "--sign", token["spec"], "--package", str(out),
            "--pdf", str(tmp_path / "bao-cao.pdf"), env=env, db=db)
    assert r.returncode == 0, r.stderr
    assert "finalised: version 1" in r.stdout and "signed by Nguyễn Văn An" in r.stdout
    for text in (r.stdout, r.stderr):
        assert PIN not in text
    for f in tmp_path.glob("xa.sqlite*"):
        assert PIN.encode() not in f.read_bytes()
    r = run("returns", "status", env=env, db=db)
    assert "version 1" in r.stdout and "signed by Nguyễn Văn An" in r.stdout

    r = run("verify", str(out), "--trust", str(ca))
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"{out.name}: VALID" in r.stdout and "signed by: Nguyễn Văn An, UBND Xã Thượng Tín" in r.stdout
    assert "changed after signing: no" in r.stdout and "reaches a trusted root" in r.stdout
    assert "return: Xã Thượng Tín (Hà Nội), 01/10/2025–31/10/2025, version 1" in r.stdout
    r = run("verify", str(out), "--trust", str(ca), "--json", "-")
    result = json.loads(r.stdout)
    assert r.returncode == 0 and result["valid"] and result["status"] == "valid" and result["signed"]
    assert result["signer"]["name"] == "Nguyễn Văn An" and result["changed_after_signing"] is False
    assert result["package"]["version"] == 1 and result["trusted"] is True
    # The signed PDF on its own.
    r = run("verify", str(tmp_path / "bao-cao.pdf"), "--trust", str(ca))
    assert r.returncode == 0 and "bao-cao.pdf: VALID" in r.stdout
    # No trusted roots: intact, the chain not checked (4).
    r = run("verify", str(out))
    assert r.returncode == 4 and "CHAIN NOT CHECKED" in r.stdout and r.stderr == ""  # no library traceback
    # Tampered: a figure changed in the JSON (3), with the reason.
    bad = changed_figure(out, tmp_path / "bad.cdpkg")
    r = run("verify", str(bad), "--trust", str(ca))
    assert r.returncode == 3 and "NOT VALID" in r.stdout and "return.json was changed" in r.stdout and r.stderr == ""
    # Another CA's root: not trusted (3).
    other = Pki(tmp_path / "other", org="Other CA").root_pem("other.pem")
    r = run("verify", str(out), "--trust", str(other))
    assert r.returncode == 3 and "does not chain to a trusted root" in r.stdout
    # Cannot be checked at all (1).
    r = run("verify", str(tmp_path / "nothing.cdpkg"), "--trust", str(ca))
    assert r.returncode == 1 and "no such file" in r.stderr


def test_the_secret_is_never_asked_without_a_terminal(tmp_path, pki):
    db = copy_sqlite(tmp_path / "xa.sqlite", fill)
    p12 = pki.p12(pki.leader())
    r = run("returns", "finalise", "--month", "2025-10", "--sign", str(p12), "--package", str(tmp_path / "p.cdpkg"),
            db=db)
    assert r.returncode == 1 and "no certificate password: set $COMMUNEDESK_CERT_PASSWORD" in r.stderr
    r = run("returns", "finalise", "--month", "2025-10", "--sign", str(p12), "--package", str(tmp_path / "p.cdpkg"),
            env={"COMMUNEDESK_CERT_PASSWORD": "wrong"}, db=db)
    assert r.returncode == 1 and "wrong password" in r.stderr and "wrong" not in r.stderr.replace("wrong password", "")
    assert not (tmp_path / "p.cdpkg").exists()
    r = run("returns", "finalise", "--month", "2025-10", "--sign", str(p12), "--xlsx", str(tmp_path / "x.xlsx"),
            env={"COMMUNEDESK_CERT_PASSWORD": PASSWORD}, db=db)
    assert r.returncode == 1 and "--sign signs the return's PDF" in r.stderr
    r = run("returns", "finalise", "--month", "2025-10", "--package", str(tmp_path / "p.pdf"),
            "--pdf", str(tmp_path / "p.pdf"), db=db)
    assert r.returncode == 1 and "nothing was written" in r.stderr
    r = run("returns", "finalise", "--month", "2025-10", "--sign", str(p12), "--package", str(tmp_path / "p.cdpkg"),
            env={"COMMUNEDESK_CERT_PASSWORD": PASSWORD}, db=db)
    assert r.returncode == 0, r.stderr
    assert PASSWORD not in r.stdout + r.stderr
