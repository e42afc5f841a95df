"""import profiles, reconciliation of offline intake, late causes, site-problem import

- import_profile: the layouts of other systems' exports a clerk mapped and saved by name.
- dossier.official_code (unique where given): the provincial system's code of the dossier, how an
  intake taken in offline is recognised in the system's export; dossier.late_cause.
- import_batch.linked / skipped: rows linked to an offline intake, rows not received yet.
- site_problem.import_batch_id: site problems come from `import sites` too.

Columns are added with ALTER TABLE and the unique rule is an index: the dossier table is not
rebuilt (a rebuild would drop its word-index triggers, migration 0003).

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'import_profile',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('name_key', sa.String(length=200), nullable=False),
        sa.Column('mapping', sa.Text(), nullable=False),
        sa.Column('user_name', sa.String(length=100), nullable=True),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_profile')),
        sa.UniqueConstraint('name_key', name=op.f('uq_import_profile_name_key')),
    )
    op.add_column('dossier', sa.Column('official_code', sa.String(length=100), nullable=True))
    op.add_column('dossier', sa.Column('late_cause', sa.String(length=20), nullable=True))
    op.create_index('uq_dossier_official_code', 'dossier', ['official_code'], unique=True)
    op.add_column('import_batch', sa.Column('linked', sa.Integer(), server_default='0', nullable=False))
    op.add_column('import_batch', sa.Column('skipped', sa.Integer(), server_default='0', nullable=False))
    # site_problem has no triggers: batch mode may rebuild it on SQLite to add the foreign key.
    with op.batch_alter_table('site_problem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_batch_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_site_problem_import_batch_id_import_batch'), 'import_batch',
                                    ['import_batch_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('site_problem', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_site_problem_import_batch_id_import_batch'), type_='foreignkey')
        batch_op.drop_column('import_batch_id')
    op.drop_column('import_batch', 'skipped')
    op.drop_column('import_batch', 'linked')
    op.drop_index('uq_dossier_official_code', table_name='dossier')
    op.drop_column('dossier', 'late_cause')
    op.drop_column('dossier', 'official_code')
    op.drop_table('import_profile')
