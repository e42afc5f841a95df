"""The return PDF, turned back into text with pypdf: the NĐ 30 header, the commune, the
Vietnamese-formatted figures, the narrative against the previous period, the signature block,
page numbers from page 2, the annexes; a 2,000-row annex; Cancel leaves no file."""
from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from core.db import transaction
from core.errors import Cancelled
from core.exports import ReturnDocument, ReturnOptions, write_document, write_return_files
from core.formatting import fmt_int, fmt_rate
from core.returns import Figures, Period
from core.return_sections import build_return
from core.returns_lists import DossierRow
from tests.return_data import populate

PERIOD = Period.month(2025, 10)


def _text(path) -> list[str]:
    return [unicodedata.normalize("NFC", p.extract_text() or "") for p in PdfReader(str(path)).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def fill_register(db) -> None:
    with transaction(db.sessions) as s:
        populate(s, PERIOD.start, PERIOD.end, n=400, seed=21)
        populate(s, Period.month(2025, 9).start, Period.month(2025, 9).end, n=150, seed=22, code_prefix="S")


@pytest.fixture
def pdf_report(populated_db, tmp_path):
    db = populated_db(fill_register)
    out = tmp_path / "bao-cao.pdf"
    with transaction(db.sessions, write=False) as s:
        data = build_return(s, PERIOD)
        write_return_files(s, PERIOD, data, pdf=out, user="Nguyễn Thị Lập")
        previous = build_return(s, PERIOD.previous())
    return data, previous, out


def test_header_commune_and_figures(pdf_report):
    data, previous, path = pdf_report
    pages = _text(path)
    first = _flat(pages[0])
    for words in ("ỦY BAN NHÂN DÂN", "XÃ THƯỢNG TÍN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "Số: ……/BC-UBND", "BÁO CÁO",
                  "Kỳ báo cáo: tháng 10 năm 2025", "Biểu số II.06a/VPCP/KSTT"):
        assert words in first, words
    assert "Thượng Tín, ngày" in first
    t = data["dossiers"]["total"]
    # Vietnamese number formatting in the narrative: dots for thousands, comma for decimals
    assert f"đã tiếp nhận {fmt_int(t['received'])} hồ sơ" in first
    assert f"đạt tỷ lệ {fmt_rate(t['on_time_rate'])}" in first
    assert "," in fmt_rate(t["on_time_rate"]) and "." not in fmt_rate(t["on_time_rate"])
    assert f"đang giải quyết {fmt_int(t['pending'])} hồ sơ" in first
    # compared with September
    p = previous["dossiers"]["total"]
    assert "So với kỳ trước (tháng 9/2025)" in first
    assert f"kỳ trước {fmt_int(p['received'])} hồ sơ" in first
    # the form's Tổng cộng row, formatted
    from core.exports.model import form_values

    total_line = " ".join(fmt_int(v) for v in form_values(t))
    assert "Tổng cộng " + total_line in first


def test_big_numbers_use_dots(tmp_path):
    f = Figures(carried_over=1_000, received=1_234_567, received_online=234_567, received_direct=1_000_000,
                completed=1_200_000, completed_early=1_000_000, completed_on_time=168_700, completed_late=31_300,
                pending=35_567, pending_within=35_000, pending_overdue=567)
    data = {"commune": "Phường Hoàn Kiếm", "province": "Hà Nội", "period": PERIOD.to_json(),
            "dossiers": {"total": f.to_json(), "by_field": {"Chứng thực": f.to_json()}, "rejected": 0,
                         "withdrawn": 0},
            "staff": {}, "equipment": {"open_needs": 1, "open_estimated_cost": 1_234_567_000,
                                       "by_status": {}, "by_category": {}}, "recommendations": {}}
    out = tmp_path / "big.pdf"
    write_document(ReturnDocument(data, PERIOD, ReturnOptions.defaults(data), overdue=[], late=[]), pdf=out)
    text = _flat(" ".join(_text(out)))
    assert "1.234.567" in text and "1.234.567.000" in text
    assert fmt_rate(f.on_time_rate) == "97,39%" and "97,39%" in text
    assert "PHƯỜNG HOÀN KIẾM" in text and "Hoàn Kiếm, ngày" in text
    assert "Chưa có dữ liệu" in text  # empty staff and recommendations sections


def test_sections_signature_and_page_numbers(pdf_report):
    _, _, path = pdf_report
    pages = _text(path)
    text = _flat(" ".join(pages))
    # The figures under I (one numbered part per register), then the assessment the working group
    # expects (II–IV), the closing sentence and the signatures.
    for heading in ("I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN", "1. Kết quả giải quyết thủ tục hành chính", "2. Nhân sự",
                    "3. Cơ sở vật chất, trang thiết bị", "4. Tình hình giải quyết khó khăn, vướng mắc, kiến nghị",
                    "Chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg (ước tính nội bộ)",
                    "II. ĐÁNH GIÁ CHUNG", "1. Kết quả đạt được", "2. Tồn tại, hạn chế", "3. Nguyên nhân",
                    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "Trên đây là báo cáo",
                    "NGƯỜI LẬP BÁO CÁO", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Thị Lập", "Nơi nhận:",
                    "Lưu: VT.", "Phụ lục I", "DANH SÁCH HỒ SƠ ĐANG GIẢI QUYẾT QUÁ HẠN"):
        assert heading in text, heading
    assert len(pages) >= 3
    assert not pages[0].strip().startswith("1")
    for n, page in enumerate(pages[1:], 2):
        assert page.lstrip().startswith(str(n)), f"page {n} has no number at the top"


def test_text_is_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Xã Thượng Tín")
    data = {"commune": decomposed, "province": "Hà Nội", "period": PERIOD.to_json(),
            "dossiers": {"total": Figures().to_json(), "by_field": {unicodedata.normalize("NFD", "Hộ tịch"):
                                                                   Figures().to_json()},
                         "rejected": 0, "withdrawn": 0}, "staff": {}, "equipment": {}, "recommendations": {}}
    out = tmp_path / "nfc.pdf"
    write_document(ReturnDocument(data, PERIOD, ReturnOptions.defaults(data), overdue=[], late=[]), pdf=out)
    raw = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "XÃ THƯỢNG TÍN" in raw and "Hộ tịch" in raw


def _rows(n: int) -> list[DossierRow]:
    due = date(2025, 9, 1)
    return [DossierRow(f"000.00.12.H26-2509{i % 30 + 1:02d}-{i:04d}", "Chứng thực bản sao từ bản chính giấy tờ, "
                       "văn bản do cơ quan có thẩm quyền cấp", "Chứng thực", "Nguyễn Văn An", "direct",
                       due - timedelta(days=3), due + timedelta(days=i % 20), None, "in_progress", "Lê Thị Hoa",
                       30 - i % 20) for i in range(n)]


def test_two_thousand_row_annex(tmp_path):
    f = Figures(carried_over=2_000, pending=2_000, pending_overdue=2_000)
    data = {"commune": "Xã Thượng Tín", "province": "Hà Nội", "period": PERIOD.to_json(),
            "dossiers": {"total": f.to_json(), "by_field": {"Chứng thực": f.to_json()}, "rejected": 0,
                         "withdrawn": 0}, "staff": {}, "equipment": {}, "recommendations": {}}
    out = tmp_path / "annex.pdf"
    doc = ReturnDocument(data, PERIOD, ReturnOptions.defaults(data), overdue=_rows(2000), late=[])
    seen = []
    write_document(doc, pdf=out, progress=lambda done, total: seen.append((done, total)))
    pages = _text(out)
    text = " ".join(pages)
    compact = "".join(text.split())
    assert compact.count("000.00.12.H26-") == 2000  # every row, the long codes wrapped, not lost
    assert "-0000" in compact and "-1999" in compact
    # the header of the annex table repeats on its pages
    annex_pages = [p for p in pages if "Mã hồ sơ" in p]
    assert len(annex_pages) > 20
    assert (2000, 2000) in seen


def test_cancel_leaves_no_file(tmp_path):
    f = Figures(carried_over=600, pending=600, pending_overdue=600)
    data = {"commune": "Xã Thượng Tín", "province": "Hà Nội", "period": PERIOD.to_json(),
            "dossiers": {"total": f.to_json(), "by_field": {"Chứng thực": f.to_json()}, "rejected": 0,
                         "withdrawn": 0}, "staff": {}, "equipment": {}, "recommendations": {}}
    out = tmp_path / "cancel.pdf"

    def progress(done, total):
        if total and done >= 500:
            raise Cancelled("cancelled")

    with pytest.raises(Cancelled):
        write_document(ReturnDocument(data, PERIOD, ReturnOptions.defaults(data), overdue=_rows(600), late=[]),
                       pdf=out, xlsx=tmp_path / "cancel.xlsx", progress=progress)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
def test_page_one_renders(pdf_report, tmp_path):
    _, _, path = pdf_report
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
                   check=True)
    png = next(tmp_path.glob("p*.png"))
    assert png.stat().st_size > 10_000


