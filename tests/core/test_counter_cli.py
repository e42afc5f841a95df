"""The counter from the command line, end to end by subprocess as a script would drive it: a dossier
taken in, asked once for a supplement, apologised for once and in time, returned; one refused at the
counter; one stopped with its fee refunded; each step's form dated by its event and the same bytes on
reprint; the book of the month; each refused step exits 1 with its rule in one line."""
import json

import openpyxl
from pypdf import PdfReader

from tests.core.test_cli import run
from tests.template_db import copy_sqlite


def text_of(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def refused(r, *words: str) -> str:
    """A step the rules refuse: exit 1, one line on stderr naming the rule, nothing on stdout."""
    assert r.returncode == 1, (r.stdout, r.stderr)
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in r.stderr, r.stderr
    assert all(w in lines[0] for w in words), lines[0]
    assert r.stdout == ""
    return lines[0]


def clerk(tmp_path):
    """A commune's database (a copy of the template) and two ways of running a command on it: `cli`
    (the completed process) and `ok` (its stdout, the command having succeeded)."""
    db = str(copy_sqlite(tmp_path / "x.sqlite"))

    def cli(*args):
        return run("--db", db, *args)

    def ok(*args) -> str:
        r = cli(*args)
        assert r.returncode == 0, r.stderr
        return r.stdout.strip()

    return cli, ok


def test_the_counter_from_the_command_line(tmp_path):
    cli, ok = clerk(tmp_path)

    refused(cli("dossier", "add", "--procedure", "thuong tru", "--applicant", "X"), "several procedures")
    a = ok("dossier", "add", "--procedure", "Đăng ký thường trú", "--applicant", "Nguyễn Thị Hường",
           "--id-number", "001185012345", "--phone", "0912345678", "--email", "huong@example.vn",
           "--at", "2026-03-02 09:30", "--doc", "1", "--representative", "Lê Văn Tám",
           "--rep-document", "Giấy ủy quyền số 12/UQ ngày 01/03/2026")
    data = json.loads(ok("dossier", "show", a, "--json", "-"))
    assert {"code", "official_code", "status", "received_at", "due_date", "appointment_date", "completed_on",
            "events"} <= set(data)
    assert (data["code"], data["status"], data["received_at"], data["due_date"], data["appointment_date"],
            data["completed_on"]) == (a, "in_progress", "2026-03-02T09:30", "2026-03-11", "2026-03-11", None)
    assert [(e["action"], e["at"], e["note"]) for e in data["events"]] == [("received", "2026-03-02T09:30", None)]
    assert [d["received"] for d in data["documents"]] == [True, False]

    # a supplement once: its reason printed; a second request only with --second-time
    refused(cli("dossier", "act", a, "request-supplement", "--at", "2026-03-03 10:00"), "reason")
    assert ok("dossier", "act", a, "request-supplement", "--at", "2026-03-03 10:00",
              "--reason", "Giấy tờ chỗ ở chưa nộp") == f"{a}\tawaiting_supplement"
    refused(cli("dossier", "act", a, "supply", "--at", "2026-03-02 10:00"), "before")
    ok("dossier", "act", a, "supply", "--at", "2026-03-05 08:00")
    refused(cli("dossier", "act", a, "request-supplement", "--at", "2026-03-05", "--reason", "Lại thiếu"),
            "--second-time REASON")
    # an apology no later than one working day before the due date in force (13/03 after the pause), once
    refused(cli("dossier", "act", a, "apologize", "--at", "2026-03-13", "--reason", "Chờ xác minh",
                "--new-due", "2026-03-25"), "by 12/03/2026", "13/03/2026")
    ok("dossier", "act", a, "apologize", "--at", "2026-03-12", "--reason", "Chờ xác minh", "--new-due", "2026-03-25")
    refused(cli("dossier", "act", a, "apologize", "--at", "2026-03-12", "--reason", "x", "--new-due",
                "2026-03-30"), "once")
    refused(cli("dossier", "act", a, "return", "--at", "2099-01-01"), "future")
    ok("dossier", "act", a, "return", "--at", "2026-03-24 15:00")
    data = json.loads(ok("dossier", "show", a, "--json", "-"))
    assert data["completed_on"] == "2026-03-24" and data["appointment_date"] == "2026-03-11"
    assert [e["action"] for e in data["events"]] == ["received", "supplement_requested", "supplement_supplied",
                                                    "apology", "returned"]

    # refused at the counter on the day it was presented; stopped with the fee refunded
    b = ok("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Phạm Văn Cường",
           "--at", "2026-03-04 09:00")
    refused(cli("dossier", "act", b, "refuse", "--at", "2026-03-05", "--reason", "Sai nơi nộp"), "04/03/2026")
    ok("dossier", "act", b, "refuse", "--at", "2026-03-04 09:10", "--reason", "Không thuộc thẩm quyền")
    c = ok("dossier", "add", "--procedure", "Chứng thực chữ ký", "--applicant", "Đỗ Thị Dung",
           "--at", "2026-03-06 14:00")
    ok("dossier", "act", c, "withdraw", "--at", "2026-03-06 15:00", "--reason", "Người nộp đề nghị",
       "--refunded-fee", "10000")

    # each form dated by its event, the same bytes on reprint
    dated = {"01": "ngày 02 tháng 3 năm 2026", "02": "ngày 03 tháng 3 năm 2026", "04": "ngày 12 tháng 3 năm 2026",
             "06": "ngày 02 tháng 3 năm 2026"}
    for form, day in dated.items():
        out = tmp_path / f"a-{form}.pdf"
        ok("slip", a, "--form", form, "--pdf", str(out))
        assert f"Thượng Tín, {day}" in text_of(out), form
    ok("slip", a, "--form", "01", "--pdf", str(tmp_path / "again.pdf"))
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "a-01.pdf").read_bytes()
    assert "16 giờ 00 phút, ngày 11 tháng 3 năm 2026" in text_of(tmp_path / "a-01.pdf")  # the appointment given
    line = refused(cli("slip", a, "--form", "03", "--pdf", str(tmp_path / "no.pdf")), "no form 03")
    assert not line.startswith("error: kind") and not (tmp_path / "no.pdf").exists()
    refused(cli("slip", b, "--form", "01", "--pdf", str(tmp_path / "no.pdf")), "no form 01")
    ok("slip", b, "--form", "03", "--pdf", str(tmp_path / "b-03.pdf"))
    assert "Không thuộc thẩm quyền" in text_of(tmp_path / "b-03.pdf")
    ok("slip", c, "--form", "05", "--pdf", str(tmp_path / "c-05.pdf"))
    assert "số tiền hoàn trả cho Ông/Bà: 10.000 đồng" in text_of(tmp_path / "c-05.pdf")

    # the book of the month lists them all; the return counts the refusal in no figure
    assert ok("book", "--month", "2026-03", "--pdf", str(tmp_path / "book.pdf"), "--xlsx",
              str(tmp_path / "book.xlsx")) == "3 dossiers"
    book = text_of(tmp_path / "book.pdf")
    assert all(code in book for code in (a, b, c)) and "Từ chối tiếp nhận" in book
    cells = {c.value for row in openpyxl.load_workbook(tmp_path / "book.xlsx").active.iter_rows() for c in row}
    assert {a, b, c} <= cells
    figures = json.loads(ok("report", "--month", "2026-03", "--json", "-"))["dossiers"]
    assert figures["refused_at_counter"] == 1
    assert (figures["total"]["received"], figures["total"]["completed"]) == (2, 2)
