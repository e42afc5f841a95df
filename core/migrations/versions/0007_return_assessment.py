"""the return's assessment: the clerk's text per period, and the copy finalised with the figures

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "return_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("texts_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_assessment")),
        sa.UniqueConstraint("period_start", "period_end", name="uq_return_assessment_period"),
    )
    # A plain ADD COLUMN (no table rebuild): the append-only triggers of 0002 stay as they are.
    op.add_column("finalised_return", sa.Column("assessment_json", sa.Text(), nullable=True))


def downgrade() -> None:
    # Not a batch rebuild: finalised_return keeps its append-only triggers (0002).
    op.execute("ALTER TABLE finalised_return DROP COLUMN assessment_json")
    op.drop_table("return_assessment")
