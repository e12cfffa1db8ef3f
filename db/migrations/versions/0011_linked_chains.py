"""linked chains: a series of chains, activities of several days, tasks during a visit

Issue 15 item 5. ``chains.follows_chain_id``: the chain of the same class and school year
this one follows up (a visit, then the build assignment, then a presentation: one series;
ON DELETE SET NULL, so deleting a chain leaves its follow-up standing alone).
``chains.activity_end_date``: the last day of an activity that lasts several days or weeks
(a project week); NULL, as for every existing chain, is one day. ``chain_tasks``: catalog
items done during a chain's activity (the Medewerkerspaspoort during a company visit),
printed in the chain's logbook; ``activities.visit_task`` marks the catalog items that can
be such a task (the seed sets it for the Medewerkerspaspoort; existing rows get false
through the server default, and the next start's seed update sets it where the user left
the item alone).

The downgrade drops the table and the columns (and with them the links, end dates and
tasks entered).

Revision ID: 0011
Revises: 0014
Create Date: 2026-12-06 05:03:14.681930
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('chain_tasks',
    sa.Column('chain_id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_chain_tasks_activity_id_activities'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['chain_id'], ['chains.id'], name=op.f('fk_chain_tasks_chain_id_chains'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('chain_id', 'activity_id', name=op.f('pk_chain_tasks'))
    )
    with op.batch_alter_table('chain_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chain_tasks_activity_id'), ['activity_id'], unique=False)

    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('visit_task', sa.Boolean(), nullable=False, server_default=sa.false())
        )

    with op.batch_alter_table('chains', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follows_chain_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('activity_end_date', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_chains_follows_chain_id'), ['follows_chain_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_chains_follows_chain_id_chains'), 'chains', ['follows_chain_id'], ['id'], ondelete='SET NULL')
        batch_op.create_check_constraint(
            op.f('ck_chains_activity_end_after_start'),
            'activity_end_date IS NULL OR activity_end_date > date',
        )


def downgrade() -> None:
    with op.batch_alter_table('chains', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_chains_activity_end_after_start'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_chains_follows_chain_id_chains'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_chains_follows_chain_id'))
        batch_op.drop_column('activity_end_date')
        batch_op.drop_column('follows_chain_id')

    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_column('visit_task')

    with op.batch_alter_table('chain_tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chain_tasks_activity_id'))

    op.drop_table('chain_tasks')
