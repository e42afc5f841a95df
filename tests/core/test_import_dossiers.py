"""`import dossiers`: a real-looking register, every date form, and the failure cases."""
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from core.db import transaction
from core.imports import ImportFailed, run_import
from core.models import Dossier, Procedure
from core.returns import Period, dossier_section

DATA = Path(__file__).resolve().parent.parent / "data"
REGISTER = DATA / "so-theo-doi-ho-so-2025-07.xlsx"
HEADER = ["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Kênh nộp", "Ngày tiếp nhận", "Hạn trả",
          "Ngày trả kết quả", "Cán bộ xử lý", "Trạng thái"]


def write_xlsx(path, rows, header=HEADER, titles=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    for t in titles:
        ws.append([t])
    ws.append(header)
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def renamed_header(source, old: str, new: str, target):
    """A copy of the workbook `source` with its header cell `old` renamed `new`."""
    wb = openpyxl.load_workbook(source)
    for row in wb.active.iter_rows():
        for cell in row:
            if cell.value == old:
                cell.value = new
    wb.save(target)
    return target


def count(db):
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(Dossier))


def fig(**kw):
    base = dict(carried_over=0, received=0, received_online=0, received_direct=0, received_postal=0,
                completed=0, completed_early=0, completed_on_time=0, completed_late=0, pending=0,
                pending_within=0, pending_overdue=0)
    base.update(kw)
    return base


def test_register_with_titles_mixed_dates_and_blank_rows(db):
    result = run_import("dossiers", db, REGISTER)
    assert (result.inserted, result.updated) == (14, 0)
    with transaction(db.sessions, write=False) as s:
        data = dossier_section(s, Period.month(2025, 7))
        d = s.scalar(select(Dossier).where(Dossier.code == "000.00.20.H26-250630-0011"))
        assert d.received_at == datetime(2025, 6, 30, 16, 20) and d.due_date == date(2025, 7, 1)
        assert d.handler_name == "Hà Thị Mai"
        new_proc = s.scalar(select(Procedure).where(Procedure.name == "Đăng ký kinh doanh hộ cá thể"))
        assert new_proc is not None and new_proc.legal_days is None and new_proc.field == "Hộ kinh doanh"
    t = dict(data["total"])
    assert t.pop("on_time_rate") == 71.43
    assert t == fig(carried_over=2, received=10, received_online=3, received_direct=6, received_postal=1,
                    completed=7, completed_early=1, completed_on_time=4, completed_late=2,
                    pending=5, pending_within=2, pending_overdue=3)
    assert data["rejected"] == 1 and data["withdrawn"] == 1
    by = data["by_field"]
    assert set(by) == {"Hộ tịch", "Cư trú", "Hộ kinh doanh", "Chứng thực", "Xây dựng", "Bảo trợ xã hội"}
    ht = dict(by["Hộ tịch"])
    assert ht.pop("on_time_rate") == 66.67
    assert ht == fig(carried_over=1, received=4, received_online=1, received_direct=3, completed=3,
                     completed_on_time=2, completed_late=1, pending=2, pending_within=1, pending_overdue=1)
    assert by["Xây dựng"]["pending_overdue"] == 1 and by["Xây dựng"]["on_time_rate"] is None
    assert by["Bảo trợ xã hội"]["completed_early"] == 1
    assert by["Hộ kinh doanh"]["on_time_rate"] == 0.0


def test_reimport_updates_by_code(db, tmp_path):
    f1 = write_xlsx(tmp_path / "a.xlsx", [("X-1", "Đăng ký khai sinh", "Hộ tịch", "An", "", "01/07/2025",
                                          None, None, None, None)])
    run_import("dossiers", db, f1)
    f2 = write_xlsx(tmp_path / "b.xlsx", [
        ("X-1", "Đăng ký khai sinh", "Hộ tịch", "An", "", "01/07/2025", None, "02/07/2025", None, "Đã trả"),
        ("X-2", "Đăng ký khai sinh", "Hộ tịch", "Bình", "", "01/07/2025", None, None, None, None)])
    result = run_import("dossiers", db, f2)
    assert (result.inserted, result.updated) == (1, 1)
    with transaction(db.sessions, write=False) as s:
        d = s.scalar(select(Dossier).where(Dossier.code == "X-1"))
        assert d.status == "returned" and d.completed_date == date(2025, 7, 2)
    assert count(db) == 2


