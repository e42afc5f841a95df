"""`report`: the return of a period as JSON, Excel and/or PDF. `returns`: finalise, amend or re-print
a return, and which finalised periods were edited since (core.finalise)."""
from __future__ import annotations

import sys
from pathlib import Path

from core.cli.common import (add_input, add_period_arguments, add_return_outputs, open_db, period_from_args, user_name,
                             write_json)
from core.errors import CommuneDeskError

RETURN_ACTIONS = ("finalise", "amend", "reprint", "status")


def add_commands(sub) -> None:
    c = sub.add_parser("report", help="the return of a period as JSON, Excel and/or PDF (a finalised period: "
                                      "the figures as submitted)")
    add_period_arguments(c, required=True)
    add_return_outputs(c)
    c.add_argument("--live", action="store_true",
                   help="a finalised period: the figures computed now, labelled as live, not those submitted")
    c.set_defaults(run=cmd_report)

    c = sub.add_parser("returns", help="finalise, amend, re-print a return; which finalised periods were edited since")
    c.add_argument("action", choices=RETURN_ACTIONS)
    add_period_arguments(c, required=False)
    c.add_argument("--reason", help="why the return is amended (amend)")
    c.add_argument("--version", type=int, help="which version to re-print (default: the latest)")
    add_return_outputs(c)
    c.add_argument("--sign", metavar="CERT", help="sign the PDF (finalise, amend): a .p12/.pfx file (password from "
                   "--pin-file, a prompt or $COMMUNEDESK_CERT_PASSWORD) or pkcs11:LIB[:TOKEN-LABEL[:KEY-LABEL]] (PIN "
                   "from --pin-file, a prompt or $COMMUNEDESK_PIN)")
    add_input(c, "--pin-file", metavar="FILE", help="the token's PIN or the certificate's password, on the first "
                   "line of FILE (better than the variable, which the shell that set it keeps)")
    c.add_argument("--package", metavar="OUT.cdpkg", help="write the return package for the province (finalise, "
                   "amend): the workbook, the PDF, the JSON and their manifest in one file")
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
    from core.finalise import return_data

    if not (args.json or args.xlsx or args.pdf):
        raise CommuneDeskError("cli.report_outputs")
    period = period_from_args(args)
    db = open_db(args)
    try:
        with transaction(db.sessions, write=False) as s:
            shown = return_data(s, period, live=args.live)
            _write_files(s, period, shown.data, args, user_name(db))
    finally:
        db.close()
    if args.json:
        write_json(shown.data, args.json)
    row = shown.finalised
    if row is not None:  # on stderr: stdout may be the JSON
        what = ("the live figures, not those submitted" if not shown.submitted
                else "the figures as submitted (--live for the live ones)")
        print(f"return {period.start}..{period.end} finalised (version {row.version}, "
              f"{row.finalised_at:%Y-%m-%d %H:%M}): {what}", file=sys.stderr)
    return 0


def cmd_returns(args) -> int:
    from core.db import transaction
    from core.finalise import edited_since_finalised, finalised_periods, latest, reprint, signature_of
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
                    signer = signature_of(r)
                    signed = f"\tsigned by {signer['name']} (serial {signer['serial']})" if signer else "\tunsigned"
                    print(f"{r.period_start}..{r.period_end}\tversion {r.version}\t{r.finalised_at:%Y-%m-%d %H:%M}\t"
                          f"{r.finalised_by or ''}\t{state}{signed}")
            return 0
        if args.pin_file and not args.sign:
            raise CommuneDeskError("sign.pin_file_without_sign")
        if (args.sign or args.package) and action not in ("finalise", "amend"):
            raise CommuneDeskError("sign.only_when_finalising")
        period = period_from_args(args)
        if action == "reprint":
            with transaction(db.sessions, write=False) as s:
                data = reprint(s, period, args.version)
                _write_files(s, period, data, args, user_name(db))
            if args.json:
                write_json(data, args.json)
            return 0
        return _submit(args, db, period)
    finally:
        db.close()


def cmd_assessment(args) -> int:
    import sys

    from core import assessment
    from core.db import transaction
    from core.return_sections import build_return

    period = period_from_args(args)
    db = open_db(args)
    try:
        if args.set_file:
            from core.json_input import JSONRefused, load_file, loads

            try:
                texts = loads(sys.stdin.buffer.read()) if args.set_file == "-" else load_file(args.set_file)
            except JSONRefused as e:
                raise CommuneDeskError("cli.assessment_json", error=e.problems[0]) from None
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


def _submit(args, db, period) -> int:
    """finalise / amend: the files made, the PDF signed (--sign), the package (--package), then the
    record stored; the files take their names only once it is (core.submission)."""
    from contextlib import nullcontext

    from core.finalise import period_text
    from core.signing import open_signer, parse_cert_spec
    from core.submission import Outputs, check_outputs, submit

    json_out = args.json if args.json and args.json != "-" else None
    outputs = Outputs(xlsx=_path(args.xlsx), pdf=_path(args.pdf), json=_path(json_out), package=_path(args.package))
    check_outputs(outputs, db)
    spec = parse_cert_spec(args.sign) if args.sign else None
    if spec is not None and not (outputs.pdf or outputs.package):
        raise CommuneDeskError("sign.needs_pdf")
    opened = open_signer(spec, signing_secret(spec, args.pin_file)) if spec is not None else nullcontext()
    with opened as key:
        result = submit(db, period, action=args.action, reason=args.reason, outputs=outputs, key=key,
                        user=user_name(db))
    if args.json == "-":
        write_json(result.data, "-")
    done = "finalised" if args.action == "finalise" else f"amended (replaces version {result.replaces})"
    line = f"return {period_text(period)} {done}: version {result.version}, sha256 {result.data_sha256[:16]}…"
    if result.signed is not None:
        c = result.signed.certificate
        line += f"; signed by {c.name} (serial {c.serial})"
    if outputs.package:
        line += f"; package {outputs.package}"
    print(line, file=sys.stderr if args.json == "-" else sys.stdout)
    return 0


def signing_secret(spec, pin_file=None) -> str:
    """The PIN or password: from --pin-file, else its variable (wiped from the environment once
    read), else typed on the terminal, never echoed nor kept."""
    from core.messages import Problem
    from core.signing import secret_from_environment, secret_from_file

    if pin_file:
        secret_from_environment(spec)  # a variable set as well is not left behind
        return secret_from_file(pin_file)
    secret = secret_from_environment(spec)
    if secret is not None:
        return secret
    if not sys.stdin or not sys.stdin.isatty():
        raise CommuneDeskError("sign.no_secret", what=Problem(spec.secret_code), variable=spec.variable)
    import getpass

    what = f"PIN for the token{' ' + spec.token if spec.token else ''}" if spec.kind == "pkcs11" else \
        f"Password for {Path(spec.path).name}"
    return getpass.getpass(f"{what}: ")


def _path(value) -> Path | None:
    return Path(value) if value else None


def _write_files(session, period, data, args, user) -> list[Path]:
    """The workbook and/or PDF asked for (none without --xlsx or --pdf)."""
    if not (args.xlsx or args.pdf):
        return []
    from core.exports import write_return_files

    return [Path(p) for p in write_return_files(session, period, data, xlsx=args.xlsx, pdf=args.pdf, user=user)]
