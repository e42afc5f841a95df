"""The staff register: people, moves, concurrent posts, the staffing plan and every figure of the
return's `staff` section at its boundaries (domain.md, Staff figures)."""
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from core import staff as S
from core.commune import init_database
from core.db import transaction
from core.errors import ValidationError
from core.models import Department, Dossier, Staff
from core.returns import Period
from core.return_sections import build_return
from tests import factories
from tests.problems import by_field, codes

OCT = Period.month(2025, 10)
T = OCT.end  # 31/10/2025, the period's last day

VP, KT, VHXH, TTPV = S.SEED_DEPARTMENTS


def dep(s, name) -> int:
    return s.scalar(select(Department.id).where(Department.name == name))


def person(s, name, department=VP, *, category="civil_servant", specialty=None, origin=None, start=None,
           end=None, code=None, birth=None, position=None, **kw) -> Staff:
    return S.add_staff(s, S.Person(full_name=name, category=category, specialty=specialty, origin=origin,
                                   start_date=start, end_date=end, code=code, birth_date=birth, **kw),
                       dep(s, department), job_position=position)


def section(db, period=OCT) -> dict:
    with transaction(db.sessions, write=False) as s:
        return S.return_section(s, period)


# ---------------------------------------------------------------- departments
def test_departments_seeded_once_in_order(db):
    with transaction(db.sessions, write=False) as s:
        assert [d.name for d in S.list_departments(s)] == list(S.SEED_DEPARTMENTS)
    with transaction(db.sessions) as s:
        S.rename_department(s, dep(s, KT), "Phòng Kinh tế - Nông nghiệp")
    init_database(db.engine.url.render_as_string(hide_password=False), "Xã Thượng Tín", "Hà Nội").close()
    with transaction(db.sessions, write=False) as s:
        names = [d.name for d in S.list_departments(s)]
    assert names == [VP, "Phòng Kinh tế - Nông nghiệp", VHXH, TTPV]  # a rename is not undone by init


def test_a_ward_gets_the_economy_infrastructure_and_urban_office(tmp_path):
    db = init_database(str(tmp_path / "ward.sqlite"), "Phường Hà Đông", "Hà Nội")
    with transaction(db.sessions, write=False) as s:
        names = [d.name for d in S.list_departments(s)]
    db.close()
    assert names == [VP, "Phòng Kinh tế, Hạ tầng và Đô thị", VHXH, TTPV]


def test_department_names_are_unique_ignoring_case_and_diacritics(db):
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError) as e:
            S.add_department(s, "phong van hoa - xa hoi")
        assert codes(e.value) == {"name": "staff.department_exists"}
        d = S.add_department(s, "  Công an xã ")
        assert d.name == "Công an xã" and d.sort_order > 40


# ---------------------------------------------------------------- people
def test_person_validation_names_each_field(db):
    with transaction(db.sessions) as s:
        person(s, "Lê Văn Cũ", code="CB01")
        with pytest.raises(ValidationError) as e:
            S.add_staff(s, S.Person(full_name="  ", category="giám đốc", sex="x", origin="đâu đó",
                                    id_number="12345", phone="12ab", code="CB01",
                                    birth_date=date.today() + timedelta(days=1),
                                    start_date=date(2025, 7, 1), end_date=date(2025, 6, 30)), None)
    assert codes(e.value) == {"full_name": "required", "category": "staff.unknown_category",
                              "sex": "staff.unknown_sex", "origin": "staff.unknown_origin",
                              "id_number": "staff.id_number", "phone": "staff.phone", "code": "staff.code_taken",
                              "birth_date": "future", "end_date": "staff.end_before_start",
                              "department": "unknown_department"}
    assert e.value.fields["code"] == "the staff code CB01 is already used by Lê Văn Cũ"


def test_labels_become_codes_and_text_is_cleaned(db):
    with transaction(db.sessions) as s:
        p = person(s, "Nguyen  Thi\u0301  Ha\u0300 ", category="Viên chức", sex="nữ", origin="Cấp huyện chuyển về",
                   specialty=" Công nghệ thông tin ", phone="0912.345.678", id_number="001190012345")
        assert (p.full_name, p.category, p.sex, p.origin) == ("Nguyen Thí Hà", "public_employee", "female",
                                                             "former_district")
        assert p.specialty == "Công nghệ thông tin" and p.specialty_key == "cong nghe thong tin"
        assert p.name_key == "nguyen thi ha"


