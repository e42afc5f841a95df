"""Hostile packages: what a commune's package may hold cannot take the province's machine down or
write anywhere. A zip bomb, too many or too large members, a member name leading out of its folder,
an encrypted or foreign-compressed member, a huge or deeply nested manifest or JSON, a damaged PDF:
each is refused by name with its reason, never a traceback, never a file unpacked. An output on the
database, on an input of the consolidation or on another output is refused before any work."""
from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest

from core import packages
from core.consolidate import ConsolidationError, read_returns
from core.errors import CommuneDeskError
from core.packages import MANIFEST, NAMES, check_file, check_package, sha256_bytes
from core.returns import Period
from core.signing import CertSpec, open_signer
from core.submission import Outputs, submit
from tests.pki import PASSWORD, pki, rewrite, trust  # noqa: F401 (fixtures)
from tests.return_data import populate
from tests.template_db import new_sqlite

PERIOD = Period.month(2025, 10)


def fill(db):
    from core.db import transaction

    with transaction(db.sessions) as s:
        populate(s, PERIOD.start, PERIOD.end, n=40, seed=5)


@pytest.fixture(scope="module")
def made(tmp_path_factory, pki):
    """A signed package and an unsigned one of the same commune (two databases)."""
    folder = tmp_path_factory.mktemp("hostile")
    out = {}
    for tag, signed in (("signed", True), ("unsigned", False)):
        db = new_sqlite(folder / f"{tag}.sqlite", fill)
        try:
            target = folder / f"{tag}.cdpkg"
            if signed:
                with open_signer(CertSpec("pkcs12", str(pki.p12(pki.leader(), "h.p12"))), PASSWORD) as key:
                    submit(db, PERIOD, outputs=Outputs(package=target), key=key, user="Văn thư")
            else:
                submit(db, PERIOD, outputs=Outputs(package=target), user="Văn thư")
        finally:
            db.close()
        out[tag] = target
    return out


def codes(check) -> list[str]:
    return [p.code for p in check.problems]


def resummed(members: dict) -> None:
    """The manifest's checksums recomputed for the members as they now are (what a forger does)."""
    manifest = json.loads(members[MANIFEST])
    manifest["files"] = [{"name": n, "sha256": sha256_bytes(d), "size": len(d)}
                         for n, d in members.items() if n != MANIFEST]
    members[MANIFEST] = json.dumps(manifest).encode()


def deflated(src: Path, dst: Path, change) -> Path:
    """tests.pki.rewrite, compressed (a zip bomb is small on disk)."""
    with zipfile.ZipFile(src) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    change(members)
    with zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return dst


def test_a_zip_bomb_is_refused_without_inflating_it(made, tmp_path, monkeypatch):
    # A member that inflates past the limit, then several that each stay under it but together do
    # not: neither is read whole into memory.
    monkeypatch.setattr(packages, "MAX_MEMBER", 4 * 1024 * 1024)
    monkeypatch.setattr(packages, "MAX_TOTAL", 6 * 1024 * 1024)
    bomb = deflated(made["signed"], tmp_path / "bomb.cdpkg",
                   lambda m: m.update({NAMES["xlsx"]: b"\0" * (5 * 1024 * 1024)}))
    assert bomb.stat().st_size < 200 * 1024
    check = check_package(bomb)
    assert "package.too_large" in codes(check) and check.problems[codes(check).index("package.too_large")].params == {
        "file": "return.xlsx"}

    def many(m):
        for i in range(4):
            m[f"x{i}.bin"] = b"\0" * (3 * 1024 * 1024)
    check = check_package(deflated(made["signed"], tmp_path / "many.cdpkg", many))
    assert "package.too_large" in codes(check)
    # A size lied about in the zip's directory is caught when the member is read.
    lie = tmp_path / "lie.cdpkg"
    lie.write_bytes(_lie_about_size(made["signed"].read_bytes(), NAMES["xlsx"]))
    check = check_package(lie)
    assert check.problems and not check.valid


def _lie_about_size(raw: bytes, name: str) -> bytes:
    """The zip with `name`'s uncompressed size written as 10 bytes in its headers."""
    raw = bytearray(raw)
    encoded = name.encode()
    # central directory entries (PK\1\2): uncompressed size at +24, name length at +28, name at +46
    i = raw.find(b"PK\x01\x02")
    while i != -1:
        n = struct.unpack_from("<H", raw, i + 28)[0]
        if bytes(raw[i + 46:i + 46 + n]) == encoded:
            struct.pack_into("<I", raw, i + 24, 10)
        i = raw.find(b"PK\x01\x02", i + 4)
    return bytes(raw)