@pytest.mark.parametrize("value,expected", [
    (datetime(2025, 7, 3, 9, 30), datetime(2025, 7, 3, 9, 30)),
    (date(2025, 7, 3), datetime(2025, 7, 3)),
    ("03/07/2025", datetime(2025, 7, 3)),
    ("3/7/2025", datetime(2025, 7, 3)),
    ("03/07/2025 16:05", datetime(2025, 7, 3, 16, 5)),
    ("2025-07-03", datetime(2025, 7, 3)),
    ("2025-07-03 08:00:00", datetime(2025, 7, 3, 8, 0)),
])
def test_every_date_form(db, tmp_path, value, expected):
    path = write_xlsx(tmp_path / "d.xlsx", [("D-1", "Đăng ký khai sinh", "Hộ tịch", "A", "", value,
                                             None, None, None, None)])
    run_import("dossiers", db, path)
    with transaction(db.sessions, write=False) as s:
        d = s.scalar(select(Dossier).where(Dossier.code == "D-1"))
        assert d.received_at == expected and d.received_date == expected.date()


def test_csv_with_bom_and_semicolons(db, tmp_path):
    path = tmp_path / "hs.csv"
    path.write_text("\ufeffMã hồ sơ;Thủ tục;Lĩnh vực;Kênh nộp;Ngày tiếp nhận;Ngày trả kết quả\n"
                    "C-1;Đăng ký khai sinh;Hộ tịch;Trực tuyến;01/07/2025 10:00;01/07/2025\n"
                    "C-2;Đăng ký khai tử;Hộ tịch;;02/07/2025;\n\n", encoding="utf-8")
    assert run_import("dossiers", db, path).inserted == 2
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(Dossier.channel).where(Dossier.code == "C-1")) == "online"
        assert s.scalar(select(Dossier.status).where(Dossier.code == "C-2")) == "in_progress"


def _refused(db, path):
    before = count(db)
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", db, path)
    assert count(db) == before
    return str(err.value)


def test_impossible_date_refuses_the_whole_file(db, tmp_path):
    good = ("G-%d", "Đăng ký khai sinh", "Hộ tịch", "A", "", "01/07/2025", None, None, None, None)
    rows = [tuple(x % i if isinstance(x, str) and "%d" in x else x for x in good) for i in range(1, 55)]
    rows.append(("BAD-1", "Đăng ký khai sinh", "Hộ tịch", "A", "", "31/02/2025", None, None, None, None))
    path = write_xlsx(tmp_path / "bad.xlsx", rows, titles=("SỔ THEO DÕI", "Tháng 7/2025", ""))
    message = _refused(db, path)
    # 3 title rows + header on row 4: the 55th data row is sheet row 59
    assert message == "row 59, Ngày tiếp nhận: '31/02/2025' is not a date"
    assert count(db) == 0


