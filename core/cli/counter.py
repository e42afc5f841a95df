"""The counter from the command line (interfaces.md): `dossier add|show|act`, `slip` (Mẫu 01–06 of a
dossier) and `book` (Mẫu 07 of a period). Each calls the same services as the window
(core.dossiers, core.slips, core.book); a step the rules refuse exits 1 with the rule in one line."""
from __future__ import annotations

import sys
from datetime import date, datetime

from core import clock
from core.cli.common import add_period_arguments, open_db, parse_iso, period_from_args, user_name, write_json
from core.errors import CommuneDeskError
from core.vocab import LATE_CAUSE

# The actions as typed (interfaces.md) → the state machine's steps.
ACTIONS = {"assign": "assign", "request-supplement": "request_supplement", "supply": "supply",
           "apologize": "apologize", "return": "return", "reject": "reject", "withdraw": "withdraw",
           "refuse": "refuse"}
# Not a step: records only why a late or overdue dossier is late (--cause).
CAUSE_ONLY = "late-cause"
FORMS = ("01", "02", "03", "04", "05", "06")


def add_commands(sub) -> None:
    c = sub.add_parser("dossier", help="the counter: take a dossier in, show it, take one step of it")
    dsub = c.add_subparsers(dest="dossier_command", metavar="ACTION", required=True)

    a = dsub.add_parser("add", help="take a dossier in; prints its code")
    a.add_argument("--procedure", required=True, metavar="NAME", help="a procedure of the catalogue (any part of "
                   "its name, with or without diacritics, if only one matches)")
    a.add_argument("--applicant", required=True, metavar="NAME")
    a.add_argument("--id-number", metavar="N")
    a.add_argument("--phone", metavar="P")
    a.add_argument("--address", metavar="A")
    a.add_argument("--email", metavar="E")
    a.add_argument("--channel", choices=("online", "direct", "postal"), default="direct")
    a.add_argument("--field", metavar="F", help="the field it is counted under (default: the procedure's)")
    a.add_argument("--handler", metavar="NAME", help="a staff member in post")
    a.add_argument("--at", metavar="WHEN", help='the moment of receipt, "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" '
                   "(default now; never in the future)")
    a.add_argument("--doc", action="append", metavar="SPEC", default=[],
                   help="a document handed in: a number of the procedure's checklist or its name (any part, "
                   "with or without diacritics, if only one matches), or +NAME for a document not on it; "
                   "optionally NAME|original|copy|certified_copy|COPIES; repeat it. Without --doc every "
                   "document of the checklist is taken as handed in; with it, the others as missing")
    a.add_argument("--copies", type=int, default=1, metavar="N", help="sets of the dossier (Số lượng hồ sơ)")
    a.add_argument("--delivery", choices=("counter", "postal", "online"),
                   help="where the result is received (default: by the channel)")
    a.add_argument("--appointment-time", metavar="HH:MM", help="the appointment's time of day (default: the "
                   "office's, Cài đặt)")
    a.add_argument("--representative", metavar="NAME", help="the authorised person handing it in")
    a.add_argument("--rep-id-number", metavar="N")
    a.add_argument("--rep-address", metavar="A")
    a.add_argument("--rep-phone", metavar="P")
    a.add_argument("--rep-email", metavar="E")
    a.add_argument("--rep-document", metavar="TEXT", help="the authorisation, e.g. its number and date")
    a.add_argument("--note", metavar="TEXT")
    a.add_argument("--official-code", metavar="C", help="the provincial system's code, when it gave one")
    a.set_defaults(run=cmd_add)

    s = dsub.add_parser("show", help="one dossier, as text or JSON")
    s.add_argument("code")
    s.add_argument("--json", metavar="OUT", help="'-' prints to stdout")
    s.set_defaults(run=cmd_show)

    e = dsub.add_parser("edit", help="correct what the counter recorded at intake (as the form's Lưu does)")
    e.add_argument("code")
    e.add_argument("--applicant", metavar="NAME")
    e.add_argument("--id-number", metavar="N")
    e.add_argument("--phone", metavar="P")
    e.add_argument("--address", metavar="A")
    e.add_argument("--email", metavar="E")
    e.add_argument("--channel", choices=("online", "direct", "postal"))
    e.add_argument("--note", metavar="TEXT", help="the dossier's note (replaces it; '' clears it)")
    e.add_argument("--official-code", metavar="C", help="the provincial system's code of a dossier taken in "
                   "offline (given once; the system's export then links by it)")
    e.set_defaults(run=cmd_edit)

    t = dsub.add_parser("act", help="one step of the dossier's state machine")
    t.add_argument("code")
    t.add_argument("action", choices=(*ACTIONS, CAUSE_ONLY), metavar="ACTION",
                   help="%(choices)s (late-cause: no step, only --cause)")
    t.add_argument("--at", metavar="WHEN", help="the moment of the step (default now); entered late, never "
                   "before the previous step nor in the future")
    t.add_argument("--reason", metavar="TEXT", help="why (printed on the form): request-supplement, apologize, "
                   "reject, refuse, withdraw")
    t.add_argument("--note", metavar="TEXT", help="a note of a step that has no reason")
    t.add_argument("--new-due", metavar="YYYY-MM-DD", help="apologize: the new date promised")
    t.add_argument("--second-time", metavar="REASON", help="request-supplement: why a supplement is asked for "
                   "again (a second request is otherwise refused)")
    t.add_argument("--item", action="append", default=[], metavar="TEXT", help="request-supplement: what to "
                   "supply or complete; repeat it (default: the documents missing at intake)")
    t.add_argument("--handler", metavar="NAME", help="assign: the staff member")
    t.add_argument("--refunded-fee", type=int, metavar="DONG", help="withdraw: the fees refunded (đồng)")
    t.add_argument("--cause", metavar="CODE", help="why the dossier is late: " + ", ".join(LATE_CAUSE.codes())
                   + " (or its Vietnamese label); 'none' clears it")
    t.set_defaults(run=cmd_act)

    c = sub.add_parser("slip", help="a counter form of a dossier (Mẫu 01-06), dated by its event")
    c.add_argument("code")
    c.add_argument("--form", required=True, choices=FORMS, metavar="NN", help="%(choices)s")
    c.add_argument("--pdf", required=True, metavar="OUT")
    c.add_argument("--request", type=int, metavar="N", help="Mẫu 02: which supplement request (default the last)")
    c.set_defaults(run=cmd_slip)

    c = sub.add_parser("book", help="Mẫu 07, the dossier-tracking book of a period")
    add_period_arguments(c, required=True)
    c.add_argument("--pdf", required=True, metavar="OUT")
    c.add_argument("--xlsx", metavar="OUT")
    c.add_argument("--field", metavar="F", help="the book of one field")
    c.set_defaults(run=cmd_book)