def test_update_moves_first_assignment_start_and_closes_on_end(db):
    with transaction(db.sessions) as s:
        p = person(s, "Phạm Văn Dũng", start=date(2025, 7, 1))
        S.add_concurrent(s, p.id, dep(s, TTPV), date(2025, 8, 1))
        data = S.Person.of(p)
        data.start_date, data.end_date = date(2025, 6, 15), date(2025, 11, 1)
        S.update_staff(s, p.id, data)
        hist = S.assignment_history(s, p.id)
        assert [(a.kind, a.start_date, a.end_date) for a in hist] == [
            ("main", date(2025, 6, 15), date(2025, 11, 1)), ("concurrent", date(2025, 8, 1), date(2025, 11, 1))]
        data.end_date = None  # taken back: the posts run on again
        S.update_staff(s, p.id, data)
        assert [a.end_date for a in S.assignment_history(s, p.id)] == [None, None]


def test_an_unchanged_masked_id_number_does_not_block_an_edit(db):
    from sqlalchemy.orm.attributes import set_committed_value

    with transaction(db.sessions) as s:
        sid = person(s, "Có CCCD", id_number="001190012345").id
    with transaction(db.sessions) as s:
        p = s.get(Staff, sid)
        set_committed_value(p, "id_number", "********2345")  # as a viewer's session loads it
        data = S.Person.of(p)
        data.title = "Chuyên viên"
        S.update_staff(s, sid, data)
        with pytest.raises(ValidationError):
            data.id_number = "123"
            S.update_staff(s, sid, data)
    with transaction(db.sessions, write=False) as s:
        p = s.get(Staff, sid)
        assert (p.id_number, p.title) == ("001190012345", "Chuyên viên")


# ---------------------------------------------------------------- assignments and moves
def test_move_closes_the_old_assignment_and_opens_the_new_one(db):
    with transaction(db.sessions) as s:
        p = person(s, "Trần Văn Bình", VP, start=date(2025, 7, 1), position="Văn thư")
        new = S.move_staff(s, p.id, dep(s, KT), date(2025, 10, 15), job_position="Chuyên viên",
                           duties=["Đất đai", "Xây dựng; đất đai"], decision_number="12/QĐ-UBND")
        assert new.duties == "Đất đai; Xây dựng"
        hist = S.assignment_history(s, p.id)
        assert [(a.department.name, a.start_date, a.end_date) for a in hist] == [
            (VP, date(2025, 7, 1), date(2025, 10, 15)), (KT, date(2025, 10, 15), None)]
        assert S.current_assignment(s, p.id, date(2025, 10, 14)).department.name == VP
        assert S.current_assignment(s, p.id, date(2025, 10, 15)).department.name == KT  # the move day
        assert S.current_assignment(s, p.id, date(2025, 6, 30)) is None  # before the start
    assert section(db, Period.month(2025, 9))["by_department"] == {VP: 1}
    assert section(db)["by_department"] == {KT: 1}


def test_move_refusals(db):
    with transaction(db.sessions) as s:
        p = person(s, "Đỗ Thị Hoa", VP, start=date(2025, 7, 1), end=date(2025, 12, 1))
        for kwargs, field, code in [
            (dict(department_id=dep(s, KT), on=date(2025, 7, 1)), "on", "staff.date_order"),
            (dict(department_id=dep(s, KT), on=date(2025, 12, 1)), "on", "staff.not_in_post"),
            (dict(department_id=dep(s, VP), on=date(2025, 9, 1)), "department", "staff.same_post"),
            (dict(department_id=None, on=date(2025, 9, 1)), "department", "unknown_department"),
        ]:
            with pytest.raises(ValidationError) as e:
                S.move_staff(s, p.id, **kwargs)
            assert codes(e.value)[field] == code
        S.move_staff(s, p.id, dep(s, KT), date(2025, 9, 1))
        with pytest.raises(ValidationError) as e:
            S.move_staff(s, p.id, dep(s, VHXH), date(2025, 8, 1))  # before the last move
        assert by_field(e.value)["on"] == ("staff.later_assignment", {"value": date(2025, 9, 1)})
        with pytest.raises(ValidationError) as e:
            S.move_staff(s, p.id, dep(s, VHXH), date(2025, 9, 1))  # on the day of the last move
        assert codes(e.value)["on"] == "staff.date_order"
        # The new assignment ends with the person.
        assert S.assignment_history(s, p.id)[-1].end_date == date(2025, 12, 1)


