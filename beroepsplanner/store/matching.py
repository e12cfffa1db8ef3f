"""Suggest companies for a chain: gathers the data for ``domain.matching``.

Plain column queries (no loaded objects): a network of thousands of companies
is judged in a handful of queries.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.matching import CompanyCandidate, MatchRequest, Suggestion, suggest
from beroepsplanner.errors import NotFoundError
from beroepsplanner.store.companies import (
    confirmed_in,
    role_models_per_company,
    world_names_per_company,
)
from beroepsplanner.store.evaluation_lists import last_again_answers
from beroepsplanner.store.models import (
    Activity,
    Chain,
    Company,
    Pupil,
    SchoolClass,
    SchoolYearRow,
    World,
    activity_worlds,
)
from beroepsplanner.store.ordering import in_code_point_order


@dataclass(frozen=True)
class ChainSuggestions:
    """The suggestions for one chain, with what they were judged against."""

    chain_id: int
    class_name: str
    grade: int
    pupils: int
    activity_title: str
    date: dt.date
    worlds: tuple[str, ...]
    # How many companies the network has in all (before leaving any out).
    companies: int
    suggestions: tuple[Suggestion, ...]


def match_request(session: Session, chain_id: int) -> tuple[MatchRequest, str, dt.date, str]:
    """What chain ``chain_id`` asks of a company, its activity title, date and school year.

    Raises NotFoundError (Dutch) when there is no such chain.
    """
    row = session.execute(
        select(
            Chain.class_id,
            Chain.activity_id,
            Chain.company_id,
            Chain.date,
            SchoolClass.name,
            SchoolClass.grade,
            Activity.title,
            SchoolYearRow.label,
        )
        .join(SchoolClass, SchoolClass.id == Chain.class_id)
        .join(SchoolYearRow, SchoolYearRow.id == SchoolClass.school_year_id)
        .join(Activity, Activity.id == Chain.activity_id)
        .where(Chain.id == chain_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(
            f"Er is geen keten met nummer {chain_id}. "
            "'beroepsplanner list chains' toont de nummers.",
            key="chain-number-unknown",
            number=chain_id,
        )
    request = class_activity_request(
        session,
        row.class_id,
        row.activity_id,
        except_chain=chain_id,
        current_company=row.company_id,
        known_class=(row.name, row.grade),
    )
    return dataclasses.replace(request, school_year=row.label), row.title, row.date, row.label


def class_activity_request(
    session: Session,
    class_id: int,
    activity_id: int,
    *,
    except_chain: int | None = None,
    current_company: int | None = None,
    known_class: tuple[str, int] | None = None,
) -> MatchRequest:
    """What a chain of this class with this activity asks of a company.

    ``except_chain`` is the chain being edited (its own company does not count as
    a repeat visit); the class's other chains of the school year do.
    ``known_class`` (name, groep) saves a query when the caller has read them.
    """
    if known_class is None:
        found = session.execute(
            select(SchoolClass.name, SchoolClass.grade).where(SchoolClass.id == class_id)
        ).one_or_none()
        if found is None:
            raise NotFoundError(
                "Deze klas bestaat niet meer; misschien is ze net verwijderd.", key="class-gone"
            )
        known_class = (found.name, found.grade)
    class_name, grade = known_class
    worlds = tuple(
        session.scalars(
            select(World.name)
            .join(activity_worlds, activity_worlds.c.world_id == World.id)
            .where(activity_worlds.c.activity_id == activity_id)
            .order_by(World.number.is_(None), World.number, in_code_point_order(World.name))
        )
    )
    pupils = session.scalar(select(func.count(Pupil.id)).where(Pupil.class_id == class_id)) or 0
    # A class belongs to one school year, so its other chains are this year's.
    others = select(Chain.company_id, func.count(Chain.id)).where(
        Chain.class_id == class_id, Chain.company_id.is_not(None)
    )
    if except_chain is not None:
        others = others.where(Chain.id != except_chain)
    visited = tuple(
        (company_id, count)
        for company_id, count in session.execute(
            others.group_by(Chain.company_id).order_by(Chain.company_id)
        )
        if company_id is not None  # the query has none; for the type checker
    )
    return MatchRequest(
        class_name=class_name,
        grade=grade,
        pupils=pupils,
        worlds=worlds,
        visited=visited,
        current_company_id=current_company,
    )


def suggest_for_class(
    session: Session,
    class_id: int,
    activity_key: str,
    *,
    chain_id: int | None = None,
    limit: int = 10,
) -> list[Suggestion]:
    """The companies that best fit a (perhaps unsaved) chain of this class with this
    activity, best first: what the chain builder offers."""
    activity_id = session.scalar(select(Activity.id).where(Activity.key == activity_key))
    if activity_id is None:
        raise NotFoundError(
            f"De activiteit '{activity_key}' staat niet (meer) in de catalogus.",
            key="activity-not-in-catalog",
            activity=activity_key,
        )
    year = _year_of_class(session, class_id)
    request = class_activity_request(session, class_id, activity_id, except_chain=chain_id)
    request = dataclasses.replace(request, school_year=year)
    return suggest(request, company_candidates(session, year), limit)


def _year_of_class(session: Session, class_id: int) -> str | None:
    return session.scalar(
        select(SchoolYearRow.label)
        .join(SchoolClass, SchoolClass.school_year_id == SchoolYearRow.id)
        .where(SchoolClass.id == class_id)
    )


def company_candidates(session: Session, school_year: str | None = None) -> list[CompanyCandidate]:
    """Every company of the network with its worlds, role-model counts, whether it
    confirmed the contact for ``school_year`` (the chain's year; None: not confirmed) and
    the newest "again next year?" of the evaluations of the years before it."""
    # Core rows through the connection: no ORM result processing for thousands of rows.
    connection = session.connection()
    worlds = world_names_per_company(connection)
    role_models = role_models_per_company(connection)
    history = last_again_answers(session, school_year) if school_year else {}
    return [
        CompanyCandidate(
            id=row.id,
            name=row.name,
            place=row.place,
            worlds=tuple(worlds.get(row.id, ())),
            min_grade=row.min_grade,
            capacity=row.capacity,
            confirmed=row.confirmed,
            role_models=role_models.get(row.id, (0, 0))[0],
            counter_stereotypical=role_models.get(row.id, (0, 0))[1],
            company_again=history.get(row.id, (None, None))[0],
            teacher_again=history.get(row.id, (None, None))[1],
        )
        for row in connection.execute(
            select(
                Company.id,
                Company.name,
                Company.place,
                Company.min_grade,
                Company.capacity,
                confirmed_in(school_year).label("confirmed"),
            )
        )
    ]


def suggest_companies(session: Session, chain_id: int, limit: int = 10) -> ChainSuggestions:
    """The companies that best fit chain ``chain_id``, best first (at most ``limit``).

    Raises NotFoundError (Dutch) when there is no such chain. See
    ``domain.matching`` for how companies are scored and which are left out.
    """
    request, title, date, year = match_request(session, chain_id)
    candidates = company_candidates(session, year)
    return ChainSuggestions(
        chain_id=chain_id,
        class_name=request.class_name,
        grade=request.grade,
        pupils=request.pupils,
        activity_title=title,
        date=date,
        worlds=request.worlds,
        companies=len(candidates),
        suggestions=tuple(suggest(request, candidates, limit)),
    )
