"""The return package: finalise signs the PDF and writes the package (the JSON, the workbook, the
signed PDF, the manifest); the package verifies; every tampering is refused with its reason (a byte
of the PDF, a figure of the JSON, with or without its checksum recomputed, a file removed, a file
added, a certificate of another CA, an expired one); an amendment says which version it replaces;
only a leader signs, and the audit trail says who signed with which certificate, never the PIN."""
from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path

import pytest

from core.db import transaction
from core.errors import CommuneDeskError, PermissionDenied
from core.finalise import latest, signature_of
from core.packages import BINDING, MANIFEST, NAMES, check_file, check_package
from core.returns import Period
from core.signing import CertSpec, SigningKey, cert_info, open_signer, parse_cert_spec
from core.submission import Outputs, submit
from tests.core.test_signing import require_softhsm
from tests.pki import PASSWORD, PIN, Pki, leader, pki, rewrite, softhsm_token, trust  # noqa: F401 (fixtures)
from tests.return_data import populate
from tests.template_db import new_sqlite

PERIOD = Period.month(2025, 10)


def fill(db):
    with transaction(db.sessions) as s:
        populate(s, PERIOD.start, PERIOD.end, n=120, seed=11)


@pytest.fixture
def commune(tmp_path):
    database = new_sqlite(tmp_path / "commune.sqlite", fill)
    yield database
    database.close()


def p12_key(pki, who, name="leader.p12"):
    return open_signer(CertSpec("pkcs12", str(pki.p12(who, name))), PASSWORD)


def make_package(db, tmp_path, key=None, name="r.cdpkg", action="finalise", reason=None, **outputs):
    out = tmp_path / name
    result = submit(db, PERIOD, action=action, reason=reason, outputs=Outputs(package=out, **outputs), key=key,
                    user="Trần Thị Bình")
    return out, result


def codes(check) -> list[str]:
    return [p.code for p in check.problems]


def test_finalise_signs_the_pdf_and_writes_the_package(commune, tmp_path, pki, leader, trust):
    with p12_key(pki, leader) as key:
        out, result = make_package(commune, tmp_path, key, pdf=tmp_path / "bao-cao.pdf", xlsx=tmp_path / "bao-cao.xlsx")
    assert result.version == 1 and result.signed.certificate.name == "Nguyễn Văn An"
    check = check_package(out, trust)
    assert check.valid and check.status == "valid", check.problems
    m = check.manifest
    assert (m["commune"], m["province"], m["period"], m["version"], m["replaces"]) == (
        "Xã Thượng Tín", "Hà Nội", {"from": "2025-10-01", "to": "2025-10-31"}, 1, None)
    assert m["signed"] and m["signer"]["serial"] == format(leader.cert.serial_number, "X") and m["made_by"] == "Trần Thị Bình"
    assert sorted(f["name"] for f in m["files"]) == sorted(NAMES.values())
    assert check.data == result.data and check.data["dossiers"]["total"]["received"] > 0
    # The PDF beside the package is the signed one, byte for byte.
    with zipfile.ZipFile(out) as z:
        assert z.read(NAMES["pdf"]) == (tmp_path / "bao-cao.pdf").read_bytes()
        assert json.loads(z.read(NAMES["json"])) == result.data
    with transaction(commune.sessions, write=False) as s:
        row = latest(s, PERIOD)
        sig = signature_of(row)
        files = json.loads(row.files_json)
        from core.audit import audit_list, AuditFilter

        entries = [e for e in audit_list(s, AuditFilter()) if e.action == "sign"]
    assert sig["name"] == "Nguyễn Văn An" and sig["serial"] == m["signer"]["serial"]
    assert set(files) == {"bao-cao.pdf", "bao-cao.xlsx", "r.cdpkg"}
    assert len(entries) == 1 and "Nguyễn Văn An" in entries[0].new_value and m["signer"]["serial"] in entries[0].new_value
    assert entries[0].record_id == str(row.id) and "version 1" in entries[0].note
    # No temporary file is left beside the outputs.
    assert {p.name for p in tmp_path.iterdir() if p.is_file() and not p.name.startswith("commune.sqlite")} == {
        "bao-cao.pdf", "bao-cao.xlsx", "r.cdpkg"}


