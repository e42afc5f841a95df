"""The province's consolidation of signed return packages: the same figures as the consolidation of
the same communes' workbooks; a tampered, unsigned, untrusted or unverifiable package refused by
name with its reason (unsigned accepted only when allowed, and marked); the later version of a
commune wins and the consolidation says so; the communes of the province's list that have not
reported, named in the JSON, the workbook and the PDF; the command line end to end."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from core.consolidate import (ConsolidationError, consolidate, match_communes, read_communes_list, read_returns,
                              write_consolidation)
from core.db import transaction
from core.returns import Period
from core.signing import CertSpec, load_trust, open_signer
from core.submission import Outputs, submit
from tests.factories import dossier
from tests.pki import PASSWORD, Pki, changed_figure, pki, trust  # noqa: F401 (fixtures)
from tests.return_data import populate
from tests.template_db import copy_sqlite, new_sqlite

ROOT = Path(__file__).resolve().parents[2]
PERIOD = Period.month(2025, 10)


def _commune(db, name: str, seed: int, n: int) -> None:
    from core.models import Commune

    with transaction(db.sessions) as s:
        s.scalar(select(Commune)).name = name
        populate(s, PERIOD.start, PERIOD.end, n=n, seed=seed)


def fill_a(db):
    _commune(db, "Xã Thượng Tín", 21, 90)


def fill_b(db):
    _commune(db, "Phường Hoàn Kiếm", 22, 70)


def fill_c(db):
    _commune(db, "Xã An Bình", 23, 50)


def fill_a_other(db):
    _commune(db, "Xã Thượng Tín", 24, 40)


FILLS = {"a": fill_a, "b": fill_b, "c": fill_c}


@pytest.fixture(scope="module")
def key_path(pki):
    """The PKCS#12 file of a commune's leader (`key_path(commune)`): the certificate names the
    commune it signs for, as the government CA's do."""
    made = {}

    def of(commune: str = "Xã Thượng Tín"):
        if commune not in made:
            made[commune] = pki.p12(pki.leader(org=f"UBND {commune}"), f"leader-{len(made)}.p12")
        return made[commune]
    return of


def commune_name(db) -> str:
    from core.models import Commune

    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(Commune)).name


def make(tmp_path, fill, key_path, tag: str, signed: bool = True, amend_with=None):
    """The commune's package (and workbook) of PERIOD, signed by its leader; `amend_with(session)`
    then amends it (version 2)."""
    db = new_sqlite(tmp_path / f"{tag}.sqlite", fill)
    key_path = key_path(commune_name(db))
    try:
        outs = Outputs(xlsx=tmp_path / f"{tag}.xlsx", package=tmp_path / f"{tag}.cdpkg")
        if signed:
            with open_signer(CertSpec("pkcs12", str(key_path)), PASSWORD) as key:
                submit(db, PERIOD, outputs=outs, key=key, user="Văn thư")
        else:
            submit(db, PERIOD, outputs=outs, user="Văn thư")
        if amend_with is not None:
            with transaction(db.sessions) as s:
                amend_with(s)
            outs2 = Outputs(xlsx=tmp_path / f"{tag}-v2.xlsx", package=tmp_path / f"{tag}-v2.cdpkg")
            with open_signer(CertSpec("pkcs12", str(key_path)), PASSWORD) as key:
                submit(db, PERIOD, action="amend", reason="Bổ sung hồ sơ", outputs=outs2, key=key, user="Văn thư")
    finally:
        db.close()
    return tmp_path / f"{tag}.cdpkg", tmp_path / f"{tag}.xlsx"


SOURCE_KEYS = {"file", "source", "version", "replaces", "signed", "signer", "signed_at", "made_at", "made_by"}


def figures(data: dict) -> dict:
    """The consolidation without where each commune's figures came from."""
    out = {k: v for k, v in data.items() if k not in ("communes",)}
    out["communes"] = [{k: v for k, v in c.items() if k not in SOURCE_KEYS} for c in data["communes"]]
    return out


