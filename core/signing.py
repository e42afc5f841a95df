"""Digital signatures on the return's PDF, and their verification, all offline.

A leader signs with a certificate of the government CA, on a USB token through PKCS#11 or (rarely) in
a PKCS#12 file. The signature is PAdES (ETSI EN 319 142, baseline B-B: subfilter ETSI.CAdES.detached,
SHA-256), made by pyHanko into the empty signature field the PDF's signature block carries
(core.exports.pdf.layout.SIGNATURE_FIELD), with a visible appearance: "Ký bởi NAME, ngày …" and
the signer's unit under it. Files attached to the PDF in the signing revision (the package's
binding, core.packages) are covered by the signature.

A return carries exactly one signature, the leader's approval in that field: a second signature (an
official of the same CA signing after the leader, a document timestamp) is a revision added after
the approval, and the check refuses it, naming every signer. The approval is the signer reported.

The PIN and the password are arguments of `open_signer` only: never kept on an object, written, logged
or put in an error (pyHanko and python-pkcs11 do not echo them either; tests grep for them). Taken
from its environment variable, the value is also wiped from the process's environment block (what
/proc/PID/environ shows) and removed from os.environ at once; a prompt or a file (--pin-file) is the
better way, since the shell that set the variable still holds it.

Verification never uses the network: no CRL or OCSP is fetched and no certificate is downloaded, so
revocation is not checked (pyHanko's "soft-fail" mode with fetching off: missing revocation data is
not an error). What is checked: the signature's integrity (the signed bytes and the CMS signature),
that nothing was appended after the signature, that the certificate chain reaches one of the
trusted roots given, that every certificate of the chain is within its validity at the time of
verification (there is no trusted timestamp offline, so the signing time is only the signer's claim),
and that the certificate is meant for signing (digital signature or non-repudiation). A certificate
out of its validity is said as such; whether its chain reaches a trusted root is then checked at a
moment within its validity, so that the report says only what is true.
"""
from __future__ import annotations

import io
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from core.errors import CommuneDeskError
from core.messages import Problem, problem

# The name of the signature field of CommuneDesk's documents (the signature block's space).
from core.exports.pdf.layout import SIGNATURE_FIELD  # noqa: E402

PASSWORD_VARIABLE = "COMMUNEDESK_CERT_PASSWORD"
PIN_VARIABLE = "COMMUNEDESK_PIN"
STAMP_TEXT = "Ký bởi %(signer)s, ngày %(ts)s%(unit)s"
STAMP_TIME = "%d/%m/%Y %H:%M"
STAMP_COLOUR = (0.05, 0.2, 0.55)
MAX_SECRET_FILE = 4096  # a PIN or a password on the first line of --pin-file


class SigningError(CommuneDeskError):
    pass


# ---------------------------------------------------------------- which certificate
@dataclass(frozen=True)
class CertSpec:
    """What `--sign CERT` names: a PKCS#12 file, or a PKCS#11 library with the token's and the key's
    labels (None: the only one there is)."""

    kind: str  # "pkcs12" | "pkcs11"
    path: str  # the .p12/.pfx file, or the PKCS#11 module
    token: str | None = None
    key: str | None = None

    @property
    def variable(self) -> str:
        """Where the secret is read from when it is not typed."""
        return PIN_VARIABLE if self.kind == "pkcs11" else PASSWORD_VARIABLE

    @property
    def secret_code(self) -> str:
        return "sign.what_pin" if self.kind == "pkcs11" else "sign.what_password"

    def __str__(self) -> str:
        if self.kind == "pkcs12":
            return self.path
        return ":".join(["pkcs11", self.path] + [p or "" for p in (self.token, self.key)]).rstrip(":")


