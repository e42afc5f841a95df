"""Equipment on hand, needs (state machine, history, delivery), site problems, the `equipment` figures
of the return, and `import equipment`."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from core import clock
from core import equipment as eq
from core.db import transaction
from core.errors import TransitionError, ValidationError
from core.imports import ImportFailed, run_import
from core.models import EquipmentItem, ImportBatch, Need, NeedEvent
from core.returns import Period
from core.return_sections import build_return

ROOT = Path(__file__).resolve().parents[2]
MONTH = Period.month(2025, 9)


def need(s, item="Máy tính để bàn", category="it", needed=5, cost=15_000_000, status=None, **kw):
    """A need proposed on 1 Sep 2025, then taken to `status` through the state machine."""
    n = eq.propose_need(s, item=item, category=category, quantity_needed=needed, unit_cost=cost,
                        on=date(2025, 9, 1), **kw)
    steps = {"submitted": ["submit"], "approved": ["submit", "approve"],
             "delivered": ["submit", "approve", "deliver"], "rejected": ["reject"]}
    for i, action in enumerate(steps.get(status, [])):
        eq.transition_need(s, n.id, action, on=date(2025, 9, 2 + i), body="UBND tỉnh Hà Nội")
    return n


# ---------------------------------------------------------------- values
@pytest.mark.parametrize("text, value", [
    ("12.000.000", 12_000_000), ("12.000.000 đồng", 12_000_000), ("12.000.000đ", 12_000_000),
    ("15 triệu", 15_000_000), ("1,2 tỷ", 1_200_000_000), ("500 nghìn đồng", 500_000), ("2.5 triệu", 2_500_000),
    (12000000, 12_000_000), (12000000.0, 12_000_000), ("850000000", 850_000_000),
    ("1.234.567,6", 1_234_568), ("12,000,000", 12_000_000), ("  ", None), (None, None),
])
def test_money_as_numbers_or_vietnamese_text(text, value):
    assert eq.parse_money(text) == value


@pytest.mark.parametrize("text", ["12.000.ab", "mười triệu", "-5.000", "1.2.3", "triệu", "-3 triệu"])
def test_bad_money_is_refused(text):
    with pytest.raises(ValueError):
        eq.parse_money(text)


def test_money_in_a_column_of_millions():
    assert eq.money_scale("Đơn giá dự kiến (triệu đồng)") == 1_000_000
    assert eq.money_scale("Đơn giá (1.000 đồng)") == 1_000
    assert eq.money_scale("Đơn giá dự kiến (đồng)") == 1
    assert eq.parse_money(15, scale=1_000_000) == 15_000_000
    assert eq.parse_money("1,25", scale=1_000_000) == 1_250_000


def test_estimated_cost_is_quantity_times_unit_cost():
    assert eq.estimated_cost(6, 15_000_000) == 90_000_000
    assert eq.estimated_cost(3, None) == 0
    assert eq.estimated_cost(2, 1_200_000_000) == 2_400_000_000  # beyond 32 bits


# ---------------------------------------------------------------- needs
def test_propose_validates_every_field(db):
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError) as exc:
            eq.propose_need(s, item="  ", category="spaceship", quantity_needed=-2, unit_cost="abc",
                            priority="urgent")
        assert set(exc.value.fields) == {"item", "category", "quantity_needed", "unit_cost", "priority"}
        with pytest.raises(ValidationError) as exc:
            eq.propose_need(s, item="Máy in", category="it", quantity_needed=None)
        assert "quantity_needed" in exc.value.fields
        with pytest.raises(ValidationError) as exc:
            eq.propose_need(s, item="Máy in", category="it", quantity_needed="2,5")
        assert "whole number" in exc.value.fields["quantity_needed"]


def test_propose_normalises_text_and_records_history(db):
    decomposed = "Ma\u0301y ti\u0301nh xa\u0301ch tay"  # NFD, as some keyboards type it
    with transaction(db.sessions) as s:
        n = eq.propose_need(s, item=decomposed, category="it", quantity_needed="3", unit_cost="18.500.000",
                            location=" Bộ phận một cửa ", on=date(2025, 9, 3), user="canbo")
        nid = n.id
    with transaction(db.sessions, write=False) as s:
        n = s.get(Need, nid)
        assert n.item == "Máy tính xách tay" and n.location == "Bộ phận một cửa"
        assert (n.quantity_needed, n.unit_cost, n.status, n.priority) == (3, 18_500_000, "proposed", "medium")
        assert [(e.action, e.to_status, e.day, e.user_name) for e in n.events] == \
            [("proposed", "proposed", date(2025, 9, 3), "canbo")]


def test_a_need_goes_from_proposal_to_delivery_with_its_history(db):
    with transaction(db.sessions) as s:
        n = eq.propose_need(s, item="Máy scan", category="it", quantity_needed=2, unit_cost=8_000_000,
                            unit="Chiếc", location="Bộ phận một cửa", on=date(2025, 9, 1))
        nid = n.id
        assert eq.need_actions("proposed") == ["submit", "reject"]
        eq.transition_need(s, nid, "submit", on=date(2025, 9, 5), body="UBND tỉnh", note="Tờ trình 12/TTr-UBND")
        assert eq.need_actions("submitted") == ["approve", "reject"]
        eq.transition_need(s, nid, "approve", on=date(2025, 9, 20), body="Sở Tài chính", note="QĐ 345/QĐ-STC")
        assert eq.need_actions("approved") == ["deliver", "reject"]
        eq.transition_need(s, nid, "deliver", on=date(2025, 10, 2), user="vanthu")
        assert eq.need_actions("delivered") == []
    with transaction(db.sessions, write=False) as s:
        n = s.get(Need, nid)
        assert (n.status, n.status_date, n.decided_by, n.quantity_delivered) == \
            ("delivered", date(2025, 10, 2), "Sở Tài chính", 2)
        assert [(e.action, e.from_status, e.to_status, e.day, e.body) for e in n.events] == [
            ("proposed", None, "proposed", date(2025, 9, 1), None),
            ("submit", "proposed", "submitted", date(2025, 9, 5), "UBND tỉnh"),
            ("approve", "submitted", "approved", date(2025, 9, 20), "Sở Tài chính"),
            ("deliver", "approved", "delivered", date(2025, 10, 2), None),
        ]
        assert n.events[1].note == "Tờ trình 12/TTr-UBND" and n.events[3].user_name == "vanthu"
        line = s.get(EquipmentItem, n.equipment_item_id)
        assert (line.name, line.quantity, line.unit, line.location, line.condition, line.acquisition_year) == \
            ("Máy scan", 2, "Chiếc", "Bộ phận một cửa", "good", 2025)


def test_delivery_adds_to_the_matching_line_on_hand(db):
    with transaction(db.sessions) as s:
        pcs = eq.add_item(s, name="Máy tính để bàn", category="it", quantity=4, unit="Bộ", location="UBND xã",
                          acquisition_year=2019)
        elsewhere = eq.add_item(s, name="Máy tính để bàn", category="it", quantity=1, location="Trạm y tế")
        n = need(s, item="máy tính  để bàn", needed=6, location="ubnd xã", status="approved")
        eq.transition_need(s, n.id, "deliver", on=date(2025, 9, 30), quantity=5)  # the province sent 5
        ids = (pcs.id, elsewhere.id, n.id)
    with transaction(db.sessions, write=False) as s:
        assert s.get(EquipmentItem, ids[0]).quantity == 9
        assert s.get(EquipmentItem, ids[1]).quantity == 1
        assert s.get(Need, ids[2]).equipment_item_id == ids[0]
        assert s.get(Need, ids[2]).quantity_delivered == 5
        assert s.scalar(select(func.count()).select_from(EquipmentItem)) == 2


def test_illegal_transitions_and_bad_steps_are_refused(db):
    with transaction(db.sessions) as s:
        n = need(s)
        with pytest.raises(TransitionError):
            eq.transition_need(s, n.id, "deliver", on=date(2025, 9, 5))
        with pytest.raises(TransitionError):
            eq.transition_need(s, n.id, "approve", on=date(2025, 9, 5), body="UBND tỉnh")
        with pytest.raises(TransitionError):
            eq.transition_need(s, n.id, "fly")
        with pytest.raises(ValidationError) as exc:
            eq.transition_need(s, n.id, "submit", on=date(2025, 8, 31))
        assert "date" in exc.value.fields
        with pytest.raises(ValidationError):
            eq.transition_need(s, n.id, "submit", on=date(2999, 1, 1))
        eq.transition_need(s, n.id, "submit", on=date(2025, 9, 2))
        with pytest.raises(ValidationError) as exc:
            eq.transition_need(s, n.id, "approve", on=date(2025, 9, 3))
        assert "body" in exc.value.fields
        eq.transition_need(s, n.id, "approve", on=date(2025, 9, 3), body="UBND tỉnh")
        with pytest.raises(ValidationError) as exc:
            eq.transition_need(s, n.id, "deliver", on=date(2025, 9, 4), quantity=0)
        assert "quantity" in exc.value.fields
        assert s.get(Need, n.id).status == "approved"
        assert s.scalar(select(func.count()).select_from(EquipmentItem)) == 0


def test_a_rejected_need_may_be_proposed_again(db):
    with transaction(db.sessions) as s:
        n = need(s, status="rejected")
        assert n.decided_by == "UBND tỉnh Hà Nội" and eq.need_actions("rejected") == ["repropose"]
        eq.transition_need(s, n.id, "repropose", on=date(2025, 10, 1), note="Bổ sung thuyết minh")
        assert (n.status, n.decided_by) == ("proposed", None)
        assert [e.action for e in n.events] == ["proposed", "reject", "repropose"]


def test_edits_are_recorded_and_a_delivered_quantity_is_history(db):
    with transaction(db.sessions) as s:
        n = need(s, needed=2)
        eq.update_need(s, n.id, unit_cost="20.000.000", priority="high", user="canbo")
        assert (n.unit_cost, n.priority) == (20_000_000, "high")
        assert n.events[-1].action == "edited" and n.events[-1].note == "unit_cost, priority"
        eq.update_need(s, n.id, priority="high")  # no change, no event
        assert len(n.events) == 2
        with pytest.raises(ValidationError):
            eq.update_need(s, n.id, quantity_needed=-1)
        d = need(s, item="Máy in", status="delivered")
        with pytest.raises(ValidationError):
            eq.update_need(s, d.id, quantity_needed=9)
        eq.update_need(s, d.id, justification="Máy cũ hỏng")
        with pytest.raises(TransitionError):
            eq.delete_need(s, d.id)
        eq.delete_need(s, n.id)
        assert s.get(Need, n.id) is None


def test_list_filters_search_and_totals(db):
    with transaction(db.sessions) as s:
        need(s, item="Máy tính để bàn", needed=6, cost=15_000_000, priority="high", location="UBND xã")
        need(s, item="Xe ô tô bán tải", category="vehicle", needed=1, cost=850_000_000, status="submitted")
        need(s, item="Máy scan", needed=2, cost=8_000_000, status="delivered", priority="low")
        need(s, item="Tủ hồ sơ", category="other", needed=3, cost=None, status="rejected")
    with transaction(db.sessions, write=False) as s:
        everything = eq.list_needs(s)
        assert [n.item for n in everything] == ["Máy tính để bàn", "Xe ô tô bán tải", "Máy scan", "Tủ hồ sơ"]
        assert eq.needs_totals(everything) == {
            "count": 4, "quantity": 12, "estimated_cost": 90_000_000 + 850_000_000 + 16_000_000,
            "open_count": 2, "open_quantity": 7, "open_estimated_cost": 940_000_000}
        assert [n.item for n in eq.list_needs(s, eq.NeedFilter(status="open"))] == \
            ["Máy tính để bàn", "Xe ô tô bán tải"]
        assert [n.item for n in eq.list_needs(s, eq.NeedFilter(search="MAY"))] == ["Máy tính để bàn", "Máy scan"]
        assert [n.item for n in eq.list_needs(s, eq.NeedFilter(search="may tinh ubnd"))] == ["Máy tính để bàn"]
        assert [n.item for n in eq.list_needs(s, eq.NeedFilter(category="vehicle"))] == ["Xe ô tô bán tải"]
        assert [n.item for n in eq.list_needs(s, eq.NeedFilter(priority="low"))] == ["Máy scan"]
        assert [n.item for n in eq.list_needs(s, eq.NeedFilter(location="UBND XÃ"))] == ["Máy tính để bàn"]
        assert eq.open_cost_by_category(s) == {"premises": 0, "it": 90_000_000, "vehicle": 850_000_000,
                                               "network": 0, "power": 0, "other": 0}


# ---------------------------------------------------------------- the return's figures
def test_return_section_every_figure(db):
    with transaction(db.sessions) as s:
        need(s, item="Máy tính", needed=6, cost=15_000_000)                                  # proposed
        need(s, item="Máy in", needed=2, cost="4.500.000")                                   # proposed
        need(s, item="Xe bán tải", category="vehicle", needed=1, cost=850_000_000, status="submitted")
        need(s, item="Trạm BTS", category="network", needed=2, cost=1_200_000_000, status="approved")
        need(s, item="Máy scan", needed=3, cost=8_000_000, status="delivered")
        need(s, item="Tủ hồ sơ", category="other", needed=4, cost=None, status="rejected")
        need(s, item="Phòng họp", category="premises", needed=1, cost=None)                  # proposed, no cost
    with transaction(db.sessions, write=False) as s:
        section = eq.return_section(s, MONTH)
        assert section == {
            "open_needs": 5,
            "open_estimated_cost": 90_000_000 + 9_000_000 + 850_000_000 + 2_400_000_000,
            "by_status": {
                "proposed": {"count": 3, "quantity": 9, "estimated_cost": 99_000_000},
                "submitted": {"count": 1, "quantity": 1, "estimated_cost": 850_000_000},
                "approved": {"count": 1, "quantity": 2, "estimated_cost": 2_400_000_000},
                "delivered": {"count": 1, "quantity": 3, "estimated_cost": 24_000_000},
                "rejected": {"count": 1, "quantity": 4, "estimated_cost": 0},
            },
            "by_category": {
                "premises": {"count": 1, "quantity": 1, "estimated_cost": 0},
                "it": {"count": 3, "quantity": 11, "estimated_cost": 123_000_000},
                "vehicle": {"count": 1, "quantity": 1, "estimated_cost": 850_000_000},
                "network": {"count": 1, "quantity": 2, "estimated_cost": 2_400_000_000},
                "other": {"count": 1, "quantity": 4, "estimated_cost": 0},
            },
        }
        assert all(type(v) is int for g in ("by_status", "by_category") for r in section[g].values()
                   for v in r.values())
        # The whole return carries it under "equipment", as JSON.
        data = json.loads(json.dumps(build_return(s, MONTH)))
        assert data["equipment"] == section


def test_return_section_on_an_empty_register(db):
    with transaction(db.sessions, write=False) as s:
        assert eq.return_section(s, MONTH) == {"open_needs": 0, "open_estimated_cost": 0,
                                               "by_status": {}, "by_category": {}}


# ---------------------------------------------------------------- equipment on hand and site problems
def test_equipment_on_hand(db):
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError) as exc:
            eq.add_item(s, name="", category="it", quantity=-1, condition="melted", acquisition_year=1800)
        assert set(exc.value.fields) == {"name", "quantity", "condition", "acquisition_year"}
        a = eq.add_item(s, name="Máy phát điện", category="power", quantity=1, unit="Cái",
                        condition="needs_repair", location="UBND xã", acquisition_year="2015")
        eq.add_item(s, name="Máy tính để bàn", category="it", quantity=10, condition="good")
        eq.add_item(s, name="Máy tính để bàn", category="it", quantity=2, condition="broken")
        eq.update_item(s, a.id, condition="good", quantity=2)
        assert (a.condition, a.quantity, a.acquisition_year) == ("good", 2, 2015)
    with transaction(db.sessions, write=False) as s:
        items = eq.list_items(s)
        assert eq.items_totals(items) == {"lines": 3, "quantity": 14,
                                          "by_condition": {"good": 12, "needs_repair": 0, "broken": 2}}
        assert len(eq.list_items(s, search="may tinh")) == 2
        assert len(eq.list_items(s, condition="broken")) == 1
        assert [i.name for i in eq.list_items(s, category="power")] == ["Máy phát điện"]


def test_site_problems_by_village(db):
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError) as exc:
            eq.add_problem(s, place=" ", kind="earthquake", households=-3)
        assert set(exc.value.fields) == {"place", "kind", "households"}
        eq.add_problem(s, place="Thôn Đồng Tâm", kind="no_signal", since=date(2025, 7, 1), households=120)
        eq.add_problem(s, place="thôn đồng tâm", kind="no_power", households=45)
        p = eq.add_problem(s, place="Bản Nà Lừa", kind="road", households="30")
        eq.add_problem(s, place="Thôn Yên Bình", kind="weak_network", status="in_progress")
        eq.update_problem(s, p.id, status="resolved", resolved_date=date(2025, 9, 15))
        assert (p.status, p.resolved_date) == ("resolved", date(2025, 9, 15))
        eq.update_problem(s, p.id, status="open")
        assert p.resolved_date is None
        eq.update_problem(s, p.id, status="resolved", resolved_date=date(2025, 9, 15))
    with transaction(db.sessions, write=False) as s:
        villages = eq.problems_by_village(eq.list_problems(s))
        assert [(v.place, len(v.problems), v.unresolved, v.households) for v in villages] == [
            ("Bản Nà Lừa", 1, 0, 0), ("Thôn Đồng Tâm", 2, 2, 120), ("Thôn Yên Bình", 1, 1, 0)]
        assert len(eq.list_problems(s, status="unresolved")) == 3
        assert [p.place for p in eq.list_problems(s, kind="no_power")] == ["thôn đồng tâm"]
        assert len(eq.list_problems(s, search="dong tam")) == 2


# ---------------------------------------------------------------- import
HEADER = ["STT", "Hạng mục", "Nhóm", "Đơn vị tính", "Hiện có", "Cần bổ sung", "Đơn giá dự kiến", "Mức ưu tiên",
          "Trạng thái", "Địa điểm", "Lý do"]


def workbook(path: Path, rows: list[list], header: list[str] = HEADER) -> Path:
    """A workbook as offices make them: the issuing body and a title above the header (so the header
    is on row 5 and the first data row on row 6)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nhu cầu"
    ws.append(["ỦY BAN NHÂN DÂN XÃ THƯỢNG TÍN", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ws.append(["BÁO CÁO NHU CẦU TRANG THIẾT BỊ, CƠ SỞ VẬT CHẤT"])
    ws.append(["(Kèm theo Báo cáo số 45/BC-UBND ngày 05/9/2025)"])
    ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


REALISTIC = [
    [1, "Máy tính để bàn", "Thiết bị CNTT", "Bộ", 4, 6, "15.000.000", "Cao", "Đề xuất", "UBND xã",
     "Cán bộ dùng chung máy"],
    [2, "Máy scan tốc độ cao", "it", "Chiếc", 0, 2, 28500000, "high", "Đã gửi tỉnh", "Bộ phận một cửa",
     "Số hóa hồ sơ"],
    [3, "Xe ô tô bán tải", "Phương tiện", "Chiếc", 0, 1, "850.000.000 đồng", "Trung bình", "Đã phê duyệt",
     "UBND xã", None],
    [4, "Trạm phát sóng BTS", "Mạng / Viễn thông", "Trạm", 0, 1, "1.200.000.000", "Cao", "Đề xuất",
     "Thôn Đồng Tâm", "Vùng lõm sóng"],
    [5, "Phòng làm việc", "Phòng làm việc/Trụ sở", "Phòng", 8, 3, None, "Thấp", "Từ chối", "UBND xã", None],
    [6, "Máy phát điện", "Điện", "Cái", 0, 1, 45000000.0, None, "Đã cấp", "UBND xã", None],
    [7, "Tủ lưu trữ hồ sơ", None, "Cái", 2, "5", "3.200.000", "Trung bình", None, None, None],
    [None, None, None, None, None, None, None, None, None, None, None],
    [None, "Tổng cộng", None, None, 14, 19, None, None, None, None, None],
]
REALISTIC_SECTION = {
    "open_needs": 5,
    "open_estimated_cost": 90_000_000 + 57_000_000 + 850_000_000 + 1_200_000_000 + 16_000_000,
    "by_status": {
        "proposed": {"count": 3, "quantity": 12, "estimated_cost": 90_000_000 + 1_200_000_000 + 16_000_000},
        "submitted": {"count": 1, "quantity": 2, "estimated_cost": 57_000_000},
        "approved": {"count": 1, "quantity": 1, "estimated_cost": 850_000_000},
        "delivered": {"count": 1, "quantity": 1, "estimated_cost": 45_000_000},
        "rejected": {"count": 1, "quantity": 3, "estimated_cost": 0},
    },
    "by_category": {
        "premises": {"count": 1, "quantity": 3, "estimated_cost": 0},
        "it": {"count": 2, "quantity": 8, "estimated_cost": 147_000_000},
        "vehicle": {"count": 1, "quantity": 1, "estimated_cost": 850_000_000},
        "network": {"count": 1, "quantity": 1, "estimated_cost": 1_200_000_000},
        "power": {"count": 1, "quantity": 1, "estimated_cost": 45_000_000},
        "other": {"count": 1, "quantity": 5, "estimated_cost": 16_000_000},
    },
}


def test_import_a_realistic_workbook(db, tmp_path):
    path = workbook(tmp_path / "nhu-cau.xlsx", REALISTIC)
    with clock.frozen(date(2025, 9, 5)):  # a need imported counts from the day of the import
        result = run_import("equipment", db, path, user="canbo")
    assert (result.inserted, result.updated) == (7, 0)
    with transaction(db.sessions, write=False) as s:
        assert eq.return_section(s, MONTH) == REALISTIC_SECTION
        assert eq.return_section(s, Period.month(2025, 8)) == {"open_needs": 0, "open_estimated_cost": 0,
                                                               "by_status": {}, "by_category": {}}
        bts = s.scalar(select(Need).where(Need.item == "Trạm phát sóng BTS"))
        assert (bts.category, bts.unit, bts.quantity_on_hand, bts.unit_cost, bts.priority, bts.location,
                bts.justification) == ("network", "Trạm", 0, 1_200_000_000, "high", "Thôn Đồng Tâm", "Vùng lõm sóng")
        cabinet = s.scalar(select(Need).where(Need.item == "Tủ lưu trữ hồ sơ"))
        assert (cabinet.category, cabinet.status, cabinet.location) == ("other", "proposed", None)
        assert [(e.action, e.to_status, e.note) for e in bts.events] == [("imported", "proposed", "nhu-cau.xlsx")]
        assert s.scalar(select(ImportBatch.inserted).where(ImportBatch.kind == "equipment")) == 7
        # An import states needs; it does not change the equipment on hand.
        assert s.scalar(select(func.count()).select_from(EquipmentItem)) == 0
    # An imported need follows the same state machine afterwards.
    with transaction(db.sessions) as s:
        eq.transition_need(s, bts.id, "submit", on=date(2025, 9, 10), body="UBND tỉnh")
        assert eq.list_needs(s, eq.NeedFilter(search="bts"))[0].status == "submitted"


def test_import_english_headers_and_csv(db, tmp_path):
    path = tmp_path / "needs.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["item", "category", "quantity needed", "estimated unit cost", "status"])
        w.writerow(["Máy in", "it", "2", "4.500.000", "submitted"])
        w.writerow(["Bộ lưu điện", "power", "3", "2500000", "delivered"])
    with clock.frozen(date(2025, 9, 5)):
        assert run_import("equipment", db, path).inserted == 2
    with transaction(db.sessions, write=False) as s:
        section = eq.return_section(s, MONTH)
    assert section["open_needs"] == 1 and section["open_estimated_cost"] == 9_000_000
    assert section["by_status"]["delivered"] == {"count": 1, "quantity": 3, "estimated_cost": 7_500_000}


def test_import_headers_with_units_and_amounts_in_words(db, tmp_path):
    header = ["TT", "Hạng mục (*)", "Nhóm", "Đơn vị tính", "Số lượng hiện có", "Cần bổ sung (*)",
              "Đơn giá dự kiến (triệu đồng)", "Mức độ ưu tiên", "Trạng thái", "Địa điểm", "Lý do đề xuất"]
    rows = [
        [1, "Máy tính để bàn", "CNTT", "Bộ", 4, 6, 15, "Cao", "Đề xuất", "UBND xã", None],
        [2, "Xe bán tải", "Phương tiện", "Chiếc", 0, 1, "1,2 tỷ", None, "Đã gửi tỉnh", None, None],
        [3, "Máy in", "CNTT", "Chiếc", 1, 2, "4,5", None, None, None, None],
        [4, "Bộ lưu điện", "Điện", "Bộ", 0, 3, "850 nghìn", None, None, None, None],
    ]
    run_import("equipment", db, workbook(tmp_path / "x.xlsx", rows, header))
    with transaction(db.sessions, write=False) as s:
        costs = dict(s.execute(select(Need.item, Need.unit_cost)).all())
    assert costs == {"Máy tính để bàn": 15_000_000, "Xe bán tải": 1_200_000_000, "Máy in": 4_500_000,
                     "Bộ lưu điện": 850_000}
    rows[0][6] = "mười lăm"
    with pytest.raises(ImportFailed) as exc:
        run_import("equipment", db, workbook(tmp_path / "y.xlsx", rows, header))
    assert str(exc.value.errors[0]).startswith("row 6, Đơn giá dự kiến (triệu đồng): 'mười lăm' is not an amount")


def _refused(db, path) -> list[str]:
    with pytest.raises(ImportFailed) as exc:
        run_import("equipment", db, path)
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Need)) == 0
        assert s.scalar(select(func.count()).select_from(NeedEvent)) == 0
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0
    return [str(e) for e in exc.value.errors]


