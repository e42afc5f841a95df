"""`backup`: a consistent online backup. `restore`: put a backup in place, a safety copy kept."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from core.cli.common import add_output, open_db, prompt


def add_commands(sub) -> None:
    c = sub.add_parser("backup", help="consistent online backup")
    add_output(c, "--to", dest="target", metavar="FILE")
    c.set_defaults(run=cmd_backup)
    c = sub.add_parser("restore", help="restore a backup (a safety copy is kept)")
    c.add_argument("file")
    c.set_defaults(run=cmd_restore)


def cmd_backup(args) -> int:
    from core.auth import require
    from core.backup import take_backup
    from core.db import transaction

    db = open_db(args)
    try:
        with transaction(db.sessions, write=False) as s:
            require(s, "backup")
        path = take_backup(db, "manual", dest=args.target)
    finally:
        db.close()
    print(f"backup written: {path}")
    return 0


def cmd_restore(args) -> int:
    from core.auth import require
    from core.backup import RestoreFailed, check_backup_file, check_database, login_against_backup
    from core.db import transaction
    from core.restore import restore

    backup_file = Path(args.file)
    check = check_backup_file(backup_file)
    if not check.ok:
        raise RestoreFailed("restore.not_restored", why=check.problem)
    current = check_database(args.db)
    if current.ok:
        db = open_db(args)
        try:
            with transaction(db.sessions, write=False) as s:
                require(s, "restore")
            actor = db.user
        finally:
            db.close()
    else:
        print(f"note: {current.message.split('. ')[0]}: restoring without opening it", file=sys.stderr)
        actor = None
        if check.accounts:
            name = getattr(args, "user", None)
            if not name:
                raise RestoreFailed("restore.give_admin")
            password = os.environ.get("COMMUNEDESK_PASSWORD")
            if password is None:
                password = prompt(f"Password for {name}: ")
            actor = login_against_backup(backup_file, name, password)
    result = restore(args.db, backup_file, actor)
    print(f"restored {result.restored_from}")
    if result.safety_copy:
        print(f"safety copy of the previous database: {result.safety_copy}")
    for p in result.damaged_kept:
        print(f"damaged file kept: {p}")
    return 0
