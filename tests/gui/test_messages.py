"""The window words core's problems from the catalogue: Vietnamese by default, English through Qt's
translation, which `python -m gui.i18n update` writes from the catalogue into the committed .ts."""
from __future__ import annotations

from core.errors import ImportFailed, RowError, ValidationError
from core.messages import CATALOGUE, problem
from gui import i18n
from gui.messages import error_text, field_errors, import_error_text, other_errors, problem_line, problem_text, say


def test_the_committed_translation_has_the_catalogue_as_update_writes_it():
    entries = i18n.catalogue_entries(i18n.ts_path("en"))
    stale = sorted(code for code, msg in CATALOGUE.items() if entries.get(code) != (msg.vi, msg.en, True))
    assert not stale and set(entries) == set(CATALOGUE), (
        f"run `python -m gui.i18n update` then `release` and commit the .ts and .qm: {stale[:20]}")


def test_problems_in_vietnamese_then_in_english(qtbot):
    exc = ValidationError([problem("required", field="name"), problem("future", field="day"),
                           problem("too_long", field="note", length=1234, limit=300)])
    assert field_errors(exc) == {"name": "Bắt buộc nhập.", "day": "Không được sau ngày hôm nay.",
                                 "note": "Quá dài (1.234 ký tự, tối đa 300)."}
    assert field_errors(exc, fields=("name",)) == {"name": "Bắt buộc nhập."}
    assert other_errors(exc, fields=("name", "day")) == ["Quá dài (1.234 ký tự, tối đa 300)."]
    assert error_text(exc) == "Bắt buộc nhập. Không được sau ngày hôm nay. Quá dài (1.234 ký tự, tối đa 300)."
    cell = RowError(59, "Ngày tiếp nhận", "not_a_date", value="31/02/2025")
    assert problem_line(cell) == "Dòng 59, Ngày tiếp nhận: '31/02/2025' không phải là ngày"
    assert i18n.install("en") == "en" and i18n.current() == "en"
    try:
        assert field_errors(exc)["note"] == "Is too long (1,234 characters, at most 300)."
        assert problem_text(cell) == "'31/02/2025' is not a date"
        assert problem_line(cell) == "Row 59, Ngày tiếp nhận: '31/02/2025' is not a date"
        assert say("import.more_errors", count=1500) == "… and 1,500 more errors"
    finally:
        i18n.install("vi")
    assert i18n.current() == "vi"


def test_messages_with_the_same_vietnamese_keep_their_own_english(qtbot):
    """The code is the translation's disambiguation: two registers' "no rows" say the same in Vietnamese."""
    staff = ImportFailed("import.no_rows.staff", name="y.xlsx", header=5)
    needs = ImportFailed("import.no_rows.equipment", name="x.xlsx", header=4)
    assert import_error_text(needs) == "x.xlsx: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng 4)"
    assert i18n.install("en") == "en"
    try:
        assert import_error_text(staff) == "y.xlsx: no staff rows below the header (row 5)"
        assert import_error_text(needs) == "x.xlsx: no need rows below the header (row 4)"
    finally:
        i18n.install("vi")
