"""Reconciliation of dossiers taken in offline (interfaces.md): when the system's export brings a
dossier the counter took in alone, it updates that dossier (by code or official code) or is linked
to it (by ID number, procedure and day of receipt, when exactly one dossier without an official code
matches); several matches refuse the file by row number; the summary counts the linked rows; every
figure counts the dossier once; a second import of the same export links nothing new."""
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from core.db import transaction
from core.dossier_queries import DossierFilter, count_dossiers
from core.dossiers import Applicant, intake, search_key
from core.errors import ImportFailed
from core.imports import profiles, run_import
from core.models import Dossier, DossierEvent, ImportBatch, Procedure
from core.returns import Period, dossier_section
from tests.core.test_import_profiles import FOREIGN_CSV, FOREIGN_MAP, FOREIGN_TOTAL

JULY = Period.month(2025, 7)


def offline(db, name, id_number, procedure, at, phone=None, address=None, code=None):
    with transaction(db.sessions) as s:
        pid = s.scalar(select(Procedure.id).where(Procedure.name == procedure))
        d = intake(s, procedure_id=pid, applicant=Applicant(name, id_number, phone, address), received_at=at,
                   code=code)
        return d.code


def mapping():
    return profiles.read_mapping(FOREIGN_MAP)


def register(db):
    with transaction(db.sessions, write=False) as s:
        return {d.code: d for d in s.scalars(select(Dossier))}


def total(db):
    with transaction(db.sessions, write=False) as s:
        t = dict(dossier_section(s, JULY)["total"])
    t.pop("on_time_rate")
    return t


def test_offline_intakes_are_linked_and_counted_once(db):
    # Rows 4 and 5 of the export (Nguyễn Văn Bình's birth registration of 1/7, Trần Thị Thu's signature
    # of 2/7) were taken in at the counter while the system was down, with the applicants' ID numbers.
    a = offline(db, "Nguyễn Văn Bình", "001095001357", "Đăng ký khai sinh", datetime(2025, 7, 1, 8, 20),
                address="Thôn Hạ")
    b = offline(db, "Trần Thị Thu", "001190002468", "Chứng thực chữ ký", datetime(2025, 7, 2, 9, 35))
    # Another intake of the same person on another day, and one of another procedure: not matches.
    c = offline(db, "Nguyễn Văn Bình", "001095001357", "Đăng ký khai sinh", datetime(2025, 7, 3, 9, 0))
    d = offline(db, "Nguyễn Văn Bình", "001095001357", "Đăng ký khai tử", datetime(2025, 7, 1, 9, 0))
    result = run_import("dossiers", db, FOREIGN_CSV, profile=mapping())
    assert (result.inserted, result.updated, result.linked, result.skipped) == (5, 0, 2, 1)
    assert result.summary() == ("dossiers: 5 added, 0 updated, 2 linked to dossiers taken in offline, "
                                "1 not received yet (skipped) (read as Một cửa tỉnh (mẫu 2025))")
    got = register(db)
    assert len(got) == 7 + 2  # the export's seven, two of them the intakes a and b; c and d stay apart
    linked = got[a]
    assert linked.official_code == "000.20.31.H26-250701-0001"
    # The system's record wins for every field the row carries; the rest is the counter's.
    assert (linked.status, linked.completed_date, linked.due_date) == ("returned", date(2025, 7, 1), date(2025, 7, 1))
    assert linked.received_at == datetime(2025, 7, 1, 8, 15) and linked.applicant_phone == "0983000002"
    assert linked.applicant_address == "Thôn Hạ"  # the file has no address column
    assert got[b].official_code == "000.20.31.H26-250702-0002" and got[b].channel == "online"
    assert got[c].official_code is None and got[d].official_code is None
    assert "000.20.31.H26-250701-0001" not in got  # not a second dossier
    # Every figure counts each dossier once: the export's figures, plus c and d (received in July,
    # still open, due the day of receipt (same-day procedures): overdue on 31/7).
    expected = dict(FOREIGN_TOTAL)
    for k in ("received", "received_direct", "pending", "pending_overdue"):
        expected[k] += 2
    assert total(db) == expected
    with transaction(db.sessions, write=False) as s:
        events = [(e.kind, e.note) for e in s.scalars(select(DossierEvent).where(DossierEvent.dossier_id == linked.id)
                                                      .order_by(DossierEvent.id))]
        assert events[-1] == ("linked", "000.20.31.H26-250701-0001 (mot-cua-tinh-2025-07.csv)")
        # Found by either code in the list's search.
        assert count_dossiers(s, DossierFilter(search="H26-250701-0001")) == 1
        assert count_dossiers(s, DossierFilter(search=a)) == 1
        assert linked.search_key == search_key(a, "Nguyễn Văn Bình", "Đăng ký khai sinh", linked.official_code)
        assert s.scalar(select(ImportBatch.linked)) == 2

    again = run_import("dossiers", db, FOREIGN_CSV, profile=mapping())
    assert (again.inserted, again.updated, again.linked) == (0, 7, 0)
    assert len(register(db)) == 9 and total(db) == expected
    assert register(db)[a].official_code == "000.20.31.H26-250701-0001"


