"""`import sites`: the site-problem register from a file, all or nothing, and the return's table of
places with problems filled from it."""
import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core import clock
from core.db import transaction
from core.equipment import return_details
from core.errors import ImportFailed
from core.imports import run_import
from core.models import ImportBatch, SiteProblem
from core.returns import Period

HEADER = ["STT", "Thôn, địa điểm", "Loại", "Mô tả", "Từ ngày", "Số hộ bị ảnh hưởng", "Trạng thái",
          "Ngày khắc phục"]
ROWS = [
    [1, "Thôn Nà Pồng", "Không có sóng di động", "Vùng lõm sóng", "01/03/2024", "45", "Chưa khắc phục", ""],
    [2, "Thôn Nà Pồng", "power", "", "2024-05-10", 12, "", ""],
    [3, "Bản Khuổi", "internet", "Cáp quang chưa tới", "", "1.200", "Đang khắc phục", ""],
    [4, "Tổ dân phố 2", "đường", "Sạt lở", "01/06/2025", "", "Đã khắc phục", "20/06/2025"],
    [5, "Thôn Cũ", "Khác", "", "01/01/2025", "3", "Đã khắc phục", "15/01/2025"],
]


def write_csv(path, rows, title=True):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        if title:
            w.writerow(["DANH SÁCH ĐỊA BÀN KHÓ KHĂN"])
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def problems(db):
    with transaction(db.sessions, write=False) as s:
        return [(p.place, p.kind, p.since, p.households, p.status, p.resolved_date)
                for p in s.scalars(select(SiteProblem).order_by(SiteProblem.id))]


def test_sites_are_imported_and_fill_the_return(db, tmp_path):
    result = run_import("sites", db, write_csv(tmp_path / "sites.csv", ROWS))
    assert (result.inserted, result.updated) == (5, 0)
    assert problems(db) == [
        ("Thôn Nà Pồng", "no_signal", date(2024, 3, 1), 45, "open", None),
        ("Thôn Nà Pồng", "no_power", date(2024, 5, 10), 12, "open", None),
        ("Bản Khuổi", "weak_network", None, 1200, "in_progress", None),
        ("Tổ dân phố 2", "road", date(2025, 6, 1), None, "resolved", date(2025, 6, 20)),
        ("Thôn Cũ", "other", date(2025, 1, 1), 3, "resolved", date(2025, 1, 15)),
    ]
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(SiteProblem).where(SiteProblem.import_batch_id.is_not(None))) == 5
        assert s.scalar(select(ImportBatch.kind)) == "sites"
        table = return_details(s, Period.month(2025, 6))[1]
    # June 2025 as it stood then: the two open since 2024, and the road resolved in June; not the one
    # resolved in January, nor the one without a date (its history starts on the day it was imported).
    assert [(r[0], r[1], r[4], r[5]) for r in table.rows] == [
        ("Thôn Nà Pồng", "Không có điện", 12, "Chưa khắc phục"),
        ("Thôn Nà Pồng", "Không có sóng di động", 45, "Chưa khắc phục"),
        ("Tổ dân phố 2", "Giao thông", None, "Đã khắc phục"),
    ]
    with transaction(db.sessions, write=False) as s:
        today = return_details(s, Period(clock.today().replace(day=1), clock.today()))[1]
    assert ("Bản Khuổi", "Mạng yếu", 1200, "Đang khắc phục") in [(r[0], r[1], r[4], r[5]) for r in today.rows]


def test_a_bad_row_refuses_the_whole_file_with_row_numbers(db, tmp_path):
    bad = ROWS + [
        [6, "", "power", "", "", "", "", ""],
        [7, "Thôn Mới", "lũ", "", "", "", "", ""],
        [8, "Thôn Mới", "power", "", "", "-2", "", ""],
        [9, "Thôn Mới", "road", "", "10/05/2025", "", "Đã khắc phục", "01/05/2025"],
        [10, "Thôn Mới", "road", "", "", "", "Chưa khắc phục", "01/05/2025"],
        [11, "Thôn Mới", "power", "", "01/01/2099", "", "", ""],
    ]
    with pytest.raises(ImportFailed) as err:
        run_import("sites", db, write_csv(tmp_path / "sites.csv", bad))
    where = sorted((p.row, p.column) for p in err.value.problems)
    # Row numbers as the sheet shows them: a title row, the header, then the data from row 3.
    assert where == [(8, "Thôn, địa điểm"), (9, "Loại"), (10, "Số hộ bị ảnh hưởng"), (11, "Ngày khắc phục"),
                     (12, "Ngày khắc phục"), (13, "Từ ngày")]
    assert problems(db) == []
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_sites_from_a_json_list(db, tmp_path):
    path = tmp_path / "sites.json"
    path.write_text(json.dumps([{"place": "Thôn A", "kind": "signal", "households": 7, "status": "open"},
                                {"place": "Thôn B", "kind": "road", "since": "2025-02-01"}]), encoding="utf-8")
    assert run_import("sites", db, path).inserted == 2
    assert [p[:4] for p in problems(db)] == [("Thôn A", "no_signal", None, 7), ("Thôn B", "road", date(2025, 2, 1), None)]


