"""`audit`: the audit trail, newest first, filtered, or exported (core.audit); the actions are core.audit's."""
from __future__ import annotations

from core.cli.common import RegistryChoices, add_output, open_db, parse_iso


def actions() -> tuple[str, ...]:
    from core.audit import ACTIONS

    return ACTIONS


def add_commands(sub) -> None:
    c = sub.add_parser("audit", help="the audit trail, newest first, filtered; or exported")
    c.add_argument("--table")
    c.add_argument("--record", metavar="ID")
    c.add_argument("--by", dest="user_filter", metavar="NAME", help="changes made by this account")
    c.add_argument("--action", metavar="ACTION", choices=RegistryChoices(actions), help="%(choices)s")
    c.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    c.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    c.add_argument("--search", metavar="TEXT")
    c.add_argument("--limit", type=int, default=200)
    g = c.add_mutually_exclusive_group()
    add_output(c, "--csv", group=g)
    add_output(c, "--xlsx", group=g)
    c.set_defaults(run=cmd_audit)


def cmd_audit(args) -> int:
    """`audit [filters] [--csv OUT | --xlsx OUT]`: the trail, newest first (administrators, leaders)."""
    from core.audit import AuditFilter, audit_list, export_audit
    from core.db import transaction

    f = AuditFilter(table=args.table, record_id=args.record, user=args.user_filter, action=args.action,
                    since=parse_iso(args.start, "--from") if args.start else None,
                    until=parse_iso(args.end, "--to") if args.end else None, search=args.search)
    db = open_db(args)
    try:
        with transaction(db.sessions, write=False) as s:
            out = args.csv or args.xlsx
            if out:
                n = export_audit(s, out, f)
                print(f"{n} audit entries written to {out}")
                return 0
            for e in audit_list(s, f, limit=args.limit):
                change = f"{e.field}: {e.old_value!s} → {e.new_value!s}" if e.field and e.action in (
                    "insert", "update", "delete") else (e.field or "")
                print("\t".join(str(x) for x in (e.at, e.user_name or "-", e.action, e.table_name,
                                                  e.record_id or "", change, e.note or "")))
    finally:
        db.close()
    return 0