def test_every_bad_row_is_reported(db, tmp_path):
    rows = [
        ("E-1", "Đăng ký khai sinh", "Hộ tịch", "A", "Fax", "01/07/2025", None, None, None, None),
        ("E-2", "Đăng ký khai sinh", "Hộ tịch", "A", "", "01/07/2025", None, None, None, "Đã trả"),
        ("E-3", "Đăng ký khai sinh", "Hộ tịch", "A", "", "01/07/2025", None, "02/07/2025", None, "Đang xử lý"),
        ("E-1", "Đăng ký khai sinh", "Hộ tịch", "A", "", "01/07/2025", None, None, None, None),
        ("E-5", "Thủ tục chưa có", "Khác", "A", "", "01/07/2025", None, None, None, None),
        ("E-6", "Đăng ký khai sinh", "Hộ tịch", "A", "", "05/07/2025", None, "01/07/2025", None, None),
        ("E-7", "Đăng ký khai sinh", "", "A", "", "05/07/2025", None, None, None, None),
        ("E-8", "Đăng ký khai sinh", "Hộ tịch", "A", "", "05/07/2025", None, None, None, "Lạ"),
    ]
    message = _refused(db, write_xlsx(tmp_path / "e.xlsx", rows))
    lines = message.splitlines()
    assert lines[0] == "row 2, Kênh nộp: 'Fax' is not a channel (Trực tuyến, Trực tiếp, Bưu chính)"
    assert lines[1] == "row 3, Trạng thái: 'Đã trả' is a closed status but 'Ngày trả kết quả' is empty"
    assert lines[2] == "row 4, Ngày trả kết quả: a closing date is given but the status 'Đang xử lý' is still open"
    assert lines[3] == "row 5, Mã hồ sơ: 'E-1' appears twice in the file (also row 2)"
    assert lines[4].startswith("row 6, Hạn trả: is empty and the procedure 'Thủ tục chưa có'")
    assert lines[5] == "row 7, Ngày trả kết quả: is before the received date"
    assert lines[6] == "row 8, Lĩnh vực: is required"
    assert lines[7].startswith("row 9, Trạng thái: 'Lạ' is not a status")
    assert len(lines) == 8


def test_missing_required_column(db, tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", [("M-1", "Đăng ký khai sinh", "A")],
                      header=["Mã hồ sơ", "Thủ tục", "Người nộp"], titles=("Danh sách",))
    assert _refused(db, path) == "row 2: missing required columns 'Lĩnh vực', 'Ngày tiếp nhận'"


def test_empty_file_and_empty_sheet(db, tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "empty" in _refused(db, empty)
    sheet = tmp_path / "sheet.xlsx"
    openpyxl.Workbook().save(sheet)
    assert "no header row found" in _refused(db, sheet)
    only_header = write_xlsx(tmp_path / "h.xlsx", [])
    assert "no dossier rows" in _refused(db, only_header)


def test_not_a_spreadsheet(db, tmp_path):
    fake = tmp_path / "anh.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    assert "not a readable spreadsheet" in _refused(db, fake)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert "not a spreadsheet" in _refused(db, pdf)
    assert "no such file" in _refused(db, tmp_path / "missing.xlsx")


def test_status_labels_and_codes_accepted(db, tmp_path):
    rows = [("S-1", "Đăng ký khai sinh", "Hộ tịch", "A", "Truc tuyen", "01/07/2025", None, "01/07/2025", None, "da tra"),
            ("S-2", "Đăng ký khai sinh", "Hộ tịch", "A", "postal", "01/07/2025", None, "01/07/2025", None, "withdrawn"),
            ("S-3", "Đăng ký khai sinh", "Hộ tịch", "A", "BƯU CHÍNH", "01/07/2025", None, None, None, "CHỜ BỔ SUNG")]
    run_import("dossiers", db, write_xlsx(tmp_path / "s.xlsx", rows))
    with transaction(db.sessions, write=False) as s:
        got = dict(s.execute(select(Dossier.code, Dossier.status)).all())
        assert got == {"S-1": "returned", "S-2": "withdrawn", "S-3": "awaiting_supplement"}
        assert s.scalar(select(Dossier.supplement_requested_date).where(Dossier.code == "S-3")) == date(2025, 7, 1)


def test_the_applicants_email_is_imported_and_kept_when_blank(db, tmp_path):
    header = ["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Số điện thoại", "Email"]
    run_import("dossiers", db, write_xlsx(tmp_path / "a.xlsx", [
        ["HS-1", "Đăng ký khai sinh", "Hộ tịch", "01/07/2025", "0912000001", "binh@example.vn"]], header=header))
    run_import("dossiers", db, write_xlsx(tmp_path / "b.xlsx", [
        ["HS-1", "Đăng ký khai sinh", "Hộ tịch", "01/07/2025", "0912000001", ""]], header=header))
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(Dossier.applicant_email).where(Dossier.code == "HS-1")) == "binh@example.vn"