def test_packages_consolidate_to_the_same_figures_as_the_workbooks(tmp_path, key_path, trust):
    made = {t: make(tmp_path, f, key_path, t) for t, f in FILLS.items()}
    by_packages = consolidate(read_returns([p for p, _ in made.values()], trust=trust))
    by_workbooks = consolidate(read_returns([x for _, x in made.values()]))
    assert figures(by_packages) == figures(by_workbooks)
    assert by_packages["dossiers"]["total"]["received"] > 0 and len(by_packages["communes"]) == 3
    c = {e["commune"]: e for e in by_packages["communes"]}["Xã Thượng Tín"]
    assert (c["source"], c["version"], c["signed"], c["signer"]["name"]) == ("package", 1, True, "Nguyễn Văn An")
    assert {e["source"] for e in by_workbooks["communes"]} == {"workbook"}
    assert "superseded" not in by_packages and "missing_communes" not in by_packages
    # A folder of packages is read like the files.
    folder = tmp_path / "goi"
    folder.mkdir()
    for p, _ in made.values():
        (folder / p.name).write_bytes(p.read_bytes())
    assert figures(consolidate(read_returns([folder], trust=trust))) == figures(by_packages)


def test_refusals_by_name_with_the_reason(tmp_path, key_path, trust, pki):
    a, _ = make(tmp_path, fill_a, key_path, "a")
    b, _ = make(tmp_path, fill_b, key_path, "b", signed=False)
    bad = changed_figure(a, tmp_path / "a-sua.cdpkg")
    with pytest.raises(ConsolidationError) as exc:
        read_returns([bad, b], trust=trust)
    text = str(exc.value)
    assert text.startswith("2 files were refused: a-sua.cdpkg: return.json was changed")
    assert "b.cdpkg: the package is not signed (accepted only with --allow-unsigned)" in text
    from core.messages import Renderer

    vi = exc.value.render(Renderer("vi"))
    assert vi.startswith("2 tệp bị từ chối: a-sua.cdpkg: tệp return.json đã bị thay đổi") and "chưa được ký số" in vi
    # Not verifiable without the trusted roots; another CA's root does not trust it.
    with pytest.raises(ConsolidationError, match="a.cdpkg: the certificate chain was not checked"):
        read_returns([a])
    other = load_trust([Pki(tmp_path / "o", org="Other CA").root_pem()])
    with pytest.raises(ConsolidationError, match="a.cdpkg: the certificate of Nguyễn Văn An does not chain"):
        read_returns([a], trust=other)
    # Unsigned accepted when allowed, and marked so in the JSON and the workbook.
    data = consolidate(read_returns([a, b], trust=trust, allow_unsigned=True))
    assert data["unsigned_packages"] == ["Phường Hoàn Kiếm"]
    assert {c["commune"]: c["signed"] for c in data["communes"]} == {"Xã Thượng Tín": True, "Phường Hoàn Kiếm": False}
    out = tmp_path / "tinh.xlsx"
    write_consolidation(data, xlsx=out)
    ws = openpyxl.load_workbook(out)["Nguồn số liệu"]
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("CHƯA KÝ SỐ" in c for c in cells) and any("Nguyễn Văn An (số sê-ri" in c for c in cells)