def test_an_empty_staffing_plan_prints_no_zeros(tmp_path):
    """A section without data says "Chưa có dữ liệu", never a "Tổng cộng 0 0 0" row."""
    f = Figures(carried_over=0, received=1, received_online=0, received_direct=1, completed=0, completed_early=0,
                completed_on_time=0, completed_late=0, pending=1, pending_within=1, pending_overdue=0)
    data = {"commune": "Xã Thượng Tín", "province": "Hà Nội", "period": PERIOD.to_json(),
            "dossiers": {"total": f.to_json(), "by_field": {"Chứng thực": f.to_json()}, "rejected": 0,
                         "withdrawn": 0},
            "staff": {"total": 2, "by_category": {"civil_servant": 2}, "by_origin": {}, "by_department": {"Văn phòng": 2},
                      "staffing": {"quota": 0, "filled": 0, "shortage": 0, "by_specialty": {}}},
            "equipment": {}, "recommendations": {}}
    out = tmp_path / "empty.pdf"
    write_document(ReturnDocument(data, PERIOD, ReturnOptions.defaults(data), overdue=[], late=[]), pdf=out)
    text = _flat(" ".join(_text(out)))
    assert "Tổng cộng 0 0 0" not in text and "Định biên và thiếu hụt theo chuyên môn" in text