def parse_cert_spec(text: str) -> CertSpec:
    """`file.p12` / `file.pfx` (any other name is read as PKCS#12 too), or
    `pkcs11:LIB[:TOKEN-LABEL[:KEY-LABEL]]`; a Windows library path keeps its drive letter
    (`pkcs11:C:\\Windows\\System32\\vgca.dll:TOKEN`)."""
    text = (text or "").strip()
    if not text:
        raise SigningError("sign.bad_spec", spec=text)
    if text[:7].lower() != "pkcs11:":
        return CertSpec("pkcs12", text)
    rest = text[7:]
    drive = ""
    if len(rest) >= 2 and rest[0].isalpha() and rest[1] == ":" and (len(rest) == 2 or rest[2] in "\\/"):
        drive, rest = rest[:2], rest[2:]
    parts = rest.split(":", 2)
    lib = drive + parts[0]
    if not lib.strip():
        raise SigningError("sign.bad_spec", spec=text)
    token = parts[1] if len(parts) > 1 and parts[1] else None
    key = parts[2] if len(parts) > 2 and parts[2] else None
    return CertSpec("pkcs11", lib, token, key)


# ---------------------------------------------------------------- certificates
@dataclass(frozen=True)
class CertInfo:
    """Who a certificate names, as the audit trail, the manifest and `verify` report it."""

    name: str  # the common name: the signer's name on a personal certificate
    subject: str
    organisation: str | None
    serial: str  # hexadecimal, as certificate tools show it
    issuer: str
    not_before: datetime
    not_after: datetime
    sha256: str
    units: tuple[str, ...] = ()  # its organisation, organisational units and locality (O, OU, L)

    def to_json(self) -> dict:
        return {"name": self.name, "subject": self.subject, "organisation": self.organisation,
                "serial": self.serial, "issuer": self.issuer, "not_before": self.not_before.isoformat(),
                "not_after": self.not_after.isoformat(), "sha256": self.sha256, "units": list(self.units)}


def cert_info(cert) -> CertInfo:
    """`cert`: an asn1crypto certificate (what pyHanko works with)."""
    subject = cert.subject.native
    validity = cert["tbs_certificate"]["validity"]
    name = subject.get("common_name") or cert.subject.human_friendly
    org = subject.get("organization_name")
    if isinstance(name, list):
        name = name[0]
    if isinstance(org, list):
        org = org[0]
    units = []
    for key in ("organization_name", "organizational_unit_name", "locality_name"):
        value = subject.get(key)
        units += [str(v) for v in (value if isinstance(value, list) else [value]) if v]
    return CertInfo(name=str(name), subject=cert.subject.human_friendly, organisation=org,
                    serial=format(cert.serial_number, "X"), issuer=cert.issuer.human_friendly,
                    not_before=validity["not_before"].native, not_after=validity["not_after"].native,
                    sha256=cert.sha256.hex(), units=tuple(units))


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


def check_usable(info: CertInfo, cert, at: datetime | None = None) -> None:
    """Refuse a certificate that is not valid now or not meant for signing."""
    now = at or datetime.now(timezone.utc)
    if now < info.not_before:
        raise SigningError("sign.not_yet_valid", name=info.name, date=_local(info.not_before))
    if now > info.not_after:
        raise SigningError("sign.expired", name=info.name, date=_local(info.not_after))
    usage = cert.key_usage_value
    if usage is not None and not ({"digital_signature", "non_repudiation"} & set(usage.native)):
        raise SigningError("sign.not_for_signing", name=info.name)


def load_trust(paths) -> list:
    """The trusted roots: every certificate (PEM, possibly several, or DER) in the files given."""
    from asn1crypto import pem, x509

    roots = []
    for p in paths or ():
        path = Path(p)
        try:
            raw = path.read_bytes()
        except OSError:
            raise SigningError("verify.no_such_file", name=path.name) from None
        found = []
        try:
            if pem.detect(raw):
                found = [x509.Certificate.load(der) for kind, _, der in pem.unarmor(raw, multiple=True)
                         if kind == "CERTIFICATE"]
            else:
                found = [x509.Certificate.load(raw)]
                found[0].native  # parse now: a file that is not a certificate fails here
        except Exception:  # anything that is not a certificate
            found = []
        if not found:
            raise SigningError("verify.no_trust", name=path.name)
        roots += found
    return roots


