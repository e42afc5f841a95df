"""The counter's commands as a new clerk met them: a code typed in small letters or unknown, a late
cause entered with a past step, the words of a refused step (no internal codes, one rule at a time),
documents named by part of their name. By subprocess, as a script drives them."""
import json

from pypdf import PdfReader

from tests.core.test_counter_cli import clerk, refused


def text_of(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_codes_typed_in_small_letters_or_unknown(tmp_path):
    cli, ok = clerk(tmp_path)
    a = ok("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Phạm Văn Cường",
           "--at", "2026-03-04 09:00")
    assert json.loads(ok("dossier", "show", a.lower(), "--json", "-"))["code"] == a
    assert ok("dossier", "act", a.lower(), "request-supplement", "--at", "2026-03-04 09:30", "--reason",
              "Thiếu tờ khai") == f"{a.lower()}\tawaiting_supplement"
    ok("slip", a.lower(), "--form", "01", "--pdf", str(tmp_path / "a.pdf"))
    for args in (("dossier", "show", "HS-000000-9999"), ("dossier", "act", "HS-000000-9999", "return"),
                 ("slip", "HS-000000-9999", "--form", "01", "--pdf", str(tmp_path / "b.pdf"))):
        refused(cli(*args), "no dossier with code HS-000000-9999")


def test_a_late_cause_is_no_step_and_belongs_to_its_step(tmp_path):
    cli, ok = clerk(tmp_path)
    a = ok("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Phạm Văn Cường",
           "--at", "2026-03-04 09:00")
    ok("dossier", "act", a, "return", "--at", "2026-03-20 10:15", "--cause", "system")
    data = json.loads(ok("dossier", "show", a, "--json", "-"))
    assert [(e["action"], e["at"]) for e in data["events"]] == [
        ("received", "2026-03-04T09:00"), ("returned", "2026-03-20T10:15"), ("late_cause", "2026-03-20T10:15")]
    text = ok("dossier", "show", a)
    assert "2026-03-20T10:15  Late cause recorded" in text and "late_cause" not in text
    ok("slip", a, "--form", "06", "--pdf", str(tmp_path / "a-06.pdf"))
    control = text_of(tmp_path / "a-06.pdf")
    assert "late_cause" not in control and "Lỗi hệ thống" not in control
    assert control.count("Quá hạn") == 1  # the return only, no hand-over row for the cause


def test_refused_steps_speak_plainly(tmp_path):
    cli, ok = clerk(tmp_path)
    a = ok("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Phạm Văn Cường",
           "--at", "2026-03-04 09:00")
    ok("dossier", "act", a, "request-supplement", "--at", "2026-03-05 09:00", "--reason", "Thiếu tờ khai")
    line = refused(cli("dossier", "act", a, "request-supplement", "--at", "2026-03-05 10:00", "--reason", "x"),
                   "'Awaiting supplement'", "'Supplement requested'")
    assert "awaiting_supplement" not in line and "request_supplement" not in line
    line = refused(cli("dossier", "act", a, "supply", "--at", "2026-03-03"), "supplied before it was requested")
    assert "received" not in line and ";" not in line  # one rule for the date, not two glued
    ok("dossier", "act", a, "supply", "--at", "2026-03-06 09:00")
    line = refused(cli("dossier", "act", a, "request-supplement", "--at", "2026-03-06 10:00", "--reason", "x"),
                   "--second-time REASON")
    assert "time(s)" not in line
    line = refused(cli("dossier", "act", a, "apologize", "--at", "2026-03-06 11:00", "--reason", "Chờ xác minh"),
                   "--new-due")
    assert "after the due date" not in line
    b = ok("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Đỗ Thị Dung",
           "--at", "2026-03-04 09:00")
    ok("dossier", "act", b, "return", "--at", "2026-03-04 10:00")
    line = refused(cli("dossier", "act", b, "late-cause", "--cause", "system"), "a late cause is only for")
    assert "late_cause" not in line


def test_documents_are_named_as_procedures_are(tmp_path):
    """--doc NAME: the checklist's document whose name contains it (case and diacritics ignored)
    when only one does; several or none refused with the choices; +NAME another document."""
    cli, ok = clerk(tmp_path)
    add = ("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Phạm Văn Cường",
           "--at", "2026-03-04 09:00")
    a = ok(*add, "--doc", "giay chung sinh|original|2", "--doc", "+Bản sao sổ hộ khẩu")
    docs = json.loads(ok("dossier", "show", a, "--json", "-"))["documents"]
    assert [(d["name"][:15], d["received"], d["copies"]) for d in docs] == [
        ("Tờ khai đăng ký", False, 1), ("Giấy chứng sinh", True, 2), ("Bản sao sổ hộ k", True, None)]
    refused(cli(*add, "--doc", "giay khai sinh"), "no document of the checklist matches 'giay khai sinh'",
            "'Tờ khai đăng ký khai sinh (theo mẫu)'", "--doc '+giay khai sinh'")
    refused(cli(*add, "--doc", "sinh"), "'sinh' matches several documents", "'Tờ khai đăng ký khai sinh (theo mẫu)'")


def test_the_printed_return_tells_the_refusals_at_the_counter(tmp_path):
    import openpyxl

    cli, ok = clerk(tmp_path)
    b = ok("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Phạm Văn Cường",
           "--at", "2026-03-04 09:00")
    ok("dossier", "act", b, "refuse", "--at", "2026-03-04 09:10", "--reason", "Không thuộc thẩm quyền")
    ok("report", "--month", "2026-03", "--pdf", str(tmp_path / "r.pdf"), "--xlsx", str(tmp_path / "r.xlsx"))
    assert ("Bộ phận Một cửa từ chối tiếp nhận 1 hồ sơ (Mẫu 03); các hồ sơ này không được tiếp nhận nên không "
            "tính vào số liệu Biểu II.06a.") in text_of(tmp_path / "r.pdf")
    cover = [list(r[:2]) for r in openpyxl.load_workbook(tmp_path / "r.xlsx")["Thông tin chung"].iter_rows(
        values_only=True)]
    assert ["Hồ sơ từ chối tiếp nhận (Mẫu 03, không tính vào Biểu II.06a)", 1] in cover
