"""The Báo cáo page and signed returns: a leader finalises, signs from a real SoftHSM2 token and packages
the return from the window; "Kiểm tra gói báo cáo…" shows the package valid, who signed, when, and a
tampered one refused with its reason in Vietnamese; the consolidation tab takes packages with the
trusted roots, the province's list of communes and "accept unsigned", and says who has not reported.
Every check and write runs through gui.ops, off the GUI thread."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from core.db import transaction
from core.returns import Period
from core.signing import CertSpec, open_signer
from core.submission import Outputs, submit
from tests.core.test_consolidate_packages import fill_b
from tests.core.test_signing import require_softhsm
from tests.gui.test_reports_page import ctx, page  # noqa: F401 (fixtures)
from tests.pki import PASSWORD, PIN, changed_figure, pki, softhsm_token  # noqa: F401 (fixtures)
from tests.template_db import new_sqlite

PERIOD = Period.month(2025, 10)


def wait(qtbot, op):
    with qtbot.waitSignal(op.ended, timeout=60000):
        pass
    return op


def test_a_leader_signs_from_a_token_in_the_window_and_checks_the_package(qtbot, page, ctx, pki, tmp_path,
                                                                          monkeypatch):
    require_softhsm()
    token = softhsm_token(tmp_path / "hsm", pki.leader())
    monkeypatch.setenv("SOFTHSM2_CONF", token["conf"])
    box = page.finalised
    assert box.sign_btn.isEnabled() and box.sign_btn.text() == "Chốt, ký số và đóng gói…"
    dialog = box.ask_sign()
    dialog.kind_token.setChecked(True)
    assert dialog.secret_label.text() == "Mã PIN:" and not dialog.cert_file.isEnabled()
    dialog.library.setText(token["module"])
    dialog.token.setText(token["label"])
    out = tmp_path / "goi.cdpkg"
    dialog.package.setText(str(out))
    dialog.secret.setText(PIN)
    op = dialog.run_sign()
    assert dialog.secret.text() == ""  # the field never keeps the PIN
    wait(qtbot, op)
    assert op.error is None and out.exists()
    qtbot.waitUntil(lambda: "Đã ký số: Nguyễn Văn An" in box.state.text())
    assert "Đã chốt phiên bản 1" in box.state.text() and str(out) in page.status.text()
    assert box.sign_btn.text() == "Điều chỉnh, ký số và đóng gói…"
    prefs = Path(tmp_path / "prefs.ini").read_text(encoding="utf-8")
    assert token["module"] in prefs and PIN not in prefs  # the certificate is remembered, never the PIN

    ca = pki.root_pem()
    check = page.ask_verify(str(out))
    check.trust.setText(str(ca))
    wait(qtbot, check.run_check())
    view = check.view
    assert "HỢP LỆ" in view.status.text() and "KHÔNG" not in view.status.text()
    assert view.fields["signer"].text() == "Nguyễn Văn An, UBND Xã Thượng Tín"
    assert view.fields["changed"].text() == "Không" and "được tin cậy" in view.fields["chain"].text()
    assert "Xã Thượng Tín (Hà Nội), kỳ 01/10/2025 – 31/10/2025, phiên bản 1" == view.fields["return"].text()

    bad = changed_figure(out, tmp_path / "sua.cdpkg")
    check.file.setText(str(bad))
    wait(qtbot, check.run_check())
    assert "KHÔNG HỢP LỆ" in view.status.text()
    assert [view.problems.item(i).text() for i in range(view.problems.count())] == [
        "tệp return.json đã bị thay đổi (mã SHA-256 khác bản kê)"]


def test_a_wrong_pin_is_said_and_nothing_is_finalised(qtbot, page, ctx, pki, tmp_path, monkeypatch):
    require_softhsm()
    token = softhsm_token(tmp_path / "hsm", pki.leader())
    monkeypatch.setenv("SOFTHSM2_CONF", token["conf"])
    dialog = page.finalised.ask_sign()
    dialog.kind_token.setChecked(True)
    dialog.library.setText(token["module"])
    dialog.package.setText(str(tmp_path / "goi.cdpkg"))
    dialog.secret.setText("000000")
    wait(qtbot, dialog.run_sign())
    assert dialog.error.text() == "Token không nhận mã PIN." and dialog.isVisible()
    assert not (tmp_path / "goi.cdpkg").exists() and page.finalised.row is None


def test_only_a_leader_may_sign_in_the_window(qtbot, sqlite_db):
    from core.auth import authenticate, create_user
    from gui.context import AppContext
    from gui.pages.reports import ReportsPage

    with transaction(sqlite_db.sessions) as s:
        create_user(s, "admin", "mat-khau-1", "admin")
    admin = authenticate(sqlite_db, "admin", "mat-khau-1")
    with transaction(sqlite_db.sessions, user=admin) as s:
        create_user(s, "canbo", "mat-khau-2", "clerk")
        create_user(s, "lanhdao", "mat-khau-3", "leader")
    for name, password, allowed in (("canbo", "mat-khau-2", False), ("lanhdao", "mat-khau-3", True)):
        p = ReportsPage(AppContext(sqlite_db, user=authenticate(sqlite_db, name, password)))
        qtbot.addWidget(p)
        p.set_period(PERIOD)
        assert p.finalised.sign_btn.isEnabled() is allowed
        if not allowed:
            assert p.finalised.sign_btn.toolTip() == "Lãnh đạo ký số báo cáo."


def test_the_consolidation_tab_takes_packages(qtbot, page, ctx, pki, tmp_path):
    key_path = pki.p12(pki.leader())
    with open_signer(CertSpec("pkcs12", str(key_path)), PASSWORD) as key:
        submit(ctx.db, PERIOD, outputs=Outputs(package=tmp_path / "a.cdpkg"), key=key)
    other = new_sqlite(tmp_path / "b.sqlite", fill_b)
    try:
        submit(other, PERIOD, outputs=Outputs(package=tmp_path / "b.cdpkg"))  # unsigned
    finally:
        other.close()
    listed = tmp_path / "ds.csv"
    listed.write_text("Tên đơn vị\nXã Thượng Tín\nPhường Hoàn Kiếm\nXã An Bình\n", encoding="utf-8")
    page.tabs.setCurrentIndex(1)
    page.add_files([tmp_path / "a.cdpkg", tmp_path / "b.cdpkg"])
    page.trust_file.setText(str(pki.root_pem()))
    page.communes_file.setText(str(listed))
    op = wait(qtbot, page.run_consolidation())
    assert op.error and "b.cdpkg: gói chưa được ký số" in op.error
    page.allow_unsigned.setChecked(True)
    wait(qtbot, page.run_consolidation())
    assert page.consolidated is not None and page.ranking.rowCount() == 2
    text = page.missing.text()
    assert "Chưa gửi báo cáo (1 đơn vị): Xã An Bình" in text and "Gói chưa ký số được chấp nhận: Phường Hoàn Kiếm" in text
    out = tmp_path / "tinh.xlsx"
    wait(qtbot, page.export_consolidation("xlsx", str(out)))
    wb = openpyxl.load_workbook(out)
    assert "Chưa báo cáo" in wb.sheetnames and "Nguồn số liệu" in wb.sheetnames
    # Saved over one of the packages it read, or over the list: refused, the file untouched.
    for target in (tmp_path / "a.cdpkg", listed):
        before = target.read_bytes()
        op = wait(qtbot, page.export_consolidation("pdf", str(target)))
        assert op.error and "không có gì được ghi" in op.error and target.read_bytes() == before
    # The package selected in the list opens in the check.
    page.files.setCurrentRow(0)
    dialog = page.ask_verify()
    assert dialog.file.text() == str(tmp_path / "a.cdpkg") and dialog.trust.text() == str(pki.root_pem())
    wait(qtbot, dialog.run_check())
    assert "HỢP LỆ" in dialog.view.status.text()


def test_the_window_says_why_a_countersigned_or_another_unit_s_package_is_refused(qtbot, page, ctx, pki, tmp_path):
    from tests.core.test_package_attacks import _second_signature, resummed
    from tests.pki import rewrite

    stranger = pki.p12(pki.leader("Hoàng Văn Em", org="UBND Xã Thượng Lâm"), "lam.p12")
    with open_signer(CertSpec("pkcs12", str(stranger)), PASSWORD) as key:
        submit(ctx.db, PERIOD, outputs=Outputs(package=tmp_path / "lam.cdpkg"), key=key)
    page.tabs.setCurrentIndex(1)
    page.add_files([tmp_path / "lam.cdpkg", tmp_path / "lam.cdpkg"])
    assert page.files.count() == 1
    page.trust_file.setText(str(pki.root_pem()))
    op = wait(qtbot, page.run_consolidation())
    assert op.error and ("lam.cdpkg: chứng thư số của Hoàng Văn Em ghi đơn vị 'UBND Xã Thượng Lâm', không phải "
                         "Xã Thượng Tín") in op.error
    page.allow_other_unit.setChecked(True)
    wait(qtbot, page.run_consolidation())
    assert page.consolidated is not None
    assert ("Xã Thượng Tín: chấp nhận gói do Hoàng Văn Em ký bằng chứng thư số ghi đơn vị khác (UBND Xã Thượng Lâm)"
            in page.missing.text())
    # A second signature after the approval: the check names both, and refuses it.
    official = pki.p12(pki.leader("Lê Thị Cúc"), "cuc.p12")

    def countersign(m):
        m["return.pdf"] = _second_signature(m["return.pdf"], official)
        resummed(m)
    bad = rewrite(tmp_path / "lam.cdpkg", tmp_path / "hai.cdpkg", countersign)
    dialog = page.ask_verify(str(bad))
    dialog.trust.setText(str(pki.root_pem()))
    wait(qtbot, dialog.run_check())
    view = dialog.view
    assert "KHÔNG HỢP LỆ" in view.status.text() and view.fields["signer"].text().startswith("Hoàng Văn Em")
    assert view.fields["others"].text().startswith("Lê Thị Cúc, UBND Xã Thượng Tín")
    problems = [view.problems.item(i).text() for i in range(view.problems.count())]
    assert problems[0].startswith("tệp PDF có 2 chữ ký ('Hoàng Văn Em', 'Lê Thị Cúc')"), problems