# ---------------------------------------------------------------- the signer
@dataclass
class SigningKey:
    """An opened certificate and key (the token's session stays open inside `open_signer`)."""

    signer: object  # a pyhanko Signer
    certificate: CertInfo
    spec: CertSpec


@contextmanager
def open_signer(spec: CertSpec, secret: str, at: datetime | None = None) -> Iterator[SigningKey]:
    """The key named by `spec`, unlocked with `secret` (the PKCS#12 password or the token's PIN);
    the token is logged out and closed on leaving. Refuses a certificate expired, not yet valid or
    not meant for signing."""
    _quiet_libraries()
    if spec.kind == "pkcs12":
        key = _open_pkcs12(spec, secret)
        check_usable(key.certificate, key.signer.signing_cert, at)
        yield key
        return
    session, key = _open_pkcs11(spec, secret)
    try:
        check_usable(key.certificate, key.signer.signing_cert, at)
        yield key
    finally:
        try:
            session.close()
        except Exception:  # a token pulled out while signing: nothing left to close
            pass


def _open_pkcs12(spec: CertSpec, secret: str) -> SigningKey:
    from pyhanko.sign.signers import SimpleSigner

    path = Path(spec.path)
    if not path.is_file():
        raise SigningError("sign.no_file", path=str(path))
    try:
        signer = SimpleSigner.load_pkcs12(str(path), passphrase=(secret or "").encode("utf-8") or None)
    except Exception:  # a damaged file or a wrong password, depending on the library's version
        signer = None
    if signer is None or signer.signing_cert is None:
        raise SigningError("sign.bad_password", path=path.name)
    return SigningKey(signer, cert_info(signer.signing_cert), spec)


def _open_pkcs11(spec: CertSpec, secret: str):
    import pkcs11
    from asn1crypto import x509
    from pkcs11 import Attribute, ObjectClass, TokenFlag
    from pkcs11 import exceptions as p11e
    from pyhanko.sign.pkcs11 import PKCS11Signer

    try:
        lib = pkcs11.lib(spec.path)
    except Exception as exc:  # no such file, not a PKCS#11 module
        raise SigningError("sign.no_library", path=spec.path, detail=type(exc).__name__) from None
    try:
        tokens = []
        for slot in lib.get_slots(token_present=True):
            token = slot.get_token()
            if token.flags & TokenFlag.TOKEN_INITIALIZED:
                tokens.append(token)
    except p11e.PKCS11Error as exc:
        raise SigningError("sign.token_error", detail=type(exc).__name__) from None
    labels = [t.label.strip() for t in tokens]
    if spec.token:
        chosen = [t for t in tokens if t.label.strip() == spec.token.strip()]
        if not chosen:
            raise SigningError("sign.no_such_token", label=spec.token, labels=labels)
    else:
        chosen = tokens
        if not chosen:
            raise SigningError("sign.no_token")
        if len(chosen) > 1:
            raise SigningError("sign.several_tokens", labels=labels)
    token = chosen[0]
    try:
        session = token.open(user_pin=secret or None)
    except p11e.PinLocked:
        raise SigningError("sign.pin_locked") from None
    except (p11e.PinIncorrect, p11e.PinInvalid, p11e.PinLenRange, p11e.PinExpired):
        raise SigningError("sign.bad_pin") from None
    except p11e.PKCS11Error as exc:
        raise SigningError("sign.token_error", detail=type(exc).__name__) from None
    try:
        keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.SIGN: True}))
        key_labels = [_attr(k, Attribute.LABEL) or "" for k in keys]
        if spec.key:
            keys = [k for k, label in zip(keys, key_labels) if label == spec.key]
            if not keys:
                raise SigningError("sign.no_such_key", label=spec.key, labels=key_labels)
        elif not keys:
            raise SigningError("sign.no_key")
        elif len(keys) > 1:
            raise SigningError("sign.several_keys", labels=key_labels)
        key = keys[0]
        key_id, key_label = _attr(key, Attribute.ID), _attr(key, Attribute.LABEL)
        query = {Attribute.CLASS: ObjectClass.CERTIFICATE}
        certs = list(session.get_objects({**query, Attribute.ID: key_id})) if key_id else []
        if not certs and key_label:
            certs = list(session.get_objects({**query, Attribute.LABEL: key_label}))
        if not certs:
            raise SigningError("sign.no_certificate", label=key_label or "")
        cert = x509.Certificate.load(certs[0][Attribute.VALUE])
        others = [x509.Certificate.load(c[Attribute.VALUE]) for c in session.get_objects(query)]
        others = [c for c in others if c.sha256 != cert.sha256]
        signer = PKCS11Signer(session, signing_cert=cert, ca_chain=others, key_id=key_id,
                              key_label=None if key_id else key_label, other_certs_to_pull=())
        return session, SigningKey(signer, cert_info(cert), spec)
    except BaseException as exc:
        session.close()
        if isinstance(exc, p11e.PKCS11Error):
            raise SigningError("sign.token_error", detail=type(exc).__name__) from None
        raise


