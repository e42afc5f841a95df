"""The return's assessment (kết quả đạt được; tồn tại, hạn chế; nguyên nhân; phương hướng; kiến nghị):
drafted from the figures, written by the clerk per period, frozen with a finalised version, printed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from core import assessment
from core import finalise as F
from core.db import transaction
from core.errors import PermissionDenied, ValidationError
from core.exports import write_return_files
from core.returns import Period
from core.return_sections import build_return
from tests.core.test_auth import make_accounts, take_in

SEP, OCT = Period.month(2026, 9), Period.month(2026, 10)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def people(db):
    return make_accounts(db)


def _pdf_text(path) -> str:
    """The pages' words in order, without the page numbers (a text may run across a page break)."""
    pages = []
    for page in PdfReader(str(path)).pages:
        lines = [line for line in (page.extract_text() or "").splitlines() if line.strip()]
        while lines and lines[0].strip().isdigit():
            lines.pop(0)
        while lines and lines[-1].strip().isdigit():
            lines.pop()
        pages.append(" ".join(" ".join(lines).split()))
    return " ".join(pages)


def test_the_draft_states_the_figures(db, people):
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
        take_in(s, "001203004568")
    with transaction(db.sessions, write=False) as s:
        texts = assessment.draft_for(s, OCT, build_return(s, OCT))
    assert set(texts) == set(assessment.KEYS)
    assert texts["achievements"].startswith("- Tiếp nhận 2 hồ sơ thủ tục hành chính, trong đó trực tuyến 0 hồ sơ")
    # both still pending on 31/10, past their due date: said once, with the day, and no "0 closed late"
    assert texts["shortcomings"].splitlines()[0] == "- Đến ngày 31/10/2026 còn 2 hồ sơ đang giải quyết quá hạn."
    assert "Giải quyết dứt điểm 2 hồ sơ đang quá hạn." in texts["next_tasks"]
    assert "giải quyết quá hạn trong kỳ" not in texts["shortcomings"]
    # under half received online: the 766 threshold named, with the share
    assert "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 0,00%, dưới mức 50%" in texts["shortcomings"]


def test_the_clerk_saves_per_period_and_only_who_makes_returns(db, people):
    with transaction(db.sessions, user=people["clerk"]) as s:
        assessment.save(s, SEP, {"achievements": "Tháng 9: hoàn thành tốt.", "proposals": "Cấp thêm máy tính."})
        saved = assessment.save(s, OCT, {"achievements": "  Tháng 10\r\ndòng hai  "})
    assert saved["achievements"] == "Tháng 10\ndòng hai" and saved["causes"] == ""
    # October's later edits leave September as it was
    with transaction(db.sessions, user=people["clerk"]) as s:
        assessment.save(s, OCT, {"causes": "Thiếu người."})
    with transaction(db.sessions, write=False) as s:
        assert assessment.stored(s, SEP) == {**assessment.empty(), "achievements": "Tháng 9: hoàn thành tốt.",
                                             "proposals": "Cấp thêm máy tính."}
        assert assessment.stored(s, OCT)["achievements"] == "Tháng 10\ndòng hai"  # a section not given is kept
        assert assessment.stored(s, OCT)["causes"] == "Thiếu người."
        assert assessment.stored(s, Period.month(2026, 8)) is None
    for role in ("viewer", "leader"):  # writing a return's text is the clerk's (draft_returns)
        with pytest.raises(PermissionDenied):
            with transaction(db.sessions, user=people[role]) as s:
                assessment.save(s, OCT, {"causes": "khác"})
    with pytest.raises(ValidationError) as e:
        with transaction(db.sessions, user=people["clerk"]) as s:
            assessment.save(s, OCT, {"summary": "không có phần này"})
    assert [p.field for p in e.value.problems] == ["summary"]
    with pytest.raises(ValidationError) as e:
        with transaction(db.sessions, user=people["clerk"]) as s:
            assessment.save(s, OCT, {"causes": "x" * (assessment.MAX_CHARS + 1)})
    assert [p.field for p in e.value.problems] == ["causes"]
    with transaction(db.sessions, write=False) as s:
        assert assessment.stored(s, OCT)["causes"] == "Thiếu người."  # nothing of the refused writes


