"""dossier word index: FTS5 on SQLite, a GIN index of dossier_words() on PostgreSQL

The search box looks each word of letters up as a word prefix. Testing a pattern on every key
took 230 ms at a million dossiers; the word index answers in 20–30 ms. It is an external-content
FTS5 table over dossier.search_key (the index only, the text stays in dossier), kept by triggers so
every write path (the services, the importer, raw SQL, a restore of an old backup migrated forward)
stays in step.

PostgreSQL gets the same word index as an expression index: dossier_words(key) is the tsvector of
the key's runs of word characters, as they are (array_to_tsvector: no parser, no stemming, so a
word is exactly what the SQLite index and the patterns call a word), indexed by GIN; prefix queries
('nguyen':* & 'an':*) use it. Parts of codes ("0012", "hs-26") are patterns (LIKE), served by a
pg_trgm trigram index when the extension can be created (trusted since PostgreSQL 13: the
database's owner may); without it those patterns scan the table.

FTS5 writes out its pending entries at the end of every statement, so a bulk writer pays about
20 µs a row through the triggers; core.word_index lifts the insert and update triggers inside the
writer's own transaction and indexes what it wrote in one statement. A later migration that
rebuilds the dossier table (batch mode) must create these triggers again.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# core.dossier_queries and core.word_index use the same names.
FTS_TABLE = "dossier_fts"

TRIGGERS = {
    "dossier_fts_insert": f"""
        CREATE TRIGGER dossier_fts_insert AFTER INSERT ON dossier BEGIN
          INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key);
        END""",
    "dossier_fts_delete": f"""
        CREATE TRIGGER dossier_fts_delete AFTER DELETE ON dossier BEGIN
          INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) VALUES ('delete', old.id, old.search_key);
        END""",
    # An external-content index must be told the old text to remove it: 'delete' with the old key.
    "dossier_fts_update": f"""
        CREATE TRIGGER dossier_fts_update AFTER UPDATE OF search_key ON dossier
        WHEN old.search_key IS NOT new.search_key BEGIN
          INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) VALUES ('delete', old.id, old.search_key);
          INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key);
        END""",
}


def fts5_available(bind) -> bool:
    """Python's SQLite normally has FTS5; a build without it keeps the pattern search."""
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
    except Exception:  # sqlite3.OperationalError: no such module: fts5
        return False
    bind.exec_driver_sql("DROP TABLE temp.fts5_probe")
    return True


TRIGRAM_INDEX = "ix_dossier_search_trgm"
WORD_INDEX = "ix_dossier_words"
# Runs of anything but the word characters of core.dossier_queries (a-z, 0-9, every non-ASCII
# character), written with the regular expression's own escapes.
SEPARATORS = r"[^a-z0-9\u0080-\U0010FFFF]+"


def word_index(bind) -> None:
    bind.exec_driver_sql(
        "CREATE FUNCTION dossier_words(key text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
        f"SELECT array_to_tsvector(array_remove(regexp_split_to_array(key, '{SEPARATORS}'), '')) $$")
    bind.exec_driver_sql(f"CREATE INDEX {WORD_INDEX} ON dossier USING gin (dossier_words(search_key))")


def trigram_index(bind) -> None:
    savepoint = bind.begin_nested()  # a refused CREATE EXTENSION must not abort the migration
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # no pg_trgm on the server, or no right to create it: patterns scan
        savepoint.rollback()
        return
    savepoint.commit()
    bind.exec_driver_sql(f"CREATE INDEX {TRIGRAM_INDEX} ON dossier USING gin (search_key gin_trgm_ops)")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        word_index(bind)
        trigram_index(bind)
        return
    if bind.dialect.name != "sqlite" or not fts5_available(bind):
        return
    # ascii: a word is a run of a-z, 0-9 and non-ASCII characters (core.dossier_queries matches
    # patterns with the same idea of a word); prefix='1' keeps one-letter searches ("n*": 640,000
    # words to merge at a million dossiers) to one list.
    op.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_key, content='dossier', "
               "content_rowid='id', tokenize='ascii', prefix='1')")
    op.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
        op.execute(f"DROP INDEX IF EXISTS {WORD_INDEX}")
        op.execute("DROP FUNCTION IF EXISTS dossier_words(text)")
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
