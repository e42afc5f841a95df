"""Core's problems in the window's language: the one place the window words what core raises.

Core raises codes with parameters (core.messages); this module renders them through Qt's translation
(context "Messages", the catalogue's Vietnamese text as the source and its code as the disambiguation,
so the .ts that `python -m gui.i18n update` fills from the catalogue translates them), with dates and
numbers formatted for the window's language. What a form, a page or an operation calls:

    field_errors(exc, fields)   field → the sentence shown under that field
    other_errors(exc, fields)   the problems no field of the form shows, one line each
    form_errors(exc)            both at once: field → sentence, and "" → the other lines
    error_text(exc)             any failure as one readable text (a refused file: a summary, then its rows)
    problem_text(p)             one problem's words; problem_line(p) with its row and column
    say(code, **params)         a catalogued message
"""
from __future__ import annotations

import re
from typing import Iterable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from core.errors import CommuneDeskError, ImportFailed
from core.messages import CATALOGUE, Message, Problem, Renderer, sentence

CONTEXT = "Messages"


class WindowRenderer(Renderer):
    """Core's renderer with each template taken through Qt's translation."""

    def template(self, msg: Message) -> str:
        return QCoreApplication.translate(CONTEXT, msg.vi, msg.code)

    def text(self, p: Problem) -> str:
        if p.code not in CATALOGUE:
            return _legacy(p.code)
        return super().text(p)


def renderer() -> Renderer:
    from gui import i18n

    return WindowRenderer(i18n.current())


def say(code: str, **params) -> str:
    return renderer().say(code, **params)


def problem_text(p: Problem) -> str:
    return renderer().text(p)


def problem_line(p: Problem) -> str:
    return renderer().line(p, capital=True)


def _problems(exc) -> list[Problem]:
    return list(getattr(exc, "problems", None) or [])


def field_errors(exc, fields: Iterable[str] | None = None) -> dict[str, str]:
    """Field → what to show under it (a sentence; several problems of one field one after another).
    With `fields`, only the fields a form has."""
    wanted = None if fields is None else set(fields)
    r = renderer()
    out: dict[str, list[str]] = {}
    for p in _problems(exc):
        if p.field is not None and (wanted is None or p.field in wanted):
            text = sentence(r.text(p))
            if text not in out.setdefault(p.field, []):
                out[p.field].append(text)
    return {f: " ".join(texts) for f, texts in out.items()}


def other_errors(exc, fields: Iterable[str] = ()) -> list[str]:
    """The problems of `exc` that no field among `fields` shows, each as a line (a failure without
    problems: its text)."""
    shown = set(fields)
    problems = _problems(exc)
    if not problems:
        return [str(exc)] if str(exc) else []
    r = renderer()
    lines = [sentence(r.text(p)) if p.field is not None else r.line(p, capital=True)
             for p in problems if p.field is None or p.field not in shown]
    return list(dict.fromkeys(lines))


def form_errors(exc) -> dict[str, str]:
    """Field → the sentence under it, and "" → the problems that have no field (one a line): what a
    dialog's show_errors() takes."""
    out = field_errors(exc)
    rest = [line for line in other_errors(exc, out)]
    if rest:
        out[""] = "\n".join(rest)
    return out


def error_text(exc: BaseException) -> str:
    """Any failure as a readable text in the window's language: a refused file as a summary line and
    then each row at fault; other failures of core as their problems; anything else as it says."""
    if isinstance(exc, ImportFailed):
        return import_error_text(exc)
    if isinstance(exc, CommuneDeskError):
        return "; ".join(dict.fromkeys(r for r in other_errors(exc))) or exc.render(renderer())
    return str(exc)


def import_error_text(exc: ImportFailed) -> str:
    """A refused file's problems, one a line; with more than one, a first line says what happened
    (the error dialog shows the rest as details)."""
    r = renderer()
    lines = r.lines(exc.errors, capital=True)
    if len(lines) == 1:
        return lines[0]
    return "\n".join([r.say("import.refused", count=len(lines), first=lines[0])] + lines)


def _legacy(text: str) -> str:
    """A sentence of the first release (not yet a code) in the window's language."""
    from gui.import_messages import import_message

    worded = import_message(text)
    return worded if worded != text else field_message(text)


# ---------------------------------------------------------------- the first release's sentences
CTX = "CoreMessages"

