"""The return workbook, read back with openpyxl: form II.06a cell by cell against the JSON, the four
checks of the form, the dossier lists against their figures, print settings, text never formulas,
empty sections, and the hidden copy of the JSON."""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

import openpyxl
import pytest

from core.db import transaction
from core.exports import ReturnDocument, ReturnOptions, write_document, write_return_files
from core.exports.model import form_values
from core.exports.xlsx import DATA_SHEET, FORM_SHEET, MAGIC
from core.returns import NO_DATA, Figures, Period, index_of, on_time_rate
from core.return_sections import build_return
from tests import factories
from tests.return_data import populate

PERIOD = Period.month(2025, 10)
FIG_ORDER = ["carried_over", "received", "received_online", "received_direct", "received_postal", "completed",
             "completed_early", "completed_on_time", "completed_late", "pending", "pending_within",
             "pending_overdue"]


def fill_register(db) -> None:
    with transaction(db.sessions) as s:
        populate(s, PERIOD.start, PERIOD.end, n=400, seed=11)


@pytest.fixture
def report(populated_db, tmp_path):
    """A few hundred generated dossiers, their return JSON and the workbook made from it."""
    db = populated_db(fill_register)
    out = tmp_path / "bao-cao.xlsx"
    with transaction(db.sessions, write=False) as s:
        data = build_return(s, PERIOD)
        write_return_files(s, PERIOD, data, xlsx=out, user="Nguyễn Thị Lập")
    return data, out


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _find(rows, first_cell):
    return next(i for i, r in enumerate(rows) if r and r[0] == first_cell)