def test_names_at_their_limits_import_on_every_database(db, tmp_path):
    """Every cell within its column's length, but the search words and sort keys made of them longer
    than theirs (a 500-character procedure, a 300-character applicant of expanding characters): the
    row is kept, with its keys cut at their columns' lengths, on SQLite and PostgreSQL alike."""
    from core.dossier_queries import DossierFilter, count_dossiers

    procedure = ("Thủ tục " + "cấp giấy chứng nhận " * 30)[:500].strip()
    path = tmp_path / "long.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Ngày tiếp nhận,Hạn trả,Mã hồ sơ trên hệ thống\n"
                    f"{'L' * 100},{procedure},Đất đai,{'Nguyễn Văn Á' * 25},01/07/2025,05/07/2025,{'S' * 100}\n"
                    f"EX-1,Đăng ký khai sinh,{chr(0xFDFA) * 200},{chr(0xFDFA) * 300},01/07/2025,05/07/2025,\n",
                    encoding="utf-8")
    assert run_import("dossiers", db, path).inserted == 2
    with transaction(db.sessions, write=False) as s:
        rows = s.execute(select(Dossier.search_key, Dossier.applicant_sort, Dossier.field_sort)).all()
        assert all(len(k) <= 800 and len(a) <= 1000 and len(f) <= 700 for k, a, f in rows)
        assert count_dossiers(s, DossierFilter(search="L" * 20)) == 1


@pytest.mark.parametrize("register_empty", [True, False])
def test_a_code_given_as_another_rows_official_code_is_refused(db, tmp_path, register_empty):
    """OE-1 whose official code is OE-2, and OE-2 whose official code is OE-1: one dossier named by
    two rows (the file could never be imported again); refused at the second row."""
    if not register_empty:
        other = tmp_path / "other.csv"
        other.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Hạn trả\n"
                         "X-1,Đăng ký khai sinh,Hộ tịch,02/01/2025,02/01/2025\n", encoding="utf-8")
        run_import("dossiers", db, other)
    path = tmp_path / "crossed.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Hạn trả,Mã hồ sơ trên hệ thống\n"
                    "OE-1,Đăng ký khai sinh,Hộ tịch,02/01/2025,02/01/2025,OE-2\n"
                    "OE-2,Đăng ký khai sinh,Hộ tịch,02/01/2025,02/01/2025,OE-1\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    assert [(p.row, p.code) for p in exc.value.errors] == [(3, "import.same_dossier")]
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == (0 if register_empty else 1)


def test_a_supplement_asked_for_after_today_is_refused(db, tmp_path):
    from datetime import timedelta

    later = (date.today() + timedelta(days=3)).strftime("%d/%m/%Y")
    path = tmp_path / "b.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Trạng thái,Ngày yêu cầu bổ sung\n"
                    f"B-1,Đăng ký khai sinh,Hộ tịch,01/07/2025,Chờ bổ sung,{later}\n", encoding="utf-8")
    assert _refused(db, path) == "row 2, Ngày yêu cầu bổ sung: the date is after today"