def test_undo_a_move(db):
    with transaction(db.sessions) as s:
        p = person(s, "Vũ Văn Hải", VP, start=date(2025, 7, 1))
        new = S.move_staff(s, p.id, dep(s, KT), date(2025, 9, 1))
        first = S.assignment_history(s, p.id)[0]
        with pytest.raises(ValidationError):
            S.delete_assignment(s, first.id)
        S.delete_assignment(s, new.id)
        hist = S.assignment_history(s, p.id)
        assert [(a.department.name, a.end_date) for a in hist] == [(VP, None)]


def test_concurrent_assignment(db):
    with transaction(db.sessions) as s:
        p = person(s, "Ngô Thị Lan", VP, start=date(2025, 7, 1))
        c = S.add_concurrent(s, p.id, dep(s, TTPV), date(2025, 8, 1), job_position="Tiếp nhận hồ sơ",
                             duties="Hộ tịch, Chứng thực")
        assert [a.kind for a in S.current_assignments(s, p.id, date(2025, 8, 1))] == ["main", "concurrent"]
        assert S.current_assignment(s, p.id, date(2025, 8, 1), "concurrent").id == c.id
        assert S.split_duties(c.duties) == ["Hộ tịch", "Chứng thực"]
        with pytest.raises(ValidationError):
            S.end_assignment(s, c.id, date(2025, 8, 1))
        S.end_assignment(s, c.id, date(2025, 10, 31))
        assert S.current_assignment(s, p.id, date(2025, 10, 31), "concurrent") is None
        assert S.current_assignment(s, p.id, date(2025, 10, 30), "concurrent").id == c.id
        rows = S.list_staff(s, S.StaffFilter(day=date(2025, 10, 30)))
        assert rows[0].concurrent == [TTPV] and rows[0].department == VP


# ---------------------------------------------------------------- in post on T, at the boundaries
def test_in_post_boundaries_on_the_last_day(db):
    with transaction(db.sessions) as s:
        person(s, "Starts on T", start=T)  # counted
        person(s, "Starts after T", start=T + timedelta(days=1))  # not yet
        person(s, "Ends on T", start=date(2025, 1, 1), end=T)  # not: ended on or before T
        person(s, "Ends after T", start=date(2025, 1, 1), end=T + timedelta(days=1))  # counted
        person(s, "No start date")  # counted
        person(s, "No start, ended before", end=date(2025, 10, 1))  # not
        person(s, "Ended long ago", start=date(2020, 1, 1), end=date(2024, 1, 1))  # not
    data = section(db)
    assert data["total"] == 3
    with transaction(db.sessions, write=False) as s:
        names = {n for _, n in S.handlers_in_post(s, T)}
        in_post = [r.full_name for r in S.list_staff(s, S.StaffFilter(in_post_on=T))]
    assert names == set(in_post) == {"Starts on T", "Ends after T", "No start date"}
    # One day earlier the picture differs on both edges.
    with transaction(db.sessions, write=False) as s:
        assert {n for _, n in S.handlers_in_post(s, T - timedelta(days=1))} == {
            "Ends on T", "Ends after T", "No start date"}


def test_counts_by_category_origin_and_department(db):
    with transaction(db.sessions) as s:
        person(s, "A", VP, category="cadre", origin="former_commune")
        person(s, "B", VP, category="civil_servant", origin="former_district")
        person(s, "C", KT, category="civil_servant", origin="former_district")
        person(s, "D", VHXH, category="public_employee", origin="province")
        person(s, "E", TTPV, category="contract", origin="new_recruit")
        person(s, "F", TTPV, category="contract")  # no origin recorded
        person(s, "G", KT, category="cadre", end=date(2025, 9, 1))  # left
    data = section(db)
    assert data["total"] == 6
    assert data["by_category"] == {"cadre": 1, "civil_servant": 2, "public_employee": 1, "contract": 2}
    assert data["by_origin"] == {"former_district": 2, "former_commune": 1, "new_recruit": 1, "province": 1}
    assert data["by_department"] == {VP: 2, KT: 1, VHXH: 1, TTPV: 2}
    assert sum(data["by_department"].values()) == sum(data["by_category"].values()) == data["total"]


