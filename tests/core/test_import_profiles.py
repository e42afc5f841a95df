"""Import profiles: the provincial system's exports (OpenCPS's JSON API and report workbook, a layout
never seen mapped with `--map`), recognised from their headers or named, the date forms, JSON
wrappers, rows not received yet skipped and counted, and every failure row-numbered with nothing
written. The files are tests/data/make_system_exports.py's."""
import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from core.db import transaction
from core.errors import ImportFailed, NotFound, ValidationError
from core.imports import profiles, run_import
from core.imports.reader import date_or_datetime, date_parser
from core.models import Dossier, ImportBatch, ImportProfile
from core.returns import Period, dossier_section

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
OPENCPS_JSON = DATA / "opencps-2025-07.json"
OPENCPS_XLSX = DATA / "opencps-2025-07.xlsx"
FOREIGN_CSV = DATA / "mot-cua-tinh-2025-07.csv"
FOREIGN_MAP = DATA / "mot-cua-tinh.mapping.json"
JULY = Period.month(2025, 7)


def fig(**kw):
    base = dict(carried_over=0, received=0, received_online=0, received_direct=0, received_postal=0,
                completed=0, completed_early=0, completed_on_time=0, completed_late=0, pending=0,
                pending_within=0, pending_overdue=0)
    base.update(kw)
    return base


def july(db):
    with transaction(db.sessions, write=False) as s:
        return dossier_section(s, JULY)


def dossiers(db) -> dict[str, Dossier]:
    with transaction(db.sessions, write=False) as s:
        return {d.code: d for d in s.scalars(select(Dossier))}


def count(db, model=Dossier):
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


# OpenCPS, July 2025 (F = 1/7, T = 31/7), the 18 records of make_system_exports.OPENCPS:
#  1 Cư trú     recv 25/6  due 4/7   release 3/7 (finish 4/7: release wins)  done        carried; early
#  2 Hộ tịch    recv 30/6  due 1/7   —                                        processing  carried; pending, overdue
#  3 Chứng thực recv 1/7   due 1/7   finish 1/7 (no release)                  done        received; on time
#  4 Hộ tịch    recv 2/7   due 7/7   release 9/7   online "true"              releasing   received online; late
#  5 Cư trú     recv 3/7   due 14/7  —             online 1                   waiting     received online; pending within
#                                                                             (awaiting a supplement: not overdue)
#  6 Xây dựng   recv 4/7   due 24/7  extend 8/8 (the apology's date, not the due) processing  pending, overdue
#  7 Hộ tịch    recv 7/7   due 8/7   release 8/7                              denied      on time; rejected
#  8 Bảo trợ XH recv 8/7   due 15/7  release 10/7  online true                cancelled   received online; early; withdrawn
#  9 Hộ tịch    recv 9/7   due 10/7  release 9/7                              posting     early
# 10 Chứng thực recv 10/7  due 11/7  —                                        handover    pending, overdue
# 11 Hộ KD      recv 11/7  due 31/7  —             online true                paying      pending within (due = T)
# 12 Đất đai    recv 14/7  due 18/7  —             online "false"             interoperating pending, overdue
# 13 Chứng thực recv 15/7  due 5/8   —                                        correcting  pending within
# 14 Hộ tịch    recv 16/7  due 17/7  —                                        unresolved  pending, overdue
# 15–17 no receiveDate: new, receiving, collecting → skipped (3), counted nowhere
# 18 Hộ tịch    recv 1/8 (August): in the register, not in July's figures
# carried over 2 (1, 2); received 12 (3–14): online 4 (4, 5, 8, 11), direct 8; completed 6 (1, 3, 4, 7, 8, 9):
# early 3 (1, 8, 9), on time 2 (3, 7), late 1 (4); pending 8 (2, 5, 6, 10–14): overdue 5 (2, 6, 10, 12, 14),
# within 3 (5, 11, 13). Checks: 2 + 12 = 14 = 6 + 8; rate (3 + 2) / 6 = 83.33 %.
OPENCPS_TOTAL = fig(carried_over=2, received=12, received_online=4, received_direct=8, completed=6,
                    completed_early=3, completed_on_time=2, completed_late=1, pending=8, pending_within=3,
                    pending_overdue=5)