def _attr(obj, attribute):
    try:
        return obj[attribute]
    except Exception:  # the token does not have this attribute on the object
        return None


# ---------------------------------------------------------------- signing
@dataclass(frozen=True)
class Signed:
    """What signing did: who, when (the time written in the signature), the signed file's SHA-256."""

    certificate: CertInfo
    signed_at: datetime
    sha256: str

    def to_json(self) -> dict:
        return {**self.certificate.to_json(), "signed_at": self.signed_at.isoformat()}


def sign_pdf(source, target, key: SigningKey, *, reason: str | None = None, location: str | None = None,
             attachments: dict[str, bytes] | None = None) -> Signed:
    """Sign the PDF `source` into `target` (atomically; they may be the same file) in its signature
    field, with the visible signature; `attachments` (name → bytes) are attached to the PDF in the
    signed revision, so the signature covers them."""
    import hashlib

    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter, enumerate_sig_fields

    from core.files import atomic_path

    source = Path(source)
    raw = source.read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(raw), strict=False)
        empty = [name for name, value, _ in enumerate_sig_fields(reader, filled_status=False)]
    except Exception as exc:  # not a PDF at all
        raise SigningError("verify.not_pdf", name=source.name, detail=type(exc).__name__) from None
    if SIGNATURE_FIELD not in empty:
        raise SigningError("sign.no_signature_block", name=source.name)
    info = key.certificate
    writer = IncrementalPdfFileWriter(io.BytesIO(raw), strict=False)
    for name, data in (attachments or {}).items():
        embed.embed_file(writer, embed.FileSpec(
            file_spec_string=name, file_name=name, description=name,
            embedded_data=embed.EmbeddedFileObject.from_file_data(writer, data, mime_type="application/json")))
    meta = signers.PdfSignatureMetadata(field_name=SIGNATURE_FIELD, md_algorithm="sha256",
                                        subfilter=SigSeedSubFilter.PADES, reason=reason, location=location,
                                        name=info.name)
    out = io.BytesIO()
    try:
        pdf_signer = signers.PdfSigner(meta, signer=key.signer, stamp_style=_stamp_style(info))
        pdf_signer.sign_pdf(writer, output=out, appearance_text_params={
            "signer": info.name, "unit": f"\n{info.organisation}" if info.organisation else ""})
    except CommuneDeskError:
        raise
    except Exception as exc:  # the token refused, a key it cannot use, …: the library's words, no secret
        raise SigningError("sign.failed", detail=_detail(exc)) from exc
    signed = out.getvalue()
    with atomic_path(target) as tmp:
        tmp.write_bytes(signed)
    check = PdfFileReader(io.BytesIO(signed), strict=False).embedded_signatures[-1]
    when = check.self_reported_timestamp or datetime.now().astimezone()
    return Signed(info, _local(when), hashlib.sha256(signed).hexdigest())


