"""The seven counter forms of a dossier with a known history, read back from the PDFs field by field:
each dated by its event whatever the day it is printed, a reprint the same bytes, Mẫu 01 always the
appointment given at intake."""
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from core import settings
from core.book import book_of, write_book
from core.catalogue import find_procedure
from core.commune import update_commune
from core.db import transaction
from core.dossiers import Applicant, DocumentLine, Representative, intake, transition
from core.errors import ValidationError
from core.models import Department, Dossier
from core.returns import Period
from core.slips import available_slips, slip_data_for, write_dossier_slip, write_slip_file
from core.staff import Person, add_staff

CLERK = "Đặng Văn Đức"


def text_of(path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


def signatures(applicant: str) -> str:
    return f"NGƯỜI NỘP HỒ SƠ (Ký và ghi rõ họ tên) {applicant} NGƯỜI TIẾP NHẬN HỒ SƠ (Ký và ghi rõ họ tên) {CLERK}"


def history(s) -> dict:
    """Dossier A: taken in Mon 2 Mar 2026 09:30 (Đăng ký thường trú, 7 working days: due Wed 11 Mar),
    one document of the checklist missing; handed to Lê Văn Tâm; a supplement asked for on 3 Mar,
    supplied on 5 Mar (2 working days paused: due Fri 13 Mar); an apology on Thu 12 Mar (the last day
    allowed) with a new date of 20 Mar; stopped on Mon 16 Mar with 20.000 đồng refunded.
    Dossier B: presented Wed 4 Mar 08:15 and refused at the counter at 08:20."""
    update_commune(s, name="Xã Thượng Tín", province="Hà Nội", chairperson="Lê Quang Hưng")
    settings.put(s, "counter.phone", "024 3385 1234")
    office = s.scalar(select(Department).where(Department.name == "Văn phòng HĐND và UBND"))
    tam = add_staff(s, Person(full_name="Lê Văn Tâm", category="civil_servant", start_date=date(2025, 7, 1)),
                    office.id)
    proc = find_procedure(s, "Đăng ký thường trú")
    checklist = [doc.name for doc in proc.documents]
    a = intake(s, procedure_id=proc.id, received_at=datetime(2026, 3, 2, 9, 30), user=CLERK,
               applicant=Applicant("Nguyễn Thị Hường", "001185012345", "0912345678", "Thôn Nhị Khê",
                                   "huong@example.vn"),
               representative=Representative("Trần Văn Bình", "001085000111", "Thôn Đông", "0987654321", None,
                                             "Giấy ủy quyền số 12/UQ ngày 01/3/2026"),
               documents=[DocumentLine(checklist[0], "original", 1), DocumentLine(checklist[1], "copy", 1, False),
                          DocumentLine("Sổ tạm trú cũ", "copy", 2)], now=datetime(2026, 3, 2, 9, 31))
    b = intake(s, procedure_id=find_procedure(s, "Đăng ký khai sinh").id, received_at=datetime(2026, 3, 4, 8, 15),
               applicant=Applicant("Hoàng Thị Lan"), user=CLERK, now=datetime(2026, 3, 4, 8, 16))
    transition(s, b.id, "refuse", on=datetime(2026, 3, 4, 8, 20), note="Thủ tục không thuộc thẩm quyền của xã",
               user=CLERK)
    return {"a": a, "b": b, "tam": tam, "checklist": checklist}


def steps_of_a(s, h) -> None:
    a = h["a"]
    transition(s, a.id, "assign", on=datetime(2026, 3, 3, 8, 0), handler_id=h["tam"].id, user=CLERK)
    transition(s, a.id, "request_supplement", on=datetime(2026, 3, 3, 14, 0),
               note="Giấy tờ chứng minh chỗ ở chưa hợp lệ", user=CLERK)
    transition(s, a.id, "supply", on=datetime(2026, 3, 5, 9, 0), user=CLERK)
    transition(s, a.id, "apologize", on=datetime(2026, 3, 12, 8, 0), note="Chờ xác minh của Công an tỉnh",
               new_date=date(2026, 3, 20), user=CLERK)
    transition(s, a.id, "withdraw", on=datetime(2026, 3, 16, 15, 0), note="Người nộp đề nghị dừng để bổ sung sau",
               refunded_fee=20000, user=CLERK)


@pytest.fixture
def counter(db, tmp_path):
    """The history, with Mẫu 01 of dossier A printed right after intake (before any step)."""
    with transaction(db.sessions) as s:
        h = history(s)
        first = write_dossier_slip(s, h["a"].id, "receipt", tmp_path / "first")
        steps_of_a(s, h)
        h["ids"] = (h["a"].id, h["b"].id)
    h["first_receipt"] = first
    return db, h


def test_the_receipt_mau_01(counter, tmp_path):
    db, h = counter
    with transaction(db.sessions, write=False) as s:
        path = write_dossier_slip(s, h["ids"][0], "receipt", tmp_path)
        code = s.get(Dossier, h["ids"][0]).code
    text = text_of(path)
    assert "UBND XÃ THƯỢNG TÍN TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" in text
    assert "Số: ……/……-TTPVHCC Thượng Tín, ngày 02 tháng 3 năm 2026" in text
    assert f"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ Mã hồ sơ: {code}" in text
    assert "Tiếp nhận hồ sơ của Ông (Bà)/Tổ chức: Nguyễn Thị Hường" in text
    assert "Số định danh cá nhân/tổ chức: 001185012345" in text
    assert "Địa chỉ: Thôn Nhị Khê" in text
    assert "Số điện thoại: 0912345678; Email: huong@example.vn" in text
    assert "Người được ủy quyền: Trần Văn Bình; Số định danh cá nhân: 001085000111" in text
    assert "Địa chỉ: Thôn Đông; Số điện thoại: 0987654321; Email: …" in text
    assert "Giấy tờ ủy quyền: Giấy ủy quyền số 12/UQ ngày 01/3/2026" in text
    assert "Nội dung yêu cầu giải quyết: Đăng ký thường trú (lĩnh vực Cư trú)" in text
    # Only what was handed in, with its form and copies; the missing document is Mẫu 02's.
    assert f"1 {h['checklist'][0]} Bản chính 01" in text
    assert "2 Sổ tạm trú cũ Bản sao 02" in text
    assert h["checklist"][1] not in text
    assert "Số lượng hồ sơ: 01 (bộ)" in text
    assert "Thời gian giải quyết hồ sơ theo quy định là: 07 ngày làm việc" in text
    assert "Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 02 tháng 3 năm 2026" in text
    # The appointment given at intake (the office's 16:00), not the due date the pause moved to 13 March.
    assert "Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 11 tháng 3 năm 2026" in text
    assert "Đăng ký nhận kết quả tại: Trực tiếp tại Trung tâm Phục vụ hành chính công" in text
    assert "Vào Sổ theo dõi hồ sơ, Quyển số 01/2026, Số thứ tự 0001." in text
    assert text.endswith(signatures("Trần Văn Bình"))  # the representative handed it in
    assert "Phí, lệ phí" not in text  # the dossier records no fee


def test_a_reprint_is_the_first_print_byte_for_byte(counter, tmp_path):
    """Mẫu 01 printed after a pause, an apology and a stop is the file printed at intake."""
    db, h = counter
    with transaction(db.sessions, write=False) as s:
        again = write_dossier_slip(s, h["ids"][0], "receipt", tmp_path / "again")
        others = {kind: write_dossier_slip(s, h["ids"][0], kind, tmp_path / "one")
                  for kind in ("supplement", "apology", "stop", "control")}
        twice = {kind: write_dossier_slip(s, h["ids"][0], kind, tmp_path / "two") for kind in others}
    assert again.read_bytes() == h["first_receipt"].read_bytes()
    for kind in others:
        assert others[kind].read_bytes() == twice[kind].read_bytes(), kind


def test_the_supplement_request_mau_02(counter, tmp_path):
    db, h = counter
    with transaction(db.sessions, write=False) as s:
        text = text_of(write_dossier_slip(s, h["ids"][0], "02", tmp_path))
    assert "Số: ……/PBS-TTPVHCC Thượng Tín, ngày 03 tháng 3 năm 2026" in text  # the request's day
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ Hồ sơ của: Nguyễn Thị Hường" in text
    assert "Nội dung yêu cầu giải quyết: Đăng ký thường trú (lĩnh vực Cư trú)" in text
    assert "Địa chỉ: Thôn Nhị Khê Số điện thoại: 0912345678; Email: huong@example.vn" in text
    # By default it asks for the documents missing at intake.
    assert f"Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau: 1. {h['checklist'][1]}" in text
    assert "Lý do: Giấy tờ chứng minh chỗ ở chưa hợp lệ" in text
    assert f"liên hệ với {CLERK}, số điện thoại 024 3385 1234 để được hướng dẫn./." in text
    assert text.endswith(f"NGƯỜI HƯỚNG DẪN (Ký và ghi rõ họ tên) {CLERK}")


def test_the_refusal_mau_03(counter, tmp_path):
    db, h = counter
    with transaction(db.sessions, write=False) as s:
        b = s.get(Dossier, h["ids"][1])
        assert available_slips(b) == ["refusal"]
        with pytest.raises(ValidationError):
            slip_data_for(s, b.id, "receipt")  # never received: no Mẫu 01
        text = text_of(write_dossier_slip(s, b.id, "03", tmp_path))
        code = b.code
    assert "Số: ……/PTC-TTPVHCC Thượng Tín, ngày 04 tháng 3 năm 2026" in text
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ Trung tâm Phục vụ hành chính công xã Thượng Tín" in text
    assert "Tiếp nhận hồ sơ của: Hoàng Thị Lan" in text
    assert f"Mã hồ sơ (nếu có): {code}" in text
    assert "Nội dung yêu cầu giải quyết: Đăng ký khai sinh (lĩnh vực Hộ tịch)" in text
    assert "Thời gian nộp hồ sơ: 08 giờ 15 phút, ngày 04 tháng 3 năm 2026" in text  # presented, refused at 08:20
    assert ("thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau: Thủ tục không thuộc "
            "thẩm quyền của xã") in text
    assert text.endswith(signatures("Hoàng Thị Lan"))


def test_the_apology_mau_04(counter, tmp_path):
    db, h = counter
    with transaction(db.sessions, write=False) as s:
        text = text_of(write_dossier_slip(s, h["ids"][0], "04", tmp_path))
    assert "ỦY BAN NHÂN DÂN XÃ THƯỢNG TÍN" in text
    assert "Số: ……/PXL Thượng Tín, ngày 12 tháng 3 năm 2026" in text
    assert "Kính gửi: Ông/Bà Nguyễn Thị Hường" in text
    assert ("Ngày 02 tháng 3 năm 2026, Trung tâm Phục vụ hành chính công xã Thượng Tín tiếp nhận giải quyết hồ "
            "sơ đề nghị giải quyết thủ tục hành chính Đăng ký thường trú của Ông/Bà Nguyễn Thị Hường; số định "
            "danh: 001185012345") in text
    # The promised date is the one in force on the day of the apology (after the pause), the new one after it.
    assert "Thời gian hẹn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 13 tháng 3 năm 2026." in text
    assert "Lý do: Chờ xác minh của Công an tỉnh" in text
    assert "sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào ngày 20 tháng 3 năm 2026." in text
    assert "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Ký và ghi rõ họ tên) Lê Quang Hưng" in text


def test_the_stop_mau_05(counter, tmp_path):
    db, h = counter
    with transaction(db.sessions, write=False) as s:
        text = text_of(write_dossier_slip(s, h["ids"][0], "05", tmp_path))
    assert "Số: ……/TB-TTPVHCC Thượng Tín, ngày 16 tháng 3 năm 2026" in text
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ Kính gửi: Ông/Bà Nguyễn Thị Hường" in text
    assert "Vào 15 giờ 00 phút, ngày 16 tháng 3 năm 2026, Ông/Bà đề nghị dừng giải quyết hồ sơ nêu trên." in text
    assert "Lý do: Người nộp đề nghị dừng để bổ sung sau" in text
    assert "thông báo dừng giải quyết hồ sơ nêu trên kể từ ngày 16 tháng 3 năm 2026." in text
    assert "số tiền hoàn trả cho Ông/Bà: 20.000 đồng." in text


def test_the_process_control_mau_06(counter, tmp_path):
    db, h = counter
    with transaction(db.sessions, write=False) as s:
        data = slip_data_for(s, h["ids"][0], "control")
        text = text_of(write_dossier_slip(s, h["ids"][0], "06", tmp_path))
    rows = [(r.giver_unit, r.receiver_unit, r.giver, r.receiver, r.at, r.result) for r in data.handovers]
    unit, counter_unit = "Văn phòng HĐND và UBND", "Bộ phận TN&TKQ"
    assert rows == [
        ("Người nộp hồ sơ", counter_unit, "Nguyễn Thị Hường", CLERK, datetime(2026, 3, 2, 9, 30), ""),
        (counter_unit, unit, CLERK, "Lê Văn Tâm", datetime(2026, 3, 3, 8, 0), "Trước hạn"),
        (unit, counter_unit, "Lê Văn Tâm", CLERK, datetime(2026, 3, 3, 14, 0), "Trước hạn"),
        (counter_unit, unit, CLERK, "Lê Văn Tâm", datetime(2026, 3, 5, 9, 0), "Trước hạn"),
        (unit, counter_unit, "Lê Văn Tâm", CLERK, datetime(2026, 3, 12, 8, 0), "Trước hạn"),
        # stopped on 16 March, after the due date in force (13 March)
        (unit, counter_unit, "Lê Văn Tâm", CLERK, datetime(2026, 3, 16, 15, 0), "Quá hạn"),
    ]
    assert "Số: ……/PKS-TTPVHCC Thượng Tín, ngày 02 tháng 3 năm 2026" in text
    assert "Cơ quan (bộ phận) giải quyết hồ sơ: Văn phòng HĐND và UBND" in text
    assert "Ngày nhận: 09 giờ 30 phút, ngày 02 tháng 3 năm 2026" in text
    assert "Hẹn trả kết quả vào 16 giờ 00 phút, ngày 11 tháng 3 năm 2026." in text
    assert "1. Giao: Bộ phận TN&TKQ 2. Nhận: Văn phòng HĐND và UBND" in text
    assert "08 giờ 00 phút, ngày 03/03/2026 Người giao: Đặng Văn Đức Người nhận: Lê Văn Tâm Trước hạn" in text
    assert f"Yêu cầu bổ sung: {h['checklist'][1]}" in text
    assert "Xin lỗi, hẹn lại: hẹn trả ngày 20/03/2026" in text
    assert "Quá hạn Dừng giải quyết theo đề nghị: Người nộp đề nghị dừng để bổ sung sau" in text


def test_the_forms_a_dossier_has(counter):
    db, h = counter
    with transaction(db.sessions, write=False) as s:
        assert available_slips(s.get(Dossier, h["ids"][0])) == ["receipt", "supplement", "apology", "stop", "control"]
        with pytest.raises(ValidationError) as err:
            slip_data_for(s, h["ids"][0], "03")  # refusal is at the counter only
        assert err.value.code == "slip.not_available"
        with pytest.raises(ValidationError):
            slip_data_for(s, h["ids"][0], "08")


def test_the_tracking_book_mau_07(counter, tmp_path):
    db, h = counter
    with transaction(db.sessions) as s:
        proc = find_procedure(s, "Chứng thực bản sao từ bản chính")
        c = intake(s, procedure_id=proc.id, received_at=datetime(2026, 3, 5, 10, 0), applicant=Applicant("Vũ Thị Mai"),
                   user=CLERK, now=datetime(2026, 3, 5, 10, 1))
        transition(s, c.id, "return", on=datetime(2026, 3, 5, 11, 0), user=CLERK)
        a_code, b_code, c_code = (s.get(Dossier, i).code for i in (*h["ids"], c.id))
    with transaction(db.sessions, write=False) as s:
        book = write_book(s, Period.month(2026, 3), pdf=tmp_path / "so.pdf", xlsx=tmp_path / "so.xlsx",
                          today=date(2026, 4, 1))
        april = book_of(s, Period.month(2026, 4), today=date(2026, 4, 1))
    assert [x.code for x in book.lines] == [a_code, b_code, c_code]
    assert [x.number for x in book.lines] == [1, 2, 3] and april.lines == []
    text = text_of(tmp_path / "so.pdf")
    assert "Số: ……/STD-TTPVHCC Thượng Tín, ngày 31 tháng 3 năm 2026 SỔ THEO DÕI HỒ SƠ" in text
    assert "Từ ngày 01/03/2026 đến ngày 31/03/2026" in text
    assert ("STT Mã hồ sơ Tên TTHC Tên tổ chức, cá nhân Địa chỉ/SĐT Cơ quan chủ trì giải quyết Nhận và trả kết "
            "quả Ghi chú Nhận hồ sơ Hẹn trả kết quả Trả kết quả Phương thức nhận kết quả Ký nhận") in text
    assert f"1 {a_code} Đăng ký thường trú Nguyễn Thị Hường Thôn Nhị Khê; 0912345678 Văn phòng HĐND và UBND" in text
    assert "09:30 02/03/2026 16:00 11/03/2026 16/03/2026 Trực tiếp" in text
    assert "Yêu cầu bổ sung; Xin lỗi, hẹn lại 20/03/2026; Dừng giải quyết (Mẫu 05)" in text
    assert f"2 {b_code} Đăng ký khai sinh Hoàng Thị Lan" in text
    assert "Từ chối tiếp nhận (Mẫu 03): Thủ tục không thuộc thẩm quyền của xã" in text
    assert f"3 {c_code} Chứng thực bản sao từ bản chính Vũ Thị Mai" in text
    assert "10:00 05/03/2026 16:00 05/03/2026 05/03/2026" in text
    assert PdfReader(str(tmp_path / "so.pdf")).pages[0].mediabox.width > PdfReader(
        str(tmp_path / "so.pdf")).pages[0].mediabox.height  # landscape

    import openpyxl

    ws = openpyxl.load_workbook(tmp_path / "so.xlsx").active
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=10, max_row=12)]
    assert [r[:2] for r in rows] == [[1, a_code], [2, b_code], [3, c_code]]
    assert rows[0][6] == datetime(2026, 3, 2, 9, 30) and rows[0][7] == datetime(2026, 3, 11, 16, 0)
    assert rows[0][8] == datetime(2026, 3, 16) and rows[1][7] is None and "Từ chối tiếp nhận" in rows[1][11]
    # A reprint (later, on another day) gives the same bytes, the PDF and the workbook alike.
    import time

    time.sleep(1.1)
    with transaction(db.sessions, write=False) as s:
        write_book(s, Period.month(2026, 3), pdf=tmp_path / "so2.pdf", xlsx=tmp_path / "so2.xlsx",
                   today=date(2026, 4, 1))
    assert (tmp_path / "so2.xlsx").read_bytes() == (tmp_path / "so.xlsx").read_bytes()
    assert (tmp_path / "so2.pdf").read_bytes() == (tmp_path / "so.pdf").read_bytes()


