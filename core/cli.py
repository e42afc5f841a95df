"""The commands of `python main.py COMMAND`: each turns parsed arguments into calls of core services
and prints a short result. Any expected failure becomes one line on stderr and exit status 1."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Callable

from core.errors import CommuneDeskError

COMMANDS: dict[str, Callable] = {}


def command(name: str):
    def deco(fn):
        COMMANDS[name] = fn
        return fn
    return deco


def run_command(args) -> int:
    fn = COMMANDS.get(args.command)
    if fn is None:
        _load_plugins()
        fn = COMMANDS.get(args.command)
    if fn is None:
        print(f"error: the command {args.command!r} is not available in this version", file=sys.stderr)
        return 2
    try:
        return fn(args) or 0
    except CommuneDeskError as exc:
        message = str(exc)
        first, _, rest = message.partition("\n")
        print(f"error: {first}", file=sys.stderr)
        if rest:
            print(rest, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing was written by the unfinished step", file=sys.stderr)
        return 130


def _load_plugins() -> None:
    """Commands defined by other modules (backup, users, consolidate) register on import."""
    import importlib

    for name in ("core.backup", "core.auth", "core.audit", "core.finalise", "core.consolidate",
                 "core.exports.commands"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def open_db(args):
    """The database named by --db, migrated; the session's user checked once accounts exist."""
    from core.commune import open_database

    db = open_database(args.db)
    db.user = _authenticate(db, args)
    return db


def _authenticate(db, args):
    import importlib

    try:
        auth = importlib.import_module("core.auth")
    except ModuleNotFoundError as exc:
        if exc.name != "core.auth":
            raise
        return getattr(args, "user", None)
    return auth.cli_login(db, getattr(args, "user", None))


def parse_iso(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise CommuneDeskError("cli.not_a_date", option=what, value=text) from None


@command("init")
def cmd_init(args) -> int:
    from core.commune import init_database

    db = init_database(args.db, args.commune, args.province)
    from core.db import describe

    print(f"database ready: {describe(db.engine)}")
    db.close()
    return 0


@command("import")
def cmd_import(args) -> int:
    from core.imports import run_import

    db = open_db(args)
    try:
        result = run_import(args.kind, db, args.file, user=_user_name(db))
    finally:
        db.close()
    print(result.summary())
    return 0


def _user_name(db) -> str | None:
    user = getattr(db, "user", None)
    return getattr(user, "name", user)


def period_from_args(args):
    from core.returns import Period

    if args.month:
        return Period.parse_month(args.month)
    if not args.end:
        raise CommuneDeskError("cli.from_needs_to")
    return Period(parse_iso(args.start, "--from"), parse_iso(args.end, "--to"))


@command("report")
def cmd_report(args) -> int:
    from core.db import transaction
    from core.returns import build_return

    if not (args.json or args.xlsx or args.pdf):
        raise CommuneDeskError("cli.report_outputs")
    period = period_from_args(args)
    db = open_db(args)
    try:
        with transaction(db.sessions, write=False) as s:
            data = build_return(s, period)
            if args.xlsx or args.pdf:
                from core.exports import write_return_files

                write_return_files(s, period, data, xlsx=args.xlsx, pdf=args.pdf, user=_user_name(db))
    finally:
        db.close()
    if args.json:
        write_json(data, args.json)
    return 0


def write_json(data: dict, target: str) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if target == "-":
        sys.stdout.write(text + "\n")
        return
    from core.files import atomic_write_text

    atomic_write_text(Path(target), text + "\n")
