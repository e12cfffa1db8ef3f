"""before and after: the class's totals of who can do this work, per chain (issue 18 item 1)

One row per chain (``chain_measurements``), only where the teacher counted something: how
many pupils drew or ticked a woman, a man, both or could not say, before the activity and
after it, and how many would want this work. NULL is "not counted". The row goes with its
chain (ON DELETE CASCADE). No data step: existing databases have no measurement yet. The
downgrade drops the table (and with it what was entered).

Revision ID: 0017
Revises: 0010
Create Date: 2026-12-06 05:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTS = ("woman", "man", "both", "unclear", "want")


def upgrade() -> None:
    op.create_table(
        'chain_measurements',
        sa.Column('chain_id', sa.Integer(), nullable=False),
        *[
            sa.Column(f'{moment}_{count}', sa.Integer(), nullable=True)
            for moment in ("before", "after")
            for count in COUNTS
        ],
        sa.ForeignKeyConstraint(
            ['chain_id'], ['chains.id'],
            name=op.f('fk_chain_measurements_chain_id_chains'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('chain_id', name=op.f('pk_chain_measurements')),
    )


def downgrade() -> None:
    op.drop_table('chain_measurements')
