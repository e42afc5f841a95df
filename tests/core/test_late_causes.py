"""Late causes (domain.md): a cause on a dossier completed late or pending overdue, from the window's
service, the import column; the return counts late dossiers by cause (JSON `late_causes`), says it
in a sentence and a small table in section I, and shows each dossier's cause in the annexes."""
import csv
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from core.db import transaction
from core.dossiers import set_late_cause
from core.errors import ImportFailed, ValidationError
from core.exports import write_return_files
from core.exports.pdf.report import late_causes_sentence
from core.imports import run_import
from core.models import Dossier, DossierEvent
from core.return_sections import build_return
from core.returns import Period

JULY = Period.month(2025, 7)
HEADER = ["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Hạn trả", "Ngày trả kết quả", "Trạng thái",
          "Nguyên nhân quá hạn"]
ROWS = [
    # completed late: due 03/07, returned 10/07, a system fault
    ["A", "Chứng thực bản sao", "Chứng thực", "01/07/2025", "03/07/2025", "10/07/2025", "Đã trả", "Lỗi hệ thống"],
    # completed late, waiting for the applicant
    ["B", "Chứng thực bản sao", "Chứng thực", "02/07/2025", "04/07/2025", "08/07/2025", "Đã trả", "Chờ người dân"],
    # completed on time: no cause
    ["C", "Chứng thực bản sao", "Chứng thực", "03/07/2025", "07/07/2025", "07/07/2025", "Đã trả", ""],
    # pending at 31/07 and overdue, a software fault (the same cause as A)
    ["D", "Đăng ký khai sinh", "Hộ tịch", "05/07/2025", "10/07/2025", "", "Đang xử lý", "lỗi phần mềm"],
    # pending and overdue without a cause
    ["E", "Đăng ký khai sinh", "Hộ tịch", "06/07/2025", "11/07/2025", "", "Đang xử lý", ""],
]


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


@pytest.fixture
def late_db(db, tmp_path):
    run_import("dossiers", db, write_csv(tmp_path / "late.csv", ROWS))
    return db


def causes(db):
    with transaction(db.sessions, write=False) as s:
        return dict(s.execute(select(Dossier.code, Dossier.late_cause).order_by(Dossier.code)).all())


def test_import_column_and_return_counts(late_db):
    assert causes(late_db) == {"A": "system", "B": "applicant", "C": None, "D": "system", "E": None}
    with transaction(late_db.sessions, write=False) as s:
        data = build_return(s, JULY)
    d = data["dossiers"]
    assert (d["total"]["completed_late"], d["total"]["pending_overdue"]) == (2, 2)
    # By hand: A and D are system faults (one late, one overdue), B waits for the applicant, E has none.
    assert d["late_causes"] == {"system": {"completed_late": 1, "pending_overdue": 1},
                                "applicant": {"completed_late": 1, "pending_overdue": 0}}
    assert list(d["late_causes"]) == ["system", "applicant"]  # the vocabulary's order
    # August: A and B closed in July are not August's; D and E are still overdue at 31/08.
    with transaction(late_db.sessions, write=False) as s:
        assert build_return(s, Period.month(2025, 8))["dossiers"]["late_causes"] == {
            "system": {"completed_late": 0, "pending_overdue": 1}}


def test_a_cause_on_a_dossier_not_late_refuses_the_file(db, tmp_path):
    rows = ROWS + [["F", "Chứng thực bản sao", "Chứng thực", "20/07/2025", "30/07/2025", "29/07/2025", "Đã trả",
                    "Khác"],
                   ["G", "Chứng thực bản sao", "Chứng thực", "20/07/2025", "30/07/2025", "31/07/2025", "Đã trả",
                    "mưa bão"]]
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", db, write_csv(tmp_path / "late.csv", rows))
    assert [(p.row, p.column, p.code) for p in err.value.problems] == [
        (7, "Nguyên nhân quá hạn", "dossier.cause_not_late"), (8, "Nguyên nhân quá hạn", "import.not_late_cause")]
    assert causes(db) == {}