def test_a_form_is_dated_by_its_event_not_by_today(counter, tmp_path):
    """Whatever the day it is printed: the events are in March 2026, and a form never reads the clock."""
    db, h = counter
    with transaction(db.sessions, write=False) as s:
        days = {kind: slip_data_for(s, h["ids"][0], kind).issued_on
                for kind in ("receipt", "supplement", "apology", "stop", "control")}
        days["refusal"] = slip_data_for(s, h["ids"][1], "refusal").issued_on
    assert days == {"receipt": date(2026, 3, 2), "supplement": date(2026, 3, 3), "apology": date(2026, 3, 12),
                    "stop": date(2026, 3, 16), "control": date(2026, 3, 2), "refusal": date(2026, 3, 4)}


def test_the_second_supplement_request_prints_its_own_form(db, tmp_path):
    with transaction(db.sessions) as s:
        proc = find_procedure(s, "Đăng ký thường trú")
        d = intake(s, procedure_id=proc.id, received_at=datetime(2026, 3, 2, 9, 30), applicant=Applicant("An"),
                   now=datetime(2026, 3, 2, 9, 31))
        transition(s, d.id, "request_supplement", on=date(2026, 3, 3), note="Lần đầu", items="Giấy A")
        transition(s, d.id, "supply", on=date(2026, 3, 4))
        transition(s, d.id, "request_supplement", on=date(2026, 3, 5), note="Lần hai", items="Giấy B\nGiấy C",
                   second_time="Giấy A bị tẩy xóa")
        first = text_of(write_slip_file(s, d.id, "02", tmp_path / "1.pdf", nth=1))
        last = text_of(write_slip_file(s, d.id, "02", tmp_path / "2.pdf"))
    assert "ngày 03 tháng 3 năm 2026" in first and "1. Giấy A Lý do: Lần đầu" in first
    assert "ngày 05 tháng 3 năm 2026" in last and "1. Giấy B 2. Giấy C Lý do: Lần hai" in last


