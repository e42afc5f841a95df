"""Signed returns in the window: checking a return package or a signed PDF (core.packages.check_file,
offline), and finalising a return signed with the leader's certificate into its package
(core.submission.submit). Both run through gui.ops, never on the GUI thread. The PIN or password is
read from its field when the work is queued, the field is cleared at once, and it is never stored."""
from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
                               QLineEdit, QListWidget, QRadioButton, QVBoxLayout, QWidget)

from core.formatting import fmt_date
from gui import ops
from gui.messages import error_text, problem_text
from gui.widgets.fields import PathField, plain_text

OK_STYLE = "color: #2e7d32; font-weight: 600;"
BAD_STYLE = "color: #b3261e; font-weight: 600;"
WARN_STYLE = "color: #8d6e00; font-weight: 600;"


def tr(text: str) -> str:
    return QCoreApplication.translate("Signing", text)


def _pref(key: str):
    from gui import prefs

    try:
        return prefs.get(key)
    except Exception:  # a damaged preferences file: start empty
        return None


def _put_pref(key: str, value) -> None:
    from gui import prefs

    try:
        prefs.put(key, value or None)
    except Exception:  # not worth failing the check for
        pass


def _error_and_buttons(dialog: QDialog, layout, action: str, slot, close: str):
    """The dialog's error line (red), then its action and close buttons; returns (error, action button)."""
    from gui.widgets.buttons import ok_cancel

    error = QLabel(dialog)
    error.setWordWrap(True)
    error.setStyleSheet(BAD_STYLE)
    layout.addWidget(error)
    layout.addStretch(1)
    buttons = ok_cancel(action, close, slot, dialog.reject)
    layout.addWidget(buttons)
    return error, buttons.button(QDialogButtonBox.Ok)


def trust_filter() -> str:
    return tr("Chứng thư số (*.pem *.crt *.cer *.der);;Tất cả (*)")


