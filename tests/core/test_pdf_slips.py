"""The counter slips and the official layout, checked through the text a PDF reader extracts."""

import unicodedata
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from core.exports.pdf import fonts
from core.exports.pdf.layout import (
    MARGIN_TOP,
    MOTTO,
    NATIONAL_TITLE,
    OfficialDocument,
    long_table,
    para,
    signature_block,
    title_block,
)
from core.exports.pdf.slips import SLIP_KINDS, Handover, SlipData, write_slip


def _data(**over) -> SlipData:
    values = dict(
        commune_name="Thượng Tín",
        province="Thành phố Hà Nội",
        officer_name="Đặng Văn Đức",
        office_phone="024 3385 1234",
        code="H15.50.05.13-251005-0975",
        applicant_name="Nguyễn Thị Hường",
        applicant_id_number="001185012345",
        applicant_phone="0912 345 678",
        applicant_address="Thôn Nhị Khê, xã Thượng Tín",
        procedure_name="Đăng ký khai sinh",
        field="Hộ tịch",
        channel_label="Trực tiếp",
        received_at=datetime(2025, 10, 5, 9, 30),
        due_date=date(2025, 10, 8),
        documents=["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"],
        reason="Giấy chứng sinh bị tẩy xóa",
        items_to_supplement=["Giấy chứng sinh bản chính hợp lệ"],
        new_due_date=date(2025, 10, 15),
        issued_on=date(2025, 10, 7),
        handovers=[Handover("Người nộp hồ sơ", "Bộ phận TN&TKQ", "Nguyễn Thị Hường", "Đặng Văn Đức",
                            datetime(2025, 10, 5, 9, 30), "", "Tiếp nhận hồ sơ")],
    )
    values.update(over)
    return SlipData(**values)


def _text(path, page=None) -> str:
    """Extracted text with whitespace collapsed (a name may wrap over two lines)."""
    reader = PdfReader(str(path))
    pages = reader.pages if page is None else [reader.pages[page]]
    return " ".join(" ".join(p.extract_text() or "" for p in pages).split())


def _top_texts(path, page: int) -> list[str]:
    """Texts drawn inside the top margin of a page (where NĐ 30 puts page numbers)."""
    pg = PdfReader(str(path)).pages[page]
    top = float(pg.mediabox.top) - MARGIN_TOP
    found: list[str] = []

    def visit(text, cm, tm, font_dict, font_size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and y > top:
            found.append(text.strip())

    pg.extract_text(visitor_text=visit)
    return found


TITLES = {
    "receipt": "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    "supplement": "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
    "refusal": "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
    "apology": "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
    "stop": "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
    "control": "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
}


@pytest.mark.parametrize("kind", sorted(SLIP_KINDS))
def test_each_slip_has_the_official_header_and_its_fields(kind, tmp_path):
    path = write_slip(kind, _data(), tmp_path / f"{kind}.pdf")
    assert path == tmp_path / f"{kind}.pdf"
    text = _text(path)
    assert unicodedata.is_normalized("NFC", text)
    assert NATIONAL_TITLE in text
    assert MOTTO in text
    assert "XÃ THƯỢNG TÍN" in text
    assert TITLES[kind] in text
    assert "Nguyễn Thị Hường" in text
    assert "Thượng Tín, ngày 07 tháng 10 năm 2025" in text
    assert "05/10/2025" in text or "ngày 05 tháng 10 năm 2025" in text.lower()  # the day of receipt
    assert len(PdfReader(str(path)).pages) == 1


def test_receipt_fields(tmp_path):
    text = _text(write_slip("receipt", _data(), tmp_path / "r.pdf"))
    assert "UBND XÃ THƯỢNG TÍN" in text
    assert "Mã hồ sơ: H15.50.05.13-251005-0975" in text
    assert "Số định danh cá nhân/tổ chức: 001185012345" in text
    assert "Số điện thoại: 0912 345 678" in text
    assert "Nội dung yêu cầu giải quyết: Đăng ký khai sinh (lĩnh vực Hộ tịch)" in text
    assert "Hình thức nộp hồ sơ: Trực tiếp" in text
    # The circular's table of documents: STT | Tên giấy tờ | Bản chính/Bản sao | Số lượng.
    assert "STT Tên giấy tờ Bản chính/Bản sao Số lượng" in text
    assert "1 Tờ khai đăng ký khai sinh" in text and "2 Giấy chứng sinh" in text
    assert "Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 05 tháng 10 năm 2025" in text
    # A date without its time of day leaves the hours to fill in.
    assert "Thời gian trả kết quả giải quyết hồ sơ: …… giờ …… phút, ngày 08 tháng 10 năm 2025" in text
    assert "Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công xã Thượng Tín" in text
    assert "NGƯỜI NỘP HỒ SƠ" in text and "NGƯỜI TIẾP NHẬN HỒ SƠ" in text
    assert "Đặng Văn Đức" in text


def test_receipt_is_dated_on_the_day_of_receipt_by_default(tmp_path):
    text = _text(write_slip("receipt", _data(issued_on=None), tmp_path / "r.pdf"))
    assert "Thượng Tín, ngày 05 tháng 10 năm 2025" in text


def test_supplement_lists_what_to_supplement_and_why(tmp_path):
    text = _text(write_slip("supplement", _data(), tmp_path / "s.pdf"))
    assert "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau: 1. Giấy chứng sinh bản chính hợp lệ" in text
    assert "Lý do: Giấy chứng sinh bị tẩy xóa" in text
    assert "Đặng Văn Đức, số điện thoại 024 3385 1234" in text
    assert "NGƯỜI HƯỚNG DẪN" in text
    assert "/PBS-TTPVHCC" in text


def test_refusal_gives_the_reason(tmp_path):
    text = _text(write_slip("refusal", _data(), tmp_path / "t.pdf"))
    assert "không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau: Giấy chứng sinh bị tẩy xóa" in text
    assert "/PTC-TTPVHCC" in text


def test_apology_gives_old_and_new_dates(tmp_path):
    data = _data(applicant_name="Đặng Văn Đức", head_name="Lê Quang Hưng",
                 due_date=datetime(2025, 10, 8, 16, 0))
    text = _text(write_slip("apology", data, tmp_path / "a.pdf"))
    assert "Kính gửi: Ông/Bà Đặng Văn Đức" in text
    assert "Thời gian hẹn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 08 tháng 10 năm 2025" in text
    assert "vào ngày 15 tháng 10 năm 2025" in text
    # The form's wording: one apology, then the new date; "Ông/Bà" throughout.
    assert text.count("xin lỗi") == 1 and "Ông (Bà)" not in text
    assert "sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào ngày 15 tháng 10 năm 2025" in text
    assert "TM. ỦY BAN NHÂN DÂN" in text and "CHỦ TỊCH" in text and "Lê Quang Hưng" in text
    assert "Nơi nhận:" in text


def test_decomposed_and_markup_like_input_is_drawn_as_typed(tmp_path):
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hường")
    data = _data(applicant_name=nfd, applicant_address="Số 5 <b>ngõ 3</b> & Co",
                 commune_name="Xã Thượng Tín")
    text = _text(write_slip("receipt", data, tmp_path / "r.pdf"))
    assert "Nguyễn Thị Hường" in text  # composed again
    assert "Số 5 <b>ngõ 3</b> & Co" in text  # escaped, not interpreted
    assert "XÃ XÃ" not in text  # the 'Xã' prefix is not doubled


def test_blank_fields_print_dotted_lines(tmp_path):
    data = _data(applicant_id_number="", applicant_address="", documents=[], due_date=None)
    text = _text(write_slip("receipt", data, tmp_path / "r.pdf"))
    assert "Số định danh cá nhân/tổ chức: …" in text
    assert "Thời gian trả kết quả giải quyết hồ sơ: …… giờ …… phút, ngày …… tháng …… năm ……" in text
    supplement = _text(write_slip("supplement", _data(items_to_supplement=[]), tmp_path / "s.pdf"))
    assert "1. …" in supplement


def test_unknown_kind_is_refused(tmp_path):
    with pytest.raises(ValueError, match="receipt"):
        write_slip("invoice", _data(), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_write_leaves_only_the_final_file(tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    write_slip("receipt", _data(), target)
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]
    assert target.read_bytes().startswith(b"%PDF")


class _Boom(Flowable):
    def wrap(self, aW, aH):
        raise RuntimeError("boom")


def test_a_failed_build_keeps_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"old")
    doc = OfficialDocument(target, ["ỦY BAN NHÂN DÂN", "XÃ THƯỢNG TÍN"], "Thượng Tín", date(2025, 10, 5))
    doc.story.append(_Boom())
    with pytest.raises(RuntimeError):
        doc.build()
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]
    assert target.read_bytes() == b"old"