def test_finalising_freezes_the_text_and_the_pdf_prints_it(db, people, tmp_path):
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
        assessment.save(s, OCT, {"achievements": "Đã số hóa toàn bộ sổ hộ tịch.",
                                 "proposals": "Đề nghị cấp 01 máy quét."})
    with transaction(db.sessions, user=people["leader"]) as s:
        row = F.finalise(s, OCT, build_return(s, OCT))
    assert assessment.finalised_texts(row)["achievements"] == "Đã số hóa toàn bộ sổ hộ tịch."
    # after finalising, the clerk edits the working text and the registers
    with transaction(db.sessions, user=people["clerk"]) as s:
        assessment.save(s, OCT, {"achievements": "Bản sửa sau khi chốt."})
        take_in(s, "001203004569")
    with transaction(db.sessions, write=False) as s:
        submitted, live = F.reprint(s, OCT), build_return(s, OCT)
        assert F.assessment_for(s, OCT, submitted)["achievements"] == "Đã số hóa toàn bộ sổ hộ tịch."
        assert F.assessment_for(s, OCT, live)["achievements"] == "Bản sửa sau khi chốt."
        write_return_files(s, OCT, submitted, pdf=tmp_path / "submitted.pdf")
        write_return_files(s, OCT, live, pdf=tmp_path / "live.pdf")
    text = _pdf_text(tmp_path / "submitted.pdf")
    assert "1. Kết quả đạt được Đã số hóa toàn bộ sổ hộ tịch." in text
    assert "IV. KIẾN NGHỊ, ĐỀ XUẤT Đề nghị cấp 01 máy quét." in text
    assert "Bản sửa sau khi chốt" not in text
    assert "Bản sửa sau khi chốt." in _pdf_text(tmp_path / "live.pdf")


def test_a_return_finalised_without_a_text_keeps_the_draft_it_printed(db, people, tmp_path):
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
    with transaction(db.sessions, user=people["leader"]) as s:
        data = build_return(s, OCT)
        row = F.finalise(s, OCT, data)
        draft = assessment.draft_for(s, OCT, data)
    assert assessment.finalised_texts(row) == draft and "Tiếp nhận 1 hồ sơ" in draft["achievements"]
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s, "001203004569")  # the live figures move on; the submitted draft does not
    with transaction(db.sessions, write=False) as s:
        assert F.assessment_for(s, OCT, F.reprint(s, OCT)) == draft
        assert F.assessment_for(s, OCT, build_return(s, OCT)) is None  # live: drafted anew


def test_assessment_command(tmp_path):
    from tests.template_db import new_sqlite

    db_path = tmp_path / "cli.sqlite"
    db = new_sqlite(db_path)
    with transaction(db.sessions) as s:
        take_in(s)
    db.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNEDESK_PASSWORD")}

    def run(*args, stdin=None):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args], input=stdin,
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)

    r = run("assessment", "--month", "2026-10")
    assert r.returncode == 0 and "(draft from the figures)" in r.stdout and "## Kết quả đạt được" in r.stdout
    assert "Tiếp nhận 1 hồ sơ" in r.stdout, r.stderr
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps({"causes": "Thiếu máy quét.", "next_tasks": "Số hóa sổ hộ tịch."}), encoding="utf-8")
    r = run("assessment", "--month", "2026-10", "--set", str(texts))
    assert r.returncode == 0 and "(saved)" in r.stdout and "Thiếu máy quét." in r.stdout, r.stderr
    r = run("assessment", "--month", "2026-10", "--json", "-")
    assert json.loads(r.stdout) == {**assessment.empty(), "causes": "Thiếu máy quét.", "next_tasks": "Số hóa sổ hộ tịch."}
    r = run("assessment", "--month", "2026-10", "--draft")
    assert "(draft from the figures)" in r.stdout and "Thiếu máy quét." not in r.stdout
    r = run("assessment", "--month", "2026-10", "--set", "-", stdin='["not", "an object"]')
    assert r.returncode == 1 and "JSON object" in r.stderr
    r = run("assessment", "--month", "2026-10", "--set", "-", stdin='{"unknown": "x"}')
    assert r.returncode == 1 and "unknown" in r.stderr
    r = run("report", "--month", "2026-10", "--pdf", str(tmp_path / "r.pdf"))
    assert r.returncode == 0, r.stderr
    assert "3. Nguyên nhân Thiếu máy quét." in _pdf_text(tmp_path / "r.pdf")


