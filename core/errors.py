"""The failures core expects, each carrying catalogued problems (core.messages), never a sentence: the
command line prints `str(exc)` (English), the window renders the same problems in its language."""
from __future__ import annotations

from typing import Iterable, Mapping

from core.messages import ENGLISH, Problem, Renderer, problem

MAX_ERRORS_SHOWN = 200  # rows of a refused file listed by the command line


def _problems(code: str | Problem | Iterable[Problem], params: dict) -> list[Problem]:
    if isinstance(code, str):
        return [Problem(code, params)]
    if isinstance(code, Problem):
        return [code]
    return list(code)


class CommuneDeskError(Exception):
    """An expected failure the clerk is told about (no traceback): `CommuneDeskError(code, **params)`,
    or a Problem, or several."""

    def __init__(self, code: str | Problem | Iterable[Problem], /, **params):
        self.problems: list[Problem] = _problems(code, params)
        super().__init__(*(p.code for p in self.problems))

    @property
    def code(self) -> str:
        return self.problems[0].code if self.problems else ""

    @property
    def params(self) -> dict:
        return self.problems[0].params if self.problems else {}

    def render(self, renderer: Renderer) -> str:
        return "; ".join(renderer.lines(self.problems))

    def __str__(self) -> str:
        return self.render(ENGLISH)


class NotFound(CommuneDeskError):
    pass


def get_or_not_found(session, model, obj_id, noun: str):
    """`session.get(model, obj_id)`, or NotFound naming the record by its catalogue noun
    (`noun.<noun>`) and id."""
    obj = session.get(model, obj_id) if obj_id is not None else None
    if obj is None:
        raise NotFound("not_found", what=problem(f"noun.{noun}"), id=obj_id)
    return obj


class ValidationError(CommuneDeskError):
    """What was given cannot be saved: every problem found, each with its `field` where it has one.
    `problems`: a Problem, a list of them, or a mapping field → Problem (the field is set from its key)."""

    def __init__(self, problems: Problem | Iterable[Problem] | Mapping[str, Problem]):
        if isinstance(problems, Mapping):
            problems = [Problem(p.code, p.params, field=f, row=p.row, column=p.column) for f, p in problems.items()]
        super().__init__(problems)

    @property
    def by_field(self) -> dict[str, Problem]:
        """Field → its (first) problem."""
        out: dict[str, Problem] = {}
        for p in self.problems:
            if p.field is not None:
                out.setdefault(p.field, p)
        return out

    @property
    def fields(self) -> dict[str, str]:
        """Field → its problem in English."""
        return {f: ENGLISH.text(p) for f, p in self.by_field.items()}


class TransitionError(CommuneDeskError):
    """An action the record's state machine does not allow."""


class PermissionDenied(CommuneDeskError):
    pass


class Cancelled(CommuneDeskError):
    """Raised from a progress callback when the clerk pressed Cancel; the work is rolled back."""

    def __init__(self, code: str | Problem | Iterable[Problem] = "cancelled", /, **params):
        super().__init__(code, **params)


class ImportFailed(CommuneDeskError):
    """A file refused whole: `errors` lists every problem found, each at its sheet row where it has one."""

    @property
    def errors(self) -> list[Problem]:
        return self.problems

    def render(self, renderer: Renderer) -> str:
        shown = [renderer.line(p) for p in self.problems[:MAX_ERRORS_SHOWN]]
        more = len(self.problems) - len(shown)
        if more > 0:
            shown.append(renderer.say("import.more_errors", count=more))
        return "\n".join(shown)


class RowError(Problem):
    """A problem at a row (and column) of an imported file: `RowError(row, column, code, **params)`."""

    __slots__ = ()

    def __init__(self, row: int | None, column: str | None, code: str, /, **params):
        super().__init__(code, params, row=row, column=column)


class BadValue(ValueError):
    """A value that cannot be read as what its field or column holds (a parser's answer; the reader
    and the services turn it into a Problem at its field, row or column)."""

    def __init__(self, code: str, /, **params):
        self.code, self.params = code, params
        super().__init__(code)

    def problem(self, *, field: str | None = None, row: int | None = None, column: str | None = None) -> Problem:
        return Problem(self.code, self.params, field=field, row=row, column=column)

    def __str__(self) -> str:
        return ENGLISH.text(Problem(self.code, self.params))
