"""Alembic environment: run with the connection handed over by core.schema (no alembic.ini)."""
from alembic import context

from core.models import Base
from core.schema import include_object

config = context.config
target_metadata = Base.metadata


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