def test_several_offline_matches_refuse_the_file(db):
    first = offline(db, "Phạm Văn Cường", "001087003579", "Đăng ký thường trú", datetime(2025, 7, 3, 8, 0))
    second = offline(db, "Phạm Văn Cường", "001087003579", "Đăng ký thường trú", datetime(2025, 7, 3, 15, 0))
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, FOREIGN_CSV, profile=mapping())
    assert str(exc.value) == (
        f"row 6, Số CCCD: matches several dossiers taken in offline with the same ID number, procedure and day "
        f"of receipt ({first}, {second}): give them their official codes, then import again")
    assert len(register(db)) == 2 and all(d.official_code is None for d in register(db).values())


def test_a_dossier_already_linked_is_not_linked_again(db):
    code = offline(db, "Nguyễn Văn Bình", "001095001357", "Đăng ký khai sinh", datetime(2025, 7, 1, 8, 20))
    with transaction(db.sessions) as s:
        s.scalar(select(Dossier).where(Dossier.code == code)).official_code = "KHAC.250701.0001"
    result = run_import("dossiers", db, FOREIGN_CSV, profile=mapping())
    assert (result.inserted, result.linked) == (7, 0)


def test_found_by_its_official_code_keeps_its_own_code(db, tmp_path):
    # A dossier the counter recorded with the system's code (the own layout's "Mã hồ sơ trên hệ thống").
    path = tmp_path / "own.csv"
    path.write_text("Mã hồ sơ,Mã hồ sơ trên hệ thống,Thủ tục,Lĩnh vực,Người nộp,Ngày tiếp nhận,Số điện thoại\n"
                    "HS-250702-0009,000.20.31.H26-250702-0002,Chứng thực chữ ký,Chứng thực,Trần Thị Thu,"
                    "02/07/2025 09:35,0911111111\n", encoding="utf-8")
    run_import("dossiers", db, path)
    result = run_import("dossiers", db, FOREIGN_CSV, profile=mapping())
    assert (result.inserted, result.updated, result.linked) == (6, 1, 0)
    d = register(db)["HS-250702-0009"]
    assert d.official_code == "000.20.31.H26-250702-0002" and d.applicant_phone == "0983000003"
    assert d.received_at == datetime(2025, 7, 2, 9, 40) and d.channel == "online"