def _sheet_lines(path) -> list[str]:
    import openpyxl

    ws = openpyxl.load_workbook(path)["Đánh giá, kiến nghị"]
    return [r[0] for r in ws.iter_rows(values_only=True) if r and r[0]]


def test_the_workbook_holds_the_assessment_the_pdf_prints(db, people, tmp_path):
    """The workbook carries sections II–IV too, word for word as the PDF (the clerk's text; the draft
    from the figures when none was written), so a leader reading the workbook signs the same report."""
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
        assessment.save(s, OCT, {"achievements": "Đã số hóa toàn bộ sổ hộ tịch.\nTiếp dân đúng giờ.",
                                 "proposals": "Đề nghị cấp 01 máy quét."})
    with transaction(db.sessions, write=False) as s:
        data = build_return(s, OCT)
        write_return_files(s, OCT, data, xlsx=tmp_path / "t10.xlsx", pdf=tmp_path / "t10.pdf")
        write_return_files(s, SEP, build_return(s, SEP), xlsx=tmp_path / "t9.xlsx")
        sep_draft = assessment.draft_for(s, SEP, build_return(s, SEP))
    lines = _sheet_lines(tmp_path / "t10.xlsx")
    assert lines[0] == "ĐÁNH GIÁ, PHƯƠNG HƯỚNG VÀ KIẾN NGHỊ"
    body = lines[2:]
    assert body == ["II. ĐÁNH GIÁ CHUNG", "1. Kết quả đạt được", "Đã số hóa toàn bộ sổ hộ tịch.",
                    "Tiếp dân đúng giờ.", "2. Tồn tại, hạn chế", "Không có.", "3. Nguyên nhân", "Không có.",
                    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI", "Không có.", "IV. KIẾN NGHỊ, ĐỀ XUẤT",
                    "Đề nghị cấp 01 máy quét."]
    pdf = _pdf_text(tmp_path / "t10.pdf")
    assert " ".join(body) in pdf
    # September has no text of its own: the workbook prints the draft, as the PDF would
    sep = _sheet_lines(tmp_path / "t9.xlsx")[2:]
    assert sep[2:2 + len(assessment.paragraphs(sep_draft["achievements"]))] == assessment.paragraphs(
        sep_draft["achievements"])


def test_the_draft_names_the_places_still_without_signal_or_power(db, people):
    """Villages cut off are a shortcoming the working group asks about: the draft says so (from the
    return's own list), and nothing when every problem of the period was fixed."""
    from datetime import date

    from core import equipment

    with transaction(db.sessions, user=people["clerk"]) as s:
        equipment.add_problem(s, place="Thôn Nà Pồng", kind="no_signal", since=date(2026, 8, 1), households=42)
        equipment.add_problem(s, place="Thôn Khuổi Hẩu", kind="no_power", since=date(2026, 9, 10), households=18)
        equipment.add_problem(s, place="Bản Lũng Vài", kind="road", since=date(2026, 9, 1), status="resolved",
                              resolved_date=date(2026, 10, 12))
    with transaction(db.sessions, write=False) as s:
        texts = assessment.draft_for(s, OCT, build_return(s, OCT))
    assert ("- Trong kỳ có 3 vấn đề về hạ tầng tại 3 thôn, địa điểm; đến cuối kỳ còn 2 vấn đề chưa khắc phục "
            "(không có điện 1, không có sóng di động 1), ảnh hưởng 60 lượt hộ: Thôn Khuổi Hẩu, Thôn Nà Pồng.") \
        in texts["shortcomings"].splitlines()
    with transaction(db.sessions, user=people["clerk"]) as s:
        for p in equipment.list_problems(s):
            if p.status != "resolved":
                equipment.update_problem(s, p.id, status="resolved", resolved_date=date(2026, 10, 20))
    with transaction(db.sessions, write=False) as s:
        texts = assessment.draft_for(s, OCT, build_return(s, OCT))
    assert "hạ tầng" not in texts["shortcomings"]
