"""Vietnamese formatting and text helpers shared by exports, imports and the GUI.

Conventions (Nghị định 30/2020/NĐ-CP and official usage, see docs in /work/shared):
- numbers: dot for thousands, comma for decimals: ``1.234.567``, ``97,39%``;
- money: whole đồng followed by the word ``đồng``: ``1.234.567 đồng``;
- dates in tables and forms: ``dd/mm/yyyy``;
- the place-and-date line of a document: ``Thượng Tín, ngày 05 tháng 10 năm 2025``
  (day < 10 and months 1 and 2 take a leading zero, other months do not);
- text is stored and drawn in Unicode NFC: decomposed input (some keyboard
  settings produce it) misplaces tone marks in PDFs and breaks SQL equality.

Nothing here imports Qt or touches the database.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from numbers import Number

__all__ = [
    "DASH",
    "nfc",
    "fold",
    "fmt_int",
    "fmt_decimal",
    "fmt_money",
    "fmt_rate",
    "fmt_date",
    "fmt_datetime",
    "fmt_time",
    "date_words",
    "date_line",
    "parse_vn_number",
]

#: Shown for a missing figure (e.g. an on-time rate with nothing completed).
DASH = "—"


# --------------------------------------------------------------------------- text


def nfc(text: str | None) -> str | None:
    """NFC-normalise and strip ``text``; ``None`` stays ``None``.

    Internal runs of whitespace are kept (addresses may be typed with two
    spaces on purpose); only the ends are stripped.
    """
    if text is None:
        return None
    return unicodedata.normalize("NFC", str(text)).strip()


# Characters no record may hold: C0 and C1 controls (tab, line feed and carriage return aside), and the
# bidirectional embeddings, overrides and isolates, which make a printed name read other than it is
# stored (U+202E turns "Văn A" round on the slip while the register keeps it as typed).
_HIDDEN_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hidden_control(text: str | None) -> str | None:
    """The first character of `text` no record may hold, as U+XXXX; None when there is none."""
    if not text:
        return None
    found = _HIDDEN_CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
_ANY_SPACE = re.compile(r"\s+")


def code_text(text: str | None) -> str | None:
    """A dossier's code as it is kept and looked up: full-width letters and digits as ASCII (NFKC),
    no invisible characters (zero-width space, soft hyphen, BOM), any space (NBSP too) one plain
    space, the ends stripped. Codes copied from a web page or a chat arrive with these; kept as
    written, "HS-1" and "HS-1" with a hidden character would be two dossiers where there is one."""
    if text is None:
        return None
    text = _ANY_SPACE.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFKC", str(text)))).strip()
    return text or None


def shown_safely(text: str) -> str:
    """`text` with each control character (but line breaks and tabs) written as its code, so that a
    message quoting a file's cell cannot move a terminal's cursor, recolour or clear its screen."""
    return _HIDDEN_CONTROL.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


# đ/Đ are letters of their own, not d + a combining mark, so NFD leaves them alone.
# U+00D0/U+00F0 (Icelandic eth) are sometimes typed for Đ by mistake.
_FOLD_LETTERS = (("đ", "d"), ("Đ", "D"), ("Ð", "D"), ("ð", "d"))
# The combining marks of the Combining Diacritical Marks block (every Vietnamese tone and vowel mark
# after NFD), removed by one regular expression; marks of other blocks by the general rule below.
_VN_MARKS = re.compile("[" + "".join(chr(cp) for cp in range(0x300, 0x370) if unicodedata.combining(chr(cp))) + "]+")


def fold(text: str | None) -> str:
    """Diacritic-insensitive key for search and header matching.

    NFD, drop combining marks, map đ/Đ to d/D, lowercase, collapse runs of
    whitespace to one space and strip. ``fold("  Ngày  TIẾP nhận ") ==
    "ngay tiep nhan"``; ``fold(None) == ""``.

    Imports fold several values per row, so the common cases take fast paths with the same result:
    ASCII text needs no decomposition, and Vietnamese text is ASCII once its marks and đ are gone.
    """
    if not text:
        return ""
    folded = str(text)
    if not folded.isascii():
        folded = _VN_MARKS.sub("", unicodedata.normalize("NFD", folded))
        if not folded.isascii():
            for letter, plain in _FOLD_LETTERS:
                if letter in folded:
                    folded = folded.replace(letter, plain)
            if not folded.isascii():
                folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    # str.split() and the \s of `re` both split on exactly the characters str.isspace() accepts.
    return " ".join(folded.lower().split())


# ------------------------------------------------------------------------ numbers


def _to_decimal(x) -> Decimal:
    if isinstance(x, bool):
        raise TypeError("a bool is not a number here")
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if isinstance(x, float):
        # str() gives the shortest repr, so 97.385 rounds as a person expects
        # (Decimal(97.385) would be 97.38499999...).
        return Decimal(str(x))
    if isinstance(x, Number):
        return Decimal(str(x))
    raise TypeError(f"not a number: {x!r}")


def _group(digits: str) -> str:
    """'1234567' -> '1.234.567'."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(parts)


