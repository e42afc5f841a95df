"""Registers as of T (domain.md, "As of T"): a past month's return shows the needs, site problems and
recommendations as they stood on its last day, and the overdue dossiers with their status of that day;
re-made after later edits it is the same."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import update

from core import clock
from core import equipment as eq
from core import recommendations as rc
from core.db import transaction
from core.dossiers import Applicant, intake, transition
from core.imports import run_import
from core.models import Dossier
from core.returns import Period
from core.returns_lists import overdue_pending
from core.return_sections import build_return, section_details
from tests.core.test_equipment import workbook
from tests.factories import dossier, procedure

SEPT = Period.month(2025, 9)


def september(db, tmp_path) -> dict[str, int]:
    """What the office recorded in September 2025 (each step on its own day)."""
    ids = {}
    with clock.frozen(date(2025, 9, 20)):
        run_import("equipment", db, workbook(tmp_path / "n3.xlsx", [
            [1, "Máy chủ", "it", "Bộ", 0, 1, "90.000.000", "Cao", "Đã phê duyệt", "UBND xã", None]]))
    with clock.frozen(date(2025, 9, 25)), transaction(db.sessions) as s:
        n1 = eq.propose_need(s, item="Máy tính", category="it", quantity_needed=2, unit_cost=15_000_000,
                             on=date(2025, 9, 2))
        eq.transition_need(s, n1.id, "submit", on=date(2025, 9, 15), body="UBND tỉnh")
        n2 = eq.propose_need(s, item="Máy scan", category="it", quantity_needed=1, unit_cost=28_000_000,
                             on=date(2025, 9, 5))
        r1 = rc.raise_recommendation(s, content="Thiếu công chức CNTT", category="personnel",
                                     raised_date=date(2025, 9, 3))
        rc.transition_recommendation(s, r1.id, "submit", on=date(2025, 9, 4), body="Sở Nội vụ")
        r2 = rc.raise_recommendation(s, content="Kinh phí số hóa", category="finance", raised_date=date(2025, 8, 20))
        rc.answer_recommendation(s, r2.id, "Đã cấp", on=date(2025, 9, 1))
        rc.transition_recommendation(s, r2.id, "resolve", on=date(2025, 9, 10))
        r3 = rc.raise_recommendation(s, content="Trụ sở xuống cấp", category="facilities",
                                     raised_date=date(2025, 8, 1))
        rc.answer_recommendation(s, r3.id, "Sửa trong quý III", on=date(2025, 8, 5))
        rc.transition_recommendation(s, r3.id, "resolve", on=date(2025, 8, 10))
        p1 = eq.add_problem(s, place="Thôn Đồng Tâm", kind="no_signal", since=date(2025, 7, 1), households=120)
        p2 = eq.add_problem(s, place="Thôn Yên Bình", kind="no_power", households=30)  # since: today, 25 Sept
        eq.update_problem(s, p2.id, status="resolved", resolved_date=date(2025, 9, 25))
        proc = procedure(s, legal_days=3)
        x = intake(s, procedure_id=proc.id, applicant=Applicant("Nguyễn Văn An"),
                   received_at=datetime(2025, 9, 1, 9, 0))                      # due 4 September: overdue
        y = dossier(s, code="IMPORTED", received=date(2025, 9, 2), due=date(2025, 9, 8))  # no history
        ids.update(n1=n1.id, n2=n2.id, r1=r1.id, p1=p1.id, x=x.id, y=y.id)
    return ids


def october(db, ids) -> None:
    """October's edits: statuses moved on, new records, answers received, dossiers closed."""
    with clock.frozen(date(2025, 10, 25)), transaction(db.sessions) as s:
        eq.transition_need(s, ids["n2"], "submit", on=date(2025, 10, 1))
        eq.transition_need(s, ids["n2"], "approve", on=date(2025, 10, 10), body="UBND tỉnh")
        eq.transition_need(s, ids["n2"], "deliver", on=date(2025, 10, 20))
        eq.update_need(s, ids["n1"], justification="Máy cũ hỏng")
        eq.propose_need(s, item="Xe bán tải", category="vehicle", quantity_needed=1, unit_cost=850_000_000,
                        on=date(2025, 10, 2))
        rc.answer_recommendation(s, ids["r1"], "Tỉnh điều động 01 công chức", on=date(2025, 10, 8))
        rc.raise_recommendation(s, content="Phân cấp cấp phép", category="decentralization",
                                raised_date=date(2025, 10, 3))
        eq.update_problem(s, ids["p1"], status="in_progress")
        eq.update_problem(s, ids["p1"], status="resolved", resolved_date=date(2025, 10, 20))
        eq.add_problem(s, place="Bản Nà Lừa", kind="road", since=date(2025, 10, 1))
        transition(s, ids["x"], "return", on=date(2025, 10, 5))
        s.execute(update(Dossier).where(Dossier.id == ids["y"]).values(status="returned",
                                                                       completed_date=date(2025, 10, 7)))


