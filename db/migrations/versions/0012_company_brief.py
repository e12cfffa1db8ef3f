"""the brief for the company: times at the company, goal, research question, pupils'
questions and day programme per chain; the school's contact person

A chain gets the arrival at and departure from the company (a guest lesson: its start and
end at school), the goal of the visit, the class's research question, the questions the
pupils will ask (one a line) and the day programme as the coordinator edited it (JSON;
NULL: the proposal from the times). The school gets a contact person with phone and
e-mail, whom a company calls. Existing rows get empty texts and NULL times: the brief
leaves out what is not known. The downgrade drops the columns (and what was entered).

Revision ID: 0012
Revises: 0017
Create Date: 2026-12-07 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('chains', schema=None) as batch_op:
        batch_op.add_column(sa.Column('visit_start', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('visit_end', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('visit_goal', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('research_question', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('pupil_questions', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('day_programme', sa.JSON(), nullable=True))

    with op.batch_alter_table('schools', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_name', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_phone', sa.String(length=50), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_email', sa.String(length=254), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('schools', schema=None) as batch_op:
        batch_op.drop_column('contact_email')
        batch_op.drop_column('contact_phone')
        batch_op.drop_column('contact_name')

    with op.batch_alter_table('chains', schema=None) as batch_op:
        batch_op.drop_column('day_programme')
        batch_op.drop_column('pupil_questions')
        batch_op.drop_column('research_question')
        batch_op.drop_column('visit_goal')
        batch_op.drop_column('visit_end')
        batch_op.drop_column('visit_start')