def test_every_tampering_is_refused_with_its_reason(commune, tmp_path, pki, leader, trust):
    with p12_key(pki, leader) as key:
        out, _ = make_package(commune, tmp_path, key)

    def pdf_byte(m):
        raw = bytearray(m[NAMES["pdf"]])
        i = raw.index(b"/Type /Pages")
        raw[i + 1] = ord("t")
        m[NAMES["pdf"]] = bytes(raw)
    check = check_package(rewrite(out, tmp_path / "a.cdpkg", pdf_byte), trust)
    assert codes(check) == ["package.checksum", "verify.broken"] and "return.pdf was changed" in str(
        CommuneDeskError(check.problems))

    def figure(m):
        data = json.loads(m[NAMES["json"]])
        data["dossiers"]["total"]["received"] += 1
        m[NAMES["json"]] = json.dumps(data, ensure_ascii=False, indent=2).encode()
    assert codes(check_package(rewrite(out, tmp_path / "b.cdpkg", figure), trust)) == ["package.checksum"]

    def figure_and_manifest(m):
        figure(m)
        manifest = json.loads(m[MANIFEST])
        import hashlib

        for f in manifest["files"]:
            f["sha256"] = hashlib.sha256(m[f["name"]]).hexdigest()
        m[MANIFEST] = json.dumps(manifest).encode()
    check = check_package(rewrite(out, tmp_path / "c.cdpkg", figure_and_manifest), trust)
    assert codes(check) == ["package.binding_mismatch"] and check.problems[0].params["what"] == "return.json"

    def other_version(m):
        manifest = json.loads(m[MANIFEST])
        manifest["version"] = 7
        m[MANIFEST] = json.dumps(manifest).encode()
    check = check_package(rewrite(out, tmp_path / "v.cdpkg", other_version), trust)
    assert codes(check) == ["package.binding_mismatch"] and check.problems[0].params["what"] == "version"

    check = check_package(rewrite(out, tmp_path / "d.cdpkg", lambda m: m.pop(NAMES["xlsx"])), trust)
    assert codes(check) == ["package.missing_file"] and check.problems[0].params == {"file": "return.xlsx"}
    check = check_package(rewrite(out, tmp_path / "e.cdpkg", lambda m: m.update({"ghi-chu.txt": b"x"})), trust)
    assert codes(check) == ["package.extra_file"]
    check = check_package(rewrite(out, tmp_path / "f.cdpkg", lambda m: m.update({"../x.json": b"x"})), trust)
    assert codes(check) == ["package.bad_name"]
    check = check_package(rewrite(out, tmp_path / "g.cdpkg", lambda m: m.pop(MANIFEST)), trust)
    assert codes(check) == ["package.no_manifest"]
    (tmp_path / "h.cdpkg").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CommuneDeskError, match="not a readable PDF or return package"):
        check_file(tmp_path / "h.cdpkg", trust)
    # Without trusted roots: intact and unchanged, the chain not checked.
    assert check_package(out).status == "unverified"


def test_another_ca_an_expired_certificate_and_an_unsigned_package(tmp_path, pki, trust):
    other = Pki(tmp_path / "other", org="Other CA")
    for i, (who, expect) in enumerate(((other.leader("Lê Văn C"), "verify.untrusted"),
                                       (pki.leader("Phạm Văn D", days_before=400, days_after=-2), "verify.expired"))):
        db = new_sqlite(tmp_path / f"c{i}.sqlite", fill)
        try:
            from pyhanko.sign.signers import SimpleSigner

            # Our own signing refuses an expired certificate; here the key is opened as another
            # tool would, to make the package the province must refuse.
            path = (other if expect == "verify.untrusted" else pki).p12(who, f"k{i}.p12")
            signer = SimpleSigner.load_pkcs12(str(path), passphrase=PASSWORD.encode())
            key = SigningKey(signer, cert_info(signer.signing_cert), CertSpec("pkcs12", str(path)))
            out, _ = make_package(db, tmp_path, key, name=f"p{i}.cdpkg")
        finally:
            db.close()
        check = check_package(out, trust)
        assert codes(check) == [expect], check.problems
    db = new_sqlite(tmp_path / "u.sqlite", fill)
    try:
        out, result = make_package(db, tmp_path, None, name="unsigned.cdpkg")
    finally:
        db.close()
    check = check_package(out, trust)
    assert codes(check) == ["package.unsigned"] and check.only_unsigned and result.signed is None


