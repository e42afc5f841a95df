"""Every text a service writes fits the column that keeps it (core.lengths), on SQLite and PostgreSQL
alike: an over-long value is a ValidationError naming its field, and nothing is written."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from core import lengths
from core.db import transaction
from core.errors import ValidationError
from core.models import (Base, Course, Department, Dossier, DossierEvent, EquipmentItem, ImportProfile, Need,
                         Procedure, ProcedureDocument, Recommendation, Setting, SiteProblem, Staff, Task, User)
from core.models.base import NOTES

LONG = "A" * 2000          # longer than any String column
HUGE = "Lời " * 6000       # 24,000 characters: longer than any limited Text column
DAY = date(2025, 7, 3)


def _procedure_id(s):
    from core.catalogue import find_procedure

    return find_procedure(s, "Đăng ký khai sinh").id


def _intake(s, **applicant):
    from core.dossiers import Applicant, intake

    kw = {k: applicant.pop(k) for k in ("notes", "documents") if k in applicant}
    return intake(s, procedure_id=_procedure_id(s), received_at=datetime(2025, 7, 3, 9, 30),
                  applicant=Applicant(**{"name": "Nguyễn Thị Hường", **applicant}), **kw)


def _dossier(s):
    return _intake(s)


def _staff(s, **person):
    from core.staff import Person, add_staff, list_departments

    p = Person(**{"full_name": "Trần Văn Bình", "category": "civil_servant", **person})
    return add_staff(s, p, list_departments(s)[0].id, today=DAY)


def _task(s, **data):
    from core.tasks import TaskData, create_task

    return create_task(s, TaskData(**{"title": "Rà soát hộ nghèo", **data}), assign=False, today=DAY)


def _course(s, **data):
    from core.training import CourseData, add_course

    return add_course(s, CourseData(**{"name": "Bồi dưỡng kỹ năng", "topic": "professional",
                                        "start_date": DAY, **data}))


def _profile(s, name):
    from core.imports.profiles import builtin_profiles, save_profile, spec
    from dataclasses import replace

    columns, _ = spec("dossiers")
    return save_profile(s, replace(builtin_profiles(columns)[1], name=name))


# (what is done, the field named, a model whose row count must not change)
CASES = {
    "intake_name": (lambda s: _intake(s, name=LONG), "name", Dossier),
    "intake_address": (lambda s: _intake(s, address=LONG), "address", Dossier),
    "intake_notes": (lambda s: _intake(s, notes=HUGE), "notes", Dossier),
    "intake_document": (lambda s: _intake(s, documents=LONG), "documents", Dossier),
    "edit_name": (lambda s: __import__("core.dossiers").dossiers.update_details(
        s, _dossier(s).id, applicant=__import__("core.dossiers").dossiers.Applicant(LONG)), "name", Dossier),
    "action_note": (lambda s: __import__("core.dossiers").dossiers.transition(
        s, _dossier(s).id, "request_supplement", on=DAY, note=HUGE, items="Tờ khai"), "note", DossierEvent),
    "department": (lambda s: __import__("core.staff").staff.add_department(s, LONG), "name", Department),
    "staff_name": (lambda s: _staff(s, full_name=LONG), "full_name", Staff),
    "staff_title": (lambda s: _staff(s, title=LONG), "title", Staff),
    "procedure": (lambda s: __import__("core.catalogue").catalogue.save_procedure(
        s, name=LONG, field="Hộ tịch", legal_days=3), "name", Procedure),
    "procedure_basis": (lambda s: __import__("core.catalogue").catalogue.save_procedure(
        s, name="Thủ tục mới", field="Hộ tịch", legal_days=3, legal_basis=LONG), "legal_basis", Procedure),
    "procedure_document": (lambda s: __import__("core.catalogue").catalogue.set_required_documents(
        s, _procedure_id(s), [__import__("core.catalogue").catalogue.RequiredDocument(LONG, "copy", 1)]),
        "documents", ProcedureDocument),
    "task_title": (lambda s: _task(s, title=LONG), "title", Task),
    "task_description": (lambda s: _task(s, description=HUGE), "description", Task),
    "course": (lambda s: _course(s, name=LONG), "name", Course),
    "course_notes": (lambda s: _course(s, notes=HUGE), "notes", Course),
    "equipment": (lambda s: __import__("core.equipment").equipment.add_item(
        s, name=LONG, category="it", quantity=1), "name", EquipmentItem),
    "need": (lambda s: __import__("core.equipment").equipment.propose_need(
        s, item="Máy tính", category="it", quantity_needed=1, justification=HUGE, on=DAY), "justification", Need),
    "site_problem": (lambda s: __import__("core.equipment").equipment.add_problem(
        s, place=LONG, kind="road"), "place", SiteProblem),
    "recommendation": (lambda s: __import__("core.recommendations").recommendations.raise_recommendation(
        s, content=HUGE, category="facilities", raised_date=DAY), "content", Recommendation),
    "recommendation_to": (lambda s: __import__("core.recommendations").recommendations.raise_recommendation(
        s, content="Cần thêm máy tính", category="facilities", raised_date=DAY, addressed_to=LONG),
        "addressed_to", Recommendation),
    "setting": (lambda s: __import__("core.settings").settings.put_office_values(
        s, {"return.made_by": HUGE}), "return.made_by", Setting),
    "user": (lambda s: __import__("core.auth").auth.create_user(s, "thu", "mật khẩu dài", "admin",
                                                                 full_name=LONG), "full_name", User),
    "import_profile": (lambda s: _profile(s, LONG), "name", ImportProfile),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_over_long_text_refused_at_its_field(db, case):
    write, field, model = CASES[case]
    with transaction(db.sessions, write=False) as s:
        before = s.scalar(select(func.count()).select_from(model))
    with pytest.raises(ValidationError) as err:
        with transaction(db.sessions) as s:
            write(s)
    assert field in err.value.fields, err.value.problems
    p = err.value.by_field[field]
    assert p.code in ("too_long", "assessment.too_long"), p
    assert p.params["length"] > p.params["limit"]
    assert f"{field}: is too long" in str(err.value)  # the command line's one line names the field
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(model)) == before


def test_at_the_limit_is_kept_whole(db):
    """A text exactly as long as its column is kept whole, on both databases."""
    name = "Đ" * lengths.limit(Dossier.applicant_name)
    with transaction(db.sessions) as s:
        d = _intake(s, name=name, notes="x" * NOTES)
        key = d.id
    with transaction(db.sessions, write=False) as s:
        d = s.get(Dossier, key)
        assert d.applicant_name == name and len(d.notes) == NOTES


def test_derived_keys_are_cut_not_refused(db):
    """Long texts within their columns may make a search key longer than its column: the key is cut
    (the texts themselves are kept whole)."""
    from core.dossiers import Applicant, intake

    with transaction(db.sessions) as s:
        proc = s.get(Procedure, _procedure_id(s))
        proc.name = ("Thủ tục " + "rất dài " * 70)[:lengths.limit(Procedure.name)]
        d = intake(s, procedure_id=proc.id, applicant=Applicant("Nguyễn " * 42), official_code="M" * 100,
                   received_at=datetime(2025, 7, 3, 9, 30))
        key = d.id
    with transaction(db.sessions, write=False) as s:
        d = s.get(Dossier, key)
        assert len(d.search_key) <= lengths.limit(Dossier.search_key)
        assert d.applicant_name == ("Nguyễn " * 42).strip()


def test_assessment_text_over_its_limit(db):
    from core import assessment
    from core.returns import Period

    with pytest.raises(ValidationError) as err:
        with transaction(db.sessions) as s:
            assessment.save(s, Period(date(2025, 7, 1), date(2025, 7, 31)), {"achievements": HUGE})
    assert err.value.problems[0].code == "assessment.too_long"
    assert assessment.MAX_CHARS == NOTES


def test_every_clerk_text_column_is_bounded():
    """Every String column has its length; a Text column is limited unless the program alone writes
    it (JSON it builds, the audit's own copies of values, derived search words)."""
    program_written = {("audit_entry", "old_value"), ("audit_entry", "new_value"), ("audit_entry", "note"),
                       ("finalised_return", "data_json"), ("finalised_return", "files_json"),
                       ("finalised_return", "signature_json"), ("finalised_return", "assessment_json"),
                       ("return_assessment", "texts_json"), ("import_profile", "mapping"),
                       ("recommendation", "search_key")}
    unbounded = set()
    for table in Base.metadata.tables.values():
        for col in table.columns:
            try:
                is_text = col.type.python_type is str
            except NotImplementedError:
                continue
            if is_text and lengths.limit(col) is None:
                unbounded.add((table.name, col.name))
    assert unbounded == program_written


def test_import_columns_take_the_models_lengths():
    """The importers' text columns take their lengths from the model columns they are written to."""
    from core.imports import dossiers, sites

    by_key = {c.key: c for c in dossiers.COLUMNS}
    assert by_key["applicant"].max_length == lengths.limit(Dossier.applicant_name)
    assert by_key["procedure"].max_length == lengths.limit(Procedure.name)
    assert by_key["address"].max_length == lengths.limit(Dossier.applicant_address)
    assert {c.key: c for c in sites.COLUMNS}["place"].max_length == lengths.limit(SiteProblem.place)


IMPORT_ROWS = {
    # kind: (header, a row with one text longer than its column, the column named)
    "staff": ("Họ và tên,Loại,Đơn vị,Chức vụ", f"Trần Văn Bình,Công chức,Văn phòng,{'C' * 201}", "Chức vụ"),
    "tasks": ("Nhiệm vụ,Người chủ trì,Thời hạn,Trách nhiệm,Sản phẩm,Cấp giao",
              f"{'N' * 501},,,Chủ trì,Báo cáo,Chủ tịch UBND xã", "Nhiệm vụ"),
    "equipment": ("Hạng mục,Cần bổ sung", f"{'M' * 301},2", "Hạng mục"),
    "recommendations": ("Nội dung,Cơ quan tiếp nhận", f"Cần thêm máy tính,{'U' * 301}", "Cơ quan tiếp nhận"),
    "sites": ("Thôn,Loại", f"{'T' * 301},Đường", "Thôn"),
}


@pytest.mark.parametrize("kind", sorted(IMPORT_ROWS))
def test_import_cell_longer_than_its_column_is_a_row_error(db, tmp_path, kind):
    """An import refuses a text longer than the column it is written to, at its row and column
    (the same length the services are held to), on both databases."""
    import core.imports
    from core.errors import ImportFailed

    header, row, column = IMPORT_ROWS[kind]
    path = tmp_path / f"{kind}.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        core.imports.run_import(kind, db, path)
    too_long = [p for p in err.value.errors if p.code == "too_long"]
    assert too_long and too_long[0].row == 2 and too_long[0].column == column, err.value.errors
