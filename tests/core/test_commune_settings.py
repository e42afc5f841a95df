import pytest

from core.commune import find_commune, update_commune
from core.db import transaction
from core.errors import ValidationError


def test_update_commune(db):
    with transaction(db.sessions) as s:
        c = update_commune(s, name=" Phường  Ba Đình ", province="Hà Nội", code_prefix="BD", chairperson="Lê Văn A")
        assert (c.name, c.code_prefix, c.chairperson) == ("Phường  Ba Đình", "BD", "Lê Văn A")
        update_commune(s, name="Phường Ba Đình", province="Hà Nội", place_name="")
    with transaction(db.sessions, write=False) as s:
        c = find_commune(s)
        assert c.place_name == "Ba Đình" and c.code_prefix == "BD" and c.chairperson == "Lê Văn A"


def test_update_commune_validation(db):
    with transaction(db.sessions) as s:
        with pytest.raises(ValidationError) as e:
            update_commune(s, name=" ", province="", code_prefix="H S")
        assert set(e.value.fields) == {"name", "province", "code_prefix"}


def test_intake_refuses_a_future_day_of_receipt(db):
    from datetime import datetime, timedelta

    from core.catalogue import find_procedure
    from core.dossiers import Applicant, intake

    with transaction(db.sessions) as s:
        proc = find_procedure(s, "Đăng ký khai sinh")
        with pytest.raises(ValidationError) as e:
            intake(s, procedure_id=proc.id, applicant=Applicant("Lê Văn A"),
                   received_at=datetime.now() + timedelta(days=2))
        assert set(e.value.fields) == {"received_at"}
