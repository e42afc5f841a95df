"""The dossier search (issue 8): on SQLite an FTS5 word index of the folded key, kept by triggers;
patterns with the same meaning for broad searches, PostgreSQL and an SQLite without the index.
Every way gives the rows of one definition, checked against it in Python."""
from __future__ import annotations

import random
import re
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text, update

from core import dossier_queries as dq
from core.db import transaction
from core.dossier_queries import DossierFilter, Sort, count_dossiers, fetch_rows, parse_search, search_ids
from core.dossiers import Applicant, intake, search_key, update_details
from core.formatting import fold
from core.models import Dossier, Procedure
from tests.core.test_figures_plans import plan, statements_of

WORD = re.compile("[a-z0-9\u0080-\U0010ffff]")
# Applicants and procedures with what real registers hold: marks, đ, punctuation glued to words,
# a foreign name, a curly quote, an en dash.
NAMES = ["Nguyễn Văn An", "Trần Thị Lan", "Lê Đức Anh", "Phạm Thị Hồng-Nhung", "Đỗ Quang Đạt", "Nguyễn Thị Ánh",
         "O'Neil Trần", "Søren Lê", "Hoàng (Anh) Tú", "Vũ “Ba” Văn", None]
PROCEDURES = [("Chứng thực bản sao từ bản chính", "Chứng thực"), ("Đăng ký khai sinh (kết hợp)", "Hộ tịch"),
              ("Đăng ký kết hôn – lưu động", "Hộ tịch"), ("Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng"),
              ("Đăng ký biến động đất đai, tài sản", "Đất đai")]
SEARCHES = ["an", "nguyen van an", "Nguyễn", "lan", "anh", "nhung", "hong-nhung", "hồng,nhung", "neil", "o'neil",
            "søren", "ren", "ba", "tu", "(anh)", "ket hop", "hop", "luu dong", "dat dai", "tai san", "hs-26", "0012",
            "26031", "-0003", "x-", "*", "100%_", "t", "n", "đ", "khai sinh an", "nguyen 0001", "zzz", "a-b"]


def matches(key: str, text: str) -> bool:
    """The definition (core.dossier_queries.parse_search), written plainly."""
    terms = parse_search(text)
    for prefix in terms.prefixes:
        if not any(i == 0 or not WORD.match(key[i - 1]) for i in _positions(key, prefix)):
            return False
    return all(word in key for word in terms.anywhere)


def _positions(key: str, part: str):
    i = key.find(part)
    while i >= 0:
        yield i
        i = key.find(part, i + 1)


def fill_register(db) -> None:
    """250 dossiers taken in, some edited (the key changes) and some deleted: the index must follow."""
    rng = random.Random(11)
    with transaction(db.sessions) as s:
        procs = []
        for name, field in PROCEDURES:
            p = s.scalar(select(Procedure).where(Procedure.name_key == fold(name)))
            if p is None:
                p = Procedure(name=name, name_key=fold(name), field=field)
                s.add(p)
            p.legal_days, p.deadline_unit = 5, "working_days"
            procs.append(p)
        s.flush()
        ids = []
        for i in range(250):
            day = date(2026, 3, 2) + timedelta(days=rng.randint(0, 20))
            name = rng.choice(NAMES) or "Không tên"
            d = intake(s, procedure_id=rng.choice(procs).id, applicant=Applicant(name),
                       received_at=datetime.combine(day, time(8, 30)), channel=rng.choice(["online", "direct"]))
            ids.append(d.id)
        for dossier_id in rng.sample(ids, 40):
            update_details(s, dossier_id, applicant=Applicant(rng.choice(NAMES[:-1])))
        s.execute(delete(Dossier).where(Dossier.id.in_(rng.sample(ids, 25))))


@pytest.fixture
def register(populated_db):
    """A copy of the database fill_register makes (tests.template_db: filled once per run)."""
    return populated_db(fill_register)


def _reference(s, text: str) -> set[int]:
    return {i for i, key in s.execute(select(Dossier.id, Dossier.search_key)) if matches(key, text)}


def _ways(s, text: str, other: DossierFilter = DossierFilter()):
    spec = other.with_(search=text)
    listed = {r.id for r in fetch_rows(s, spec, Sort(), limit=10_000)}
    ids = search_ids(s, spec, Sort())
    return listed, count_dossiers(s, spec), ids


