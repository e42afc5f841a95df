"""The assessment a working group expects in a return (after the figures): kết quả đạt được; tồn tại,
hạn chế; nguyên nhân; phương hướng, nhiệm vụ kỳ tới; kiến nghị, đề xuất.

The clerk writes them; `draft` starts them with plain statements of the figures (the return's JSON,
the previous period's dossier figures and the registers' lists), for the clerk to edit. Nothing here
judges beyond the figures: a draft says what was received, settled and is overdue, what is short and
what was asked for, never why.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from core import clock
from core.collation import sort_key
from core.formatting import fmt_date, fmt_decimal, fmt_int, fmt_rate, nfc
from core.models.base import NOTES

# (key, heading in the document); the order of the document.
SECTIONS = (
    ("achievements", "Kết quả đạt được"),
    ("shortcomings", "Tồn tại, hạn chế"),
    ("causes", "Nguyên nhân"),
    ("next_tasks", "Phương hướng, nhiệm vụ"),
    ("proposals", "Kiến nghị, đề xuất"),
)
KEYS = tuple(k for k, _ in SECTIONS)
TITLES = dict(SECTIONS)
#: The most text one section may hold (a few pages; the document is a report, not a book).
MAX_CHARS = NOTES


@dataclass
class Facts:
    """What a draft is made from."""
    data: dict                         # the return's JSON (core.return_sections.build_return)
    end: object                        # the period's last day (date)
    previous: dict | None = None       # the previous period's dossier section
    previous_words: str | None = None  # "tháng 10/2026"
    details: dict | None = None        # section key → [DetailTable] (core.returns_lists)
    unit: str = ""                     # "Ủy ban nhân dân xã Thượng Tín" or "các đơn vị"


def empty() -> dict[str, str]:
    return dict.fromkeys(KEYS, "")


def clean(texts: dict) -> dict[str, str]:
    """The five texts, NFC, trimmed, line ends normalised, unknown keys refused by the caller."""
    out = empty()
    for key in KEYS:
        value = texts.get(key) or ""
        value = "\n".join(line.rstrip() for line in str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        out[key] = nfc(value) or ""
    return out


def late_causes_sentence(causes: dict[str, dict[str, int]], late: int) -> str | None:
    """Why the period's late dossiers (completed late and pending overdue) are late, by the causes
    recorded: "Nguyên nhân của 6 hồ sơ quá hạn: lỗi hệ thống, phần mềm 3 hồ sơ; chờ người dân 1 hồ sơ;
    chưa ghi nguyên nhân 2 hồ sơ." None when nothing is late."""
    from core.vocab import LATE_CAUSE

    if not late:
        return None
    parts, told = [], 0
    for code, c in causes.items():
        n = c["completed_late"] + c["pending_overdue"]
        told += n
        parts.append(f"{LATE_CAUSE.label(code).lower()} {fmt_int(n)} hồ sơ")
    if not parts:
        return f"Chưa ghi nguyên nhân quá hạn cho {fmt_int(late)} hồ sơ quá hạn."
    if late > told:
        parts.append(f"chưa ghi nguyên nhân {fmt_int(late - told)} hồ sơ")
    return f"Nguyên nhân của {fmt_int(late)} hồ sơ quá hạn: " + "; ".join(parts) + "."


def _pp(diff: Decimal) -> str:
    return f"{fmt_decimal(abs(diff))} điểm phần trăm"


def _rate_change(cur, prev) -> str | None:
    if cur is None or prev is None:
        return None
    diff = Decimal(str(cur)) - Decimal(str(prev))
    if diff == 0:
        return f"bằng kỳ trước ({fmt_rate(prev)})"
    return f"{'tăng' if diff > 0 else 'giảm'} {_pp(diff)} so với kỳ trước ({fmt_rate(prev)})"


def _column(table, heading: str) -> int | None:
    for i, (h, _kind) in enumerate(table.columns):
        if h == heading:
            return i
    return None