# Exact messages of core.dossiers, core.catalogue, core.calendar_overrides, core.commune.
EXACT = {
    "the ID number (CCCD) has 12 digits": QT_TRANSLATE_NOOP("CoreMessages", "Số định danh (CCCD) gồm đúng 12 chữ số"),
    "not a Vietnamese phone number": QT_TRANSLATE_NOOP("CoreMessages", "Số điện thoại không hợp lệ (ví dụ 0912345678)"),
    "choose a procedure from the catalogue": QT_TRANSLATE_NOOP("CoreMessages", "Chọn thủ tục trong danh mục"),
    "this procedure has no legal time in the catalogue yet": QT_TRANSLATE_NOOP(
        "CoreMessages", "Thủ tục này chưa có thời hạn giải quyết trong danh mục (Cài đặt → Danh mục thủ tục)"),
    "the applicant's name is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập họ tên người nộp hồ sơ"),
    "unknown handler": QT_TRANSLATE_NOOP("CoreMessages", "Cán bộ xử lý không có trong danh sách"),
    "unknown channel": QT_TRANSLATE_NOOP("CoreMessages", "Kênh nộp không hợp lệ"),
    "the day of receipt is in the future": QT_TRANSLATE_NOOP("CoreMessages", "Ngày tiếp nhận không được sau hôm nay"),
    "before receipt": QT_TRANSLATE_NOOP("CoreMessages", "Ngày không được trước ngày tiếp nhận hồ sơ"),
    "a reason is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập lý do (được in trên phiếu)"),
    "choose a handler": QT_TRANSLATE_NOOP("CoreMessages", "Chọn cán bộ xử lý"),
    "before the request": QT_TRANSLATE_NOOP("CoreMessages", "Ngày bổ sung không được trước ngày yêu cầu bổ sung"),
    "before the previous step": QT_TRANSLATE_NOOP("CoreMessages", "Ngày không được trước bước xử lý trước đó của hồ sơ"),
    "after today": QT_TRANSLATE_NOOP("CoreMessages", "Ngày không được sau hôm nay"),
    "after the due date": QT_TRANSLATE_NOOP("CoreMessages", "Ngày hẹn mới phải sau hạn trả hiện tại"),
    "name is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập tên thủ tục"),
    "field is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập lĩnh vực"),
    "the legal time cannot be negative": QT_TRANSLATE_NOOP("CoreMessages", "Thời hạn giải quyết không được âm"),
    "choose a day": QT_TRANSLATE_NOOP("CoreMessages", "Chọn ngày"),
    "the note is longer than 300 characters": QT_TRANSLATE_NOOP("CoreMessages", "Ghi chú dài quá 300 ký tự"),
    "the commune's name is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập tên xã, phường"),
    "the province is required": QT_TRANSLATE_NOOP("CoreMessages", "Nhập tên tỉnh, thành phố"),
    "the code prefix has 1 to 20 letters, digits or dots": QT_TRANSLATE_NOOP(
        "CoreMessages", "Tiền tố mã hồ sơ gồm 1 đến 20 chữ cái, chữ số hoặc dấu chấm"),
}
# Messages with a value inside them.
PATTERNS = [
    (re.compile(r"^dossier .+ already exists$"), QT_TRANSLATE_NOOP("CoreMessages", "Mã hồ sơ này đã có")),
    (re.compile(r"^a procedure named .+ already exists$"), QT_TRANSLATE_NOOP("CoreMessages", "Đã có thủ tục cùng tên")),
    (re.compile(r"^unknown channel .+$"), QT_TRANSLATE_NOOP("CoreMessages", "Kênh nộp không hợp lệ")),
    (re.compile(r"^unknown unit .+$"), QT_TRANSLATE_NOOP("CoreMessages", "Đơn vị thời hạn không hợp lệ")),
    (re.compile(r"^unknown kind .+$"), QT_TRANSLATE_NOOP("CoreMessages", "Chọn ngày nghỉ hoặc ngày làm bù")),
]


def field_message(message: str) -> str:
    """A sentence of the first release worded in the window's language (as written when not known)."""
    text = (message or "").strip()
    source = EXACT.get(text)
    if source is None:
        source = next((vi for rx, vi in PATTERNS if rx.match(text)), None)
    if source is None:
        return text
    return QCoreApplication.translate(CTX, source)


