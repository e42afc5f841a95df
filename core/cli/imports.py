"""`import KIND FILE`: a register from an .xlsx or .csv file; the kinds are core.imports' registry."""
from __future__ import annotations

from core.cli.common import RegistryChoices, open_db, user_name


def import_kinds() -> list[str]:
    from core.imports import import_kinds

    return import_kinds()


def add_commands(sub) -> None:
    c = sub.add_parser("import", help="import an .xlsx or .csv register")
    c.add_argument("kind", metavar="KIND", choices=RegistryChoices(import_kinds), help="%(choices)s")
    c.add_argument("file")
    c.set_defaults(run=cmd_import)


def cmd_import(args) -> int:
    from core.imports import run_import

    db = open_db(args)
    try:
        result = run_import(args.kind, db, args.file, user=user_name(db))
    finally:
        db.close()
    print(result.summary())
    return 0