def test_too_big_a_package_file_is_not_opened(made, tmp_path, monkeypatch):
    monkeypatch.setattr(packages, "MAX_PACKAGE", 1024)
    check = check_package(made["signed"])
    assert codes(check) == ["package.too_large"] and check.problems[0].params == {"file": "signed.cdpkg"}
    pdf = tmp_path / "big.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"0" * 2048)
    monkeypatch.setattr(packages, "MAX_MEMBER", 1024)
    assert codes(check_file(pdf)) == ["package.too_large"]


def test_names_leading_out_of_the_folder_are_refused_and_nothing_is_unpacked(made, tmp_path):
    for i, bad in enumerate(("../return.json", "/etc/passwd", "C:\\x.json", "sub/return.json", "..\\..\\x",
                             ".hidden", "c:x")):
        target = rewrite(made["signed"], tmp_path / f"t{i}.cdpkg", lambda m: m.update({bad: b"{}"}))
        check = check_package(target)
        assert "package.bad_name" in codes(check), (bad, codes(check))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"t{i}.cdpkg" for i in range(7))
    assert not (tmp_path.parent / "return.json").exists()


def test_an_encrypted_or_foreign_compressed_member_is_refused(made, tmp_path):
    raw = bytearray(rewrite(made["signed"], tmp_path / "plain.cdpkg", lambda m: None).read_bytes())
    # The "encrypted" bit (bit 0 of the general purpose flags) set on every member.
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = raw.find(sig)
        while i != -1:
            raw[i + at] |= 1
            i = raw.find(sig, i + 4)
    enc = tmp_path / "enc.cdpkg"
    enc.write_bytes(bytes(raw))
    check = check_package(enc)
    assert "package.bad_data" in codes(check) or "package.no_manifest" in codes(check), codes(check)
    assert not check.valid
    # A compression method this zip reader does not know (99, as some archivers write).
    raw = bytearray((tmp_path / "plain.cdpkg").read_bytes())
    for sig, at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        i = raw.find(sig)
        while i != -1:
            struct.pack_into("<H", raw, i + at, 99)
            i = raw.find(sig, i + 4)
    odd = tmp_path / "odd.cdpkg"
    odd.write_bytes(bytes(raw))
    check = check_file(odd)
    assert not check.valid and check.problems


def test_a_huge_or_deeply_nested_manifest_is_refused(made, tmp_path, monkeypatch):
    def huge(m):
        manifest = json.loads(m[MANIFEST])
        manifest["files"] += [{"name": f"f{i}", "sha256": "0" * 64} for i in range(100_000)]
        m[MANIFEST] = json.dumps(manifest).encode()
    check = check_package(rewrite(made["signed"], tmp_path / "huge.cdpkg", huge))
    assert codes(check) == ["package.too_large"] and check.problems[0].params == {"file": MANIFEST}

    def many_listed(m):
        manifest = json.loads(m[MANIFEST])
        manifest["files"] += [{"name": f"f{i}", "sha256": "0" * 64} for i in range(200)]
        m[MANIFEST] = json.dumps(manifest).encode()
    check = check_package(rewrite(made["signed"], tmp_path / "listed.cdpkg", many_listed))
    assert codes(check) == ["package.bad_manifest"]

    def nested(m):
        m[MANIFEST] = b"[" * 200_000 + b"]" * 200_000
    check = check_package(rewrite(made["signed"], tmp_path / "nested.cdpkg", nested))
    assert codes(check) == ["package.bad_manifest"]

    def not_text(m):
        m[MANIFEST] = b"\xff\xfe\x00garbage"
    assert codes(check_package(rewrite(made["signed"], tmp_path / "bin.cdpkg", not_text))) == ["package.bad_manifest"]

    def odd_types(m):
        manifest = json.loads(m[MANIFEST])
        manifest["files"] = [1, None, "x"]
        manifest["version"] = {"a": 1}
        m[MANIFEST] = json.dumps(manifest).encode()
    assert codes(check_package(rewrite(made["signed"], tmp_path / "types.cdpkg", odd_types))) == [
        "package.bad_manifest"]


