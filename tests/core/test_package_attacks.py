"""What an attacker tried on the signed return package, each refused with its reason: a manifest
forged (its maker, its date, any field the verifier reports), a second signature added to the PDF
by another official of the same CA, a certificate of another commune; and the smaller gaps: an
expired certificate said as such only, the PIN wiped from the process's environment, the same
package given twice, two zip entries of one name, the province's list with names given twice or
too large, a zip whose directory declares 300,000 entries refused before it is parsed."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from core import packages
from core.consolidate import ConsolidationError, consolidate, read_communes_list, read_returns
from core.errors import CommuneDeskError
from core.packages import MANIFEST, NAMES, check_file, check_package, names_commune, sha256_bytes
from core.signing import CertSpec, SIGNATURE_FIELD, open_signer, verify_pdf
from tests.core.test_packages import PERIOD, fill, make_package, p12_key
from tests.pki import PASSWORD, PIN, leader, pki, rewrite, trust  # noqa: F401 (fixtures)
from tests.template_db import new_sqlite

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def signed(tmp_path_factory, pki, leader):
    """A package of Xã Thượng Tín signed by its leader (module-wide: every attack starts from it)."""
    folder = tmp_path_factory.mktemp("attacks")
    db = new_sqlite(folder / "xa.sqlite", fill)
    try:
        with p12_key(pki, leader, "attack.p12") as key:
            out, _ = make_package(db, folder, key, name="xa.cdpkg", pdf=folder / "xa.pdf")
    finally:
        db.close()
    return out


def codes(check) -> list[str]:
    return [p.code for p in check.problems]


def forged(src, dst, **fields):
    """The package with manifest fields changed (the files and their checksums left as they are)."""
    def change(m):
        manifest = json.loads(m[MANIFEST])
        manifest.update(fields)
        m[MANIFEST] = json.dumps(manifest, ensure_ascii=False).encode()
    return rewrite(src, dst, change)


# ---------------------------------------------------------------- (a) the manifest says what was signed
def test_a_forged_manifest_is_refused_and_the_signed_values_are_reported(signed, tmp_path, trust):
    good = check_package(signed, trust)
    assert good.valid, good.problems
    assert good.to_json()["package"]["made_by"] == "Trần Thị Bình" and good.made["made_at"]
    attacks = {"made_by": "Kẻ Giả Mạo", "made_at": "2020-01-01T00:00:00", "reason": "giả",
               "commune": "Xã Khác", "province": "Tỉnh Khác", "version": 9, "replaces": 1,
               "period": {"from": "2025-09-01", "to": "2025-09-30"}}
    for key, value in attacks.items():
        check = check_package(forged(signed, tmp_path / f"{key}.cdpkg", **{key: value}), trust)
        assert not check.valid and check.status == "invalid", key
        assert ("package.binding_mismatch", key) in [(p.code, p.params.get("what")) for p in check.problems], (
            key, check.problems)
        # What is reported is what the leader signed, never the forged value.
        reported = check.to_json()["package"]
        assert reported["made_by"] == "Trần Thị Bình" and reported["commune"] == "Xã Thượng Tín", key
        assert (reported["version"], reported["replaces"]) == (1, None)
        from core.cli.verify import report_lines

        text = "\n".join(report_lines(check))
        assert "NOT VALID" in text and "manifest differs from what was signed in the PDF" in text
        assert "Kẻ Giả Mạo" not in text and "Xã Khác" not in text
    # A field the leader never signed, a field removed, another signer claimed.
    manifest = json.loads(zipfile.ZipFile(signed).read(MANIFEST))
    check = check_package(forged(signed, tmp_path / "listed.cdpkg", files=manifest["files"] + manifest["files"][:1]),
                          trust)
    assert codes(check) == ["package.bad_manifest"] and "listed twice" in check.problems[0].params["detail"]
    check = check_package(forged(signed, tmp_path / "extra.cdpkg", approved_by="Chủ tịch"), trust)
    assert codes(check) == ["package.manifest_unsigned_field"] and check.problems[0].params["what"] == "approved_by"

    def drop_maker(m):
        manifest = json.loads(m[MANIFEST])
        del manifest["made_by"]
        m[MANIFEST] = json.dumps(manifest).encode()
    check = check_package(rewrite(signed, tmp_path / "less.cdpkg", drop_maker), trust)
    assert [(p.code, p.params["what"]) for p in check.problems] == [("package.binding_mismatch", "made_by")]
    manifest = json.loads(zipfile.ZipFile(signed).read(MANIFEST))
    check = check_package(forged(signed, tmp_path / "signer.cdpkg",
                                 signer={**manifest["signer"], "serial": "ABCDEF", "name": "Người Khác"}), trust)
    assert [(p.code, p.params["what"]) for p in check.problems] == [("package.binding_mismatch", "signer")]
    # The consolidation refuses the forged one by name and reports the signed maker of the good one.
    with pytest.raises(ConsolidationError, match="made_by.cdpkg: the manifest differs from what was signed"):
        read_returns([tmp_path / "made_by.cdpkg"], trust=trust)
    data = consolidate(read_returns([signed], trust=trust))
    assert data["communes"][0]["made_by"] == "Trần Thị Bình"


# ---------------------------------------------------------------- (b) one approval, by the commune's leader
def _second_signature(src_pdf: bytes, signer_p12: Path) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12(str(signer_p12), passphrase=PASSWORD.encode())
    w = IncrementalPdfFileWriter(io.BytesIO(src_pdf))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Sig2", md_algorithm="sha256",
                                                           subfilter=fields.SigSeedSubFilter.PADES),
                           signer=signer, new_field_spec=fields.SigFieldSpec("Sig2", box=(10, 10, 60, 40)))
    return out.getvalue()


def resummed(members: dict) -> None:
    manifest = json.loads(members[MANIFEST])
    for f in manifest["files"]:
        f["sha256"] = sha256_bytes(members[f["name"]])
        f["size"] = len(members[f["name"]])
    members[MANIFEST] = json.dumps(manifest, ensure_ascii=False).encode()


def test_a_second_signature_is_refused_naming_both_signers(signed, tmp_path, pki, trust):
    official = pki.p12(pki.leader("Lê Thị Cúc", org="UBND Xã Thượng Tín"), "cuc.p12")

    def countersign(m):
        m[NAMES["pdf"]] = _second_signature(m[NAMES["pdf"]], official)
        resummed(m)
    bad = rewrite(signed, tmp_path / "hai-chu-ky.cdpkg", countersign)
    check = check_package(bad, trust)
    assert codes(check) == ["verify.several_signatures"], check.problems
    text = str(CommuneDeskError(check.problems))
    assert "2 signatures ('Nguyễn Văn An', 'Lê Thị Cúc')" in text and "the leader's (Nguyễn Văn An)" in text
    # The reported signer stays the leader who approved; the other is listed, never put in his place.
    assert check.signature.certificate.name == "Nguyễn Văn An" and check.signature.field == SIGNATURE_FIELD
    assert [s.certificate.name for s in check.other_signatures] == ["Lê Thị Cúc"]
    assert check.to_json()["signer"]["name"] == "Nguyễn Văn An"
    from core.cli.verify import report_lines

    lines = "\n".join(report_lines(check))
    assert "signed by: Nguyễn Văn An" in lines and "also signed by: Lê Thị Cúc" in lines and "NOT VALID" in lines
    with pytest.raises(ConsolidationError, match="hai-chu-ky.cdpkg: the PDF carries 2 signatures"):
        read_returns([bad], trust=trust, allow_unsigned=True, allow_other_unit=True)
    # The PDF on its own: the same.
    raw = zipfile.ZipFile(bad).read(NAMES["pdf"])
    (tmp_path / "hai.pdf").write_bytes(raw)
    assert codes(check_file(tmp_path / "hai.pdf", trust)) == ["verify.several_signatures"]


def test_a_certificate_of_another_commune_is_refused_unless_allowed(tmp_path, pki, trust):
    db = new_sqlite(tmp_path / "xa.sqlite", fill)
    try:
        with p12_key(pki, pki.leader("Hoàng Văn Em", org="UBND Xã Thượng Lâm"), "lam.p12") as key:
            out, _ = make_package(db, tmp_path, key, name="lam.cdpkg")
    finally:
        db.close()
    check = check_package(out, trust)
    assert codes(check) == ["package.signer_unit"]
    assert str(CommuneDeskError(check.problems)).startswith(
        "the certificate of Hoàng Văn Em names 'UBND Xã Thượng Lâm', not Xã Thượng Tín")
    with pytest.raises(ConsolidationError, match="lam.cdpkg: the certificate of Hoàng Văn Em names"):
        read_returns([out], trust=trust)
    # The package's PDF on its own names its commune in what was signed: the same.
    (tmp_path / "lam.pdf").write_bytes(zipfile.ZipFile(out).read(NAMES["pdf"]))
    assert codes(check_file(tmp_path / "lam.pdf", trust)) == ["package.signer_unit"]
    data = consolidate(read_returns([out], trust=trust, allow_other_unit=True))
    assert data["other_unit_signers"] == [{"commune": "Xã Thượng Tín", "signer": "Hoàng Văn Em",
                                           "units": ["UBND Xã Thượng Lâm"]}]
    assert data["communes"][0]["other_unit"] is True
    out_xlsx = tmp_path / "tinh.xlsx"
    from core.consolidate import write_consolidation

    write_consolidation(data, xlsx=out_xlsx)
    import openpyxl

    cells = [str(c.value) for row in openpyxl.load_workbook(out_xlsx)["Nguồn số liệu"].iter_rows() for c in row
             if c.value is not None]
    assert any("Chứng thư số ghi đơn vị khác: UBND Xã Thượng Lâm" in c for c in cells), cells


def test_the_certificate_s_unit_is_compared_tolerant_of_spelling_not_of_the_commune():
    commune = "Xã Thượng Tín"
    for units in (["UBND Xã Thượng Tín"], ["ỦY BAN NHÂN DÂN XÃ THƯỢNG TÍN"], ["UBND xa Thuong Tin"],
                  ["Uỷ ban nhân dân xã Thượng  Tín"], ["UBND Thượng Tín"],
                  ["UBND tỉnh Hà Nội", "UBND xã Thượng Tín", "Hà Nội"],  # O, OU, L of a two-level CA cert
                  ["UBND xã Thượng Tín - huyện Thường Tín"], ["Văn phòng, UBND Xã Thượng Tín"]):
        assert names_commune(units, commune), units
    for units in (["UBND Phường Thượng Tín"], ["UBND Xã Thượng Lâm"], ["UBND huyện Thường Tín"],
                  ["UBND Xã Thượng Tín Mới"], ["Xã Thượng"], [], ["Test Government CA"]):
        assert not names_commune(units, commune), units


# ---------------------------------------------------------------- (c) the smaller gaps
def test_the_pin_from_its_variable_leaves_the_process_environment(tmp_path):
    """/proc/PID/environ shows the environment the process started with, whatever os.environ says."""
    if not Path("/proc/self/environ").exists():
        pytest.skip("no /proc here")
    code = ("import os; from core.signing import CertSpec, secret_from_environment\n"
            "s = secret_from_environment(CertSpec('pkcs11', 'x.so'))\n"
            "env = open('/proc/self/environ', 'rb').read()\n"
            f"print(s == {PIN!r}, 'COMMUNEDESK_PIN' in os.environ, {PIN!r}.encode() in env)")
    env = {**os.environ, "COMMUNEDESK_PIN": PIN}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert r.stdout.split() == ["True", "False", "False"], r.stdout + r.stderr


def test_the_secret_from_a_file(tmp_path):
    from core.signing import secret_from_file

    f = tmp_path / "pin.txt"
    f.write_text(f"{PIN}\nanything after\n", encoding="utf-8")
    assert secret_from_file(f) == PIN
    f.write_bytes(b"\n")
    with pytest.raises(CommuneDeskError, match="small text file") as exc:
        secret_from_file(f)
    f.write_bytes(b"1" * 10000)
    with pytest.raises(CommuneDeskError, match="small text file"):
        secret_from_file(f)
    with pytest.raises(CommuneDeskError, match="could not be read") as exc:
        secret_from_file(tmp_path / "none.txt")
    assert PIN not in str(exc.value)


def test_the_same_package_twice_is_counted_once_and_said(signed, tmp_path, trust):
    copy = tmp_path / "xa-ban-sao.cdpkg"
    copy.write_bytes(signed.read_bytes())
    once = consolidate(read_returns([signed], trust=trust))
    for given in ([signed, copy], [signed, signed], [signed, signed.parent]):
        data = consolidate(read_returns(given, trust=trust))
        assert len(data["communes"]) == 1 and "superseded" not in data, given
        assert data["dossiers"] == once["dossiers"]
        other = copy.name if copy in given else signed.name
        assert data["duplicates"] == [{"commune": "Xã Thượng Tín", "file": other, "same_as": signed.name,
                                       "version": 1}], given


def test_two_entries_of_one_name_are_said_as_such(signed, tmp_path, trust):
    with zipfile.ZipFile(signed) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    bad = tmp_path / "twice.cdpkg"
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: the attack
            z.writestr(NAMES["json"], members[NAMES["json"]].replace(b'"received": ', b'"received": 9', 1))
    check = check_package(bad, trust)
    assert codes(check) == ["package.duplicate_name"]
    assert str(CommuneDeskError(check.problems)) == "the package holds two entries named return.json"


def test_a_zip_declaring_300000_entries_is_refused_before_its_directory_is_read(tmp_path, monkeypatch):
    """300,000 entries need ZIP64 (a 16-bit count stops at 65,535): both are refused from the zip's
    end record, before Python's zipfile builds its directory (seconds for 300,000 entries)."""
    with zipfile.ZipFile(tmp_path / "small.cdpkg", "w") as z:
        for i in range(40):
            z.writestr(f"f{i}", b"")
    raw = (tmp_path / "small.cdpkg").read_bytes()
    end = raw.rfind(b"PK\x05\x06")

    def declaring(count: int, name: str) -> Path:
        out = bytearray(raw)
        out[end + 8:end + 12] = count.to_bytes(2, "little") * 2
        (tmp_path / name).write_bytes(bytes(out))
        return tmp_path / name

    def never(*args, **kwargs):
        raise AssertionError("the zip's directory was parsed")
    monkeypatch.setattr(packages.zipfile, "ZipFile", never)
    for count, detail in ((60000, "60000 files"), (0xFFFF, "a ZIP64 archive"), (40, "40 files")):
        check = check_package(declaring(count, f"n{count}.cdpkg"))
        assert codes(check) == ["package.not_a_package"] and check.problems[0].params["detail"] == detail
    # A ZIP64 end record before a modest-looking one: zipfile would take the ZIP64 count.
    monkeypatch.undo()
    with zipfile.ZipFile(tmp_path / "z64.cdpkg", "w", allowZip64=True) as z:
        z.writestr(MANIFEST, b"{}")
    raw64 = bytearray((tmp_path / "z64.cdpkg").read_bytes())
    end = raw64.rfind(b"PK\x05\x06")
    locator = b"PK\x06\x07" + bytes(16)
    (tmp_path / "z64.cdpkg").write_bytes(bytes(raw64[:end]) + locator + bytes(raw64[end:]))
    check = check_package(tmp_path / "z64.cdpkg")
    assert codes(check) == ["package.not_a_package"] and check.problems[0].params["detail"] == "a ZIP64 archive"


