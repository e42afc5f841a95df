"""Files from outside that must not kill the process or slip past the rules: a sheet declaring (or
hiding) a cell at XFD1048576, a truncated workbook, a hidden first sheet, CSVs in the encodings
Excel writes in Vietnam, and a CSV cell too large for the csv module's default limit."""
from __future__ import annotations

import re
import shutil
import zipfile

import openpyxl
import pytest
from sqlalchemy import func, select

from core.db import transaction
from core.imports import ImportFailed, run_import
from core.imports import untrusted
from core.models import Dossier

HEADER = ["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Kênh nộp", "Ngày tiếp nhận", "Hạn trả",
          "Ngày trả kết quả", "Cán bộ xử lý", "Trạng thái"]
ROW = ["H-1", "Đăng ký khai sinh", "Hộ tịch", "Nguyễn Thị Ánh", "Trực tiếp", "01/07/2025", None, None, None, None]


def count(db):
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(Dossier))


def refused(db, path) -> str:
    before = count(db)
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", db, path)
    assert count(db) == before
    return str(err.value)


def register(path, rows=(ROW,)):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _rewrite_part(path, part, change):
    """Rewrite the zip member `part` of `path` through `change(xml_text) -> xml_text`."""
    out = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                data = change(data.decode()).encode()
            dst.writestr(info, data)
    shutil.move(out, path)


