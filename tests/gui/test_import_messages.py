"""A refused import speaks the window's language: core gives its problems as codes (the command line
prints them in English); every problem core finds in real bad files of every register is worded in
Vietnamese by gui.messages, in the dossier page's table of rows as in the other pages."""
from __future__ import annotations

import re

import pytest

from core.imports import ImportFailed, load_importers, run_import
from core.messages import CATALOGUE, fields_of
from gui.messages import import_error_text, problem_text
from gui.ops import RowErrorsDialog
from tests.gui.helpers import visible

# Words only core's English uses: a worded message has none of them left.
ENGLISH = re.compile(r"\b(is|not|the|a|an|row|rows|file|appears|before|after|required|missing|column|needs)\b")

BAD_FILES = {
    "dossiers": [
        "Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Kênh nộp,Ngày tiếp nhận,Hạn trả,Ngày trả kết quả,Trạng thái,"
        "Ngày yêu cầu bổ sung",
        "A-1,Đăng ký khai sinh,Hộ tịch,An,Trực tiếp,31/02/2026,,,,",
        "A-2,Đăng ký khai sinh,Hộ tịch,Bình,Fax,02/03/2026,,,,",
        "A-3,Đăng ký khai sinh,Hộ tịch,Chi,Trực tiếp,02/03/2026,,,Xong rồi,",
        "A-4,Đăng ký khai sinh,Hộ tịch,Dũng,Trực tiếp,02/03/2026,,,Đã trả,",
        "A-5,Đăng ký khai sinh,Hộ tịch,Giang,Trực tiếp,02/03/2026,,05/03/2026,Đang xử lý,",
        "A-6,Đăng ký khai sinh,Hộ tịch,Hà,Trực tiếp,02/03/2026,,01/03/2026,Đã trả,",
        "A-6,Đăng ký khai sinh,Hộ tịch,Hà,Trực tiếp,02/03/2026,,,,",
        "A-7,Thủ tục chưa có trong danh mục,Khác,Khánh,Trực tiếp,02/03/2026,,,,",
        "A-8,Đăng ký khai sinh,Hộ tịch,Lan,Trực tiếp,02/03/2026,01/03/2026,,,",
        "A-9,Đăng ký khai sinh,Hộ tịch,Minh,Trực tiếp,02/03/2026,,,Chờ bổ sung,01/03/2026",
        "A-10,Đăng ký khai sinh,Hộ tịch,Nam,Trực tiếp,,,,,",
        "A-11,Đăng ký khai sinh,Hộ tịch,Oanh,Trực tiếp,02/03/2026,,05/03/2026,Từ chối tiếp nhận,",
    ],
    "staff": [
        "Họ và tên,Mã cán bộ,Ngày sinh,Giới tính,Loại,Đơn vị,Nguồn,Ngày nhận nhiệm vụ",
        "Nguyễn Văn An,CB1,1985,Nam,Công chức,Văn phòng HĐND và UBND,Tuyển mới,01/07/2025",
        "Trần Thị Bình,CB2,01/01/1990,Không rõ,Công chức,Văn phòng HĐND và UBND,Tuyển mới,01/07/2025",
        "Lê Văn Chi,CB3,01/01/1990,Nam,Tạm tuyển,Văn phòng HĐND và UBND,Tuyển mới,01/07/2025",
        "Phạm Văn Dũng,CB4,01/01/1990,Nam,Công chức,Văn phòng HĐND và UBND,Từ trên trời,01/07/2025",
        "Hoàng Văn Em,CB4,01/01/1990,Nam,Công chức,Văn phòng HĐND và UBND,Tuyển mới,01/07/2099",
    ],
    "staffing": [
        "Đơn vị,Chuyên môn,Định biên",
        "Văn phòng HĐND và UBND,Công nghệ thông tin,-1",
        "Văn phòng HĐND và UBND,Kế toán,hai",
        "Văn phòng HĐND và UBND,Kế toán,2",
    ],
    "equipment": [
        "Hạng mục,Nhóm,Cần bổ sung,Đơn giá dự kiến,Mức ưu tiên,Trạng thái",
        "Máy tính,Bàn ghế,2,15.000.000,Cao,Đề xuất",
        "Máy in,Thiết bị CNTT,-2,5.000.000,Cao,Đề xuất",
        "Xe ô tô,Phương tiện,1,nhiều tiền,Cao,Đề xuất",
        "Máy chiếu,Thiết bị CNTT,1,9.000.000,Gấp lắm,Đề xuất",
        "Máy phát điện,Điện,1,9.000.000,Cao,Đang chờ",
    ],
    "recommendations": [
        "Nội dung,Lĩnh vực,Ngày nêu,Trạng thái,Trả lời,Ngày trả lời",
        "Thiếu cán bộ CNTT,Con người,01/03/2026,Mới,,",
        "Thiếu máy tính,Cơ sở vật chất,31/02/2026,Mới,,",
        "Đường truyền yếu,CNTT - Chuyển đổi số,01/03/2026,Chờ mãi,,",
        "Phân cấp chưa rõ,Phân cấp - Ủy quyền,10/03/2026,Đã trả lời,Đã có hướng dẫn,01/03/2026",
    ],
    "tasks": [
        "Nhiệm vụ,Người chủ trì,Thời hạn,Trách nhiệm,Sản phẩm,Cấp giao,Ngày giao,Mức ưu tiên,Trạng thái,"
        "Tiến độ (%),Tháng kế hoạch",
        "Rà soát hồ sơ tồn,Người không có,30/11/2026,Chủ trì,Báo cáo,Chủ tịch UBND,01/11/2026,Cao,Đang thực hiện,"
        "150,13/2026",
        "Cập nhật danh mục,Người không có,01/10/2026,Làm hết,Danh mục,Chủ tịch UBND,01/11/2026,Rất gấp,Lạ,10,11/2026",
    ],
    "sites": [
        "Thôn,Loại,Từ ngày,Số hộ bị ảnh hưởng,Trạng thái,Ngày khắc phục",
        "Thôn Nà Pồng,Lũ quét,01/03/2026,5,,",
        "Thôn Hạ,Không có điện,01/03/2099,5,,",
        "Thôn Đông,Giao thông,10/03/2026,,Đã khắc phục,01/03/2026",
        "Thôn Đoài,Giao thông,,,Chưa khắc phục,01/03/2026",
        "Thôn Mới,Khác,,-3,,",
    ],
    "training": [
        "Khóa học,Chủ đề,Từ ngày,Đến ngày,Số giờ,Hình thức,Họ và tên,Kết quả",
        "Chuyển đổi số,Linh tinh,10/03/2026,05/03/2026,8,Qua thư,Người không có,Giỏi quá",
        "Kỹ năng số,,10/03/2026,12/03/2026,mười,,Nguyễn Văn An,Đạt",
    ],
}


