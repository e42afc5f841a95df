"""The dossier list's queries: a filter spec, its count, and windows of rows in a sort order.

Built for a register of a million dossiers: the count and every window are single SQL statements
served by the indexes of core/models/dossiers.py; nothing ever loads all rows. A window is fetched
either by OFFSET (a jump) or by keyset (the rows after or before a known row, for scrolling),
and a jump into the second half of the list is read backwards from the end, so no OFFSET is ever
larger than half the count.

"Overdue" and "due within 2 working days" follow the return's definition of pending_overdue
(core.figures_rules): a dossier in progress whose due date has passed; a dossier awaiting a
supplement has its clock stopped and is neither.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import NamedTuple, Sequence

from sqlalchemy import cast, column, event, false, func, literal, or_, select, table, tuple_
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from core import clock
from core import figures_rules as rules
from core.calendar import WorkCalendar
from core.formatting import fold
from core.models import Dossier, Procedure, Staff
from core.collation import sort_key, sort_key_or_none

D = Dossier.__table__.c
P = Procedure.__table__.c

# How far ahead "due soon" looks, in working days (today included).
DUE_SOON_WORKING_DAYS = 2

DEADLINES = ("overdue", "due_today", "due_soon")
UNASSIGNED = -1  # handler_id value meaning "no handler yet"


@dataclass(frozen=True)
class DossierFilter:
    """What the clerk asked to see. Empty tuples and None mean "any"."""

    search: str = ""
    statuses: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    handler_id: int | None = None  # a staff id, or UNASSIGNED
    received_from: date | None = None
    received_to: date | None = None
    deadline: str | None = None  # "overdue" | "due_today" | "due_soon"
    today: date | None = None  # the day "overdue" is judged on (default: today)

    def with_(self, **changes) -> "DossierFilter":
        return replace(self, **changes)

    def is_empty(self) -> bool:
        return self == DossierFilter(today=self.today)

    @classmethod
    def from_options(cls, options: dict) -> "DossierFilter":
        """From the loose dict pages pass through navigation, e.g. {"deadline": "overdue"}."""
        known = {f for f in cls.__dataclass_fields__}
        values = {}
        for key, value in (options or {}).items():
            if key not in known:
                continue
            if key in ("statuses", "fields", "channels") and isinstance(value, str):
                value = (value,)
            elif key in ("statuses", "fields", "channels"):
                value = tuple(value)
            values[key] = value
        return cls(**values)


@dataclass(frozen=True)
class Sort:
    key: str = "received"
    descending: bool = True


class DossierRow(NamedTuple):
    id: int
    code: str
    received_at: datetime
    applicant_name: str | None
    procedure_name: str
    field: str
    channel: str
    handler_name: str | None
    due_date: date
    completed_date: date | None
    status: str
    supplement_requested_date: date | None
    apology_new_date: date | None
    official_code: str | None = None  # the provincial system's code, when the dossier has its own


# Sort keys → the ORDER BY columns (then the id). Each non-null sort is served by an index whose
# columns are exactly these, so the list pages by keyset and an OFFSET walks a covering index:
# received → ix_dossier_received_at, code → the unique code index, status → ix_dossier_open_due,
# field → ix_dossier_field, channel → ix_dossier_channel, due → ix_dossier_due. The nullable sorts
# (empty values last) and the procedure name page by OFFSET with a top-N sort.
# Names sort by their stored Vietnamese keys (core.sortkeys): field → ix_dossier_field_sort.
SORTS: dict[str, tuple] = {
    "code": (D.code,),
    "received": (D.received_at,),
    "applicant": (D.applicant_sort,),
    "procedure": (P.name_sort,),
    "field": (D.field_sort, D.received_at),
    "channel": (D.channel, D.received_at),
    "handler": (D.handler_sort,),
    "due": (D.due_date,),
    "completed": (D.completed_date,),
    "status": (D.status, D.due_date),
    "result": (rules.closing_rank(D), D.completed_date),
}
SORT_COLUMNS = {key: cols[0] for key, cols in SORTS.items()}
NULLABLE_SORTS = {"applicant", "handler", "completed", "result"}
KEYSET_SORTS = set(SORTS) - NULLABLE_SORTS
# The row attribute holding each sort column (for keyset positions).
# A stored sort key is the key of the row's name, computed again here (the same function wrote it).
_ROW_ATTR = {D.code: "code", D.received_at: "received_at", D.applicant_sort: ("applicant_name",),
             P.name_sort: ("procedure_name",), D.field_sort: ("field",), D.channel: "channel",
             D.handler_sort: ("handler_name",), D.due_date: "due_date", D.completed_date: "completed_date",
             D.status: "status"}
# A search that matches at most this many dossiers is listed from its ids (one scan of the search
# index finds them all; sorting them is cheap); above it, the list pages over the whole table.
SEARCH_ID_CAP = 20_000

_COLUMNS = (D.id, D.code, D.received_at, D.applicant_name, P.name, D.field, D.channel, D.handler_name,
            D.due_date, D.completed_date, D.status, D.supplement_requested_date, D.apology_new_date,
            D.official_code)
_FROM = Dossier.__table__.join(Procedure.__table__, D.procedure_id == P.id)


def due_soon_horizon(today: date, calendar: WorkCalendar) -> date:
    """The last due date that counts as "due within 2 working days" from `today`."""
    return calendar.add_working_days(today, DUE_SOON_WORKING_DAYS)


def conditions(spec: DossierFilter, calendar: WorkCalendar | None = None, session: Session | None = None) -> list:
    """The WHERE clauses of a filter (a list to AND together)."""
    out = search_conditions(spec.search, session)
    if spec.statuses:
        out.append(D.status.in_(spec.statuses) if len(spec.statuses) > 1 else D.status == spec.statuses[0])
    if spec.fields:
        out.append(D.field.in_(spec.fields) if len(spec.fields) > 1 else D.field == spec.fields[0])
    if spec.channels:
        out.append(D.channel.in_(spec.channels) if len(spec.channels) > 1 else D.channel == spec.channels[0])
    if spec.handler_id == UNASSIGNED:
        out.append(D.handler_id.is_(None))
    elif spec.handler_id is not None:
        out.append(D.handler_id == spec.handler_id)
    if spec.received_from:
        out.append(D.received_date >= spec.received_from)
    if spec.received_to:
        out.append(D.received_date <= spec.received_to)
    if spec.received_from and spec.received_to and spec.received_from > spec.received_to:
        out.append(false())
    if spec.deadline:
        today = spec.today or clock.today()
        if spec.deadline not in DEADLINES:
            raise ValueError(f"unknown deadline filter {spec.deadline!r}")
        # Open today (the first part of pending: not closed yet), then the return's rules.
        out.append(rules.pending_parts(D, today)[0])
        if spec.deadline == "overdue":
            out.append(rules.overdue_on(D, today))
        elif spec.deadline == "due_today":
            out.append(rules.due_on(D, today))
        else:
            cal = calendar or (WorkCalendar.from_session(session) if session is not None else WorkCalendar())
            out.append(rules.due_between(D, today, due_soon_horizon(today, cal)))
    return out


# The SQLite word index of dossier.search_key (migration 0003): an FTS5 table whose rowid is the
# dossier's id, with the `ascii` tokenizer: a word of the key is a run of a-z, 0-9 and any non-ASCII
# character (the keys are folded, so Vietnamese is plain ASCII by then). The index may be missing
# (an SQLite built without FTS5): the search then tests patterns with the same meaning.
FTS_TABLE = "dossier_fts"
_fts = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))
# PostgreSQL's word index (migration 0003): GIN over dossier_words(search_key), the key's runs of
# word characters as lexemes, as they are; prefix queries ('nguyen':* & 'an':*) use it.
PG_WORD_INDEX = "ix_dossier_words"
_WORD_CHARS = "a-z0-9\u0080-\U0010ffff"
_RUN = re.compile(f"[{_WORD_CHARS}]+")
_CODE_CHARS = frozenset("-/._")
_word_index: "weakref.WeakKeyDictionary[Engine, bool]" = weakref.WeakKeyDictionary()
# Whether the index narrows a search to at most SEARCH_ID_CAP dossiers, per engine and index query.
# Both ways of searching give the same rows, so a stale answer costs time, never correctness.
_narrow: "weakref.WeakKeyDictionary[Engine, dict[tuple[str, ...], bool]]" = weakref.WeakKeyDictionary()
_NARROW_MEMORY = 256


@dataclass(frozen=True)
class SearchTerms:
    """What a search asks for, folded: `prefixes` each begin a word of the key; `anywhere` each
    occur somewhere in it; `index_words` are word beginnings every match has (exactly the prefixes,
    plus the words a pattern implies), for the word index."""

    prefixes: tuple[str, ...] = ()
    anywhere: tuple[str, ...] = ()
    index_words: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.prefixes or self.anywhere)

    @property
    def index_decides(self) -> bool:
        """The index alone is the search (no pattern left to test on the rows)."""
        return bool(self.index_words) and not self.anywhere

    # Words hold no quote or backslash (they are runs of word characters), so each is a valid
    # string in either syntax; * and :* ask for words beginning with it.
    @property
    def fts5_query(self) -> str:
        return " AND ".join(f'"{w}"*' for w in self.index_words)

    @property
    def tsquery(self) -> str:
        return " & ".join(f"'{w}':*" for w in self.index_words)


def parse_search(text: str | None) -> SearchTerms:
    """Split what the clerk typed into word prefixes and patterns.

    A word of letters ("nguyen", "Văn") must begin a word of the key: "an" finds "An" and "Anh",
    not "Lan"; punctuation inside it separates words as it does in the key ("hồng,nhung"). A word
    with a digit or one of - / . _ is part of a code or a number and matches anywhere ("0012",
    "2610-00"), as does a word with no letter or digit at all ("*": wildcards are literal). The part
    of a pattern after a separator begins a word of the key, which lets the index narrow it too."""
    prefixes: list[str] = []
    anywhere: list[str] = []
    words: list[str] = []
    for word in fold(text).split(" ") if text else []:
        if not word:
            continue
        runs = _RUN.findall(word)
        if runs and not any(ch.isdigit() or ch in _CODE_CHARS for ch in word):
            prefixes += runs
            words += runs
            continue
        anywhere.append(word)
        words += [m.group() for m in _RUN.finditer(word) if m.start() > 0]
    return SearchTerms(tuple(dict.fromkeys(prefixes)), tuple(dict.fromkeys(anywhere)), tuple(dict.fromkeys(words)))


def has_word_index(session: Session | None) -> bool:
    """Whether this database has a word index (migration 0003: FTS5 on SQLite, the GIN index of
    dossier_words() on PostgreSQL); asked once per engine."""
    if session is None or session.get_bind().dialect.name not in ("sqlite", "postgresql"):
        return False
    engine = session.get_bind()
    known = _word_index.get(engine)
    if known is None:
        if engine.dialect.name == "sqlite":
            probe = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n"
        else:
            probe = "SELECT count(*) FROM pg_indexes WHERE indexname = :n AND schemaname = current_schema()"
        name = FTS_TABLE if engine.dialect.name == "sqlite" else PG_WORD_INDEX
        known = session.scalar(sql_text(probe), {"n": name}) == 1
        if not event.contains(engine, "engine_disposed", _forget_engine):
            # A restore disposes the engine: the file may be another one then.
            event.listen(engine, "engine_disposed", _forget_engine)
        _word_index[engine] = known
    return known


def _forget_engine(engine: Engine) -> None:
    _word_index.pop(engine, None)
    _narrow.pop(engine, None)


def _index_matches(session: Session, terms: SearchTerms):
    """SELECT of the ids of the dossiers that have every index word (SQLite: in the FTS5 table alone)."""
    if _on_sqlite(session):
        return select(_fts.c.rowid).where(_fts.c[FTS_TABLE].match(terms.fts5_query))
    return select(D.id).where(_index_condition(session, terms))


def _index_condition(session: Session, terms: SearchTerms):
    """The index words as a condition on dossier rows."""
    if _on_sqlite(session):
        return D.id.in_(_index_matches(session, terms))
    return func.dossier_words(D.search_key).op("@@")(cast(literal(terms.tsquery), TSQUERY))


def _index_narrows(session: Session, terms: SearchTerms) -> bool:
    """Use the index for this search: it exists, the search gives it words, and they match at most
    SEARCH_ID_CAP dossiers. A broad search ("n", "nguyen": hundreds of thousands) is better served
    by walking the list's own index and testing the pattern on each row until a window is full."""
    if not terms.index_words or not has_word_index(session):
        return False
    narrow = _narrow.get(session.get_bind(), {}).get(terms.index_words)
    if narrow is None:
        probe = _index_matches(session, terms).limit(SEARCH_ID_CAP + 1).subquery()
        narrow = session.scalar(select(func.count()).select_from(probe)) <= SEARCH_ID_CAP
        _remember_narrow(session, terms, narrow)
    return narrow