def test_cli_import_sites(initialised_target, tmp_path):
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, str(root / "main.py"), "--db", initialised_target, "import", "sites",
                          str(write_csv(tmp_path / "s.csv", ROWS[:2]))], capture_output=True, text=True, cwd=root)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "sites: 2 added, 0 updated"


def test_importing_the_same_list_again_updates_it(db, tmp_path):
    """A site problem is known by its place and kind: the same file twice adds nothing, next month's
    list updates the problems (a blank cell keeps what was recorded, a new status is a step)."""
    run_import("sites", db, write_csv(tmp_path / "sites.csv", ROWS))
    again = run_import("sites", db, write_csv(tmp_path / "sites.csv", ROWS))
    assert (again.inserted, again.updated) == (0, 5)
    assert len(problems(db)) == 5
    later = [[1, "thon na pong", "Không có sóng di động", "", "", "", "Đã khắc phục", "10/11/2026"],
             [2, "Thôn Mới", "road", "Sạt lở", "01/11/2026", "8", "", ""]]
    result = run_import("sites", db, write_csv(tmp_path / "later.csv", later))
    assert (result.inserted, result.updated) == (1, 1)
    got = problems(db)
    # The place as first written, with its diacritics.
    assert got[0] == ("Thôn Nà Pồng", "no_signal", date(2024, 3, 1), 45, "resolved", date(2026, 11, 10))
    assert got[-1] == ("Thôn Mới", "road", date(2026, 11, 1), 8, "open", None)
    with transaction(db.sessions, write=False) as s:
        first = s.scalar(select(SiteProblem).order_by(SiteProblem.id))
        assert [(e.action, e.day, e.to_status) for e in first.events] == [
            ("imported", date(2024, 3, 1), "open"), ("resolved", date(2026, 11, 10), "resolved")]
    twice = [[1, "Thôn Mới", "road", "", "", "", "", ""], [2, "Thon Moi", "Giao thông", "", "", "", "", ""]]
    with pytest.raises(ImportFailed) as err:
        run_import("sites", db, write_csv(tmp_path / "twice.csv", twice))
    assert [(p.row, p.column, p.code) for p in err.value.problems] == [(4, "Loại", "import.repeated")]


def test_every_bad_cell_of_a_row_is_reported(db, tmp_path):
    bad = [[1, "", "lũ lụt", "", "31/02/2026", "abc", "Tạm ổn", ""]]
    with pytest.raises(ImportFailed) as err:
        run_import("sites", db, write_csv(tmp_path / "sites.csv", bad))
    assert [(p.row, p.column) for p in err.value.problems] == [
        (3, "Thôn, địa điểm"), (3, "Từ ngày"), (3, "Số hộ bị ảnh hưởng"), (3, "Loại"), (3, "Trạng thái")]


def test_the_returns_table_says_fixed_places_and_notes(db, tmp_path):
    """The table lists the places fixed in the period too, so its title says so; the notes imported
    are printed."""
    rows = [[1, "Điểm trường Khe Ván", "Mạng yếu", "", "01/09/2026", "0", "Đã khắc phục", "10/11/2026"]]
    path = tmp_path / "sites.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER + ["Ghi chú"])
        w.writerow(rows[0] + ["đã lắp cáp quang"])
    run_import("sites", db, path)
    with transaction(db.sessions, write=False) as s:
        table = return_details(s, Period.month(2026, 11))[1]
    assert "kể cả nơi đã khắc phục" in table.title
    assert [(r[0], r[5], r[7]) for r in table.rows] == [("Điểm trường Khe Ván", "Đã khắc phục", "đã lắp cáp quang")]