# ---------------------------------------------------------------- reading the arguments
def parse_moment(text: str | None, option: str = "--at") -> date | datetime | None:
    """'YYYY-MM-DD HH:MM' (or with a T) → datetime; 'YYYY-MM-DD' → date."""
    if text is None:
        return None
    value = text.strip()
    if len(value) > 10:
        try:
            moment = datetime.fromisoformat(value.replace("T", " "))
        except ValueError:
            raise CommuneDeskError("cli.not_a_moment", option=option, value=text) from None
        if moment.tzinfo is not None:  # the register keeps the office's local time, never an offset
            raise CommuneDeskError("cli.not_a_moment", option=option, value=text)
        return moment
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommuneDeskError("cli.not_a_moment", option=option, value=text) from None


def _time_of_day(text: str | None):
    if text is None:
        return None
    from core.settings import TIME

    try:
        return TIME.check(text)
    except ValueError:
        raise CommuneDeskError("cli.not_a_time", option="--appointment-time", value=text) from None


def find_procedure_named(session, name: str):
    """The procedure whose name is `name` (case and diacritics ignored), else the one whose name
    contains it; several or none is refused, naming them."""
    from core.catalogue import find_procedure, list_procedures

    exact = find_procedure(session, name)
    if exact is not None:
        return exact
    found = list_procedures(session, search=name)
    if len(found) == 1:
        return found[0]
    if not found:
        raise CommuneDeskError("cli.unknown_procedure", name=name)
    raise CommuneDeskError("cli.several_procedures", name=name, names=[p.name for p in found[:5]])