def _september(db):
    with transaction(db.sessions, write=False) as s:
        data = build_return(s, SEPT)
        details = {k: [(t.title, t.rows) for t in v] for k, v in section_details(s, SEPT).items()}
        overdue = [(r.code, r.status, r.days_late) for r in overdue_pending(s, SEPT)]
    return data, details, overdue


def test_september_is_the_same_after_octobers_edits(db, tmp_path):
    ids = september(db, tmp_path)
    with clock.frozen(date(2025, 10, 1)):
        before = _september(db)
    october(db, ids)
    with clock.frozen(date(2025, 12, 5)):
        after = _september(db)
    assert after == before
    data, details, overdue = after
    # By hand, on 30 September: Máy tính submitted, Máy scan proposed, Máy chủ approved (imported on
    # the 20th); the Xe bán tải of October is not there.
    assert data["equipment"] == {
        "open_needs": 3, "open_estimated_cost": 30_000_000 + 28_000_000 + 90_000_000,
        "by_status": {"proposed": {"count": 1, "quantity": 1, "estimated_cost": 28_000_000},
                      "submitted": {"count": 1, "quantity": 2, "estimated_cost": 30_000_000},
                      "approved": {"count": 1, "quantity": 1, "estimated_cost": 90_000_000}},
        "by_category": {"it": {"count": 3, "quantity": 4, "estimated_cost": 148_000_000}}}
    # The CNTT recommendation was submitted (answered on 8 October); the two others resolved; the
    # one raised on 3 October is not there.
    assert data["recommendations"] == {"total": 3, "raised_in_period": 1,
                                       "by_status": {"submitted": 1, "resolved": 2},
                                       "by_category": {"personnel": 1, "facilities": 1, "finance": 1}}
    (_, needs), (_, problems) = details["equipment"]
    assert [(r[0], r[8]) for r in needs] == [("Máy scan", "Đề xuất"), ("Máy tính", "Đã gửi tỉnh"),
                                             ("Máy chủ", "Đã phê duyệt")]
    assert [(r[0], r[5], r[6]) for r in problems] == [("Thôn Đồng Tâm", "Chưa khắc phục", None),
                                                      ("Thôn Yên Bình", "Đã khắc phục", date(2025, 9, 25))]
    [(_, recs)] = details["recommendations"]
    # Trụ sở was resolved in August: not in September's list; the CNTT one had no answer yet.
    assert [(r[0], r[4], r[5]) for r in recs] == [("Kinh phí số hóa", "Đã giải quyết", "Đã cấp"),
                                                  ("Thiếu công chức CNTT", "Đã gửi", None)]
    # Both dossiers were overdue and in progress on 30 September, though returned since (today's
    # status would say "returned"); the imported one has no history and was pending: in progress.
    # Received on 1 September 2025 (a day off: 1-2 September), the first is due after three working
    # days from the 3rd: Monday 8 September, like the imported one; 22 days overdue on the 30th.
    assert sorted(overdue) == [("HS-250901-0001", "in_progress", 22), ("IMPORTED", "in_progress", 22)]


def test_october_shows_the_edits(db, tmp_path):
    ids = september(db, tmp_path)
    october(db, ids)
    with clock.frozen(date(2025, 12, 5)), transaction(db.sessions, write=False) as s:
        data = build_return(s, Period.month(2025, 10))
        _, problems = (t.rows for t in eq.return_details(s, Period.month(2025, 10)))
        assert overdue_pending(s, Period.month(2025, 10)) == []
    assert data["equipment"]["by_status"]["delivered"]["count"] == 1
    assert data["equipment"]["by_category"]["vehicle"]["count"] == 1
    assert data["recommendations"]["by_status"] == {"new": 1, "answered": 1, "resolved": 2}
    assert [(r[0], r[5], r[6]) for r in problems] == [("Bản Nà Lừa", "Chưa khắc phục", None),
                                                      ("Thôn Đồng Tâm", "Đã khắc phục", date(2025, 10, 20))]


@pytest.mark.parametrize("day, status", [(date(2025, 9, 30), None), (date(2025, 10, 4), "in_progress"),
                                         (date(2025, 10, 25), "in_progress")])
def test_a_site_problem_reopened_and_its_days(db, day, status):
    """History written by update_problem: in progress from the day it was marked so."""
    with clock.frozen(date(2025, 10, 4)), transaction(db.sessions) as s:
        p = eq.add_problem(s, place="Thôn Mới", kind="weak_network")  # recorded on 4 October
        eq.update_problem(s, p.id, status="in_progress")
    with transaction(db.sessions, write=False) as s:
        found = s.execute(eq.problems_on(day)).all()
    assert [row.status_on for row in found] == ([status] if status else [None])
