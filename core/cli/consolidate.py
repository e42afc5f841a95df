"""`consolidate`: sum many communes' returns, workbooks or signed packages, for the province
(core.consolidate): packages checked against the trusted roots (--trust), unsigned ones only with
--allow-unsigned, those signed with another unit's certificate only with --allow-other-unit, the
later version of a commune winning, the same package given twice counted once; --communes names
who has not reported."""
from __future__ import annotations

from core.cli.common import add_input, add_output, write_json


def add_commands(sub) -> None:
    c = sub.add_parser("consolidate", help="sum many communes' returns (workbooks or signed packages) for the province")
    add_input(c, "returns", nargs="+", metavar="RETURN.xlsx|PACKAGE.cdpkg",
              help="return workbooks, return packages, or folders holding them")
    add_output(c, "--xlsx")
    add_output(c, "--pdf")
    add_output(c, "--json")
    c.add_argument("--receiving-unit", metavar="TEXT",
                   help="to whom the consolidation goes (default: the office setting consolidation.receiving_unit "
                        "of --db when given, else the provincial Party standing committee)")
    add_input(c, "--trust", metavar="CA.pem", action="append", default=[],
              help="the root certificates the packages' signatures must chain to (may be given several times)")
    c.add_argument("--allow-unsigned", action="store_true",
                   help="accept packages that are not signed (marked so in the consolidation)")
    c.add_argument("--allow-other-unit", action="store_true",
                   help="accept packages signed with a certificate that does not name their commune in its "
                        "organisation, unit or locality (marked so in the consolidation)")
    add_input(c, "--communes", metavar="LIST.csv",
              help="the province's communes, one per row: the consolidation names those that have not reported")
    c.set_defaults(run=cmd_consolidate)


def cmd_consolidate(args) -> int:
    from core.consolidate import (ConsolidationError, consolidate, read_communes_list, read_returns,
                                  write_consolidation)
    from core.signing import load_trust

    if not (args.xlsx or args.pdf or args.json):
        raise ConsolidationError("consolidate.outputs")
    trust = load_trust(args.trust)
    listed = read_communes_list(args.communes) if args.communes else None
    returns = read_returns(args.returns, trust=trust, allow_unsigned=args.allow_unsigned,
                           allow_other_unit=args.allow_other_unit)
    data = consolidate(returns, listed)
    user = getattr(args, "user", None)
    write_consolidation(data, xlsx=args.xlsx, pdf=args.pdf, user=user,
                        options=_options(args, data, user) if (args.xlsx or args.pdf) else None)
    if args.json:
        write_json(data, args.json)
    if args.json != "-":
        rated = [e for e in data["ranking"] if e["rank"] is not None]
        print(f"consolidated {len(returns)} returns for {data['period']['from']} to {data['period']['to']}"
              + (f"; first: {rated[0]['commune']} ({rated[0]['on_time_rate']}%)" if rated else ""))
        for s in data.get("superseded", []):
            print(f"{s['commune']}: {s['replaced_by']['file']} (version {s['replaced_by']['version']}) replaces "
                  f"{s['file']} (version {s['version']})")
        for d in data.get("duplicates", []):
            print(f"{d['file']}: the same package as {d['same_as']}, counted once" if d["file"] != d["same_as"]
                  else f"{d['file']}: given twice, counted once")
        if data.get("unsigned_packages"):
            print(f"accepted unsigned: {', '.join(data['unsigned_packages'])}")
        for o in data.get("other_unit_signers", []):
            print(f"accepted signed for another unit: {o['commune']}, signed by {o['signer']} "
                  f"({', '.join(o['units']) or 'no unit named'})")
        if "missing_communes" in data:
            missing = data["missing_communes"]
            print(f"not reported: {len(missing)}" + (f" ({', '.join(missing)})" if missing else ""))
        if data.get("unlisted_communes"):
            print(f"not on the list: {', '.join(data['unlisted_communes'])}")
        if data.get("repeated_communes"):
            print(f"named more than once on the list (counted once): {', '.join(data['repeated_communes'])}")
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
