"""The province's consolidation as a document: its place line names the place without its kind
("Hà Nội, ngày …", never "Thành phố Hà Nội, ngày …"), it says to whom it goes (a default, the office's
setting, or the command's option), and its ranking column says what it ranks by."""
from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from core import settings
from core.consolidate import consolidate, province_options, read_returns, write_consolidation
from core.db import transaction
from core.exports import ReturnOptions
from core.exports.labels import place_name
from core.exports.model import RANKING_RATE
from core.exports.xlsx import FORM_SHEET
from tests.return_data import write_synthetic_workbook

ROOT = Path(__file__).resolve().parents[2]


def _flat(path) -> str:
    return " ".join(" ".join(unicodedata.normalize("NFC", p.extract_text() or "").split())
                    for p in PdfReader(str(path)).pages)


def _two(tmp_path, province="Thành phố Hà Nội"):
    files = [tmp_path / "a.xlsx", tmp_path / "b.xlsx"]
    write_synthetic_workbook(files[0], "Xã Thượng Tín", province, seed=1)
    write_synthetic_workbook(files[1], "Phường Hoàn Kiếm", province, seed=2)
    return files


def test_place_line_receiving_unit_and_ranking_column(tmp_path):
    data = consolidate(read_returns(_two(tmp_path)))
    pdf, xlsx = tmp_path / "tinh.pdf", tmp_path / "tinh.xlsx"
    write_consolidation(data, pdf=pdf, xlsx=xlsx)
    text = _flat(pdf)
    first = " ".join(unicodedata.normalize("NFC", PdfReader(str(pdf)).pages[0].extract_text()).split())
    assert "Hà Nội, ngày" in first and "Thành phố Hà Nội, ngày" not in text
    assert "Đơn vị nhận báo cáo: Ban Thường vụ Thành ủy Hà Nội" in text  # on the sheet of form II.06a
    assert "- Ban Thường vụ Thành ủy Hà Nội;" in text  # and in Nơi nhận
    assert "Tỷ lệ trước hạn và đúng hạn (%)" in text and "Tỷ lệ đúng hạn" not in text
    wb = openpyxl.load_workbook(xlsx)
    form = [c for r in wb[FORM_SHEET].iter_rows(values_only=True) for c in r if c]
    assert "- Đơn vị nhận báo cáo: Ban Thường vụ Thành ủy Hà Nội" in form
    assert any(str(c).startswith("Hà Nội, ngày ") for c in form)
    ranking = [list(r) for r in wb["Xếp hạng"].iter_rows(values_only=True)]
    assert RANKING_RATE in next(r for r in ranking if "Hạng" in r)
    cover = [c for r in wb["Thông tin chung"].iter_rows(values_only=True) for c in r if c]
    assert "Ban Thường vụ Thành ủy Hà Nội" in cover


def test_place_names_without_their_kind():
    assert place_name("Thành phố Hà Nội") == "Hà Nội"
    assert place_name("Tỉnh Ninh Bình") == "Ninh Bình" and place_name("tỉnh Ninh Bình") == "Ninh Bình"
    assert place_name("Xã Thượng Tín") == "Thượng Tín" and place_name("Phường Hoàn Kiếm") == "Hoàn Kiếm"
    assert place_name("Đặc khu Phú Quốc") == "Phú Quốc" and place_name("Hà Nội") == "Hà Nội"
    assert place_name("TP. Hồ Chí Minh") == "Hồ Chí Minh" and place_name("") == ""
    for province, unit in (("Ninh Bình", "Ban Thường vụ Tỉnh ủy Ninh Bình"),
                           ("Thành phố Huế", "Ban Thường vụ Thành ủy Huế")):
        opts = ReturnOptions.defaults({"province": province}, kind="province")
        assert opts.receiving_unit == unit and opts.place == place_name(province)
        assert opts.recipients == [f"{unit};", "Lưu: VT."]


def test_the_office_setting_and_the_option_choose_the_receiving_unit(db, tmp_path):
    data = consolidate(read_returns(_two(tmp_path)))
    with transaction(db.sessions) as s:
        settings.put(s, "consolidation.receiving_unit", "Tổ công tác số 3 của Ban Thường vụ Thành ủy")
    with transaction(db.sessions, write=False) as s:
        opts = province_options(data, session=s)
    assert opts.receiving_unit == "Tổ công tác số 3 của Ban Thường vụ Thành ủy"
    assert opts.recipients[0] == "Tổ công tác số 3 của Ban Thường vụ Thành ủy;"
    assert province_options(data, receiving_unit="Văn phòng Thành ủy").receiving_unit == "Văn phòng Thành ủy"
    assert province_options(data).receiving_unit == "Ban Thường vụ Thành ủy Hà Nội"


def test_command_line_receiving_unit(tmp_path):
    files = _two(tmp_path)
    out = tmp_path / "tinh.pdf"
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "consolidate", *map(str, files), "--pdf", str(out),
                        "--receiving-unit", "Tổ công tác số 3"], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    text = _flat(out)
    assert "Đơn vị nhận báo cáo: Tổ công tác số 3" in text and "- Tổ công tác số 3;" in text
