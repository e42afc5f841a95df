"""Fixed vocabularies: one place for each code, its Vietnamese label, its English label and
the spellings accepted on import. Codes are what the database and the JSON hold."""
from __future__ import annotations

from dataclasses import dataclass

from core.formatting import fold


@dataclass(frozen=True)
class Term:
    code: str
    vi: str
    en: str
    aliases: tuple[str, ...] = ()


class Vocabulary:
    def __init__(self, name: str, terms: list[Term], default: str | None = None):
        self.name = name
        self.terms = terms
        self.default = default
        self._by_code = {t.code: t for t in terms}
        self._lookup: dict[str, str] = {}
        for t in terms:
            for spelling in (t.code, t.vi, t.en, *t.aliases):
                self._lookup[fold(spelling)] = t.code

    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def parse(self, text: str | None) -> str | None:
        """The code for a label, code or alias (case, spaces and diacritics ignored); None if unknown."""
        if text is None:
            return None
        return self._lookup.get(fold(str(text)))

    def label(self, code: str | None, lang: str = "vi") -> str:
        term = self._by_code.get(code or "")
        if term is None:
            return code or ""
        return term.vi if lang == "vi" else term.en

    def __contains__(self, code: str) -> bool:
        return code in self._by_code


CHANNEL = Vocabulary("channel", [
    Term("online", "Trực tuyến", "Online", ("truc tuyen", "dvc", "dich vu cong")),
    Term("direct", "Trực tiếp", "Direct", ("tai quay", "counter", "in person")),
    Term("postal", "Bưu chính", "Postal", ("bưu chính công ích", "buu dien", "post")),
], default="direct")

DOSSIER_STATUS = Vocabulary("status", [
    Term("in_progress", "Đang xử lý", "In progress", ("dang giai quyet", "processing")),
    Term("awaiting_supplement", "Chờ bổ sung", "Awaiting supplement",
         ("cho bo sung ho so", "supplement", "awaiting")),
    Term("returned", "Đã trả", "Returned", ("da tra ket qua", "da giai quyet", "completed", "done")),
    Term("rejected", "Từ chối", "Rejected", ("tu choi giai quyet",)),
    Term("withdrawn", "Rút hồ sơ", "Withdrawn", ("rut", "dung giai quyet", "stopped")),
])
OPEN_STATUSES = ("in_progress", "awaiting_supplement")
CLOSED_STATUSES = ("returned", "rejected", "withdrawn")

DEADLINE_UNIT = Vocabulary("deadline_unit", [
    Term("working_days", "Ngày làm việc", "Working days"),
    Term("calendar_days", "Ngày", "Calendar days"),
])

DOSSIER_EVENT = Vocabulary("event", [
    Term("received", "Tiếp nhận", "Received"),
    Term("assigned", "Chuyển xử lý", "Handed to a handler"),
    Term("supplement_requested", "Yêu cầu bổ sung", "Supplement requested"),
    Term("supplement_supplied", "Đã bổ sung", "Supplement supplied"),
    Term("apology", "Xin lỗi, hẹn lại", "Apology, new date"),
    Term("returned", "Trả kết quả", "Result returned"),
    Term("rejected", "Từ chối", "Rejected"),
    Term("withdrawn", "Rút hồ sơ", "Withdrawn"),
    Term("edited", "Sửa thông tin", "Edited"),
])

HOLIDAY_OVERRIDE = Vocabulary("override", [
    Term("day_off", "Ngày nghỉ", "Day off"),
    Term("working_day", "Ngày làm bù", "Make-up working day"),
])