def _by_late_field(by_field: dict) -> list[tuple[str, int]]:
    """Fields with dossiers completed late or pending overdue, most first, then in Vietnamese order."""
    rows = [(name, int(f.get("completed_late") or 0) + int(f.get("pending_overdue") or 0))
            for name, f in (by_field or {}).items()]
    rows = [(n, c) for n, c in rows if c]
    rows.sort(key=lambda r: (-r[1], sort_key(r[0])))
    return rows


def _shortages(staff: dict) -> list[tuple[str, int]]:
    by = ((staff or {}).get("staffing") or {}).get("by_specialty") or {}
    rows = [(name, int(v.get("shortage") or 0)) for name, v in by.items() if int(v.get("shortage") or 0) > 0]
    rows.sort(key=lambda r: sort_key(r[0]))
    return rows


def _open_recommendations(details: dict | None) -> list[str]:
    from core import vocab

    resolved = vocab.REC_STATUS.label("resolved", "vi")
    out = []
    for table in (details or {}).get("recommendations", ()):
        content, status, body = _column(table, "Nội dung"), _column(table, "Trạng thái"), \
            _column(table, "Cơ quan tiếp nhận")
        if content is None:
            continue
        for row in table.rows:
            if status is not None and row[status] == resolved:
                continue
            text = nfc(str(row[content] or "")) or ""
            if not text:
                continue
            extra = []
            if body is not None and row[body]:
                extra.append(f"gửi {nfc(str(row[body]))}")
            if status is not None and row[status]:
                extra.append(str(row[status]).lower())
            out.append(text.rstrip(".;") + (f" ({', '.join(extra)})" if extra else ""))
    return out


def _places_still_cut_off(details: dict | None) -> str | None:
    """The return's own sentence of the period's site problems, with the places still not fixed on
    its last day (None when there are none)."""
    from core import vocab

    resolved = vocab.PROBLEM_STATUS.label("resolved", "vi")
    for table in (details or {}).get("equipment", ()):
        place, status = _column(table, "Thôn, địa điểm"), _column(table, "Trạng thái")
        if place is None or status is None or not table.summary:
            continue
        names = sorted({nfc(str(row[place])) for row in table.rows if row[status] != resolved and row[place]},
                       key=sort_key)
        if names:
            return f"{table.summary}: {', '.join(names)}."
    return None


def _lines(items: list[str]) -> str:
    return "\n".join(f"- {i}" for i in items if i)