# By field: Hộ tịch = 2, 4, 7, 9, 14: carried 1 (2); received 4 (4 online; 7, 9, 14 direct); completed 3
# (9 early, 7 on time, 4 late); pending 2 (2, 14), both overdue; rate 2/3 = 66.67.
HO_TICH = fig(carried_over=1, received=4, received_online=1, received_direct=3, completed=3, completed_early=1,
              completed_on_time=1, completed_late=1, pending=2, pending_overdue=2)
# Chứng thực = 3, 10, 13: received 3 direct; completed 1 on time; pending 2 (10 overdue, 13 within); rate 100.
CHUNG_THUC = fig(received=3, received_direct=3, completed=1, completed_on_time=1, pending=2, pending_within=1,
                 pending_overdue=1)


def check_opencps(db, result):
    assert (result.inserted, result.updated, result.linked, result.skipped) == (15, 0, 0, 3)
    assert result.profile == "opencps"
    data = july(db)
    total = dict(data["total"])
    assert total.pop("on_time_rate") == 83.33
    assert total == OPENCPS_TOTAL
    assert data["rejected"] == 1 and data["withdrawn"] == 1
    by = data["by_field"]
    assert set(by) == {"Cư trú", "Hộ tịch", "Chứng thực", "Xây dựng", "Bảo trợ xã hội", "Hộ kinh doanh", "Đất đai"}
    ht = dict(by["Hộ tịch"])
    assert ht.pop("on_time_rate") == 66.67 and ht == HO_TICH
    ct = dict(by["Chứng thực"])
    assert ct.pop("on_time_rate") == 100.0 and ct == CHUNG_THUC
    d = dossiers(db)
    assert set(d) == {f"TTIN.{s}" for s in ("250625.00001", "250630.00002", "250701.00003", "250702.00004",
                                            "250703.00005", "250704.00006", "250707.00007", "250708.00008",
                                            "250709.00009", "250710.00010", "250711.00011", "250714.00012",
                                            "250715.00013", "250716.00014", "250801.00018")}
    one = d["TTIN.250625.00001"]
    assert one.official_code == "TTIN.250625.00001"  # dossierNo is the code and the official code
    assert one.received_at == datetime(2025, 6, 25, 9, 10) and one.completed_date == date(2025, 7, 3)
    assert (one.applicant_name, one.applicant_id_number, one.applicant_phone, one.channel) == (
        "Vàng A Sủng", "001090012345", "0912000001", "online")
    assert one.applicant_address == "Thôn Văn Giáp, xã Thượng Tín"
    assert one.applicant_email == "congdan1@example.vn"  # contactEmail
    assert d["TTIN.250701.00003"].received_at == datetime(2025, 7, 1, 8, 5, 12)  # seconds kept
    six = d["TTIN.250704.00006"]
    assert six.due_date == date(2025, 7, 24) and six.apology_new_date == date(2025, 8, 8)
    assert d["TTIN.250703.00005"].status == "awaiting_supplement"
    assert d["TTIN.250703.00005"].supplement_requested_date == date(2025, 7, 3)
    assert [d[f"TTIN.{c}"].status for c in ("250702.00004", "250707.00007", "250708.00008", "250709.00009")] == [
        "returned", "rejected", "withdrawn", "returned"]
    assert d["TTIN.250714.00012"].channel == "direct"  # "false"


def test_opencps_json_api_answer(db):
    check_opencps(db, run_import("dossiers", db, OPENCPS_JSON))


def test_opencps_workbook_with_a_title_row(db):
    check_opencps(db, run_import("dossiers", db, OPENCPS_XLSX))


def test_opencps_again_updates_and_skips_again(db):
    run_import("dossiers", db, OPENCPS_JSON)
    again = run_import("dossiers", db, OPENCPS_XLSX, profile="opencps")
    assert (again.inserted, again.updated, again.linked, again.skipped) == (0, 15, 0, 3)
    assert dict(july(db)["total"], on_time_rate=None) == dict(OPENCPS_TOTAL, on_time_rate=None)
    with transaction(db.sessions, write=False) as s:
        assert [(b.inserted, b.updated, b.skipped) for b in s.scalars(select(ImportBatch).order_by(ImportBatch.id))] \
            == [(15, 0, 3), (0, 15, 3)]


