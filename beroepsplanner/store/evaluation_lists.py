"""The evaluations read back as lists (``chain_evaluations.py`` writes them): a company's
history across school years, the evaluations of a school year (what a report counts), the
chains still to evaluate (the Overzicht) and the newest "again next year?" per company
(what ``suggest`` weighs). Plain column queries, one or two per list.

**Which chains count.** The Overzicht lists the chains of a school year that are planned
or carried out, whose activity's day is before today and that have no evaluation; a
concept was never planned, so it is not asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.evaluation import ChainEvaluation, EvaluatedChain, PastAnswer, again_from
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.chain_evaluations import evaluation_of_row
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainEvaluationRow,
    Company,
    SchoolClass,
    SchoolYearRow,
)

_CHUNK = 500


def _chain_rows(session: Session, *conditions: ColumnElement[bool]) -> list[EvaluatedChain]:
    """Chains (with their school year, class, activity and company) matching
    ``conditions``, by school year, date and class, each with its evaluation."""
    rows = session.execute(
        select(
            Chain.id, SchoolYearRow.label, SchoolClass.name, SchoolClass.grade, Activity.title,
            Chain.date, Chain.status, Chain.company_id, Company.name,
        )
        .join(SchoolClass, Chain.class_id == SchoolClass.id)
        .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
        .join(Activity, Chain.activity_id == Activity.id)
        .outerjoin(Company, Chain.company_id == Company.id)
        .where(*conditions)
        .order_by(SchoolYearRow.label, Chain.date, SchoolClass.name, Chain.id)
    ).all()
    stored = evaluations_of(session, [row[0] for row in rows])
    return [
        EvaluatedChain(
            chain_id=chain_id, school_year=label, class_name=class_name, grade=grade,
            activity_title=title, date=date, status=status, company_id=company_id,
            company=company, evaluation=stored.get(chain_id),
        )
        for chain_id, label, class_name, grade, title, date, status, company_id, company in rows
    ]


def evaluations_of(session: Session, chain_ids: list[int]) -> dict[int, ChainEvaluation]:
    """The evaluations of these chains (those that have one), by chain id."""
    stored: dict[int, ChainEvaluation] = {}
    for start in range(0, len(chain_ids), _CHUNK):
        for row in session.scalars(
            select(ChainEvaluationRow).where(
                ChainEvaluationRow.chain_id.in_(chain_ids[start : start + _CHUNK])
            )
        ):
            stored[row.chain_id] = evaluation_of_row(row)
    return stored


def company_history(session: Session, company_id: int) -> tuple[EvaluatedChain, ...]:
    """Every chain with company ``company_id`` over all school years, oldest first, each
    with its evaluation (the company's form shows it as the company's history)."""
    return tuple(_chain_rows(session, Chain.company_id == company_id))


def evaluations_per_school_year(
    session: Session, school_year: str | None = None
) -> dict[str, tuple[EvaluatedChain, ...]]:
    """Per school year (label, oldest first) its planned and carried-out chains, each with
    its evaluation or None: what a report counts (evaluated or not, the answers). Only
    ``school_year`` when given; concepts are left out (they were never planned)."""
    conditions: list[ColumnElement[bool]] = [Chain.status != ChainStatus.CONCEPT]
    if school_year is not None:
        conditions.append(SchoolYearRow.label == school_year)
    per_year: dict[str, list[EvaluatedChain]] = {}
    for chain in _chain_rows(session, *conditions):
        per_year.setdefault(chain.school_year, []).append(chain)
    return {label: tuple(chains) for label, chains in per_year.items()}


@dataclass(frozen=True)
class ChainToEvaluate:
    """A chain whose day has passed and that has no evaluation yet (the Overzicht)."""

    chain_id: int
    class_name: str
    activity_title: str
    date: dt.date
    company: str | None


def chains_to_evaluate(
    session: Session, school_year: str, today: dt.date | None = None
) -> tuple[ChainToEvaluate, ...]:
    """The planned and carried-out chains of ``school_year`` whose activity's day is before
    ``today`` (default: today) and that have no evaluation, oldest first. One query."""
    day = today or dt.date.today()
    rows = session.execute(
        select(Chain.id, SchoolClass.name, Activity.title, Chain.date, Company.name)
        .join(SchoolClass, Chain.class_id == SchoolClass.id)
        .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
        .join(Activity, Chain.activity_id == Activity.id)
        .outerjoin(Company, Chain.company_id == Company.id)
        .where(
            SchoolYearRow.label == school_year,
            Chain.date < day,
            Chain.status != ChainStatus.CONCEPT,
            ~exists().where(ChainEvaluationRow.chain_id == Chain.id),
        )
        .order_by(Chain.date, SchoolClass.name, Chain.id)
    )
    return tuple(ChainToEvaluate(*row) for row in rows)


# --- what suggest weighs -----------------------------------------------------------------------


def last_again_answers(
    session: Session, before_year: str
) -> dict[int, tuple[PastAnswer | None, PastAnswer | None]]:
    """Per company, the newest answer of the company and of the teacher to "again next
    year?" in the evaluations of chains of school years before ``before_year`` (newest by
    school year, then by the chain's day). One query over the evaluations only."""
    rows = session.execute(
        select(
            Chain.company_id,
            SchoolYearRow.label,
            ChainEvaluationRow.company_again,
            ChainEvaluationRow.again,
        )
        .join(Chain, ChainEvaluationRow.chain_id == Chain.id)
        .join(SchoolClass, Chain.class_id == SchoolClass.id)
        .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
        .where(
            Chain.company_id.is_not(None),
            SchoolYearRow.label < before_year,
            (ChainEvaluationRow.company_again.is_not(None)) | (ChainEvaluationRow.again.is_not(None)),
        )
        .order_by(SchoolYearRow.label, Chain.date, Chain.id)
    )
    found: dict[int, tuple[PastAnswer | None, PastAnswer | None]] = {}
    for company_id, label, company_again, teacher_again in rows:
        if company_id is None:
            continue  # the query has none; for the type checker
        company_side, teacher_side = found.get(company_id, (None, None))
        if (answer := again_from(company_again)) is not None:
            company_side = PastAnswer(answer, label)
        if (answer := again_from(teacher_again)) is not None:
            teacher_side = PastAnswer(answer, label)
        found[company_id] = (company_side, teacher_side)
    return found


def evaluated_chain_ids(session: Session, chain_ids: Iterable[int]) -> frozenset[int]:
    """Which of ``chain_ids`` have an evaluation."""
    ids = sorted(set(chain_ids))
    found: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        found.update(
            session.scalars(
                select(ChainEvaluationRow.chain_id).where(
                    ChainEvaluationRow.chain_id.in_(ids[start : start + _CHUNK])
                )
            )
        )
    return frozenset(found)
