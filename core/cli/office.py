"""`settings list|set|unset`: the office's settings (core.settings), what the return prints among them."""
from __future__ import annotations

import json
import sys
from datetime import time

from core.cli.common import open_db

SETTINGS_ACTIONS = ("list", "set", "unset")


def add_commands(sub) -> None:
    c = sub.add_parser("settings", help="the office's settings: what the return prints, where backups go")
    c.add_argument("action", choices=SETTINGS_ACTIONS)
    c.add_argument("key", nargs="?", help="a setting's key (see `settings list`)")
    c.add_argument("value", nargs="*", help="the value; a list setting takes one item per argument")
    c.add_argument("--json", action="store_true", help="list: as JSON")
    c.set_defaults(run=cmd_settings)


def _plain(value):
    """A setting's value as JSON has it (a time of day as "HH:MM")."""
    return f"{value:%H:%M}" if isinstance(value, time) else value


def _shown(value) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, list):
        return " | ".join(value)
    return str(_plain(value))


def cmd_settings(args) -> int:
    from core import settings
    from core.db import transaction
    from core.errors import CommuneDeskError

    db = open_db(args)
    try:
        options = {o.key: o for o in settings.office_options()}
        if args.action == "list":
            with transaction(db.sessions, write=False) as s:
                current = settings.values(s, options)
            if args.json:
                sys.stdout.write(json.dumps({k: _plain(v) for k, v in current.items()}, ensure_ascii=False,
                                            indent=2) + "\n")
            else:
                for key, opt in options.items():
                    print(f"{key} = {_shown(current[key])}\n    {opt.doc}")
            return 0
        if not args.key:
            raise CommuneDeskError("settings.unknown", key="", keys=", ".join(options))
        opt = options.get(args.key)
        if args.action == "unset":
            given = {args.key: None if opt is not None else ""}
        elif opt is not None and opt.kind is settings.LINES:
            given = {args.key: list(args.value)}
        else:
            given = {args.key: " ".join(args.value)}
        with transaction(db.sessions) as s:
            now = settings.put_office_values(s, given)
        print(f"{args.key} = {_shown(now[args.key])}")
        return 0
    finally:
        db.close()