def test_a_concurrent_assignment_is_counted_once(db):
    with transaction(db.sessions) as s:
        p = person(s, "Kiêm nhiệm", VP, specialty="Kế toán", start=date(2025, 1, 1))
        S.add_concurrent(s, p.id, dep(s, KT), date(2025, 2, 1))
        S.add_concurrent(s, p.id, dep(s, TTPV), None)
        S.set_quota(s, dep(s, VP), "Kế toán", 1)
        S.set_quota(s, dep(s, KT), "Kế toán", 1)
    data = section(db)
    assert data["total"] == 1 and data["by_category"] == {"civil_servant": 1}
    assert data["by_department"] == {VP: 1}
    assert data["staffing"] == {"quota": 2, "filled": 1, "shortage": 1,
                                "by_specialty": {"Kế toán": {"quota": 2, "filled": 1, "shortage": 1}}}


# ---------------------------------------------------------------- the staffing plan
def test_shortage_and_surplus_in_total_by_specialty_and_department(db):
    with transaction(db.sessions) as s:
        S.set_quota(s, dep(s, VP), "Công nghệ thông tin", 2)
        S.set_quota(s, dep(s, VP), "Kế toán", 1)
        S.set_quota(s, dep(s, KT), "Công nghệ thông tin", 1)
        S.set_quota(s, dep(s, VHXH), "Giáo dục", 0)
        S.set_quota(s, dep(s, TTPV), "Y tế", 3)
        person(s, "IT 1", VP, specialty="công nghệ thông tin")  # folded match
        person(s, "Acc 1", VP, specialty="Kế toán")
        person(s, "Acc 2", VP, specialty="Ke toan")  # surplus of 1
        person(s, "IT 2", KT, specialty="Công nghệ thông tin")
        person(s, "IT 3", KT, specialty="Công nghệ thông tin")  # surplus of 1
        person(s, "Edu", VHXH, specialty="Giáo dục")  # quota 0: surplus 1
        person(s, "IT left", VP, specialty="Công nghệ thông tin", end=T)  # not in post on T
        person(s, "IT later", VP, specialty="Công nghệ thông tin", start=T + timedelta(days=1))
        person(s, "Law", VP, specialty="Luật")  # no plan row: in the counts, not in the plan
        fig = S.staffing_figures(s, T)
    rows = {(r.department, r.specialty): (r.quota, r.filled, r.shortage, r.surplus) for r in fig.rows}
    assert rows == {(VP, "Công nghệ thông tin"): (2, 1, 1, 0), (VP, "Kế toán"): (1, 2, 0, 1),
                    (KT, "Công nghệ thông tin"): (1, 2, 0, 1), (VHXH, "Giáo dục"): (0, 1, 0, 1),
                    (TTPV, "Y tế"): (3, 0, 3, 0)}
    assert (fig.total.quota, fig.total.filled, fig.total.shortage, fig.total.surplus) == (7, 6, 4, 3)
    assert {k: (v.quota, v.filled, v.shortage, v.surplus) for k, v in fig.by_specialty.items()} == {
        "Công nghệ thông tin": (3, 3, 1, 1), "Giáo dục": (0, 1, 0, 1), "Kế toán": (1, 2, 0, 1), "Y tế": (3, 0, 3, 0)}
    assert {k: (v.quota, v.filled, v.shortage) for k, v in fig.by_department.items()} == {
        VP: (3, 3, 1), KT: (1, 2, 0), VHXH: (0, 1, 0), TTPV: (3, 0, 3)}
    data = section(db)
    # Shortages are summed over the plan's rows: a surplus in one department never hides a shortage
    # in another.
    assert data["staffing"] == {
        "quota": 7, "filled": 6, "shortage": 4,
        "by_specialty": {"Công nghệ thông tin": {"quota": 3, "filled": 3, "shortage": 1},
                         "Giáo dục": {"quota": 0, "filled": 1, "shortage": 0},
                         "Kế toán": {"quota": 1, "filled": 2, "shortage": 0},
                         "Y tế": {"quota": 3, "filled": 0, "shortage": 3}}}
    assert data["total"] == 7