def test_a_code_copied_with_hidden_or_full_width_characters_is_the_same_dossier(db, tmp_path):
    from core.dossiers import find_by_code

    path = tmp_path / "a.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận\nHS-0001,Đăng ký khai sinh,Hộ tịch,01/07/2025\n",
                    encoding="utf-8")
    run_import("dossiers", db, path)
    # The same code pasted from a web page (zero-width space), from a chat (NBSP at the end), typed
    # on a full-width keyboard: one dossier, updated; a second row of it in one file is a repeat.
    for spelling in ("HS-\u200b0001", "HS-0001\u00a0", "ＨＳ－０００１"):
        path.write_text(f"Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận\n{spelling},Đăng ký khai sinh,Hộ tịch,"
                        "01/07/2025\n", encoding="utf-8")
        result = run_import("dossiers", db, path)
        assert (result.inserted, result.updated) == (0, 1), spelling
    assert count(db) == 1
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận\nHS-9,Đăng ký khai sinh,Hộ tịch,01/07/2025\n"
                    "HS\u200b-9,Đăng ký khai sinh,Hộ tịch,01/07/2025\n", encoding="utf-8")
    assert "appears twice in the file (also row 2)" in _refused(db, path)
    with transaction(db.sessions, write=False) as s:
        assert find_by_code(s, "ｈｓ-0001\u200b").code == "HS-0001"


def test_a_column_the_layout_does_not_know_is_named_in_the_summary(db, tmp_path):
    """A column added to this month's file, or a misspelt name, is read by nobody: the summary says
    which, instead of dropping it silently; a column every layout ignores (STT) is not named."""
    path = write_xlsx(tmp_path / "a.xlsx", [[1, "HS-1", "Đăng ký khai sinh", "Hộ tịch", "Trần Văn Ba",
                                             "0901 234 567", "01/07/2025", "Mới ghi   thêm"]],
                      header=["STT", "Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Số điện thoại Zalo",
                              "Ngày tiếp nhận", "Ghi  chú\nriêng"])
    result = run_import("dossiers", db, path)
    assert result.inserted == 1
    assert result.unread_columns == ("Số điện thoại Zalo", "Ghi chú riêng")
    assert result.summary().endswith("; columns not read: “Số điện thoại Zalo”, “Ghi chú riêng”")
    # The register's own full layout reads every column.
    assert run_import("dossiers", db, REGISTER).unread_columns == ()


def test_a_profiles_columns_are_not_named_as_unread(db):
    """An OpenCPS export has many keys the return does not need: the profile chose them, the clerk
    is not told about each."""
    result = run_import("dossiers", db, DATA / "opencps-2025-07.xlsx")
    assert result.profile == "opencps" and result.unread_columns == ()


def test_a_file_without_a_status_column_keeps_the_registers_statuses(db, tmp_path):
    """The register imported, then again with its status column misspelt (so not read): a rejected,
    withdrawn or awaiting dossier keeps its status, where the row's dates agree with it; the default
    (returned / in progress) is only for what the register does not know."""
    run_import("dossiers", db, REGISTER)

    def statuses():
        with transaction(db.sessions, write=False) as s:
            return dict(s.execute(select(Dossier.code, Dossier.status)).all())

    before = statuses()
    assert {"rejected", "withdrawn", "awaiting_supplement"} <= set(before.values())
    result = run_import("dossiers", db, renamed_header(REGISTER, "Trạng thái", "Trang thai hs", tmp_path / "misspelt.xlsx"))
    assert result.unread_columns == ("Trang thai hs",) and result.updated == len(before)
    assert statuses() == before


def test_a_layouts_column_missing_from_the_file_is_named_in_the_summary(db, tmp_path):
    """An OpenCPS export whose dueDate was renamed: the due dates are computed from the procedures'
    legal times, and the summary says the layout's column was not in the file; a complete export
    names nothing (releaseDate and finishDate feed one field: either is enough)."""
    result = run_import("dossiers", db, renamed_header(DATA / "opencps-2025-07.xlsx", "dueDate", "dueDates",
                                                      tmp_path / "renamed.xlsx"))
    assert result.profile == "opencps" and result.missing_columns == ("dueDate",)
    assert result.summary().endswith("; columns of the layout not in the file: “dueDate”")
    assert run_import("dossiers", db, DATA / "opencps-2025-07.xlsx").missing_columns == ()
