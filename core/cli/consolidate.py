"""`consolidate`: sum many communes' return workbooks for the province (core.consolidate)."""
from __future__ import annotations

from core.cli.common import add_input, add_output, write_json


def add_commands(sub) -> None:
    c = sub.add_parser("consolidate", help="sum many communes' return workbooks for the province")
    add_input(c, "returns", nargs="+", metavar="RETURN.xlsx")
    add_output(c, "--xlsx")
    add_output(c, "--pdf")
    add_output(c, "--json")
    c.set_defaults(run=cmd_consolidate)


def cmd_consolidate(args) -> int:
    from core.consolidate import ConsolidationError, consolidate, read_returns, write_consolidation

    if not (args.xlsx or args.pdf or args.json):
        raise ConsolidationError("consolidate.outputs")
    returns = read_returns(args.returns)
    data = consolidate(returns)
    write_consolidation(data, xlsx=args.xlsx, pdf=args.pdf, user=getattr(args, "user", None))
    if args.json:
        write_json(data, args.json)
    if args.json != "-":
        rated = [e for e in data["ranking"] if e["rank"] is not None]
        print(f"consolidated {len(returns)} returns for {data['period']['from']} to {data['period']['to']}"
              + (f"; first: {rated[0]['commune']} ({rated[0]['on_time_rate']}%)" if rated else ""))
    return 0