def test_a_transfer_changes_the_shortage_table(db):
    with transaction(db.sessions) as s:
        S.set_quota(s, dep(s, VP), "Công nghệ thông tin", 1)
        S.set_quota(s, dep(s, KT), "Công nghệ thông tin", 1)
        p = person(s, "Chuyển", VP, specialty="Công nghệ thông tin", start=date(2025, 1, 1))
        before = {r.department: r.shortage for r in S.staffing_figures(s, T).rows}
        S.move_staff(s, p.id, dep(s, KT), T)  # effective on the last day
        after = {r.department: r.shortage for r in S.staffing_figures(s, T).rows}
        day_before = {r.department: r.shortage for r in S.staffing_figures(s, T - timedelta(days=1)).rows}
    assert before == {VP: 0, KT: 1} and after == {VP: 1, KT: 0} and day_before == before


def test_plan_editing(db):
    with transaction(db.sessions) as s:
        row = S.set_quota(s, dep(s, VP), "Kế toán", 2)
        assert S.set_quota(s, dep(s, VP), "kế toán", 3).id == row.id and row.quota == 3
        other = S.set_quota(s, dep(s, VP), "Y tế", 1)
        for kwargs, field in [(dict(quota=-1), "quota"), (dict(quota="hai"), "quota"),
                              (dict(specialty=" "), "specialty"), (dict(specialty="Kế toán"), "specialty")]:
            with pytest.raises(ValidationError) as e:
                S.update_quota(s, other.id, **kwargs)
            assert field in e.value.by_field
        S.update_quota(s, other.id, quota="4", specialty="Y tế cộng đồng", department_id=dep(s, VHXH))
        assert (other.quota, other.specialty, other.department.name) == (4, "Y tế cộng đồng", VHXH)
        with pytest.raises(ValidationError):
            S.set_quota(s, dep(s, VP), "Luật", 1.5)
        S.delete_quota(s, row.id)
        assert [r.specialty for r in S.staffing_figures(s, T).rows] == ["Y tế cộng đồng"]


def test_the_return_json_has_exactly_the_contract_keys(db):
    with transaction(db.sessions) as s:
        person(s, "Một", VP, specialty="Kế toán", origin="new_recruit")
        S.set_quota(s, dep(s, VP), "Kế toán", 1)
        data = build_return(s, OCT)["staff"]
    assert set(data) == {"total", "by_category", "by_origin", "by_department", "staffing"}
    assert set(data["staffing"]) == {"quota", "filled", "shortage", "by_specialty"}
    assert data["staffing"]["by_specialty"]["Kế toán"] == {"quota": 1, "filled": 1, "shortage": 0}


def test_empty_register(db):
    assert section(db) == {"total": 0, "by_category": {}, "by_origin": {}, "by_department": {},
                           "staffing": {"quota": 0, "filled": 0, "shortage": 0, "by_specialty": {}}}


# ---------------------------------------------------------------- the list
def test_list_search_and_filters(db):
    with transaction(db.sessions) as s:
        person(s, "Nguyễn Văn An", VP, code="CB001", category="cadre", specialty="Luật", origin="former_commune",
               phone="0912345678")
        person(s, "Nguyễn Thị Ánh", KT, category="civil_servant", specialty="Kế toán", origin="former_district",
               id_number="001190012345")
        person(s, "Lê Văn Bảo", KT, category="civil_servant", specialty="Kế toán", end=date(2025, 8, 1))
        rows = lambda **kw: [r.full_name for r in S.list_staff(s, S.StaffFilter(**kw))]  # noqa: E731
        assert rows() == ["Lê Văn Bảo", "Nguyễn Thị Ánh", "Nguyễn Văn An"]
        assert rows(search="văn an") == ["Nguyễn Văn An"]
        assert rows(search="nguyen an") == ["Nguyễn Thị Ánh", "Nguyễn Văn An"]  # "an" starts "Ánh"
        assert rows(search="ÁNH") == ["Nguyễn Thị Ánh"]
        assert rows(search="cb001") == rows(search="0912345") == ["Nguyễn Văn An"]
        assert rows(search="0011900") == ["Nguyễn Thị Ánh"]  # ID number
        assert rows(search="100%") == []
        assert rows(category="civil_servant") == ["Lê Văn Bảo", "Nguyễn Thị Ánh"]
        assert rows(origin="former_commune") == ["Nguyễn Văn An"]
        assert rows(specialty="ke toan", in_post_on=T) == ["Nguyễn Thị Ánh"]
        assert rows(department_id=dep(s, KT)) == ["Lê Văn Bảo", "Nguyễn Thị Ánh"]
        assert rows(department_id=dep(s, KT), in_post_on=T) == ["Nguyễn Thị Ánh"]
        assert S.specialties(s) == ["Kế toán", "Luật"]
        r = S.list_staff(s, S.StaffFilter(day=T))[0]
        assert (r.full_name, r.in_post, r.department) == ("Lê Văn Bảo", False, KT)


