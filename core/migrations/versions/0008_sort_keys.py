"""Vietnamese sort keys: dossier.applicant_sort, field_sort, handler_sort and procedure.name_sort

The dossier list sorts by these (core.collation.sort_key of the names, kept by core.sortkeys), so
"Đất đai" comes after "Cư trú" and before "Hộ tịch", not after "Xây dựng" as the code points have
it. Rows already there get their keys here, computed by the same function. Plain ADD COLUMNs: no
table rebuild, so the word index's triggers (0003) stay as they are.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

DOSSIER_KEYS = {"applicant_sort": ("applicant_name", 1000), "field_sort": ("field", 700),
                "handler_sort": ("handler_name", 700)}
BATCH = 5000


def _fill(table: str, keys: dict[str, str]) -> None:
    from core.collation import sort_key_or_none

    conn = op.get_bind()
    t = sa.table(table, sa.column("id"), *(sa.column(c) for c in keys), *(sa.column(k) for k in keys.values()))
    sources = list(keys)
    update = sa.update(t).where(t.c.id == sa.bindparam("b_id")).values(
        {key: sa.bindparam(f"b_{key}") for key in keys.values()})
    last = 0
    while True:
        rows = conn.execute(sa.select(t.c.id, *(t.c[c] for c in sources)).where(t.c.id > last)
                            .order_by(t.c.id).limit(BATCH)).all()
        if not rows:
            return
        conn.execute(update, [{"b_id": r[0], **{f"b_{keys[c]}": sort_key_or_none(v) for c, v in zip(sources, r[1:])}}
                              for r in rows])
        last = rows[-1][0]


def upgrade() -> None:
    for key, (_source, length) in DOSSIER_KEYS.items():
        op.add_column("dossier", sa.Column(key, sa.String(length=length), nullable=True))
    op.add_column("procedure", sa.Column("name_sort", sa.String(length=1500), nullable=True))
    _fill("dossier", {source: key for key, (source, _length) in DOSSIER_KEYS.items()})
    _fill("procedure", {"name": "name_sort"})
    op.create_index("ix_dossier_field_sort", "dossier", ["field_sort", "received_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_dossier_field_sort", table_name="dossier")
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+, PostgreSQL), not a batch rebuild: rebuilding procedure
    # would drop a table the dossiers' foreign keys point at, and dossier has the word index's triggers.
    op.execute("ALTER TABLE procedure DROP COLUMN name_sort")
    for key in DOSSIER_KEYS:
        op.execute(f"ALTER TABLE dossier DROP COLUMN {key}")
