"""append-only tables: the audit trail and finalised returns refuse UPDATE and DELETE

Autogenerate cannot see triggers, so they live in this hand-written revision, which
`python -m core.migrations.regen_initial` keeps (it only rewrites 0001).

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TABLES = ("audit_entry", "finalised_return")


def upgrade() -> None:
    from core import protections  # the one statement of each trigger (verified again at every open)

    protections.create(op.get_bind())


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in TABLES:
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    elif dialect == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_change ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS communedesk_append_only()")