def _remember_narrow(session: Session, terms: SearchTerms, narrow: bool) -> None:
    known = _narrow.setdefault(session.get_bind(), {})
    if len(known) >= _NARROW_MEMORY:
        known.clear()
    known[terms.index_words] = narrow


def _pattern_conditions(terms: SearchTerms, sqlite: bool) -> list:
    """The search as patterns on the folded key. A prefix holds only word characters (nothing to
    escape) and begins the key or follows an ASCII character that is not a letter or digit: the
    index's own idea of a word."""
    out = []
    for run in terms.prefixes:
        if sqlite:
            out.append(or_(D.search_key.op("GLOB")(literal(f"{run}*")),
                           D.search_key.op("GLOB")(literal(f"*[^{_WORD_CHARS}]{run}*"))))
        else:
            out.append(D.search_key.op("~")(literal(f"(^|[^{_WORD_CHARS}]){run}")))
    for word in terms.anywhere:
        if sqlite:  # the key is lower case already, and GLOB skips LIKE's case folding
            escaped = "".join(f"[{ch}]" if ch in "*?[" else ch for ch in word)
            out.append(D.search_key.op("GLOB")(literal(f"*{escaped}*")))
        else:
            out.append(D.search_key.contains(word, autoescape=True))
    return out


def search_conditions(text: str | None, session: Session | None = None) -> list:
    """The WHERE clauses of a search (see parse_search for what matches).

    Narrow searches through the word index: on SQLite `dossier.id IN (SELECT rowid FROM dossier_fts
    WHERE … MATCH …)` (20–30 ms at a million dossiers; a name's few thousand rows), on PostgreSQL
    `dossier_words(search_key) @@ '…':* & …`; then each pattern (GLOB, LIKE) on those rows only.
    Otherwise (a broad search, no index) patterns on the key, which give the same rows."""
    terms = parse_search(text)
    if not terms:
        return []
    sqlite = _on_sqlite(session)
    if session is not None and _index_narrows(session, terms):
        return [_index_condition(session, terms), *_pattern_conditions(SearchTerms(anywhere=terms.anywhere), sqlite)]
    return _pattern_conditions(terms, sqlite)


