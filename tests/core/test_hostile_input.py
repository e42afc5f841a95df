"""Bad input (issue 7, point 7): every import, fed random and hostile workbooks and CSVs (wrong types,
huge strings, formulas, control characters, empty sheets, merged cells, 1,048,576 rows, a renamed
image), gives a clear ImportFailed or a correct import — never another exception, never a partial
write. Text starting with =, +, - or @ goes back to Excel as text."""
from __future__ import annotations

import csv
import importlib
import os
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from core import vocab
from core.db import transaction
from core.imports import IMPORTERS, ImportFailed, ImportResult, load_importers, run_import
from core.imports.reader import Column
from core.models import Base

load_importers()
KINDS = sorted(IMPORTERS)
HOSTILE_SETTINGS = settings(max_examples=12, deadline=None, derandomize=True,
                            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                                   HealthCheck.data_too_large])
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
       b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def columns_of(kind: str) -> list[Column]:
    module = importlib.import_module(IMPORTERS[kind].__module__)
    cols = []
    for value in vars(module).values():
        if isinstance(value, list) and value and all(isinstance(c, Column) for c in value):
            cols += value
    return cols


VOCAB_LABELS = sorted({label for v in vars(vocab).values() if isinstance(v, vocab.Vocabulary)
                       for t in v.terms for label in (t.vi, t.en, t.code)})

# ---------------------------------------------------------------- cell strategies
CONTROL = "".join(chr(c) for c in range(0, 32)) + "\x7f\u200b\u202e\ufeff"
formulas = st.sampled_from(["=1+1", "=HYPERLINK(\"http://x\",\"bấm\")", "+84912345678", "-5", "@SUM(A1:A9)",
                            "=cmd|' /C calc'!A0", "=A1/0", "#REF!", "#N/A"])
nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=CONTROL, min_size=1, max_size=8),
    st.builds(lambda n: "Đ" * n, st.sampled_from([101, 301, 1001, 100_000])),  # huge strings
    formulas,
    st.sampled_from(VOCAB_LABELS),
    st.sampled_from(["", " ", "NULL", "None", "0", "-0", "1e309", "NaN", "31/02/2026", "00/00/0000",
                     "05/10/2026", "2026-10-05", "05/10/2026 14:30", "99999999999999999999", "٣", "１２"]),
)
numbers = st.one_of(st.integers(min_value=-10**20, max_value=10**20), st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from([0, 1, 2, 12, 1.5, -1, 10**15]))
dates = st.one_of(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                  st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31)))
good_dates = st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31))


def cell_for(col: Column):
    kind = getattr(col.parse, "__name__", "")
    if "day" in kind or "date" in kind:
        typed = st.one_of(good_dates.map(lambda d: d.strftime("%d/%m/%Y")), good_dates, dates)
    elif "number" in kind or "digits" in kind or "int" in kind:
        typed = st.one_of(numbers, st.integers(min_value=0, max_value=50))
    else:
        typed = st.one_of(st.sampled_from(VOCAB_LABELS), st.text(min_size=1, max_size=20))
    return st.one_of(typed, typed, typed, st.none(), nasty_text, numbers, st.booleans())


@st.composite
def tables(draw, kind: str):
    """A header of known column names (some dropped, some unknown added, shuffled) and rows."""
    cols = [c for c in columns_of(kind)]
    chosen = draw(st.lists(st.sampled_from(cols), min_size=0, max_size=len(cols), unique_by=lambda c: c.key))
    if draw(st.booleans()):  # most often: every required column present
        chosen += [c for c in cols if c.required and c.key not in {x.key for x in chosen}]
    header_cells = [draw(st.sampled_from(c.names)) for c in chosen]
    if draw(st.booleans()):
        header_cells.insert(draw(st.integers(0, len(header_cells))), draw(nasty_text))
    header_cells = draw(st.permutations(header_cells))
    by_name = {n: c for c in cols for n in c.names}
    n_rows = draw(st.integers(min_value=0, max_value=6))
    rows = []
    for _ in range(n_rows):
        row = [draw(cell_for(by_name[h])) if h in by_name else draw(nasty_text) for h in header_cells]
        if draw(st.integers(0, 5)) == 0:
            row = row[: draw(st.integers(0, len(row)))]  # ragged
        rows.append(row)
    titles = draw(st.lists(st.lists(nasty_text, max_size=3), max_size=2))
    return titles + [list(header_cells)] + rows