def _detail(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def _stamp_style(info: CertInfo):
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    text = STAMP_TEXT.replace("%(signer)s", info.name).replace("%(unit)s", f"\n{info.organisation}" if
                                                             info.organisation else "")
    font = _font_factory(text + "0123456789/: ")
    return TextStampStyle(
        stamp_text=STAMP_TEXT, timestamp_format=STAMP_TIME, border_width=1, border_color=STAMP_COLOUR,
        text_box_style=TextBoxStyle(font=font, font_size=font.font_size, text_color=STAMP_COLOUR,
                                    leading=round(font.font_size * 1.25)),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(4)))


def _font_factory(text: str):
    """The stamp's font: the documents' Liberation Serif (every Vietnamese letter), cut to the
    letters of the stamp and scaled to 1000 units per em. pyHanko writes a TrueType font's widths in
    its own units, which PDF reads per 1000: a 2048-unit font would be drawn spread out."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    data = _stamp_font(frozenset(text))

    class _Factory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer, obj_stream=None):
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(data), font_size=self.font_size,
                                    obj_stream=obj_stream)

    return _Factory(font_file="LiberationSerif-Regular.ttf", font_size=10)


@lru_cache(maxsize=8)
def _stamp_font(letters: frozenset) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    from core import resource_path

    font = TTFont(str(resource_path("fonts", "LiberationSerif-Regular.ttf")))
    options = subset.Options()
    options.hinting = False
    options.drop_tables += ["FFTM"]
    sub = subset.Subsetter(options)
    sub.populate(text="".join(sorted(letters)))
    sub.subset(font)
    scale_upem(font, 1000)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _quiet_libraries() -> None:
    """pyHanko logs every validation failure with its traceback, and fontTools the font tables it
    drops: what failed is in our results, worded for the clerk. A handler of their own keeps Python
    from printing their records on stderr when the application configured no logging; an application
    that did still receives them."""
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


# ---------------------------------------------------------------- verification
@dataclass
class SignatureCheck:
    """One signature of a PDF, checked."""

    field: str
    certificate: CertInfo | None
    signed_at: datetime | None
    intact: bool  # the signed bytes are unchanged and the signature is sound
    covers_whole_file: bool  # nothing was added after it
    trusted: bool | None  # the chain reaches a trusted root (None: no roots given, not checked)
    problems: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems and self.trusted is True

    def to_json(self) -> dict:
        from core.messages import ENGLISH

        return {"field": self.field, "valid": self.valid, "intact": self.intact,
                "changed_after_signing": not self.covers_whole_file, "trusted": self.trusted,
                "signed_at": self.signed_at.isoformat() if self.signed_at else None,
                "signer": self.certificate.to_json() if self.certificate else None,
                "problems": [{"code": p.code, "message": ENGLISH.text(p)} for p in self.problems]}


@dataclass
class PdfCheck:
    """A PDF's signatures, checked; `attachments` are the files attached to it (name → bytes)."""

    name: str
    signatures: list[SignatureCheck]
    attachments: dict[str, bytes] = field(default_factory=dict)
    trust_given: bool = False

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def problems(self) -> list[Problem]:
        if not self.signatures:
            return [problem("verify.unsigned")]
        out = [p for s in self.signatures for p in s.problems]
        if len(self.signatures) > 1:
            out.insert(0, problem("verify.several_signatures", count=len(self.signatures),
                                  names=[s.certificate.name if s.certificate else "?" for s in self.signatures],
                                  first=self.approval.certificate.name if self.approval.certificate else "?"))
        if not out and not self.trust_given:
            out.append(problem("verify.trust_not_checked"))
        return out

    @property
    def valid(self) -> bool:
        return self.signed and not self.problems

    @property
    def approval(self) -> SignatureCheck | None:
        """The leader's signature: the one in CommuneDesk's signature field, else the first."""
        for s in self.signatures:
            if s.field == SIGNATURE_FIELD:
                return s
        return self.signatures[0] if self.signatures else None

    @property
    def last(self) -> SignatureCheck | None:
        return self.signatures[-1] if self.signatures else None


