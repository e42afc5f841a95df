"""The command line as a clerk or the province's tools call it: exit codes, stderr, JSON."""
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.template_db import copy_sqlite

ROOT = Path(__file__).resolve().parents[2]
REGISTER = ROOT / "tests" / "data" / "so-theo-doi-ho-so-2025-07.xlsx"


def run(*args, env=None):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=full_env, cwd=ROOT, timeout=120)


def test_init_import_report_end_to_end(db_target, tmp_path):
    r = run("--db", db_target, "init", "--commune", "Xã Thượng Tín", "--province", "Hà Nội")
    assert r.returncode == 0, r.stderr
    r = run("--db", db_target, "init", "--commune", "Xã Thượng Tín", "--province", "Hà Nội")
    assert r.returncode == 0, r.stderr  # idempotent
    r = run("--db", db_target, "import", "dossiers", str(REGISTER))
    assert r.returncode == 0, r.stderr
    assert "14 added" in r.stdout
    out = tmp_path / "return.json"
    r = run("--db", db_target, "report", "--from", "2025-07-01", "--to", "2025-07-31", "--json", str(out))
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["commune"] == "Xã Thượng Tín" and data["province"] == "Hà Nội"
    assert data["period"] == {"from": "2025-07-01", "to": "2025-07-31"}
    assert set(data) >= {"commune", "province", "period", "dossiers", "staff", "equipment", "recommendations"}
    t = data["dossiers"]["total"]
    assert (t["carried_over"], t["received"], t["completed"], t["pending"]) == (2, 10, 7, 5)
    assert t["on_time_rate"] == 71.43
    r = run("--db", db_target, "report", "--month", "2025-07", "--json", "-")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["dossiers"] == data["dossiers"]


def test_bad_file_is_refused_whole_with_row_and_exit_status(tmp_path):
    db = str(copy_sqlite(tmp_path / "x.sqlite"))  # as `init` makes it
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Danh sách hồ sơ"])
    ws.append(["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Ngày tiếp nhận"])
    ws.append(["A-1", "Đăng ký khai sinh", "Hộ tịch", "01/03/2025"])
    ws.append(["A-2", "Đăng ký khai sinh", "Hộ tịch", "31/02/2025"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    r = run("--db", db, "import", "dossiers", str(path))
    assert r.returncode != 0
    assert r.stderr.splitlines()[0] == "error: row 4, Ngày tiếp nhận: '31/02/2025' is not a date"
    assert "Traceback" not in r.stderr
    r = run("--db", db, "report", "--month", "2025-03", "--json", "-")
    assert json.loads(r.stdout)["dossiers"]["total"]["received"] == 0


@pytest.mark.parametrize("args,message", [
    (["report", "--month", "2025-13", "--json", "-"], "is not a month"),
    (["report", "--from", "2025-07-01", "--json", "-"], "--from needs --to"),
    (["report", "--from", "2025-07-31", "--to", "2025-07-01", "--json", "-"], "ends"),
    (["report", "--month", "2025-07"], "say what to write"),
    (["import", "dossiers", "/nonexistent.xlsx"], "no such file"),
    (["import", "dossiers", str(ROOT / "tests")], "a folder, not a file"),
    (["import", "dossiers", str(ROOT / "tests"), "--map", str(ROOT / "tests")], "a folder, not a file"),
    (["import", "dossiers", "/dev/zero"], "/dev/zero: not a regular file (a device or a pipe)"),
    (["import", "dossiers", str(ROOT / "tests/data/opencps-2025-07.json"), "--map", "/dev/null"],
     "/dev/null: not a regular file"),
])
def test_failures_are_one_line_messages(tmp_path, args, message):
    db = str(copy_sqlite(tmp_path / "x.sqlite"))  # as `init` makes it
    r = run("--db", db, *args)
    assert r.returncode != 0
    assert message in r.stderr and "Traceback" not in r.stderr


def test_report_on_a_database_without_commune(tmp_path):
    r = run("--db", str(tmp_path / "new.sqlite"), "report", "--month", "2025-07", "--json", "-")
    assert r.returncode != 0 and "init" in r.stderr


def test_default_database_from_environment(tmp_path):
    target = tmp_path / "env.sqlite"
    r = run("init", "--commune", "Xã A", "--province", "Tỉnh B", env={"COMMUNEDESK_DB": str(target)})
    assert r.returncode == 0, r.stderr
    assert target.exists()


def test_the_office_settings_from_the_command_line(initialised_target, tmp_path):
    db = ("--db", initialised_target)
    r = run(*db, "settings", "set", "return.recipients", "Như trên;", "Lưu: VT.")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "return.recipients = Như trên; | Lưu: VT."
    assert run(*db, "settings", "set", "return.doc_number", "15/BC-UBND").returncode == 0
    r = run(*db, "settings", "set", "staff.departments_seeded", "0")
    assert r.returncode == 1 and r.stderr.startswith("error: no setting 'staff.departments_seeded'")
    assert r.stderr.count("\n") == 1
    listed = json.loads(run(*db, "settings", "list", "--json").stdout)
    assert listed["return.doc_number"] == "15/BC-UBND" and listed["return.signer_name"] is None
    assert listed["counter.appointment_time"] == "16:00"  # a time of day, as `settings set` takes it
    r = run(*db, "report", "--month", "2025-07", "--pdf", str(tmp_path / "r.pdf"))
    assert r.returncode == 0, r.stderr
    from pypdf import PdfReader

    text = PdfReader(str(tmp_path / "r.pdf")).pages[0].extract_text() + "".join(
        p.extract_text() for p in PdfReader(str(tmp_path / "r.pdf")).pages[1:])
    assert "15/BC-UBND" in text and "Lưu: VT." in text
    assert run(*db, "settings", "unset", "return.doc_number").returncode == 0
    assert json.loads(run(*db, "settings", "list", "--json").stdout)["return.doc_number"] is None


def test_a_reader_that_leaves_early_or_no_input_at_a_prompt_is_one_line(initialised_target):
    """`… | head` closes the pipe; Ctrl-D at a password prompt ends the input: neither is a traceback."""
    from types import SimpleNamespace

    from core.cli import run_command

    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", initialised_target, "settings", "list"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env, cwd=ROOT)
    proc.stdout.close()  # the reader is gone before the first line is written
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err

    def ends_input(_args):
        raise EOFError

    assert run_command(SimpleNamespace(run=ends_input)) == 1


def test_a_cell_cannot_steer_the_terminal_through_an_error_message(tmp_path):
    db = str(copy_sqlite(tmp_path / "x.sqlite"))
    path = tmp_path / "escape.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận\n"
                    "A-1,Đăng ký khai sinh,Hộ tịch,\x1b[2J\x1b]0;pwned\x0701/03/2025\n", encoding="utf-8")
    r = run("--db", db, "import", "dossiers", str(path))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "\x1b" not in r.stderr and "\x07" not in r.stderr
    assert "row 2" in r.stderr and "<U+001B>" in r.stderr