def draft(f: Facts) -> dict[str, str]:
    """The five sections as plain statements of the figures."""
    d = f.data
    t = d["dossiers"]["total"]
    staff = d.get("staff") or {}
    equipment = d.get("equipment") or {}
    tasks = (d.get("tasks") or {}).get("total") or {}
    training = d.get("training") or {}
    end = fmt_date(f.end)
    out = empty()

    # kết quả đạt được
    good = []
    settled = int(t.get("completed_early") or 0) + int(t.get("completed_on_time") or 0)
    line = (f"Tiếp nhận {fmt_int(t['received'])} hồ sơ thủ tục hành chính, trong đó trực tuyến "
            f"{fmt_int(t['received_online'])} hồ sơ; giải quyết {fmt_int(t['completed'])} hồ sơ")
    if t.get("completed"):
        line += f", trước hạn và đúng hạn {fmt_int(settled)} hồ sơ, đạt tỷ lệ {fmt_rate(t['on_time_rate'])}"
        change = _rate_change(t.get("on_time_rate"), ((f.previous or {}).get("total") or {}).get("on_time_rate"))
        if change:
            line += f", {change}"
    good.append(line + ".")
    if staff.get("total"):
        good.append(f"Số người đang công tác đến ngày {end}: {fmt_int(staff['total'])} người.")
    if tasks.get("done"):
        good.append(f"Hoàn thành {fmt_int(tasks['done'])} nhiệm vụ trọng tâm, trong đó đúng hạn "
                    f"{fmt_int(tasks.get('done_on_time') or 0)} nhiệm vụ.")
    if training.get("courses_held"):
        good.append(f"Tổ chức {fmt_int(training['courses_held'])} lớp đào tạo, bồi dưỡng với "
                    f"{fmt_int(training.get('attendances') or 0)} lượt người tham gia.")
    delivered = ((equipment.get("by_status") or {}).get("delivered") or {}).get("count")
    if delivered:
        good.append(f"Đã được cấp {fmt_int(delivered)} hạng mục cơ sở vật chất, trang thiết bị.")
    out["achievements"] = _lines(good)

    # tồn tại, hạn chế
    weak = []
    late, overdue = int(t.get("completed_late") or 0), int(t.get("pending_overdue") or 0)
    if late:
        weak.append(f"Còn {fmt_int(late)} hồ sơ giải quyết quá hạn trong kỳ.")
    if overdue:
        weak.append(f"Đến ngày {end} còn {fmt_int(overdue)} hồ sơ đang giải quyết quá hạn.")
    if t.get("received"):
        share = Decimal(int(t["received_online"])) * 100 / Decimal(int(t["received"]))
        if share < 50:
            weak.append(f"Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {fmt_rate(share)}, dưới mức 50% của Bộ chỉ số "
                        "phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg).")
    shortage = int(((staff.get("staffing") or {}).get("shortage")) or 0)
    if shortage:
        parts = ", ".join(f"{nfc(n)} {fmt_int(c)}" for n, c in _shortages(staff))
        weak.append(f"Còn thiếu {fmt_int(shortage)} người so với định biên" + (f" ({parts})." if parts else "."))
    if equipment.get("open_needs"):
        weak.append(f"Còn {fmt_int(equipment['open_needs'])} nhu cầu cơ sở vật chất, trang thiết bị chưa được "
                    f"đáp ứng, kinh phí dự kiến {fmt_int(equipment.get('open_estimated_cost') or 0)} đồng.")
    places = _places_still_cut_off(f.details)
    if places:
        weak.append(places)
    if tasks.get("open_overdue"):
        weak.append(f"{fmt_int(tasks['open_overdue'])} nhiệm vụ trọng tâm đã quá hạn nhưng chưa hoàn thành.")
    out["shortcomings"] = _lines(weak)

    # nguyên nhân: where the delays are (the clerk adds why)
    causes = []
    recorded = late_causes_sentence(d["dossiers"].get("late_causes") or {}, late + overdue)
    if recorded and (d["dossiers"].get("late_causes") or {}):  # what the office recorded, not a guess
        causes.append(recorded)
    fields = _by_late_field(d["dossiers"].get("by_field") or {})
    if fields:
        causes.append("Hồ sơ quá hạn (giải quyết quá hạn và đang quá hạn) thuộc các lĩnh vực: "
                      + "; ".join(f"{nfc(n)} {fmt_int(c)} hồ sơ" for n, c in fields) + ".")
    if shortage:
        causes.append(f"Thiếu {fmt_int(shortage)} người so với định biên.")
    out["causes"] = _lines(causes)

    # phương hướng, nhiệm vụ kỳ tới
    plans = []
    if overdue:
        plans.append(f"Giải quyết dứt điểm {fmt_int(overdue)} hồ sơ đang quá hạn.")
    within = int(t.get("pending_within") or 0)
    if within:
        plans.append(f"Tiếp tục giải quyết đúng hạn {fmt_int(within)} hồ sơ đang trong hạn.")
    if tasks.get("open"):
        plans.append(f"Hoàn thành {fmt_int(tasks['open'])} nhiệm vụ trọng tâm đang thực hiện.")
    missing = int(((training.get("missing_required") or {}).get("staff")) or 0)
    if missing:
        plans.append(f"Bồi dưỡng nội dung bắt buộc cho {fmt_int(missing)} người chưa được bồi dưỡng.")
    out["next_tasks"] = _lines(plans)

    # kiến nghị, đề xuất: what is still asked for
    asks = _open_recommendations(f.details)
    recs = d.get("recommendations") or {}
    by_status = recs.get("by_status") or {}
    still_open = sum(int(n or 0) for code, n in by_status.items() if code != "resolved")
    if not asks and still_open:  # no list at hand (a province's consolidation): the count by status
        from core import vocab

        parts = ", ".join(f"{vocab.REC_STATUS.label(code, 'vi').lower()} {fmt_int(n)}"
                          for code, n in by_status.items() if code != "resolved" and n)
        asks.append(f"Còn {fmt_int(still_open)} khó khăn, vướng mắc, kiến nghị chưa được giải quyết ({parts}).")
    if shortage and not asks:
        asks.append(f"Bổ sung {fmt_int(shortage)} người còn thiếu so với định biên.")
    if equipment.get("open_needs") and not asks:
        asks.append(f"Bố trí kinh phí {fmt_int(equipment.get('open_estimated_cost') or 0)} đồng cho "
                    f"{fmt_int(equipment['open_needs'])} nhu cầu cơ sở vật chất, trang thiết bị chưa được đáp ứng.")
    out["proposals"] = _lines(asks)
    return out