# The never-seen layout (make_system_exports.FOREIGN), July 2025:
# 1 Hộ tịch    recv 27/6 due 30/6 end 2/7  direct "Đã trả kết quả"  carried; late
# 2 Hộ tịch    recv 1/7  due 1/7  end 1/7  direct returned          on time
# 3 Chứng thực recv 2/7  due 2/7  —        online "Đang giải quyết"  pending, overdue
# 4 Cư trú     recv 3/7  due 14/7 —        postal "Chờ bổ sung hồ sơ" pending within (awaiting)
# 5 Hộ tịch    recv 7/7  due 8/7  end 11/7 online "Trả lại hồ sơ"    late; rejected
# 6 Bảo trợ XH recv 8/7  due 11/7 end 9/7  direct "Dừng xử lý"       early; withdrawn
# 7 Cư trú     recv 21/7 due 24/7 —        online in progress        pending, overdue
# 8 "Chờ tiếp nhận", no receipt date → skipped
# carried 1; received 6: online 3 (3, 5, 7), direct 2 (2, 6), postal 1 (4); completed 4: early 1 (6),
# on time 1 (2), late 2 (1, 5); pending 3: overdue 2 (3, 7), within 1 (4); 1 + 6 = 7 = 4 + 3; rate 2/4 = 50.
FOREIGN_TOTAL = fig(carried_over=1, received=6, received_online=3, received_direct=2, received_postal=1,
                    completed=4, completed_early=1, completed_on_time=1, completed_late=2, pending=3,
                    pending_within=1, pending_overdue=2)


def check_foreign(db, result):
    assert (result.inserted, result.updated, result.linked, result.skipped) == (7, 0, 0, 1)
    data = july(db)
    total = dict(data["total"])
    assert total.pop("on_time_rate") == 50.0 and total == FOREIGN_TOTAL
    assert data["rejected"] == 1 and data["withdrawn"] == 1
    d = dossiers(db)["000.20.31.H26-250702-0002"]
    assert d.received_at == datetime(2025, 7, 2, 9, 40) and d.channel == "online"
    assert d.applicant_id_number == "001190002468" and d.applicant_phone == "0983000003"


def test_a_layout_never_seen_is_refused_without_a_mapping(db):
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, FOREIGN_CSV)
    assert str(exc.value).startswith("row 2: missing required columns 'Thủ tục', 'Lĩnh vực'")
    assert count(db) == 0


def test_a_layout_never_seen_through_its_mapping(db):
    check_foreign(db, run_import("dossiers", db, FOREIGN_CSV, profile=profiles.read_mapping(FOREIGN_MAP)))


def test_saved_profile_is_recognised_next_month_and_found_by_name(db):
    with transaction(db.sessions) as s:
        profiles.save_profile(s, profiles.read_mapping(FOREIGN_MAP), user="mai")
    check_foreign(db, run_import("dossiers", db, FOREIGN_CSV))  # recognised from its headers
    again = run_import("dossiers", db, FOREIGN_CSV, profile="một cửa tỉnh (MẪU 2025)")
    assert (again.inserted, again.updated, again.profile) == (0, 7, "Một cửa tỉnh (mẫu 2025)")
    with transaction(db.sessions, write=False) as s:
        exported = profiles.find_profile(s, "Một cửa tỉnh (mẫu 2025)").to_json()
    assert exported == json.loads(FOREIGN_MAP.read_text(encoding="utf-8"))


def test_profiles_saved_by_name_once(db):
    mapping = profiles.read_mapping(FOREIGN_MAP)
    with transaction(db.sessions) as s:
        profiles.save_profile(s, mapping)
    with pytest.raises(ValidationError) as exc, transaction(db.sessions) as s:
        profiles.save_profile(s, mapping)
    assert str(exc.value) == "a profile named 'Một cửa tỉnh (mẫu 2025)' already exists (--replace overwrites it)"
    for name in ("OpenCPS", "communedesk", " "):
        mapping.name = name
        with pytest.raises(ValidationError), transaction(db.sessions) as s:
            profiles.save_profile(s, mapping)
    mapping.name = "Một cửa tỉnh (mẫu 2025)"
    mapping.dates = "dd/MM/yyyy"
    with transaction(db.sessions) as s:
        profiles.save_profile(s, mapping, replace_existing=True)
    with transaction(db.sessions, write=False) as s:
        assert [p.dates for p in profiles.saved_profiles(s)] == ["dd/MM/yyyy"]
        assert s.scalar(select(func.count()).select_from(ImportProfile)) == 1
    with pytest.raises(NotFound) as exc, transaction(db.sessions) as s:  # the saved ones are named
        profiles.delete_profile(s, "nonexist")
    assert str(exc.value) == "no profile named 'nonexist' (known: Một cửa tỉnh (mẫu 2025))"
    with transaction(db.sessions) as s:
        profiles.delete_profile(s, "MỘT CỬA TỈNH (mẫu 2025)")
    with pytest.raises(NotFound), transaction(db.sessions, write=False) as s:
        profiles.find_profile(s, "Một cửa tỉnh (mẫu 2025)")
    with pytest.raises(NotFound) as exc, transaction(db.sessions) as s:
        profiles.delete_profile(s, "nonexist")
    assert str(exc.value) == "no profile named 'nonexist': no profile has been saved"