def test_the_receipt_carries_its_code_as_a_qr_code():
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    from core.exports.pdf.layout import FRAME_WIDTH, styles
    from core.exports.pdf.slips import SlipData, slip_story

    story = slip_story("receipt", SlipData(commune_name="Thượng Tín", code="HS-260302-0001"), styles(), FRAME_WIDTH)
    drawings = [cell for row in story[1]._cellvalues for cell in row if isinstance(cell, Drawing)]
    assert len(drawings) == 1
    (widget,) = [x for x in drawings[0].contents if isinstance(x, QrCodeWidget)]
    assert widget.value == "HS-260302-0001"


def test_the_books_notes_never_go_alone_onto_a_page(tmp_path):
    """Whatever the number of lines, the last page of Mẫu 07 holds a line of the table with the notes."""
    from core.book import Book, BookLine
    from core.exports.pdf.book import write_book_pdf

    def line(n):
        return BookLine(n, 1, 2026, f"HS-261102-{n:04d}", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Nguyễn Văn An",
                        "Thôn Đồng, xã Thượng Tín; 0912345678", "UBND xã Thượng Tín", datetime(2026, 11, 2, 9, 15),
                        datetime(2026, 11, 20, 16, 0), date(2026, 11, 19), "Trực tiếp",
                        "Yêu cầu bổ sung 2 lần; Xin lỗi, hẹn lại 25/11/2026", "returned")

    for n in range(4, 16):
        book = Book("Thượng Tín", "xã", "Thượng Tín", Period.month(2026, 11), None, [line(i) for i in range(1, n + 1)],
                    date(2026, 11, 30))
        pages = PdfReader(str(write_book_pdf(book, tmp_path / f"book-{n}.pdf"))).pages
        last = pages[-1].extract_text()
        assert "Ghi chú:" in last and f"HS-261102-{n:04d}" in last, (n, len(pages))
