"""The assessment on the Báo cáo page: opened for the chosen period with the draft from its figures,
edited and saved off the GUI thread, reopened with the saved text, read-only for who may not write it,
and printed in the PDF the page writes."""
from __future__ import annotations

from pypdf import PdfReader

from core import assessment
from core.return_sections import build_return
from tests.gui.helpers import outcome

# The Báo cáo page and its register, as the page's own tests make them.
from tests.gui.test_reports_page import PERIOD, ctx, page  # noqa: E402,F401 (fixtures)


def test_draft_edit_save_reopen_and_print(qtbot, page, ctx, tmp_path):
    assert page.btn_assessment.isEnabled()
    dialog = page.edit_assessment()
    with ctx.read() as s:
        draft = assessment.draft_for(s, PERIOD, build_return(s, PERIOD))
    assert dialog.texts() == draft and dialog.tabs.count() == 5
    assert dialog.tabs.tabText(0) == "Kết quả đạt được" and "bản nháp" in dialog.state.text()
    dialog.edits["causes"].setPlainText("Thiếu một công chức tư pháp - hộ tịch.")
    dialog.tabs.setCurrentIndex(assessment.KEYS.index("proposals"))
    dialog.edits["proposals"].setPlainText("")
    dialog.fill_draft()  # the draft of the current part only
    assert dialog.edits["proposals"].toPlainText() == draft["proposals"]
    assert outcome(dialog.save())
    with ctx.read() as s:
        saved = assessment.stored(s, PERIOD)
    assert saved["causes"] == "Thiếu một công chức tư pháp - hộ tịch." and saved["achievements"] == draft["achievements"]
    again = page.edit_assessment()
    assert again.edits["causes"].toPlainText() == saved["causes"] and "Đã lưu" in again.state.text()
    again.reject()
    out = tmp_path / "bc.pdf"
    op = page.export("pdf", str(out))
    with qtbot.waitSignal(op.ended, timeout=60000):
        pass
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(out)).pages)
    assert "3. Nguyên nhân Thiếu một công chức tư pháp - hộ tịch." in text


def test_read_only_for_who_may_not_write_it(qtbot, page, ctx):
    from tests.core.test_auth import make_accounts

    people = make_accounts(ctx.db)
    ctx.user = people["viewer"]
    dialog = page.edit_assessment()
    assert not dialog.save_btn.isEnabled() and dialog.edits["achievements"].isReadOnly()
    assert dialog.save() is None
    with ctx.read() as s:
        assert assessment.stored(s, PERIOD) is None
