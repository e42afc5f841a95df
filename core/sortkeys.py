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


def fill(model, rows: list[dict]) -> list[dict]:
    """Set the sort keys of rows about to be inserted in bulk (in place; returned for chaining)."""
    keys = KEYS.get(model.__name__, {})
    for row in rows:
        for key, source in keys.items():
            if source in row:
                row[key] = sort_key_or_none(row[source])
    return rows


def _set_keys(_mapper, _connection, target) -> None:
    for key, source in KEYS.get(type(target).__name__, {}).items():
        value = sort_key_or_none(getattr(target, source))
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