@pytest.mark.parametrize("way", ["as it comes", "patterns", "no index"])
def test_every_way_finds_what_the_definition_says(register, monkeypatch, way):
    if way == "patterns":  # every search is "broad": the list pages with patterns
        monkeypatch.setattr(dq, "SEARCH_ID_CAP", 0)
    with transaction(register.sessions, write=False) as s:
        engine = s.get_bind()
        dq._narrow.pop(engine, None)
        if way == "no index":
            monkeypatch.setitem(dq._word_index, engine, False)
        for typed in SEARCHES:
            expected = _reference(s, typed)
            listed, counted, ids = _ways(s, typed)
            assert listed == expected, typed
            assert counted == len(expected), typed
            if ids is not None:
                assert set(ids) == expected, typed
            # With another filter as well.
            online = {r.id for r in fetch_rows(s, DossierFilter(channels=("online",)), limit=10_000)}
            listed, counted, ids = _ways(s, typed, DossierFilter(channels=("online",)))
            assert listed == expected & online and counted == len(expected & online), typed
        dq._narrow.pop(engine, None)
    # The searches worth having found something; nonsense found nothing.
    with transaction(register.sessions, write=False) as s:
        for typed, some in (("nguyen van an", True), ("neil", True), ("søren", True), ("(anh)", True),
                           ("ren", False), ("ong", False), ("*", False), ("100%_", False), ("zzz", False)):
            assert bool(_reference(s, typed)) == some, text


def test_words_and_patterns():
    t = parse_search("  Nguyễn  văn AN ")
    assert t.prefixes == ("nguyen", "van", "an") and t.anywhere == ()
    assert t.fts5_query == '"nguyen"* AND "van"* AND "an"*' and t.index_decides
    assert t.tsquery == "'nguyen':* & 'van':* & 'an':*"
    t = parse_search("hồng,nhung")
    assert t.prefixes == ("hong", "nhung")
    t = parse_search("HS-261015")
    assert t.prefixes == () and t.anywhere == ("hs-261015",)
    assert t.index_words == ("261015",) and not t.index_decides  # the part after "-" begins a word
    t = parse_search("0012")
    assert t.anywhere == ("0012",) and t.index_words == ()  # inside a word: patterns only
    t = parse_search("* \"")
    assert t.anywhere == ("*", '"') and t.index_words == ()  # wildcards and quotes are literal
    assert not parse_search("   ") and not parse_search(None)


def test_the_index_follows_every_write(sqlite_db):
    """Intake, an edit of the name, a re-import that renames, a delete: the index agrees with the keys."""
    db = sqlite_db
    with transaction(db.sessions) as s:
        proc = s.scalar(select(Procedure).where(Procedure.legal_days.is_not(None)))
        d = intake(s, procedure_id=proc.id, applicant=Applicant("Trần Thị Lan"),
                   received_at=datetime(2026, 3, 2, 9, 0))
        code = d.code
    assert _ids(db, "tran lan") == [d.id]
    with transaction(db.sessions) as s:
        update_details(s, d.id, applicant=Applicant("Lý Thị Mai"))
    assert _ids(db, "tran lan") == [] and _ids(db, "ly mai") == [d.id]
    with transaction(db.sessions) as s:  # any writer of the key, even raw SQL
        s.execute(update(Dossier).where(Dossier.id == d.id).values(search_key=search_key(code, "Hà Văn Bình", None)))
    assert _ids(db, "ly mai") == [] and _ids(db, "ha binh") == [d.id]
    with transaction(db.sessions) as s:
        s.execute(delete(Dossier).where(Dossier.id == d.id))
    assert _ids(db, "ha binh") == []
    assert_index_agrees(db, "Trần Thị Lan", "Lý Thị Mai", "Hà Văn Bình")


