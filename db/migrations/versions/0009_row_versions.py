"""row versions: optimistic locking of the rows a user edits

Chains, classes, pupils, companies and the school get a ``version`` counter (SQLAlchemy's
``version_id_col``, see ``store/models.Versioned``): every save raises it, and a save that
started from an older version is refused instead of overwriting what a colleague saved
meanwhile (issue 16, item 4). Existing rows get version 1 through the server default.
A chain's counter covers its lessons and role-model links, a company's its contacts, role
models, worlds, professions and confirmations (they are saved together with it).

The downgrade drops the columns again; nothing else depends on them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 02:10:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('schools', 'classes', 'pupils', 'companies', 'chains')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False)
            )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