def test_a_sheet_declaring_a_cell_at_xfd1048576_is_refused_before_loading(db, tmp_path):
    path = register(tmp_path / "bomb.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["XFD1048576"] = "x"
    wb.save(path)
    message = refused(db, path)
    assert "bomb.xlsx" in message and "1,048,576 rows" in message and "nothing was imported" in message


def test_a_sheet_hiding_its_size_ends_the_reader_not_the_process(db, tmp_path):
    """The dimension says A1:J2, the cells say XFD1048576: calamine asks for 512 GB at once. The child
    reading it dies; the import is refused with a message, this process lives on."""
    path = register(tmp_path / "liar.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["XFD1048576"] = "x"
    wb.save(path)
    _rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:J2"', xml))
    message = refused(db, path)
    assert "liar.xlsx" in message and "nothing was imported" in message
    # and the next import still works
    assert run_import("dossiers", db, register(tmp_path / "ok.xlsx")).inserted == 1


def test_a_truncated_workbook_is_named_and_refused(db, tmp_path):
    whole = register(tmp_path / "whole.xlsx", [ROW] * 50)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    message = refused(db, cut)
    assert message.startswith("cut.xlsx: the workbook is damaged or incomplete")


def test_the_hidden_first_sheet_is_skipped(db, tmp_path):
    wb = openpyxl.Workbook()
    old = wb.active
    old.title = "Cũ"
    old.append(HEADER)
    old.append(["OLD-1", *ROW[1:]])
    old.sheet_state = "hidden"
    ws = wb.create_sheet("Tháng 7")
    ws.append(HEADER)
    ws.append(ROW)
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    assert run_import("dossiers", db, path).inserted == 1
    with transaction(db.sessions, write=False) as s:
        assert s.scalars(select(Dossier.code)).all() == ["H-1"]


def test_a_workbook_of_hidden_sheets_only_is_refused(db, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    wb.create_sheet("B").append(HEADER)
    wb["B"].sheet_state = "veryHidden"
    path = tmp_path / "all-hidden.xlsx"
    wb.save(path)  # openpyxl keeps one sheet visible: hide it in the file itself
    _rewrite_part(path, "xl/workbook.xml", lambda xml: xml.replace('state="visible" r:id="rId1"', 'state="hidden" r:id="rId1"'))
    assert "every sheet is hidden" in refused(db, path)


CSV_TEXT = ("Mã hồ sơ;Thủ tục;Lĩnh vực;Người nộp;Kênh nộp;Ngày tiếp nhận\r\n"
            "C-1;Đăng ký khai sinh;Hộ tịch;Nguyễn Thị Ánh;Trực tuyến;01/07/2025\r\n"
            "C-2;Đăng ký khai tử;Hộ tịch;Trần Văn Đức;;02/07/2025\r\n")


TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def as_cp1258(text: str) -> bytes:
    """`text` as Excel writes it in Windows-1258: the letters with their shape (â, ơ, ư, đ…)
    precomposed, the tone marks as combining characters after them."""
    import unicodedata

    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding", ["cp1258", "utf-16", "utf-8", "utf-8-sig"])
def test_csv_in_the_encodings_excel_writes(db, tmp_path, encoding):
    path = tmp_path / f"hs-{encoding}.csv"
    if encoding == "cp1258":
        data = as_cp1258(CSV_TEXT)
        assert re.search(rb"[\xcc\xec\xd2\xde\xf2]", data)  # combining tone marks in 1258's bytes
        path.write_bytes(data)
    else:
        path.write_text(CSV_TEXT, encoding=encoding, newline="")
    assert run_import("dossiers", db, path).inserted == 2
    with transaction(db.sessions, write=False) as s:
        names = s.scalars(select(Dossier.applicant_name).order_by(Dossier.code)).all()
    assert names == ["Nguyễn Thị Ánh", "Trần Văn Đức"]  # NFC, as typed at the counter


def test_detected_encodings():
    assert untrusted.windows_code_page("Nguye\u0303n".encode("cp1258")) == "cp1258"
    assert untrusted.windows_code_page("Café Škoda".encode("cp1252")) == "cp1252"


def test_a_csv_in_no_encoding_we_read_is_refused_by_name(db, tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\xff\xfe\x00\xd8" + bytes(range(256)) * 4)  # a UTF-16 BOM, then an unpaired surrogate
    assert "binary.csv: not text in UTF-8, UTF-16" in refused(db, path)


def test_an_oversize_csv_cell_is_named_by_its_row(db, tmp_path):
    path = tmp_path / "big.csv"
    big = "A" * (200 * 1024)  # over the csv module's default 128 KiB field limit
    path.write_text("Mã hồ sơ;Thủ tục;Lĩnh vực;Người nộp;Ngày tiếp nhận\n"
                    "C-1;Đăng ký khai sinh;Hộ tịch;B;01/07/2025\n"
                    f"C-2;Đăng ký khai sinh;Hộ tịch;{big};01/07/2025\n", encoding="utf-8")
    message = refused(db, path)
    assert message.startswith("row 3, Người nộp:")


def test_an_overlong_csv_line_is_named_by_its_row(db, tmp_path, monkeypatch):
    monkeypatch.setattr(untrusted, "MAX_LINE", 1000)
    path = tmp_path / "line.csv"
    path.write_text("Mã hồ sơ;Thủ tục;Lĩnh vực;Ngày tiếp nhận\n"
                    "C-1;Đăng ký khai sinh;Hộ tịch;01/07/2025\n"
                    f"C-2;{'x' * 5000};Hộ tịch;01/07/2025\n"
                    "C-3;Đăng ký khai sinh;Hộ tịch;01/07/2025\n", encoding="utf-8")
    message = refused(db, path)
    assert message == "row 3: the line is longer than 1,000 characters"


@pytest.mark.parametrize("ending", ["\n", ""])
def test_a_quote_never_closed_is_named_by_its_row_and_nothing_is_imported(db, tmp_path, ending):
    path = tmp_path / "quote.csv"
    path.write_text("Mã hồ sơ;Thủ tục;Lĩnh vực;Người nộp;Ngày tiếp nhận\n"
                    "C-1;Đăng ký khai sinh;Hộ tịch;B;01/07/2025\n"
                    "C-2;Đăng ký khai sinh;Hộ tịch;\"Trần Văn;01/07/2025\n"
                    f"C-3;Đăng ký khai sinh;Hộ tịch;D;01/07/2025{ending}", encoding="utf-8")
    assert refused(db, path) == "row 3: a quote (\") opened in this row is never closed"


def test_a_last_line_without_its_line_break_is_read(db, tmp_path):
    path = tmp_path / "last.csv"
    path.write_text("Mã hồ sơ;Thủ tục;Lĩnh vực;Người nộp;Ngày tiếp nhận\n"
                    "C-1;Đăng ký khai sinh;Hộ tịch;\"Trần; Văn\";01/07/2025", encoding="utf-8")
    assert run_import("dossiers", db, path).inserted == 1


@pytest.mark.parametrize("kind", ["dossiers", "equipment"])
def test_a_header_too_wide_to_read_is_named_not_called_missing(db, tmp_path, monkeypatch, kind):
    """A header row the reader refuses (too many cells, an over-long line) is the reason the file has
    no header: said at its row, not "no header row found"."""
    path = tmp_path / "wide.csv"
    names = ["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận"] if kind == "dossiers" else \
        ["Hạng mục", "Nhóm", "Cần bổ sung"]
    path.write_text("SỔ THEO DÕI\n" + ",".join(names + ["x"] * 17_000) + "\nA,B,C,01/07/2025\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import(kind, db, path)
    assert str(exc.value) == f"row 2: the row has {len(names) + 17_000:,} cells, more than 16,384"
    assert count(db) == 0


def test_a_place_of_invisible_characters_only_is_a_blank_cell(db, tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text('"Thôn, địa điểm",Loại\n\u200b\u2060,Mất sóng\n', encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("sites", db, path)
    assert str(exc.value) == "row 2, Thôn, địa điểm: is required"


def test_thousands_of_unread_columns_are_counted_not_listed(db, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận"] + [f"X{i}" for i in range(5000)])
                    + "\nW-1,Đăng ký khai sinh,Hộ tịch,01/07/2025\n", encoding="utf-8")
    result = run_import("dossiers", db, path)
    assert result.unread_columns == tuple(f"X{i}" for i in range(10)) + ("… (+4990)",)
