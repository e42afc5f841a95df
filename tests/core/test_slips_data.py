"""Counter slips built from a dossier of the register."""
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from core.catalogue import find_procedure
from core.db import transaction
from core.dossiers import Applicant, intake, transition
from core.errors import ValidationError
from core.slips import (available_slips, commune_kind_and_name, slip_data_for, slip_file_name, time_limit_label,
                        write_dossier_slip)


def _dossier(s):
    proc = find_procedure(s, "Đăng ký thường trú")
    d = intake(s, procedure_id=proc.id, received_at=datetime(2026, 3, 2, 9, 30), documents="Tờ khai\nSổ hộ khẩu",
               applicant=Applicant("Nguyễn Thị Hường", "001185012345", "0912345678", "Thôn Đông"))
    return d


def test_receipt_data(db):
    with transaction(db.sessions) as s:
        d = _dossier(s)
        data = slip_data_for(s, d.id, "receipt", officer_name="Đặng Văn Đức")
        assert (data.commune_kind, data.commune_name, data.province) == ("xã", "Thượng Tín", "Hà Nội")
        assert data.code == d.code and data.applicant_id_number == "001185012345"
        assert data.received_at == datetime(2026, 3, 2, 9, 30) and data.due_date == d.due_date
        assert [x.name for x in data.documents] == ["Tờ khai", "Sổ hộ khẩu"] and data.channel_label == "Trực tiếp"
        assert data.time_limit_label == "07 ngày làm việc" and data.officer_name == "Đặng Văn Đức"
        assert available_slips(d) == ["receipt", "control"]
        with pytest.raises(ValidationError):
            slip_data_for(s, d.id, "rejection")
        with pytest.raises(ValidationError):
            slip_data_for(s, d.id, "refusal")  # Mẫu 03 is for a refusal at the counter only


def test_reasons_come_from_the_events(db, tmp_path):
    with transaction(db.sessions) as s:
        d = _dossier(s)
        transition(s, d.id, "request_supplement", on=date(2026, 3, 3), note="Giấy tờ chưa đủ",
                   items="Bản sao CCCD\nGiấy xác nhận")
        transition(s, d.id, "apologize", on=date(2026, 3, 3), note="Chờ xác minh", new_date=date(2026, 3, 20))
        transition(s, d.id, "reject", on=date(2026, 3, 4), note="Không đủ điều kiện")
        # A rejection after processing is a closing, not a refusal at the counter: no Mẫu 03.
        assert available_slips(d) == ["receipt", "supplement", "apology", "control"]
        supplement = slip_data_for(s, d.id, "supplement")
        assert supplement.items_to_supplement == ["Bản sao CCCD", "Giấy xác nhận"]
        assert supplement.reason == "Giấy tờ chưa đủ"
        apology = slip_data_for(s, d.id, "apology")
        assert apology.reason == "Chờ xác minh" and apology.new_due_date == date(2026, 3, 20)
        refused = _dossier(s)
        transition(s, refused.id, "refuse", on=date(2026, 3, 2), note="Không thuộc thẩm quyền")
        assert slip_data_for(s, refused.id, "refusal").reason == "Không thuộc thẩm quyền"
        path = write_dossier_slip(s, refused.id, "refusal", tmp_path / "slips")
    assert path.name == slip_file_name(refused.code, "refusal") == f"{refused.code}_mau-03.pdf"
    text = " ".join(PdfReader(str(path)).pages[0].extract_text().split())
    assert "PHIẾU TỪ CHỐI" in text and "Không thuộc thẩm quyền" in text and "Nguyễn Thị Hường" in text


def test_helpers():
    assert commune_kind_and_name("Phường Ba Đình") == ("phường", "Ba Đình")
    assert commune_kind_and_name("Thượng Tín") == ("xã", "Thượng Tín")
    assert time_limit_label(0, "working_days") == "Trong ngày"
    assert time_limit_label(15, "calendar_days") == "15 ngày"
    assert time_limit_label(None, None) == ""
    assert slip_file_name("HS/25 10:01", "receipt") == "HS_25_10_01_mau-01.pdf"
    assert slip_file_name("HS-1", "06") == "HS-1_mau-06.pdf"
