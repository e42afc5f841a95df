"""The stored sort keys: where the database sorts a long list by a name (the dossier list by
applicant, field, handler or procedure), it sorts by a column holding core.collation.sort_key of
that name, kept here on every write.

- ORM writes: mapper events set each key from its name before the row is inserted or updated.
- Bulk inserts (an import, the demo data) pass their rows through `fill(model, rows)` first.
- Rows written before the keys existed: migration 0008 fills them.

Short lists (staff, offices, the catalogue) are sorted in memory with the same key.
"""
from __future__ import annotations

from sqlalchemy import event

from core.collation import sort_key_or_none

# model class name → {key column: the name column it is the key of}
KEYS: dict[str, dict[str, str]] = {
    "Dossier": {"applicant_sort": "applicant_name", "field_sort": "field", "handler_sort": "handler_name"},
    "Procedure": {"name_sort": "name"},
}


def key_length(model_name: str, key: str) -> int:
    """How long a stored key may be: its column's length. A key is cut there (a name of expanding
    characters can outgrow it); the order of two names differing past that point is the same."""
    from core import models
    from core.lengths import limit

    return limit(getattr(getattr(models, model_name), key)) or 1 << 30


def stored_key(model_name: str, key: str, name: str | None) -> str | None:
    value = sort_key_or_none(name)
    return value[:key_length(model_name, key)] if value is not None else None


def fill(model, rows: list[dict]) -> list[dict]:
    """Set the sort keys of rows about to be inserted in bulk (in place; returned for chaining)."""
    keys = KEYS.get(model.__name__, {})
    for row in rows:
        for key, source in keys.items():
            if source in row:
                row[key] = stored_key(model.__name__, key, row[source])
    return rows


def _set_keys(_mapper, _connection, target) -> None:
    for key, source in KEYS.get(type(target).__name__, {}).items():
        value = stored_key(type(target).__name__, key, getattr(target, source))
        if getattr(target, key) != value:
            setattr(target, key, value)


def install() -> None:
    """Listen on the models (once; core.db calls it for every session factory)."""
    from core import models

    for name in KEYS:
        model = getattr(models, name)
        if not event.contains(model, "before_insert", _set_keys):
            event.listen(model, "before_insert", _set_keys)
            event.listen(model, "before_update", _set_keys)