def test_code_and_official_code_naming_two_dossiers(db, tmp_path):
    path = tmp_path / "own.csv"
    path.write_text("Mã hồ sơ,Mã hồ sơ trên hệ thống,Thủ tục,Lĩnh vực,Ngày tiếp nhận\n"
                    "HS-1,,Đăng ký khai sinh,Hộ tịch,01/07/2025\n"
                    "HS-2,TINH-2,Đăng ký khai sinh,Hộ tịch,01/07/2025\n", encoding="utf-8")
    run_import("dossiers", db, path)
    path.write_text("Mã hồ sơ,Mã hồ sơ trên hệ thống,Thủ tục,Lĩnh vực,Ngày tiếp nhận\n"
                    "HS-1,TINH-2,Đăng ký khai sinh,Hộ tịch,01/07/2025\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    assert str(exc.value) == "row 2, Mã hồ sơ trên hệ thống: names another dossier (HS-2) than the row's code does"


def test_two_rows_for_one_offline_dossier(db, tmp_path):
    code = offline(db, "An", "001095001357", "Đăng ký khai sinh", datetime(2025, 7, 1, 8, 20))
    path = tmp_path / "sys.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Số định danh,Ngày tiếp nhận\n"
                    "T-1,Đăng ký khai sinh,Hộ tịch,001095001357,01/07/2025 08:00\n"
                    "T-2,Đăng ký khai sinh,Hộ tịch,001095001357,01/07/2025 10:00\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    assert str(exc.value) == f"row 3, Số định danh: matches the dossier {code}, as row 2 does"
    assert len(register(db)) == 1


def test_updates_keep_what_a_row_leaves_blank(db, tmp_path):
    path = tmp_path / "own.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Số điện thoại,Địa chỉ,Cán bộ xử lý,Ngày tiếp nhận\n"
                    "HS-1,Đăng ký khai sinh,Hộ tịch,Lò Văn Páo,0912345678,Bản Pa,Hà Thị Mai,01/07/2025\n",
                    encoding="utf-8")
    run_import("dossiers", db, path)
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Số điện thoại,Ngày tiếp nhận,Ngày trả kết quả\n"
                    "HS-1,Đăng ký khai sinh,Hộ tịch,,0987654321,01/07/2025,01/07/2025\n", encoding="utf-8")
    assert run_import("dossiers", db, path).updated == 1
    d = register(db)["HS-1"]
    assert (d.applicant_name, d.applicant_phone, d.applicant_address, d.handler_name) == (
        "Lò Văn Páo", "0987654321", "Bản Pa", "Hà Thị Mai")
    assert d.status == "returned" and d.search_key == "hs-1 lo van pao dang ky khai sinh"


def test_repeated_official_codes_in_a_file(db, tmp_path):
    path = tmp_path / "own.csv"
    path.write_text("Mã hồ sơ,Mã hồ sơ trên hệ thống,Thủ tục,Lĩnh vực,Ngày tiếp nhận\n"
                    "HS-1,TINH-1,Đăng ký khai sinh,Hộ tịch,01/07/2025\n"
                    "HS-2,TINH-1,Đăng ký khai sinh,Hộ tịch,01/07/2025\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    assert str(exc.value) == "row 3, Mã hồ sơ trên hệ thống: 'TINH-1' appears twice in the file (also row 2)"
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == 0


def test_a_linked_dossier_history_agrees_with_what_the_import_changed(db):
    """The system's record wins for the dossier's dates and status; its history then says so: the
    closing as a step dated by the row's completed date (Mẫu 06, the book), and what the file changed."""
    from core.slips import People, handovers

    a = offline(db, "Nguyễn Văn Bình", "001095001357", "Đăng ký khai sinh", datetime(2025, 7, 1, 8, 20))
    run_import("dossiers", db, FOREIGN_CSV, profile=mapping())
    with transaction(db.sessions, write=False) as s:
        d = s.scalar(select(Dossier).where(Dossier.code == a))
        events = [(e.kind, e.day, e.from_status, e.to_status) for e in d.events]
        assert events == [("received", date(2025, 7, 1), None, "in_progress"),
                          ("returned", date(2025, 7, 1), "in_progress", "returned"),
                          ("import_updated", date.today(), "in_progress", "returned"),
                          ("linked", date.today(), None, "returned")]
        assert d.events[2].note == ("ngày tiếp nhận 01/07/2025 08:20 → 01/07/2025 08:15; trạng thái Đang xử lý → "
                                    "Đã trả; ngày trả kết quả — → 01/07/2025 (mot-cua-tinh-2025-07.csv)")
        rows = handovers(s, d, People(s, None), "UBND")
        assert rows[-1].note == "Trả kết quả"
        assert len(rows) == 2  # the receipt and the return; the link and the update are no steps
    again = run_import("dossiers", db, FOREIGN_CSV, profile=mapping())
    assert again.updated == 7
    with transaction(db.sessions, write=False) as s:
        assert len(s.scalar(select(Dossier).where(Dossier.code == a)).events) == 4  # nothing changed: nothing said


def test_a_row_giving_another_official_code_than_the_dossier_has_is_refused(db, tmp_path):
    """Overwriting it would make the system's next export, which names the dossier by the code it
    has, bring it in a second time."""
    path = tmp_path / "own.csv"
    path.write_text("Mã hồ sơ,Mã hồ sơ trên hệ thống,Thủ tục,Lĩnh vực,Ngày tiếp nhận\n"
                    "HS-1,TINH-1,Đăng ký khai sinh,Hộ tịch,01/07/2025\n", encoding="utf-8")
    run_import("dossiers", db, path)
    for row in ("HS-1,TINH-9", "TINH-1,TINH-9"):  # found by its own code, or by its official code
        path.write_text("Mã hồ sơ,Mã hồ sơ trên hệ thống,Thủ tục,Lĩnh vực,Ngày tiếp nhận\n"
                        f"{row},Đăng ký khai sinh,Hộ tịch,01/07/2025\n", encoding="utf-8")
        with pytest.raises(ImportFailed) as exc:
            run_import("dossiers", db, path)
        assert str(exc.value) == ("row 2, Mã hồ sơ trên hệ thống: 'TINH-9' is not the official code of the "
                                  "dossier HS-1 (TINH-1)")
    assert register(db)["HS-1"].official_code == "TINH-1"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận\nTINH-1,Đăng ký khai sinh,Hộ tịch,01/07/2025\n",
                    encoding="utf-8")
    assert run_import("dossiers", db, path).updated == 1
    assert len(register(db)) == 1


