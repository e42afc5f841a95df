"""`consolidate`: sum many communes' return workbooks for the province (core.consolidate)."""
from __future__ import annotations

from core.cli.common import write_json


def add_commands(sub) -> None:
    c = sub.add_parser("consolidate", help="sum many communes' return workbooks for the province")
    c.add_argument("returns", nargs="+", metavar="RETURN.xlsx")
    c.add_argument("--xlsx", metavar="OUT")
    c.add_argument("--pdf", metavar="OUT")
    c.add_argument("--json", metavar="OUT")
    c.add_argument("--receiving-unit", metavar="TEXT",
                   help="to whom the consolidation goes (default: the office setting consolidation.receiving_unit "
                        "of --db when given, else the provincial Party standing committee)")
    c.set_defaults(run=cmd_consolidate)


def cmd_consolidate(args) -> int:
    from core.consolidate import ConsolidationError, consolidate, read_returns, write_consolidation

    if not (args.xlsx or args.pdf or args.json):
        raise ConsolidationError("consolidate.outputs")
    returns = read_returns(args.returns)
    data = consolidate(returns)
    user = getattr(args, "user", None)
    write_consolidation(data, xlsx=args.xlsx, pdf=args.pdf, user=user,
                        options=_options(args, data, user) if (args.xlsx or args.pdf) else None)
    if args.json:
        write_json(data, args.json)
    if args.json != "-":
        rated = [e for e in data["ranking"] if e["rank"] is not None]
        print(f"consolidated {len(returns)} returns for {data['period']['from']} to {data['period']['to']}"
              + (f"; first: {rated[0]['commune']} ({rated[0]['on_time_rate']}%)" if rated else ""))
    return 0


def _options(args, data: dict, user):
    """The document's options; the office setting is read only from a database named by --db."""
    from core.consolidate import province_options

    if args.receiving_unit or not getattr(args, "db", None):
        return province_options(data, user, receiving_unit=args.receiving_unit)
    from core.cli.common import open_db
    from core.db import transaction

    db = open_db(args)
    try:
        with transaction(db.sessions, write=False) as s:
            return province_options(data, user, session=s)
    finally:
        db.close()
