"""`init`: create or migrate the database and record the commune."""
from __future__ import annotations


def add_commands(sub) -> None:
    c = sub.add_parser("init", help="create or migrate the database and record the commune")
    c.add_argument("--commune", required=True, help='the commune or ward, e.g. "Xã Thượng Tín"')
    c.add_argument("--province", required=True, help='its province or city, e.g. "Thành phố Hà Nội"')
    c.set_defaults(run=cmd_init)


def cmd_init(args) -> int:
    from core.commune import init_database
    from core.db import describe

    db = init_database(args.db, args.commune, args.province)
    print(f"database ready: {describe(db.engine)}")
    db.close()
    return 0