def _on_sqlite(session: Session | None) -> bool:
    return session is not None and session.get_bind().dialect.name == "sqlite"


def count_dossiers(session: Session, spec: DossierFilter = DossierFilter(),
                   calendar: WorkCalendar | None = None) -> int:
    """How many dossiers match (one COUNT over the indexes, no join)."""
    if spec.search and spec == DossierFilter(search=spec.search, today=spec.today):
        terms = parse_search(spec.search)
        if terms.index_decides and has_word_index(session):  # even "n" (644,000 at 1M): 20 ms
            return session.scalar(select(func.count()).select_from(_index_matches(session, terms).subquery())) or 0
    return session.scalar(select(func.count()).select_from(Dossier.__table__)
                          .where(*conditions(spec, calendar, session))) or 0


def _order(sort: Sort, reverse: bool = False) -> list:
    """ORDER BY for the list order, or for its exact reverse. Empty values of nullable columns come
    last in the list whichever the direction (as a clerk expects), so first in the reverse."""
    desc = sort.descending != reverse
    keys = [c.desc() if desc else c.asc() for c in (*SORTS[sort.key], D.id)]
    if sort.key in NULLABLE_SORTS:
        empty = SORTS[sort.key][0].is_(None)
        keys.insert(0, empty.desc() if reverse else empty.asc())
    return keys


