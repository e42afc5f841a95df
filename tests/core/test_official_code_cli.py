"""The provincial system's code and the late cause at the counter's commands: `dossier add
--official-code`, `dossier show` with both codes (and found by either), `dossier act … --cause` after a
step or alone (`late-cause`), and an offline intake linked by the system's export then shown with the
code the export gave it."""
import json

from tests.core.test_counter_cli import clerk, refused


def test_official_code_and_late_cause_from_the_command_line(tmp_path):
    cli, ok = clerk(tmp_path)

    a = ok("dossier", "add", "--procedure", "Đăng ký thường trú", "--applicant", "Phạm Thị Lan",
           "--at", "2026-03-02 09:30", "--official-code", "H26.99-260302-0042")
    shown = json.loads(ok("dossier", "show", a, "--json", "-"))
    assert (shown["code"], shown["official_code"]) == (a, "H26.99-260302-0042")
    # found by the system's code as well, and the text names both
    assert json.loads(ok("dossier", "show", "H26.99-260302-0042", "--json", "-"))["code"] == a
    text = ok("dossier", "show", a)
    assert a in text and "official code: H26.99-260302-0042" in text
    # the system's code is one dossier's only
    refused(cli("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Lê Văn Hải",
                "--at", "2026-03-02 10:00", "--official-code", "H26.99-260302-0042"), "H26.99-260302-0042")
    refused(cli("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Lê Văn Hải",
                "--at", "2026-03-02 10:00", "--official-code", a), a)

    # not late yet: a cause is refused, and the step is not taken either (one transaction)
    r = cli("dossier", "act", a, "return", "--at", "2026-03-03 09:00", "--cause", "system")
    assert r.returncode == 1 and "late" in r.stderr, r.stderr
    assert json.loads(ok("dossier", "show", a, "--json", "-"))["status"] == "in_progress"
    # returned late, with the cause: both recorded
    assert shown["due_date"] == "2026-03-11"
    ok("dossier", "act", a, "return", "--at", "2026-03-20 15:00", "--cause", "lỗi hệ thống")
    after = json.loads(ok("dossier", "show", a, "--json", "-"))
    assert (after["status"], after["late_cause"]) == ("returned", "system")
    assert "late cause: System or software fault" in ok("dossier", "show", a)
    # the cause alone, changed, then cleared; unknown causes and a bare late-cause refused
    ok("dossier", "act", a, "late-cause", "--cause", "applicant")
    assert json.loads(ok("dossier", "show", a, "--json", "-"))["late_cause"] == "applicant"
    refused(cli("dossier", "act", a, "late-cause", "--cause", "thời tiết"), "thời tiết")
    refused(cli("dossier", "act", a, "late-cause"), "--cause")
    ok("dossier", "act", a, "late-cause", "--cause", "none")
    assert json.loads(ok("dossier", "show", a, "--json", "-"))["late_cause"] is None


def test_an_offline_intake_shows_the_code_its_export_linked(tmp_path):
    _cli, ok = clerk(tmp_path)

    ok("init", "--commune", "Xã Thượng Tín", "--province", "Hà Nội")
    a = ok("dossier", "add", "--procedure", "Đăng ký khai sinh", "--applicant", "Nguyễn Văn Bình",
           "--id-number", "001095001357", "--at", "2026-03-02 08:20")
    export = tmp_path / "he-thong.csv"
    export.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Số định danh,Kênh nộp,Ngày tiếp nhận,Hạn trả,Trạng thái\n"
                      "H26.99-260302-0001,Đăng ký khai sinh,Hộ tịch,Nguyễn Văn Bình,001095001357,Trực tiếp,"
                      "02/03/2026 08:20,03/03/2026,Đang giải quyết\n", encoding="utf-8")
    summary = ok("import", "dossiers", str(export))
    assert "1 linked" in summary or "linked" in summary, summary
    shown = json.loads(ok("dossier", "show", a, "--json", "-"))
    assert (shown["code"], shown["official_code"]) == (a, "H26.99-260302-0001")
    assert json.loads(ok("dossier", "show", "H26.99-260302-0001", "--json", "-"))["code"] == a