def verify_pdf(path, trust=None, data: bytes | None = None, at: datetime | None = None) -> PdfCheck:
    """Check every signature of the PDF at `path` (or its bytes `data`) against the trusted roots
    `trust` (certificates from `load_trust`; None or empty: the chain is not checked), offline."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    _quiet_libraries()
    path = Path(path)
    if data is None:
        if not path.is_file():
            raise SigningError("verify.no_such_file", name=path.name)
        data = path.read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
        attachments = _attachments(reader)
    except Exception as exc:  # not a PDF, or one too damaged to read
        raise SigningError("verify.not_pdf", name=path.name, detail=type(exc).__name__) from None
    checks = [_check_signature(s, trust, at, last=(i == len(sigs) - 1)) for i, s in enumerate(sigs)]
    return PdfCheck(path.name, checks, attachments, bool(trust))


def _validation_context(trust, at: datetime | None):
    from pyhanko_certvalidator import ValidationContext

    # Offline: nothing fetched, revocation not required (soft-fail with no revocation data).
    return ValidationContext(trust_roots=list(trust or []), allow_fetching=False, revocation_mode="soft-fail",
                             moment=at)


def _check_signature(sig, trust, at, last: bool) -> SignatureCheck:
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    cert = sig.signer_cert
    info = cert_info(cert) if cert is not None else None
    name = info.name if info else "?"
    problems: list[Problem] = []
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)
    try:
        status = validate_pdf_signature(sig, _validation_context(trust, at), key_usage_settings=usage)
    except Exception as exc:  # a signature too broken to evaluate
        return SignatureCheck(sig.field_name, info, None, False, False, None if not trust else False,
                              [problem("verify.bad_signature", name=name),
                               problem("verify.chain_failed", name=name, detail=_detail(exc))])
    when = status.signer_reported_dt or sig.self_reported_timestamp
    intact = bool(status.intact and status.valid)
    if not status.intact:
        problems.append(problem("verify.broken", name=name))
    elif not status.valid:
        problems.append(problem("verify.bad_signature", name=name))
    coverage = status.coverage
    whole = coverage == SignatureCoverageLevel.ENTIRE_FILE
    if intact and not whole:
        if coverage == SignatureCoverageLevel.ENTIRE_REVISION:
            # Later revisions: only another signature is allowed after a signature that is not the last.
            from pyhanko.sign.diff_analysis import ModificationLevel

            level = status.modification_level
            if last or level is None or level > ModificationLevel.FORM_FILLING or not status.docmdp_ok:
                problems.append(problem("verify.changed_after", name=name, what=problem("verify.changed_incremental")))
        else:
            problems.append(problem("verify.changed_after", name=name, what=problem("verify.changed_partial")))
    trusted = None
    if trust:
        trusted = bool(status.trusted)
        if not trusted and intact:  # a broken signature says nothing about its certificate
            out_of_time = _validity_problem(info, name, at)
            if out_of_time is not None:
                # Whether the chain reaches a trusted root, asked at a moment within the validity.
                trusted = _trusted_within_validity(sig, trust, info, when, usage)
                problems.append(out_of_time)
                if not trusted:
                    problems.append(problem("verify.untrusted", name=name))
            else:
                problems.append(_trust_problem(status, name))
    elif info is not None and intact:
        out_of_time = _validity_problem(info, name, at)
        if out_of_time is not None:
            problems.append(out_of_time)
    return SignatureCheck(sig.field_name, info, _local(when) if when else None, intact, whole, trusted, problems)


def _validity_problem(info: CertInfo | None, name: str, at: datetime | None) -> Problem | None:
    now = at or datetime.now(timezone.utc)
    if info is not None and now > info.not_after:
        return problem("verify.expired", name=name, date=_local(info.not_after))
    if info is not None and now < info.not_before:
        return problem("verify.not_yet_valid", name=name, date=_local(info.not_before))
    return None


def _trusted_within_validity(sig, trust, info: CertInfo, when: datetime | None, usage) -> bool:
    """Does the chain of a certificate out of its validity reach a trusted root, at the signing time
    the signer claims if that lies within the validity, else at the validity's last (or first) second?"""
    from datetime import timedelta

    from pyhanko.sign.validation import validate_pdf_signature

    moment = when if (when is not None and info.not_before <= when <= info.not_after) else None
    if moment is None:
        now = datetime.now(timezone.utc)
        moment = info.not_after - timedelta(seconds=1) if now > info.not_after else info.not_before + timedelta(seconds=1)
    try:
        return bool(validate_pdf_signature(sig, _validation_context(trust, moment), key_usage_settings=usage).trusted)
    except Exception:  # cannot be evaluated at that moment either: not shown to chain
        return False


