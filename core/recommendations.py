"""Difficulties and recommendations to the province: recording them, following them through one state
machine with history (new → submitted → answered → resolved), the answers received, the needs and
staff shortages they concern, and the return's `recommendations` section."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from core import clock, history
import core.models as models
from core.collation import sort_key
from core.errors import ValidationError, get_or_not_found
from core.formatting import fold, nfc
from core.messages import Problem, problem
from core.models import Department, Need, Recommendation, RecommendationEvent, RecommendationShortage
from core.returns_lists import DetailTable
from core.vocab import REC_ACTION, REC_CATEGORY, REC_STATUS
from core.workflow import EventRow, Flow, Move, Param, Refusal, Step

OPEN_STATUSES = ("new", "submitted")


@dataclass(frozen=True)
class Shortage:
    """A staff shortage a recommendation concerns: a department and (optionally) a specialty."""
    department: str
    specialty: str | None = None

    def label(self) -> str:
        return f"{self.department} – {self.specialty}" if self.specialty else self.department


def answer_refusal(status: str | None, answer: str | None, answer_date: date | None) -> str | None:
    """The rule between a recommendation's status and its answer: one answered, or resolved with an
    answer, says when the answer came (the answer step records that day itself). The message code
    of the contradiction, or None."""
    if answer_date is None and (status == "answered" or (status == "resolved" and answer)):
        return "rec.answer_date_required"
    return None


def _search_key(r: Recommendation) -> str:
    return " ".join(fold(p) for p in (r.content, r.addressed_to, r.answer) if p)


def _clean(content, category, raised_date, addressed_to, notes) -> dict:
    errors: dict[str, Problem] = {}
    content = nfc(content)
    if not content:
        errors["content"] = problem("rec.content_required")
    if category not in REC_CATEGORY:
        errors["category"] = problem("unknown_choice", what=problem("noun.category"), value=category)
    if raised_date is not None and raised_date > clock.today():
        errors["raised_date"] = problem("rec.raised_future")
    if errors:
        raise ValidationError(errors)
    return {"content": content, "category": category, "raised_date": raised_date,
            "addressed_to": nfc(addressed_to) or None, "notes": nfc(notes) or None}


def _set_links(session: Session, r: Recommendation, need_ids, shortages) -> None:
    if need_ids is not None:
        ids = sorted(set(need_ids))
        needs = list(session.scalars(select(Need).where(Need.id.in_(ids)))) if ids else []
        if len(needs) != len(ids):
            missing = sorted(set(ids) - {n.id for n in needs})
            raise ValidationError({"needs": problem("rec.unknown_needs", ids=missing)})
        r.needs = needs
    if shortages is not None:
        wanted: dict[tuple[str, str], Shortage] = {}
        for sh in shortages:
            if isinstance(sh, (tuple, list)):
                sh = Shortage(*sh)
            dept, spec = nfc(sh.department), nfc(sh.specialty) or None
            if not dept:
                raise ValidationError({"shortages": problem("rec.shortage_department")})
            wanted.setdefault((fold(dept), fold(spec)), Shortage(dept, spec))
        keep = []
        for row in r.shortages:
            k = (row.department_key, row.specialty_key)
            if k in wanted:
                wanted.pop(k)
                keep.append(row)
        r.shortages = keep + [RecommendationShortage(department=s.department, department_key=fold(s.department),
                                                     specialty=s.specialty, specialty_key=fold(s.specialty))
                              for s in wanted.values()]


def raise_recommendation(session: Session, *, content: str, category: str, raised_date: date | None = None,
                         addressed_to: str | None = None, notes: str | None = None, need_ids=(),
                         shortages=(), user: str | None = None) -> Recommendation:
    """Record a difficulty or recommendation (status new), with the needs and shortages it concerns."""
    raised_date = raised_date or clock.today()
    r = Recommendation(**_clean(content, category, raised_date, addressed_to, notes), status="new")
    session.add(r)
    session.flush()
    _set_links(session, r, need_ids, shortages)
    r.search_key = _search_key(r)
    REC_FLOW.log(session, r, "raised", raised_date, user, to_status="new", body=r.addressed_to)
    session.flush()
    return r


def get_recommendation(session: Session, rec_id: int) -> Recommendation:
    return get_or_not_found(session, Recommendation, rec_id, "recommendation")


EDITABLE = ("content", "category", "raised_date", "addressed_to", "notes")


def update_recommendation(session: Session, rec_id: int, *, need_ids=None, shortages=None,
                          user: str | None = None, **changes) -> Recommendation:
    """Edit the details and links (status and answer change only through `transition_recommendation`)."""
    r = get_recommendation(session, rec_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
    current = {k: getattr(r, k) for k in EDITABLE}
    current.update(changes)
    fields = _clean(**current)
    changed = [k for k in EDITABLE if fields[k] != getattr(r, k)]
    for k, v in fields.items():
        setattr(r, k, v)
    before = ([n.id for n in r.needs], [(s.department_key, s.specialty_key) for s in r.shortages])
    _set_links(session, r, need_ids, shortages)
    after = ([n.id for n in r.needs], [(s.department_key, s.specialty_key) for s in r.shortages])
    if before[0] != after[0]:
        changed.append("needs")
    if sorted(before[1]) != sorted(after[1]):
        changed.append("shortages")
    r.search_key = _search_key(r)
    if changed:
        REC_FLOW.log(session, r, "edited", clock.today(), user, from_status=r.status, to_status=r.status,
                     note=", ".join(changed))
    session.flush()
    return r


def delete_recommendation(session: Session, rec_id: int) -> None:
    session.delete(get_recommendation(session, rec_id))
    session.flush()


# ---------------------------------------------------------------- the state machine
NOTE, BODY = Param("note"), Param("body")


def _sent(move: Move) -> None:
    """submit, reopen: sent (again) on that day to `body`, default the body it is addressed to."""
    r = move.record
    r.addressed_to = move.params.get("body") or r.addressed_to
    r.submitted_date = move.day
    if move.step.action == "reopen":
        r.resolved_date = None
    move.event["body"] = r.addressed_to


def _answered(move: Move) -> None:
    r, answer, note = move.record, move.params["answer"], move.params.get("note")
    r.answer, r.answer_date = answer, move.day
    r.answered_by = move.params.get("body") or r.addressed_to
    move.event.update(body=r.answered_by, note=answer if not note else f"{answer}\n{note}")


def _resolved(move: Move) -> None:
    move.record.resolved_date = move.day
    move.event["body"] = move.params.get("body")


def _searchable(move: Move) -> None:
    move.record.search_key = _search_key(move.record)


def _last_step(move: Move) -> date | None:
    r = move.record
    return max((d for d in (r.raised_date, r.submitted_date, r.answer_date, r.resolved_date) if d), default=None)


REC_FLOW = Flow("recommendations", [
    Step("submit", ("new",), "submitted", params=(BODY, NOTE), effect=_sent, then=_searchable),
    Step("answer", ("new", "submitted"), "answered",
         params=(Param("answer", required=Refusal("answer", "rec.answer_required")), BODY, NOTE),
         effect=_answered, then=_searchable),
    Step("resolve", ("submitted", "answered"), "resolved", params=(BODY, NOTE), effect=_resolved, then=_searchable),
    # The answer did not settle it: the office raises it again with the province.
    Step("reopen", ("answered", "resolved"), "submitted", params=(BODY, NOTE), effect=_sent, then=_searchable),
], events=EventRow(RecommendationEvent, "recommendation_id", kind="action"), previous=_last_step,
    too_early=lambda move, day: Refusal("date", "before_last_step", {"value": day}),
    in_future=Refusal("date", "date_in_future"), noun="recommendation", statuses=REC_STATUS, kinds=REC_ACTION)

# A view of the table for the window: action → (starting statuses, status it leads to).
TRANSITIONS = REC_FLOW.table()


def rec_actions(status: str) -> list[str]:
    return REC_FLOW.actions_from(status)


def transition_recommendation(session: Session, rec_id: int, action: str, *, on: date | None = None,
                              body: str | None = None, answer: str | None = None, note: str | None = None,
                              user: str | None = None) -> Recommendation:
    """submit (to `body`, default the body it is addressed to), answer (the answer text is required;
    `body` is who answered), resolve, reopen (the answer did not settle it: sent again)."""
    REC_FLOW.step(action)
    r = get_recommendation(session, rec_id)
    return REC_FLOW.apply(session, r, action, at=on, actor=user, body=body, answer=answer, note=note)


def answer_recommendation(session: Session, rec_id: int, answer: str, *, on: date | None = None,
                          body: str | None = None, user: str | None = None) -> Recommendation:
    """Record the answer received (and its date) from the body that answered."""
    return transition_recommendation(session, rec_id, "answer", on=on, body=body, answer=answer, user=user)


@dataclass
class RecFilter:
    search: str | None = None
    status: str | None = None       # a status code, or "open" (new or submitted)
    category: str | None = None
    raised_from: date | None = None
    raised_to: date | None = None


_STATUS_ORDER = case({s: i for i, s in enumerate(REC_STATUS.codes())}, value=Recommendation.status, else_=9)


def list_recommendations(session: Session, f: RecFilter | None = None) -> list[Recommendation]:
    """For the window: newest raised first."""
    f = f or RecFilter()
    q = select(Recommendation)
    if f.status == "open":
        q = q.where(Recommendation.status.in_(OPEN_STATUSES))
    elif f.status:
        q = q.where(Recommendation.status == f.status)
    if f.category:
        q = q.where(Recommendation.category == f.category)
    if f.raised_from:
        q = q.where(Recommendation.raised_date >= f.raised_from)
    if f.raised_to:
        q = q.where(Recommendation.raised_date <= f.raised_to)
    for word in fold(f.search).split():
        q = q.where(Recommendation.search_key.like(f"%{word}%"))
    return list(session.scalars(q.order_by(Recommendation.raised_date.desc().nulls_last(),
                                           Recommendation.id.desc())))


def rec_totals(recs: list[Recommendation]) -> dict:
    by_status = {s: 0 for s in REC_STATUS.codes()}
    for r in recs:
        by_status[r.status] = by_status.get(r.status, 0) + 1
    return {"count": len(recs), "by_status": by_status}


def need_choices(session: Session) -> list[tuple[int, str]]:
    """(id, label) of every need, for linking: "Máy tính để bàn (UBND xã) ×5"."""
    out = []
    for n in session.scalars(select(Need).order_by(Need.item_key, Need.id)):
        where = f" ({n.location})" if n.location else ""
        out.append((n.id, f"{n.item}{where} ×{n.quantity_needed}"))
    return out


def shortage_choices(session: Session) -> list[Shortage]:
    """Departments and specialties to link: the rows of the staffing plan when there is one, the pairs
    already linked to recommendations, then every department on its own (no repeats, case and
    diacritics ignored)."""
    out: list[Shortage] = []
    quota = getattr(models, "StaffingQuota", None)
    if quota is not None:
        for dept, spec in session.execute(select(Department.name, quota.specialty)
                                          .join(Department, Department.id == quota.department_id)
                                          .order_by(Department.name_key, quota.specialty_key)):
            out.append(Shortage(dept, spec))
    for dept, spec in session.execute(select(RecommendationShortage.department, RecommendationShortage.specialty)
                                      .order_by(RecommendationShortage.department_key,
                                                RecommendationShortage.specialty_key)):
        out.append(Shortage(dept, spec))
    for (dept,) in session.execute(select(Department.name).order_by(Department.name_key)):
        out.append(Shortage(dept))
    seen: set[tuple[str, str]] = set()
    unique = []
    for sh in out:
        key = (fold(sh.department), fold(sh.specialty))
        if key not in seen:
            seen.add(key)
            unique.append(sh)
    unique.sort(key=lambda sh: (sort_key(sh.department), sort_key(sh.specialty)))  # Vietnamese order
    return unique


def recommendations_on(day: date, *columns):
    """The recommendations as they stood on `day` (domain.md, "As of T"): each row (or `columns` of it)
    with its status on that day from its history (core.history), as the column `status_on`, NULL for
    one raised after it. Its first step (raised, or imported without history) counts from its date
    raised when it has one."""
    return select(*(columns or (Recommendation,)), history.status_on(
        Recommendation, RecommendationEvent, "recommendation_id", day, own_day=Recommendation.raised_date,
        first=("raised", "imported")).label("status_on"))


def return_section(session: Session, period) -> dict:
    """The return's `recommendations` section (interfaces.md; figures in domain.md), as they stood on
    the period's last day: those raised on or before it, those raised in the period, counts by their
    status on that day and by category (like the rest of the return, only the codes that occur, in the
    vocabulary's order). One pass over the register."""
    total = raised = 0
    by_status: dict[str, int] = {}
    by_category: dict[str, int] = {}
    for category, raised_date, status in session.execute(
            recommendations_on(period.end, Recommendation.category, Recommendation.raised_date)):
        if status is None:
            continue
        total += 1
        raised += raised_date is not None and period.start <= raised_date <= period.end
        by_status[status] = by_status.get(status, 0) + 1
        by_category[category] = by_category.get(category, 0) + 1
    return {
        "total": total,
        "raised_in_period": int(raised),
        "by_status": {c: by_status[c] for c in _codes(REC_STATUS, by_status)},
        "by_category": {c: by_category[c] for c in _codes(REC_CATEGORY, by_category)},
    }


def _codes(vocab, rows: dict) -> list[str]:
    """The codes found in the data: the vocabulary's in its order, then any it does not know."""
    return [c for c in vocab.codes() if c in rows] + sorted(c for c in rows if c not in vocab)


def return_details(session: Session, period) -> list[DetailTable]:
    """The list the return prints under the recommendation figures, as it stood on the period's last
    day: those open at some time in the period (raised on or before its end, not resolved before its
    start and still so), oldest first, each with its status on that day and the answer known by then."""
    T = period.end
    t = DetailTable("Khó khăn, vướng mắc và kiến nghị, đề xuất",
                    [("Nội dung", "text"), ("Lĩnh vực", "text"), ("Ngày nêu", "date"), ("Cơ quan tiếp nhận", "text"),
                     ("Trạng thái", "text"), ("Trả lời", "text"), ("Ngày trả lời", "date")])
    before = history.status_on(Recommendation, RecommendationEvent, "recommendation_id",
                               period.start - timedelta(days=1), own_day=Recommendation.raised_date,
                               first=("raised", "imported"))
    q = recommendations_on(T).add_columns(before).order_by(Recommendation.raised_date.nulls_first(),
                                                            Recommendation.id)
    for r, status, status_before in session.execute(q):
        if status is None or (status == "resolved" and status_before == "resolved"):
            continue  # raised after the day; resolved before the period began and still so on its last day
        # The answer known on T: answered on or before it (an imported answer without a date: with its status).
        answered = r.answer_date <= T if r.answer_date else (r.answer is not None and status in ("answered", "resolved"))
        t.rows.append([r.content, REC_CATEGORY.label(r.category), r.raised_date, r.addressed_to,
                       REC_STATUS.label(status), r.answer if answered else None, r.answer_date if answered else None])
    return [t]
