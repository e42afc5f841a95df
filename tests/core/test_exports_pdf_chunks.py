"""The return PDF's speed settings (issue 8) change nothing on paper: the annex in chunks of a few
rows still shows its column titles once at the top of every page and nowhere else, and the
compressed streams are binary (no ASCII85 re-encoding)."""
import unicodedata
from datetime import date, timedelta

from pypdf import PdfReader

from core.exports import ReturnDocument, ReturnOptions, write_document
from core.exports.model import _channel, _status
from core.returns import Figures, Period
from core.returns_lists import DossierRow

PERIOD = Period.month(2025, 10)


def _doc(n):
    due = date(2025, 9, 1)
    rows = [DossierRow(f"HS-2509{i % 28 + 1:02d}-{i:04d}", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ "
                       "quan có thẩm quyền cấp" if i % 3 else "Đăng ký khai sinh", "Chứng thực", "Nguyễn Văn An",
                       "online", due - timedelta(days=3), due, None, "in_progress", "Lê Thị Hoa", 30)
            for i in range(n)]
    f = Figures(carried_over=n, pending=n, pending_overdue=n)
    data = {"commune": "Xã Thượng Tín", "province": "Hà Nội", "period": PERIOD.to_json(),
            "dossiers": {"total": f.to_json(), "by_field": {"Chứng thực": f.to_json()}, "rejected": 0,
                         "withdrawn": 0}, "staff": {}, "equipment": {}, "recommendations": {}}
    return ReturnDocument(data, PERIOD, ReturnOptions.defaults(data), overdue=rows, late=[])


def test_annex_pages_carry_the_titles_once_each(tmp_path):
    out = tmp_path / "annex.pdf"
    write_document(_doc(300), pdf=out)
    pages = [unicodedata.normalize("NFC", p.extract_text() or "") for p in PdfReader(str(out)).pages]
    annex = [p for p in pages if "HS-2509" in p]
    assert len(annex) >= 8
    for page in annex:
        assert page.count("Mã hồ sơ") == 1
    compact = "".join(" ".join(annex).split())
    assert all(f"-{i:04d}" in compact for i in range(300))


def test_streams_are_binary(tmp_path):
    out = tmp_path / "annex.pdf"
    write_document(_doc(30), pdf=out)
    raw = out.read_bytes()
    assert b"/FlateDecode" in raw and b"ASCII85" not in raw


def test_list_labels():
    assert (_channel("online"), _channel("postal"), _status("awaiting_supplement")) == \
        ("Trực tuyến", "Bưu chính", "Chờ bổ sung")
    assert _channel(None) == "" and _status("unknown") == "unknown"