# ================================================================ checking a package
class CheckView(QWidget):
    """A checked package or PDF, as `verify` says it: valid or not, who signed, when, changed after
    signing, the chain, the return it holds, and every problem."""

    def __init__(self, parent=None):
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        form = self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (("return", tr("Báo cáo:")), ("signer", tr("Người ký:")),
                           ("others", tr("Chữ ký thêm sau:")),
                           ("certificate", tr("Chứng thư số:")), ("signed_at", tr("Thời điểm ký:")),
                           ("changed", tr("Sửa sau khi ký:")), ("chain", tr("Chuỗi chứng thư:")),
                           ("files", tr("Các tệp:"))):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        box.addLayout(form)
        self.problems = QListWidget(self)
        self.problems.setMaximumHeight(120)
        self.problems.setWordWrap(True)  # a refusal's reason is a sentence: read whole, not scrolled to
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        box.addWidget(self.problems)
        self.show_check(None)

    def show_check(self, check) -> None:
        from core.packages import fmt_serial

        for w in self.fields.values():
            w.setText("")
        self.form.setRowVisible(self.fields["others"], False)
        self.problems.clear()
        self.problems.setVisible(False)
        if check is None:
            self.status.setText("")
            return
        if check.status == "valid":
            self.status.setText(tr("{name}: HỢP LỆ. Chữ ký số đúng, tệp không bị sửa sau khi ký, chứng thư thuộc tổ "
                                   "chức chứng thực được tin cậy.").format(name=check.name))
            self.status.setStyleSheet(OK_STYLE)
        elif check.status == "unverified":
            self.status.setText(tr("{name}: chữ ký nguyên vẹn, tệp không bị sửa, nhưng CHƯA kiểm tra chuỗi chứng thư "
                                   "(chưa chọn chứng thư gốc tin cậy).").format(name=check.name))
            self.status.setStyleSheet(WARN_STYLE)
        else:
            self.status.setText(tr("{name}: KHÔNG HỢP LỆ.").format(name=check.name))
            self.status.setStyleSheet(BAD_STYLE)
        f = check.facts
        if f is not None:
            text = tr("{commune} ({province}), kỳ {start} – {end}, phiên bản {version}").format(
                commune=f.commune, province=f.province, start=fmt_date(f.period_from), end=fmt_date(f.period_to),
                version=f.version)
            if f.replaces:
                text += tr(", thay phiên bản {v}").format(v=f.replaces) + (f" ({f.reason})" if f.reason else "")
            self.fields["return"].setText(text)
        sig = check.signature
        if sig is not None and sig.certificate is not None:
            c = sig.certificate
            self.fields["signer"].setText(c.name + (f", {c.organisation}" if c.organisation else ""))
            others = [o.certificate for o in check.other_signatures]
            self.fields["others"].setText("; ".join((o.name + (f", {o.organisation}" if o.organisation else ""))
                                                    if o else "?" for o in others)
                                          + (tr(" (báo cáo chỉ mang chữ ký của lãnh đạo: không hợp lệ)") if others else ""))
            self.form.setRowVisible(self.fields["others"], bool(others))
            self.fields["certificate"].setText(tr("số sê-ri {serial}, cấp bởi {issuer}, hiệu lực {start} – {end}").format(
                serial=fmt_serial(c.serial), issuer=c.issuer, start=fmt_date(c.not_before), end=fmt_date(c.not_after)))
            if sig.signed_at:
                self.fields["signed_at"].setText(sig.signed_at.strftime("%H:%M:%S %d/%m/%Y") +
                                                 tr(" (theo đồng hồ máy ký)"))
            changed = not (sig.intact and sig.covers_whole_file)
            self.fields["changed"].setText(tr("CÓ") if changed else tr("Không"))
            self.fields["chain"].setText({True: tr("thuộc tổ chức chứng thực được tin cậy"),
                                          False: tr("KHÔNG thuộc tổ chức chứng thực được tin cậy"),
                                          None: tr("chưa kiểm tra")}[sig.trusted]
                                         + tr("; không kiểm tra thu hồi (không dùng mạng)"))
        elif check.pdf is not None and not check.signed:
            self.fields["signer"].setText(tr("Chưa ký số"))
        if check.manifest:
            self.fields["files"].setText(", ".join(str(x.get("name")) for x in check.manifest.get("files", [])))
        if check.problems:
            self.problems.setVisible(True)
            for p in check.problems:
                self.problems.addItem(problem_text(p))