# ---------------------------------------------------------------- writing files
def _csv_value(v):
    if isinstance(v, (date, datetime)):
        return v.strftime("%d/%m/%Y")
    return "" if v is None else str(v)


def write_csv(path: Path, table, delimiter=",") -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows([[_csv_value(v) for v in row] for row in table])


def _xlsx_value(v):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(v, str):
        v = ILLEGAL_CHARACTERS_RE.sub("", v)[:32767]
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
        return str(v)
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 10**15:
        return str(v)
    if isinstance(v, date) and v.year < 1900:
        return v.isoformat()
    return v


def write_xlsx(path: Path, table, merge: bool = False) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in table:
        ws.append([_xlsx_value(v) for v in row])  # strings starting with "=" become formulas
    if merge and ws.max_row >= 2 and ws.max_column >= 2:
        ws.merge_cells(start_row=1, start_column=1, end_row=2, end_column=2)
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=ws.max_column)
    wb.save(path)


# ---------------------------------------------------------------- the property
def fingerprint(db) -> dict[str, int]:
    with transaction(db.sessions, write=False) as s:
        s.info["system"] = True
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def import_checked(db, kind: str, path: Path):
    """run_import gives a result or ImportFailed; a refused file changes nothing at all."""
    before = fingerprint(db)
    try:
        result = run_import(kind, db, path, user="kiemthu")
    except ImportFailed as exc:
        assert str(exc).strip(), "an ImportFailed must say why"
        assert fingerprint(db) == before, f"{kind}: a refused file wrote something"
        return None
    assert isinstance(result, ImportResult)
    after = fingerprint(db)
    assert after["import_batch"] == before["import_batch"] + 1 or result.inserted + result.updated == 0
    assert after["audit_entry"] > before["audit_entry"]  # the import entry
    return result


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    """One database for all the examples of this module (examples accumulate; each is compared
    with the state just before it)."""
    from tests.template_db import new_sqlite

    folder = tmp_path_factory.mktemp("hostile")
    os.environ.setdefault("COMMUNEDESK_BACKUP_DIR", str(folder / "backups"))
    db = new_sqlite(folder / "hostile.sqlite")
    yield db
    db.close()


def _tmp(suffix: str) -> Path:
    fd, name = tempfile.mkstemp(suffix=suffix)
    os.close(fd)
    return Path(name)


@pytest.mark.parametrize("kind", KINDS)
@HOSTILE_SETTINGS
@given(data=st.data())
def test_random_csv_files(shared_db, kind, data):
    table = data.draw(tables(kind))
    path = _tmp(".csv")
    try:
        write_csv(path, table, delimiter=data.draw(st.sampled_from([",", ";", "\t"])))
        import_checked(shared_db, kind, path)
    finally:
        path.unlink()


@pytest.mark.parametrize("kind", KINDS)
@settings(HOSTILE_SETTINGS, max_examples=6)
@given(data=st.data())
def test_random_workbooks(shared_db, kind, data):
    table = data.draw(tables(kind))
    path = _tmp(".xlsx")
    try:
        write_xlsx(path, table, merge=data.draw(st.booleans()))
        import_checked(shared_db, kind, path)
    finally:
        path.unlink()


@settings(HOSTILE_SETTINGS, max_examples=25)
@given(rows=st.lists(st.tuples(st.sampled_from(["Đăng ký khai sinh", "Đăng ký kết hôn", "Thủ tục mới lạ"]),
                               good_dates, st.one_of(st.none(), st.integers(0, 20)), st.sampled_from(
                                   ["", "Đang xử lý", "Đã trả", "Chờ bổ sung", "Từ chối"]),
                               nasty_text), min_size=1, max_size=8))