def test_import_fills_the_index(sqlite_db, tmp_path):
    from core.imports import load_importers, run_import

    load_importers()
    path = tmp_path / "ho-so.csv"
    path.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Ngày tiếp nhận,Hạn trả,Kênh,Trạng thái\n"
                    "HS-1,Chứng thực bản sao từ bản chính,Chứng thực,Trần Thị Lan,02/03/2026,05/03/2026,Trực tiếp,"
                    "Đang xử lý\n"
                    "HS-2,Chứng thực bản sao từ bản chính,Chứng thực,Lê Văn Hùng,02/03/2026,05/03/2026,Trực tiếp,"
                    "Đang xử lý\n",
                    encoding="utf-8")
    run_import("dossiers", sqlite_db, str(path), user="test")
    assert len(_ids(sqlite_db, "tran lan")) == 1 and len(_ids(sqlite_db, "chung thuc")) == 2
    # Importing again renames one: the index follows the update.
    path.write_text(path.read_text(encoding="utf-8").replace("Lê Văn Hùng", "Lê Văn Dũng"), encoding="utf-8")
    run_import("dossiers", sqlite_db, str(path), user="test")
    assert _ids(sqlite_db, "hung") == [] and len(_ids(sqlite_db, "le dung")) == 1
    assert_index_agrees(sqlite_db, "Lê Văn Hùng")


def assert_index_agrees(db, *gone: str) -> None:
    """The word index holds exactly the words of the keys: every word of every key finds exactly the
    dossiers whose keys have it, and the words of `gone` (old names) find only those too."""
    with db.engine.connect() as conn:
        keys = dict(conn.execute(select(Dossier.id, Dossier.search_key)).all())
        words = {w for key in keys.values() for w in re.findall("[a-z0-9\u0080-\U0010ffff]+", key or "")}
        words |= {w for name in gone for w in fold(name).split(" ")}
        for w in words:
            found = {r[0] for r in conn.execute(text("SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH :q"),
                                                {"q": f'"{w}"'})}
            assert found == {i for i, key in keys.items()
                             if w in re.findall("[a-z0-9\u0080-\U0010ffff]+", key or "")}, w
        conn.exec_driver_sql("INSERT INTO dossier_fts(dossier_fts) VALUES ('integrity-check')")


def _ids(db, text: str) -> list[int]:
    with transaction(db.sessions, write=False) as s:
        dq._narrow.pop(s.get_bind(), None)
        return sorted(search_ids(s, DossierFilter(search=text)) or [])


def test_a_database_from_before_the_index_gets_it_filled(tmp_path):
    """A register made before migration 0003 is indexed when it is opened."""
    from core.commune import init_database, open_database
    from core.schema import alembic_config

    from alembic import command

    path = tmp_path / "old.sqlite"
    db = init_database(str(path), "Xã Thượng Tín", "Hà Nội")
    with transaction(db.sessions) as s:
        proc = s.scalar(select(Procedure).where(Procedure.legal_days.is_not(None)))
        intake(s, procedure_id=proc.id, applicant=Applicant("Trần Thị Lan"), received_at=datetime(2026, 3, 2, 9, 0))
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'dossier_fts'")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name LIKE 'dossier_fts%'")).scalar() == 0
    db.close()
    db = open_database(str(path))
    try:
        with transaction(db.sessions, write=False) as s:
            assert dq.has_word_index(s)
        assert len(_ids(db, "tran lan")) == 1
    finally:
        db.close()


def test_the_plans(sqlite_db):
    """A name is looked up in the word index, no dossier read; a broad search pages down the list's
    own index, testing the pattern row by row until a window is full."""
    with transaction(sqlite_db.sessions) as s:
        proc = s.scalar(select(Procedure).where(Procedure.legal_days.is_not(None)))
        for i in range(30):
            intake(s, procedure_id=proc.id, applicant=Applicant("Nguyễn Văn An" if i % 2 else "Trần Thị Lan"),
                   received_at=datetime(2026, 3, 2, 9, i))
    name_statements = [x for x in statements_of(sqlite_db, lambda s: search_ids(s, DossierFilter(search="tran lan")))
                       if "MATCH" in x[0]]

    def broad(s):
        dq._narrow.pop(s.get_bind(), None)
        assert search_ids(s, DossierFilter(search="nguyen")) is None  # too many: page instead
        assert count_dossiers(s, DossierFilter(search="nguyen")) == 15
        assert len(fetch_rows(s, DossierFilter(search="nguyen"), Sort(), limit=10)) == 10
        dq._narrow.pop(s.get_bind(), None)

    dq.SEARCH_ID_CAP, cap = 5, dq.SEARCH_ID_CAP
    try:
        seen = statements_of(sqlite_db, broad)
    finally:
        dq.SEARCH_ID_CAP = cap
    page = [x for x in seen if "ORDER BY" in x[0] and "LIMIT" in x[0]][-1]
    counted = [x for x in seen if "count(" in x[0]][-1]
    name_plans = [" | ".join(plan(sqlite_db, *x)) for x in name_statements]
    assert any("dossier_fts VIRTUAL TABLE" in p and " dossier " not in p + " " for p in name_plans), name_plans
    assert "dossier_fts VIRTUAL TABLE" in " | ".join(plan(sqlite_db, *counted))  # counted by the index alone
    paged = " | ".join(plan(sqlite_db, *page))
    assert "dossier_fts" not in paged and "ix_dossier_received_at" in paged, paged