def fmt_decimal(x, decimals: int = 2, none: str = DASH, lang: str = "vi") -> str:
    """Format a number with ``decimals`` places, rounded half-up, Vietnamese style (``lang="en"``:
    English style, for the window in English; the return and the slips are always Vietnamese).

    ``fmt_decimal(1234.5) == "1.234,50"``; ``fmt_decimal(-0.004) == "0,00"``;
    ``fmt_decimal(1234.5, lang="en") == "1,234.50"``.
    """
    if x is None:
        return none
    d = _to_decimal(x)
    q = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    d = d.quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if d < 0 else ""
    text = f"{abs(d):f}"
    whole, _, frac = text.partition(".")
    out = sign + _group(whole)
    if decimals > 0:
        out += "," + frac.ljust(decimals, "0")
    if lang == "en":
        out = out.translate(_ENGLISH_MARKS)
    return out


_ENGLISH_MARKS = str.maketrans({".": ",", ",": "."})


def fmt_int(n, none: str = DASH, lang: str = "vi") -> str:
    """``1234567 -> "1.234.567"`` (``lang="en"``: "1,234,567"); non-integers are rounded half-up;
    ``None -> "—"``."""
    return fmt_decimal(n, 0, none, lang)


def fmt_money(n, none: str = DASH, lang: str = "vi") -> str:
    """Whole đồng: ``1234567 -> "1.234.567 đồng"`` (``lang="en"``: "1,234,567 VND"); ``None -> "—"``."""
    if n is None:
        return none
    return fmt_int(n, lang=lang) + (" VND" if lang == "en" else " đồng")


def fmt_rate(x, decimals: int = 2, none: str = DASH, lang: str = "vi") -> str:
    """A percentage already multiplied by 100: ``97.385 -> "97,39%"``; ``None -> "—"``.

    The return's ``on_time_rate`` is null when nothing was completed; it must
    not print as 0 %, hence the dash.
    """
    if x is None:
        return none
    return fmt_decimal(x, decimals, lang=lang) + "%"


# -------------------------------------------------------------------------- dates


def fmt_date(d: date | datetime | None, none: str = "") -> str:
    """``dd/mm/yyyy``; a datetime prints its date; ``None -> ""`` (a blank to fill)."""
    if d is None:
        return none
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def fmt_time(t: datetime, words: bool = True) -> str:
    """``"09 giờ 30 phút"`` (the counter forms' wording) or ``"09:30"``."""
    if words:
        return f"{t.hour:02d} giờ {t.minute:02d} phút"
    return f"{t.hour:02d}:{t.minute:02d}"


def fmt_moment(value: datetime | date | None, between: str = " ", none: str = "") -> str:
    """``"09:30 05/10/2025"`` (a table's cell); a plain date prints alone."""
    if value is None:
        return none
    if isinstance(value, datetime):
        return f"{fmt_time(value, words=False)}{between}{fmt_date(value)}"
    return fmt_date(value)


def fmt_datetime(dt: datetime | date | None, none: str = "") -> str:
    """``"09 giờ 30 phút, ngày 05/10/2025"``; a plain date prints ``"ngày 05/10/2025"``."""
    if dt is None:
        return none
    if isinstance(dt, datetime):
        return f"{fmt_time(dt)}, ngày {fmt_date(dt)}"
    return f"ngày {fmt_date(dt)}"