def test_the_province_s_list_repeated_names_spacing_and_size(tmp_path, monkeypatch):
    f = tmp_path / "ds.csv"
    f.write_text("Tên đơn vị\nXã  Thượng   Tín\nPhường Hoàn Kiếm\nxã thượng tín\nXã An Bình\n", encoding="utf-8")
    listed = read_communes_list(f)
    assert listed == ["Xã Thượng Tín", "Phường Hoàn Kiếm", "Xã An Bình"] and listed.repeated == ["xã thượng tín"]
    from core.consolidate import CommuneReturn

    r = CommuneReturn(f, {"commune": "Xã Thượng Tín", "province": "Hà Nội",
                          "period": {"from": "2025-10-01", "to": "2025-10-31"},
                          "dossiers": {"total": {}, "by_field": {}}}, {})
    data = consolidate([r], listed)
    assert data["missing_communes"] == ["Phường Hoàn Kiếm", "Xã An Bình"]
    assert data["repeated_communes"] == ["xã thượng tín"]
    from core import consolidate as cons

    monkeypatch.setattr(cons, "_communes_limit", lambda: 2 * 1024 * 1024)
    f.write_bytes(b"Xa Mot\n" * (2 * 1024 * 1024 // 7 + 10))
    with pytest.raises(ConsolidationError, match="ds.csv: the list of communes is too large \\(over 2 MB\\)"):
        read_communes_list(f)


# ---------------------------------------------------------------- the command line
def run(*args, env=None, db=None):
    base = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNEDESK_") or k.startswith("COMMUNEDESK_TEST")}
    base.update(env or {})
    cmd = [sys.executable, str(ROOT / "main.py")] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, env=base, stdin=subprocess.DEVNULL, timeout=300)


def test_the_command_line_signs_with_a_pin_file_and_consolidates_saying_what_it_accepted(tmp_path, pki, trust):
    from tests.template_db import copy_sqlite

    db = copy_sqlite(tmp_path / "xa.sqlite", fill)
    p12 = pki.p12(pki.leader("Hoàng Văn Em", org="UBND Xã Thượng Lâm"), "lam.p12")
    secret = tmp_path / "mat-khau.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    out = tmp_path / "xa.cdpkg"
    r = run("returns", "finalise", "--month", "2025-10", "--pin-file", str(secret), db=db)
    assert r.returncode == 1 and "--pin-file goes with --sign" in r.stderr
    r = run("returns", "finalise", "--month", "2025-10", "--sign", str(p12), "--pin-file", str(secret),
            "--package", str(out), db=db)
    assert r.returncode == 0, r.stderr
    assert "signed by Hoàng Văn Em" in r.stdout and PASSWORD not in r.stdout + r.stderr
    ca = pki.root_pem()
    r = run("verify", str(out), "--trust", str(ca))
    assert r.returncode == 3 and "names 'UBND Xã Thượng Lâm', not Xã Thượng Tín" in r.stdout
    listed = tmp_path / "ds.csv"
    listed.write_text("Xã Thượng Tín\nXã  An  Bình\nxã thượng tín\n", encoding="utf-8")
    copy = tmp_path / "xa-2.cdpkg"
    copy.write_bytes(out.read_bytes())
    args = ("consolidate", str(out), str(copy), "--trust", str(ca), "--communes", str(listed), "--json", "-")
    r = run(*args)
    assert r.returncode == 1 and "xa.cdpkg: the certificate of Hoàng Văn Em names" in r.stderr
    r = run(*args[:-2], "--allow-other-unit", "--json", str(tmp_path / "t.json"))
    assert r.returncode == 0, r.stderr
    assert "consolidated 1 returns" in r.stdout and "xa-2.cdpkg: the same package as xa.cdpkg, counted once" in r.stdout
    assert "accepted signed for another unit: Xã Thượng Tín, signed by Hoàng Văn Em (UBND Xã Thượng Lâm)" in r.stdout
    assert "not reported: 1 (Xã An Bình)" in r.stdout
    assert "named more than once on the list (counted once): xã thượng tín" in r.stdout
