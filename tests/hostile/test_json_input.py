"""Every JSON the program reads from outside goes through core.json_input: a number of thousands of
digits, NaN, a lone surrogate, nesting 100,000 deep and a file over the size cap are each one line,
and nothing is imported or saved."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core import json_input
from core.db import transaction
from core.imports import ImportFailed, run_import
from core.json_input import JSONRefused, loads
from core.models import Dossier
from tests.template_db import copy_sqlite

RECORD = '{"Mã hồ sơ": "H-1", "Thủ tục": "Đăng ký khai sinh", "Người nộp": "A", "Ngày tiếp nhận": "01/07/2025", ' \
         '"Số": %s}'
HOSTILE = {
    "long number": ("[" + RECORD % ("9" * 5000) + "]", "a number of 5,000 characters"),
    "deep": ("[" * 100_000 + "]" * 100_000, "nested more than 64 levels"),
    "surrogate": ("[" + RECORD % '"\\udfff"' + "]", "half of a UTF-16 pair"),
    "nan": ("[" + RECORD % "NaN" + "]", "holds NaN"),
    "infinity": ("[" + RECORD % "1e999" + "]", "holds 1e999"),
}


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", "-Infinity", "1" * 41, "[" * 65 + "]" * 65, '"\\ud800"',
                                  '{"\\udfff": 1}', "[1,", b"\xff\xfe"])
def test_the_reader_refuses(text):
    with pytest.raises(JSONRefused):
        loads(text)


def test_the_reader_reads_what_we_and_the_systems_write():
    assert loads('\ufeff{"a": [1, 2.5, -3, {"b": "Đăng ký"}], "n": 1700000000000}') == {
        "a": [1, 2.5, -3, {"b": "Đăng ký"}], "n": 1700000000000}
    assert loads("[" * 64 + "]" * 64) is not None


def _count(db):
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(Dossier))


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_json_import_is_one_line(db, tmp_path, case):
    text, said = HOSTILE[case]
    path = tmp_path / "hs.json"
    path.write_text(text, encoding="utf-8")
    before = _count(db)
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", db, path)
    assert said in str(err.value) and "\n" not in str(err.value)
    assert _count(db) == before


def test_a_json_import_over_the_cap_is_refused_by_its_size(db, tmp_path, monkeypatch):
    monkeypatch.setattr(json_input, "MAX_JSON_BYTES", 3 * 1024 * 1024)
    path = tmp_path / "opencps.json"
    path.write_text("[" + ",".join([RECORD % "1"] * 40_000) + "]", encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", db, path)
    assert "the file is 5 MB, more than the 3 MB a JSON file may be" in str(err.value)


@pytest.fixture
def register(tmp_path):
    return copy_sqlite(tmp_path / "register.sqlite")


def _one_line(cli, *argv) -> str:
    status, out, err = cli(*argv)
    assert status == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


@pytest.mark.parametrize("case", ["long number", "deep", "surrogate"])
def test_mappings_profiles_and_assessments_take_the_same_reader(cli, register, tmp_path, case):
    text, said = HOSTILE[case]
    if case != "deep":
        text = text.replace('"Mã hồ sơ": "H-1"', '"name": "x", "columns": {"Mã hồ sơ": "code"}').strip("[]")
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    sheet = tmp_path / "hs.csv"
    sheet.write_text("Mã hồ sơ;Thủ tục\nH-1;Đăng ký khai sinh\n", encoding="utf-8")
    assert said in _one_line(cli, "--db", register, "import", "dossiers", sheet, "--map", bad)
    assert said in _one_line(cli, "--db", register, "profile", "save", bad)
    assert said in _one_line(cli, "--db", register, "assessment", "--month", "2025-07", "--set", bad)
