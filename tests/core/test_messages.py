"""The message catalogue: every code has its two texts with the same parameters, and core's errors
render from it, in English for the command line and in Vietnamese, values formatted for each."""
from __future__ import annotations

import ast
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from core.errors import BadValue, CommuneDeskError, ImportFailed, RowError, ValidationError
from core.messages import CATALOGUE, RESERVED, Problem, Renderer, fields_of, number_text, problem, sentence

VI, EN = Renderer("vi"), Renderer("en")
VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0309\u0323]")


def test_every_message_has_both_texts_with_the_same_parameters():
    assert len(CATALOGUE) > 20
    for code, msg in CATALOGUE.items():
        assert msg.vi.strip() and msg.en.strip(), code
        assert fields_of(msg.vi) == fields_of(msg.en), code
        assert not set(fields_of(msg.vi)) & RESERVED, code
        assert all(spec in ("", "n", "q") for spec in fields_of(msg.vi).values()), code
        # English words: Vietnamese only inside quotes or brackets (the file's own labels, the money's name).
        words = re.sub(r"'[^']*'|\([^)]*\)", "", msg.en).replace("đồng", "")
        assert not VIETNAMESE.search(unicodedata.normalize("NFD", words)), code


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


# ---------------------------------------------------------------- core raises codes, never sentences
CORE = Path(__file__).resolve().parents[2] / "core"
# Calls whose first text argument is a message code: (callable, index of the code among the positionals).
CODE_ARGUMENT = {"problem": 0, "Problem": 0, "RowError": 2, "Refusal": 1, "BadValue": 0, "CellError": 0}


def _error_classes(trees) -> set[str]:
    """CommuneDeskError and every class of core deriving from it (by name)."""
    names = {"CommuneDeskError"}
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        isinstance(b, ast.Name) and b.id in names for b in node.bases):
                    names.add(node.name)
                    changed = True
    return names


def _uses_of_codes(trees):
    """(file, line, callable, the code argument node, the keywords) of every call that takes a code."""
    errors = _error_classes(trees)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else None)
            index = CODE_ARGUMENT.get(name, 0 if name in errors else None)
            if index is None or len(node.args) <= index:
                continue
            yield path, node.lineno, name, node.args[index], node.keywords


def test_core_raises_codes_of_the_catalogue_with_their_parameters():
    trees = {p.relative_to(CORE.parent): ast.parse(p.read_text(encoding="utf-8"))
             for p in CORE.rglob("*.py") if "messages" not in p.parts}
    bad = []
    for path, line, name, arg, keywords in _uses_of_codes(trees):
        where = f"{path}:{line} {name}"
        if isinstance(arg, ast.JoinedStr):
            # A code completed by a value (f"noun.{what}") names a family of catalogued codes; text
            # with spaces is a sentence.
            head = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
            first = arg.values[0].value if isinstance(arg.values[0], ast.Constant) else ""
            if " " in head or not first or not any(code.startswith(first) for code in CATALOGUE):
                bad.append(f"{where}: a sentence built in code, not a code of core.messages")
            continue
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            continue  # a code or problems passed on, a code chosen by a variable
        msg = CATALOGUE.get(arg.value)
        if msg is None:
            bad.append(f"{where}: {arg.value!r} is not a code of core.messages")
            continue
        if name == "Refusal" or any(k.arg is None for k in keywords):
            continue  # parameters as a mapping
        given = {k.arg for k in keywords} - {"field", "row", "column"}
        if given != set(msg.params):
            bad.append(f"{where}: {arg.value} takes {sorted(msg.params)}, given {sorted(given)}")
    assert not bad, "\n".join(bad)


def test_a_list_of_choices_holding_commas_is_joined_by_semicolons():
    from core.imports.dossiers import CAUSE_CHOICES

    p = Problem("import.not_late_cause", {"value": "Mất điện", "choices": CAUSE_CHOICES})
    assert "(Lỗi hệ thống, phần mềm; Cán bộ xử lý; Cơ quan phối hợp, liên thông; Chờ người dân; Khác)" in VI.text(p)
    plain = Problem("import.not_late_cause", {"value": "x", "choices": ["Trực tuyến", "Trực tiếp"]})
    assert "(Trực tuyến, Trực tiếp)" in EN.text(plain)
