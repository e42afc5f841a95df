"""`user add|list|passwd|disable`: the accounts (core.auth); the roles are core.auth's."""
from __future__ import annotations

from datetime import datetime

from core.cli.common import RegistryChoices, new_password, open_db
from core.errors import CommuneDeskError

USER_ACTIONS = ("add", "list", "passwd", "disable")


def roles() -> tuple[str, ...]:
    from core.auth import ROLES

    return ROLES


def add_commands(sub) -> None:
    c = sub.add_parser("user", help="manage accounts")
    c.add_argument("action", choices=USER_ACTIONS)
    c.add_argument("name", nargs="?")
    c.add_argument("--role", metavar="ROLE", choices=RegistryChoices(roles), help="%(choices)s")
    c.add_argument("--full-name")
    c.set_defaults(run=cmd_user)


def cmd_user(args) -> int:
    from core.auth import ROLES, create_user, disable_user, list_users, set_password
    from core.db import transaction

    db = open_db(args)
    try:
        action, name = args.action, args.name
        if action == "list":
            with transaction(db.sessions, write=False) as s:
                rows = list_users(s)
                for u in rows:
                    state = "active" if u.active else "disabled"
                    if u.locked_until and u.locked_until > datetime.now():
                        state = f"locked until {u.locked_until:%H:%M}"
                    print(f"{u.name}\t{u.role}\t{u.full_name or ''}\t{state}")
            if not rows:
                print("no accounts: single-clerk mode")
            return 0
        if action == "passwd" and not name:
            name = getattr(db.user, "name", None)
        if not name:
            raise CommuneDeskError("auth.user_needs_name", action=action)
        if action == "add":
            first = db.user is None
            role = args.role or ("admin" if first else None)
            if role is None:
                raise CommuneDeskError("auth.user_needs_role", roles=list(ROLES[:-1]), last=ROLES[-1])
            password = new_password(name, allow_login_variable=first)
            with transaction(db.sessions) as s:
                row = create_user(s, name, password, role, args.full_name)
            print(f"account {row.name} added ({row.role})")
            if first:
                print("accounts now exist: log in with --user NAME from now on")
        elif action == "passwd":
            password = new_password(name, allow_login_variable=False)
            with transaction(db.sessions) as s:
                row = set_password(s, name, password)
            print(f"password of {row.name} changed")
        elif action == "disable":
            with transaction(db.sessions) as s:
                row = disable_user(s, name)
            print(f"account {row.name} disabled")
        return 0
    finally:
        db.close()
