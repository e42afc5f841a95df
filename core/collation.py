"""Vietnamese alphabetical order (domain.md, "Order and names"), as one sort key.

    a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y

(the Latin f, j, w, z in their Latin places), then the tone marks as a secondary key: none, huyền,
hỏi, ngã, sắc, nặng; then case, lower before upper. Spaces and punctuation separate words (a word
sorts before its longer neighbours: "Hà Nam" < "Hàn"); numbers sort by their value ("Tổ 2" < "Tổ 10").

`sort_key(text)` is a plain ASCII string whose code-point order is that order. Python's `sorted`,
SQLite's BINARY collation and PostgreSQL's "C" collation all compare such a string the same way, so
a column holding it (kept on write: `core.sortkeys`) lets the database sort by it, from an index,
exactly as Python sorts a list in memory.

Why a key of our own rather than PyICU or QCollator: ICU is a large C++ library to ship to every
office PC (PyICU has no Windows wheels), QCollator is Qt, which core may not import; and neither
gives a value the two databases compare alike, which a sorted column needs. The Vietnamese alphabet
is a table of a hundred and some letters; a few `str.translate` calls build the key (about 2 µs for
a name, fast enough for an import of a hundred thousand rows).

The key has three levels, separated by a space (lower than every character of a level): the letters
(one character per letter, in alphabet order, case folded), the tones (one digit per letter) and the
case (one digit per letter). Trailing zeros of the last two levels are dropped: they sort first anyway.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable, TypeVar

__all__ = ["ALPHABET", "TONES", "sort_key", "sort_key_or_none", "vn_sorted"]

#: The letters in order; f, j, w, z are not Vietnamese letters but occur in names and loanwords.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
#: The tone marks as combining characters, in the order of the secondary key (none first).
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền, hỏi, ngã, sắc, nặng

_LEVEL = " "      # between the three levels: below everything in them
_WORD = "!"       # between words: below digits and letters
_OTHER = "~"      # a character outside the alphabet: after every letter, then its code point
_FIRST_LETTER = 0x41  # "A": the first letter's code; the alphabet takes 33 codes up to "a"

T = TypeVar("T")


def _letter_code(i: int) -> str:
    return chr(_FIRST_LETTER + i)


def _tables():
    primary: dict[int, str] = {}
    tone: dict[int, str] = {}
    case: dict[int, str] = {}
    for i, base in enumerate(ALPHABET):
        code = _letter_code(i)
        base_nfd = unicodedata.normalize("NFD", base)
        for t, mark in enumerate(TONES):
            if mark and base not in "aăâeêioôơuưy":
                continue
            for upper, b in ((False, base_nfd), (True, base_nfd.upper())):
                ch = unicodedata.normalize("NFC", b + mark)
                if len(ch) != 1:  # no precomposed form: left to the slow path
                    continue
                primary[ord(ch)] = code
                tone[ord(ch)] = str(t)
                case[ord(ch)] = "1" if upper else "0"
    for lookalike, letter in (("Ð", "Đ"), ("ð", "đ")):  # Icelandic eth, sometimes typed for Đ
        primary[ord(lookalike)] = primary[ord(letter)]
        tone[ord(lookalike)] = "0"
        case[ord(lookalike)] = case[ord(letter)]
    for cp in range(128):
        ch = chr(cp)
        if ch.isdigit():
            primary[cp] = ch
            tone[cp] = case[cp] = None
        elif cp not in primary:  # ASCII punctuation, spaces, controls: a word break
            primary[cp] = _WORD
            tone[cp] = case[cp] = None
    # Other spaces and dashes people paste in (no-break space, en dash…) also break words.
    for ch in "\u00a0\u2009\u202f\u2002\u2003\u200b\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201c\u201d\u2026":
        primary[ord(ch)] = _WORD
        tone[ord(ch)] = case[ord(ch)] = None
    return primary, tone, case


_PRIMARY, _TONE, _CASE = _tables()
# One translation gives all three levels: each known character becomes three (its letter, its tone,
# its case; "x" where a character has no tone or case), the levels are then every third character.
_ALL = {cp: p + (_TONE[cp] or "x") + (_CASE[cp] or "x") for cp, p in _PRIMARY.items()}
_TONE_OF_MARK = {mark: str(t) for t, mark in enumerate(TONES) if mark}
_NUMBER = re.compile(r"[0-9]+")
_HAS_DIGIT = re.compile(r"[0-9]").search
_DOUBLE_WORD = _WORD * 2


def _number(m: re.Match) -> str:
    digits = m.group().lstrip("0") or "0"
    return chr(0x30 + min(len(digits), 15)) + digits  # its length first: 9 < 10


def _slow_levels(text: str) -> tuple[str, str, str]:
    """Letter by letter, for text with characters outside the tables (other scripts, letters with
    marks Vietnamese does not use, decomposed text): a Latin letter counts as its base letter with
    its Vietnamese tone (other marks are ignored); anything else sorts after the letters, by code point."""
    primary, tones, cases = [], [], []
    for ch in text:
        if ord(ch) in _PRIMARY:
            p = _PRIMARY[ord(ch)]
            primary.append(p)
            if _TONE[ord(ch)] is not None:
                tones.append(_TONE[ord(ch)])
                cases.append(_CASE[ord(ch)])
            continue
        if unicodedata.combining(ch):
            continue  # a mark left over (decomposed text is normalised first; this is a stray one)
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m in "\u0306\u0302\u031b"))
        if ord(base) in _PRIMARY and _TONE[ord(base)] is not None:
            primary.append(_PRIMARY[ord(base)])
            tones.append(next((_TONE_OF_MARK[m] for m in parts[1:] if m in _TONE_OF_MARK), "0"))
            cases.append(_CASE[ord(base)])
        elif ch.isspace() or unicodedata.category(ch)[0] in "PZSC":
            primary.append(_WORD)
        else:
            # hex digits written as letters a–p, so the number rule below leaves them alone
            primary.append(_OTHER + "".join(chr(0x61 + int(d, 16)) for d in f"{ord(ch):06x}"))
    return "".join(primary), "".join(tones), "".join(cases)


def sort_key(text: str | None) -> str:
    """The key of `text` in Vietnamese alphabetical order (None and blank text: "")."""
    if not text:
        return ""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    levels = text.translate(_ALL)
    if levels.isascii() and len(levels) == 3 * len(text):
        primary, tones, cases = levels[0::3], levels[1::3].replace("x", ""), levels[2::3].replace("x", "")
    else:  # a character the tables do not know
        primary, tones, cases = _slow_levels(text)
    if _DOUBLE_WORD in primary or primary.startswith(_WORD) or primary.endswith(_WORD):
        primary = _WORD.join(w for w in primary.split(_WORD) if w)
    if _HAS_DIGIT(primary):
        primary = _NUMBER.sub(_number, primary)
    return f"{primary}{_LEVEL}{tones.rstrip('0')}{_LEVEL}{cases.rstrip('0')}".rstrip(_LEVEL)


def sort_key_or_none(text: str | None) -> str | None:
    """For a column: a missing or blank name has no key (NULL), so "empty last" stays expressible."""
    if text is None or not str(text).strip():
        return None
    return sort_key(str(text))


def vn_sorted(items: Iterable[T], key: Callable[[T], str | None] | None = None, reverse: bool = False) -> list[T]:
    """`items` in Vietnamese order of `key(item)` (default: the item itself)."""
    if key is None:
        return sorted(items, key=lambda x: sort_key(x), reverse=reverse)  # type: ignore[arg-type]
    return sorted(items, key=lambda x: sort_key(key(x)), reverse=reverse)