def test_dossier_imports_are_correct_when_accepted(shared_db, rows):
    """Mostly well-formed dossier rows with one hostile column: an accepted file holds exactly its rows."""
    from datetime import timedelta

    from core.models import Dossier

    stamp = datetime.now().strftime("%H%M%S%f")
    table = [["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Hạn trả", "Ngày trả kết quả", "Trạng thái",
              "Người nộp"]]
    for i, (proc, received, days, status, applicant) in enumerate(rows):
        done = (received + timedelta(days=days)).strftime("%d/%m/%Y") if days is not None else ""
        table.append([f"P-{stamp}-{i}", proc, "Hộ tịch", received.strftime("%d/%m/%Y"),
                      (received + timedelta(days=3)).strftime("%d/%m/%Y"), done, status, applicant])
    path = _tmp(".csv")
    try:
        write_csv(path, table)
        result = import_checked(shared_db, "dossiers", path)
    finally:
        path.unlink()
    if result is not None:
        with transaction(shared_db.sessions, write=False) as s:
            stored = dict(s.execute(select(Dossier.code, Dossier.applicant_name)
                                    .where(Dossier.code.like(f"P-{stamp}-%"))).all())
        assert result.inserted == len(rows) == len(stored)
        for i, row in enumerate(rows):
            applicant = row[4]
            assert stored[f"P-{stamp}-{i}"] == (applicant.strip() or None if applicant is not None else None) \
                or stored[f"P-{stamp}-{i}"] is not None


# ---------------------------------------------------------------- the named cases, every kind
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", ["empty-csv", "empty-xlsx", "empty-sheet", "png-as-xlsx", "png-as-csv",
                                  "zip-garbage", "utf16-csv", "header-only", "formulas", "merged"])
def test_named_hostile_files(shared_db, kind, case, tmp_path):
    cols = columns_of(kind)
    header = [c.label for c in cols if not c.ignored]
    if case == "empty-csv":
        path = tmp_path / "empty.csv"
        path.write_bytes(b"")
    elif case == "empty-xlsx":
        path = tmp_path / "empty.xlsx"
        path.write_bytes(b"")
    elif case == "empty-sheet":
        path = tmp_path / "blank.xlsx"
        write_xlsx(path, [])
    elif case == "png-as-xlsx":
        path = tmp_path / "photo.xlsx"
        path.write_bytes(PNG)
    elif case == "png-as-csv":
        path = tmp_path / "photo.csv"
        path.write_bytes(PNG * 50)
    elif case == "zip-garbage":
        import zipfile

        path = tmp_path / "book.xlsx"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("xl/workbook.xml", "<not really/>")
    elif case == "utf16-csv":
        path = tmp_path / "utf16.csv"
        path.write_text(",".join(header) + "\n", encoding="utf-16")
    elif case == "header-only":
        path = tmp_path / "header.csv"
        write_csv(path, [header])
    elif case == "formulas":
        path = tmp_path / "formulas.xlsx"
        write_xlsx(path, [header] + [["=1+1", "=NOW()", "@SUM(A1)", "+84", "-1", "=A1"] * len(header)] * 3)
    else:
        path = tmp_path / "merged.xlsx"
        write_xlsx(path, [["BÁO CÁO"] * len(header), header, ["x"] * len(header)], merge=True)
    result = import_checked(shared_db, kind, path)
    if case in ("empty-csv", "empty-xlsx", "empty-sheet", "png-as-xlsx", "png-as-csv", "zip-garbage",
                "utf16-csv"):
        assert result is None


def test_a_million_row_csv(shared_db, tmp_path):
    """1,048,576 rows (Excel's limit): a header, a million blank lines, one dossier at the very end."""
    path = tmp_path / "million.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Hạn trả\n")
        fh.write(",,,,\n" * (1_048_576 - 2))
        fh.write("M-LAST,Đăng ký khai sinh,Hộ tịch,05/10/2026,05/10/2026\n")
    result = import_checked(shared_db, "dossiers", path)
    assert result is not None and result.inserted == 1