def sort_key_of(row: DossierRow, sort: Sort) -> tuple:
    """The keyset position of a row in `sort` order (for `after=` / `before=`)."""
    return tuple(_position(row, _ROW_ATTR[c]) for c in SORTS[sort.key]) + (row.id,)


def _position(row: DossierRow, attr):
    if isinstance(attr, tuple):  # a name whose stored key the list sorts by
        return sort_key_or_none(getattr(row, attr[0]))
    return getattr(row, attr)


def _id_query(sort: Sort, where: list):
    cols_need_procedure = any(getattr(c, "table", None) is Procedure.__table__ for c in SORTS[sort.key])
    return select(D.id).select_from(_FROM if cols_need_procedure else Dossier.__table__).where(*where)


def _rows_for(session: Session, ids_stmt, sort: Sort) -> list[DossierRow]:
    """The rows whose ids a (limited) subquery selects, in list order. The subquery walks only the
    index of the sort; the join and the row columns are read for the window alone."""
    stmt = select(*_COLUMNS).select_from(_FROM).where(D.id.in_(ids_stmt.scalar_subquery())).order_by(*_order(sort))
    return [DossierRow(*r) for r in session.execute(stmt)]


def fetch_rows(session: Session, spec: DossierFilter = DossierFilter(), sort: Sort = Sort(), *,
               offset: int = 0, limit: int = 100, after: tuple | None = None, before: tuple | None = None,
               total: int | None = None, calendar: WorkCalendar | None = None) -> list[DossierRow]:
    """One window of matching rows in `sort` order.

    - `after=position`: the `limit` rows that follow that position (keyset: any depth, fast);
    - `before=position`: the `limit` rows that precede it, in list order;
    - otherwise rows `offset .. offset+limit-1`; given `total` (the count), a window in the second
      half is read backwards from the end, so an OFFSET never exceeds half the list.
    Positions come from sort_key_of(); keyset paging only for the sorts in KEYSET_SORTS."""
    where = conditions(spec, calendar, session)
    if after is not None or before is not None:
        if sort.key not in KEYSET_SORTS:
            raise ValueError(f"sort {sort.key!r} pages by offset only")
        position = after if after is not None else before
        forward = (after is not None) != sort.descending  # True: the wanted rows have larger keys
        cols = (*SORTS[sort.key], D.id)
        pos = tuple_(*cols)
        bound = tuple_(*(literal(v, c.type) for v, c in zip(position, cols)))
        where.append(pos > bound if forward else pos < bound)
        ids = _id_query(sort, where).order_by(*_order(sort, reverse=before is not None)).limit(limit)
        return _rows_for(session, ids, sort)
    if total is not None and offset > total // 2:
        end = min(offset + limit, total)
        if end <= offset:
            return []
        ids = _id_query(sort, where).order_by(*_order(sort, reverse=True)).offset(total - end).limit(end - offset)
        return _rows_for(session, ids, sort)
    ids = _id_query(sort, where).order_by(*_order(sort)).offset(offset).limit(limit)
    return _rows_for(session, ids, sort)


