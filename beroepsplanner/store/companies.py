"""Queries on the company network."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Exists, case, exists, func, select, union
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from beroepsplanner.domain.catalog import CompanySummary
from beroepsplanner.store.models import (
    Chain,
    Company,
    CompanyConfirmation,
    RoleModel,
    World,
    chain_role_models,
    company_worlds,
)
from beroepsplanner.store.ordering import in_code_point_order
from beroepsplanner.store.year_lock import year_being_planned


def world_names_per_company(executor: Session | Connection) -> dict[int, list[str]]:
    """The names of each company's worlds, in world order, by company id."""
    worlds: dict[int, list[str]] = defaultdict(list)
    for company_id, name in executor.execute(
        select(company_worlds.c.company_id, World.name)
        .join(World, World.id == company_worlds.c.world_id)
        .order_by(company_worlds.c.company_id, World.id)
    ):
        worlds[company_id].append(name)
    return worlds


def role_models_per_company(executor: Session | Connection) -> dict[int, tuple[int, int]]:
    """(role models, counter-stereotypical ones) by company id, for companies that have any."""
    return {
        company_id: (total, counter or 0)
        for company_id, total, counter in executor.execute(
            select(
                RoleModel.company_id,
                func.count(RoleModel.id),
                func.sum(case((RoleModel.counter_stereotypical, 1), else_=0)),
            )
            .where(RoleModel.company_id.is_not(None))
            .group_by(RoleModel.company_id)
        )
    }


def list_companies(session: Session, school_year: str | None = None) -> list[CompanySummary]:
    """Every company, ordered by name and place, with its worlds (in world order),
    its role models, how many chains use it and whether it confirmed the contact for
    ``school_year`` (default: ``year_lock.year_being_planned``).

    Plain column queries rather than loaded objects: the list of a large network
    (thousands of companies) must come back in a blink.
    """
    worlds = world_names_per_company(session)
    role_models = role_models_per_company(session)
    chains = chains_per_company(session)
    if school_year is None:
        school_year = year_being_planned(session)
    rows = session.execute(
        select(
            Company.id,
            Company.name,
            Company.place,
            Company.min_grade,
            Company.capacity,
            confirmed_in(school_year).label("confirmed"),
            Company.safety_checked,
        ).order_by(in_code_point_order(Company.name), in_code_point_order(Company.place))
    )
    return [
        CompanySummary(
            id=row.id,
            name=row.name,
            place=row.place,
            min_grade=row.min_grade,
            capacity=row.capacity,
            confirmed=row.confirmed,
            safety_checked=row.safety_checked,
            worlds=tuple(worlds.get(row.id, ())),
            role_models=role_models.get(row.id, (0, 0))[0],
            counter_stereotypical_role_models=role_models.get(row.id, (0, 0))[1],
            chains=chains.get(row.id, 0),
        )
        for row in rows
    ]


def confirmed_in(school_year: Any) -> Exists:
    """Whether the company of the query confirmed for ``school_year`` (a label, or a column
    or expression giving one): a correlated EXISTS over ``company_confirmations``."""
    return exists().where(
        CompanyConfirmation.company_id == Company.id,
        CompanyConfirmation.school_year == school_year,
    )


def chains_per_company(session: Session) -> dict[int, int]:
    """How many chains use each company, itself or through one of its role models.

    Companies that no chain uses are left out. A chain that names both the
    company and its role models counts once.
    """
    pairs = union(
        select(Chain.company_id.label("company_id"), Chain.id.label("chain_id")).where(
            Chain.company_id.is_not(None)
        ),
        select(RoleModel.company_id, chain_role_models.c.chain_id)
        .join(chain_role_models, chain_role_models.c.role_model_id == RoleModel.id)
        .where(RoleModel.company_id.is_not(None)),
    )
    counts: dict[int, int] = defaultdict(int)
    for company_id, _chain_id in session.execute(select(pairs.subquery())):
        counts[company_id] += 1
    return dict(counts)
