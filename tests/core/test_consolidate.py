"""The province's consolidation: two communes made from real databases, fifty synthetic ones, sums and
recomputed rates, the ranking, the province's workbook and PDF, and every refusal (a workbook made by
another program, an edited one, the same commune twice, different periods)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from pypdf import PdfReader

from core.commune import init_database
from core.consolidate import (ConsolidationError, consolidate, deep_sum, ranking, read_return, read_returns,
                              write_consolidation)
from core.db import transaction
from core.exports.model import form_values
from core.exports.xlsx import FORM_SHEET
from core.returns import Figures, Period, on_time_rate
from core.return_sections import build_return
from tests.return_data import populate, write_synthetic_workbook

ROOT = Path(__file__).resolve().parents[2]
PERIOD = Period.month(2025, 10)
KEYS = list(Figures().to_json())


def _commune_workbook(tmp_path, name: str, seed: int, n: int = 200) -> tuple[dict, Path]:
    db = init_database(str(tmp_path / f"{seed}.sqlite"), name, "Hà Nội")
    try:
        with transaction(db.sessions) as s:
            populate(s, PERIOD.start, PERIOD.end, n=n, seed=seed)
        out = tmp_path / f"{seed}.xlsx"
        with transaction(db.sessions, write=False) as s:
            data = build_return(s, PERIOD)
            from core.exports import write_return_files

            write_return_files(s, PERIOD, data, xlsx=out)
    finally:
        db.close()
    return data, out


def test_two_communes(tmp_path):
    a, pa = _commune_workbook(tmp_path, "Xã Thượng Tín", 1)
    b, pb = _commune_workbook(tmp_path, "Phường Hoàn Kiếm", 2, n=150)
    data = consolidate(read_returns([pa, pb]))
    assert set(data) == {"commune", "province", "period", "dossiers", "staff", "equipment", "recommendations",
                         "communes", "ranking"} | ({"tasks"} & (set(a) | set(b))) | ({"training"} & (set(a) | set(b)))
    assert data["province"] == "Hà Nội" and data["period"] == PERIOD.to_json() and data["commune"] is None
    t, ta, tb = data["dossiers"]["total"], a["dossiers"]["total"], b["dossiers"]["total"]
    for k in KEYS:
        if k != "on_time_rate":
            assert t[k] == ta[k] + tb[k], k
    assert t["on_time_rate"] == on_time_rate(t["completed_early"] + t["completed_on_time"], t["completed"])
    for field, f in data["dossiers"]["by_field"].items():
        for k in KEYS:
            if k != "on_time_rate":
                assert f[k] == a["dossiers"]["by_field"].get(field, {}).get(k, 0) + \
                    b["dossiers"]["by_field"].get(field, {}).get(k, 0)
    assert data["dossiers"]["rejected"] == a["dossiers"]["rejected"] + b["dossiers"]["rejected"]
    assert [c["commune"] for c in data["communes"]] == ["Phường Hoàn Kiếm", "Xã Thượng Tín"]
    rates = sorted([ta["on_time_rate"], tb["on_time_rate"]], reverse=True)
    assert [e["on_time_rate"] for e in data["ranking"]] == rates
    assert [e["rank"] for e in data["ranking"]] == [1, 2]

    out = tmp_path / "tinh.xlsx"
    pdf = tmp_path / "tinh.pdf"
    write_consolidation(data, xlsx=out, pdf=pdf)
    wb = openpyxl.load_workbook(out)
    rows = [list(r) for r in wb[FORM_SHEET].iter_rows(values_only=True)]
    numbers = next(i for i, r in enumerate(rows) if r[:3] == [1, 2, 3])
    body = rows[numbers + 1:]
    assert body[0][1] == "Phường Hoàn Kiếm" and body[0][2:] == form_values(tb)
    assert body[1][1] == "Xã Thượng Tín" and body[1][2:] == form_values(ta)
    assert body[2][0] == "Tổng cộng" and body[2][-11:] == form_values(t)
    signed = [c for r in body[3:] for c in r if c is not None]  # then only the date and the signatures
    assert "NGƯỜI LẬP BIỂU" in signed and not any(isinstance(c, (int, float)) for c in signed)
    assert rows[5][1] == "Đơn vị"
    rank = [list(r) for r in wb["Xếp hạng"].iter_rows(values_only=True)]
    assert [r[1] for r in rank if r[0] in (1, 2)] == [e["commune"] for e in data["ranking"]]
    text = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "BÁO CÁO TỔNG HỢP" in text and "Xã Thượng Tín" in text and "Phường Hoàn Kiếm" in text
    # the province's own workbook is not a commune's return
    with pytest.raises(ConsolidationError, match="province consolidation"):
        read_return(out)


def test_fifty_communes_by_folder(tmp_path):
    folder = tmp_path / "returns"
    folder.mkdir()
    datas = [write_synthetic_workbook(folder / f"xa{i:02d}.xlsx", f"Xã Số {i:02d}", seed=i) for i in range(50)]
    out_json = tmp_path / "tinh.json"
    out_xlsx = tmp_path / "tinh.xlsx"
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "consolidate", str(folder), "--xlsx", str(out_xlsx),
                        "--json", str(out_json)], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert len(data["communes"]) == 50 and len(data["ranking"]) == 50
    t = data["dossiers"]["total"]
    for k in KEYS:
        if k != "on_time_rate":
            assert t[k] == sum(d["dossiers"]["total"][k] for d in datas), k
    f = Figures.from_json(t)
    assert t["on_time_rate"] == f.on_time_rate
    assert data["staff"]["total"] == 50 * 20 and data["staff"]["staffing"]["shortage"] == 250
    assert data["equipment"]["open_estimated_cost"] == 50 * 30_000_000
    assert data["equipment"]["by_status"]["proposed"]["count"] == 100
    assert data["recommendations"]["by_status"] == {"new": 50, "answered": 100}
    rates = [e["on_time_rate"] for e in data["ranking"]]
    assert rates == sorted(rates, reverse=True)
    for prev, e in zip(data["ranking"], data["ranking"][1:]):
        assert e["rank"] == (prev["rank"] if e["on_time_rate"] == prev["on_time_rate"] else data["ranking"].index(e) + 1)
    wb = openpyxl.load_workbook(out_xlsx, read_only=True)
    rows = [list(r) for r in wb[FORM_SHEET].iter_rows(values_only=True)]
    total = next(r for r in rows if r[0] == "Tổng cộng")
    assert total[-11:] == form_values(t)
    assert sum(1 for r in rows if isinstance(r[0], int) and isinstance(r[1], str)) == 50


def test_foreign_workbook_is_refused(tmp_path):
    foreign = tmp_path / "khac.xlsx"
    wb = xlsxwriter.Workbook(str(foreign))
    ws = wb.add_worksheet("Hồ sơ TTHC")
    ws.write_row(0, 0, ["Tổng cộng", "", 1, 2, 3])
    wb.close()
    with pytest.raises(ConsolidationError, match="not a return made by CommuneDesk"):
        read_return(foreign)
    not_xlsx = tmp_path / "anh.xlsx"
    not_xlsx.write_bytes(b"\x89PNG\r\n\x1a\n not a workbook")
    with pytest.raises(ConsolidationError, match="cannot be read as an Excel workbook"):
        read_return(not_xlsx)
    good = tmp_path / "good.xlsx"
    write_synthetic_workbook(good, "Xã Một")
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "consolidate", str(good), str(foreign),
                        "--json", "-"], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 1
    assert "khac.xlsx: not a return made by CommuneDesk" in r.stderr and r.stdout == ""


def test_edited_workbook_is_refused(tmp_path):
    path = tmp_path / "a.xlsx"
    write_synthetic_workbook(path, "Xã Một")
    wb = openpyxl.load_workbook(path)
    ws = wb[FORM_SHEET]
    row = next(r for r in ws.iter_rows() if r[0].value == "Tổng cộng")
    row[2].value = row[2].value + 1
    wb.save(path)
    with pytest.raises(ConsolidationError, match="were changed after"):
        read_return(path)

    path2 = tmp_path / "b.xlsx"
    write_synthetic_workbook(path2, "Xã Hai")
    wb = openpyxl.load_workbook(path2)
    data_ws = wb["_communedesk"]
    data_ws["A6"].value = data_ws["A6"].value.replace('"received":', '"received": 1', 1)
    wb.save(path2)
    with pytest.raises(ConsolidationError, match="checksum"):
        read_return(path2)


def test_duplicates_and_mixed_periods_are_refused(tmp_path):
    a = tmp_path / "a.xlsx"
    b = tmp_path / "b.xlsx"
    c = tmp_path / "c.xlsx"
    write_synthetic_workbook(a, "Xã Thượng Tín", seed=1)
    write_synthetic_workbook(b, "xã thượng tín", seed=2)  # the same commune, spelled differently
    with pytest.raises(ConsolidationError, match="same commune and period"):
        read_returns([a, b])
    from datetime import date

    write_synthetic_workbook(c, "Xã Khác", start=date(2025, 9, 1), end=date(2025, 9, 30))
    with pytest.raises(ConsolidationError, match="different periods"):
        read_returns([a, c])
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "consolidate", str(a), str(b), "--json", "-"],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "same commune and period" in r.stderr


def test_ranking_ties_and_no_rate():
    def c(name, early, on, late):
        f = Figures(completed=early + on + late, completed_early=early, completed_on_time=on, completed_late=late,
                    carried_over=early + on + late)
        return {"commune": name, "dossiers": {"total": f.to_json()}}

    r = ranking([c("B", 9, 0, 1), c("A", 18, 0, 2), c("C", 10, 0, 0), c("D", 0, 0, 0)])
    assert [(e["commune"], e["rank"]) for e in r] == [("C", 1), ("A", 2), ("B", 2), ("D", None)]


def test_deep_sum_rules():
    assert deep_sum([{"a": 1, "by": {"Kế toán": 2}}, {"a": 2, "by": {"kế toán": 3, "CNTT": 1}}]) == \
        {"a": 3, "by": {"Kế toán": 5, "CNTT": 1}}
    assert deep_sum([{"done": 2, "done_on_time": 1, "on_time_rate": 50.0},
                     {"done": 2, "done_on_time": 2, "on_time_rate": 100.0}])["on_time_rate"] == 75.0
    assert deep_sum([[{"x": 1}], [{"x": 2}]], ["A", "B"]) == [{"commune": "A", "x": 1}, {"commune": "B", "x": 2}]