def date_words(d: date | datetime) -> str:
    """``"ngày 05 tháng 10 năm 2025"``.

    NĐ 30/2020: days below 10 and months 1 and 2 take a leading zero
    ("ngày 05 tháng 02", but "tháng 3") so the figures cannot be altered by hand.
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year:04d}"


def date_line(place: str | None, d: date | datetime) -> str:
    """``"Thượng Tín, ngày 05 tháng 10 năm 2025"``; without a place, just the date words."""
    place = nfc(place) or ""
    words = date_words(d)
    return f"{place}, {words}" if place else words[0].upper() + words[1:]


# ------------------------------------------------------------------------ parsing

_CURRENCY = re.compile(r"(?:\s*(?:đồng|đ|vnđ|vnd))+$", re.IGNORECASE)
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 1.234 / 12.000.000
_GROUPED_COMMA = re.compile(r"\d{1,3}(?:,\d{3}){2,}")  # 12,000,000 (English export)
_PLAIN = re.compile(r"\d+")


def parse_vn_number(value) -> int | Decimal | None:
    """Parse a figure typed or exported in Vietnamese style.

    Returns an ``int`` when the text has no decimal part, a ``Decimal`` when it
    has one (never a float: money and rates must stay exact), ``None`` for
    ``None`` or blank text. Raises ``ValueError`` for anything else.

    Rules, in order:
    - spaces (also no-break and thin spaces) are ignored; a trailing
      ``đồng``/``đ``/``VND`` is dropped; a leading ``-`` or ``+`` is a sign;
    - both ``.`` and ``,``: the last one is the decimal separator, the other
      groups thousands: ``"1.234.567,5"`` and ``"1,234,567.5"`` -> ``Decimal("1234567.5")``;
    - only dots: ``"12.000.000"`` (groups of three) -> ``12000000``; a single
      dot not followed by exactly three digits is a decimal point (``"12.5"``
      as written by Excel or Python) -> ``Decimal("12.5")``;
    - only commas: the Vietnamese decimal comma, ``"12,5"`` -> ``Decimal("12.5")``,
      ``"1,234"`` -> ``Decimal("1.234")``; two or more comma groups of three
      (``"12,000,000"``) can only be English thousands -> ``12000000``.
    Numbers pass through: an integral float or Decimal becomes an ``int``.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, (float, Decimal)):
        d = _to_decimal(value)
        if not d.is_finite():
            raise ValueError(f"not a number: {value!r}")
        return int(d) if d == d.to_integral_value() else d

    raw = str(value)
    text = unicodedata.normalize("NFC", raw)
    text = re.sub(r"[\s\u00a0\u2009\u202f]+", "", text)
    text = _CURRENCY.sub("", text)
    if not text:
        return None
    sign = ""
    if text[0] in "+-":
        sign, text = ("-" if text[0] == "-" else ""), text[1:]

    def bad() -> ValueError:
        return ValueError(f"not a number: {raw!r}")

    if "." in text and "," in text:
        dec_sep = "." if text.rfind(".") > text.rfind(",") else ","
        grp_sep = "," if dec_sep == "." else "."
        whole, _, frac = text.rpartition(dec_sep)
        if not re.fullmatch(r"\d{1,3}(?:%s\d{3})*" % re.escape(grp_sep), whole) or not _PLAIN.fullmatch(frac):
            raise bad()
        number = whole.replace(grp_sep, "") + "." + frac
    elif "." in text:
        if _GROUPED.fullmatch(text):
            return int(sign + text.replace(".", ""))
        if text.count(".") == 1:
            whole, _, frac = text.partition(".")
            if not _PLAIN.fullmatch(frac) or (whole and not _PLAIN.fullmatch(whole)):
                raise bad()
            number = (whole or "0") + "." + frac
        else:
            raise bad()
    elif "," in text:
        if _GROUPED_COMMA.fullmatch(text):
            return int(sign + text.replace(",", ""))
        if text.count(",") != 1:
            raise bad()
        whole, _, frac = text.partition(",")
        if not _PLAIN.fullmatch(frac) or (whole and not _PLAIN.fullmatch(whole)):
            raise bad()
        number = (whole or "0") + "." + frac
    else:
        if not _PLAIN.fullmatch(text):
            raise bad()
        return int(sign + text)

    try:
        return Decimal(sign + number)
    except InvalidOperation:  # pragma: no cover - the patterns above exclude it
        raise bad() from None


def file_slug(text: str | None, empty: str = "bao_cao") -> str:
    """"Xã Thượng Tín" → "Xa_Thuong_Tin": a name for a default file name (ASCII letters and digits)."""
    import re

    words = re.sub(r"[^0-9A-Za-z]+", " ", fold(nfc(text) or "")).split()
    return "_".join(w.capitalize() for w in words) or empty
