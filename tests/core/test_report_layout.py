"""The return's PDF as a document a leader signs: every cell of every table holds its text (no word
or code wider than its column, none split), no text beyond the margins on any page, portrait and
landscape pages numbered at the top centre from page 2, the signatures and "Nơi nhận" on the page of
the closing sentence, the sheet of form II.06a with its place, date and signatures. Measured on three
communes (a small one, a ward, a large one with big figures and long names), by walking the tables
the PDF was built from and by reading the rendered pages back (pdftotext's word boxes)."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph

from core.db import transaction
from core.models import Commune
from core.exports import ReturnDocument, ReturnOptions, collect
from core.exports.pdf.layout import MARGIN_LEFT, MARGIN_RIGHT, KeepTogether
from core.exports.pdf.report import ReportPDF
from core.returns import Figures, Period
from core.return_sections import build_return
from core.returns_lists import DossierRow

PERIOD = Period.month(2026, 10)
NOW = date(2026, 11, 5)


def _commune(tmp_path_factory, name: str, commune: str, n: int, seed: int):
    from core import demo_data
    from core.models import Commune
    from tests.template_db import new_sqlite

    db = new_sqlite(tmp_path_factory.mktemp(name) / f"{name}.sqlite")
    with transaction(db.sessions) as s:
        row = s.query(Commune).one()
        row.name, row.place_name = commune, commune.split(" ", 1)[1]
    demo_data.add_registers(db)
    demo_data.generate(db, n, months=6, end=NOW, seed=seed, events=False)
    return db


@pytest.fixture(scope="module")
def communes(tmp_path_factory):
    dbs = {"small": _commune(tmp_path_factory, "small", "Xã Minh Châu", 150, 3),
           "ward": _commune(tmp_path_factory, "ward", "Phường Hoàn Kiếm", 1500, 5),
           "large": _commune(tmp_path_factory, "large", "Xã Thượng Tín", 6000, 7)}
    yield dbs
    for db in dbs.values():
        db.close()


def _build(db, tmp_path, name):
    with transaction(db.sessions, write=False) as s:
        data = build_return(s, PERIOD)
        doc = collect(s, PERIOD, data, user="Nguyễn Thị Lập")
    pdf = ReportPDF(doc)
    path = pdf.build(tmp_path / f"{name}.pdf")
    return pdf, path


def _long_words_document() -> ReturnDocument:
    """Province-sized figures, a field with a long name, long codes and a long procedure name."""
    big = Figures(carried_over=110_256, received=523_292, received_online=223_292, received_direct=290_000,
                  received_postal=10_000, completed=513_036, completed_early=402_282, completed_on_time=90_000,
                  completed_late=20_754, pending=120_512, pending_within=100_000, pending_overdue=20_512)
    fields = {"Chứng thực": big.to_json(), "Khiếu nại, tố cáo, tiếp công dân và xử lý đơn thư": big.to_json(),
              "Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất": big.to_json()}
    data = {"commune": "Phường Hoàn Kiếm", "province": "Thành phố Hà Nội", "period": PERIOD.to_json(),
            "dossiers": {"total": big.to_json(), "by_field": fields, "rejected": 12, "withdrawn": 3},
            "staff": {"total": 1234, "by_category": {"civil_servant": 1234}, "by_origin": {},
                      "by_department": {"Trung tâm Phục vụ hành chính công và Bộ phận Một cửa liên thông": 1234},
                      "staffing": {"quota": 1300, "filled": 1234, "shortage": 66,
                                   "by_specialty": {"Công nghệ thông tin": {"quota": 100, "filled": 34,
                                                                           "shortage": 66}}}},
            "equipment": {"open_needs": 3, "open_estimated_cost": 123_456_789_000,
                          "by_status": {"proposed": {"count": 3, "quantity": 45, "estimated_cost": 123_456_789_000}},
                          "by_category": {"it": {"count": 3, "quantity": 45, "estimated_cost": 123_456_789_000}}},
            "recommendations": {"total": 0, "raised_in_period": 0, "by_status": {}, "by_category": {}}}
    due = date(2026, 9, 1)
    rows = [DossierRow(f"000.00.12.H26-2609{i % 28 + 1:02d}-{i:04d}",
                       "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với "
                       "đất lần đầu", "Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất",
                       "Nguyễn Văn An", "direct", due - timedelta(days=3), due + timedelta(days=i % 20), None,
                       "in_progress", "Lê Thị Hoa", 30 - i % 20) for i in range(60)]
    return ReturnDocument(data, PERIOD, ReturnOptions.defaults(data, "Nguyễn Thị Lập"), overdue=rows, late=[])


# ------------------------------------------------------------------ walking the built tables

def _flowables(items):
    for f in items:
        yield f
        if isinstance(f, KeepTogether) or hasattr(f, "_content"):
            yield from _flowables(getattr(f, "_content", []))
        table = getattr(f, "_table", None)
        if table is not None:
            yield table


def _tables(pdf: ReportPDF):
    return [f for f in _flowables(pdf.pdf.story) if isinstance(f, LongTable)]


def _cell_problems(t: LongTable) -> list[str]:
    problems = []
    spans = getattr(t, "_spanRanges", {}) or {}
    for r, row in enumerate(t._cellvalues):
        for c, value in enumerate(row):
            span = spans.get((c, r), (c, r, c, r))
            if span is None:
                continue  # covered by a spanning cell
            c0, _r0, c1, _r1 = span
            style = t._cellStyles[r][c]
            room = sum(t._colWidths[c0:c1 + 1]) - style.leftPadding - style.rightPadding
            items = value if isinstance(value, (list, tuple)) else [value]
            for item in items:
                if isinstance(item, Paragraph):
                    font, size = item.style.fontName, item.style.fontSize
                    pieces = item.getPlainText().split()  # a paragraph wraps between words only
                elif isinstance(item, str):
                    font, size = style.fontname, style.fontsize
                    pieces = [line.strip() for line in item.split("\n")]  # a plain cell never wraps
                else:
                    continue
                for piece in pieces:
                    width = stringWidth(piece, font, size)
                    if width > room + 0.01:
                        problems.append(f"row {r}, column {c}: {piece!r} is {width:.1f} pt in {room:.1f} pt")
    return problems


def _check_tables(pdf: ReportPDF) -> int:
    tables = _tables(pdf)
    assert tables, "no table found"
    problems = [p for t in tables for p in _cell_problems(t)]
    assert not problems, problems[:10]
    assert pdf.broken == [], pdf.broken[:5]  # no word or code had to be split
    # what the record says is what was drawn
    assert len(pdf.laid_out) >= len([t for t in pdf.laid_out if t.rows])
    return len(tables)


# ------------------------------------------------------------------ reading the pages back

def _words(path) -> list[dict]:
    """Per page: width, height, and the words with their boxes (pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [dict(x0=float(a), y0=float(b), x1=float(c), y1=float(d), text=t) for a, b, c, d, t in
                 re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                            m.group(3))]
        pages.append({"width": float(m.group(1)), "height": float(m.group(2)), "words": words})
    return pages


