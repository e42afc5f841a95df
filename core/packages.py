"""The return package (.cdpkg) a commune sends the province: one zip holding the return's JSON, its
workbook and its signed PDF, with a manifest (manifest.json) naming the commune, the province, the
period, the version (and the version an amendment replaces), when and by whom it was made, who
signed it, and each file's SHA-256.

The manifest alone would not stop a deliberate edit (a changed figure with a recomputed checksum, a
forged maker), so everything the manifest says is also attached to the PDF before it is signed
(BINDING: the commune, the province, the period, the version, the version replaced and why, when and
by whom it was made, and the SHA-256 of the JSON and of the workbook): the signature covers it.
Reading a package checks that the manifest says exactly what was signed (a field changed, added or
missing is refused by name), that the manifest's signer is the PDF's, and reports only the signed
values. The return carries one signature, the leader's approval (core.signing), and the certificate
must name the package's commune among its units (O, OU, L: `names_commune`). A package is read in
memory, never unpacked to disk; its zip directory is sized from its end record before it is parsed.

`check_package` and `check_file` never raise for what is wrong inside a file: every problem found is
listed (`problems`), so `verify`, the consolidation and the window say all of it, by name.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from core import json_input
from core.errors import CommuneDeskError
from core.messages import ENGLISH, Problem, problem

FORMAT = "communedesk-return-package"
FORMAT_VERSION = 1
SUFFIX = ".cdpkg"
MANIFEST = "manifest.json"
BINDING = "communedesk-package.json"  # attached to the signed PDF
# The package's files by role, under fixed names.
NAMES = {"json": "return.json", "xlsx": "return.xlsx", "pdf": "return.pdf"}
BOUND_ROLES = ("json", "xlsx")  # their SHA-256 is in the signed binding (the PDF cannot hold its own)
# A return's files are a few hundred kB: far bigger is not ours (a zip bomb, a foreign archive). The
# limits hold for what the zip's directory says and for what is actually read out of it.
MAX_PACKAGE = 128 * 1024 * 1024  # the package file itself
MAX_MEMBER = 64 * 1024 * 1024  # one file in it (and a PDF checked on its own)
MAX_TOTAL = 96 * 1024 * 1024  # all its files together
MAX_MANIFEST = 1024 * 1024
MAX_MEMBERS = 16
MAX_DIRECTORY = 64 * 1024  # the zip's central directory: 16 short names take a few hundred bytes
# What reading hostile JSON may raise (core.json_input refuses as a ValueError; the rest from what follows).
JSON_ERRORS = (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, RecursionError)


class PackageError(CommuneDeskError):
    pass


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Facts:
    """What a package says about its return."""

    commune: str
    province: str
    period_from: date
    period_to: date
    version: int
    replaces: int | None = None  # the version an amendment replaces
    reason: str | None = None  # why it was amended

    def to_json(self) -> dict:
        return {"commune": self.commune, "province": self.province,
                "period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
                "version": self.version, "replaces": self.replaces, "reason": self.reason}

    @classmethod
    def from_json(cls, d: dict) -> "Facts":
        p = d["period"]
        replaces = d.get("replaces")
        return cls(str(d["commune"]), str(d.get("province") or ""), date.fromisoformat(p["from"]),
                   date.fromisoformat(p["to"]), int(d["version"]), int(replaces) if replaces is not None else None,
                   d.get("reason"))


# The manifest's own keys besides the signed ones: the signature's summary and the files' list.
UNSIGNED_KEYS = ("signed", "signer", "files")


def _described(facts: Facts, made_at: datetime, made_by: str | None) -> dict:
    """What the manifest and the binding both say about the return."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION, **facts.to_json(),
            "made_at": made_at.isoformat(), "made_by": made_by}


