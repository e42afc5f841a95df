"""site problem history: the statuses of a village's problem by day, so that a return re-made later
shows the problems as they stood on its last day

The site problems recorded before this revision get the history their own dates tell: recorded on
their date (since, else the day they were recorded) with their status, and when resolved, open until
their resolved date.

Revision ID: 0005
Revises: 0004
"""
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

from core import clock

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _day(value) -> date | None:
    """A DATE or DATETIME column as the driver returns it (SQLite: text)."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    op.create_table('site_problem_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_problem_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('user_name', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['site_problem_id'], ['site_problem.id'],
                            name=op.f('fk_site_problem_event_site_problem_id_site_problem'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_problem_event'))
    )
    with op.batch_alter_table('site_problem_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_problem_event_site_problem_id'), ['site_problem_id'], unique=False)

    bind = op.get_bind()
    problems = sa.table("site_problem", sa.column("id"), sa.column("since"), sa.column("created_at"),
                        sa.column("status"), sa.column("resolved_date"))
    events = sa.table("site_problem_event", sa.column("site_problem_id"), sa.column("action"), sa.column("day", sa.Date),
                      sa.column("from_status"), sa.column("to_status"), sa.column("note"))
    rows = []
    for pid, since, created, status, resolved in bind.execute(sa.select(
            problems.c.id, problems.c.since, problems.c.created_at, problems.c.status, problems.c.resolved_date)):
        first = _day(since) or _day(created) or clock.today()
        resolved = _day(resolved)
        if status == "resolved" and resolved is not None:
            rows.append({"site_problem_id": pid, "action": "recorded", "day": min(first, resolved),
                         "from_status": None, "to_status": "open", "note": "history from its dates"})
            rows.append({"site_problem_id": pid, "action": "resolved", "day": resolved, "from_status": "open",
                         "to_status": "resolved", "note": "history from its dates"})
        else:
            rows.append({"site_problem_id": pid, "action": "recorded", "day": first, "from_status": None,
                         "to_status": status, "note": "history from its dates"})
    if rows:
        bind.execute(sa.insert(events), rows)


def downgrade() -> None:
    with op.batch_alter_table('site_problem_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_problem_event_site_problem_id'))
    op.drop_table('site_problem_event')