def test_the_refusal_is_answered_by_giving_the_official_codes(initialised_target, tmp_path):
    """What the refusal asks, done from the command line: `dossier edit CODE --official-code`
    gives each offline intake its system code once; the export then links them, counted once."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]

    def run(*args):
        out = subprocess.run([sys.executable, str(root / "main.py"), "--db", initialised_target, *args],
                             capture_output=True, text=True, cwd=root)
        return out.returncode, out.stdout.strip(), out.stderr.strip()

    codes = []
    for at in ("2025-07-03 08:00", "2025-07-03 15:00"):
        rc, out, err = run("dossier", "add", "--procedure", "Đăng ký thường trú", "--applicant", "Phạm Văn Cường",
                           "--id-number", "001087003579", "--at", at)
        assert rc == 0, err
        codes.append(out.split()[0])
    rc, _out, err = run("import", "dossiers", str(FOREIGN_CSV), "--map", str(FOREIGN_MAP))
    assert rc == 1 and "row 6" in err and "give them their official codes" in err
    # The first is the system's dossier of row 6; the second another one it has under its own code.
    assert run("dossier", "edit", codes[0], "--official-code", "000.20.31.H26-250703-0003") == (
        0, f"{codes[0]}\t000.20.31.H26-250703-0003", "")
    assert run("dossier", "edit", codes[1], "--official-code", "000.20.31.H26-250703-0099")[0] == 0
    # Given once: neither rewritten nor given to a second dossier.
    rc, _out, err = run("dossier", "edit", codes[1], "--official-code", "000.20.31.H26-250703-0003")
    assert rc != 0 and "000.20.31.H26-250703-0099" in err
    rc, out, err = run("import", "dossiers", str(FOREIGN_CSV), "--map", str(FOREIGN_MAP))
    assert rc == 0, err
    assert out.startswith("dossiers: 6 added, 1 updated")
    rc, out, _err = run("dossier", "show", codes[0], "--json", "-")
    import json

    shown = json.loads(out)
    assert shown["official_code"] == "000.20.31.H26-250703-0003" and shown["status"] == "awaiting_supplement"


def test_two_exports_imported_at_once_link_one_intake_once(db, tmp_path):
    """Two clerks import exports that both carry the same offline intake under different system
    codes, at the same moment: the imports run one after the other, so the first links the intake
    and the second, seeing it linked, adds its row as a dossier of its own; none is lost."""
    import threading

    code = offline(db, "Lê Thị A", "001185012345", "Đăng ký khai sinh", datetime(2025, 7, 1, 9, 30))
    header = "Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Số định danh,Ngày tiếp nhận,Hạn trả\n"
    filler = "".join(f"F-{i:04},Đăng ký khai sinh,Hộ tịch,Người {i},,01/07/2025 10:00,01/07/2025\n"
                     for i in range(600))
    files = {}
    for name in ("SYS-A", "SYS-B"):
        files[name] = tmp_path / f"{name}.csv"
        files[name].write_text(header + f"{name},Đăng ký khai sinh,Hộ tịch,Lê Thị A,001185012345,"
                               f"01/07/2025 09:30,01/07/2025\n" + (filler if name == "SYS-A" else ""),
                               encoding="utf-8")
    reading, go = threading.Event(), threading.Event()

    def hold(done, _total):
        reading.set()  # A is inside its transaction, its rows half read
        assert go.wait(30)

    results = {}

    def run(name, progress=None):
        results[name] = run_import("dossiers", db, files[name], progress=progress)

    first = threading.Thread(target=run, args=("SYS-A", hold))
    first.start()
    assert reading.wait(30)
    second = threading.Thread(target=run, args=("SYS-B",))
    second.start()
    second.join(1.5)
    assert second.is_alive()  # waits for the first import to end
    go.set()
    first.join(60)
    second.join(60)
    assert results["SYS-A"].linked == 1 and results["SYS-B"].linked == 0
    got = register(db)
    assert got[code].official_code == "SYS-A" and "SYS-B" in got


def test_a_date_alone_keeps_the_time_and_due_date_recorded_at_the_counter(db, tmp_path):
    """A dossier taken in at 16:30 (due the next working day), then the system's export gives its
    receipt as a day without a time and no due date: the time and the due date stay, and the dossier
    returned the next day is on time, not late."""
    code = offline(db, "Nguyễn Văn Nam", None, "Chứng thực chữ ký", datetime(2026, 11, 5, 16, 30))
    before = register(db)[code]
    assert before.due_date == date(2026, 11, 6)
    path = tmp_path / "export.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Ngày tiếp nhận,Ngày trả kết quả,Trạng thái\n"
                    f"{code},Chứng thực chữ ký,Chứng thực,Nguyễn Văn Nam,05/11/2026,06/11/2026,Đã trả\n",
                    encoding="utf-8")
    assert run_import("dossiers", db, path).updated == 1
    after = register(db)[code]
    assert after.received_at == datetime(2026, 11, 5, 16, 30) and after.due_date == date(2026, 11, 6)
    assert (after.status, after.completed_date) == ("returned", date(2026, 11, 6))
    with transaction(db.sessions, write=False) as s:
        total = dossier_section(s, Period.month(2026, 11))["total"]
    assert (total["completed_on_time"], total["completed_late"]) == (1, 0)
    # A time the export does give, or another day, is the export's.
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Ngày tiếp nhận,Hạn trả\n"
                    f"{code},Chứng thực chữ ký,Chứng thực,Nguyễn Văn Nam,05/11/2026 14:00,05/11/2026\n",
                    encoding="utf-8")
    run_import("dossiers", db, path)
    again = register(db)[code]
    assert again.received_at == datetime(2026, 11, 5, 14, 0) and again.due_date == date(2026, 11, 5)


@pytest.mark.parametrize("written", ["1185012345", "001 185 012 345", "001.185.012.345", 1185012345])
def test_an_id_number_written_otherwise_still_links(db, tmp_path, written):
    """The export writes the ID number as a spreadsheet number (its leading zeros lost) or in groups:
    it is the same person's dossier, linked, not counted a second time; the counter's ID stays."""
    import openpyxl

    code = offline(db, "Lê Thị A", "001185012345", "Đăng ký khai sinh", datetime(2026, 11, 2, 9, 30))
    path = tmp_path / "export.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Số định danh", "Ngày tiếp nhận", "Hạn trả"])
    wb.active.append(["SYS-1", "Đăng ký khai sinh", "Hộ tịch", "Lê Thị A", written, "02/11/2026 09:30",
                      "02/11/2026"])
    wb.save(path)
    result = run_import("dossiers", db, path)
    assert (result.inserted, result.linked) == (0, 1)
    got = register(db)
    assert len(got) == 1 and got[code].official_code == "SYS-1"
    assert got[code].applicant_id_number == "001185012345"