def test_unknown_profile_named(db):
    with pytest.raises(NotFound) as exc:
        run_import("dossiers", db, OPENCPS_JSON, profile="vnpt")
    assert str(exc.value) == "no profile named 'vnpt' (known: communedesk, opencps)"


def test_profiles_are_for_dossiers_only(db, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("Họ và tên,Loại,Đơn vị\nAn,Công chức,Văn phòng\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("staff", db, path, profile="opencps")
    assert exc.value.code == "profile.dossiers_only"


def test_forced_own_layout_does_not_read_opencps(db):
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, OPENCPS_JSON, profile="communedesk")
    assert exc.value.code == "import.no_header"


def test_a_mapping_is_checked_whole(tmp_path):
    bad = {"format": "communedesk-import-profile", "name": "x",
           "columns": {"A": "code", "B": "nonsense", "C": ["received", 3]},
           "values": {"status": {"Xong": "finished"}, "field": {"a": "b"}},
           "dates": "dd.MM.yy", "blank_received": "maybe"}
    with pytest.raises(ValidationError) as exc:
        profiles.from_json(bad)
    assert [p.code for p in exc.value.problems] == [
        "profile.unknown_field", "profile.bad_column", "profile.missing_fields", "profile.unknown_code",
        "profile.no_values_for", "profile.unknown_date_form", "profile.bad_blank_received"]
    text = str(exc.value)
    assert "'nonsense' is not a field" in text and "'Thủ tục', 'Lĩnh vực'" in text
    path = tmp_path / "m.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        profiles.read_mapping(path)
    assert exc.value.code == "import.unreadable_json"


def write_json(path, doc):
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def record(no, **kw):
    base = {"dossierNo": no, "serviceName": "Đăng ký khai sinh", "domainName": "Hộ tịch", "applicantName": "An",
            "receiveDate": "01/07/2025 08:00:00", "dueDate": "01/07/2025 16:00:00", "releaseDate": "",
            "finishDate": "", "dossierStatus": "processing", "online": False}
    base.update(kw)
    return base


@pytest.mark.parametrize("wrap", [
    lambda rs: rs,
    lambda rs: {"data": rs},
    lambda rs: {"total": len(rs), "result": {"items": rs}},
    lambda rs: {"definitions": [{"code": "0", "title": "báo cáo"}], "report1": rs},
])
def test_json_wrappers(db, tmp_path, wrap):
    rows = [record("J-1"), record("J-2", applicant={"name": "x"})]
    result = run_import("dossiers", db, write_json(tmp_path / "d.json", wrap(rows)))
    assert result.inserted == 2


def test_json_rows_are_numbered_as_records_and_refused_whole(db, tmp_path):
    rows = [record("J-1"), record("J-2", receiveDate="31/02/2025 08:00:00"), record("J-3"),
            record("J-4", dossierStatus="done"), record("J-1"), record("J-6", dossierStatus="lost")]
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, write_json(tmp_path / "d.json", {"data": rows}))
    assert str(exc.value).splitlines() == [
        "row 2, receiveDate: '31/02/2025 08:00:00' is not a date",
        "row 4, dossierStatus: 'done' is a closed status but 'releaseDate' is empty",
        "row 5, dossierNo: 'J-1' appears twice in the file (also row 1)",
        "row 6, dossierStatus: 'lost' is not a status (Đang xử lý, Chờ bổ sung, Đã trả, Từ chối, Rút hồ sơ, Từ chối tiếp nhận)",
    ]
    assert count(db) == 0 and count(db, ImportBatch) == 0


@pytest.mark.parametrize("text", ["[]", "{\"data\": []}", "{\"a\": 1}", "{\"data\": [1, 2]}"])
def test_json_without_records(db, tmp_path, text):
    path = tmp_path / "d.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    assert exc.value.code == "import.json_no_records"