def test_import_refuses_a_missing_required_column(db, tmp_path):
    header = [h for h in HEADER if h != "Cần bổ sung"]
    rows = [[r[i] for i, h in enumerate(HEADER) if h != "Cần bổ sung"] for r in REALISTIC[:3]]
    errors = _refused(db, workbook(tmp_path / "x.xlsx", rows, header))
    assert errors == ["row 5: missing required column 'Cần bổ sung'"]


def test_import_refuses_bad_rows_naming_the_excel_row(db, tmp_path):
    rows = [list(r) for r in REALISTIC[:7]]
    rows[1][6] = "28.5OO.OOO"         # letters O for zeros: row 7
    rows[2][5] = -1                    # negative quantity: row 8
    rows[3][2] = "Vũ khí"              # unknown category: row 9
    rows[4][8] = "Đã xong"             # unknown status: row 10
    rows[5][5] = None                  # quantity needed missing: row 11
    rows[6][5] = "2,5"                 # not a whole number: row 12
    errors = _refused(db, workbook(tmp_path / "x.xlsx", rows))
    assert errors[0] == "row 7, Đơn giá dự kiến: '28.5OO.OOO' is not an amount of money (whole đồng, e.g. 12.000.000)"
    assert errors[1] == "row 8, Cần bổ sung: '-1' is negative"
    assert errors[2].startswith("row 9, Nhóm: 'Vũ khí' is not a category (Phòng làm việc/Trụ sở, Thiết bị CNTT")
    assert errors[3].startswith("row 10, Trạng thái: 'Đã xong' is not a status (Đề xuất, Đã gửi tỉnh")
    assert errors[4] == "row 11, Cần bổ sung: is required"
    assert errors[5] == "row 12, Cần bổ sung: '2,5' is not a whole number"
    assert len(errors) == 6