# ---------------------------------------------------------------- dossier handlers
def test_relink_handlers_and_workload(db):
    day = date(2025, 10, 20)
    with transaction(db.sessions) as s:
        a = factories.dossier(s, received=date(2025, 10, 1), due=date(2025, 10, 10))  # overdue on day
        b = factories.dossier(s, received=date(2025, 10, 15), due=date(2025, 10, 20))  # due on day: within
        c = factories.dossier(s, received=date(2025, 10, 1), due=date(2025, 10, 5),
                              status="awaiting_supplement", requested=date(2025, 10, 3))  # paused: within
        d = factories.dossier(s, received=date(2025, 10, 1), due=date(2025, 10, 5), completed=date(2025, 10, 20))
        e = factories.dossier(s, received=date(2025, 10, 1), due=date(2025, 10, 5), completed=date(2025, 10, 21))
        f = factories.dossier(s, received=date(2025, 10, 21), due=date(2025, 10, 25))  # not yet received
        g = factories.dossier(s, received=date(2025, 10, 2), due=date(2025, 10, 3))  # nobody's
        for x in (a, b, c, d, e, f):
            x.handler_name = "nguyen van  AN"
        h = factories.dossier(s, received=date(2025, 10, 2), due=date(2025, 10, 3))
        h.handler_name = "Người Ngoài"
        s.flush()
        an = person(s, "Nguyễn Văn An", TTPV)
        assert S.relink_handlers(s) == 6
        assert S.relink_handlers(s) == 0
        assert s.scalar(select(Dossier.handler_id).where(Dossier.id == h.id)) is None
        loads = [(x.staff_id, x.name, x.open, x.overdue) for x in S.handler_workload(s, day)]
    # a, b, c open; e closed after the day so still open on it; d closed on the day; f not received.
    assert loads == [(an.id, "Nguyễn Văn An", 4, 2), (None, "Người Ngoài", 1, 1), (None, None, 1, 1)]
    assert g.handler_name is None


def test_return_details_lists_the_plan_and_the_people_in_post(db):
    from core.returns_lists import DetailTable
    from core.return_sections import section_details

    with transaction(db.sessions) as s:
        person(s, "Trần Thị Mai", TTPV, code="TT-002", specialty="Công nghệ thông tin", origin="former_district",
               start=date(2025, 7, 1), position="Tiếp nhận hồ sơ")
        person(s, "Lê Văn Nam", VP, category="cadre", specialty="Luật")
        person(s, "Đã nghỉ", VP, end=T)
        S.set_quota(s, dep(s, TTPV), "Công nghệ thông tin", 3)
        tables = section_details(s, OCT)["staff"]
    assert all(isinstance(t, DetailTable) for t in tables)
    plan, people = tables
    assert plan.rows == [[TTPV, "Công nghệ thông tin", 3, 1, 2, 0]]
    assert [c for c, _ in people.columns][:4] == ["Họ và tên", "Mã cán bộ", "Loại", "Đơn vị"]
    assert people.rows == [
        ["Lê Văn Nam", None, "Cán bộ", VP, None, "Luật", None, None],
        ["Trần Thị Mai", "TT-002", "Công chức", TTPV, "Tiếp nhận hồ sơ", "Công nghệ thông tin",
         "Cấp huyện chuyển về", date(2025, 7, 1)],
    ]
    assert people.title.endswith("31/10/2025")
