"""The import parses and folds each repeated spelling once (issue 8): the shortcuts must not change
what is read, what is refused, or the search key written."""
from datetime import date

from sqlalchemy import select

from core.db import transaction
from core.dossiers import search_key
from core.imports import ImportFailed, run_import
from core.imports.reader import Column, find_header, parse_rows, text
from core.models import Dossier

HEADER = ["STT", "Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Kênh nộp", "Ngày tiếp nhận", "Hạn trả",
          "Ngày trả kết quả", "Cán bộ xử lý", "Trạng thái"]


def write_csv(path, rows):
    lines = [",".join(HEADER)] + [",".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_text_cells():
    assert text("  Nguyễn  Văn An ") == "Nguyễn  Văn An"
    assert text("Nguye\u0302\u0303n") == "Nguyễn"
    assert text("   ") is None and text("") is None and text(None) is None
    assert text(123.0) == "123" and text(date(2025, 7, 1)) == "01/07/2025"


def test_short_blank_and_numbered_only_rows():
    columns = [Column("code", ("Mã hồ sơ",), required=True), Column("name", ("Người nộp",)),
               Column("no", ("STT",), ignored=True)]
    rows = iter([(1, ["STT", "Mã hồ sơ", "Người nộp"]), (2, [1, "A-1"]), (3, [2, "", ""]), (4, []),
                 (5, [3, "  ", "Bình"]), (6, [4, "A-2", " Chi "])])
    header, rest = find_header(rows, columns)
    errors = []
    parsed = list(parse_rows(rest, header, errors))
    assert parsed == [(2, {"code": "A-1", "name": None}), (6, {"code": "A-2", "name": "Chi"})]
    assert [(e.row, e.column, e.message) for e in errors] == [(5, "Mã hồ sơ", "is required")]


def test_repeated_bad_labels_are_reported_on_every_row(db, tmp_path):
    rows = [[str(i), f"K-{i}", "Đăng ký khai sinh", "Hộ tịch", "An", "Fax", "01/07/2025", "02/07/2025", "", "",
             "Xong rồi"] for i in (1, 2)]
    try:
        run_import("dossiers", db, write_csv(tmp_path / "bad.csv", rows))
    except ImportFailed as exc:
        messages = [(e.row, e.column) for e in exc.errors]
    assert messages == [(2, "Kênh nộp"), (2, "Trạng thái"), (3, "Kênh nộp"), (3, "Trạng thái")]


def test_search_key_and_labels_as_written_one_by_one(db, tmp_path):
    rows = [[str(i), f"K-{i}", proc, "Hộ tịch", who, channel, "01/07/2025", "03/07/2025", done, "", status]
            for i, (proc, who, channel, done, status) in enumerate([
                ("Đăng ký khai sinh", "Nguyễn Văn An", "Trực tuyến", "", ""),
                ("ĐĂNG KÝ KHAI SINH", "", "truc tuyen", "02/07/2025", "Đã trả"),
                ("Đăng ký khai sinh", "Trần Thị Bình", "Bưu chính", "", "Đang xử lý"),
                ("Thủ tục mới lạ", "Lê Văn Cường", "", "03/07/2025", "đã trả")], start=1)]
    result = run_import("dossiers", db, write_csv(tmp_path / "ok.csv", rows))
    assert result.inserted == 4
    with transaction(db.sessions, write=False) as s:
        got = {d.code: d for d in s.scalars(select(Dossier))}
    for row in rows:  # the procedure's name as written in the row, folded
        assert got[row[1]].search_key == search_key(row[1], row[4] or None, row[2])
    assert [got[f"K-{i}"].channel for i in (1, 2, 3, 4)] == ["online", "online", "postal", "direct"]
    assert [got[f"K-{i}"].status for i in (1, 2, 3, 4)] == ["in_progress", "returned", "in_progress", "returned"]
    assert got["K-2"].search_key == "k-2 dang ky khai sinh"
