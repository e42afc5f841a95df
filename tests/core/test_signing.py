"""Signing the return's PDF (PAdES) with a PKCS#12 file and with a real SoftHSM2 token, and verifying
it offline: a test CA made here, the visible signature in the signature block, and every refusal (a
byte changed, another CA, an expired certificate, no trust given, an unsigned PDF)."""
from __future__ import annotations

import os
import socket
from datetime import date

import pytest
from pypdf import PdfReader

from core.errors import CommuneDeskError
from core.exports import ReturnDocument, ReturnOptions, write_document
from core.returns import Period
from core.signing import (CertSpec, SIGNATURE_FIELD, load_trust, open_signer, parse_cert_spec, sign_pdf,
                          verify_pdf)
from tests.pki import PASSWORD, PIN, Pki, leader, pki, softhsm_missing, softhsm_token  # noqa: F401 (fixtures)
from tests.return_data import synthetic_return

PERIOD = Period(date(2025, 10, 1), date(2025, 10, 31))


def require_softhsm():
    """The token tests are required where COMMUNEDESK_REQUIRE_SOFTHSM=1 (CI): a missing SoftHSM2 fails."""
    why = softhsm_missing()
    if why:
        if os.environ.get("COMMUNEDESK_REQUIRE_SOFTHSM") == "1":
            pytest.fail(f"COMMUNEDESK_REQUIRE_SOFTHSM=1 but {why}")
        pytest.skip(why)


def return_pdf(path, commune="Xã Thượng Tín", **options):
    data = synthetic_return(commune, "Hà Nội", PERIOD.start, PERIOD.end)
    opts = ReturnOptions.defaults(data, "Trần Thị Bình")
    opts.signer_name = "Nguyễn Văn An"
    for k, v in options.items():
        setattr(opts, k, v)
    write_document(ReturnDocument(data, PERIOD, opts, overdue=[], late=[]), pdf=path)
    return data


def test_cert_specs():
    assert parse_cert_spec("leader.p12") == CertSpec("pkcs12", "leader.p12")
    assert parse_cert_spec("pkcs11:/usr/lib/x.so") == CertSpec("pkcs11", "/usr/lib/x.so")
    assert parse_cert_spec("pkcs11:/usr/lib/x.so:Lanh dao:leader") == CertSpec("pkcs11", "/usr/lib/x.so",
                                                                                "Lanh dao", "leader")
    assert parse_cert_spec(r"PKCS11:C:\Windows\System32\vgca.dll:VGCA") == CertSpec(
        "pkcs11", r"C:\Windows\System32\vgca.dll", "VGCA")
    assert parse_cert_spec("pkcs11:/x.so::key") == CertSpec("pkcs11", "/x.so", None, "key")
    with pytest.raises(CommuneDeskError, match="is not a certificate"):
        parse_cert_spec("pkcs11:")


def test_the_pdf_carries_an_empty_signature_field_in_the_signature_block(tmp_path):
    path = tmp_path / "r.pdf"
    return_pdf(path)
    reader = PdfReader(path)
    fields = reader.get_fields()
    assert fields[SIGNATURE_FIELD]["/FT"] == "/Sig" and "/V" not in fields[SIGNATURE_FIELD]
    # The field sits on the page of the signature block, between "CHỦ TỊCH" and the chair's name.
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            if a.get("/T") == SIGNATURE_FIELD:
                x1, y1, x2, y2 = [float(v) for v in a["/Rect"]]
                found = {}

                def visit(text, cm, tm, font, size, found=found):
                    if text.strip() in ("CHỦ TỊCH", "Nguyễn Văn An"):
                        found[text.strip()] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # y on the page
                page.extract_text(visitor_text=visit)
                assert found["Nguyễn Văn An"] < y1 < y2 < found["CHỦ TỊCH"]
                assert 60 < x2 - x1 <= 80 * 72 / 25.4 + 0.01 and 40 < y2 - y1 < 80
                return
    raise AssertionError("no signature field on any page")


