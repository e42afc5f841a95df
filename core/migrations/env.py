"""Alembic environment: run with the connection handed over by core.schema (no alembic.ini)."""
from alembic import context

from core.models import Base

config = context.config
target_metadata = Base.metadata


# Objects made by hand-written revisions that the models do not describe (the FTS5 word index and
# its shadow tables, PostgreSQL's trigram index): autogenerate must not propose dropping them.
UNMODELLED_PREFIXES = ("dossier_fts", "ix_dossier_search_trgm")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ in ("table", "index") and reflected and compare_to is None
                and (name or "").startswith(UNMODELLED_PREFIXES))


def run() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
