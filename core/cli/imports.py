"""`import KIND FILE [--profile NAME | --map MAPPING.json]`: a register from an .xlsx, .csv or .json
file; the kinds are core.imports' registry. `profile list|export|save|delete`: the layouts of other
systems' exports (core.imports.profiles), built in or saved by the office."""
from __future__ import annotations

from core.cli.common import RegistryChoices, open_db, user_name, write_json

PROFILE_ACTIONS = ("list", "export", "save", "delete")


def import_kinds() -> list[str]:
    from core.imports import import_kinds

    return import_kinds()


def add_commands(sub) -> None:
    c = sub.add_parser("import", help="import an .xlsx, .csv or .json register")
    c.add_argument("kind", metavar="KIND", choices=RegistryChoices(import_kinds), help="%(choices)s")
    c.add_argument("file")
    layout = c.add_mutually_exclusive_group()
    layout.add_argument("--profile", metavar="NAME", help="dossiers: read the file as this profile "
                        "(communedesk, opencps or a saved one; default: recognised from the headers)")
    layout.add_argument("--map", metavar="MAPPING.json", help="dossiers: read the file with this column mapping")
    c.set_defaults(run=cmd_import)

    p = sub.add_parser("profile", help="import profiles: the layouts of other systems' exports")
    p.add_argument("action", choices=PROFILE_ACTIONS)
    p.add_argument("name", nargs="?", help="the profile (export, delete), or the mapping file (save)")
    p.add_argument("--json", metavar="OUT", default="-", help="export: write the mapping here (default: stdout)")
    p.add_argument("--name", dest="new_name", metavar="NAME", help="save: the name to save it under")
    p.add_argument("--replace", action="store_true", help="save: overwrite a saved profile of that name")
    p.set_defaults(run=cmd_profile)


def cmd_import(args) -> int:
    from core.imports import run_import

    profile = args.profile
    if args.map:
        from core.imports.profiles import read_mapping

        profile = read_mapping(args.map, args.kind)
    db = open_db(args)
    try:
        result = run_import(args.kind, db, args.file, user=user_name(db), profile=profile)
    finally:
        db.close()
    print(result.summary())
    return 0


def cmd_profile(args) -> int:
    from core.db import transaction
    from core.errors import CommuneDeskError
    from core.imports import profiles

    if args.action != "list" and not args.name:
        raise CommuneDeskError("profile.give_name", action=args.action)
    db = open_db(args)
    try:
        if args.action == "list":
            with transaction(db.sessions, write=False) as s:
                for p in profiles.all_profiles(s):
                    print(f"{p.name}\t{'built-in' if p.builtin else 'saved'}\t{p.dates or ''}")
        elif args.action == "export":
            with transaction(db.sessions, write=False) as s:
                p = profiles.find_profile(s, args.name)
            write_json(p.to_json(), args.json)
        elif args.action == "save":
            p = profiles.read_mapping(args.name)
            if args.new_name:
                p.name = args.new_name
            with transaction(db.sessions) as s:
                profiles.save_profile(s, p, user=user_name(db), replace_existing=args.replace)
            print(f"profile {p.name} saved")
        else:
            with transaction(db.sessions) as s:
                profiles.delete_profile(s, args.name)
            print(f"profile {args.name} deleted")
        return 0
    finally:
        db.close()
