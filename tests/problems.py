"""What a ValidationError says, field by field, in the form tests compare: field → (code, params)."""
from __future__ import annotations


def by_field(exc) -> dict[str, tuple[str, dict]]:
    return {f: (p.code, p.params) for f, p in exc.by_field.items()}


def codes(exc) -> dict[str, str]:
    return {f: p.code for f, p in exc.by_field.items()}