def test_sign_and_verify_with_a_pkcs12_file(tmp_path, pki, leader):
    src, out = tmp_path / "r.pdf", tmp_path / "signed.pdf"
    return_pdf(src)
    with open_signer(CertSpec("pkcs12", str(pki.p12(leader))), PASSWORD) as key:
        assert key.certificate.name == "Nguyễn Văn An" and key.certificate.organisation == "UBND Xã Thượng Tín"
        signed = sign_pdf(src, out, key, reason="Báo cáo tháng 10/2025", location="Thượng Tín",
                          attachments={"a.json": b'{"x": 1}'})
    assert signed.certificate.serial == format(leader.cert.serial_number, "X")
    check = verify_pdf(out, load_trust([pki.root_pem()]))
    assert check.valid and check.problems == [], check.problems
    sig = check.last
    assert sig.intact and sig.covers_whole_file and sig.trusted is True
    assert sig.certificate.name == "Nguyễn Văn An" and sig.signed_at is not None
    assert abs((sig.signed_at - signed.signed_at).total_seconds()) < 2
    assert check.attachments == {"a.json": b'{"x": 1}'}
    # The visible signature is in the field, with the signer's name in Vietnamese.
    text = _stamp_text(out)
    # As the issue words it: "Ký bởi …, ngày …", the signer's unit under it.
    import re

    assert re.search(r"Ký bởi Nguyễn Văn An, ngày \d\d/\d\d/20\d\d \d\d:\d\d\nUBND Xã Thượng Tín", text), text
    # Without trusted roots the chain is not checked: intact, but not "valid".
    unknown = verify_pdf(out)
    assert not unknown.valid and [p.code for p in unknown.problems] == ["verify.trust_not_checked"]


def _stamp_text(path) -> str:
    """The visible signature's text, read back from its appearance stream (a form XObject with the
    stamp's font and its ToUnicode map), as pypdf extracts a page's text."""
    from pypdf import PdfReader
    from pypdf._page import PageObject
    from pypdf.generic import NameObject

    reader = PdfReader(path)
    texts = []

    def walk(xobj):
        res = xobj.get("/Resources") or {}
        for x in (res.get("/XObject") or {}).values():
            walk(x.get_object())
        if res.get("/Font"):
            page = PageObject(reader)
            page[NameObject("/Resources")] = res
            page[NameObject("/Contents")] = xobj
            texts.append(page.extract_text())

    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            if a.get("/T") == SIGNATURE_FIELD and "/AP" in a:
                walk(a["/AP"]["/N"].get_object())
    return "\n".join(texts)


def test_a_byte_changed_after_signing_is_refused(tmp_path, pki, leader):
    src, out = tmp_path / "r.pdf", tmp_path / "signed.pdf"
    return_pdf(src)
    with open_signer(CertSpec("pkcs12", str(pki.p12(leader))), PASSWORD) as key:
        sign_pdf(src, out, key)
    raw = bytearray(out.read_bytes())
    i = raw.index(b"/Type /Pages")  # inside the signed range
    raw[i + 1] = ord("t")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(raw))
    check = verify_pdf(bad, load_trust([pki.root_pem()]))
    assert not check.valid and check.problems[0].code == "verify.broken"
    # Appending an update after the signature (a changed figure drawn over the page) is refused too.
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils import generic

    with open(out, "rb") as fh:
        w = IncrementalPdfFileWriter(fh)
        w.add_stream_to_page(0, w.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 100 100 50 50 re f")))
        appended = tmp_path / "appended.pdf"
        with open(appended, "wb") as o:
            w.write(o)
    check = verify_pdf(appended, load_trust([pki.root_pem()]))
    assert not check.valid and [p.code for p in check.problems] == ["verify.changed_after"]
    assert not check.last.covers_whole_file and check.last.intact


def test_another_ca_and_an_expired_certificate_are_refused(tmp_path, pki, leader):
    src = tmp_path / "r.pdf"
    return_pdf(src)
    other = Pki(tmp_path / "other", org="Other CA")
    stranger = other.leader("Lê Văn C")
    with open_signer(CertSpec("pkcs12", str(other.p12(stranger, "c.p12"))), PASSWORD) as key:
        sign_pdf(src, tmp_path / "c.pdf", key)
    check = verify_pdf(tmp_path / "c.pdf", load_trust([pki.root_pem()]))
    assert [p.code for p in check.problems] == ["verify.untrusted"] and check.last.intact
    assert check.last.trusted is False
    # An expired certificate: our signing refuses it; a PDF signed with one (by another tool) is refused.
    old = pki.leader("Phạm Văn D", days_before=400, days_after=-2)
    with pytest.raises(CommuneDeskError, match="expired on"):
        with open_signer(CertSpec("pkcs12", str(pki.p12(old, "d.p12"))), PASSWORD):
            pass
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signer = signers.SimpleSigner.load_pkcs12(str(pki.folder / "d.p12"), passphrase=PASSWORD.encode())
    with open(src, "rb") as fh:
        out = signers.sign_pdf(IncrementalPdfFileWriter(fh), signers.PdfSignatureMetadata(
            field_name=SIGNATURE_FIELD, subfilter=SigSeedSubFilter.PADES), signer=signer)
    (tmp_path / "d.pdf").write_bytes(out.getvalue())
    check = verify_pdf(tmp_path / "d.pdf", load_trust([pki.root_pem()]))
    assert [p.code for p in check.problems] == ["verify.expired"] and not check.valid
    assert "expired on" in str(CommuneDeskError(check.problems))
    # Only what is true: expired, but its chain does reach the trusted root; another CA's does not.
    assert check.last.trusted is True
    from core.cli.verify import report_lines
    from core.packages import FileCheck

    lines = "\n".join(report_lines(FileCheck(tmp_path / "d.pdf", "pdf", list(check.problems), pdf=check,
                                              trust_given=True)))
    assert "certificate chain: reaches a trusted root" in lines and "does NOT reach" not in lines, lines
    other_root = load_trust([other.root_pem("other.pem")])
    check = verify_pdf(tmp_path / "d.pdf", other_root)
    assert [p.code for p in check.problems] == ["verify.expired", "verify.untrusted"] and check.last.trusted is False


def test_unsigned_pdf_wrong_password_and_bad_trust_file(tmp_path, pki, leader):
    src = tmp_path / "r.pdf"
    return_pdf(src)
    check = verify_pdf(src, load_trust([pki.root_pem()]))
    assert not check.signed and [p.code for p in check.problems] == ["verify.unsigned"]
    with pytest.raises(CommuneDeskError, match="wrong password") as exc:
        with open_signer(CertSpec("pkcs12", str(pki.p12(leader))), "not-the-password"):
            pass
    assert "not-the-password" not in str(exc.value)
    (tmp_path / "junk.pem").write_text("hello")
    with pytest.raises(CommuneDeskError, match="no certificate in it"):
        load_trust([tmp_path / "junk.pem"])
    (tmp_path / "x.pdf").write_bytes(b"not a pdf")
    with pytest.raises(CommuneDeskError, match="not a readable PDF"):
        verify_pdf(tmp_path / "x.pdf")


def test_a_pdf_without_a_signature_block_is_not_signed(tmp_path, pki, leader):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "plain.pdf"))
    c.drawString(100, 700, "Hello")
    c.save()
    with open_signer(CertSpec("pkcs12", str(pki.p12(leader))), PASSWORD) as key:
        with pytest.raises(CommuneDeskError, match="no signature block"):
            sign_pdf(tmp_path / "plain.pdf", tmp_path / "out.pdf", key)
    assert not (tmp_path / "out.pdf").exists()


