"""Difficulties and recommendations: recording, links, the state machine with history, the answer, the
`recommendations` figures of the return, and `import recommendations`."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from core import clock
from core import equipment as eq
from core import recommendations as rc
from core.db import transaction
from core.errors import TransitionError, ValidationError
from core.imports import ImportFailed, run_import
from core.models import ImportBatch, Recommendation, RecommendationEvent
from core.returns import Period
from core.return_sections import build_return

ROOT = Path(__file__).resolve().parents[2]
SEPT = Period.month(2025, 9)


def rec(s, content="Thiếu công chức CNTT", category="personnel", raised=date(2025, 9, 10), **kw):
    return rc.raise_recommendation(s, content=content, category=category, raised_date=raised, **kw)


def test_raise_validates_and_records_history(db):
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError) as exc:
            rc.raise_recommendation(s, content=" ", category="weather", raised_date=date(2999, 1, 1))
        assert set(exc.value.fields) == {"content", "category", "raised_date"}
        r = rec(s, content="Đe\u0302\u0300 nghi\u0323 bổ sung biên chế", addressed_to=" Sở Nội vụ ", user="vanthu")
        assert (r.content, r.addressed_to, r.status) == ("Đề nghị bổ sung biên chế", "Sở Nội vụ", "new")
        assert [(e.action, e.to_status, e.day, e.body, e.user_name) for e in r.events] == \
            [("raised", "new", date(2025, 9, 10), "Sở Nội vụ", "vanthu")]


def test_links_to_needs_and_staff_shortages(db):
    with transaction(db.sessions) as s:
        n1 = eq.propose_need(s, item="Máy scan", category="it", quantity_needed=2, on=date(2025, 9, 1))
        n2 = eq.propose_need(s, item="Xe bán tải", category="vehicle", quantity_needed=1, on=date(2025, 9, 1))
        r = rec(s, category="facilities", need_ids=[n1.id],
                shortages=[rc.Shortage("Văn phòng HĐND và UBND", "Công nghệ thông tin"),
                           ("Phòng Văn hóa - Xã hội", None)])
        assert [n.item for n in r.needs] == ["Máy scan"]
        assert [(x.department, x.specialty, x.specialty_key) for x in r.shortages] == [
            ("Văn phòng HĐND và UBND", "Công nghệ thông tin", "cong nghe thong tin"),
            ("Phòng Văn hóa - Xã hội", None, "")]
        rc.update_recommendation(s, r.id, need_ids=[n2.id, n1.id],
                                 shortages=[("VĂN PHÒNG HĐND VÀ UBND", "công nghệ thông tin")])
        assert [n.item for n in r.needs] == ["Máy scan", "Xe bán tải"]
        assert [x.department for x in r.shortages] == ["Văn phòng HĐND và UBND"]  # kept as first written
        assert r.events[-1].action == "edited" and r.events[-1].note == "needs, shortages"
        with pytest.raises(ValidationError):
            rc.update_recommendation(s, r.id, need_ids=[99999])
        with pytest.raises(ValidationError):
            rc.update_recommendation(s, r.id, shortages=[("", "Kế toán")])
        # Deleting a need removes the link, not the recommendation.
        eq.delete_need(s, n2.id)
        s.expire_all()
        assert [n.item for n in rc.get_recommendation(s, r.id).needs] == ["Máy scan"]


def test_a_recommendation_is_followed_to_its_answer(db):
    with transaction(db.sessions) as s:
        r = rec(s, addressed_to="UBND tỉnh")
        rid = r.id
        assert rc.rec_actions("new") == ["submit", "answer"]
        rc.transition_recommendation(s, rid, "submit", on=date(2025, 9, 12), body="Sở Nội vụ",
                                     note="Báo cáo 45/BC-UBND")
        with pytest.raises(ValidationError) as exc:
            rc.transition_recommendation(s, rid, "answer", on=date(2025, 10, 1))
        assert "answer" in exc.value.fields
        rc.answer_recommendation(s, rid, "Tỉnh sẽ tuyển dụng bổ sung trong quý IV", on=date(2025, 10, 3))
        rc.transition_recommendation(s, rid, "resolve", on=date(2025, 12, 20), user="chutich")
    with transaction(db.sessions, write=False) as s:
        r = s.get(Recommendation, rid)
        assert (r.status, r.addressed_to, r.submitted_date, r.answer, r.answer_date, r.answered_by,
                r.resolved_date) == ("resolved", "Sở Nội vụ", date(2025, 9, 12),
                                     "Tỉnh sẽ tuyển dụng bổ sung trong quý IV", date(2025, 10, 3), "Sở Nội vụ",
                                     date(2025, 12, 20))
        assert [(e.action, e.from_status, e.to_status, e.day, e.body) for e in r.events] == [
            ("raised", None, "new", date(2025, 9, 10), "UBND tỉnh"),
            ("submit", "new", "submitted", date(2025, 9, 12), "Sở Nội vụ"),
            ("answer", "submitted", "answered", date(2025, 10, 3), "Sở Nội vụ"),
            ("resolve", "answered", "resolved", date(2025, 12, 20), None),
        ]
        assert r.events[2].note == "Tỉnh sẽ tuyển dụng bổ sung trong quý IV"
        assert r.events[3].user_name == "chutich"
        assert rc.list_recommendations(s, rc.RecFilter(search="tuyen dung quy iv"))[0].id == rid


def test_illegal_steps_are_refused_and_an_answer_can_be_reopened(db):
    with transaction(db.sessions) as s:
        r = rec(s)
        with pytest.raises(TransitionError):
            rc.transition_recommendation(s, r.id, "resolve")
        with pytest.raises(TransitionError):
            rc.transition_recommendation(s, r.id, "reopen")
        with pytest.raises(TransitionError):
            rc.transition_recommendation(s, r.id, "forget")
        with pytest.raises(ValidationError):
            rc.transition_recommendation(s, r.id, "submit", on=date(2025, 9, 9))  # before it was raised
        with pytest.raises(ValidationError):
            rc.transition_recommendation(s, r.id, "submit", on=date(2999, 9, 9))
        rc.answer_recommendation(s, r.id, "Chưa có chỉ tiêu", on=date(2025, 9, 20), body="Sở Nội vụ")
        assert rc.rec_actions("answered") == ["resolve", "reopen"]
        rc.transition_recommendation(s, r.id, "reopen", on=date(2025, 9, 25), note="Kiến nghị lại")
        assert (r.status, r.submitted_date) == ("submitted", date(2025, 9, 25))
        assert r.answer == "Chưa có chỉ tiêu"  # the earlier answer stays on record until the next one
        assert [e.action for e in r.events] == ["raised", "answer", "reopen"]
        with pytest.raises(ValidationError):
            rc.update_recommendation(s, r.id, content="")
        with pytest.raises(TypeError):
            rc.update_recommendation(s, r.id, status="resolved")


def test_list_filters_and_totals(db):
    with transaction(db.sessions) as s:
        a = rec(s, content="Thiếu kế toán", raised=date(2025, 8, 30))
        rec(s, content="Máy chủ quá tải", category="digital", raised=date(2025, 9, 1))
        c = rec(s, content="Phân cấp cấp phép xây dựng", category="decentralization", raised=date(2025, 9, 30))
        rc.transition_recommendation(s, a.id, "submit", on=date(2025, 9, 2))
        rc.answer_recommendation(s, c.id, "Đồng ý", on=date(2025, 10, 1))
    with transaction(db.sessions, write=False) as s:
        everything = rc.list_recommendations(s)
        assert [r.content for r in everything] == ["Phân cấp cấp phép xây dựng", "Máy chủ quá tải", "Thiếu kế toán"]
        assert rc.rec_totals(everything) == {"count": 3, "by_status": {"new": 1, "submitted": 1, "answered": 1,
                                                                       "resolved": 0}}
        assert [r.content for r in rc.list_recommendations(s, rc.RecFilter(status="open"))] == \
            ["Máy chủ quá tải", "Thiếu kế toán"]
        assert [r.content for r in rc.list_recommendations(s, rc.RecFilter(category="digital"))] == ["Máy chủ quá tải"]
        assert [r.content for r in rc.list_recommendations(
            s, rc.RecFilter(raised_from=date(2025, 9, 1), raised_to=date(2025, 9, 30)))] == \
            ["Phân cấp cấp phép xây dựng", "Máy chủ quá tải"]
        assert [r.content for r in rc.list_recommendations(s, rc.RecFilter(search="KE TOAN"))] == ["Thiếu kế toán"]


def test_return_section_every_figure(db):
    with transaction(db.sessions) as s:
        rec(s, raised=date(2025, 8, 31))                                     # before the period
        a = rec(s, raised=date(2025, 9, 1), category="digital")              # first day
        b = rec(s, raised=date(2025, 9, 30), category="digital")             # last day
        c = rec(s, raised=date(2025, 9, 15), category="finance")
        d = rec(s, raised=date(2025, 10, 1), category="other")               # after it
        rc.transition_recommendation(s, a.id, "submit", on=date(2025, 9, 2))
        rc.answer_recommendation(s, b.id, "Đã bố trí", on=date(2025, 10, 2))
        rc.answer_recommendation(s, c.id, "Đã cấp kinh phí", on=date(2025, 9, 20))
        rc.transition_recommendation(s, c.id, "resolve", on=date(2025, 9, 25))
        rc.transition_recommendation(s, d.id, "submit", on=date(2025, 10, 2))
    with transaction(db.sessions, write=False) as s:
        section = rc.return_section(s, SEPT)
        # As they stood on 30 September: d (raised 1 October) is not there yet, and b (answered on
        # 2 October) was still new; a was submitted, c resolved.
        assert section == {"total": 4, "raised_in_period": 3,
                           "by_status": {"new": 2, "submitted": 1, "resolved": 1},
                           "by_category": {"personnel": 1, "digital": 2, "finance": 1}}
        assert rc.return_section(s, Period.month(2025, 10)) == {
            "total": 5, "raised_in_period": 1, "by_status": {"new": 1, "submitted": 2, "answered": 1, "resolved": 1},
            "by_category": {"personnel": 1, "digital": 2, "finance": 1, "other": 1}}
        assert json.loads(json.dumps(build_return(s, SEPT)))["recommendations"] == section
        assert rc.return_section(s, Period(date(2025, 9, 30), date(2025, 10, 1)))["raised_in_period"] == 2


def test_return_section_on_an_empty_register(db):
    with transaction(db.sessions, write=False) as s:
        assert rc.return_section(s, SEPT) == {"total": 0, "raised_in_period": 0, "by_status": {}, "by_category": {}}


# ---------------------------------------------------------------- import
HEADER = ["STT", "Nội dung", "Lĩnh vực", "Ngày nêu", "Cơ quan tiếp nhận", "Trạng thái", "Trả lời", "Ngày trả lời"]
ROWS = [
    [1, "Thiếu 02 công chức chuyên ngành CNTT", "Nhân sự", datetime(2025, 9, 5), "Sở Nội vụ", "Đã gửi", None, None],
    [2, "Đề nghị trang bị máy scan cho bộ phận một cửa", "Cơ sở vật chất", "12/09/2025", "UBND tỉnh", "Đã trả lời",
     "Sở Tài chính bố trí kinh phí năm 2026", "25/09/2025"],
    [3, "Hệ thống một cửa điện tử thường xuyên quá tải", "CNTT – Chuyển đổi số", "2025-09-30", "Sở KH&CN", None, None,
     None],
    [4, "Đề nghị phân cấp thẩm quyền cấp phép xây dựng", "Phân cấp, ủy quyền", "01/10/2025", "Sở Xây dựng", "new",
     None, None],
    [5, "Bổ sung kinh phí chi thường xuyên", "finance", "28/08/2025", "Sở Tài chính", "resolved", "Đã cấp bổ sung",
     "10/09/2025"],
    [6, "Khó khăn về trụ sở làm việc sau sáp nhập", None, None, None, None, "Tỉnh đang rà soát", "01/10/2025"],
]
# September as it stood on its last day: the rows raised on 1 October (4) and without a date (6: it
# counts from the day it was imported) are not there yet.
ROWS_SECTION = {"total": 4, "raised_in_period": 3,
                "by_status": {"new": 1, "submitted": 1, "answered": 1, "resolved": 1},
                "by_category": {"personnel": 1, "facilities": 1, "digital": 1, "finance": 1}}
# Every row, in a period containing the day of the import.
ROWS_ALL = {"by_status": {"new": 2, "submitted": 1, "answered": 2, "resolved": 1},
            "by_category": {"personnel": 1, "facilities": 1, "digital": 1, "decentralization": 1, "finance": 1,
                            "other": 1}}


def workbook(path: Path, rows: list[list], header: list[str] = HEADER) -> Path:
    """Title rows above the header as offices write them: the header on row 4, data from row 5."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["UBND XÃ THƯỢNG TÍN"])
    ws.append(["TỔNG HỢP KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ"])
    ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_a_realistic_workbook(db, tmp_path):
    with clock.frozen(date(2025, 10, 20)):
        result = run_import("recommendations", db, workbook(tmp_path / "kien-nghi.xlsx", ROWS), user="vanthu")
    assert (result.inserted, result.updated) == (6, 0)
    with transaction(db.sessions, write=False) as s:
        assert rc.return_section(s, SEPT) == ROWS_SECTION
        october = rc.return_section(s, Period.month(2025, 10))
        assert (october["total"], october["raised_in_period"]) == (6, 1)
        assert {k: october[k] for k in ROWS_ALL} == ROWS_ALL
        r = s.scalar(select(Recommendation).where(Recommendation.content.like("Đề nghị trang bị%")))
        assert (r.category, r.raised_date, r.addressed_to, r.status, r.answer, r.answered_by) == (
            "facilities", date(2025, 9, 12), "UBND tỉnh", "answered", "Sở Tài chính bố trí kinh phí năm 2026",
            "UBND tỉnh")
        last = s.scalar(select(Recommendation).where(Recommendation.content.like("Khó khăn về trụ sở%")))
        # no status but an answer: answered; no category: other; no date: not in any period
        assert (last.status, last.category, last.raised_date) == ("answered", "other", None)
        assert [(e.action, e.to_status, e.note, e.user_name) for e in last.events] == \
            [("imported", "answered", "kien-nghi.xlsx", "vanthu")]
    with transaction(db.sessions) as s:  # imported rows follow the same state machine
        rc.transition_recommendation(s, r.id, "resolve", on=date(2025, 10, 15))


