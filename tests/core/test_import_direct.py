"""Into an empty register the dossier import writes its checked rows straight into the dossier table,
in batches (core.imports.dossiers, `direct_batch`), instead of staging them first: it must write the
same rows as the staged path, keep the import all-or-nothing, and say a repeated code or a bad row
by its row number even when the rows before it were already written in earlier batches."""
import pytest
from sqlalchemy import func, select, text

from core import changes
from core.db import transaction
from core.dossier_queries import DossierFilter, count_dossiers
from core.dossiers import search_key
from core.errors import ImportFailed
from core.imports import IMPORTERS, load_importers, run_import
from core.imports import staging as staging_mod
from core.models import Dossier, ImportBatch

HEADER = ["STT", "Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Kênh nộp", "Ngày tiếp nhận", "Hạn trả",
          "Ngày trả kết quả", "Cán bộ xử lý", "Trạng thái", "Mã hồ sơ trên hệ thống"]
BATCH = 3  # rows per batch: a file of a dozen rows crosses several


def row(i, code=None, received="01/07/2025", official="", done="02/07/2025", status="Đã trả"):
    return [str(i), code or f"D-{i:03}", "Đăng ký khai sinh", "Hộ tịch", f"Nguyễn Văn {i}", "Trực tuyến",
            received, "10/07/2025", done, "", status, official]