def test_verification_never_touches_the_network(tmp_path, pki, leader, monkeypatch):
    """The leader's certificate names a CRL and an OCSP responder; checking must not try them."""
    src, out = tmp_path / "r.pdf", tmp_path / "s.pdf"
    return_pdf(src)
    with open_signer(CertSpec("pkcs12", str(pki.p12(leader))), PASSWORD) as key:
        sign_pdf(src, out, key)
    tried = []

    def refuse(*args, **kwargs):
        tried.append(args)
        raise OSError("network used during verification")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    check = verify_pdf(out, load_trust([pki.root_pem()]))
    assert check.valid and tried == []


# ---------------------------------------------------------------- the real token (SoftHSM2)
@pytest.fixture
def token(tmp_path, leader, monkeypatch):
    require_softhsm()
    t = softhsm_token(tmp_path / "hsm", leader)
    monkeypatch.setenv("SOFTHSM2_CONF", t["conf"])
    return t


def test_sign_and_verify_with_a_softhsm2_token(tmp_path, pki, token):
    src, out = tmp_path / "r.pdf", tmp_path / "signed.pdf"
    return_pdf(src)
    spec = parse_cert_spec(token["spec"])
    with open_signer(spec, PIN) as key:
        assert key.certificate.name == "Nguyễn Văn An"
        sign_pdf(src, out, key, reason="Báo cáo tháng 10/2025")
    check = verify_pdf(out, load_trust([pki.root_pem()]))
    assert check.valid, check.problems
    # Without the key's label: the only key of the only token.
    with open_signer(parse_cert_spec(f"pkcs11:{token['module']}"), PIN) as key:
        assert key.certificate.name == "Nguyễn Văn An"


def test_token_refusals(tmp_path, token):
    module = token["module"]
    with pytest.raises(CommuneDeskError, match="refused the PIN") as exc:
        with open_signer(parse_cert_spec(token["spec"]), "000000"):
            pass
    assert "000000" not in str(exc.value)
    with pytest.raises(CommuneDeskError, match="no token 'Khác' is plugged in"):
        with open_signer(parse_cert_spec(f"pkcs11:{module}:Khác"), PIN):
            pass
    with pytest.raises(CommuneDeskError, match="no signing key 'nobody'"):
        with open_signer(parse_cert_spec(f"pkcs11:{module}:{token['label']}:nobody"), PIN):
            pass
    with pytest.raises(CommuneDeskError, match="could not be loaded"):
        with open_signer(parse_cert_spec(f"pkcs11:{tmp_path}/nothing.so"), PIN):
            pass
