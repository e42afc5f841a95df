"""signed returns: who signed the PDF of a finalised return

A finalised return signed with the leader's certificate keeps, beside the files' checksums, who
signed (the certificate's name, subject, serial number and issuer) and when, as JSON
(core.signing.Signed.to_json). Returns finalised before, or unsigned, have none.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (not a batch rebuild): the table's append-only triggers (0002) stay.
    op.add_column("finalised_return", sa.Column("signature_json", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("finalised_return") as batch:
        batch.drop_column("signature_json")
