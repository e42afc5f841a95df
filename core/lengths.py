"""The one rule for the length of text: every text a service writes fits the column that keeps it.

A `String(n)` column keeps n characters; a `Text` column whose `info` declares `"limit"` (the
models' NOTES, core.models.base) keeps that many. PostgreSQL refuses a longer value with a raw
DataError and SQLite keeps it silently, so the rule is core's, the same on both:

- ORM writes: a `before_flush` listener (installed on every session factory by core.db) checks
  the new and changed objects and raises a ValidationError with one `too_long` problem per field,
  before anything is sent. The field is the column's `info["field"]` when the services and forms
  name it otherwise (the dossier's applicant is `name`), the value of the attribute named by
  `info["field_from"]` (a setting's value is said at its key), else the attribute's name.
- Keys the program derives from a checked text (`*_key`, `*_sort`: folded names, search words) are
  cut to their column instead: their source is checked whole, and a search key built from several
  long texts may exceed its column without anything typed being lost.
- Bulk inserts (imports) take their limits from the same columns: `limit(Model.attr)`, and
  `declare(columns, {key: Model.attr})` sets an importer's `max_length` from them.

The same listener refuses a text holding a control character or a bidirectional override
(core.formatting.hidden_control: invisible on screen, they make a printed name read otherwise), at
its field; the import reader refuses such a cell with the same problem. Rows the program writes
from what it was given, not what a clerk typed (the audit trail, a finalised return, an import's
file name), keep it as given.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from core.errors import ValidationError
from core.formatting import hidden_control
from core.messages import Problem, problem

DERIVED_SUFFIXES = ("_key", "_sort")
# Tables written from what the program was given (see above): no control-character rule.
RECORDED_AS_GIVEN = frozenset({"audit_entry", "finalised_return", "import_batch"})


def _column(attr):
    """The Column behind a mapped attribute (Model.attr) or a Column itself."""
    prop = getattr(attr, "property", None)
    if prop is not None and getattr(prop, "columns", None):
        return prop.columns[0]
    return attr


def limit(attr) -> int | None:
    """How many characters the column behind `attr` keeps (None: no limit)."""
    col = _column(attr)
    declared = col.info.get("limit")
    if declared is not None:
        return int(declared)
    if isinstance(col.type, String) and col.type.length:
        return int(col.type.length)
    return None


def field_of(attr) -> str:
    col = _column(attr)
    return col.info.get("field") or col.key


def too_long(value, attr) -> Problem | None:
    """The `too_long` problem of `value` for the column behind `attr`, at its field, or None."""
    n = limit(attr)
    if n is None or not isinstance(value, str) or len(value) <= n:
        return None
    return problem("too_long", field=field_of(attr), length=len(value), limit=n)


def declare(columns: Iterable, stored: Mapping[str, object]) -> None:
    """Give each import column named in `stored` (key → the model attribute it is written to) the
    length of that column as its `max_length`."""
    by_key = {c.key: c for c in columns}
    for key, attr in stored.items():
        by_key[key].max_length = limit(attr)


@lru_cache(maxsize=None)
def _checks(mapper) -> tuple[tuple[str, int | None, str, str | None, bool], ...]:
    """(attribute, limit or None, field, field_from, derived) for each text column of a mapped
    class (every String and Text column: the limited ones for their length, all for the control
    characters)."""
    out = []
    for prop in mapper.column_attrs:
        col = prop.columns[0]
        n = limit(col)
        if n is None and not isinstance(col.type, String):
            continue
        derived = prop.key.endswith(DERIVED_SUFFIXES) or prop.key == "search_key"
        out.append((prop.key, n, col.info.get("field") or prop.key, col.info.get("field_from"), derived))
    return tuple(out)


def check_objects(objects: Iterable) -> list[Problem]:
    """The too-long texts, and those holding a control character, of these new or changed objects
    (derived keys are cut in place)."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for obj in objects:
        state = inspect(obj)
        values = state.dict
        changed = None if state.key is None else state.committed_state  # an update: the changed ones
        as_given = state.mapper.local_table.name in RECORDED_AS_GIVEN
        for key, n, field, field_from, derived in _checks(state.mapper):
            if changed is not None and key not in changed:
                continue
            value = values.get(key)
            if not isinstance(value, str):
                continue
            found = None
            if n is not None and len(value) > n:
                if derived:
                    setattr(obj, key, value[:n])
                    continue
                found = problem("too_long", field=field, length=len(value), limit=n)
            elif not derived and not as_given:
                char = hidden_control(value)
                if char is not None:
                    found = problem("control_character", field=field, char=char)
            if found is None:
                continue
            if field_from is not None:
                field = str(values.get(field_from) or field)
                found = Problem(found.code, found.params, field=field)
            if field not in seen:
                seen.add(field)
                problems.append(found)
    return problems


def _before_flush(session: Session, _ctx, _instances) -> None:
    problems = check_objects([*session.new, *session.dirty])
    if problems:
        raise ValidationError(problems)


def install(factory: sessionmaker) -> None:
    """Check the texts of every flush of this new factory's sessions (once per factory: a test of
    `event.contains` could answer for an earlier factory at the same address)."""
    event.listen(factory, "before_flush", _before_flush)