# The late-cause column (a row problem of its own file, so that the dossier file above keeps its count).
BAD_CAUSES = [
    "Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Hạn trả,Ngày trả kết quả,Trạng thái,Nguyên nhân quá hạn",
    "A-11,Đăng ký khai sinh,Hộ tịch,02/03/2026,,,,Mưa bão",
    "A-12,Đăng ký khai sinh,Hộ tịch,02/03/2026,30/03/2026,03/03/2026,Đã trả,Lỗi hệ thống",
]


@pytest.fixture
def database(tmp_path):
    from tests.template_db import new_sqlite

    db = new_sqlite(tmp_path / "x.sqlite")
    yield db
    db.close()


def refused(db, kind: str, path) -> ImportFailed:
    load_importers()
    with pytest.raises(ImportFailed) as caught:
        run_import(kind, db, str(path))
    return caught.value


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_every_problem_core_finds_is_worded(database, tmp_path, kind):
    path = tmp_path / f"{kind}.csv"
    path.write_text("\n".join(BAD_FILES[kind]) + "\n", encoding="utf-8")
    exc = refused(database, kind, path)
    assert len(exc.errors) >= 2
    for e in exc.errors:
        worded = problem_text(e)
        assert worded != e.message and not ENGLISH.search(worded.replace(path.name, "")), e.message
    text = import_error_text(exc)
    assert text.startswith(f"Tệp có {len(exc.errors)} lỗi, không có dòng nào được nhập. Lỗi đầu tiên: Dòng ")


def test_late_cause_problems_are_worded(database, tmp_path):
    path = tmp_path / "nguyen-nhan.csv"
    path.write_text("\n".join(BAD_CAUSES) + "\n", encoding="utf-8")
    exc = refused(database, "dossiers", path)
    assert [e.code for e in exc.errors] == ["import.not_late_cause", "dossier.cause_not_late"]
    for e in exc.errors:
        worded = problem_text(e)
        assert e.code in CATALOGUE and set(e.params) == set(fields_of(CATALOGUE[e.code].vi)), e
        assert worded != e.message and not ENGLISH.search(worded.replace(path.name, "")), e.message


def test_refused_files_are_worded(database, tmp_path):
    picture = tmp_path / "anh.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    empty = tmp_path / "rong.csv"
    empty.write_bytes(b"")
    titles = tmp_path / "tieu-de.csv"
    titles.write_text("Sổ theo dõi\nkhông có gì\n", encoding="utf-8")
    no_rows = tmp_path / "khong-dong.csv"
    no_rows.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận\n", encoding="utf-8")
    missing = tmp_path / "thieu-cot.csv"
    missing.write_text("Mã hồ sơ,Thủ tục\nA-1,Đăng ký khai sinh\n", encoding="utf-8")
    paper = tmp_path / "cong-van.pdf"
    paper.write_bytes(b"%PDF-1.4\n")
    expected = {picture: "anh.xlsx: không đọc được bảng tính",
                paper: "cong-van.pdf: không phải bảng tính (.xlsx, .xls, .ods hoặc .csv)",
                empty: "rong.csv: tệp trống",
                titles: "không tìm thấy dòng tiêu đề: tệp cần một dòng có các cột",
                no_rows: "khong-dong.csv: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng 1)",
                missing: "Dòng 1: thiếu cột bắt buộc 'Lĩnh vực', 'Ngày tiếp nhận'"}
    for path, words in expected.items():
        assert import_error_text(refused(database, "dossiers", path)).startswith(words), path


