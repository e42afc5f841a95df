"""The one reader of JSON that comes from outside the database: imports, column mappings, import
profiles, the assessment's texts, the return's data inside a workbook or a package.

Python's json module accepts what no file of ours holds and what later breaks the program: a
bare number of thousands of digits (int() then refuses past 4,300 digits, deep inside the import),
NaN and Infinity (not JSON; they poison every sum), a key given twice in one object (json keeps
the last silently), a lone surrogate such as "\\udfff" (a text no
encoder writes back: the database or the PDF fails on it later), and nesting so deep that the parser
or the code walking the result runs out of stack. Each is refused here, before any of it is used,
as one catalogued line (JSONRefused). It is a ValueError too, so code that already treats a bad
JSON text as a ValueError keeps doing so.

A file is read at most MAX_JSON_BYTES: json.load holds the whole document, and a parsed document
takes several times its size in memory (a 635 MB export reached 4.4 GB), so a larger file is
refused with its size instead of ending the program for lack of memory.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

from core.errors import CommuneDeskError

MAX_JSON_BYTES = 200 * 1024 * 1024  # also said in README ("Imports")
MAX_DEPTH = 64  # objects and lists inside one another; an export of ours or a system's is below 10
MAX_NUMBER_CHARS = 40  # a count, an amount in đồng or a timestamp in milliseconds is far shorter

_SURROGATE = re.compile("[\ud800-\udfff]")


class JSONRefused(CommuneDeskError, ValueError):
    """A JSON text that is not read (see the module's docstring)."""


def _number(text: str):
    if len(text) > MAX_NUMBER_CHARS:
        raise JSONRefused("json.long_number", length=len(text), limit=MAX_NUMBER_CHARS)
    return text


def _int(text: str) -> int:
    return int(_number(text))


def _float(text: str) -> float:
    value = float(_number(text))
    if value in (float("inf"), float("-inf")):  # 1e999
        raise JSONRefused("json.not_finite", value=text)
    return value


def _constant(text: str):
    raise JSONRefused("json.not_finite", value=text)


def _object(pairs: list) -> dict:
    """An object, refused when a key appears twice: json keeps the last value silently, so a file
    saying a dossier is both "returned" and "in progress" would be read as whichever came last."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen = set()
        for key, _value in pairs:
            if key in seen:
                raise JSONRefused("json.duplicate_key", key=key[:80])
            seen.add(key)
    return obj


def _check(doc) -> None:
    """Depth and lone surrogates, walked without recursion."""
    stack = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise JSONRefused("json.lone_surrogate")
        elif isinstance(value, (dict, list)):
            if depth > MAX_DEPTH:
                raise JSONRefused("json.too_deep", limit=MAX_DEPTH)
            items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
            for key, item in items:
                if key is not None and _SURROGATE.search(key):
                    raise JSONRefused("json.lone_surrogate")
                if isinstance(item, (str, dict, list)):
                    stack.append((item, depth + 1))


def loads(text: str | bytes):
    """The document in `text` (bytes are read as UTF-8, a BOM allowed); JSONRefused otherwise."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise JSONRefused("json.not_utf8") from None
    elif text.startswith("\ufeff"):
        text = text[1:]
    try:
        doc = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant,
                         object_pairs_hook=_object)
    except RecursionError:
        raise JSONRefused("json.too_deep", limit=MAX_DEPTH) from None
    except JSONRefused:
        raise
    except json.JSONDecodeError as exc:
        raise JSONRefused("json.syntax", reason=exc.msg, line=exc.lineno, col=exc.colno) from None
    except ValueError as exc:  # pragma: no cover - what the hooks do not already refuse
        raise JSONRefused("json.syntax", reason=str(exc)[:200], line=0, col=0) from None
    _check(doc)
    return doc


def load_file(path: str | os.PathLike, limit: int | None = None):
    """The document in the file at `path`, never reading more than `limit` bytes (MAX_JSON_BYTES)."""
    limit = MAX_JSON_BYTES if limit is None else limit
    path = Path(path)
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise JSONRefused("json.too_large", size=_mb(size), limit=_mb(limit))
        raw = fh.read(limit + 1)
    if len(raw) > limit:  # grew, or a file whose size is not told (a pipe)
        raise JSONRefused("json.too_large", size=_mb(len(raw)), limit=_mb(limit))
    return loads(raw)


def _mb(n: int) -> int:
    return max(1, round(n / (1024 * 1024)))
