"""Why a late dossier is late (core.dossiers.set_late_cause): one of the causes the return counts
late dossiers by; refused by core for a dossier that is not late."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from core.dossiers import get_dossier, may_carry_late_cause, set_late_cause
from core.formatting import fmt_date
from core.vocab import LATE_CAUSE
from gui.messages import field_text
from gui.widgets.fields import set_combo_data, vocab_combo
from gui.widgets.form import FormDialog


class LateCauseDialog(FormDialog):
    def __init__(self, ctx, dossier_id: int, parent=None):
        super().__init__("", parent, ctx=ctx)
        self.setWindowTitle(self.tr("Nguyên nhân quá hạn"))
        self.dossier_id = dossier_id
        with ctx.read() as s:
            d = get_dossier(s, dossier_id)
            late = may_carry_late_cause(d)
            head = self.tr("<b>{code}</b> — {procedure}<br>Hạn trả: {due} · Ngày trả kết quả: {done}").format(
                code=d.code, procedure=d.procedure.name, due=fmt_date(d.due_date),
                done=fmt_date(d.completed_date) if d.completed_date else "—")
            current = d.late_cause
        label = QLabel(head)
        label.setWordWrap(True)
        self.add_widget(label, before_form=True)
        self.cause = vocab_combo(LATE_CAUSE, ctx.lang, blank=self.tr("— Chưa ghi nguyên nhân —"))
        set_combo_data(self.cause, current)
        self.add_row("late_cause", self.tr("Nguyên nhân:"), self.cause)
        if not late:
            self.show_errors({"late_cause": field_text("dossier.cause_not_late")})

    def values(self) -> dict:
        return {"cause": self.cause.currentData()}

    def work(self):
        dossier_id, cause, user = self.dossier_id, self.values()["cause"], self.ctx.user_name
        return lambda s: set_late_cause(s, dossier_id, cause, user=user).id