def test_set_late_cause_only_on_a_late_dossier(late_db):
    with transaction(late_db.sessions) as s:
        ids = dict(s.execute(select(Dossier.code, Dossier.id)).all())
        set_late_cause(s, ids["E"], "other_agency", user="Cán bộ một cửa")
        set_late_cause(s, ids["A"], "Cán bộ xử lý")  # by its label
        with pytest.raises(ValidationError) as err:
            set_late_cause(s, ids["C"], "system")
        assert [(p.field, p.code) for p in err.value.problems] == [("late_cause", "dossier.cause_not_late")]
        with pytest.raises(ValidationError):
            set_late_cause(s, ids["D"], "bad luck")
        set_late_cause(s, ids["B"], None)  # cleared
    assert causes(late_db) == {"A": "staff", "B": None, "C": None, "D": "system", "E": "other_agency"}
    with transaction(late_db.sessions, write=False) as s:
        notes = s.execute(select(DossierEvent.note, DossierEvent.user_name).where(
            DossierEvent.kind == "late_cause", DossierEvent.dossier_id == ids["E"])).all()
    assert notes == [("Cơ quan phối hợp, liên thông", "Cán bộ một cửa")]


def test_the_sentence():
    assert late_causes_sentence({}, 0) is None
    assert late_causes_sentence({}, 3) == "Chưa ghi nguyên nhân quá hạn cho 3 hồ sơ quá hạn."
    assert late_causes_sentence({"system": {"completed_late": 1, "pending_overdue": 1},
                                 "applicant": {"completed_late": 1, "pending_overdue": 0}}, 4) == (
        "Nguyên nhân của 4 hồ sơ quá hạn: lỗi hệ thống, phần mềm 2 hồ sơ; chờ người dân 1 hồ sơ; "
        "chưa ghi nguyên nhân 1 hồ sơ.")


def test_causes_in_the_pdf_and_the_annexes(late_db, tmp_path):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    with transaction(late_db.sessions, write=False) as s:
        write_return_files(s, JULY, build_return(s, JULY), pdf=pdf, xlsx=xlsx)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert ("Nguyên nhân của 4 hồ sơ quá hạn: lỗi hệ thống, phần mềm 2 hồ sơ; chờ người dân 1 hồ sơ; "
            "chưa ghi nguyên nhân 1 hồ sơ.") in text
    assert "Hồ sơ quá hạn theo nguyên nhân" in text
    assert "Chưa ghi nguyên nhân" in text
    wb = load_workbook(xlsx, read_only=True)
    # the workbook has section I's table too, with the same figures
    causes = {r[0]: r[1:4] for r in wb["Nguyên nhân quá hạn"].iter_rows(values_only=True) if r and r[0]}
    assert causes["Lỗi hệ thống, phần mềm"][2] == 2 and causes["Chờ người dân"][2] == 1
    assert causes["Chưa ghi nguyên nhân"][2] == 1 and causes["Tổng cộng"][2] == 4
    for sheet, code, cause in (("Hồ sơ quá hạn", "D", "Lỗi hệ thống, phần mềm"),
                               ("Giải quyết quá hạn", "B", "Chờ người dân")):
        rows = [list(r) for r in wb[sheet].iter_rows(values_only=True)]
        head = next(r for r in rows if "Nguyên nhân quá hạn" in r)
        at = head.index("Nguyên nhân quá hạn")
        row = next(r for r in rows if code in r)
        assert row[at] == cause, sheet


def test_the_annexes_show_the_systems_code_too(db, tmp_path):
    """A dossier with a code of the provincial system is listed by both: "D (X-004)"."""
    path = tmp_path / "late.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER + ["Mã hồ sơ trên hệ thống"])
        w.writerows(r + [{"B": "X-002", "D": "X-004"}.get(r[0], "")] for r in ROWS)
    run_import("dossiers", db, path)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    with transaction(db.sessions, write=False) as s:
        write_return_files(s, JULY, build_return(s, JULY), pdf=pdf, xlsx=xlsx)
    wb = load_workbook(xlsx, read_only=True)
    for sheet, shown, plain in (("Hồ sơ quá hạn", "D (X-004)", "E"), ("Giải quyết quá hạn", "B (X-002)", "A")):
        cells = {c for r in wb[sheet].iter_rows(values_only=True) for c in r}
        assert shown in cells and plain in cells, sheet
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "D (X-004)" in text and "B (X-002)" in text


def test_the_drafted_causes_say_the_recorded_causes(late_db):
    """Section II.3 (Nguyên nhân) starts from what the office recorded about its late dossiers."""
    from core.assessment import draft_for

    with transaction(late_db.sessions, write=False) as s:
        texts = draft_for(s, JULY, build_return(s, JULY))
    assert texts["causes"].splitlines()[0].endswith(
        "Nguyên nhân của 4 hồ sơ quá hạn: lỗi hệ thống, phần mềm 2 hồ sơ; chờ người dân 1 hồ sơ; "
        "chưa ghi nguyên nhân 1 hồ sơ.")