def find_staff_named(session, name: str) -> int:
    from sqlalchemy import select

    from core.formatting import fold
    from core.models import Staff

    found = list(session.scalars(select(Staff.id).where(Staff.name_key == fold(name))))
    if len(found) != 1:
        raise CommuneDeskError("cli.unknown_staff" if not found else "cli.several_staff", name=name)
    return found[0]


def documents_from_specs(procedure, specs: list[str]):
    """--doc SPEC … → the dossier's document lines: the checklist with the named ones ticked, then the
    others named. No --doc: None (the whole checklist handed in)."""
    from core.dossiers import DocumentLine, checklist
    from core.vocab import DOCUMENT_FORM

    if not specs:
        return None
    lines = checklist(procedure)
    for line in lines:
        line.received = False
    extra = []
    for spec in specs:
        name, *rest = [part.strip() for part in spec.split("|")]
        form = copies = None
        for part in rest:
            if part.isdigit():
                copies = int(part)
            elif part:
                form = DOCUMENT_FORM.parse(part)
                if form is None:
                    raise CommuneDeskError("cli.not_a_document_form", value=part)
        if name.startswith("+") and name[1:].strip():
            line = DocumentLine(name[1:].strip())
            extra.append(line)
        elif name.isdigit() and 1 <= int(name) <= len(lines):
            line = lines[int(name) - 1]
        else:
            line = checklist_line(lines, name)
        line.received = True
        line.form = form or line.form
        line.copies = copies or line.copies
    return lines + extra