def paragraphs(text: str) -> list[str]:
    """The text as printed: one paragraph per non-blank line."""
    return [line.strip() for line in (text or "").split("\n") if line.strip()]


# ------------------------------------------------------------------ stored with the period
def _check(texts: dict) -> dict[str, str]:
    from core.errors import ValidationError
    from core.messages import problem

    unknown = sorted(set(texts) - set(KEYS))
    if unknown:
        raise ValidationError({unknown[0]: problem("assessment.unknown_section", name=unknown[0],
                                                   known=", ".join(KEYS))})
    out = clean(texts)
    long = {k: problem("assessment.too_long", title=TITLES[k], count=len(v), limit=MAX_CHARS)
            for k, v in out.items() if len(v) > MAX_CHARS}
    if long:
        raise ValidationError(long)
    return out


def _row(session, period):
    from sqlalchemy import select

    from core.models import ReturnAssessment as R

    return session.scalar(select(R).where(R.period_start == period.start, R.period_end == period.end))


def stored(session, period) -> dict[str, str] | None:
    """The text the clerk saved for the period (None: not written yet)."""
    row = _row(session, period)
    return clean(json.loads(row.texts_json)) if row is not None else None


def save(session, period, texts: dict) -> dict[str, str]:
    """Keep the clerk's text for the period (the sections not given keep what they had). Writing it
    needs the permission to make returns; a finalised version keeps the text it was finalised with."""
    from core.models import ReturnAssessment
    from core.permissions import session_user

    given = _check(dict(texts))
    row = _row(session, period)
    merged = stored(session, period) or empty()
    merged.update({k: given[k] for k in texts})
    actor = session_user(session)
    who = getattr(actor, "name", None)
    text = json.dumps(merged, ensure_ascii=False)
    if row is None:
        session.add(ReturnAssessment(period_start=period.start, period_end=period.end, texts_json=text,
                                     updated_at=clock.now().replace(microsecond=0), updated_by=who))
    elif row.texts_json != text:
        row.texts_json, row.updated_at, row.updated_by = text, clock.now().replace(microsecond=0), who
    session.flush()
    return merged


def facts(session, period, data: dict) -> Facts:
    """What the draft of `period` is made from: its figures, the previous period's and the lists."""
    from core.returns import dossier_section
    from core.return_sections import section_details

    return Facts(data, period.end, dossier_section(session, period.previous()), None,
                 section_details(session, period))


def draft_for(session, period, data: dict) -> dict[str, str]:
    return draft(facts(session, period, data))


def finalised_texts(row) -> dict[str, str] | None:
    """The assessment a finalised version was submitted with (None for versions older than it)."""
    text = getattr(row, "assessment_json", None)
    return clean(json.loads(text)) if text else None


def to_finalise(session, period, data: dict) -> str:
    """The JSON of the text a version is finalised with: the clerk's, else the draft it printed."""
    texts = stored(session, period)
    if texts is None:
        texts = draft_for(session, period, data)
    return json.dumps(texts, ensure_ascii=False)


__all__ = ["SECTIONS", "KEYS", "TITLES", "MAX_CHARS", "Facts", "draft", "clean", "empty", "paragraphs", "stored",
           "save", "facts", "draft_for", "finalised_texts", "to_finalise"]