@pytest.mark.parametrize("doc,message", [
    ({"data": [record("J-1")], "items": [record("J-2")]},
     "d.json: the JSON file holds two lists of records (“data” and “items”); leave one"),
    ([record("J-1"), 7], "d.json: item 2 of the list “[…]” is not a record (an object {…})"),
    ({"data": [record("J-1"), [record("J-2")]]}, "d.json: item 2 of the list “data” is not a record (an object {…})"),
])
def test_json_whose_records_cannot_be_told_is_refused(db, tmp_path, doc, message):
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, write_json(tmp_path / "d.json", doc))
    assert str(exc.value) == message
    assert count(db) == 0


def test_json_with_a_key_twice_in_a_record_is_refused(db, tmp_path):
    path = tmp_path / "d.json"
    text = json.dumps([record("J-1")], ensure_ascii=False)
    path.write_text(text.replace('"dossierStatus": "processing"',
                                 '"dossierStatus": "processing", "dossierStatus": "done"'), encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    assert "holds the key “dossierStatus” twice in one object" in str(exc.value)
    assert count(db) == 0


def test_unreadable_json(db, tmp_path):
    path = tmp_path / "d.json"
    path.write_text("[{\"dossierNo\": ", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    assert str(exc.value).startswith("d.json: unreadable JSON (")


def test_a_mapped_csv_is_refused_whole_with_its_rows(db, tmp_path):
    text = FOREIGN_CSV.read_text(encoding="utf-8-sig").splitlines()
    text[3] = text[3].replace("20250701081500", "20251301081500")     # row 4: month 13
    text[5] = text[5].replace(";3;", ";9;")                            # row 6: channel 9
    text[7] = text[7].replace("Dừng xử lý", "Đang phân loại")           # row 8: a status not mapped
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path, profile=profiles.read_mapping(FOREIGN_MAP))
    assert str(exc.value).splitlines() == [
        "row 4, Ngày nhận: '20251301081500' is not a date",
        "row 6, Hình thức: '9' is not a channel (Trực tuyến, Trực tiếp, Bưu chính)",
        "row 8, Tình trạng: 'Đang phân loại' is not a status (Đang xử lý, Chờ bổ sung, Đã trả, Từ chối, Rút hồ sơ, Từ chối tiếp nhận)",
    ]
    assert count(db) == 0


@pytest.mark.parametrize("value,expected", [
    ("01/07/2025 08:30:15", datetime(2025, 7, 1, 8, 30, 15)),
    ("2025-07-01T08:30:15", datetime(2025, 7, 1, 8, 30, 15)),
    ("20250701083015", datetime(2025, 7, 1, 8, 30, 15)),
    (20250701083015, datetime(2025, 7, 1, 8, 30, 15)),
    ("20250701", date(2025, 7, 1)),
    ("01/07/2025 00:00:00", date(2025, 7, 1)),
    ("1/7/2025", date(2025, 7, 1)),
    ("01.07.2025 8:05", datetime(2025, 7, 1, 8, 5)),
])
def test_the_date_forms(value, expected):
    assert date_or_datetime(value) == expected


@pytest.mark.parametrize("bad", ["31/02/2025", "20251301", "2025-07-01T25:00:00", "01/07/1899", "1/7/25", "hôm qua"])
def test_not_dates(bad):
    from core.errors import BadValue

    with pytest.raises(BadValue):
        date_or_datetime(bad)


def test_month_first_form_only_where_a_profile_says_so():
    assert date_or_datetime("07/03/2025") == date(2025, 3, 7)
    assert date_parser(month_first=True)("07/03/2025 10:00") == datetime(2025, 7, 3, 10, 0)
    assert date_parser(month_first=True, days=True)("2025-07-03T10:00:00") == date(2025, 7, 3)


@pytest.mark.parametrize("values,form", [
    (["01/07/2025 08:30:15", "13/07/2025 09:00:00"], "dd/MM/yyyy HH:mm:ss"),
    (["07/13/2025", "07/01/2025"], "MM/dd/yyyy"),
    (["01/07/2025", "02/07/2025"], "dd/MM/yyyy"),
    (["20250701083015", ""], "yyyyMMddHHmmss"),
    (["2025-07-01T08:30:15"], "yyyy-MM-ddTHH:mm:ss"),
    ([datetime(2025, 7, 1, 8, 0)], "Excel"),
    (["chưa có", None], None),
])
def test_date_form_detected(values, form):
    assert profiles.detect_date_form(values) == form


def test_cli_profile_commands_and_map(initialised_target, tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", initialised_target, *args],
                              capture_output=True, text=True, cwd=ROOT)

    out = run("import", "dossiers", str(FOREIGN_CSV), "--map", str(FOREIGN_MAP))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ("dossiers: 7 added, 0 updated, 1 not received yet (skipped) "
                                  "(read as Một cửa tỉnh (mẫu 2025))")
    assert run("profile", "save", str(FOREIGN_MAP), "--name", "Tỉnh 2025").stdout.strip() == "profile Tỉnh 2025 saved"
    listed = run("profile", "list").stdout.splitlines()
    assert listed == ["communedesk\tbuilt-in\t", "opencps\tbuilt-in\tdd/MM/yyyy HH:mm:ss",
                      "Tỉnh 2025\tsaved\tyyyyMMddHHmmss"]
    exported = tmp_path / "tinh.json"
    assert run("profile", "export", "tỉnh 2025", "--json", str(exported)).returncode == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["columns"]["Ngày nhận"] == "received"
    again = run("import", "dossiers", str(FOREIGN_CSV), "--profile", "Tỉnh 2025")
    assert again.stdout.strip() == "dossiers: 0 added, 7 updated, 1 not received yet (skipped) (read as Tỉnh 2025)"
    both = run("import", "dossiers", str(FOREIGN_CSV), "--profile", "x", "--map", str(FOREIGN_MAP))
    assert both.returncode != 0 and "not allowed with argument" in both.stderr
    assert run("profile", "delete", "opencps").returncode == 1
    assert run("profile", "delete", "Tỉnh 2025").stdout.strip() == "profile Tỉnh 2025 deleted"
    opencps = json.loads(run("profile", "export", "opencps").stdout)
    assert opencps["values"]["status"]["collecting"] == "not_received" and opencps["blank_received"] == "skip"


def test_opencps_profile_follows_interfaces_md():
    """Every key and status of the contract's table, as the profile reads them."""
    opencps = profiles.builtin_profiles(profiles.spec()[0])[1]
    cols = opencps.columns
    assert cols["dossierNo"] == ["code", "official_code"]
    assert [k for k, v in cols.items() if v == ["completed"]] == ["releaseDate", "finishDate"]
    assert cols["extendDate"] == ["apology_new_date"] and "extendDate" not in profiles.OPENCPS_COLUMNS.get("due", [])
    status = opencps.values["status"]
    assert {k for k, v in status.items() if v == "returned"} == {"done", "releasing", "posting"}
    assert {k for k, v in status.items() if v == "in_progress"} == {
        "processing", "handover", "paying", "interoperating", "correcting", "unresolved"}
    assert {k for k, v in status.items() if v == profiles.NOT_RECEIVED} == {"new", "receiving", "collecting"}
    assert (status["denied"], status["cancelled"], status["waiting"]) == ("rejected", "withdrawn", "awaiting_supplement")


def test_opencps_workbook_is_the_same_as_the_json():
    wb = openpyxl.load_workbook(OPENCPS_XLSX, read_only=True)
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0][0].startswith("DANH SÁCH HỒ SƠ") and rows[1] == (None,) * len(rows[1]) or len(rows[1]) <= 1
    assert rows[2][:3] == ("dossierId", "referenceUid", "dossierNo")
    assert len(rows) - 3 == len(json.loads(OPENCPS_JSON.read_text(encoding="utf-8"))["data"])


