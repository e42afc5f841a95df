"""No PDF the application writes fails on long or odd content: unbroken words as long as their
columns keep (2,000 characters where a column keeps that many), 500 lines of notes, a table cell taller
than a page. Words are broken, a cell that cannot fit is cut with a visible mark, nothing raises."""
from __future__ import annotations

import unicodedata
from datetime import date, datetime

from pypdf import PdfReader
from reportlab.lib.units import mm

from core import lengths
from core.db import transaction
from core.exports.pdf.layout import CUT_MARK, MAX_CELL_HEIGHT, OfficialDocument, cap_cells, long_table, para
from core.models import Department, Dossier, Procedure, Recommendation, Task
from core.returns import Period

PERIOD = Period.month(2025, 10)
WORD = "Đ" * 2000
NOTES = "\n".join(f"dòng {i} của ghi chú" for i in range(500))


def _word(attr, letter="Ư") -> str:
    """One unbroken word as long as the column behind `attr` keeps."""
    return letter * lengths.limit(attr)


def _text(path) -> str:
    return " ".join(" ".join(unicodedata.normalize("NFC", p.extract_text() or "") for p in
                             PdfReader(str(path)).pages).split())


def test_long_table_cells_taller_than_a_page(tmp_path):
    """A 500-line cell and a 2,000-character word, wrapped or plain, in portrait and landscape."""
    for landscape in (False, True):
        out = tmp_path / f"t{int(landscape)}.pdf"
        doc = OfficialDocument(out, ["ỦY BAN NHÂN DÂN", "XÃ THƯỢNG TÍN"], "Thượng Tín", date(2025, 10, 5),
                               landscape_page=landscape)
        rows = [[1, WORD, NOTES], [2, NOTES, WORD], [3, "<b>&amp; không phải thẻ", "ngắn"]]
        doc.story += long_table([["STT", "Tên", "Ghi chú"]], rows, [12 * mm, 60 * mm, 93 * mm])
        doc.story += long_table([["STT", "Tên", "Ghi chú"]], rows, [12 * mm, 60 * mm, 93 * mm], wrap_columns=(1, 2))
        doc.story.append(para(NOTES + WORD, doc.styles["body"]))  # a paragraph of the body runs on
        doc.build()
        text = _text(out)
        assert CUT_MARK in text and "dòng 0 của ghi chú" in text and "dòng 499 của ghi chú" in text
        assert "<b>&amp; không phải thẻ" in text  # data is text, never markup


def test_cap_cells_keeps_what_fits_and_marks_the_cut():
    from reportlab.platypus import Table

    st = OfficialDocument("x.pdf", [], None, None).styles
    short = para("ngắn", st["td"])
    table = Table([[para(WORD, st["td"]), short, NOTES, [para("<b>đậm</b> " + WORD, st["td"], markup=True)]]],
                  colWidths=[40 * mm] * 4)
    cap_cells(table)
    cut, same, lines, nested = table._cellvalues[0]
    assert same is short
    assert cut.text.endswith(CUT_MARK) and cut.text.startswith("Đ" * 100)
    assert cut.wrap(40 * mm - 12, 10 ** 6)[1] <= MAX_CELL_HEIGHT
    assert lines.endswith(CUT_MARK) and lines.startswith("dòng 0 ")
    assert nested[0].text.startswith("<b>đậm</b>") and nested[0].text.endswith(CUT_MARK)


def test_every_counter_form(tmp_path):
    from core.exports.pdf.slips import SLIP_KINDS, Handover, write_slip
    from tests.core.test_pdf_slips import _data

    hostile = _data(applicant_name=_word(Dossier.applicant_name), applicant_address=_word(Dossier.applicant_address),
                    procedure_name=_word(Procedure.name), field=_word(Dossier.field), reason=NOTES + WORD,
                    documents=[WORD, NOTES], items_to_supplement=[WORD] * 30, officer_name=WORD,
                    commune_name=WORD,
                    handovers=[Handover(WORD, WORD, WORD, WORD, datetime(2025, 10, 5, 9, 30), WORD, NOTES)])
    for kind in SLIP_KINDS:
        text = _text(write_slip(kind, hostile, tmp_path / f"{kind}.pdf"))
        assert hostile.code in text and "Đ" * 20 in text, kind


def _hostile_register(db) -> None:
    """A month of the register whose texts are as long and unbroken as the columns keep."""
    from core import settings
    from core.catalogue import save_procedure
    from core.dossiers import Applicant, intake, transition
    from core.recommendations import raise_recommendation
    from core.staff import add_department
    from core.tasks import TaskData, create_task

    with transaction(db.sessions) as s:
        proc = save_procedure(s, name=_word(Procedure.name, "P"), field=_word(Procedure.field, "L"), legal_days=3)
        add_department(s, _word(Department.name, "D"))
        for day in (1, 2):
            d = intake(s, procedure_id=proc.id, received_at=datetime(2025, 10, day, 9, 0),
                       applicant=Applicant(_word(Dossier.applicant_name), None, None,
                                           _word(Dossier.applicant_address, "A")),
                       notes=NOTES, now=datetime(2025, 10, 20, 9, 0))
        transition(s, d.id, "return", on=date(2025, 10, 20), note=NOTES, now=datetime(2025, 10, 20, 10, 0))
        create_task(s, TaskData(title=_word(Task.title, "T"), description=NOTES), assign=False,
                    today=date(2025, 10, 3))
        raise_recommendation(s, content=WORD + "\n" + NOTES, category="facilities", raised_date=date(2025, 10, 4),
                             addressed_to=_word(Recommendation.addressed_to, "C"))
        settings.put_office_values(s, {"return.signer_name": WORD, "return.recipients": "\n".join([WORD] * 8),
                                       "return.doc_number": WORD, "return.receiving_unit": WORD})


def test_the_return_and_its_annexes(populated_db, tmp_path):
    from core.exports import write_return_files
    from core.return_sections import build_return

    db = populated_db(_hostile_register)
    out = tmp_path / "bao-cao.pdf"
    with transaction(db.sessions, write=False) as s:
        data = build_return(s, PERIOD, today=date(2025, 11, 5))
        write_return_files(s, PERIOD, data, pdf=out, xlsx=tmp_path / "bao-cao.xlsx", user=WORD)
    text = _text(out)
    assert "L" * 30 in text and "C" * 30 in text  # the field of the figures, the recommendation's addressee


def test_the_book(populated_db, tmp_path):
    from core.book import write_book

    db = populated_db(_hostile_register)
    with transaction(db.sessions, write=False) as s:
        write_book(s, PERIOD, pdf=tmp_path / "so.pdf", today=date(2025, 11, 5))
    text = _text(tmp_path / "so.pdf")
    assert "Ư" * 6 in text and "P" * 6 in text


def test_the_consolidation(tmp_path):
    from core.consolidate import consolidate, read_returns, write_consolidation
    from tests.return_data import write_synthetic_workbook

    files = [tmp_path / "a.xlsx", tmp_path / "b.xlsx"]
    write_synthetic_workbook(files[0], "Xã " + "X" * 190, "Thành phố Hà Nội", seed=1)
    write_synthetic_workbook(files[1], "Phường Hoàn Kiếm", "Thành phố Hà Nội", seed=2)
    data = consolidate(read_returns(files))
    write_consolidation(data, pdf=tmp_path / "tinh.pdf", user=WORD)
    assert "X" * 30 in _text(tmp_path / "tinh.pdf")
