from datetime import date, datetime

import pytest

from core.catalogue import find_procedure, save_procedure
from core.db import transaction
from core.dossiers import Applicant, allowed_actions, intake, transition, update_details
from core.errors import TransitionError, ValidationError
from core.models import DossierEvent, Staff


def _intake(s, name="Đăng ký khai sinh", at=datetime(2025, 7, 3, 9, 30), **kw):
    proc = find_procedure(s, name)
    return intake(s, procedure_id=proc.id, applicant=Applicant("Nguyễn Thị Hường", "001203004567", "0912345678",
                                                                  "Thôn Đông, xã Thượng Tín"),
                  received_at=at, user="clerk1", **kw)


def test_intake_generates_code_and_due_date(db):
    with transaction(db.sessions) as s:
        d1 = _intake(s, "Đăng ký thường trú")  # 7 working days from Thu 3 Jul 2025
        d2 = _intake(s, at=datetime(2025, 7, 3, 15, 30))  # same-day after 15:00 → next working day
        assert d1.code == "HS-250703-0001" and d2.code == "HS-250703-0002"
        assert d1.due_date == date(2025, 7, 14)
        assert d2.due_date == date(2025, 7, 4)
        assert d1.field == "Cư trú" and d1.status == "in_progress"
        assert [e.kind for e in d1.events] == ["received"]


def test_intake_validation(db):
    with transaction(db.sessions) as s:
        proc = find_procedure(s, "Đăng ký khai sinh")
        with pytest.raises(ValidationError) as err:
            intake(s, procedure_id=proc.id, applicant=Applicant("", "12345", "abc"),
                   received_at=datetime(2025, 7, 3, 9))
        assert set(err.value.fields) == {"name", "id_number", "phone"}


def test_intake_with_a_code_or_official_code_already_given(db):
    """A code typed at intake that a dossier already has (as its code or as the system's code) is a
    field error of the form, never a crash."""
    with transaction(db.sessions) as s:
        first = _intake(s, official_code="H26.99-250703-0007")
        for kw, field in ((dict(code=first.code), "code"), (dict(official_code=first.code), "official_code"),
                          (dict(official_code="H26.99-250703-0007"), "official_code"),
                          (dict(official_code="9" * 101), "official_code")):
            with pytest.raises(ValidationError) as err:
                _intake(s, **kw)
            assert set(err.value.fields) == {field}, kw


def test_intake_text_is_nfc(db):
    import unicodedata

    with transaction(db.sessions) as s:
        proc = find_procedure(s, "Đăng ký khai sinh")
        d = intake(s, procedure_id=proc.id, applicant=Applicant(unicodedata.normalize("NFD", "Đặng Văn Đức")),
                   received_at=datetime(2025, 7, 3, 9))
        assert d.applicant_name == unicodedata.normalize("NFC", "Đặng Văn Đức")
        assert "dang van duc" in d.search_key


def test_transitions_and_history(db):
    with transaction(db.sessions) as s:
        staff = Staff(full_name="Lê Văn Tâm", name_key="le van tam", category="civil_servant")
        s.add(staff)
        s.flush()
        d = _intake(s, "Đăng ký thường trú")  # due 14 Jul
        transition(s, d.id, "assign", on=date(2025, 7, 3), handler_id=staff.id, user="clerk1")
        assert d.handler_name == "Lê Văn Tâm"
        transition(s, d.id, "request_supplement", on=date(2025, 7, 7), note="Thiếu giấy xác nhận")
        assert d.status == "awaiting_supplement" and allowed_actions(d.status) == [
            "assign", "supply", "apologize", "reject", "withdraw"]
        with pytest.raises(TransitionError):
            transition(s, d.id, "return", on=date(2025, 7, 8))
        # paused Mon 7 → Thu 10: 3 working days added to 14 Jul → 17 Jul
        transition(s, d.id, "supply", on=date(2025, 7, 10))
        assert d.status == "in_progress" and d.due_date == date(2025, 7, 17) and d.paused_days == 3
        transition(s, d.id, "apologize", on=date(2025, 7, 16), note="Chờ xác minh", new_date=date(2025, 7, 21))
        assert d.due_date == date(2025, 7, 17) and d.apology_new_date == date(2025, 7, 21)
        transition(s, d.id, "return", on=date(2025, 7, 18))
        assert d.status == "returned" and d.completed_date == date(2025, 7, 18)
        with pytest.raises(TransitionError):
            transition(s, d.id, "reject", on=date(2025, 7, 19), note="x")
        kinds = [e.kind for e in s.query(DossierEvent).filter_by(dossier_id=d.id).order_by(DossierEvent.id)]
        assert kinds == ["received", "assigned", "supplement_requested", "supplement_supplied", "apology", "returned"]


def test_reject_needs_a_reason_and_withdraw_closes(db):
    with transaction(db.sessions) as s:
        d = _intake(s)
        with pytest.raises(ValidationError):
            transition(s, d.id, "reject", on=date(2025, 7, 3))
        transition(s, d.id, "withdraw", on=date(2025, 7, 3), note="Công dân xin rút")
        assert d.status == "withdrawn" and d.completed_date == date(2025, 7, 3)


def test_action_dated_before_receipt_refused(db):
    with transaction(db.sessions) as s:
        d = _intake(s)
        with pytest.raises(ValidationError):
            transition(s, d.id, "return", on=date(2025, 7, 2))


def test_update_details(db):
    with transaction(db.sessions) as s:
        d = _intake(s)
        update_details(s, d.id, applicant=Applicant("Trần Thị Bình", "001203004567"), channel="online")
        assert d.applicant_name == "Trần Thị Bình" and d.channel == "online"
        assert d.events[-1].kind == "edited"
        with pytest.raises(ValidationError):
            update_details(s, d.id, applicant=Applicant("X", "12"))


def test_catalogue_add_and_edit(db):
    with transaction(db.sessions) as s:
        p = save_procedure(s, name="Cấp giấy phép karaoke", field="Văn hóa", legal_days=5)
        save_procedure(s, procedure_id=p.id, name="Cấp giấy phép kinh doanh karaoke", field="Văn hóa",
                       legal_days=4)
        assert find_procedure(s, "cap giay phep kinh doanh KARAOKE").legal_days == 4
        with pytest.raises(ValidationError):
            save_procedure(s, name="Đăng ký khai sinh", field="Hộ tịch", legal_days=0)
        with pytest.raises(ValidationError):
            save_procedure(s, name="Thủ tục mới", field="", legal_days=-1)
