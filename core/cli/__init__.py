"""The command layer: `communedesk COMMAND …` (or `python main.py COMMAND …`) parsed and handed to the
services. One module per group of commands, each adding its subcommands to the parser and holding
the functions that run them; the choices come from the services' own registries (import kinds
from core.imports, roles from core.auth, audit actions from core.audit).

Dependencies point one way: this package imports the services, never the reverse
(tools/check_imports.py keeps it so). It never imports the window either: the launcher that may
open it (gui.launch) adds the window's own options to this parser.

Each command prints a short result; any expected failure becomes one line on stderr and exit status 1.
"""
from __future__ import annotations

import argparse
import os
import sys

from core.cli import audit, backup, consolidate, counter, imports, office, returns, setup, users, verify
from core.cli.common import check_command_files
from core.errors import CommuneDeskError
from core.formatting import shown_safely

# In the order of `--help`.
GROUPS = (setup, counter, imports, returns, verify, consolidate, office, backup, audit, users)


def build_parser() -> argparse.ArgumentParser:
    """The commands and the options they share; `args.command` is None when none is given."""
    p = argparse.ArgumentParser(prog="communedesk", description="CommuneDesk: dossiers, staff and monthly returns "
                                "of a commune People's Committee, offline.")
    p.add_argument("--db", metavar="TARGET", help="SQLite file path or SQLAlchemy URL "
                   "(default: $COMMUNEDESK_DB or a file in the user data folder)")
    p.add_argument("--user", metavar="NAME", help="account name, once accounts exist "
                   "(password from $COMMUNEDESK_PASSWORD or a prompt)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.add_commands(sub)
    return p


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command; expected failures are reported, not raised."""
    try:
        check_command_files(args)
        return args.run(args) or 0
    except CommuneDeskError as exc:
        message = shown_safely(str(exc))
        first, _, rest = message.partition("\n")
        print(f"error: {first}", file=sys.stderr)
        if rest:
            print(rest, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing was written by the unfinished step", file=sys.stderr)
        return 130
    except EOFError:  # Ctrl-D or no input at a password or PIN prompt
        print("error: no input where the command asked for one; nothing was done", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `… | head`: the reader left; say nothing more to it
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
