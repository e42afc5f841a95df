"""dossier fee, paid online, digitised: what the 766 estimate's online payment (3.6) and digitisation
(4.2) indicators count, and an index on the supplement count (2.1 counts a dossier asked for a
supplement more than once as overdue). The three columns are NULL on the dossiers recorded before this revision: not
recorded, which the estimate shows as "no data", never as 0.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fee', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('paid_online', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('digitised', sa.Boolean(), nullable=True))
        batch_op.create_index('ix_dossier_supplements', ['supplement_count'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_index('ix_dossier_supplements')
        batch_op.drop_column('digitised')
        batch_op.drop_column('paid_online')
        batch_op.drop_column('fee')