def _check_pages(path) -> list[dict]:
    pages = _words(path)
    assert len(pages) >= 3
    for n, page in enumerate(pages, 1):
        left, right = MARGIN_LEFT - 0.5, page["width"] - MARGIN_RIGHT + 0.5
        outside = [w["text"] for w in page["words"] if w["x0"] < left or w["x1"] > right]
        assert not outside, f"page {n}: beyond the margins: {outside[:5]}"
        top = min(page["words"], key=lambda w: (w["y0"], w["x0"]))
        if n == 1:
            assert top["text"] != "1"
        else:  # NĐ 30: the number centred in the top margin, on portrait and landscape pages alike
            assert top["text"] == str(n), f"page {n} starts with {top['text']!r}"
            assert abs((top["x0"] + top["x1"]) / 2 - page["width"] / 2) < 1.5
            assert top["y1"] < 20 * 72 / 25.4  # inside the 20 mm top margin
    return pages


def _page_text(page) -> str:
    return " ".join(w["text"] for w in page["words"])


requires_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


@requires_poppler
@pytest.mark.parametrize("name", ["small", "ward", "large"])
def test_every_cell_fits_and_every_page_is_numbered(communes, tmp_path, name):
    pdf, path = _build(communes[name], tmp_path, name)
    assert _check_tables(pdf) >= 10
    pages = _check_pages(path)
    texts = [_page_text(p) for p in pages]
    # the closing sentence, both signatures and Nơi nhận on one page, with a paragraph before them
    closing = [i for i, t in enumerate(texts) if "Trên đây là báo cáo" in t]
    assert len(closing) == 1
    page = texts[closing[0]]
    for words in ("NGƯỜI LẬP BÁO CÁO", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "Lưu: VT."):
        assert words in page, words
    before = page.split("Trên đây")[0].strip()
    assert before not in ("", str(closing[0] + 1)), "the closing sentence starts a page"
    assert "./." in page
    # the sheet of form II.06a: landscape, with place, date and its own signatures
    sheet = [p for p, t in zip(pages, texts) if "Biểu số II.06a/VPCP/KSTT" in t and "NGƯỜI LẬP BIỂU" in t]
    assert len(sheet) == 1 and sheet[0]["width"] > sheet[0]["height"]  # one landscape page
    sheet_text = _page_text(sheet[0])
    place = communes[name].sessions().query(Commune).one().place_name
    assert f"{place}, ngày " in sheet_text and f"{place}, ngày " in texts[0]
    for words in ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)", "Đơn vị nhận báo cáo:", ", ngày ", "Tổng cộng"):
        assert words in sheet_text, words