def _refused(db, path) -> list[str]:
    with pytest.raises(ImportFailed) as exc:
        run_import("recommendations", db, path)
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Recommendation)) == 0
        assert s.scalar(select(func.count()).select_from(RecommendationEvent)) == 0
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0
    return [str(e) for e in exc.value.errors]


def test_import_refuses_bad_rows_naming_the_excel_row(db, tmp_path):
    rows = [list(r) for r in ROWS]
    rows[1][3] = "31/02/2025"             # row 6: no such day
    rows[2][2] = "Thời tiết"              # row 7: unknown category
    rows[3][5] = "Đang chờ"               # row 8: unknown status
    rows[4][1] = None                     # row 9: no content
    errors = _refused(db, workbook(tmp_path / "x.xlsx", rows))
    assert errors[0] == "row 6, Ngày nêu: '31/02/2025' is not a date"
    assert errors[1].startswith("row 7, Lĩnh vực: 'Thời tiết' is not a category (Nhân sự, Cơ sở vật chất")
    assert errors[2].startswith("row 8, Trạng thái: 'Đang chờ' is not a status (Mới, Đã gửi")
    assert errors[3] == "row 9, Nội dung: is required"
    assert len(errors) == 4


def test_import_english_and_annotated_headers(db, tmp_path):
    header = ["No.", "Content (*)", "Category", "Date raised", "Addressed to", "Status", "Response", "Answer date"]
    rows = [[1, "Lack of IT staff", "personnel", "2025-09-03", "Department of Home Affairs", "submitted", None, None],
            [2, "Scanner", "facilities", "03/09/2025", "Province", "answered", "Funded in Q4", "2025-09-20"]]
    assert run_import("recommendations", db, workbook(tmp_path / "en.xlsx", rows, header)).inserted == 2
    with transaction(db.sessions, write=False) as s:
        assert rc.return_section(s, SEPT) == {"total": 2, "raised_in_period": 2,
                                              "by_status": {"submitted": 1, "answered": 1},
                                              "by_category": {"personnel": 1, "facilities": 1}}