def checklist_line(lines, name: str):
    """The checklist's line named `name` as --procedure finds a procedure: the whole name (case and
    diacritics ignored), else the one line whose name contains it; several or none is refused, naming
    the choices."""
    from core.formatting import fold

    key = fold(name)
    exact = [x for x in lines if fold(x.name) == key]
    found = exact or [x for x in lines if key and key in fold(x.name)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise CommuneDeskError("cli.unknown_document", name=name, names=[x.name for x in lines])
    raise CommuneDeskError("cli.several_documents", name=name, names=[x.name for x in found])


# ---------------------------------------------------------------- the commands
def cmd_add(args) -> int:
    from core.db import transaction
    from core.dossiers import Applicant, Representative, intake, step_moment

    db = open_db(args)
    try:
        with transaction(db.sessions) as s:
            proc = find_procedure_named(s, args.procedure)
            handler_id = find_staff_named(s, args.handler) if args.handler else None
            at = parse_moment(args.at)
            now = clock.now()
            d = intake(s, procedure_id=proc.id, received_at=step_moment(at, now), now=now,
                       applicant=Applicant(args.applicant, args.id_number, args.phone, args.address, args.email),
                       representative=Representative(args.representative, args.rep_id_number, args.rep_address,
                                                     args.rep_phone, args.rep_email, args.rep_document),
                       channel=args.channel, field=args.field, handler_id=handler_id,
                       documents=documents_from_specs(proc, args.doc), copies=args.copies,
                       result_delivery=args.delivery, appointment_time=_time_of_day(args.appointment_time),
                       notes=args.note, user=user_name(db), official_code=args.official_code)
            code = d.code
    finally:
        db.close()
    print(code)
    return 0


def cmd_show(args) -> int:
    from core.db import transaction
    from core.dossiers import dossier_by_code, dossier_json

    db = open_db(args)
    try:
        with transaction(db.sessions, write=False) as s:
            data = dossier_json(dossier_by_code(s, args.code))
    finally:
        db.close()
    if args.json:
        write_json(data, args.json)
        return 0
    sys.stdout.write(summary_text(data))
    return 0


def summary_text(data: dict) -> str:
    """`dossier show` without --json: the dossier in a few lines, then its steps."""
    from core.vocab import DOSSIER_EVENT, DOSSIER_STATUS

    a = data["applicant"]
    lines = [f"{data['code']}  {DOSSIER_STATUS.label(data['status'], 'en')}",
             f"official code: {data['official_code'] or '-'}",
             f"procedure: {data['procedure']} ({data['field']})",
             f"applicant: {a['name'] or ''}" + (f", ID {a['id_number']}" if a["id_number"] else ""),
             f"{'presented' if data['status'] == 'refused' else 'received'}: {data['received_at']}  "
             f"due: {data['due_date'] or '-'}  appointment: {data['appointment_at'] or '-'}"]
    if data["book"]:
        b = data["book"]
        lines.append(f"book: volume {b['volume']}/{b['year']}, number {b['number']}")
    if data["completed_on"]:
        lines.append(f"closed: {data['completed_on']}")
    if data["late_cause"]:
        lines.append(f"late cause: {LATE_CAUSE.label(data['late_cause'], 'en')}")
    if data["apology_new_date"]:
        lines.append(f"apology, new date: {data['apology_new_date']}")
    for e in data["events"]:
        note = f"  {e['note']}" if e["note"] else ""
        lines.append(f"  {e['at']}  {DOSSIER_EVENT.label(e['action'], 'en')}{note}")
    return "\n".join(lines) + "\n"


def cmd_edit(args) -> int:
    from core.db import transaction
    from core.dossiers import Applicant, dossier_by_code, update_details

    db = open_db(args)
    try:
        with transaction(db.sessions) as s:
            d = dossier_by_code(s, args.code)
            given = {k: getattr(args, k) for k in ("applicant", "id_number", "phone", "address", "email")}
            applicant = None
            if any(v is not None for v in given.values()):
                # What is not given stays as recorded.
                applicant = Applicant(
                    name=d.applicant_name if given["applicant"] is None else given["applicant"],
                    id_number=d.applicant_id_number if given["id_number"] is None else given["id_number"],
                    phone=d.applicant_phone if given["phone"] is None else given["phone"],
                    address=d.applicant_address if given["address"] is None else given["address"],
                    email=d.applicant_email if given["email"] is None else given["email"])
            update_details(s, d.id, applicant=applicant, channel=args.channel, notes=args.note,
                           official_code=args.official_code, user=user_name(db))
            shown = (d.code, d.official_code or "")
    finally:
        db.close()
    print("\t".join(shown))
    return 0


def cmd_act(args) -> int:
    from core.db import transaction
    from core.dossiers import dossier_by_code, set_late_cause, step_moment, transition

    if args.reason and args.note:
        raise CommuneDeskError("cli.reason_or_note")
    if args.action == CAUSE_ONLY and not args.cause:
        raise CommuneDeskError("cli.cause_needed")
    db = open_db(args)
    try:
        with transaction(db.sessions) as s:
            d = dossier_by_code(s, args.code)
            at = parse_moment(args.at)
            now = clock.now()
            if args.action != CAUSE_ONLY:
                handler_id = find_staff_named(s, args.handler) if args.handler else None
                transition(s, d.id, ACTIONS[args.action], on=at, note=args.reason or args.note,
                           user=user_name(db), handler_id=handler_id,
                           new_date=parse_iso(args.new_due, "--new-due") if args.new_due else None,
                           items="\n".join(args.item) or None, second_time=args.second_time,
                           refunded_fee=args.refunded_fee, now=now)
            if args.cause:
                # The cause belongs to the step's moment (a return entered late is late on its day).
                set_late_cause(s, d.id, None if args.cause.lower() == "none" else args.cause,
                               user=user_name(db), on=step_moment(at, now), now=now)
            status = d.status
    finally:
        db.close()
    print(f"{args.code}\t{status}")
    return 0


def cmd_slip(args) -> int:
    from core.db import transaction
    from core.dossiers import dossier_by_code
    from core.slips import write_slip_file

    db = open_db(args)
    try:
        with transaction(db.sessions, write=False) as s:
            d = dossier_by_code(s, args.code)
            path = write_slip_file(s, d.id, args.form, args.pdf, nth=args.request)
    finally:
        db.close()
    print(path)
    return 0


def cmd_book(args) -> int:
    from core.book import write_book
    from core.db import transaction

    period = period_from_args(args)
    if args.xlsx and args.xlsx == args.pdf:
        raise CommuneDeskError("cli.same_output", path=args.pdf)
    db = open_db(args)
    try:
        with transaction(db.sessions, write=False) as s:
            book = write_book(s, period, pdf=args.pdf, xlsx=args.xlsx, field=args.field)
    finally:
        db.close()
    print(f"{len(book.lines)} dossiers")
    return 0