@requires_poppler
def test_big_figures_long_names_and_codes_fit(tmp_path):
    doc = _long_words_document()
    pdf = ReportPDF(doc)
    path = pdf.build(tmp_path / "long.pdf")
    _check_tables(pdf)
    pages = _check_pages(path)
    text = " ".join(_page_text(p) for p in pages)
    assert "523.292" in text and "123.456.789.000" in text
    # every code whole on one line of its cell, as printed
    codes = [w["text"] for p in pages for w in p["words"] if w["text"].startswith("000.00.12.H26-")]
    assert len(codes) == 60 and all(re.fullmatch(r"000\.00\.12\.H26-2609\d\d-\d{4}", c) for c in codes)


def test_wide_annexes_go_on_landscape_pages_and_the_numbers_follow(tmp_path):
    doc = _long_words_document()
    pdf = ReportPDF(doc)
    pdf.build(tmp_path / "long.pdf")
    annexes = [t for t in pdf.laid_out if t.title and t.title.startswith("Hồ sơ đang giải quyết quá hạn")]
    assert len(annexes) == 1 and annexes[0].landscape
    form = [t for t in pdf.laid_out if t.title is None and len(t.widths) == 13]
    assert any(not t.landscape for t in form) and any(t.landscape for t in form)  # body and sheet
    for t in pdf.laid_out:  # widths from the content fill the page's width exactly
        assert abs(sum(t.widths) - (pdf.pdf.width if not t.landscape else 252 * 72 / 25.4)) < 1


def test_signature_never_alone_when_the_text_ends_at_a_page_foot(communes, tmp_path):
    """However long the proposals are, the last of their paragraphs goes with the signatures."""
    db = communes["small"]
    for lines in range(0, 60, 7):
        with transaction(db.sessions, write=False) as s:
            data = build_return(s, PERIOD)
            doc = collect(s, PERIOD, data)
        doc.assessment = {"proposals": "\n".join(f"Kiến nghị số {i + 1} về việc bổ sung trang thiết bị cho "
                                                 f"bộ phận một cửa của xã." for i in range(lines))}
        pdf = ReportPDF(doc)
        path = pdf.build(tmp_path / f"s{lines}.pdf")
        if not shutil.which("pdftotext"):
            continue
        pages = [_page_text(p) for p in _words(path)]
        page = next(t for t in pages if "TM. ỦY BAN NHÂN DÂN" in t and "Nơi nhận" in t)
        head = page.split("NGƯỜI LẬP BÁO CÁO")[0]
        assert "Trên đây là báo cáo" in head
        assert "Kiến nghị số" in head or "Không có." in head or "IV. KIẾN NGHỊ" in head