def binding(facts: Facts, checksums: dict[str, str], *, made_at: datetime, made_by: str | None) -> bytes:
    """The bytes attached to the PDF before signing: everything the manifest says but the signature
    and the PDF's own checksum, with the bound files' SHA-256."""
    body = {**_described(facts, made_at, made_by),
            "files": {NAMES[r]: checksums[NAMES[r]] for r in BOUND_ROLES if NAMES[r] in checksums}}
    return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def write_package(target, files: dict[str, bytes], facts: Facts, *, made_at: datetime, made_by: str | None,
                  signer: dict | None) -> dict:
    """Write the zip `target` atomically from `files` (package name → bytes); returns the manifest.
    `made_at` and `made_by` must be those given to `binding` for the signed PDF."""
    from core.files import atomic_path

    manifest = {**_described(facts, made_at, made_by), "signed": signer is not None, "signer": signer,
                "files": [{"name": name, "sha256": sha256_bytes(data), "size": len(data)}
                          for name, data in files.items()]}
    with atomic_path(target) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
            for name, data in files.items():
                z.writestr(name, data)
    return manifest


# ---------------------------------------------------------------- checking
@dataclass
class FileCheck:
    """A package or a PDF, checked: `problems` lists everything wrong (empty: valid)."""

    path: Path
    kind: str  # "package" | "pdf"
    problems: list[Problem] = field(default_factory=list)
    pdf: object = None  # core.signing.PdfCheck
    manifest: dict | None = None
    facts: Facts | None = None  # what was signed (an unsigned package: what its manifest says)
    data: dict | None = None  # the return's JSON (a package)
    trust_given: bool = False
    signed_body: dict | None = None  # the binding read from the signed PDF

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def signed(self) -> bool:
        return bool(self.pdf is not None and self.pdf.signed)

    @property
    def valid(self) -> bool:
        return not self.problems

    def only(self, *codes: str) -> bool:
        """Something is wrong, but nothing other than problems of `codes` (what a flag accepts)."""
        return bool(self.problems) and all(p.code in codes for p in self.problems)

    @property
    def only_unsigned(self) -> bool:
        """Nothing wrong but the missing signature (what --allow-unsigned accepts)."""
        return self.only("package.unsigned")

    @property
    def only_untrusted_unknown(self) -> bool:
        """Intact and unchanged, but the chain was not checked (no trusted roots given)."""
        return self.only("verify.trust_not_checked")

    @property
    def status(self) -> str:
        """valid · unverified (no --trust: the chain was not checked) · invalid"""
        if self.valid:
            return "valid"
        return "unverified" if self.only_untrusted_unknown else "invalid"

    @property
    def signature(self):
        """The approval signature's check (core.signing.PdfCheck.approval), or None."""
        return self.pdf.approval if self.pdf is not None else None

    @property
    def other_signatures(self) -> list:
        """Signatures besides the approval (a return carries none: each is a problem)."""
        sig = self.signature
        return [s for s in (self.pdf.signatures if self.pdf is not None else []) if s is not sig]

    @property
    def made(self) -> dict:
        """When and by whom the package was made: as signed (an unsigned package: as its manifest says)."""
        source = self.signed_body if self.signed_body is not None else (self.manifest or {})
        return {"made_at": source.get("made_at"), "made_by": source.get("made_by")}

    def to_json(self) -> dict:
        sig = self.signature
        out = {"file": self.name, "kind": self.kind, "status": self.status, "valid": self.valid,
               "signed": self.signed,
               "problems": [{"code": p.code, "message": ENGLISH.text(p)} for p in self.problems],
               "signatures": [s.to_json() for s in (self.pdf.signatures if self.pdf is not None else [])],
               "signer": sig.certificate.to_json() if sig is not None and sig.certificate else None,
               "signed_at": sig.signed_at.isoformat() if sig is not None and sig.signed_at else None,
               "changed_after_signing": (not sig.covers_whole_file or not sig.intact) if sig is not None else None,
               "trusted": sig.trusted if sig is not None else None}
        if self.kind == "package":
            out["package"] = ({**self.facts.to_json(), **self.made,
                               "files": [f.get("name") for f in (self.manifest or {}).get("files", [])]}
                              if self.facts else None)
        return out


