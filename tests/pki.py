"""A test public-key infrastructure made in the test (the `cryptography` package): a root CA, an
intermediate CA as the government CA has, leaders' certificates (valid, expired, from another CA),
PKCS#12 files, and a real SoftHSM2 token holding a key and its certificate (never a mock).

`Pki(tmp_path)` writes everything under tmp_path; `softhsm_token(...)` initialises a token in a
SOFTHSM2_CONF of its own with `softhsm2-util` and imports the key and certificate with python-pkcs11.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

SOFTHSM_MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                   "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so")
PASSWORD = "Mk-p12-7f3a9c"  # distinctive, so that tests can grep for it
PIN = "482915"
SO_PIN = "77335511"


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


@dataclass
class Cert:
    key: object
    cert: x509.Certificate
    chain: list  # the issuers, nearest first (not the root of a leaf issued by the intermediate)

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def key_der(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


class Pki:
    def __init__(self, folder: Path, org: str = "Test Government CA"):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now(timezone.utc)
        self.root = self._ca(f"{org} Root", org, None, now - timedelta(days=400), now + timedelta(days=3650))
        self.intermediate = self._ca(f"{org} Signing", org, self.root, now - timedelta(days=300),
                                     now + timedelta(days=3000))

    # ------------------------------------------------------------ certificates
    def _ca(self, cn: str, org: str, issuer: Cert | None, start, end) -> Cert:
        key = ec.generate_private_key(ec.SECP256R1())
        subject = _name(cn, org)
        b = (x509.CertificateBuilder().subject_name(subject)
             .issuer_name(issuer.cert.subject if issuer else subject).public_key(key.public_key())
             .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
             .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
             .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                          content_commitment=False, key_encipherment=False, data_encipherment=False,
                                          key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
             .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
        if issuer:
            b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
                                critical=False)
        cert = b.sign(issuer.key if issuer else key, hashes.SHA256())
        return Cert(key, cert, ([issuer] + issuer.chain) if issuer else [])

    def leader(self, name: str = "Nguyễn Văn An", org: str = "UBND Xã Thượng Tín", *, days_before: int = 30,
               days_after: int = 365, rsa_key: bool = True, signing: bool = True) -> Cert:
        """A leader's certificate issued by the intermediate CA; with CRL and OCSP addresses (that
        validation must never try to reach)."""
        issuer = self.intermediate
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if rsa_key else \
            ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(timezone.utc)
        usage = dict(digital_signature=signing, content_commitment=signing, key_encipherment=not signing,
                     key_cert_sign=False, crl_sign=False, data_encipherment=False, key_agreement=False,
                     encipher_only=False, decipher_only=False)
        cert = (x509.CertificateBuilder().subject_name(_name(name, org)).issuer_name(issuer.cert.subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=days_before)).not_valid_after(now + timedelta(days=days_after))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(**usage), critical=True)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
                               critical=False)
                .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
                    full_name=[x509.UniformResourceIdentifier("http://crl.invalid/test.crl")], relative_name=None,
                    reasons=None, crl_issuer=None)]), critical=False)
                .add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
                    x509.oid.AuthorityInformationAccessOID.OCSP,
                    x509.UniformResourceIdentifier("http://ocsp.invalid/"))]), critical=False)
                .sign(issuer.key, hashes.SHA256()))
        return Cert(key, cert, [issuer] + issuer.chain)

    # ------------------------------------------------------------ files
    def root_pem(self, name: str = "ca.pem") -> Path:
        path = self.folder / name
        path.write_bytes(self.root.pem())
        return path

    def p12(self, who: Cert, name: str = "leader.p12", password: str = PASSWORD) -> Path:
        path = self.folder / name
        path.write_bytes(pkcs12.serialize_key_and_certificates(
            b"leader", who.key, who.cert, [c.cert for c in who.chain],
            serialization.BestAvailableEncryption(password.encode())))
        return path


# ---------------------------------------------------------------- SoftHSM2
def softhsm_module() -> str | None:
    for path in SOFTHSM_MODULES:
        if os.path.exists(path):
            return path
    return None


def softhsm_missing() -> str | None:
    """Why a SoftHSM2 token cannot be made here (None: it can)."""
    if softhsm_module() is None:
        return "the SoftHSM2 module (Debian package softhsm2) is not installed"
    if shutil.which("softhsm2-util") is None:
        return "softhsm2-util (Debian package softhsm2) is not on PATH"
    try:
        import pkcs11  # noqa: F401
    except ImportError:
        return "python-pkcs11 is not installed"
    return None


def softhsm_token(folder: Path, who: Cert, label: str = "Lanh dao", key_label: str = "leader",
                  pin: str = PIN, extra_keys: tuple[str, ...] = ()) -> dict:
    """A real SoftHSM2 token in `folder` (its own SOFTHSM2_CONF, set in os.environ by the caller's
    monkeypatch) holding `who`'s key and certificate, and its CA certificates. Returns the
    environment and the `--sign` spec."""
    import pkcs11
    from asn1crypto import keys as asn1_keys
    from pkcs11 import Attribute, ObjectClass
    from pkcs11.util.rsa import decode_rsa_private_key
    from pkcs11.util.x509 import decode_x509_certificate

    folder = Path(folder)
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", SO_PIN],
                   check=True, capture_output=True, env=env)
    module = softhsm_module()
    old = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    try:
        lib = pkcs11.lib(module)
        lib.reinitialize()  # SoftHSM2 reads its configuration when initialised
        token = lib.get_token(token_label=label)
        with token.open(rw=True, user_pin=pin) as s:
            def put(c: Cert, klabel: str, ident: bytes):
                info = asn1_keys.PrivateKeyInfo.load(c.key_der())
                attrs = decode_rsa_private_key(info["private_key"].parsed.dump())
                attrs.update({Attribute.TOKEN: True, Attribute.LABEL: klabel, Attribute.ID: ident,
                              Attribute.SIGN: True, Attribute.PRIVATE: True, Attribute.SENSITIVE: True})
                s.create_object(attrs)
                cert = decode_x509_certificate(c.der())
                cert.update({Attribute.TOKEN: True, Attribute.LABEL: klabel, Attribute.ID: ident})
                s.create_object(cert)
            put(who, key_label, b"\x01")
            for i, extra in enumerate(extra_keys, start=2):
                put(who, extra, bytes([i]))
            for i, ca in enumerate(who.chain):
                cert = decode_x509_certificate(ca.der())
                cert.update({Attribute.TOKEN: True, Attribute.LABEL: f"ca{i}", Attribute.ID: bytes([0x40 + i]),
                             Attribute.CLASS: ObjectClass.CERTIFICATE})
                s.create_object(cert)
    finally:
        if old is None:
            os.environ.pop("SOFTHSM2_CONF", None)
        else:
            os.environ["SOFTHSM2_CONF"] = old
    return {"conf": str(conf), "module": module, "label": label, "key": key_label, "pin": pin,
            "spec": f"pkcs11:{module}:{label}:{key_label}", "env": {"SOFTHSM2_CONF": str(conf)}}


# ---------------------------------------------------------------- fixtures and tampering
import pytest  # noqa: E402


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """A test CA of the module (import the fixture into a test module by name)."""
    return Pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def leader(pki):
    return pki.leader()


@pytest.fixture(scope="module")
def trust(pki):
    from core.signing import load_trust

    return load_trust([pki.root_pem()])


def rewrite(src, dst, change):
    """A copy of the zip `src` at `dst` with `change(members)` applied to its members (name → bytes)."""
    import zipfile

    with zipfile.ZipFile(src) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    change(members)
    with zipfile.ZipFile(dst, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return Path(dst)


def changed_figure(src, dst, digit: bytes = b"9"):
    """The package `src` with one figure of its return.json changed (a digit put before the first
    "received" count), its manifest left as it was."""
    def change(members):
        members["return.json"] = members["return.json"].replace(b'"received": ', b'"received": ' + digit, 1)
    return rewrite(src, dst, change)
