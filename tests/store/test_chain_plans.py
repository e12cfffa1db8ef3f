"""The rules' view of a chain is made one way (``store/chain_plans.py``): read in bulk for
a school year, a class, one chain or the whole school, or from the chain builder's form
before it is saved — the same plan every time, and what the database says."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from sqlalchemy import select

from beroepsplanner.domain.kinds import WorldKind
from beroepsplanner.store.chain_editing import draft_of, load_chain_form
from beroepsplanner.store.chain_plans import draft_plan, load_chain_plans
from beroepsplanner.store.history import load_history
from beroepsplanner.store.models import Chain, SchoolYearRow
from beroepsplanner.store.sessions import Database


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    """A private copy of the demo school, on SQLite and on PostgreSQL."""
    return make_database("demo")


def test_every_way_of_reading_a_chain_gives_the_same_plan(demo: Database) -> None:
    with demo.session() as session:
        year_id = session.scalars(select(SchoolYearRow.id)).one()
        by_year = {c.id: c.plan for c in load_chain_plans(session, "year", year_id)}
        everything = {c.id: c.plan for c in load_chain_plans(session, "all")}
        chains = list(session.scalars(select(Chain)))
        assert len(by_year) == len(everything) == len(chains) == 23
        history, _loaded = load_history(session)
        assert {c.id: c for c in history.years[0].chains} == by_year
        for chain in chains:
            plan = by_year[chain.id]
            assert everything[chain.id] == plan
            assert load_chain_plans(session, "chain", chain.id)[0].plan == plan
            assert plan in [c.plan for c in load_chain_plans(session, "class", chain.class_id)]
            assert plan in [c.plan for c in load_chain_plans(session, "classes", [chain.class_id, -1])]
            # The chain builder's form, not saved: the same plan as the chain read back.
            assert draft_plan(session, draft_of(load_chain_form(session, chain.id), chain.id)) == plan


def test_a_plan_says_what_the_database_holds(demo: Database) -> None:
    with demo.session() as session:
        plans = {c.id: c.plan for c in load_chain_plans(session, "all")}
        for chain in session.scalars(select(Chain)):
            plan = plans[chain.id]
            assert (plan.class_name, plan.grade, plan.class_id) == (
                chain.school_class.name, chain.school_class.grade, chain.class_id)
            assert plan.school_year == chain.school_class.school_year.label
            assert (plan.activity.key, plan.date, plan.status) == (chain.activity.key, chain.date, chain.status)
            assert [r.name for r in plan.role_models] == [r.name for r in sorted(chain.role_models, key=lambda r: r.id)]
            assert len(plan.lessons) == len(chain.lessons)
            if chain.company is None:
                assert plan.company is None
                assert {p.name for p in plan.activity.professions} == {p.name for p in chain.activity.professions}
                continue
            company = plan.company
            assert company is not None and company.name == chain.company.name
            tech = {w.name for w in chain.company.worlds if w.kind is WorldKind.TECHNOLOGY}
            assert set(company.worlds) == tech
            assert set(company.sectors) == {w.name for w in chain.company.worlds} - tech
            assert {p.name for p in company.professions} == {p.name for p in chain.company.professions}


def test_a_draft_of_a_class_or_activity_that_is_gone_has_no_plan(demo: Database) -> None:
    with demo.session() as session:
        chain = session.scalars(select(Chain)).first()
        assert chain is not None
        form = load_chain_form(session, chain.id)
        assert draft_plan(session, draft_of(dataclasses.replace(form, activity_key="weg"))) is None
        assert draft_plan(session, draft_of(dataclasses.replace(form, class_id=-5))) is None