def test_import_refuses_negative_money_and_a_file_without_rows(db, tmp_path):
    rows = [list(REALISTIC[0])]
    rows[0][6] = "-15.000.000"
    assert _refused(db, workbook(tmp_path / "x.xlsx", rows)) == ["row 6, Đơn giá dự kiến: '-15.000.000' is negative"]
    errors = _refused(db, workbook(tmp_path / "empty.xlsx", []))
    assert "no need rows" in errors[0]


# ---------------------------------------------------------------- end to end through the command line
def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_cli_import_and_report(db, db_target, tmp_path):
    path = workbook(tmp_path / "nhu-cau.xlsx", REALISTIC)
    done = _cli("--db", db_target, "import", "equipment", str(path))
    assert done.returncode == 0, done.stderr
    assert "7 added" in done.stdout
    # The needs count from the day of the import (today): this month's return has them, an earlier
    # month's has not.
    month = Period.month(date.today().year, date.today().month)
    done = _cli("--db", db_target, "report", "--month", f"{month.start:%Y-%m}", "--json", "-")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["equipment"] == REALISTIC_SECTION
    assert {k: data["period"][k] for k in ("from", "to")} == month.to_json()
    done = _cli("--db", db_target, "report", "--month", "2025-09", "--json", "-")
    data = json.loads(done.stdout)
    assert data["equipment"]["by_status"] == {} and data["period"] == {"from": "2025-09-01", "to": "2025-09-30"}

    bad = workbook(tmp_path / "bad.xlsx", [REALISTIC[0], [2, "Máy in", "it", "Cái", 0, "-3", 1, None, None,
                                                          None, None]])
    done = _cli("--db", db_target, "import", "equipment", str(bad))
    assert done.returncode != 0
    assert "row 7, Cần bổ sung: '-3' is negative" in done.stderr
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Need)) == 7
