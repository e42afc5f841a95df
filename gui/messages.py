"""Core's problems in the window's language: the one place the window words what core raises.

Core raises codes with parameters (core.messages); this module renders them through Qt's translation
(context "Messages", the catalogue's Vietnamese text as the source and its code as the disambiguation,
so the .ts that `python -m gui.i18n update` fills from the catalogue translates them), with dates and
numbers formatted for the window's language. What a form, a page or an operation calls:

    field_errors(exc, fields)   field → the sentence shown under that field
    other_errors(exc, fields)   the problems no field of the form shows, a sentence each
    form_errors(exc)            both at once: field → sentence, and "" → the other lines
    error_text(exc)             any failure as one readable text (a refused file: a summary, then its rows)
    problem_text(p)             one problem's words; problem_line(p) with its row and column
    say(code, **params)         a catalogued message; field_text(code, **params) as a sentence under a field
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication

from core.errors import CommuneDeskError, ImportFailed
from core.messages import Message, Problem, Renderer, sentence

CONTEXT = "Messages"


class WindowRenderer(Renderer):
    """Core's renderer with each template taken through Qt's translation."""

    def template(self, msg: Message) -> str:
        return QCoreApplication.translate(CONTEXT, msg.vi, msg.code)


def renderer() -> Renderer:
    from gui import i18n

    return WindowRenderer(i18n.current())


def say(code: str, **params) -> str:
    return renderer().say(code, **params)


def field_text(code: str, **params) -> str:
    """A catalogued message as a sentence under a field (a check the window makes itself)."""
    return sentence(say(code, **params))


def problem_text(p: Problem) -> str:
    return renderer().text(p)


def problem_sentence(p: Problem) -> str:
    """One problem as the sentence under its field."""
    return renderer().sentence(p)


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
            text = r.sentence(p)
            if text not in out.setdefault(p.field, []):
                out[p.field].append(text)
    return {f: " ".join(texts) for f, texts in out.items()}


def other_errors(exc, fields: Iterable[str] = ()) -> list[str]:
    """The problems of `exc` that no field among `fields` shows, each as a sentence (at a row: the
    row first); a failure without problems: its text."""
    shown = set(fields)
    problems = _problems(exc)
    if not problems:
        return [str(exc)] if str(exc) else []
    r = renderer()
    lines = [r.line(p, capital=True) if p.row else r.sentence(p)
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
    then each row at fault; other failures of core as their problems, one sentence after another;
    anything else as it says."""
    if isinstance(exc, ImportFailed):
        return import_error_text(exc)
    if isinstance(exc, CommuneDeskError):
        return " ".join(other_errors(exc)) or exc.render(renderer())
    return str(exc)


def import_error_text(exc: ImportFailed) -> str:
    """A refused file's problems, one a line; with more than one, a first line says what happened
    (the error dialog shows the rest as details)."""
    r = renderer()
    lines = r.lines(exc.errors, capital=True)
    if len(lines) == 1:
        return lines[0]
    return "\n".join([r.say("import.refused", count=len(lines), first=lines[0])] + lines)
