import unicodedata
from datetime import date, datetime
from decimal import Decimal

import pytest

from core.formatting import (
    date_line,
    date_words,
    fmt_date,
    fmt_datetime,
    fmt_decimal,
    fmt_int,
    fmt_money,
    fmt_rate,
    fold,
    nfc,
    parse_vn_number,
)


def test_nfc_composes_strips_and_keeps_none():
    decomposed = unicodedata.normalize("NFD", "  Nguyễn Thị Hường ")
    assert decomposed != "  Nguyễn Thị Hường "
    assert nfc(decomposed) == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", nfc(decomposed))
    assert nfc(None) is None
    assert nfc("   ") == ""


@pytest.mark.parametrize(
    "text, key",
    [
        ("  Ngày  TIẾP nhận ", "ngay tiep nhan"),
        ("Đặng Văn Đức", "dang van duc"),
        (unicodedata.normalize("NFD", "Hộ tịch"), "ho tich"),
        ("Mã hồ sơ\t\n", "ma ho so"),
        (None, ""),
        ("", ""),
    ],
)
def test_fold(text, key):
    assert fold(text) == key


def test_fold_matches_with_or_without_diacritics():
    assert fold("Ngày trả kết quả") == fold("ngay tra ket qua") == fold("NGÀY TRẢ KẾT QUẢ")


@pytest.mark.parametrize(
    "n, text",
    [(0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (1234567, "1.234.567"),
     (-1234567, "-1.234.567"), (Decimal("2.5"), "3"), (1234.4, "1.234"), (None, "—")],
)
def test_fmt_int(n, text):
    assert fmt_int(n) == text


def test_fmt_money_and_decimal():
    assert fmt_money(1234567) == "1.234.567 đồng"
    assert fmt_money(0) == "0 đồng"
    assert fmt_money(None) == "—"
    assert fmt_decimal(1234.5) == "1.234,50"
    assert fmt_decimal(Decimal("12.345"), 1) == "12,3"
    assert fmt_decimal(-0.004) == "0,00"


@pytest.mark.parametrize(
    "x, text",
    [(97.385, "97,39%"), (Decimal("97.39"), "97,39%"), (100, "100,00%"), (0, "0,00%"),
     (12.5, "12,50%"), (None, "—")],
)
def test_fmt_rate(x, text):
    assert fmt_rate(x) == text


def test_fmt_rate_rounds_half_up_not_to_even():
    assert fmt_rate(0.125) == "0,13%"
    assert fmt_rate(Decimal("66.665")) == "66,67%"


def test_fmt_date_and_datetime():
    assert fmt_date(date(2025, 10, 5)) == "05/10/2025"
    assert fmt_date(datetime(2026, 1, 2, 15, 1)) == "02/01/2026"
    assert fmt_date(None) == ""
    assert fmt_datetime(datetime(2025, 10, 5, 9, 30)) == "09 giờ 30 phút, ngày 05/10/2025"
    assert fmt_datetime(date(2025, 10, 5)) == "ngày 05/10/2025"


def test_date_line_follows_nd30_leading_zero_rule():
    assert date_line("Thượng Tín", date(2025, 10, 5)) == "Thượng Tín, ngày 05 tháng 10 năm 2025"
    # months 1 and 2 are padded, other months are not
    assert date_words(date(2026, 2, 14)) == "ngày 14 tháng 02 năm 2026"
    assert date_words(date(2026, 1, 1)) == "ngày 01 tháng 01 năm 2026"
    assert date_words(date(2026, 3, 9)) == "ngày 09 tháng 3 năm 2026"
    assert date_line(unicodedata.normalize("NFD", " An Bình "), date(2025, 12, 31)) == (
        "An Bình, ngày 31 tháng 12 năm 2025"
    )
    assert date_line(None, date(2025, 10, 5)) == "Ngày 05 tháng 10 năm 2025"


@pytest.mark.parametrize(
    "text, value",
    [
        ("12.000.000", 12000000),
        ("1.234", 1234),
        ("12000000", 12000000),
        (" 12 000 000 đồng", 12000000),
        ("1.234.567 đ", 1234567),
        ("-1.500", -1500),
        ("12,5", Decimal("12.5")),
        ("0,75", Decimal("0.75")),
        ("1,234", Decimal("1.234")),  # the Vietnamese decimal comma
        ("1.234.567,89", Decimal("1234567.89")),
        ("1,234,567.89", Decimal("1234567.89")),
        ("12,000,000", 12000000),
        ("12.5", Decimal("12.5")),
        ("97.39", Decimal("97.39")),
        (12000000, 12000000),
        (12.0, 12),
        (12.5, Decimal("12.5")),
        (Decimal("3.00"), 3),
    ],
)
def test_parse_vn_number(text, value):
    result = parse_vn_number(text)
    assert result == value
    assert type(result) is type(value)


@pytest.mark.parametrize("text", [None, "", "   "])
def test_parse_vn_number_blank_is_none(text):
    assert parse_vn_number(text) is None


@pytest.mark.parametrize("text", ["abc", "12.34.5", "1,2,3", "1.2.3,4.5", "12,5,", "--5", "1.23,4.5", True])
def test_parse_vn_number_rejects_garbage(text):
    with pytest.raises(ValueError):
        parse_vn_number(text)


def test_format_then_parse_round_trips():
    for n in (0, 5, 999, 1000, 12345, 1234567, 987654321):
        assert parse_vn_number(fmt_int(n)) == n
        assert parse_vn_number(fmt_money(n)) == n
    assert parse_vn_number(fmt_decimal(Decimal("1234.56"))) == Decimal("1234.56")
