"""A file or a mapping that could be read two ways is refused, never read one way silently: one
field given by two columns of the file, a mapping naming one column twice (differing only in case or
diacritics), one file value mapped to two codes. A built-in profile exported as JSON reads the file
with --map as the profile does."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.db import transaction
from core.errors import ImportFailed, ValidationError
from core.imports import run_import
from core.imports.profiles import from_json, mapping_profile, read_mapping
from core.models import Dossier

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def count(db) -> int:
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(Dossier))


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("header", [
    "Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Người nộp,Ngày tiếp nhận",   # the same name twice
    "Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,applicant,Ngày tiếp nhận",   # two names of one field
])
def test_one_field_given_by_two_columns_is_refused_at_the_header(db, tmp_path, header):
    path = write(tmp_path / "two.csv", [header, "HS-1,Đăng ký khai sinh,Hộ tịch,An,Bình,05/10/2026"])
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path)
    [error] = exc.value.errors
    assert (error.row, error.code) == (1, "import.duplicate_column")
    assert "D" in str(exc.value) and "E" in str(exc.value)
    assert count(db) == 0


def test_a_repeated_column_the_import_does_not_read_is_no_ambiguity(db, tmp_path):
    path = write(tmp_path / "stt.csv", ["STT,Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,STT",
                                        "1,HS-1,Đăng ký khai sinh,Hộ tịch,05/10/2026,1"])
    assert run_import("dossiers", db, path).inserted == 1


def test_a_mapped_column_found_twice_in_the_file_is_refused(db, tmp_path):
    mapping = json.loads((DATA / "mot-cua-tinh.mapping.json").read_text(encoding="utf-8"))
    lines = (DATA / "mot-cua-tinh-2025-07.csv").read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].replace("Đơn vị xử lý", "Chủ hồ sơ")  # the applicant's column, twice
    path = write(tmp_path / "export.csv", lines)
    with pytest.raises(ImportFailed) as exc:
        run_import("dossiers", db, path, profile=from_json(mapping))
    assert [e.code for e in exc.value.errors] == ["import.duplicate_column"]
    assert count(db) == 0


def test_a_mapping_naming_one_column_twice_is_refused():
    mapping = {"format": "communedesk-import-profile", "name": "x",
               "columns": {"Số hồ sơ": "code", "SỐ HỒ SƠ": "official_code", "Tên TTHC": "procedure",
                           "Lĩnh vực": "field", "Ngày nhận": "received"}}
    with pytest.raises(ValidationError) as exc:
        from_json(mapping)
    assert [p.code for p in exc.value.problems] == ["profile.same_source"]


def test_one_file_value_mapped_to_two_codes_is_refused():
    mapping = {"format": "communedesk-import-profile", "name": "x",
               "columns": {"Số hồ sơ": "code", "Tên TTHC": "procedure", "Lĩnh vực": "field",
                           "Ngày nhận": "received", "Tình trạng": "status"},
               "values": {"status": {"Đã trả": "returned", "da tra": "rejected", "Đã Trả": "returned"}}}
    with pytest.raises(ValidationError) as exc:
        from_json(mapping)
    assert [p.code for p in exc.value.problems] == ["profile.ambiguous_value"]


def test_the_window_cannot_map_two_columns_of_one_name_differently():
    headers = ["Số hồ sơ", "Tên TTHC", "Lĩnh vực", "Ngày nhận", "Ghi chú", "Ghi chú"]
    with pytest.raises(ValidationError) as exc:
        mapping_profile("x", headers, {0: "code", 1: "procedure", 2: "field", 3: "received", 4: "notes", 5: "address"})
    assert [p.code for p in exc.value.problems] == ["profile.same_header"]
    # one of the two left unmapped: the mapping names it once
    assert mapping_profile("x", headers, {0: "code", 1: "procedure", 2: "field", 3: "received",
                                          5: "notes"})["columns"]["Ghi chú"] == "notes"


@pytest.mark.parametrize("builtin, sample", [("communedesk", "so-theo-doi-ho-so-2025-07.xlsx"),
                                             ("opencps", "opencps-2025-07.json")])
def test_a_built_in_profile_exported_reads_its_file_with_map(db, tmp_path, builtin, sample):
    url = db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / f"{builtin}.json"
    main = [sys.executable, str(ROOT / "main.py"), "--db", url]
    subprocess.run(main + ["profile", "export", builtin, "--json", str(out)], check=True, capture_output=True)
    profile = read_mapping(out)
    assert profile.columns  # the columns written out, not left to the program
    mapped = subprocess.run(main + ["import", "dossiers", str(DATA / sample), "--map", str(out)],
                            capture_output=True, text=True)
    assert mapped.returncode == 0, mapped.stderr
    by_map = count(db)
    assert by_map > 0
    with transaction(db.sessions) as s:
        s.execute(Dossier.__table__.delete())
    direct = subprocess.run(main + ["import", "dossiers", str(DATA / sample), "--profile", builtin],
                            capture_output=True, text=True)
    assert direct.returncode == 0, direct.stderr
    assert count(db) == by_map
    # The same counts; the mapping (every alias of the own layout's columns) names the fields this
    # file does not have, as any mapping does.
    assert mapped.stdout.split(":")[1].split(";")[0].strip() == direct.stdout.split(":")[1].split(";")[0].strip()