def test_an_amendment_gets_its_own_package_naming_the_version_it_replaces(commune, tmp_path, pki, leader, trust):
    with p12_key(pki, leader) as key:
        make_package(commune, tmp_path, key, name="v1.cdpkg")
        out, result = make_package(commune, tmp_path, key, name="v2.cdpkg", action="amend",
                                   reason="Bổ sung 2 hồ sơ nhập muộn")
    check = check_package(out, trust)
    assert check.valid, check.problems
    assert (check.facts.version, check.facts.replaces, check.facts.reason) == (2, 1, "Bổ sung 2 hồ sơ nhập muộn")
    assert result.replaces == 1
    from core.cli.verify import report_lines

    assert "version 2, replaces version 1 (Bổ sung 2 hồ sơ nhập muộn)" in "\n".join(report_lines(check))
    # The binding in the signed PDF says so too.
    bound = json.loads(check.pdf.attachments[BINDING])
    assert (bound["version"], bound["replaces"]) == (2, 1)


def test_only_a_leader_signs(db, tmp_path, pki, leader):
    from tests.core.test_auth import make_accounts

    people = make_accounts(db)
    from core.auth import set_db_user

    with p12_key(pki, leader) as key:
        for role in ("clerk", "admin", "viewer"):
            set_db_user(db, people[role])
            with pytest.raises(PermissionDenied):
                make_package(db, tmp_path, key, name=f"{role}.cdpkg")
            assert not (tmp_path / f"{role}.cdpkg").exists()
        set_db_user(db, people["leader"])
        out, result = make_package(db, tmp_path, key, name="leader.cdpkg")
    assert result.signed is not None and out.exists()
    with transaction(db.sessions, write=False, user=people["leader"]) as s:
        from core.audit import AuditFilter, audit_list

        sign = [e for e in audit_list(s, AuditFilter()) if e.action == "sign"]
    assert [(e.user_name, e.user_role) for e in sign] == [("lanhdao", "leader")]


def test_a_failed_signature_leaves_no_file_and_no_record(commune, tmp_path, pki, leader):
    from pyhanko.sign.signers import SimpleSigner

    signer = SimpleSigner.load_pkcs12(str(pki.p12(leader, "broken.p12")), passphrase=PASSWORD.encode())

    async def pulled_out(*args, **kwargs):
        raise RuntimeError("the token was pulled out")

    signer.async_sign_raw = pulled_out
    key = SigningKey(signer, cert_info(signer.signing_cert), CertSpec("pkcs12", "broken.p12"))
    with pytest.raises(CommuneDeskError, match="signing failed"):
        make_package(commune, tmp_path, key, pdf=tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "r.cdpkg").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with transaction(commune.sessions, write=False) as s:
        assert latest(s, PERIOD) is None


def test_the_pin_is_nowhere(commune, tmp_path, leader, trust, monkeypatch, caplog):
    """Signed from a real SoftHSM2 token: the PIN is in no log record, no audit entry, no file written."""
    require_softhsm()
    token = softhsm_token(tmp_path / "hsm", leader)
    monkeypatch.setenv("SOFTHSM2_CONF", token["conf"])
    caplog.set_level(logging.DEBUG)
    with open_signer(parse_cert_spec(token["spec"]), PIN) as key:
        out, result = make_package(commune, tmp_path, key, pdf=tmp_path / "r.pdf", json=tmp_path / "r.json")
    assert check_package(out, trust).valid
    commune.engine.dispose()
    written = [p for p in tmp_path.rglob("*") if p.is_file() and "hsm" not in p.parts]
    assert written and all(PIN.encode() not in p.read_bytes() for p in written), written
    assert PIN not in caplog.text
    with transaction(commune.sessions, write=False) as s:
        from core.audit import AuditFilter, audit_list

        trail = " ".join(f"{e.field} {e.old_value} {e.new_value} {e.note}" for e in audit_list(s, AuditFilter()))
    assert "sign" in trail and PIN not in trail


def test_outputs_that_collide_are_refused_before_any_work(commune, tmp_path):
    from core.submission import check_outputs

    db_file = Path(commune.engine.url.database)
    for outputs in (Outputs(pdf=tmp_path / "x.pdf", package=tmp_path / "x.pdf"), Outputs(package=db_file),
                    Outputs(package=Path(f"{db_file}-wal")), Outputs(package=tmp_path)):
        with pytest.raises(CommuneDeskError, match="nothing was written"):
            check_outputs(outputs, str(db_file))
    check_outputs(Outputs(package=Path(f"{db_file}.cdpkg")), str(db_file))  # a name that only begins alike