def test_the_later_version_wins(tmp_path, key_path, trust):
    def one_more(s):
        from datetime import date

        dossier(s, received=date(2025, 10, 20), due=date(2025, 10, 27), completed=date(2025, 10, 22),
                status="returned", field="Hộ tịch", code="LATE-1")
    v1, _ = make(tmp_path, fill_a, key_path, "a", amend_with=one_more)
    v2 = tmp_path / "a-v2.cdpkg"
    b, _ = make(tmp_path, fill_b, key_path, "b")
    for order in ([v1, v2, b], [v2, b, v1]):
        data = consolidate(read_returns(order, trust=trust))
        a_entry = {c["commune"]: c for c in data["communes"]}["Xã Thượng Tín"]
        assert (a_entry["version"], a_entry["replaces"], a_entry["file"]) == (2, 1, "a-v2.cdpkg")
        assert data["superseded"] == [{"commune": "Xã Thượng Tín", "file": "a.cdpkg", "version": 1,
                                       "replaced_by": {"file": "a-v2.cdpkg", "version": 2}}]
    only_v1 = consolidate(read_returns([v1, b], trust=trust))
    assert data["dossiers"]["total"]["received"] == only_v1["dossiers"]["total"]["received"] + 1
    out = tmp_path / "tinh.pdf"
    write_consolidation(data, pdf=out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Nguồn số liệu của các đơn vị" in text and "Bản điều chỉnh, thay gói phiên bản 1 (a.cdpkg)" in text
    # The same version of one commune twice with different figures is refused.
    other, _ = make(tmp_path, fill_a_other, key_path, "a-khac")
    with pytest.raises(ConsolidationError, match="the same commune, period and version 1 with different figures"):
        read_returns([v1, other], trust=trust)
    # A workbook beside a package of the same commune: one of them must go, as before.
    with pytest.raises(ConsolidationError, match="same commune and period"):
        read_returns([v1, tmp_path / "a.xlsx"], trust=trust)


def test_matching_the_province_s_list():
    listed = ["Xã Thượng Tín", "Phường Hoàn Kiếm", "UBND xã Đông Anh", "Xã An Bình", "Phường An Bình", "Đặc khu Côn Đảo"]
    reported = ["xa thuong tin", "HOÀN KIẾM", "Xã  Đông   Anh", "Phường An Bình", "Xã Lạ"]
    missing, unlisted = match_communes(listed, reported)
    assert missing == ["Xã An Bình", "Đặc khu Côn Đảo"] and unlisted == ["Xã Lạ"]
    # "An Bình" alone names two units of the list: it matches neither.
    assert match_communes(listed, ["An Bình"])[0] == listed


def test_reading_the_list(tmp_path):
    f = tmp_path / "ds.csv"
    f.write_text("STT,Tên đơn vị,Ghi chú\n1,Xã Thượng Tín,\n2,Phường Hoàn Kiếm,x\n\n3,xã thượng tín,trùng\n",
                 encoding="utf-8-sig")
    assert read_communes_list(f) == ["Xã Thượng Tín", "Phường Hoàn Kiếm"]
    f.write_text("Xã Một\nXã Hai\n", encoding="utf-8")
    assert read_communes_list(f) == ["Xã Một", "Xã Hai"]
    f.write_text("STT;Xã, phường\n1;Xã Ba\n", encoding="utf-8")
    assert read_communes_list(f) == ["Xã Ba"]
    f.write_bytes("Xã Một".encode("utf-16"))
    with pytest.raises(ConsolidationError, match="must be a UTF-8 CSV"):
        read_communes_list(f)
    f.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ConsolidationError, match="no commune names"):
        read_communes_list(f)


def test_missing_communes_in_the_json_the_workbook_and_the_pdf(tmp_path, key_path, trust):
    a, _ = make(tmp_path, fill_a, key_path, "a")
    b, _ = make(tmp_path, fill_b, key_path, "b")
    data = consolidate(read_returns([a, b], trust=trust), ["Xã Thượng Tín", "Phường Hoàn Kiếm", "Xã An Bình"])
    assert data["missing_communes"] == ["Xã An Bình"] and data["unlisted_communes"] == []
    write_consolidation(data, xlsx=tmp_path / "t.xlsx", pdf=tmp_path / "t.pdf")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["Chưa báo cáo"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert [1, "Xã An Bình"] in [r[:2] for r in rows]
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "t.pdf").pages)
    assert "Đơn vị chưa gửi báo cáo (1 đơn vị)" in text and "Xã An Bình" in text
    everyone = consolidate(read_returns([a, b], trust=trust), ["Xã Thượng Tín", "Phường Hoàn Kiếm"])
    assert everyone["missing_communes"] == []
    write_consolidation(everyone, pdf=tmp_path / "u.pdf")
    assert "Tất cả các đơn vị trong danh sách đã gửi báo cáo." in "\n".join(
        p.extract_text() for p in PdfReader(tmp_path / "u.pdf").pages)


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300)


def test_the_province_consolidates_from_the_command_line(tmp_path, pki, key_path):
    a, _ = make(tmp_path, fill_a, key_path, "a")
    b, _ = make(tmp_path, fill_b, key_path, "b", signed=False)
    ca = pki.root_pem()
    listed = tmp_path / "ds.csv"
    listed.write_text("Tên đơn vị\nXã Thượng Tín\nPhường Hoàn Kiếm\nXã An Bình\n", encoding="utf-8")
    out = tmp_path / "tinh.json"
    r = run("consolidate", str(a), str(b), "--trust", str(ca), "--communes", str(listed), "--json", str(out))
    assert r.returncode == 1 and "b.cdpkg: the package is not signed" in r.stderr and not out.exists()
    r = run("consolidate", str(a), str(b), "--trust", str(ca), "--communes", str(listed), "--allow-unsigned",
            "--json", str(out), "--xlsx", str(tmp_path / "tinh.xlsx"))
    assert r.returncode == 0, r.stderr
    assert "not reported: 1 (Xã An Bình)" in r.stdout and "accepted unsigned: Phường Hoàn Kiếm" in r.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["missing_communes"] == ["Xã An Bình"] and len(data["communes"]) == 2
    r = run("consolidate", str(a), "--json", "-")
    assert r.returncode == 1 and "the certificate chain was not checked" in r.stderr