def check_file(path, trust=None) -> FileCheck:
    """A package or a signed PDF, told apart by their first bytes. Raises PackageError only when the
    file cannot be checked at all (missing, neither a zip nor a PDF)."""
    path = Path(path)
    if not path.is_file():
        raise PackageError("verify.no_such_file", name=path.name)
    with open(path, "rb") as fh:
        head = fh.read(5)
    if head.startswith(b"PK"):
        return check_package(path, trust)
    if head.startswith(b"%PDF"):
        from core.signing import verify_pdf

        if path.stat().st_size > MAX_MEMBER:
            return FileCheck(path, "pdf", [problem("package.too_large", file=path.name)], trust_given=bool(trust))

        pdf = verify_pdf(path, trust)
        check = FileCheck(path, "pdf", list(pdf.problems), pdf=pdf, trust_given=bool(trust))
        signed_commune = _bound_commune(pdf)  # a package's PDF names its commune in what was signed
        if signed_commune:
            unit = _unit_problem(pdf.approval, signed_commune)
            if unit is not None:
                check.problems.append(unit)
        return check
    raise PackageError("verify.not_pdf", name=path.name, detail="neither a PDF nor a zip")


def check_package(path, trust=None) -> FileCheck:
    """Open and check a return package: its members, the manifest, every checksum, the signature
    of its PDF against `trust`, that the manifest says what was signed, and the signer's unit."""
    from core.signing import verify_pdf

    path = Path(path)
    check = FileCheck(path, "package", trust_given=bool(trust))
    problems = check.problems
    if path.stat().st_size > MAX_PACKAGE:
        problems.append(problem("package.too_large", file=path.name))
        return check
    crowded = _directory_problem(path)
    if crowded is not None:  # refused before the zip's directory is parsed
        problems.append(crowded)
        return check
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError("verify.not_pdf", name=path.name, detail=type(exc).__name__) from None
    with z:
        members: dict[str, bytes] = {}
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS:
            problems.append(problem("package.not_a_package", detail=f"{len(infos)} files"))
            return check
        budget, seen = MAX_TOTAL, set()
        for info in infos:
            name = info.filename
            if name in seen:
                problems.append(problem("package.duplicate_name", file=name))
                members.pop(name, None)  # neither copy is the package's: which one would be read?
                continue
            seen.add(name)
            if info.is_dir() or not _plain_name(name):
                problems.append(problem("package.bad_name", file=name))
                continue
            limit = min(MAX_MANIFEST if name == MANIFEST else MAX_MEMBER, budget)
            if info.file_size > limit:
                problems.append(problem("package.too_large", file=name))
                continue
            try:
                with z.open(info) as fh:
                    data = fh.read(limit + 1)  # never more than the limit, whatever the directory says
            except Exception as exc:  # damaged, encrypted, a compression we cannot read, a CRC error
                problems.append(problem("package.checksum", file=name) if "CRC" in str(exc) else
                                problem("package.bad_data", detail=f"{name}: {type(exc).__name__}"))
                continue
            if len(data) > limit:
                problems.append(problem("package.too_large", file=name))
                continue
            budget -= len(data)
            members[name] = data
    if any(p.code == "package.duplicate_name" for p in problems):
        return check  # what else is said would be about one of two files
    if MANIFEST not in members:
        if not any(p.params.get("file") == MANIFEST for p in problems):  # not already said (too large)
            problems.insert(0, problem("package.no_manifest"))
        return check
    try:
        manifest = json_input.loads(members.pop(MANIFEST).decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ValueError("not a CommuneDesk manifest")
        if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
            problems.append(problem("package.newer_format", version=manifest.get("format_version")))
            return check
        facts = Facts.from_json(manifest)
        if not isinstance(manifest["files"], list) or len(manifest["files"]) > MAX_MEMBERS:
            raise ValueError("not a list of a package's files")
        listed = {str(f["name"]): str(f["sha256"]) for f in manifest["files"]}
        if len(listed) != len(manifest["files"]):
            raise ValueError("a file listed twice")
    except JSON_ERRORS as exc:
        problems.append(problem("package.bad_manifest", detail=_short(exc)))
        return check
    check.manifest, check.facts = manifest, facts
    for name, digest in listed.items():
        if name not in members:
            problems.append(problem("package.missing_file", file=name))
        elif sha256_bytes(members[name]) != digest:
            problems.append(problem("package.checksum", file=name))
    for name in members:
        if name not in listed:
            problems.append(problem("package.extra_file", file=name))
    # The data: the JSON must be the return the manifest describes.
    if NAMES["json"] not in listed:
        problems.append(problem("package.no_file_of_role", role=problem("package.role_json")))
    elif NAMES["json"] in members:
        try:
            data = json_input.loads(members[NAMES["json"]].decode("utf-8"))
            p = data["period"]
            if (str(data.get("commune")), p["from"], p["to"]) != (facts.commune, facts.period_from.isoformat(),
                                                               facts.period_to.isoformat()):
                problems.append(problem("package.bad_manifest", detail="the data is of another commune or period"))
            check.data = data
        except JSON_ERRORS as exc:
            problems.append(problem("package.bad_data", detail=_short(exc)))
    # The signature: the PDF, then what it binds.
    if NAMES["pdf"] not in listed:
        problems.append(problem("package.no_file_of_role", role=problem("package.role_pdf")))
        return check
    raw_pdf = members.get(NAMES["pdf"])
    if raw_pdf is None:
        return check  # reported missing above
    try:
        pdf = verify_pdf(path.with_name(NAMES["pdf"]), trust, data=raw_pdf)
    except CommuneDeskError as exc:
        problems += exc.problems
        return check
    check.pdf = pdf
    if not pdf.signed:
        problems.append(problem("package.unsigned"))
        if manifest.get("signed") or manifest.get("signer"):
            problems.append(problem("package.binding_mismatch", what="signer"))
        return check
    problems += pdf.problems
    bound = pdf.attachments.get(BINDING)
    if bound is None:
        problems.append(problem("package.not_bound"))
        return check
    try:
        b = json_input.loads(bound.decode("utf-8"))
        if not isinstance(b, dict) or b.get("format") != FORMAT:
            raise ValueError("not a CommuneDesk binding")
        signed_facts = Facts.from_json(b)
        signed_files = dict(b.get("files") or {})
    except JSON_ERRORS as exc:
        problems.append(problem("package.bad_manifest", detail=_short(exc)))
        return check
    # From here on what is reported is what was signed.
    check.facts, check.signed_body = signed_facts, b
    problems += _manifest_against_signed(manifest, b, listed, signed_files, pdf.approval)
    unit = _unit_problem(pdf.approval, signed_facts.commune)
    if unit is not None:
        problems.append(unit)
    return check


def _bound_commune(pdf) -> str | None:
    try:
        return str(json_input.loads(pdf.attachments[BINDING].decode("utf-8"))["commune"]) if pdf.signed else None
    except (*JSON_ERRORS, TypeError):  # no binding (a PDF signed on its own), or not ours
        return None


def _manifest_against_signed(manifest: dict, signed: dict, listed: dict, signed_files: dict, sig) -> list[Problem]:
    """Where the manifest says other than the signed binding: each field by name (a changed, an
    added or a missing one), the bound files' checksums, and the signer."""
    out = []
    for key in sorted(set(manifest) | set(signed)):
        if key in UNSIGNED_KEYS:
            continue
        if key not in signed:
            out.append(problem("package.manifest_unsigned_field", what=key))
        elif manifest.get(key) != signed.get(key):
            out.append(problem("package.binding_mismatch", what=key))
    for name, digest in signed_files.items():
        # A file that differs from the manifest is reported above; here, a manifest that differs from
        # what was signed (a file changed and its checksum recomputed).
        if listed.get(name) != digest:
            out.append(problem("package.binding_mismatch", what=name))
    said = manifest.get("signer")
    cert = sig.certificate if sig is not None else None
    if manifest.get("signed") is not True or not isinstance(said, dict) or cert is None or \
            (said.get("sha256"), said.get("serial")) != (cert.sha256, cert.serial):
        out.append(problem("package.binding_mismatch", what="signer"))
    return out


def _unit_problem(sig, commune: str) -> Problem | None:
    """The signer's certificate must name the package's commune among its units."""
    cert = sig.certificate if sig is not None else None
    if cert is None or names_commune(cert.units, commune):
        return None
    if not cert.units:
        return problem("package.signer_no_unit", name=cert.name, commune=commune)
    return problem("package.signer_unit", name=cert.name, units=list(cert.units), commune=commune)


# ---------------------------------------------------------------- units' names
_UNIT_WORDS = ("ubnd ", "uy ban nhan dan ")


def unit_key(name: str) -> str:
    """A unit's name as compared: folded (case, diacritics, spacing, dots and commas), without a
    leading "UBND" / "Ủy ban nhân dân"."""
    from core.formatting import fold

    key = fold(name).replace(".", " ").replace(",", " ")
    key = " ".join(key.split())
    for word in _UNIT_WORDS:
        if key.startswith(word):
            key = key[len(word):]
    return key


def place_key(name: str) -> str:
    """The place name alone: the unit's key without the kind of unit (xã, phường, đặc khu, thị trấn)."""
    from core.exports.labels import COMMUNE_KINDS
    from core.formatting import fold

    key = unit_key(name)
    for kind in COMMUNE_KINDS:
        k = fold(kind) + " "
        if key.startswith(k):
            return key[len(k):]
    return key


def same_unit(a: str, b: str) -> bool:
    """Two names of one unit: the same key, or the same place where one of them leaves the kind out
    ("UBND Thượng Tín" is "Xã Thượng Tín"; "Phường Thượng Tín" is not)."""
    ka, kb = unit_key(a), unit_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    pa, pb = place_key(a), place_key(b)
    return pa == pb and (pa == ka or pb == kb)


def names_commune(units, commune: str) -> bool:
    """Whether a certificate whose organisation, unit and locality (O, OU, L) are `units` belongs to
    `commune`. A government CA's certificate names the commune in one of them, in capitals or
    without diacritics at times, sometimes with its district or province after a comma or a dash
    ("UBND xã Thượng Tín - huyện Thường Tín"): each part is compared on its own."""
    import re

    for value in units or ():
        for part in [str(value)] + re.split(r"\s[-–]\s|[,;]", str(value)):
            if same_unit(part, commune):
                return True
    return False


def _directory_problem(path: Path) -> Problem | None:
    """A zip whose end record declares more members, or a larger directory, than a package has:
    refused from the record, before Python's zipfile reads the whole directory into memory."""
    import struct

    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, size - (22 + 65535)))
        tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None  # not a zip's end: zipfile says so
    _, _, _, _, entries, directory, _, _ = struct.unpack("<4sHHHHIIH", tail[at:at + 22])
    zip64 = at >= 20 and tail[at - 20:at - 16] == b"PK\x06\x07"  # its counts would be what zipfile reads
    if zip64 or entries == 0xFFFF or directory == 0xFFFFFFFF:  # ZIP64: never a package's
        return problem("package.not_a_package", detail="a ZIP64 archive")
    if entries > MAX_MEMBERS:
        return problem("package.not_a_package", detail=f"{entries} files")
    if directory > MAX_DIRECTORY:
        return problem("package.not_a_package", detail=f"a directory of {directory} bytes")
    return None


def _plain_name(name: str) -> bool:
    """A member name we write: one plain file name, no folder, no way out of a folder."""
    return bool(name) and "/" not in name and "\\" not in name and name not in (".", "..") and \
        ":" not in name and not name.startswith(".")


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


def fmt_serial(serial: str) -> str:
    """'4A3F05' → '4A:3F:05', as certificate viewers show a serial number."""
    s = serial if len(serial) % 2 == 0 else "0" + serial
    return ":".join(s[i:i + 2] for i in range(0, len(s), 2))
