"""`report`: the return of a period as JSON, Excel and/or PDF. `returns`: finalise, amend or re-print
a return, and which finalised periods were edited since (core.finalise)."""
from __future__ import annotations

from pathlib import Path

from core.cli.common import (add_period_arguments, add_return_outputs, open_db, period_from_args, user_name,
                             write_json)
from core.errors import CommuneDeskError

RETURN_ACTIONS = ("finalise", "amend", "reprint", "status")


def add_commands(sub) -> None:
    c = sub.add_parser("report", help="the return of a period as JSON, Excel and/or PDF")
    add_period_arguments(c, required=True)
    add_return_outputs(c)
    c.set_defaults(run=cmd_report)

    c = sub.add_parser("returns", help="finalise, amend, re-print a return; which finalised periods were edited since")
    c.add_argument("action", choices=RETURN_ACTIONS)
    add_period_arguments(c, required=False)
    c.add_argument("--reason", help="why the return is amended (amend)")
    c.add_argument("--version", type=int, help="which version to re-print (default: the latest)")
    add_return_outputs(c)
    c.set_defaults(run=cmd_returns)

    c = sub.add_parser("assessment", help="the return's assessment (kết quả, tồn tại, nguyên nhân, phương hướng, "
                                          "kiến nghị): print it, or save the text the return prints")
    add_period_arguments(c, required=True)
    c.add_argument("--set", metavar="FILE", dest="set_file",
                   help='save the sections from a JSON file ({"achievements": "...", ...}; "-": stdin); '
                        "sections left out keep their text")
    c.add_argument("--draft", action="store_true", help="print the draft made from the figures, not the saved text")
    c.add_argument("--json", metavar="OUT", help="write the sections as JSON ('-': stdout) instead of as text")
    c.set_defaults(run=cmd_assessment)


def cmd_report(args) -> int:
    from core.db import transaction
    from core.return_sections import build_return

    if not (args.json or args.xlsx or args.pdf):
        raise CommuneDeskError("cli.report_outputs")
    period = period_from_args(args)
    db = open_db(args)
    try:
        with transaction(db.sessions, write=False) as s:
            data = build_return(s, period)
            _write_files(s, period, data, args, user_name(db))
    finally:
        db.close()
    if args.json:
        write_json(data, args.json)
    return 0


def cmd_returns(args) -> int:
    from core.auth import require
    from core.db import transaction
    from core.finalise import (amend, edited_since_finalised, finalise, finalised_periods, latest, period_text,
                               reprint)
    from core.return_sections import build_return
    from core.returns import Period

    action = args.action
    db = open_db(args)
    try:
        if action == "status":
            with transaction(db.sessions, write=False) as s:
                rows = [latest(s, period_from_args(args))] if (args.month or args.start) else finalised_periods(s)
                rows = [r for r in rows if r is not None]
                if not rows:
                    print("no finalised return")
                for r in rows:
                    check = edited_since_finalised(s, Period(r.period_start, r.period_end))
                    state = (f"EDITED SINCE: {len(check.differences)} figures differ ({', '.join(check.differences[:5])})"
                             if check.touched else "unchanged since")
                    print(f"{r.period_start}..{r.period_end}\tversion {r.version}\t{r.finalised_at:%Y-%m-%d %H:%M}\t"
                          f"{r.finalised_by or ''}\t{state}")
            return 0
        period = period_from_args(args)
        if action == "reprint":
            with transaction(db.sessions, write=False) as s:
                data = reprint(s, period, args.version)
                _write_files(s, period, data, args, user_name(db))
            if args.json:
                write_json(data, args.json)
            return 0
        # Build and write the files in a read transaction; store them in a short write one.
        with transaction(db.sessions, write=False) as s:
            require(s, "returns")
            if action == "finalise" and latest(s, period) is not None:
                finalise(s, period)  # raises AlreadyFinalised with the date and version
            data = build_return(s, period)
            files = _write_files(s, period, data, args, user_name(db))
        if args.json:
            write_json(data, args.json)
            if args.json != "-":
                files.append(Path(args.json))
        with transaction(db.sessions) as s:
            row = finalise(s, period, data, files) if action == "finalise" else amend(s, period, args.reason, data, files)
        print(f"return {period_text(period)} finalised: version {row.version}, sha256 {row.data_sha256[:16]}…")
        return 0
    finally:
        db.close()


def cmd_assessment(args) -> int:
    import json
    import sys

    from core import assessment
    from core.db import transaction
    from core.return_sections import build_return

    period = period_from_args(args)
    db = open_db(args)
    try:
        if args.set_file:
            text = sys.stdin.read() if args.set_file == "-" else Path(args.set_file).read_text(encoding="utf-8")
            try:
                texts = json.loads(text)
            except ValueError as e:
                raise CommuneDeskError("cli.assessment_json", error=str(e)) from None
            if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
                raise CommuneDeskError("cli.assessment_json", error="an object of texts")
            with transaction(db.sessions) as s:
                texts = assessment.save(s, period, texts)
            label = "saved"
        else:
            with transaction(db.sessions, write=False) as s:
                saved = None if args.draft else assessment.stored(s, period)
                texts = saved if saved is not None else assessment.draft_for(s, period, build_return(s, period))
            label = "saved" if saved is not None else "draft from the figures"
    finally:
        db.close()
    if args.json:
        write_json(texts, args.json)
        return 0
    print(f"# assessment {period.start:%d/%m/%Y}–{period.end:%d/%m/%Y} ({label})")
    for key, title in assessment.SECTIONS:
        print(f"\n## {title} [{key}]")
        print(texts.get(key) or "-")
    return 0


def _write_files(session, period, data, args, user) -> list[Path]:
    """The workbook and/or PDF asked for (none without --xlsx or --pdf)."""
    if not (args.xlsx or args.pdf):
        return []
    from core.exports import write_return_files

    return [Path(p) for p in write_return_files(session, period, data, xlsx=args.xlsx, pdf=args.pdf, user=user)]