def _trust_problem(status, name: str) -> Problem:
    indic = getattr(status.trust_problem_indic, "name", None)
    if indic in ("REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE"):
        return problem("verify.revoked", name=name)
    if indic in ("EXPIRED", "NOT_YET_VALID", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED"):
        return problem("verify.chain_failed", name=name, detail="a certificate of the chain is not valid now")
    if indic == "SIG_CONSTRAINTS_FAILURE":
        return problem("verify.usage", name=name)
    return problem("verify.untrusted", name=name)


def _attachments(reader) -> dict[str, bytes]:
    """The files attached to the PDF (its EmbeddedFiles name tree, flat as pyHanko writes it)."""
    out: dict[str, bytes] = {}
    try:
        tree = reader.root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return out
    items = list(tree["/Names"]) if "/Names" in tree else []
    for i in range(0, len(items) - 1, 2):
        try:
            spec = items[i + 1].get_object()
            stream = spec["/EF"]["/F"].get_object()
            out[str(items[i])] = stream.data
        except Exception:  # an attachment we did not write: not ours to read
            continue
    return out


def secret_from_environment(spec: CertSpec) -> str | None:
    """The PIN or password from its variable: wiped from the process's environment block and
    removed from os.environ once read, so that neither /proc/PID/environ nor a process started later
    shows it."""
    name = spec.variable
    if name not in os.environ:
        return None
    _wipe_environment_block(name)
    return os.environ.pop(name)


def _wipe_environment_block(name: str) -> None:
    """Overwrite the value of `name` in place in the C environment (the block the kernel shows as
    /proc/PID/environ, which unsetenv leaves as it was): Linux and other POSIX systems with a C
    library reachable through ctypes; elsewhere nothing to do (Windows shows no other process the
    block without the rights to read its memory anyway)."""
    if os.name != "posix":
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.getenv.restype = ctypes.c_void_p
        libc.getenv.argtypes = [ctypes.c_char_p]
        libc.strlen.restype = ctypes.c_size_t
        libc.strlen.argtypes = [ctypes.c_void_p]
        where = libc.getenv(os.fsencode(name))
        if where:
            ctypes.memset(where, 0, libc.strlen(where))
    except (OSError, AttributeError):  # no C library to reach: os.environ.pop still applies
        pass


def secret_from_file(path) -> str:
    """The PIN or password from the first line of a file (--pin-file): a small text file the leader
    keeps on the token's machine, never written by CommuneDesk."""
    from core.files import read_at_most

    path = Path(path)
    try:
        raw = read_at_most(path, MAX_SECRET_FILE)
    except OSError:
        raise SigningError("sign.no_pin_file", path=path.name) from None
    if raw is None:
        raise SigningError("sign.bad_pin_file", path=path.name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SigningError("sign.bad_pin_file", path=path.name) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise SigningError("sign.bad_pin_file", path=path.name)
    return lines[0]
