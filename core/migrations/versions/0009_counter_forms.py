"""counter forms: what the seven forms of Thông tư 03/2025 print, kept at intake and at each step

- dossier: the applicant's email; the authorised representative; Mẫu 01's appointment (date and
  time) as given at intake; where the result is delivered; the number of sets; the tracking book's
  year, volume and number (unique in its year); the reason of a second supplement request; the fee
  refunded on a stop. The free-text `documents` column becomes rows of `dossier_document` (one per
  line, taken as handed in), and is dropped.
- dossier_event: the due date in force after the step; a supplement request's list of items (the
  old requests kept that list in their note: it moves there).
- procedure_document: each procedure's required documents (thành phần hồ sơ), seeded from
  resources/procedure_documents.csv for the procedures of the seed catalogue the database has.
- ix_dossier_received gains `status` (a dossier refused at the counter is in no figure, and the
  receipts are still counted from the index alone).
- Dossiers taken in before have no appointment recorded: core.dossiers.appointment_of gives their
  due date while no pause has moved it.

Revision ID: 0009
Revises: 0008
"""
import re

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

DOSSIER_COLUMNS = [
    sa.Column('applicant_email', sa.String(length=200), nullable=True),
    sa.Column('representative_name', sa.String(length=300), nullable=True),
    sa.Column('representative_id_number', sa.String(length=20), nullable=True),
    sa.Column('representative_address', sa.String(length=500), nullable=True),
    sa.Column('representative_phone', sa.String(length=30), nullable=True),
    sa.Column('representative_email', sa.String(length=200), nullable=True),
    sa.Column('representative_document', sa.String(length=500), nullable=True),
    sa.Column('appointment_at', sa.DateTime(), nullable=True),
    sa.Column('result_delivery', sa.String(length=20), nullable=True),
    sa.Column('copies', sa.Integer(), nullable=True),
    sa.Column('book_year', sa.Integer(), nullable=True),
    sa.Column('book_volume', sa.Integer(), nullable=True),
    sa.Column('book_number', sa.Integer(), nullable=True),
    sa.Column('second_supplement_reason', sa.Text(), nullable=True),
    sa.Column('refunded_fee', sa.Integer(), nullable=True),
]


def _lines(text):
    return [x.strip(" -•\t") for x in re.split(r"[\r\n;]+", text or "") if x.strip(" -•\t")]


def upgrade() -> None:
    bind = op.get_bind()
    for column in DOSSIER_COLUMNS:
        op.add_column('dossier', column)
    op.create_index('uq_dossier_book', 'dossier', ['book_year', 'book_number'], unique=True)
    op.drop_index('ix_dossier_received', table_name='dossier')
    op.create_index('ix_dossier_received', 'dossier', ['received_date', 'field', 'channel', 'status'], unique=False)
    op.add_column('dossier_event', sa.Column('due_date', sa.Date(), nullable=True))
    op.add_column('dossier_event', sa.Column('items', sa.Text(), nullable=True))

    procedure_document = op.create_table(
        'procedure_document',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('procedure_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=500), nullable=False),
        sa.Column('form', sa.String(length=20), nullable=False),
        sa.Column('copies', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'],
                                name=op.f('fk_procedure_document_procedure_id_procedure'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_document')))
    op.create_index(op.f('ix_procedure_document_procedure_id'), 'procedure_document', ['procedure_id'], unique=False)
    dossier_document = op.create_table(
        'dossier_document',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('dossier_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=500), nullable=False),
        sa.Column('form', sa.String(length=20), nullable=True),
        sa.Column('copies', sa.Integer(), nullable=True),
        sa.Column('received', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'],
                                name=op.f('fk_dossier_document_dossier_id_dossier'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_document')))
    op.create_index(op.f('ix_dossier_document_dossier_id'), 'dossier_document', ['dossier_id'], unique=False)

    # The free-text documents become rows, then the column goes.
    rows = []
    for dossier_id, text in bind.execute(sa.text("SELECT id, documents FROM dossier WHERE documents IS NOT NULL")):
        for position, name in enumerate(_lines(text), start=1):
            rows.append({"dossier_id": dossier_id, "position": position, "name": name[:500], "form": None,
                         "copies": None, "received": True})
    if rows:
        op.bulk_insert(dossier_document, rows)
    op.execute("ALTER TABLE dossier DROP COLUMN documents")
    # A supplement request's note was its list of items.
    op.execute("UPDATE dossier_event SET items = note, note = NULL WHERE kind = 'supplement_requested'")

    from core.catalogue import seed_rows_of_documents

    known = dict(bind.execute(sa.text("SELECT name_key, id FROM procedure")).all())
    op.bulk_insert(procedure_document, [dict(row, procedure_id=known[key])
                                        for key, row in seed_rows_of_documents() if key in known])


def downgrade() -> None:
    op.add_column('dossier', sa.Column('documents', sa.Text(), nullable=True))
    op.drop_table('dossier_document')
    op.drop_table('procedure_document')
    op.drop_column('dossier_event', 'items')
    op.drop_column('dossier_event', 'due_date')
    op.drop_index('ix_dossier_received', table_name='dossier')
    op.create_index('ix_dossier_received', 'dossier', ['received_date', 'field', 'channel'], unique=False)
    op.drop_index('uq_dossier_book', table_name='dossier')
    for column in reversed(DOSSIER_COLUMNS):
        op.drop_column('dossier', column.name)