def test_a_bulk_write_lifts_the_triggers_and_indexes_at_the_end(sqlite_db):
    """Inside bulk_word_index the insert and update triggers are lifted; at the end every new and
    rewritten dossier is in the index, old words gone, triggers back. A rollback brings them back."""
    from core.word_index import LIFTED_TRIGGERS, bulk_word_index

    def triggers(conn) -> set[str]:
        return set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name LIKE 'dossier_fts%'")))

    db = sqlite_db
    with db.engine.connect() as conn:
        before = triggers(conn)
    assert set(LIFTED_TRIGGERS) < before
    with transaction(db.sessions) as s:
        proc = s.scalar(select(Procedure).where(Procedure.legal_days.is_not(None)))
        old = intake(s, procedure_id=proc.id, applicant=Applicant("Trần Thị Lan"), received_at=datetime(2026, 3, 2, 9))
    with transaction(db.sessions) as s:
        conn = s.connection()
        with bulk_word_index(conn) as index:
            assert triggers(conn) == before - set(LIFTED_TRIGGERS)
            fresh = intake(s, procedure_id=proc.id, applicant=Applicant("Lê Văn Hùng"),
                           received_at=datetime(2026, 3, 2, 10))
            assert conn.scalar(text("SELECT count(*) FROM dossier_fts WHERE dossier_fts MATCH 'hung'")) == 0
            index.rewriting([old.id])
            conn.execute(update(Dossier).where(Dossier.id == old.id)
                         .values(search_key=search_key(old.code, "Phan Thị Mai", proc.name)))
        assert triggers(conn) == before
    assert _ids(db, "le hung") == [fresh.id] and _ids(db, "phan mai") == [old.id] and _ids(db, "tran lan") == []
    with pytest.raises(RuntimeError), transaction(db.sessions) as s:
        with bulk_word_index(s.connection()):
            raise RuntimeError("the clerk cancelled")
    with db.engine.connect() as conn:
        assert triggers(conn) == before
    assert_index_agrees(db, "Trần Thị Lan")
    with transaction(db.sessions) as s:  # the triggers work again
        later = intake(s, procedure_id=proc.id, applicant=Applicant("Đinh Công Tráng"),
                       received_at=datetime(2026, 3, 2, 11))
    assert _ids(db, "dinh trang") == [later.id]


def test_generated_registers_are_indexed(sqlite_db):
    from core.demo_data import generate

    generate(sqlite_db, 300, months=2, seed=5)
    generate(sqlite_db, 100, months=1, seed=6)  # a second batch on top of the first
    assert_index_agrees(sqlite_db)


def test_a_disposed_engine_asks_again(sqlite_db):
    """A restore disposes the engine and puts another file in place: what was known of the index goes."""
    with transaction(sqlite_db.sessions, write=False) as s:
        assert dq.has_word_index(s)
        search_ids(s, DossierFilter(search="ha noi 12"))
        engine = s.get_bind()
    assert engine in dq._word_index and engine in dq._narrow
    sqlite_db.engine.dispose()
    assert engine not in dq._word_index and engine not in dq._narrow
    with transaction(sqlite_db.sessions, write=False) as s:
        assert dq.has_word_index(s)