def search_ids(session: Session, spec: DossierFilter, sort: Sort = Sort(), cap: int | None = None,
               calendar: WorkCalendar | None = None) -> list[int] | None:
    """For a filter with a search: the ids of every match in `sort` order when there are at most
    `cap` (default SEARCH_ID_CAP), else None (page over the table with count_dossiers/fetch_rows instead).

    The candidates come from the word index (SQLite), else from one pass of the patterns over the
    narrow ix_dossier_search (stopping at cap + 1); the other filters and the ORDER BY then run over
    those ids only. A name among a million dossiers costs one index lookup instead of a walk of the
    table in list order."""
    terms = parse_search(spec.search)
    if not terms:
        return None
    cap = SEARCH_ID_CAP if cap is None else cap
    if terms.index_decides and has_word_index(session):
        # The index alone answers, no row is read; what it finds also tells _index_narrows.
        candidates = list(session.scalars(_index_matches(session, terms).limit(cap + 1)))
        if cap == SEARCH_ID_CAP:
            _remember_narrow(session, terms, len(candidates) <= cap)
    elif _index_narrows(session, terms):
        candidates = list(session.scalars(select(D.id).where(*search_conditions(spec.search, session))
                                          .limit(cap + 1)))
    elif terms.index_words and has_word_index(session):
        return None  # the index matches too many: page over the list instead
    else:  # patterns only: test them on the narrow search index, not the table
        probe = select(D.id).where(*search_conditions(spec.search, session))
        if _on_sqlite(session):
            probe = probe.with_hint(Dossier.__table__, "INDEXED BY ix_dossier_search", "sqlite")
        candidates = list(session.scalars(probe.limit(cap + 1)))
    if len(candidates) > cap:
        return None
    if not candidates:
        return []
    rest = conditions(spec.with_(search=""), calendar, session)
    stmt = _id_query(sort, [D.id.in_(candidates), *rest]).order_by(*_order(sort))
    return list(session.scalars(stmt))