def test_a_million_rows_of_junk_are_refused_whole(shared_db, tmp_path):
    path = tmp_path / "junk.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Hạn trả\n")
        fh.write("J,Đăng ký khai sinh,Hộ tịch,hôm qua,05/10/2026\n" * (1_048_576 - 1))
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", shared_db, path)
    assert "reading stopped" in str(err.value) and "more errors" in str(err.value) and len(str(err.value)) < 50_000


def test_a_workbook_with_only_its_last_row_set(shared_db, tmp_path):
    """A sheet whose used range reaches row 1,048,576 (written cheaply: two cells)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for col, value in enumerate(["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Hạn trả"], 1):
        ws.cell(1, col, value)
    for col, value in enumerate(["W-LAST", "Đăng ký khai sinh", "Hộ tịch", "05/10/2026", "05/10/2026"], 1):
        ws.cell(1_048_576, col, value)
    path = tmp_path / "tall.xlsx"
    wb.save(path)
    result = import_checked(shared_db, "dossiers", path)
    assert result is not None and result.inserted == 1


def test_huge_values_are_refused_with_the_row_on_either_database(db, tmp_path):
    path = tmp_path / "huge.csv"
    write_csv(path, [["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Hạn trả", "Người nộp"],
                     ["H-1", "Đăng ký khai sinh", "Hộ tịch", "05/10/2026", "05/10/2026", "Nguyễn Văn A"],
                     ["H-2" * 200, "Đăng ký khai sinh", "Hộ tịch", "05/10/2026", "05/10/2026", "B" * 100_000]])
    before = fingerprint(db)
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", db, path)
    assert "row 3" in str(err.value) and "too long" in str(err.value)
    assert fingerprint(db) == before


def test_control_characters_and_nul_on_either_database(db, tmp_path):
    path = tmp_path / "ctrl.csv"
    write_csv(path, [["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Hạn trả", "Người nộp"],
                     ["C-1", "Đăng ký khai sinh", "Hộ tịch", "05/10/2026", "05/10/2026", "Lê\x00Văn\x07B\u202e"]])
    result = import_checked(db, "dossiers", path)
    if result is not None:
        from core.models import Dossier

        with transaction(db.sessions, write=False) as s:
            name = s.scalar(select(Dossier.applicant_name).where(Dossier.code == "C-1"))
        assert "\x00" not in name


def test_formula_text_goes_back_to_excel_as_text(sqlite_db, tmp_path):
    """Imported text that looks like a formula is exported as text (dossier list and audit export)."""
    import openpyxl

    from core.audit import export_audit
    from core.exports.dossier_list import write_dossier_list

    evil = ["=HYPERLINK(\"http://x\",\"bấm\")", "+84912345678", "-2+3", "@SUM(A1:A9)"]
    path = tmp_path / "evil.csv"
    write_csv(path, [["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Hạn trả", "Người nộp"]]
              + [[f"E-{i}", "Đăng ký khai sinh", "Hộ tịch", "05/10/2026", "05/10/2026", v] for i, v in enumerate(evil)])
    assert run_import("dossiers", sqlite_db, path).inserted == 4
    out = tmp_path / "list.xlsx"
    write_dossier_list(sqlite_db, out)
    from core.models import Dossier

    with transaction(sqlite_db.sessions) as s:  # edits through the window are in the audit trail
        for d in s.scalars(select(Dossier).where(Dossier.code.like("E-%"))):
            d.notes = d.applicant_name
    with transaction(sqlite_db.sessions, write=False) as s:
        export_audit(s, tmp_path / "audit.xlsx", table="dossier")
    for book in (out, tmp_path / "audit.xlsx"):
        ws = openpyxl.load_workbook(book).active
        cells = {c.value: c.data_type for row in ws.iter_rows() for c in row if c.value in evil}
        assert set(cells) == set(evil), book
        assert set(cells.values()) == {"s"}, book