def test_unaccented_and_abbreviated_headers_are_suggested():
    """The mapping dialog's suggestions for headers typed without diacritics or abbreviated."""
    from core.imports.dossiers import COLUMNS

    headers = ["Ma HS", "Ten TTHC", "Linh vuc", "Nguoi nop", "Kenh", "Ngay nop", "Han xu ly", "Ngay ket thuc",
               "Can bo xu ly"]
    assert profiles.suggest_fields(headers, COLUMNS) == {
        0: "code", 1: "procedure", 2: "field", 3: "applicant", 4: "channel", 5: "received", 6: "due",
        7: "completed", 8: "handler"}


def test_the_holder_of_a_dossier_is_suggested_as_its_applicant():
    from core.imports.dossiers import COLUMNS

    headers = ["Mã hồ sơ", "Người đứng tên", "Tên người đứng tên hồ sơ", "Chủ hồ sơ"]
    for h in headers[1:]:
        assert profiles.suggest_field(h, COLUMNS)[0] == "applicant", h


@pytest.mark.parametrize("value, code", [
    ("Mới đăng ký", profiles.NOT_RECEIVED), ("Đã đăng ký", profiles.NOT_RECEIVED),
    ("Đăng ký mới", profiles.NOT_RECEIVED), ("Chờ tiếp nhận", profiles.NOT_RECEIVED),
    ("Đang xử lý", "in_progress"), ("Đang thẩm định", "in_progress"), ("Chờ bổ sung", "awaiting_supplement"),
    ("Đã trả kết quả", "returned"), ("Từ chối", "rejected"), ("Đã hủy", "withdrawn"),
    ("Chờ ký duyệt", "in_progress")])
