"""A text with a control character or a bidirectional override is refused wherever it enters: typed
in a form (any register), given on the command line, or read from a file (at its row and column).
On a printed slip U+202E turns a name round while the register keeps it as typed, and PostgreSQL
refuses NUL outright."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.db import transaction
from core.equipment import add_problem
from core.errors import ValidationError
from core.formatting import hidden_control
from core.imports import ImportFailed, run_import
from core.models import Dossier, SiteProblem
from core.staff import Person, add_staff
from tests.core.test_counter_rules import take_in
from tests.core.test_import_fast_paths import write_csv

ROOT = Path(__file__).resolve().parents[2]
RLO = "\u202e"


@pytest.mark.parametrize("value, found", [
    ("Nguyễn Văn An", None), ("Dòng một\nDòng hai\tcột", None), ("", None), (None, None),
    ("Lê\x07 Văn", "U+0007"), (f"Trần {RLO}nA", "U+202E"), ("a\x00b", "U+0000"), ("x\u2067y", "U+2067"),
    ("\x85", "U+0085"), ("\x7f", "U+007F"),
])
def test_what_counts_as_hidden(value, found):
    assert hidden_control(value) == found


def test_a_name_with_an_override_is_refused_at_its_field(db):
    from core.dossiers import Applicant, update_details

    with transaction(db.sessions) as s:
        d = take_in(s)
        dossier_id = d.id
    with pytest.raises(ValidationError) as exc, transaction(db.sessions) as s:
        update_details(s, dossier_id, applicant=Applicant(f"Nguyễn {RLO}nA nĂV"))
    assert [(p.field, p.code, p.params["char"]) for p in exc.value.problems] == [("name", "control_character", "U+202E")]
    assert "U+202E" in str(exc.value)
    with transaction(db.sessions, write=False) as s:
        assert s.get(Dossier, dossier_id).applicant_name == "Nguyễn Thị Hường"


def test_other_registers_refuse_it_too(db):
    with pytest.raises(ValidationError) as exc, transaction(db.sessions) as s:
        add_problem(s, place="Thôn\x01 Nà Hẩu", kind="no_signal")
    assert [(p.field, p.code) for p in exc.value.problems] == [("place", "control_character")]
    with pytest.raises(ValidationError), transaction(db.sessions) as s:
        add_staff(s, Person(full_name=f"Lò Văn {RLO}B"), None)
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(SiteProblem)) == 0


def test_an_import_refuses_the_cell_by_row_and_column(db, tmp_path):
    path = write_csv(tmp_path / "x.csv", [
        ["1", "HS-1", "Đăng ký khai sinh", "Hộ tịch", "Nguyễn Văn A", "", "05/10/2026", "", "", "", ""],
        ["2", "HS-2", "Đăng ký khai sinh", "Hộ tịch", f"Trần {RLO}B", "", "05/10/2026", "", "", "", ""],
        ["3", "HS-3", "Đăng ký khai sinh", "Hộ tịch\x1b", "Lê C", "", "05/10/2026", "", "", "", ""],
    ])
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    said = [(e.row, e.column, e.code) for e in exc.value.errors]
    assert said == [(3, "Người nộp", "control_character"), (4, "Lĩnh vực", "control_character")]
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == 0  # nothing landed


def test_the_command_line_refuses_it_in_one_line(tmp_path):
    from tests.template_db import target

    env_db = target("sqlite", tmp_path)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", env_db, "init", "--commune", "Xã A",
                    "--province", "Tỉnh B"], check=True, capture_output=True)
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", env_db, "dossier", "add",
                        "--procedure", "Đăng ký khai sinh", "--applicant", f"Lê {RLO}Văn"],
                       capture_output=True, text=True)
    assert r.returncode != 0 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "U+202E" in r.stderr and "Traceback" not in r.stderr


# ---------------------------------------------------------------- a mistyped year
def test_a_site_problem_since_a_mistyped_year_is_refused_in_the_form_and_the_import(db, tmp_path):
    from tests.core.test_import_sites import write_csv as write_sites

    with pytest.raises(ValidationError) as exc, transaction(db.sessions) as s:
        add_problem(s, place="Thôn Nà Hẩu", kind="no_signal", since=date(1900, 5, 1))
    assert [(p.field, p.code) for p in exc.value.problems] == [("since", "dossier.date_before_earliest")]
    with transaction(db.sessions) as s:  # the boundary itself is a day of the register
        add_problem(s, place="Thôn Nà Hẩu", kind="no_signal", since=date(2000, 1, 1))
    with pytest.raises(ValidationError) as exc, transaction(db.sessions) as s:
        add_problem(s, place="Bản Phìn", kind="no_power", since=date(2026, 1, 5), status="resolved",
                    resolved_date=date(2099, 1, 1))
    assert [(p.field, p.code) for p in exc.value.problems] == [("resolved_date", "date_in_future")]
    with pytest.raises(ImportFailed) as exc:
        run_import("sites", db, write_sites(tmp_path / "sites.csv", [
            [1, "Bản Phìn", "Mất điện", "", "01/05/1900", "12", "Chưa khắc phục", ""]]))
    assert [(e.row, e.code) for e in exc.value.errors] == [(3, "dossier.date_before_earliest")]


def test_an_apology_promising_a_mistyped_year_is_refused(db):
    from core.dossiers import transition
    from tests import factories as f

    with transaction(db.sessions) as s:
        d = f.dossier(s, received=date(2026, 3, 2), due=date(2026, 3, 20))
        with pytest.raises(ValidationError) as exc:
            transition(s, d.id, "apologize", on=date(2026, 3, 10), note="Chờ xác minh", new_date=date(2099, 3, 27))
        assert [(p.field, p.code) for p in exc.value.problems] == [("new_date", "dossier.due_too_far")]
        transition(s, d.id, "apologize", on=date(2026, 3, 10), note="Chờ xác minh", new_date=date(2028, 3, 2))
        assert d.apology_new_date == date(2028, 3, 2)


def test_an_argument_that_is_no_text_is_refused_in_one_line(tmp_path):
    import os

    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "x.sqlite"), "dossier", "add",
                        "--procedure", "Đăng ký khai sinh", "--applicant", os.fsdecode(b"L\xed\xb2\x80D")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr and r.stderr.count("\n") == 1
    assert not (tmp_path / "x.sqlite").exists()
