"""The message catalogue: every code has its two texts with the same parameters, and core's errors
render from it, in English for the command line and in Vietnamese, values formatted for each."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from core.errors import BadValue, CommuneDeskError, ImportFailed, RowError, ValidationError
from core.messages import CATALOGUE, RESERVED, Problem, Renderer, fields_of, number_text, problem, sentence

VI, EN = Renderer("vi"), Renderer("en")


def test_every_message_has_both_texts_with_the_same_parameters():
    assert len(CATALOGUE) > 20
    for code, msg in CATALOGUE.items():
        assert msg.vi.strip() and msg.en.strip(), code
        assert fields_of(msg.vi) == fields_of(msg.en), code
        assert not set(fields_of(msg.vi)) & RESERVED, code
        assert all(spec in ("", "n", "q") for spec in fields_of(msg.vi).values()), code
        assert msg.en.isascii() or "'" in msg.en or "…" in msg.en, code  # English words (values may be quoted)


def test_values_are_formatted_for_the_language():
    assert number_text(1234567, "vi") == "1.234.567" and number_text(1234567, "en") == "1,234,567"
    assert number_text(Decimal("1234.5"), "vi") == "1.234,5" and number_text(Decimal("-1234.5"), "en") == "-1,234.5"
    assert number_text(12, "vi") == "12" and number_text(Decimal("7.0"), "en") == "7"
    failed = ImportFailed("import.too_many_errors", limit=10000, at=10502)
    assert str(failed).startswith("more than 10,000 rows are at fault (reading stopped at row 10502)")
    assert failed.render(VI).startswith("hơn 10.000 dòng có lỗi (dừng đọc ở dòng 10502)")
    p = Problem("not_a_date", {"value": date(2025, 2, 3)})
    assert VI.text(p) == EN.text(p).replace("is not a date", "không phải là ngày") == "'03/02/2025' không phải là ngày"
    assert EN.text(Problem("not_a_date", {"value": datetime(2025, 2, 3, 9, 5)})) == "'03/02/2025 09:05' is not a date"
    missing = Problem("import.missing_columns", {"names": ["Lĩnh vực", "Ngày tiếp nhận"]}, row=2)
    assert str(missing) == "row 2: missing required columns 'Lĩnh vực', 'Ngày tiếp nhận'"
    assert VI.line(missing, capital=True) == "Dòng 2: thiếu cột bắt buộc 'Lĩnh vực', 'Ngày tiếp nhận'"


def test_where_a_problem_is():
    at_cell = RowError(59, "Ngày tiếp nhận", "not_a_date", value="31/02/2025")
    assert str(at_cell) == "row 59, Ngày tiếp nhận: '31/02/2025' is not a date"
    assert at_cell.message == "'31/02/2025' is not a date"
    assert VI.line(at_cell) == "dòng 59, Ngày tiếp nhận: '31/02/2025' không phải là ngày"
    assert VI.line(at_cell, capital=True).startswith("Dòng 59, ")
    # A predicate of a field is said after the field's name; at a row it takes the row's column.
    required = problem("required", field="full_name")
    assert str(required) == "full_name: is required" and VI.sentence(required) == "Bắt buộc nhập."
    assert str(required.at(7, "Họ và tên")) == "row 7, Họ và tên: is required"
    assert sentence("đã có.") == "Đã có." and sentence("") == ""


def test_errors_carry_problems_and_print_in_english():
    exc = ValidationError([problem("required", field="name"), problem("future", field="day")])
    assert [p.code for p in exc.problems] == ["required", "future"]
    assert exc.by_field["day"].code == "future" and exc.fields == {"name": "is required", "day": "is after today"}
    assert str(exc) == "name: is required; day: is after today"
    assert isinstance(exc, CommuneDeskError) and exc.code == "required"
    bad = BadValue("below", value="-1", minimum=0)
    assert str(bad) == "'-1' is below 0" and bad.problem(row=3, column="Định biên") == RowError(3, "Định biên", "below",
                                                                                             value="-1", minimum=0)
    many = ImportFailed([RowError(i, "Mã", "required") for i in range(2, 250)])
    lines = str(many).splitlines()
    assert len(lines) == 201 and lines[-1] == "… and 48 more errors" and lines[0] == "row 2, Mã: is required"


def test_a_translation_that_names_an_unknown_parameter_is_shown_unfilled():
    class Broken(Renderer):
        def template(self, msg):
            return "{nothing} here"

    assert Broken("en").text(Problem("required")) == "{nothing} here"


@pytest.mark.parametrize("code", ["where.row_column", "where.row", "where.column", "import.more_errors"])
def test_the_renderer_s_own_messages_exist(code):
    assert code in CATALOGUE