class VerifyDialog(QDialog):
    """Kiểm tra gói báo cáo: a package or a signed PDF against the trusted roots chosen."""

    checked = Signal(object)

    def __init__(self, ctx, parent=None, path: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.check = None
        self.operation = None
        self._asked = 0  # checks asked for: only the last one's result is shown
        self.setWindowTitle(tr("Kiểm tra gói báo cáo"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Kiểm tra gói báo cáo (.cdpkg) hoặc tệp PDF đã ký số: chữ ký còn nguyên vẹn, ai ký, khi nào, "
                         "tệp có bị sửa sau khi ký không, chứng thư có thuộc tổ chức chứng thực được tin cậy không. "
                         "Việc kiểm tra không dùng mạng."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.file = PathField(tr("Chọn gói báo cáo"), tr("Gói báo cáo hoặc PDF đã ký (*.cdpkg *.pdf);;Tất cả (*)"),
                              parent=self)
        self.file.setText(path)
        self.trust = PathField(tr("Chọn chứng thư gốc tin cậy"), trust_filter(), parent=self)
        self.trust.setText(_pref("signing/trust"))
        form.addRow(tr("Tệp cần kiểm tra:"), self.file)
        form.addRow(tr("Chứng thư gốc tin cậy:"), self.trust)
        layout.addLayout(form)
        self.view = CheckView(self)
        layout.addWidget(self.view)
        self.error, self.check_btn = _error_and_buttons(self, layout, tr("Kiểm tra"), self.run_check, tr("Đóng"))

    def run_check(self):
        path, trust = self.file.text(), self.trust.text()
        if not path:
            self.error.setText(tr("Chọn tệp cần kiểm tra."))
            return None
        self.error.setText("")
        _put_pref("signing/trust", trust)

        def work(progress):
            from core.packages import check_file
            from core.signing import load_trust

            progress(0, None)
            return check_file(path, load_trust([trust]) if trust else None)

        self._asked += 1
        asked = self._asked
        self.operation = ops.run(self.ctx, tr("Kiểm tra gói báo cáo"), work, parent=self,
                                 done=partial(self._done, asked), failed=partial(self._failed, asked),
                                 writes=False, busy=[self.check_btn])
        return self.operation

    def _done(self, asked: int, check) -> None:
        if asked != self._asked:  # an earlier check finished after a later one was asked for
            return
        self.check = check
        self.view.show_check(check)
        self.checked.emit(check)

    def _failed(self, asked: int, exc) -> None:
        if asked != self._asked:
            return
        self.check = None
        self.view.show_check(None)
        self.error.setText(error_text(exc))


# ================================================================ finalising signed
class SignDialog(QDialog):
    """Chốt và ký số: the leader's certificate (a .p12/.pfx file or a USB token), its password or
    PIN, and where the package goes; an amendment asks its reason too."""

    def __init__(self, ctx, period, data: dict | None, amend: bool = False, parent=None):
        super().__init__(parent)
        from core.signing import parse_cert_spec

        self.ctx, self.period, self.data, self.amend = ctx, period, data, amend
        self.operation = None
        self.result_value = None
        self.setWindowTitle(tr("Chốt bản điều chỉnh và ký số") if amend else tr("Chốt báo cáo và ký số"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Báo cáo kỳ {start} – {end} được chốt, tệp PDF được ký số bằng chứng thư của lãnh đạo và "
                         "đóng thành gói báo cáo gửi tỉnh (sổ Excel, PDF đã ký, số liệu JSON và bản kê). Mã PIN hoặc "
                         "mật khẩu không được lưu.").format(start=fmt_date(period.start), end=fmt_date(period.end)), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        grid = QGridLayout()
        self.kind_file = QRadioButton(tr("Tệp chứng thư số (.p12, .pfx)"), self)
        self.kind_token = QRadioButton(tr("Token USB (PKCS#11)"), self)
        group = QButtonGroup(self)
        group.addButton(self.kind_file)
        group.addButton(self.kind_token)
        self.cert_file = PathField(tr("Chọn tệp chứng thư số"), tr("Chứng thư số (*.p12 *.pfx);;Tất cả (*)"), parent=self)
        self.library = PathField(tr("Chọn thư viện PKCS#11 của token"),
                                 tr("Thư viện PKCS#11 (*.so *.dll *.dylib);;Tất cả (*)"), parent=self)
        self.token = QLineEdit(self)
        self.token.setPlaceholderText(tr("trống: token duy nhất đang cắm"))
        self.key_label = QLineEdit(self)
        self.key_label.setPlaceholderText(tr("trống: khóa ký duy nhất trên token"))
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.Password)
        self.secret_label = QLabel(self)
        self.package = PathField(tr("Lưu gói báo cáo"), tr("Gói báo cáo (*.cdpkg)"), save=True, parent=self,
                                 db=self.ctx.db)
        self.package.setText(str(self._default_package()))
        self.reason = plain_text(self, height=60)
        rows = [(None, self.kind_file), (tr("Tệp chứng thư:"), self.cert_file), (None, self.kind_token),
                (tr("Thư viện token:"), self.library), (tr("Tên token:"), self.token),
                (tr("Tên khóa:"), self.key_label), (self.secret_label, self.secret),
                (tr("Gói báo cáo:"), self.package)]
        if amend:
            rows.append((tr("Lý do điều chỉnh:"), self.reason))
        for r, (label, w) in enumerate(rows):
            if label is None:
                grid.addWidget(w, r, 0, 1, 2)
            else:
                grid.addWidget(label if isinstance(label, QLabel) else QLabel(label, self), r, 0)
                grid.addWidget(w, r, 1)
        layout.addLayout(grid)
        self.error, self.sign_btn = _error_and_buttons(self, layout, tr("Chốt và ký số"), self.run_sign, tr("Hủy"))
        self.kind_file.toggled.connect(self._kind_changed)
        remembered = _pref("signing/certificate")
        spec = None
        if remembered:
            try:
                spec = parse_cert_spec(remembered)
            except Exception:  # a remembered value that no longer reads: start empty
                spec = None
        if spec is not None and spec.kind == "pkcs11":
            self.kind_token.setChecked(True)
            self.library.setText(spec.path)
            self.token.setText(spec.token or "")
            self.key_label.setText(spec.key or "")
        else:
            self.kind_file.setChecked(True)
            if spec is not None:
                self.cert_file.setText(spec.path)
        self._kind_changed()

    def _default_package(self) -> Path:
        from core.formatting import file_slug

        from gui.desktop import folder_for

        folder = str(folder_for("reports", make=False))
        commune = file_slug((self.data or {}).get("commune"))
        version = "_dieu_chinh" if self.amend else ""
        return Path(folder) / f"BaoCao_{commune}_{self.period.end:%Y-%m}{version}.cdpkg"

    def _kind_changed(self, *_):
        token = self.kind_token.isChecked()
        self.cert_file.setEnabled(not token)
        for w in (self.library, self.token, self.key_label):
            w.setEnabled(token)
        self.secret_label.setText(tr("Mã PIN:") if token else tr("Mật khẩu:"))

    def spec(self):
        from core.signing import CertSpec

        if self.kind_token.isChecked():
            return CertSpec("pkcs11", self.library.text(), self.token.text().strip() or None,
                            self.key_label.text().strip() or None)
        return CertSpec("pkcs12", self.cert_file.text())

    def run_sign(self):
        from core.submission import Outputs, check_outputs

        spec = self.spec()
        if not spec.path:
            self.error.setText(tr("Chọn thư viện của token.") if spec.kind == "pkcs11" else tr("Chọn tệp chứng thư số."))
            return None
        package = self.package.text()
        if not package:
            self.error.setText(tr("Chọn nơi lưu gói báo cáo."))
            return None
        if not package.lower().endswith(".cdpkg"):
            package += ".cdpkg"
        reason = self.reason.toPlainText().strip() if self.amend else None
        if self.amend and not reason:
            self.error.setText(tr("Nhập lý do điều chỉnh."))
            return None
        outputs = Outputs(package=Path(package))
        try:
            check_outputs(outputs, self.ctx.db)
        except Exception as exc:
            self.error.setText(error_text(exc))
            return None
        secret = self.secret.text()
        self.secret.clear()  # the field never keeps it
        self.error.setText("")
        _put_pref("signing/certificate", str(spec))
        db, actor, user, period = self.ctx.db, self.ctx.user, self.ctx.user_name, self.period
        action = "amend" if self.amend else "finalise"

        def work(progress):
            from core.signing import open_signer
            from core.submission import submit

            with open_signer(spec, secret) as key:
                return submit(db, period, action=action, reason=reason, outputs=outputs, key=key, user=user,
                              actor=actor if not isinstance(actor, str) else None, progress=progress)

        self.operation = ops.run(self.ctx, self.windowTitle(), work, parent=self, done=self._done,
                                 failed=self._failed, writes=True, busy=[self.sign_btn])
        return self.operation

    def _done(self, result) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, exc) -> None:
        self.error.setText(error_text(exc))
