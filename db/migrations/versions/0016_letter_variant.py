"""a parent letter's variant per chain: broad or concrete

A chain gets ``letter_variant``: the parent letter tells why broadly ("beroepen van de
toekomst", technology as one route among many; what every letter said so far) or
concretely (the jobs, worlds and role models the children meet in this activity). Every
existing chain gets "broad", so its letter stays as it was. The downgrade drops the column
(and with it the choice).

Revision ID: 0016
Revises: 0011
Create Date: 2026-12-06 05:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('chains', schema=None) as batch_op:
        batch_op.add_column(sa.Column('letter_variant', sa.Enum('broad', 'concrete', name='letter_variant', native_enum=False, create_constraint=True, length=32), nullable=False, server_default='broad'))


def downgrade() -> None:
    with op.batch_alter_table('chains', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_chains_letter_variant'), type_='check')
        batch_op.drop_column('letter_variant')