def test_status_words_are_suggested_by_what_they_say(value, code):
    """A status saying the dossier is only registered (an online submission the counter has not
    received) must never be suggested as in progress: it would be counted as received."""
    assert profiles.suggest_value("status", value, None) == code


def test_an_export_with_only_the_system_code_maps_it_as_the_official_code(db):
    """The province's code column mapped to "Mã hồ sơ trên hệ thống" alone: it is the dossier's
    code as well, the file imports, and each dossier carries the code as both."""
    data = json.loads(FOREIGN_MAP.read_text(encoding="utf-8"))
    data["columns"]["Số hồ sơ"] = "official_code"
    mapping = profiles.from_json(data)
    assert mapping.columns["Số hồ sơ"] == ["official_code", "code"]
    check_foreign(db, run_import("dossiers", db, FOREIGN_CSV, profile=mapping))
    d = dossiers(db)["000.20.31.H26-250702-0002"]
    assert d.official_code == d.code == "000.20.31.H26-250702-0002"


SHADOW = {"format": "communedesk-import-profile", "version": 1, "name": "Bố cục riêng", "kind": "dossiers",
          "columns": {"Mã hồ sơ": "code", "Thủ tục": "procedure", "Lĩnh vực": "field", "Người nộp": "handler",
                      "Kênh nộp": "channel", "Ngày tiếp nhận": "received", "Hạn trả": "due",
                      "Ngày trả kết quả": "completed", "Trạng thái": "status", "Ghi chú": "address"},
          "values": {"channel": {"Trực tuyến": "postal", "Trực tiếp": "postal"}}, "dates": "MM/dd/yyyy"}


def test_a_saved_profile_naming_the_own_columns_never_reads_a_file_silently(db, tmp_path):
    """A profile saved over the application's own headers (plus one) would take every own-layout
    file with a note column: the file reads whole in both, so it is refused until the clerk says
    which (and --profile reads it as asked)."""
    with transaction(db.sessions) as s:
        profiles.save_profile(s, profiles.from_json(SHADOW))
    path = tmp_path / "own.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Kênh nộp,Ngày tiếp nhận,Hạn trả,Trạng thái,Ghi chú\n"
                    "SW-1,Đăng ký thường trú,Cư trú,Nguyễn Văn A,Trực tuyến,03/02/2025,11/02/2025,Đang xử lý,\n",
                    encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    assert [(p.row, p.code) for p in exc.value.errors] == [(1, "profile.two_layouts")]
    assert "'communedesk', 'Bố cục riêng'" in str(exc.value) and count(db) == 0
    result = run_import("dossiers", db, path, profile="communedesk")
    assert result.inserted == 1
    d = dossiers(db)["SW-1"]
    assert (d.received_date, d.channel, d.applicant_name) == (date(2025, 2, 3), "online", "Nguyễn Văn A")


def test_a_file_holding_two_systems_columns_is_refused(db, tmp_path):
    path = tmp_path / "both.csv"
    path.write_text("dossierNo,serviceName,domainName,receiveDate,dossierStatus,Mã hồ sơ,Thủ tục,Lĩnh vực,"
                    "Ngày tiếp nhận\nSYS-Q,Đăng ký khai sinh,Hộ tịch,02/01/2025 10:00:00,processing,OWN-Q,"
                    "Đăng ký kết hôn,Hộ tịch,03/01/2025\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    assert exc.value.errors[0].code == "profile.two_layouts" and count(db) == 0