def test_form_ii06a_cell_by_cell(report):
    data, path = report
    wb = openpyxl.load_workbook(path)
    ws = wb[FORM_SHEET]
    rows = _rows(ws)
    assert ws.max_column == 13
    assert rows[0][0] == "Biểu số II.06a/VPCP/KSTT"
    assert any("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in str(c) for c in rows[0])
    flat = [str(c) for r in rows[:6] for c in r if c]
    assert "Kỳ báo cáo: Tháng 10 năm 2025" in flat
    assert "(Từ ngày 01/10/2025 đến ngày 31/10/2025)" in flat
    assert "Đơn vị tính: Số hồ sơ TTHC." in flat
    assert any(c.startswith("- Đơn vị báo cáo: UBND xã Thượng Tín") for c in flat)
    assert any(c.startswith("- Đơn vị nhận báo cáo:") and "Hà Nội" in c for c in flat)

    # the two-level header with merged cells, then the row of column numbers 1..13
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert {"A6:A8", "B6:B8", "C6:F6", "G6:J6", "K6:M6", "D7:E7", "C7:C8", "F7:F8"} <= merged
    assert ws["C6"].value == "Số hồ sơ nhận giải quyết"
    assert ws["G6"].value == "Số hồ sơ đã giải quyết"
    assert ws["K6"].value == "Số hồ sơ đang giải quyết"
    assert [ws.cell(8, c).value for c in (4, 5)] == ["Trực tuyến", "Trực tiếp, dịch vụ bưu chính"]
    numbers = _find(rows, 1)
    assert rows[numbers] == list(range(1, 14))

    # one row per field, in the JSON's order, then Tổng cộng whose last eleven cells are columns 3–13
    by_field = data["dossiers"]["by_field"]
    body = rows[numbers + 1: numbers + 1 + len(by_field)]
    for i, (row, (field, f)) in enumerate(zip(body, by_field.items()), 1):
        assert row[0] == i and row[1] == field
        assert row[2:] == form_values(f)
        assert row[2] == f["carried_over"] + f["received"]
        assert row[3] == f["received_online"]
        assert row[4] == f["received_direct"] + f["received_postal"]
        assert row[5:] == [f["carried_over"], f["completed"], f["completed_early"], f["completed_on_time"],
                           f["completed_late"], f["pending"], f["pending_within"], f["pending_overdue"]]
    total_row = rows[numbers + 1 + len(by_field)]
    assert total_row[0] == "Tổng cộng"
    # after the table nothing but the place and date and the two signatures (issue 13: the sheet is signed)
    after = [c for r in rows[rows.index(total_row) + 1:] for c in r if c is not None]
    assert "NGƯỜI LẬP BIỂU" in after and "THỦ TRƯỞNG ĐƠN VỊ" in after
    assert any(str(c).startswith("Thượng Tín, ngày ") for c in after)
    assert not any(isinstance(c, (int, float)) for c in after)
    t = data["dossiers"]["total"]
    assert total_row[-11:] == form_values(t)
    assert all(isinstance(v, int) for v in total_row[-11:])  # real numbers, not text

    # the four arithmetic checks of the form, on every row
    for row in body + [total_row]:
        c = dict(zip(range(3, 14), row[-11:]))
        assert c[3] == c[4] + c[5] + c[6]
        assert c[7] == c[8] + c[9] + c[10]
        assert c[11] == c[12] + c[13]
        assert c[3] == c[7] + c[11]
    # the columns add up to Tổng cộng
    for k in range(2, 13):
        assert sum(r[k] for r in body) == total_row[k]
    # a data set that exercises every column
    assert all(t[k] > 0 for k in FIG_ORDER)


def test_print_settings(report):
    _, path = report
    wb = openpyxl.load_workbook(path)
    ws = wb[FORM_SHEET]
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (1, None)
    assert ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$6:$9"
    assert ws.freeze_panes == "C10"
    assert ws.column_dimensions["B"].width > 20
    assert ws.page_margins.left == pytest.approx(1.18)
    assert ws["C10"].number_format == "#,##0"
    for name in wb.sheetnames:
        sheet = wb[name]
        if sheet.sheet_state != "visible" or name == "Thông tin chung":
            continue
        assert sheet.page_setup.paperSize == 9, name
        assert sheet.freeze_panes, name
    lst = wb["Hồ sơ quá hạn"]
    assert lst.print_title_rows == "$4:$4" and lst.freeze_panes == "A5"
    assert lst["G5"].number_format == "dd/mm/yyyy"


def test_overdue_and_late_lists_match_their_figures(report):
    data, path = report
    wb = openpyxl.load_workbook(path)
    t = data["dossiers"]["total"]
    rows = _rows(wb["Hồ sơ quá hạn"])
    head = _find(rows, "STT")
    body = [r for r in rows[head + 1:] if isinstance(r[0], int)]
    assert len(body) == t["pending_overdue"] > 0
    assert rows[2][0] == f"Tổng số: {t['pending_overdue']}"
    for r in body:
        received, due, days = r[6], r[7], r[8]
        assert isinstance(received, datetime) and isinstance(due, datetime)
        assert days == (datetime(2025, 10, 31) - due).days > 0
        assert isinstance(r[1], str)
    late = _rows(wb["Giải quyết quá hạn"])
    body = [r for r in late[_find(late, "STT") + 1:] if isinstance(r[0], int)]
    assert len(body) == t["completed_late"] > 0
    for r in body:
        assert r[8] > r[7] and r[9] == (r[8] - r[7]).days
        assert PERIOD.start <= r[8].date() <= PERIOD.end


def test_766_estimate_sheet_is_labelled_and_matches_core(report):
    data, path = report
    wb = openpyxl.load_workbook(path)
    rows = _rows(wb["Chỉ số 766 (ước tính)"])
    text = " ".join(str(c) for r in rows for c in r if c)
    assert "ƯỚC TÍNH NỘI BỘ" in text and "không thay thế số liệu" in text
    expected = index_of(data["dossiers"])
    got = {r[0]: r for r in rows if r[0] in ("2.1", "3.3", "3.6", "4.2", "5.4")}
    assert set(got) == {e["code"] for e in expected}
    for e in expected:
        r = got[e["code"]]
        assert r[2:9] == [e["numerator"], e["denominator"], NO_DATA if e["rate"] is None else e["rate"],
                          e["full_at"], e["max_points"], e["points"], e["share_of_full"]]
        assert r[1] == f"{e['name']}: {e['measures']}"
    # 2.1 by the index's method: early, on time and pending within, less those asked for a supplement
    # more than once, over completed and pending.
    t, counts = data["dossiers"]["total"], data["dossiers"]["service_index"]
    in_time = t["completed_early"] + t["completed_on_time"] + t["pending_within"] - counts["repeated_supplement"]
    assert got["2.1"][2:4] == [in_time, t["completed"] + t["pending"]]
    assert got["2.1"][4] == on_time_rate(in_time, t["completed"] + t["pending"])


def test_empty_sections_have_headings_and_no_data_line(tmp_path):
    data = {"commune": "Xã Thượng Tín", "province": "Hà Nội", "period": PERIOD.to_json(),
            "dossiers": {"total": Figures().to_json(), "by_field": {}, "rejected": 0, "withdrawn": 0},
            "staff": {}, "equipment": {}, "recommendations": {}, "tasks": {}}
    out = tmp_path / "empty.xlsx"
    write_document(ReturnDocument(data, PERIOD, ReturnOptions.defaults(data), overdue=[], late=[]), xlsx=out)
    wb = openpyxl.load_workbook(out)
    for name, heading in [("Nhân sự", "Đơn vị"), ("Trang thiết bị", "Trạng thái"), ("Kiến nghị", "Lĩnh vực")]:
        rows = _rows(wb[name])
        cells = [c for r in rows for c in r if c is not None]
        assert "Chưa có dữ liệu" in cells, name
        assert heading in cells, name
        assert not any(isinstance(c, (int, float)) for c in cells), f"{name}: a number in an empty section"
    assert "Chưa có dữ liệu" in [c for r in _rows(wb["Nhiệm vụ"]) for c in r]
    assert "Đào tạo" not in wb.sheetnames  # a section absent from the data gets no sheet
    form = _rows(wb[FORM_SHEET])
    total = next(r for r in form if r[0] == "Tổng cộng")  # the signatures follow it
    assert total[-11:] == [0] * 11


def test_sections_with_data(tmp_path):
    data = {"commune": "Phường Văn Miếu", "province": "Hà Nội", "period": PERIOD.to_json(),
            "dossiers": {"total": Figures().to_json(), "by_field": {}, "rejected": 0, "withdrawn": 0},
            "staff": {"total": 31, "by_category": {"cadre": 9, "civil_servant": 20, "contract": 2},
                      "by_origin": {"former_district": 12, "former_commune": 19},
                      "by_department": {"Văn phòng HĐND và UBND": 11, "Phòng Văn hóa - Xã hội": 20},
                      "staffing": {"quota": 36, "filled": 31, "shortage": 6,
                                   "by_specialty": {"CNTT": {"quota": 3, "filled": 1, "shortage": 2},
                                                    "Kế toán": {"quota": 4, "filled": 0, "shortage": 4}}}},
            "equipment": {"open_needs": 2, "open_estimated_cost": 1_234_567_000,
                          "by_status": {"proposed": {"count": 2, "quantity": 5, "estimated_cost": 1_234_567_000}},
                          "by_category": {"it": {"count": 2, "quantity": 5, "estimated_cost": 1_234_567_000}}},
            "recommendations": {"total": 4, "raised_in_period": 1, "by_status": {"new": 3, "answered": 1},
                                "by_category": {"personnel": 4}}}
    out = tmp_path / "sections.xlsx"
    write_document(ReturnDocument(data, PERIOD, ReturnOptions.defaults(data), overdue=[], late=[]), xlsx=out)
    wb = openpyxl.load_workbook(out)
    staff = _rows(wb["Nhân sự"])
    assert ["Cán bộ", 9] in [r[:2] for r in staff]
    assert ["Cấp huyện chuyển về", 12] in [r[:2] for r in staff]
    assert ["CNTT", 3, 1, 2] in staff
    assert ["Tổng cộng", 36, 31, 6] in staff
    eq = _rows(wb["Trang thiết bị"])
    assert ["Đề xuất", 2, 5, 1_234_567_000] in eq
    cost_cell = next(c for row in wb["Trang thiết bị"].iter_rows() for c in row if c.value == 1_234_567_000)
    assert cost_cell.number_format == "#,##0"
    rec = _rows(wb["Kiến nghị"])
    assert ["Đã trả lời", 1] in [r[:2] for r in rec]


def test_text_is_never_a_formula(db, tmp_path):
    with transaction(db.sessions) as s:
        factories.dossier(s, received=date(2025, 10, 1), due=date(2025, 10, 3), field="=HYPERLINK(\"x\")",
                          code="=1+1")
        factories.dossier(s, received=date(2025, 10, 1), due=date(2025, 10, 2), field="+84 Hộ tịch",
                          code="001234567890")
    out = tmp_path / "f.xlsx"
    with transaction(db.sessions, write=False) as s:
        data = build_return(s, PERIOD)
        write_return_files(s, PERIOD, data, xlsx=out)
    wb = openpyxl.load_workbook(out)
    fields = [r[1] for r in _rows(wb[FORM_SHEET]) if isinstance(r[0], int) and isinstance(r[1], str)]
    assert "=HYPERLINK(\"x\")" in fields and "+84 Hộ tịch" in fields
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"{ws.title}!{c.coordinate} is a formula"
    codes = [r[1] for r in _rows(wb["Hồ sơ quá hạn"]) if isinstance(r[0], int)]
    assert set(codes) == {"=1+1", "001234567890"}  # ID-like codes stay text, leading zeros kept


def test_hidden_data_sheet_holds_the_json(report):
    data, path = report
    wb = openpyxl.load_workbook(path)
    ws = wb[DATA_SHEET]
    assert ws.sheet_state == "veryHidden"
    cells = [r[0] for r in ws.iter_rows(values_only=True)]
    assert cells[0] == MAGIC and cells[2] == "commune"
    n = int(cells[4])
    text = "".join(cells[5:5 + n])
    assert hashlib.sha256(text.encode()).hexdigest() == cells[3]
    body = json.loads(text)
    assert body["return"] == data
    assert body["meta"]["made_by"] == "Nguyễn Thị Lập" and body["meta"]["program"] == "CommuneDesk"
    assert wb.sheetnames[0] == "Thông tin chung"
    cover = _rows(wb["Thông tin chung"])
    assert ["Đơn vị báo cáo", "UBND xã Thượng Tín"] in [r[:2] for r in cover]
    assert ["Người lập", "Nguyễn Thị Lập"] in [r[:2] for r in cover]
    assert ["Từ ngày", datetime(2025, 10, 1)] in [r[:2] for r in cover]
    guide = " ".join(str(c) for r in cover for c in r if c)
    assert "Quyết định 766/QĐ-TTg" in guide and "766/qđ-ttg" not in guide  # a code keeps its capitals


def test_report_command_writes_all_three(db, db_target, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    with transaction(db.sessions) as s:
        populate(s, PERIOD.start, PERIOD.end, n=120, seed=5)
    root = Path(__file__).resolve().parents[2]
    out = {k: tmp_path / f"bc.{k}" for k in ("xlsx", "pdf", "json")}
    r = subprocess.run([sys.executable, str(root / "main.py"), "--db", db_target, "report", "--month", "2025-10",
                        "--xlsx", str(out["xlsx"]), "--pdf", str(out["pdf"]), "--json", str(out["json"])],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    data = json.loads(out["json"].read_text(encoding="utf-8"))
    wb = openpyxl.load_workbook(out["xlsx"])
    total = next(list(r) for r in wb[FORM_SHEET].iter_rows(values_only=True) if r[0] == "Tổng cộng")
    assert total[-11:] == form_values(data["dossiers"]["total"])
    body = json.loads("".join(c[0] for c in wb[DATA_SHEET].iter_rows(min_row=6, values_only=True) if c[0]))
    assert body["return"] == data
    assert out["pdf"].read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("bc.")) == ["bc.json", "bc.pdf", "bc.xlsx"]


def test_register_lists_on_their_sheets(db, tmp_path):
    """Open needs, site problems and recommendations with their answers are listed under their
    sections, and the section figures are the register's own."""
    from core import equipment as eq
    from core import recommendations as rec

    with transaction(db.sessions) as s:
        eq.propose_need(s, item="Máy quét tài liệu", category="it", quantity_needed=2, unit="chiếc",
                        unit_cost="22.500.000", on=date(2025, 10, 2))
        eq.add_problem(s, place="Thôn Liên Hà", kind="no_signal", households=46, since=date(2025, 7, 1))
        eq.add_problem(s, place="Xóm Cũ", kind="no_power", since=date(2025, 1, 1), status="resolved",
                       resolved_date=date(2025, 3, 1))  # resolved before the period: not listed
        r = rec.raise_recommendation(s, content="Đề nghị bổ sung 01 công chức CNTT", category="personnel",
                                     raised_date=date(2025, 10, 8), addressed_to="Sở Nội vụ")
        rec.answer_recommendation(s, r.id, "Sở Nội vụ sẽ bố trí trong quý I/2026", on=date(2025, 10, 20))
    out = tmp_path / "lists.xlsx"
    pdf = tmp_path / "lists.pdf"
    with transaction(db.sessions, write=False) as s:
        data = build_return(s, PERIOD)
        write_return_files(s, PERIOD, data, xlsx=out, pdf=pdf)
    wb = openpyxl.load_workbook(out)
    eq_rows = _rows(wb["Trang thiết bị"])
    need = next(r for r in eq_rows if "Máy quét tài liệu" in r)
    assert 22_500_000 in need and 45_000_000 in need
    places = [c for r in eq_rows for c in r if isinstance(c, str)]
    assert "Thôn Liên Hà" in places and "Xóm Cũ" not in places
    assert data["equipment"]["open_estimated_cost"] == 45_000_000
    rec_rows = _rows(wb["Kiến nghị"])
    row = next(r for r in rec_rows if "Đề nghị bổ sung 01 công chức CNTT" in r)
    assert "Sở Nội vụ sẽ bố trí trong quý I/2026" in row and datetime(2025, 10, 20) in row
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "Thôn Liên Hà" in text and "45.000.000" in text