def test_every_problem_of_the_bad_files_is_a_code_with_its_parameters(database, tmp_path):
    """What core finds in the bad files is catalogued, each with the parameters its texts use (the
    catalogue's own test checks that both texts use the same)."""
    for kind, lines in BAD_FILES.items():
        path = tmp_path / f"{kind}.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for e in refused(database, kind, path).errors:
            assert e.code in CATALOGUE and set(e.params) == set(fields_of(CATALOGUE[e.code].vi)), e


def test_the_dossier_page_lists_the_rows_in_vietnamese(qtbot, database, tmp_path):
    from gui.context import AppContext
    from gui.pages.dossiers import DossiersPage

    page = DossiersPage(AppContext(database, user="canbo1"))
    qtbot.addWidget(page)
    path = tmp_path / "ho-so.csv"
    path.write_text("\n".join(BAD_FILES["dossiers"]) + "\n", encoding="utf-8")
    op = page.import_file(str(path))
    qtbot.waitUntil(lambda: op.error is not None, timeout=20000)
    dialog = visible(page, RowErrorsDialog)[0]
    cells = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()): dialog.table.item(r, 2).text()
             for r in range(dialog.table.rowCount())}
    assert cells[("2", "Ngày tiếp nhận")] == "'31/02/2026' không phải là ngày"
    assert cells[("3", "Kênh nộp")] == "'Fax' không phải kênh nộp (Trực tuyến, Trực tiếp, Bưu chính)"
    assert cells[("5", "Trạng thái")] == "'Đã trả' là trạng thái đã kết thúc nhưng cột 'Ngày trả kết quả' để trống"
    assert cells[("7", "Ngày trả kết quả")] == "trước ngày tiếp nhận"
    assert cells[("8", "Mã hồ sơ")] == "'A-6' lặp lại trong tệp (đã có ở dòng 7)"
    assert cells[("12", "Ngày tiếp nhận")] == "bắt buộc nhập"
    assert cells[("13", "Ngày trả kết quả")] == ("có ngày trả kết quả nhưng hồ sơ 'Từ chối tiếp nhận' không được "
                                                 "tiếp nhận nên không có ngày trả")
    assert all(not ENGLISH.search(text) for text in cells.values()), cells
    assert op.error.startswith("Tệp có ")

    picture = tmp_path / "anh.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    op = page.import_file(str(picture))
    qtbot.waitUntil(lambda: op.error is not None, timeout=20000)
    assert op.error == "anh.xlsx: không đọc được bảng tính"


def test_in_english_the_problems_read_as_core_wrote_them(qtbot, database, tmp_path):
    from gui import i18n

    path = tmp_path / "ho-so.csv"
    path.write_text("\n".join(BAD_FILES["dossiers"]) + "\n", encoding="utf-8")
    exc = refused(database, "dossiers", path)
    vietnamese = [problem_text(e) for e in exc.errors]
    assert i18n.install("en") == "en"
    try:
        for e, vi in zip(exc.errors, vietnamese):
            en = problem_text(e)
            words = re.sub(r"'[^']*'|\([^)]*\)", "", en)  # without the values and lists quoted from the file
            assert en != vi and words.isascii() and ENGLISH.search(words), en
        assert import_error_text(exc).startswith("The file has 12 errors; no row was imported. The first: Row 2, ")
        dialog = RowErrorsDialog("Import", exc.errors)
        qtbot.addWidget(dialog)
        assert [dialog.table.horizontalHeaderItem(i).text() for i in range(3)] == ["Row", "Column", "Problem"]
    finally:
        i18n.install("vi")


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_in_english_every_register_s_problems_read_as_the_command_line_prints_them(qtbot, database, tmp_path, kind):
    """The window's English is the catalogue's, through Qt's translation: word for word what the
    command line prints for the same bad file."""
    from gui import i18n

    path = tmp_path / f"{kind}.csv"
    path.write_text("\n".join(BAD_FILES[kind]) + "\n", encoding="utf-8")
    exc = refused(database, kind, path)
    assert i18n.install("en") == "en"
    try:
        assert [problem_text(e) for e in exc.errors] == [e.message for e in exc.errors]
    finally:
        i18n.install("vi")