def test_the_return_says_the_places_and_households_with_its_annex(db, tmp_path):
    """Under the equipment figures the return says, in a sentence, how many places had a problem in
    the period, how many are still not fixed and how many households they cut off, and names the
    annex that lists them; a period without any says so."""
    from pypdf import PdfReader

    from core.exports import write_return_files
    from core.return_sections import build_return

    run_import("sites", db, write_csv(tmp_path / "sites.csv", ROWS))
    june = Period.month(2025, 6)
    with transaction(db.sessions, write=False) as s:
        table = return_details(s, june)[1]
        assert table.summary == ("Trong kỳ có 3 vấn đề về hạ tầng tại 2 thôn, địa điểm; đến cuối kỳ còn 2 vấn đề "
                                 "chưa khắc phục (không có điện 1, không có sóng di động 1), ảnh hưởng 57 lượt hộ")
        pdf = tmp_path / "june.pdf"
        write_return_files(s, june, build_return(s, june), pdf=pdf)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Trong kỳ có 3 vấn đề về hạ tầng tại 2 thôn, địa điểm; đến cuối kỳ còn 2 vấn đề chưa khắc phục" in text
    annex = text.split("ảnh hưởng 57 lượt hộ (chi tiết tại ")[1].split(" ")[:3]
    assert annex[0] == "Phụ" and annex[1] == "lục"
    assert f"Phụ lục {annex[2]} DANH SÁCH ĐỊA BÀN KHÓ KHĂN" in text
    with transaction(db.sessions, write=False) as s:
        empty = return_details(s, Period.month(2023, 6))[1]
    assert empty.summary == ("Trong kỳ không có thôn, địa điểm nào gặp khó khăn về sóng di động, điện, mạng, "
                             "giao thông")


def test_a_new_outage_at_a_place_is_a_problem_of_its_own(db, tmp_path):
    """Signal lost in March and fixed, lost again in June: two problems, so that March's return keeps
    the first as it was; a file may hold both outages, each with its own first day."""
    march = [[1, "Thôn Đông", "no_signal", "Đợt 1", "01/03/2025", "120", "Đã khắc phục", "10/03/2025"]]
    run_import("sites", db, write_csv(tmp_path / "m.csv", march))
    june = [[1, "thon dong", "no_signal", "Đợt 2", "01/06/2025", "80", "Chưa khắc phục", ""]]
    result = run_import("sites", db, write_csv(tmp_path / "j.csv", june))
    assert (result.inserted, result.updated) == (1, 0)
    assert problems(db) == [("Thôn Đông", "no_signal", date(2025, 3, 1), 120, "resolved", date(2025, 3, 10)),
                            ("thon dong", "no_signal", date(2025, 6, 1), 80, "open", None)]
    with transaction(db.sessions, write=False) as s:
        rows = return_details(s, Period.month(2025, 3))[1].rows
    assert [(r[2], r[3], r[4], r[6]) for r in rows] == [("Đợt 1", date(2025, 3, 1), 120, date(2025, 3, 10))]
    both = march + [[2, "Thôn Đông", "no_signal", "Đợt 2", "01/06/2025", "80", "Đã khắc phục", "20/06/2025"]]
    again = run_import("sites", db, write_csv(tmp_path / "both.csv", both))
    assert (again.inserted, again.updated) == (0, 2)
    assert problems(db)[1][4:] == ("resolved", date(2025, 6, 20))


def test_resolved_without_its_day_is_refused_unless_already_resolved(db, tmp_path):
    rows = [[1, "Bản Khuổi", "power", "", "01/03/2025", "10", "Đã khắc phục", ""]]
    with pytest.raises(ImportFailed) as err:
        run_import("sites", db, write_csv(tmp_path / "r.csv", rows))
    assert [(p.row, p.column, p.code) for p in err.value.problems] == [(3, "Ngày khắc phục",
                                                                         "import.resolved_without_date")]
    assert problems(db) == []
    rows[0][7] = "05/03/2025"
    run_import("sites", db, write_csv(tmp_path / "r.csv", rows))
    rows[0][7] = ""  # next month's list, without the day: the one recorded stays
    run_import("sites", db, write_csv(tmp_path / "r.csv", rows))
    assert problems(db)[0][4:] == ("resolved", date(2025, 3, 5))
