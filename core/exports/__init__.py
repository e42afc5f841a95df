"""Exporters: each one lays out figures or records it is given; none queries the database.

`write_return_files` is the one entry point of the return's files (the `report` command and the
window's Báo cáo page): it gathers, in the caller's read transaction, what the files show besides
the JSON (the overdue and late dossiers, the registers' record lists, the previous period's figures
for the narrative), then writes the workbook and/or the PDF, each atomically."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from core import clock
from core.exports.labels import commune_unit, period_short, place_name, province_unit
from core.formatting import nfc

Progress = Callable[[int, "int | None"], None]
# Printed on the live figures of a finalised period (`report --live`).
LIVE_LINE = "Số liệu hiện tại theo dữ liệu, không phải số liệu đã chốt của kỳ báo cáo"


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("communedesk")
    except Exception:  # running from a checkout that is not installed
        return "0.1.0"


# Office settings (declared in core.settings) that shape the documents: option → key.
SETTING_KEYS = {
    "doc_number": "return.doc_number",
    "made_by": "return.made_by",
    "made_by_title": "return.made_by_title",
    "signer_authority": "return.signer_authority",
    "signer_name": "return.signer_name",
    "recipients": "return.recipients",
    "receiving_unit": "return.receiving_unit",
}


@dataclass
class ReturnOptions:
    """What the documents print besides the figures. Every field can be set by the office
    (settings above) or for one export (the window's report page)."""
    made_at: datetime = field(default_factory=lambda: clock.now().replace(microsecond=0))
    made_by: str | None = None
    made_by_title: str = "NGƯỜI LẬP BÁO CÁO"
    doc_number: str | None = None
    place: str | None = None
    issuer_lines: list[str] = field(default_factory=list)
    parent_lines: list[str] = field(default_factory=list)
    receiving_unit: str = ""
    signer_authority: list[str] = field(default_factory=lambda: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    signer_name: str | None = None
    recipients: list[str] = field(default_factory=list)
    show_made_by: bool = True
    # The signatures under the sheet of form II.06a (the form's own wording).
    form_maker_title: str = "NGƯỜI LẬP BIỂU"
    form_head_title: str = "THỦ TRƯỞNG ĐƠN VỊ"

    @classmethod
    def defaults(cls, data: dict, user: str | None = None, kind: str = "commune") -> "ReturnOptions":
        commune, province = nfc(data.get("commune")) or "", nfc(data.get("province")) or ""
        prov = province_unit(province)
        receiving = f"Ủy ban nhân dân {prov}" if prov else ""
        if kind == "province":
            # The province's consolidation goes to the provincial standing committee, whose working
            # groups asked for it (domain.md, "The setting").
            receiving = province_receiving_unit(province)
            return cls(made_by=user, issuer_lines=["ỦY BAN NHÂN DÂN", prov.upper()],
                       place=place_name(province) or None, doc_number="……/BC-UBND", receiving_unit=receiving,
                       signer_authority=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                       recipients=[r for r in (f"{receiving};" if receiving else "", "Lưu: VT.") if r],
                       made_by_title="NGƯỜI TỔNG HỢP")
        place = place_name(commune)
        return cls(made_by=user, issuer_lines=["ỦY BAN NHÂN DÂN", commune.upper()], place=place or None,
                   doc_number="……/BC-UBND", receiving_unit=receiving,
                   recipients=[f"{receiving};" if receiving else "Cấp trên;",
                               f"Thường trực Đảng ủy, HĐND {commune_unit(commune)};" if commune else "",
                               "Lưu: VT."])

    @classmethod
    def from_session(cls, session, data: dict, user: str | None = None) -> "ReturnOptions":
        """Defaults, then the commune's record (place name, chairperson), then the office settings."""
        from sqlalchemy import select

        from core import settings
        from core.models import Commune

        opts = cls.defaults(data, user)
        commune = session.scalar(select(Commune))
        if commune is not None:
            opts.place = nfc(commune.place_name) or opts.place
            opts.signer_name = nfc(commune.chairperson) or None
        values = settings.values(session, SETTING_KEYS.values())
        for name, key in SETTING_KEYS.items():
            if values[key]:  # a setting not made leaves the document's own default
                setattr(opts, name, values[key])
        opts.recipients = [r for r in opts.recipients if r]
        return opts


def province_receiving_unit(province: str | None) -> str:
    """"Ban Thường vụ Thành ủy Hà Nội", "Ban Thường vụ Tỉnh ủy Ninh Bình": the default addressee of a
    province's consolidation (the office may set its own: consolidation.receiving_unit)."""
    unit = province_unit(province)
    if not unit:
        return ""
    kind, _, name = unit.partition(" ") if unit.startswith("tỉnh ") else ("thành phố", "", unit[len("thành phố "):])
    return f"Ban Thường vụ {'Tỉnh ủy' if kind == 'tỉnh' else 'Thành ủy'} {name}"


@dataclass
class ReturnDocument:
    """Everything the return's files show. `data` is the JSON of `report --json` (for the
    province: the consolidated JSON); the rest is gathered by `collect` or by consolidation."""
    data: dict
    period: object  # core.returns.Period
    options: ReturnOptions
    kind: str = "commune"          # commune | province
    overdue: list | None = None    # core.returns_lists.DossierRow
    late: list | None = None
    details: dict = field(default_factory=dict)   # section key → [DetailTable]
    previous: dict | None = None   # the previous period's dossier section, for the narrative
    previous_period: object = None
    sources: list[dict] | None = None  # province: one entry per commune's workbook
    # The assessment (core.assessment.KEYS → text) as the clerk wrote it; None: the draft from the figures.
    assessment: dict | None = None
    app_version: str = field(default_factory=app_version)

    @property
    def communes(self) -> list[dict] | None:
        return self.data.get("communes")

    @property
    def ranking(self) -> list[dict] | None:
        return self.data.get("ranking")

    def communes_by_name(self) -> dict[str, dict]:
        return {c["commune"]: c["dossiers"]["total"] for c in self.communes or []}

    def reporting_unit(self) -> str:
        if self.kind == "province":
            return f"UBND {province_unit(self.data.get('province'))} (tổng hợp)"
        return f"UBND {commune_unit(self.data.get('commune'))}"

    def summary_line(self) -> str:
        what = ("Tình hình, kết quả giải quyết thủ tục hành chính; nhân sự, cơ sở vật chất, "
                "trang thiết bị và khó khăn, kiến nghị")
        if self.kind == "province":
            return f"Tổng hợp {what.lower()} của {len(self.communes or [])} xã, phường"
        return what

    def sections(self):
        from core.exports import model
        from core.returns import INDEX_766_NOTE, index_of

        out = []
        for key in ("staff", "equipment", "recommendations"):
            out.append(model.build_section(key, self.data.get(key), self.details.get(key, ())))
        out.append(model.index_section(index_of(self.data["dossiers"]), INDEX_766_NOTE))
        for key in ("tasks", "training"):
            if key in self.data:
                out.append(model.build_section(key, self.data.get(key), self.details.get(key, ())))
        return out

    def sheet_guide(self) -> list[tuple[str, str]]:
        guide = [("Thông tin chung", "Đơn vị, kỳ báo cáo, người lập, số liệu chính")]
        if self.kind == "province":
            guide += [("Hồ sơ TTHC", "Biểu II.06a/VPCP/KSTT: mỗi đơn vị một dòng"),
                      ("Xếp hạng", "Xếp hạng các đơn vị theo tỷ lệ giải quyết trước hạn và đúng hạn"),
                      ("Theo lĩnh vực", "Biểu II.06a/VPCP/KSTT tổng hợp theo lĩnh vực")]
            from core.exports.model import province_tables

            guide += [(t.sheet, t.guide) for t in province_tables(self.data)]
        else:
            guide += [("Hồ sơ TTHC", "Biểu II.06a/VPCP/KSTT theo lĩnh vực"),
                      ("Hồ sơ quá hạn", "Hồ sơ đang giải quyết quá hạn đến ngày cuối kỳ, số ngày quá hạn"),
                      ("Giải quyết quá hạn", "Hồ sơ đã giải quyết quá hạn trong kỳ")]
        from core.exports.model import section_heading

        for s in self.sections():  # the heading's own words: "766/QĐ-TTg" keeps its capitals
            guide.append((s.sheet, section_heading(s)))
        return guide

    def meta(self) -> dict:
        return {"program": "CommuneDesk", "version": self.app_version, "kind": self.kind,
                "made_at": self.options.made_at.isoformat(), "made_by": self.options.made_by,
                "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()}}

    def period_words(self) -> str:
        return period_short(self.period.start, self.period.end)

    @property
    def as_of(self):
        """The day the figures are taken on when the period was still running as the return was made
        (the JSON's `period.as_of`), else None: the period's end."""
        from datetime import date

        day = (self.data.get("period") or {}).get("as_of")
        return date.fromisoformat(day) if day else None

    @property
    def figures_day(self):
        """The day the "on T" figures speak for: `as_of`, or the period's end."""
        return self.as_of or self.period.end

    def as_of_line(self) -> str | None:
        """"Số liệu tính đến ngày 01/12/2026" for a period still running when the return was made."""
        from core.formatting import fmt_date

        return f"Số liệu tính đến ngày {fmt_date(self.as_of)}" if self.as_of else None

    @property
    def live(self) -> bool:
        """The live figures of a finalised period (`report --live`), not the ones submitted."""
        return bool(self.data.get("live"))

    # ------------------------------------------------------------ II–IV. the assessment
    def unit_words(self) -> str:
        """Who reports: "Ủy ban nhân dân xã Thượng Tín", or the province's communes."""
        from core.formatting import fmt_int

        if self.kind == "province":
            return f"{fmt_int(len(self.communes or []))} xã, phường thuộc {province_unit(self.data.get('province'))}"
        return f"Ủy ban nhân dân {commune_unit(self.data.get('commune'))}"

    def assessment_texts(self) -> dict[str, str]:
        """The assessment as printed: the clerk's (or the finalised) text, else the draft from the figures."""
        from core import assessment

        if self.assessment is not None:
            return self.assessment
        prev_words = (period_short(self.previous_period.start, self.previous_period.end)
                      if self.previous_period is not None else None)
        return assessment.draft(assessment.Facts(self.data, self.period.end, self.previous, prev_words,
                                                 self.details, self.unit_words()))

    def assessment_outline(self) -> list[tuple[int, str, list[str]]]:
        """Sections II–IV as (level, heading, paragraphs): level 1 a Roman-numbered part, level 2 its
        numbered item (paragraphs empty on a part that has items). The PDF and the workbook print this."""
        from core import assessment
        from core.exports.labels import period_title

        texts = self.assessment_texts()

        def lines(key: str) -> list[str]:
            return assessment.paragraphs(texts.get(key) or "") or ["Không có."]

        ahead = "THÁNG TỚI" if period_title(self.period.start, self.period.end).startswith("Tháng") else "KỲ TỚI"
        out = [(1, "II. ĐÁNH GIÁ CHUNG", [])]
        out += [(2, f"{n}. {assessment.TITLES[key]}", lines(key))
                for n, key in enumerate(("achievements", "shortcomings", "causes"), 1)]
        out += [(1, f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ {ahead}", lines("next_tasks")),
                (1, "IV. KIẾN NGHỊ, ĐỀ XUẤT", lines("proposals"))]
        return out

    def status_lines(self) -> list[str]:
        """The lines under the period's line: the day the figures are taken on, and the live label."""
        lines = [line for line in (self.as_of_line(),) if line]
        if self.live:
            lines.append(LIVE_LINE)
        return lines


def collect(session, period, data: dict, user: str | None = None, options: ReturnOptions | None = None,
            progress: Progress | None = None) -> ReturnDocument:
    """The document of a commune's return: `data` (from build_return) and the lists behind it."""
    from core.returns import dossier_section
    from core.returns_lists import completed_late, overdue_pending
    from core.return_sections import counted_period, section_details

    step = progress or (lambda done, total: None)
    opts = options or ReturnOptions.from_session(session, data, user)
    doc = ReturnDocument(data, period, opts)
    counted = counted_period(period, data)  # the lists over the span the figures counted
    doc.overdue = overdue_pending(session, counted)
    step(1, None)
    doc.late = completed_late(session, counted)
    step(2, None)
    doc.details = section_details(session, counted)
    # Both files print the assessment (the draft compares with the previous period).
    from core.finalise import assessment_for

    doc.assessment = assessment_for(session, period, data)
    doc.previous_period = period.previous()
    doc.previous = dossier_section(session, doc.previous_period)
    step(3, None)
    return doc


def write_return_files(session, period, data: dict, *, xlsx=None, pdf=None, user: str | None = None,
                       options: ReturnOptions | None = None, progress: Progress | None = None) -> list[Path]:
    """Write the return's workbook (`xlsx`) and/or PDF (`pdf`); returns the paths written.
    `progress(done, total)` may raise core.errors.Cancelled: a file not finished is not left behind."""
    doc = collect(session, period, data, user, options, progress)
    return write_document(doc, xlsx=xlsx, pdf=pdf, progress=progress)


def write_document(doc: ReturnDocument, *, xlsx=None, pdf=None, progress: Progress | None = None) -> list[Path]:
    written: list[Path] = []
    check = progress or (lambda done, total: None)
    if xlsx:
        from core.exports.xlsx import write_workbook

        written.append(write_workbook(doc, xlsx, check))
    if pdf:
        from core.exports.pdf.report import write_report_pdf

        written.append(write_report_pdf(doc, pdf, check))
    return written


__all__ = ["ReturnOptions", "ReturnDocument", "collect", "write_return_files", "write_document",
           "SETTING_KEYS"]
