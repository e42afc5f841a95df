"""CommuneDesk: `python main.py` opens the window; `python main.py [--db DB] COMMAND …` runs a command.

This file only parses arguments and dispatches: the commands live in core.cli, the window in gui.app.
"""
from __future__ import annotations

import argparse
import sys

IMPORT_KINDS = ["dossiers", "staff", "staffing", "equipment", "recommendations", "tasks", "training"]
PAGES = ["dashboard", "dossiers", "staff", "equipment", "recommendations", "reports", "settings", "tasks"]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="communedesk", description="CommuneDesk: dossiers, staff and monthly returns "
                                "of a commune People's Committee, offline.")
    p.add_argument("--db", metavar="TARGET", help="SQLite file path or SQLAlchemy URL "
                   "(default: $COMMUNEDESK_DB or a file in the user data folder)")
    p.add_argument("--user", metavar="NAME", help="account name, once accounts exist "
                   "(password from $COMMUNEDESK_PASSWORD or a prompt)")
    p.add_argument("--screenshot", metavar="OUT.png", help="open the window, save a picture of a page, exit")
    p.add_argument("--page", choices=PAGES, default="dashboard", help="page for --screenshot")
    p.add_argument("--size", default="1280x800", help="window size for --screenshot (WxH)")
    p.add_argument("--lang", choices=["vi", "en"], help="language of the window (default: the saved setting, vi)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("init", help="create or migrate the database and record the commune")
    c.add_argument("--commune", required=True)
    c.add_argument("--province", required=True)

    c = sub.add_parser("import", help="import an .xlsx or .csv register")
    c.add_argument("kind", choices=IMPORT_KINDS)
    c.add_argument("file")

    c = sub.add_parser("report", help="the return of a period as JSON, Excel and/or PDF")
    g = c.add_mutually_exclusive_group(required=True)
    g.add_argument("--month", metavar="YYYY-MM")
    g.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    c.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    c.add_argument("--json", metavar="OUT", help="'-' prints to stdout")
    c.add_argument("--xlsx", metavar="OUT")
    c.add_argument("--pdf", metavar="OUT")

    c = sub.add_parser("consolidate", help="sum many communes' return workbooks for the province")
    c.add_argument("returns", nargs="+", metavar="RETURN.xlsx")
    c.add_argument("--xlsx", metavar="OUT")
    c.add_argument("--pdf", metavar="OUT")
    c.add_argument("--json", metavar="OUT")

    c = sub.add_parser("backup", help="consistent online backup")
    c.add_argument("--to", dest="target", metavar="FILE")
    c = sub.add_parser("restore", help="restore a backup (a safety copy is kept)")
    c.add_argument("file")

    c = sub.add_parser("returns", help="finalise, amend, re-print a return; which finalised periods were edited since")
    c.add_argument("action", choices=["finalise", "amend", "reprint", "status"])
    g = c.add_mutually_exclusive_group()
    g.add_argument("--month", metavar="YYYY-MM")
    g.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    c.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    c.add_argument("--reason", help="why the return is amended (amend)")
    c.add_argument("--version", type=int, help="which version to re-print (default: the latest)")
    c.add_argument("--json", metavar="OUT", help="'-' prints to stdout")
    c.add_argument("--xlsx", metavar="OUT")
    c.add_argument("--pdf", metavar="OUT")

    c = sub.add_parser("audit", help="the audit trail, newest first, filtered; or exported")
    c.add_argument("--table")
    c.add_argument("--record", metavar="ID")
    c.add_argument("--by", dest="user_filter", metavar="NAME", help="changes made by this account")
    c.add_argument("--action", choices=["insert", "update", "delete", "import", "bulk_insert", "bulk_update",
                                        "bulk_delete", "login", "login_failed", "restore"])
    c.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    c.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    c.add_argument("--search", metavar="TEXT")
    c.add_argument("--limit", type=int, default=200)
    g = c.add_mutually_exclusive_group()
    g.add_argument("--csv", metavar="OUT")
    g.add_argument("--xlsx", metavar="OUT")

    c = sub.add_parser("user", help="manage accounts")
    c.add_argument("action", choices=["add", "list", "passwd", "disable"])
    c.add_argument("name", nargs="?")
    c.add_argument("--role", choices=["admin", "leader", "clerk", "viewer"])
    c.add_argument("--full-name")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from gui.app import run_gui

        return run_gui(args)
    from core.cli import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
