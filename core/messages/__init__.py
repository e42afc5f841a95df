"""Every message core can produce, in one catalogue: a code, named parameters, a Vietnamese text (the
window's source language) and an English text (the command line's).

Core never raises a sentence: it raises a `CommuneDeskError` (core.errors) carrying `Problem`s, each a
code with its parameters (and, for a form or a file, the field, the row, the column). Whoever shows it
renders it: the command line in English (`str(exc)`), the window in its language through Qt
(gui.messages, whose templates are this catalogue's Vietnamese texts, translated by the .ts that
`python -m gui.i18n update` fills from this catalogue). Values are formatted for the language at that
moment: a date, a number, a list are passed as such, never pre-formatted.

Templates use str.format fields: `{value}` (text; a date as dd/mm/yyyy, a datetime with HH:MM, a list
joined by ", ", or by "; " when an item holds a comma), `{count:n}` (a number grouped as the language writes it: 1.234 / 1,234), `{names:q}`
(each item quoted: 'A', 'B'). A parameter may itself be a Problem: it is rendered in the same language.
The names `field`, `row` and `column` are reserved for where a problem is (see `Problem`); a message
that begins with a file's name uses `{name}` or `{path}` for it (the window then keeps its case).

Add a message: define it in the area's module below (`message` for a whole sentence, `predicate` for
a text that says something about a field or a column and reads after its name: "is required"), raise
it by its code, run `python -m gui.i18n update` and `release`. tests/core/test_messages.py checks
that both texts exist with the same parameters and that core raises nothing but catalogued codes.
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Iterable, Mapping

LANGUAGES = ("vi", "en")
RESERVED = frozenset({"field", "row", "column"})
# A message beginning with one of these names a file first: the window keeps its first letter.
FILE_FIELDS = frozenset({"name", "path"})


@dataclass(frozen=True)
class Message:
    code: str
    vi: str
    en: str
    # A predicate reads after the name of what it is about ("Ngày sinh: không được sau ngày hôm nay").
    predicate: bool = False

    @property
    def params(self) -> dict[str, str]:
        """Parameter name → its format spec, as the Vietnamese text uses them."""
        return fields_of(self.vi)


CATALOGUE: dict[str, Message] = {}


def fields_of(template: str) -> dict[str, str]:
    return {name: spec or "" for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


def _define(code: str, vi: str, en: str, predicate: bool) -> Message:
    if code in CATALOGUE:
        raise ValueError(f"message {code} is defined twice")
    msg = Message(code, vi, en, predicate)
    bad = set(msg.params) & RESERVED
    if bad:
        raise ValueError(f"message {code} uses the reserved names {sorted(bad)}")
    CATALOGUE[code] = msg
    return msg


def message(code: str, vi: str, en: str) -> Message:
    """A message that reads on its own."""
    return _define(code, vi, en, False)


def predicate(code: str, vi: str, en: str) -> Message:
    """A message about a field or a column, read after its name ("bắt buộc nhập" / "is required")."""
    return _define(code, vi, en, True)


class Problem:
    """One thing wrong: a catalogued code with its parameters, and where it is: the `field` of a form
    or record (a key of the service's data), and for a file the sheet `row` (as Excel numbers it) and
    the `column` (as the file names it)."""

    __slots__ = ("code", "params", "field", "row", "column")

    def __init__(self, code: str, params: Mapping[str, Any] | None = None, *, field: str | None = None,
                 row: int | None = None, column: str | None = None):
        self.code = code
        self.params = dict(params or {})
        self.field = field
        self.row = row
        self.column = column

    def at(self, row: int | None, column: str | None = None) -> "Problem":
        """The same problem at a row (and column) of a file."""
        return Problem(self.code, self.params, field=self.field, row=row, column=column)

    @property
    def message(self) -> str:
        """Its words in English, without where it is (what the command line says after the row)."""
        return ENGLISH.text(self)

    def text(self, lang: str = "en") -> str:
        return Renderer(lang).text(self)

    def __str__(self) -> str:
        return ENGLISH.line(self)

    def __repr__(self) -> str:
        where = "".join(f", {k}={getattr(self, k)!r}" for k in ("field", "row", "column") if getattr(self, k))
        return f"Problem({self.code!r}, {self.params!r}{where})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Problem) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    __hash__ = None


def problem(code: str, /, *, field: str | None = None, **params) -> Problem:
    """Problem(code, params, field=…) written with the parameters as keywords."""
    return Problem(code, params, field=field)


# ---------------------------------------------------------------- formatting values
_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (thousands, decimal)


def number_text(value, lang: str) -> str:
    """A number as the language groups it: 1.234.567 / 1,234,567; decimals as written (1.234,5 / 1,234.5)."""
    thousands, point = _SEPARATORS.get(lang, _SEPARATORS["en"])
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)]
    return sign + thousands.join(groups) + (point + frac if frac else "")


def value_text(value, spec: str, lang: str, renderer: "Renderer") -> str:
    if isinstance(value, Problem):
        return renderer.text(value)
    if hasattr(value, "vi") and hasattr(value, "en"):  # a vocabulary's term: its label in the language
        return value.vi if lang == "vi" else value.en
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        if spec == "q":
            return ", ".join(f"'{value_text(v, '', lang, renderer)}'" for v in items)
        texts = [value_text(v, spec, lang, renderer) for v in items]
        # "Lỗi hệ thống, phần mềm, Cán bộ xử lý" would read as three choices, not two.
        return ("; " if any("," in t for t in texts) else ", ").join(texts)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if spec == "n" and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return number_text(value, lang)
    if spec == "q":
        return f"'{value}'"
    return str(value)


class _Formatter(string.Formatter):
    def __init__(self, renderer: "Renderer"):
        self.renderer = renderer

    def format_field(self, value, format_spec):
        return value_text(value, format_spec, self.renderer.lang, self.renderer)


# ---------------------------------------------------------------- rendering
class Renderer:
    """Words problems and errors in one language. Core's renderer reads the catalogue's texts; the
    window's (gui.messages) takes each template through Qt's translation instead."""

    def __init__(self, lang: str = "en"):
        self.lang = lang
        self._formatter = _Formatter(self)

    def template(self, msg: Message) -> str:
        return msg.vi if self.lang == "vi" else msg.en

    def fill(self, template: str, params: Mapping[str, Any]) -> str:
        try:
            return self._formatter.vformat(template, (), params)
        except (KeyError, IndexError, ValueError):
            # A translation naming a parameter the code does not give: show the text unfilled rather
            # than fail while reporting another failure.
            return template

    def say(self, code: str, **params) -> str:
        """The text of a catalogued message."""
        return self.fill(self.template(CATALOGUE[code]), params)

    def text(self, p: Problem) -> str:
        """The problem's own words, without where it is."""
        msg = CATALOGUE.get(p.code)
        if msg is None:  # not a catalogued code (test_messages keeps core from raising one)
            return p.code
        return self.fill(self.template(msg), p.params)

    def line(self, p: Problem, capital: bool = False) -> str:
        """The problem with where it is: "row 59, Ngày tiếp nhận: '31/02/2025' is not a date". A
        predicate without a row or column is said after its field's name. `capital`: a line that
        starts with its row starts with a capital ("Dòng 59, …", "Row 59, …")."""
        text = self.text(p)
        if p.row:
            code = "where.row_column" if p.column else "where.row"
            line = self.fill(self.template(CATALOGUE[code]), {"n": p.row, "where": p.column, "text": text})
            return line[:1].upper() + line[1:] if capital else line
        subject = p.column or (p.field if self._predicate(p) else None)
        if subject:
            return self.fill(self.template(CATALOGUE["where.column"]), {"where": subject, "text": text})
        return text

    def sentence(self, p: Problem) -> str:
        """The problem as a sentence of its own, as the window shows it under a field or alone:
        "Bắt buộc nhập.". A message that begins with a file's name keeps its first letter."""
        msg = CATALOGUE.get(p.code)
        keep = msg is not None and next(iter(fields_of(msg.vi)), None) in FILE_FIELDS and msg.vi.startswith("{")
        return sentence(self.text(p), capital=not keep)

    def lines(self, problems: Iterable[Problem], capital: bool = False) -> list[str]:
        return [self.line(p, capital) for p in problems]

    @staticmethod
    def _predicate(p: Problem) -> bool:
        msg = CATALOGUE.get(p.code)
        return bool(msg and msg.predicate)


def sentence(text: str, capital: bool = True) -> str:
    text = text.strip()
    if not text:
        return text
    if capital:
        text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?…:" else text + "."


ENGLISH = Renderer("en")


def english(code: str, **params) -> str:
    """A catalogued message in English (the command line's language)."""
    return ENGLISH.say(code, **params)


# The areas' messages (imported last: they call message()/predicate() above).
from core.messages import (common, dossiers, equipment, files, imports, returns, security, signing,  # noqa: E402,F401
                           staff, tasks)