def test_import_refuses_a_missing_required_column(db, tmp_path):
    header = ["STT", "Lĩnh vực", "Ngày nêu", "Trạng thái"]
    errors = _refused(db, workbook(tmp_path / "x.xlsx", [[1, "Nhân sự", "05/09/2025", "Mới"]], header))
    assert errors == ["row 4: missing required column 'Nội dung'"]


def test_import_refuses_an_answer_before_the_question(db, tmp_path):
    rows = [ROWS[0], ROWS[1][:-1] + ["01/09/2025"]]
    assert _refused(db, workbook(tmp_path / "x.xlsx", rows)) == \
        ["row 6, Ngày trả lời: is before the date raised"]


def test_import_refuses_an_answered_recommendation_without_its_answer_date(db, tmp_path):
    rows = [ROWS[1][:-1] + [None], ROWS[4][:-1] + [None], ROWS[5][:-1] + [None], ROWS[0], ROWS[4][:6] + [None, None]]
    assert _refused(db, workbook(tmp_path / "x.xlsx", rows)) == [
        "row 5, Ngày trả lời: needs the answer date when the status is 'Đã trả lời'",
        "row 6, Ngày trả lời: needs the answer date when the status is 'Đã giải quyết'",
        "row 7, Ngày trả lời: needs the answer date when the status is 'Đã trả lời'"]  # an answer, no status
    assert rc.answer_refusal("resolved", None, None) is None  # resolved without an answer: nothing to date


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_cli_import_and_report(db, db_target, tmp_path):
    done = _cli("--db", db_target, "import", "recommendations", str(workbook(tmp_path / "k.xlsx", ROWS)))
    assert done.returncode == 0, done.stderr
    assert "6 added" in done.stdout
    done = _cli("--db", db_target, "report", "--month", "2025-09", "--json", "-")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["recommendations"] == ROWS_SECTION
    done = _cli("--db", db_target, "report", "--from", "2025-10-01", "--to", "2025-10-31", "--json", "-")
    assert json.loads(done.stdout)["recommendations"]["raised_in_period"] == 1
    # The row without a date counts from the day of the import: in the return of this month.
    done = _cli("--db", db_target, "report", "--month", f"{date.today():%Y-%m}", "--json", "-")
    now = json.loads(done.stdout)["recommendations"]
    assert now["total"] == 6 and {k: now[k] for k in ROWS_ALL} == ROWS_ALL
    bad = [list(r) for r in ROWS]
    bad[0][3] = "32/09/2025"
    done = _cli("--db", db_target, "import", "recommendations", str(workbook(tmp_path / "bad.xlsx", bad)))
    assert done.returncode != 0 and "row 5, Ngày nêu: '32/09/2025' is not a date" in done.stderr
