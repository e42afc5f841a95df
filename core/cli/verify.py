"""`verify PACKAGE|PDF [--trust CA.pem]`: is the signature valid, who signed, when, did the file
change after signing, does the chain reach a trusted root (core.packages, core.signing; offline).

Exit status: 0 valid; 3 not valid (a broken or missing signature, a file changed after signing, a
certificate that does not chain to the trusted roots, has expired or is not for signing, a package
whose files or manifest do not match); 4 intact and unchanged, but the chain was not checked (no
--trust given); 1 the file could not be checked (missing, neither a PDF nor a package, an unreadable
trust file); 2 a usage error (argparse).
"""
from __future__ import annotations

import sys

from core.cli.common import add_input, add_output, write_json

EXIT_VALID, EXIT_INVALID, EXIT_UNVERIFIED = 0, 3, 4


def add_commands(sub) -> None:
    c = sub.add_parser("verify", help="check a return package or a signed PDF: signature, signer, changes, trust")
    add_input(c, "file", metavar="PACKAGE|PDF")
    add_input(c, "--trust", metavar="CA.pem", action="append", default=[],
                   help="the trusted root certificates (PEM or DER; may be given several times)")
    add_output(c, "--json", metavar="OUT", help="the result as JSON ('-' prints to stdout)")
    c.set_defaults(run=cmd_verify)


def cmd_verify(args) -> int:
    from core.packages import check_file
    from core.signing import load_trust

    trust = load_trust(args.trust)
    check = check_file(args.file, trust)
    if args.json:
        write_json(check.to_json(), args.json)
    if args.json != "-":
        for line in report_lines(check):
            print(line)
    return {"valid": EXIT_VALID, "unverified": EXIT_UNVERIFIED}.get(check.status, EXIT_INVALID)


def report_lines(check) -> list[str]:
    """The check as a clerk reads it on the terminal (English, as every command speaks)."""
    from core.messages import ENGLISH
    from core.packages import fmt_serial

    word = {"valid": "VALID", "unverified": "INTACT, CHAIN NOT CHECKED"}.get(check.status, "NOT VALID")
    lines = [f"{check.name}: {word}"]
    if check.facts is not None:
        f = check.facts
        what = f"{f.commune} ({f.province}), {f.period_from:%d/%m/%Y}–{f.period_to:%d/%m/%Y}, version {f.version}"
        if f.replaces:
            what += f", replaces version {f.replaces}" + (f" ({f.reason})" if f.reason else "")
        lines.append(f"  return: {what}")
    sig = check.signature
    if sig is not None and sig.certificate is not None:
        c = sig.certificate
        lines.append(f"  signed by: {c.name}" + (f", {c.organisation}" if c.organisation else ""))
        for other in check.other_signatures:  # a return carries one: each is also a problem below
            o = other.certificate
            lines.append(f"  also signed by: {o.name if o else '?'}" + (f", {o.organisation}" if o and o.organisation
                                                                         else "") + " (after the approval)")
        lines.append(f"  certificate: serial {fmt_serial(c.serial)}, issued by {c.issuer}, "
                     f"valid {c.not_before:%d/%m/%Y}–{c.not_after:%d/%m/%Y}"
                     + (" (OUT OF ITS VALIDITY)" if any(p.code in ("verify.expired", "verify.not_yet_valid")
                                                        for p in sig.problems) else ""))
        if sig.signed_at:
            lines.append(f"  signed at: {sig.signed_at:%d/%m/%Y %H:%M:%S} (the signer's clock)")
        changed = not (sig.intact and sig.covers_whole_file)
        lines.append(f"  changed after signing: {'YES' if changed else 'no'}")
        chain = {True: "reaches a trusted root", False: "does NOT reach a trusted root",
                 None: "not checked (give --trust CA.pem)"}[sig.trusted]
        lines.append(f"  certificate chain: {chain}; revocation not checked (offline)")
    elif check.pdf is not None and not check.signed:
        lines.append("  signed by: nobody (no signature)")
    if check.kind == "package" and check.manifest:
        names = ", ".join(str(x.get("name")) for x in check.manifest.get("files", []))
        bad = {"package.checksum", "package.missing_file", "package.extra_file", "package.binding_mismatch",
               "package.manifest_unsigned_field"}
        state = "do not match" if any(p.code in bad for p in check.problems) else "match"
        lines.append(f"  files: {names}: checksums {state}")
    for p in check.problems:
        lines.append(f"  - {ENGLISH.text(p)}")
    return lines