def test_fonts_register_once():
    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FAMILY


def test_long_table_of_2000_rows_repeats_its_header_and_numbers_pages(tmp_path):
    path = tmp_path / "long.pdf"
    doc = OfficialDocument(path, ["ỦY BAN NHÂN DÂN", "XÃ THƯỢNG TÍN"], "Thượng Tín",
                           date(2025, 10, 5), doc_number="15/BC-UBND")
    st = doc.styles
    doc.story += title_block("Báo cáo", "Tình hình, kết quả giải quyết thủ tục hành chính")
    doc.story.append(para("Danh sách hồ sơ trong kỳ:", st["body"]))
    rows = [[i + 1, f"H15-251005-{i:04d}", "Đăng ký khai sinh", "Nguyễn Thị Hường",
             date(2025, 10, 5), 1_234_567 * (i % 7)] for i in range(2000)]
    doc.story += long_table(
        [["STT", "Mã hồ sơ", "Thủ tục", "Người nộp", "Ngày nhận", "Phí (đồng)"]],
        rows,
        [12 * mm, 38 * mm, 40 * mm, 35 * mm, 20 * mm, 20 * mm],
        align=["CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "RIGHT"],
        font_size=10,
    )
    doc.story.append(signature_block(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Đặng Văn Đức",
                                     recipients=["UBND tỉnh;", "Lưu: VT."]))
    doc.build()

    reader = PdfReader(str(path))
    n = len(reader.pages)
    assert n > 1
    assert _top_texts(path, 0) == []  # no number on page 1
    assert _top_texts(path, 1) == ["2"]
    assert _top_texts(path, n - 1) == [str(n)]

    page1 = _text(path, 0)
    assert "Số: 15/BC-UBND" in page1 and "Thượng Tín, ngày 05 tháng 10 năm 2025" in page1
    # every page carries the header row exactly once, also where one chunk of
    # rows ends and the next begins in mid-page
    for i in range(n):
        page = reader.pages[i].extract_text()
        assert page.count("Mã hồ sơ") == 1, f"page {i + 1}"
    body = _text(path)
    for i in (1, 500, 501, 1000, 2000):
        assert f"H15-251005-{i - 1:04d}" in body
    assert "1.234.567" in body and "05/10/2025" in body
    assert "Đặng Văn Đức" in _text(path, n - 1)
