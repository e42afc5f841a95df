"""What the commands share: the database named by --db opened as the --user given, dates and periods
read from the arguments, JSON written to a file or to stdout, passwords asked on the terminal."""
from __future__ import annotations

import getpass
import os
import sys
from datetime import date
from typing import Callable, Iterable

from core.errors import CommuneDeskError


class RegistryChoices:
    """argparse `choices` read from a service's registry only when argparse looks at them (to check
    the value given, or to print the help): the registry stays the one list, and a command does not
    load the modules another command's choices need. Give the argument a `metavar` (argparse would
    otherwise list the choices while the parser is built) and `help="%(choices)s"` to show them."""

    def __init__(self, load: Callable[[], Iterable[str]]):
        self.load = load

    def __contains__(self, value) -> bool:
        return value in self.load()

    def __iter__(self):
        return iter(self.load())


def open_db(args):
    """The database named by --db, migrated; the session's user checked once accounts exist."""
    from core.commune import open_database

    db = open_database(args.db)
    try:
        db.user = login(db, getattr(args, "user", None))
    except BaseException:
        db.close()
        raise
    return db


def login(db, name: str | None):
    """`--user NAME`: None in single-clerk mode; the password from $COMMUNEDESK_PASSWORD or a prompt
    on the terminal. Every session of `db` then acts as the account (core.auth.set_db_user)."""
    from core.auth import authenticate, db_accounts_exist, set_db_user

    if not db_accounts_exist(db):
        set_db_user(db, None)
        return None
    if not name:
        raise CommuneDeskError("auth.give_user")
    password = os.environ.get("COMMUNEDESK_PASSWORD")
    if password is None:
        password = prompt(f"Password for {name}: ")
    actor = authenticate(db, name, password)
    set_db_user(db, actor)
    return actor


def prompt(text: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CommuneDeskError("auth.no_password")
    return getpass.getpass(text)


def new_password(name: str, allow_login_variable: bool) -> str:
    """A new password: $COMMUNEDESK_NEW_PASSWORD (or, for the very first account, the login
    variable), else typed twice on the terminal."""
    password = os.environ.get("COMMUNEDESK_NEW_PASSWORD")
    if password is None and allow_login_variable:
        password = os.environ.get("COMMUNEDESK_PASSWORD")
    if password is not None:
        return password
    first = prompt(f"New password for {name}: ")
    if prompt("Once more: ") != first:
        raise CommuneDeskError("auth.passwords_differ")
    return first


def user_name(db) -> str | None:
    user = getattr(db, "user", None)
    return getattr(user, "name", user)


def parse_iso(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise CommuneDeskError("cli.not_a_date", option=what, value=text) from None


def add_period_arguments(c, required: bool) -> None:
    """--month YYYY-MM, or --from YYYY-MM-DD with --to YYYY-MM-DD."""
    g = c.add_mutually_exclusive_group(required=required)
    g.add_argument("--month", metavar="YYYY-MM")
    g.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    c.add_argument("--to", dest="end", metavar="YYYY-MM-DD")


OUTPUTS, INPUTS = "_outputs", "_inputs"


def add_output(c, *flags, group=None, **kw):
    """An option naming a file the command writes (`c` its parser; `group` a mutually exclusive group
    of it to add the option to). Before the command runs, every output it was given is checked at
    once (core.files.check_outputs, `check_command_files`): never the database, a folder, a device,
    a link, or two outputs on one path."""
    kw.setdefault("metavar", "OUT")
    action = (group or c).add_argument(*flags, **kw)
    c.set_defaults(**{OUTPUTS: [*(c.get_default(OUTPUTS) or []), action.dest]})
    return action


def add_input(c, *names, **kw):
    """An argument naming files the command reads (an output may not be one of them)."""
    action = c.add_argument(*names, **kw)
    c.set_defaults(**{INPUTS: [*(c.get_default(INPUTS) or []), action.dest]})
    return action


def check_command_files(args) -> None:
    """The outputs of the command about to run, checked before any work (OutputRefused)."""
    outputs = [getattr(args, dest, None) for dest in getattr(args, OUTPUTS, None) or ()]
    if not any(outputs):
        return
    from core.db import resolve_url
    from core.files import check_outputs

    inputs = []
    for dest in getattr(args, INPUTS, None) or ():
        value = getattr(args, dest, None)
        inputs += value if isinstance(value, list) else [value] if value else []
    check_outputs(resolve_url(getattr(args, "db", None)), outputs, inputs=inputs)


def add_return_outputs(c) -> None:
    """The files a return is written to."""
    add_output(c, "--json", help="'-' prints to stdout")
    add_output(c, "--xlsx")
    add_output(c, "--pdf")


def period_from_args(args):
    from core.returns import Period

    if args.month:
        return Period.parse_month(args.month)
    if not args.end:
        raise CommuneDeskError("cli.from_needs_to")
    return Period(parse_iso(args.start, "--from"), parse_iso(args.end, "--to"))


def write_json(data: dict, target: str) -> None:
    """`--json OUT`: the file, or stdout for '-'."""
    from core.files import json_text, write_json as write_file

    if target == "-":
        sys.stdout.write(json_text(data))
        return
    write_file(data, target)