@pytest.mark.postgres
def test_postgresql_searches_through_its_indexes(db):
    """On PostgreSQL (migration 0003) words are looked up in the GIN index of dossier_words(), parts
    of codes in pg_trgm's: on a register of some size the planner reads the matching rows through
    them instead of the whole table."""
    from sqlalchemy import insert

    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    rng = random.Random(3)
    with transaction(db.sessions) as s:
        proc = s.scalar(select(Procedure).where(Procedure.legal_days.is_not(None)))
        family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
        given = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nam", "Oanh", "Phúc"]
        rows = []
        for i in range(20_000):
            name = f"{rng.choice(family)} {rng.choice(['Văn', 'Thị', 'Đức', 'Ngọc'])} {rng.choice(given)}"
            code = f"HS-{250101 + i % 300:06d}-{i:05d}"
            day = date(2025, 1, 1) + timedelta(days=i % 300)
            rows.append({"code": code, "procedure_id": proc.id, "field": proc.field, "applicant_name": name,
                         "channel": "direct", "received_at": datetime.combine(day, time(9)), "received_date": day,
                         "due_date": day + timedelta(days=5), "status": "in_progress", "supplement_count": 0,
                         "paused_days": 0, "search_key": search_key(code, name, proc.name)})
        s.execute(insert(Dossier), rows)
    with db.engine.begin() as conn:
        for index in ("ix_dossier_search_trgm", "ix_dossier_words"):
            assert conn.scalar(text("SELECT count(*) FROM pg_indexes WHERE indexname = :n"), {"n": index}) == 1
            # New rows wait in GIN's pending list until (auto)vacuum merges them; do it now, as it would.
            conn.exec_driver_sql(f"SELECT gin_clean_pending_list('{index}')")
        conn.exec_driver_sql("ANALYZE dossier")
    for typed, index in (("HS-250117-01", "ix_dossier_words"), ("hoang ngoc phuc", "ix_dossier_words"),
                         ("nguyen van an", "ix_dossier_words"), ("50117-0", "ix_dossier_search_trgm")):
        with transaction(db.sessions, write=False) as s:
            ids = search_ids(s, DossierFilter(search=typed))
            assert set(ids) == _reference(s, typed) and ids, typed
        seen = statements_of(db, lambda s: search_ids(s, DossierFilter(search=typed)))
        statement, parameters = [x for x in seen if "LIMIT" in x[0]][0]  # the probe that finds the candidates
        with db.engine.connect() as conn:
            steps = " | ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))
        assert index in steps and "Seq Scan" not in steps, (typed, steps)


# Names drawn from letters with and without marks, digits, punctuation glued to words, and
# characters beyond Vietnamese (ø, ß, 中, curly quotes, an en dash, an emoji).
_ALPHABET = "aàăâbcdđeêghiklmnoôơpqrstuưvxyAĐÔ0189 -'.,/()“”–øß中😀"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(_ALPHABET, min_size=1, max_size=18), min_size=3, max_size=12),
       picks=st.lists(st.tuples(st.integers(0, 11), st.integers(0, 17), st.integers(1, 6)), min_size=1, max_size=6))
def test_any_name_and_any_part_of_it_is_found_as_defined(tmp_path_factory, names, picks):
    """On random names, searches cut out of them (and their neighbours) find through the word index
    exactly what the definition says, as the patterns do."""
    from tests.template_db import new_sqlite

    db = new_sqlite(tmp_path_factory.mktemp("h") / "h.sqlite")
    try:
        with transaction(db.sessions) as s:
            proc = s.scalar(select(Procedure).where(Procedure.legal_days.is_not(None)))
            for i, name in enumerate(names):
                code = f"HS-260302-{i:04d}"
                s.add(Dossier(code=code, procedure_id=proc.id, field=proc.field, applicant_name=name,
                              channel="direct", received_at=datetime(2026, 3, 2, 9), received_date=date(2026, 3, 2),
                              due_date=date(2026, 3, 6), status="in_progress", supplement_count=0, paused_days=0,
                              search_key=search_key(code, name, proc.name)))
        typed = [names[n % len(names)][start:start + length] for n, start, length in picks]
        with transaction(db.sessions, write=False) as s:
            for text_ in typed + [" ".join(typed)]:
                expected = _reference(s, text_)
                listed, counted, ids = _ways(s, text_)
                assert listed == expected and counted == len(expected), text_
                assert ids is None or set(ids) == expected, text_
    finally:
        db.close()