def write_csv(path, rows):
    path.write_text("\n".join(",".join(r) for r in [HEADER] + rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def batches(monkeypatch):
    """Small batches, and how many went straight into the dossier table."""
    load_importers()
    monkeypatch.setattr(IMPORTERS["dossiers"], "direct_batch", BATCH)
    written = []
    execute = staging_mod.Direct._execute

    def counted(self, rows):
        written.append(len(rows))
        execute(self, rows)
    monkeypatch.setattr(staging_mod.Direct, "_execute", counted)
    return written


def sqlite(db) -> bool:
    return db.engine.dialect.name == "sqlite"


def nothing_written(db):
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == 0
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0


def schema(db):
    with transaction(db.sessions, write=False) as s:
        return sorted(tuple(r) for r in s.execute(text(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'dossier' ORDER BY name")))


def problems(exc):
    return [(p.row, p.column, p.code, p.params) for p in exc.errors]


def test_an_empty_register_gets_the_rows_in_batches_with_their_batch_index_and_words(db, tmp_path, batches):
    before = schema(db) if sqlite(db) else None
    rows = [row(i) for i in range(1, 12)]
    with changes.collect() as seen:
        result = run_import("dossiers", db, write_csv(tmp_path / "new.csv", rows))
    assert result.inserted == 11
    assert "dossiers" in seen.changes
    with transaction(db.sessions, write=False) as s:
        batch = s.scalar(select(ImportBatch))
        got = s.execute(select(Dossier.id, Dossier.code, Dossier.import_batch_id, Dossier.search_key,
                               Dossier.applicant_name).order_by(Dossier.id)).all()
        assert [c for _i, c, *_ in got] == [f"D-{i:03}" for i in range(1, 12)]  # the file's order
        assert {b for _i, _c, b, _k, _a in got} == {batch.id} and batch.inserted == 11
        assert all(k == search_key(c, a, "Đăng ký khai sinh") for _i, c, _b, k, a in got)
        # The word index has every row; the search finds one by a word of its applicant.
        assert count_dossiers(s, DossierFilter(search="Nguyen Van 7")) == 1
        if sqlite(db):
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []
            assert s.scalar(text("SELECT count(*) FROM dossier_fts")) == 11
            assert s.scalar(text("PRAGMA cache_size")) == -2000
    if sqlite(db):
        assert batches == [3, 3, 3, 2]
        assert schema(db) == before  # the lifted indexes and triggers are back, as they were


def test_the_direct_rows_are_the_staged_rows(db, tmp_path, batches):
    """The same file's rows, written straight into an empty register and staged into one that is
    not empty, are the same rows but for their codes."""
    rows = [row(i, received=f"0{1 + i % 3}/07/2025 0{i % 10}:15", done="" if i % 2 else "05/07/2025",
                status="Đang xử lý" if i % 2 else "Đã trả", official=f"TINH-{i}" if i % 3 == 0 else "")
            for i in range(1, 9)]
    run_import("dossiers", db, write_csv(tmp_path / "a.csv", rows))
    direct_flushes = len(batches)
    again = [r[:1] + ["S" + r[1]] + r[2:11] + ["S" + r[11] if r[11] else ""] for r in rows]
    run_import("dossiers", db, write_csv(tmp_path / "b.csv", again))
    assert len(batches) == direct_flushes  # the second went through the staging table
    skip = {"id", "code", "official_code", "search_key", "import_batch_id", "created_at", "updated_at"}
    cols = [c for c in Dossier.__table__.c if c.name not in skip]
    with transaction(db.sessions, write=False) as s:
        got = {code: tuple(r) for code, *r in s.execute(select(Dossier.code, *cols))}
    assert len(got) == 16
    for i in range(1, 9):
        assert got[f"D-{i:03}"] == got[f"SD-{i:03}"], i
    if sqlite(db):
        assert direct_flushes == 3


def test_a_code_repeated_late_is_said_by_its_rows_and_nothing_is_written(db, tmp_path, batches):
    rows = [row(i) for i in range(1, 12)] + [row(12, code="D-002")]
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", db, write_csv(tmp_path / "twice.csv", rows))
    assert str(err.value) == "row 13, Mã hồ sơ: 'D-002' appears twice in the file (also row 3)"
    nothing_written(db)
    if sqlite(db):
        assert len(batches) == 3  # three batches were in the table before the repeat was read


def test_a_bad_row_late_refuses_the_file_by_its_row(db, tmp_path, batches):
    before = schema(db) if sqlite(db) else None
    rows = [row(i) for i in range(1, 12)] + [row(12, done="30/06/2025")]
    with pytest.raises(ImportFailed) as err:
        run_import("dossiers", db, write_csv(tmp_path / "late.csv", rows))
    assert [(p.row, p.column, p.code) for p in err.value.errors] == [
        (13, "Ngày trả kết quả", "dossier.before_received")]
    nothing_written(db)
    if sqlite(db):
        assert schema(db) == before
        # The register is still empty and takes the right file whole afterwards.
    result = run_import("dossiers", db, write_csv(tmp_path / "right.csv", rows[:11]))
    assert result.inserted == 11


def test_the_problems_said_are_those_of_the_staged_path(db, tmp_path, batches):
    """A file with repeated codes and official codes, bad rows among them: the same problems, in the
    same order, whether the register is empty (rows checked in memory) or not (staging table)."""
    rows = [row(i) for i in range(1, 10)]
    rows += [row(10, code="D-004"),                               # the same code again
             row(11, official="TINH-1"), row(12, official="TINH-1"),  # an official code twice
             row(13, official="TINH-9"), row(14, official="TINH-9"),
             row(15, code="TINH-9", official="TINH-9"),           # the dossier of row 14 again
             row(16, code="D-005", done="30/06/2025"),            # bad, and its code repeats
             row(17, done="30/06/2025"), row(18, code="D-017")]   # the code of a bad row
    path = write_csv(tmp_path / "mixed.csv", rows)
    with pytest.raises(ImportFailed) as empty:
        run_import("dossiers", db, path)
    nothing_written(db)
    run_import("dossiers", db, write_csv(tmp_path / "one.csv", [row(1, code="OTHER-1")]))
    with pytest.raises(ImportFailed) as staged:
        run_import("dossiers", db, path)
    assert problems(empty.value) == problems(staged.value)
    assert [(r, c, code) for r, c, code, _p in problems(empty.value)] == [
        (11, "Mã hồ sơ", "import.repeated"), (13, "Mã hồ sơ trên hệ thống", "import.repeated"),
        (15, "Mã hồ sơ trên hệ thống", "import.repeated"), (16, "Mã hồ sơ", "import.same_dossier"),
        (17, "Ngày trả kết quả", "dossier.before_received"), (17, "Mã hồ sơ", "import.repeated"),
        (18, "Ngày trả kết quả", "dossier.before_received"), (19, "Mã hồ sơ", "import.repeated")]