def rows_by_ids(session: Session, ids: Sequence[int]) -> list[DossierRow]:
    """The rows of `ids`, in the order given (ids not found are left out)."""
    if not ids:
        return []
    found = {r[0]: DossierRow(*r) for r in session.execute(select(*_COLUMNS).select_from(_FROM)
                                                           .where(D.id.in_(list(ids))))}
    return [found[i] for i in ids if i in found]


def distinct_fields(session: Session) -> list[str]:
    """Every field in use (the dossiers' own, which may differ from the catalogue's), plus the
    catalogue's. A skip scan over the field index: one probe per distinct value, not per row."""
    f = select(func.min(D.field).label("x")).cte("f", recursive=True)
    nxt = select(select(func.min(D.field)).where(D.field > f.c.x).scalar_subquery()).where(f.c.x.is_not(None))
    f = f.union_all(nxt)
    used = {x for x in session.scalars(select(f.c.x).where(f.c.x.is_not(None)))}
    used |= set(session.scalars(select(Procedure.field).distinct()))
    return sorted(used, key=sort_key)


def handler_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every staff member, by name: the handler filter's choices."""
    return [(i, n) for i, n in session.execute(select(Staff.id, Staff.full_name).order_by(Staff.name_key, Staff.id))]


@dataclass(frozen=True)
class DeadlineState:
    """How a row stands against its due date, for colouring the list."""

    overdue: bool = False  # pending, due date passed, clock running
    due_soon: bool = False  # pending, due within 2 working days (today included)
    closed_late: bool = False  # closed after the due date
    not_received: bool = False  # refused at the counter: never received, no due date to show
    result: str | None = None  # a closed dossier's closing_result (early, on_time, late)


def closing_result(row) -> str | None:
    """How a closed dossier ended against its due date (core.vocab.CLOSING_RESULT): the same rules
    as the return's columns 8-10; None while it is open (or without a due date)."""
    if row.completed_date is None:
        return None
    if rules.is_closed_early(row):
        return "early"
    if rules.is_closed_on_time(row):
        return "on_time"
    return "late" if rules.is_closed_late(row) else None


def deadline_state(row, today: date, horizon: date) -> DeadlineState:
    """The same rules as the "overdue" and "due soon" filters (core.figures_rules), for one row (it
    needs status, due_date, completed_date, supplement_requested_date and received_at or
    received_date); `horizon` = due_soon_horizon(today, calendar)."""
    if row.completed_date is not None:
        result = closing_result(row)
        return DeadlineState(closed_late=result == "late", result=result)
    if not rules.is_counted(row):  # refused at the counter: never received, no deadline
        return DeadlineState(not_received=True)
    row = _Days(row)
    if rules.is_overdue_on(row, today):
        return DeadlineState(overdue=True)
    return DeadlineState(due_soon=rules.is_due_between(row, today, horizon))


class _Days:
    """A row as the rules read it: a list row carries its moment of receipt, the rules its day."""

    __slots__ = ("_row",)

    def __init__(self, row):
        self._row = row

    def __getattr__(self, name):
        if name == "received_date":
            value = getattr(self._row, "received_date", None) or self._row.received_at
            return value.date() if isinstance(value, datetime) else value
        return getattr(self._row, name)


__all__ = ["DossierFilter", "Sort", "DossierRow", "SORTS", "SORT_COLUMNS", "KEYSET_SORTS", "NULLABLE_SORTS",
           "UNASSIGNED", "DEADLINES", "SEARCH_ID_CAP", "FTS_TABLE", "SearchTerms", "parse_search", "has_word_index",
           "conditions", "search_conditions", "count_dossiers",
           "fetch_rows", "search_ids", "rows_by_ids", "sort_key_of", "distinct_fields", "handler_choices",
           "due_soon_horizon", "deadline_state", "DeadlineState", "closing_result"]