def test_a_hostile_return_json_is_refused_even_where_unsigned_is_allowed(made, tmp_path, trust):
    def nested(m):
        m[NAMES["json"]] = b"[" * 200_000 + b"]" * 200_000
        resummed(m)
    check = check_package(rewrite(made["unsigned"], tmp_path / "nested.cdpkg", nested))
    assert "package.bad_data" in codes(check)

    # Well-formed JSON of the right commune and period, but not a return: refused by name, even
    # with --allow-unsigned.
    def no_figures(m):
        data = json.loads(m[NAMES["json"]])
        del data["dossiers"]
        m[NAMES["json"]] = json.dumps(data).encode()
        resummed(m)

    def text_figures(m):
        data = json.loads(m[NAMES["json"]])
        data["dossiers"]["total"]["received"] = "nhiều"
        m[NAMES["json"]] = json.dumps(data).encode()
        resummed(m)

    def a_list(m):
        m[NAMES["json"]] = b"[1, 2, 3]"
        resummed(m)
    for tag, change in (("nofig", no_figures), ("textfig", text_figures), ("list", a_list)):
        bad = rewrite(made["unsigned"], tmp_path / f"{tag}.cdpkg", change)
        with pytest.raises(ConsolidationError) as exc:
            read_returns([bad], trust=trust, allow_unsigned=True)
        assert f"{tag}.cdpkg: " in str(exc.value), str(exc.value)
    # The untouched unsigned package is still accepted when allowed.
    assert len(read_returns([made["unsigned"]], trust=trust, allow_unsigned=True)) == 1


def test_a_damaged_pdf_in_the_package_is_refused(made, tmp_path, trust):
    def garbage(m):
        m[NAMES["pdf"]] = b"%PDF-1.7\n" + b"\x00\xff" * 5000
        resummed(m)

    def cut(m):
        m[NAMES["pdf"]] = m[NAMES["pdf"]][: len(m[NAMES["pdf"]]) // 2]
        resummed(m)
    for tag, change in (("garbage", garbage), ("cut", cut)):
        check = check_package(rewrite(made["signed"], tmp_path / f"{tag}.cdpkg", change), trust)
        assert not check.valid and check.problems, tag
        with pytest.raises(ConsolidationError, match=f"{tag}.cdpkg: "):
            read_returns([tmp_path / f"{tag}.cdpkg"], trust=trust, allow_unsigned=True)


def test_outputs_on_the_database_or_on_an_input_are_refused(made, tmp_path, pki):
    # finalise: the package on the database itself (also through a link), refused by submit itself,
    # whoever calls it.
    db = new_sqlite(tmp_path / "office.sqlite", fill)
    try:
        db_file = Path(db.engine.url.database)
        before = db_file.read_bytes()
        link = tmp_path / "link.cdpkg"
        link.hardlink_to(db_file)
        for target in (db_file, link, Path(f"{db_file}-journal")):
            with pytest.raises(CommuneDeskError, match="nothing was written"):
                submit(db, PERIOD, outputs=Outputs(package=target), user="Văn thư")
        assert db_file.read_bytes() == before
    finally:
        db.close()
    # consolidate: an output on one of its inputs (a package, the list of communes) or on another output.
    from core.consolidate import check_outputs

    listed = tmp_path / "ds.csv"
    listed.write_text("Xã Thượng Tín\n", encoding="utf-8")
    for outputs in ({"xlsx": made["signed"]}, {"json": listed}, {"xlsx": tmp_path / "a.xlsx", "pdf": tmp_path / "a.xlsx"}):
        with pytest.raises(CommuneDeskError, match="nothing was written"):
            check_outputs([made["signed"], listed], outputs)
    check_outputs([made["signed"], listed], {"xlsx": tmp_path / "tinh.xlsx", "json": tmp_path / "tinh.json"})


def test_the_command_line_writes_over_no_input_and_not_the_database(made, tmp_path):
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    db_file = tmp_path / "tinh.sqlite"
    db_file.write_bytes(b"SQLite format 3\x00 the province's own database")
    for args in (("--xlsx", str(made["unsigned"])), ("--json", str(db_file)), ("--pdf", str(tmp_path))):
        before = made["unsigned"].read_bytes(), db_file.read_bytes()
        r = subprocess.run([sys.executable, str(root / "main.py"), "--db", str(db_file), "consolidate",
                            str(made["unsigned"]), "--allow-unsigned", *args], capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=300)
        assert r.returncode == 1 and "nothing was written" in r.stderr, (args, r.stderr)
        assert (made["unsigned"].read_bytes(), db_file.read_bytes()) == before
    # verify --json: never over the file it checks nor over the database.
    for target in (made["signed"], db_file):
        before = target.read_bytes()
        r = subprocess.run([sys.executable, str(root / "main.py"), "--db", str(db_file), "verify", str(made["signed"]),
                            "--json", str(target)], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                           timeout=300)
        assert r.returncode == 1 and "nothing was written" in r.stderr, r.stderr
        assert target.read_bytes() == before
