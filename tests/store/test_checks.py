"""The rules run on the database: the demo's planted warnings, status changes, settings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from beroepsplanner.domain.chain import Severity
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.checks import (
    check_database,
    demote_chains_with_errors,
    load_rule_settings,
    save_rule_setting,
    set_chain_status,
)
from beroepsplanner.store.models import Activity, Chain
from beroepsplanner.store.sessions import Database


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    """A private copy of the demo school, on SQLite and on PostgreSQL
    (tests/conftest.py, make_database)."""
    return make_database("demo")


def by_code(findings) -> dict[str, list]:
    out: dict[str, list] = {}
    for finding in findings:
        out.setdefault(finding.code, []).append(finding)
    return out


def test_demo_shows_the_planted_warnings_and_one_draft_error(demo: Database) -> None:
    with demo.session() as session:
        found = by_code(check_database(session))
    for code in ("late-in-year", "reflection-too-late", "company-unconfirmed", "safety-unchecked",
                 "no-counter-stereotype", "single-role-model", "too-few-companions"):
        assert code in found, code
    # Groep 5 sees "Ontwerp, Productie & Wereldhandel" twice (both at Transportbedrijf
    # Koster); "Dit doe ik", a series about stereotypes, meets no world of its own.
    assert "repetition" not in found
    errors = [f for fs in found.values() for f in fs if f.severity is Severity.ERROR]
    assert [(e.code, e.class_name) for e in errors] == [("preparation-missing", "Groep 5")]


def test_planned_needs_a_chain_without_errors(demo: Database) -> None:
    with demo.transaction() as session:
        chain = session.scalars(select(Chain).join(Chain.activity).where(Activity.key == "workshop-zabuki")).one()
        with pytest.raises(InvalidInputError, match="los eerst deze fouten op"):
            set_chain_status(session, chain, ChainStatus.PLANNED)
        assert chain.status is ChainStatus.CONCEPT


def test_a_fixed_chain_can_be_planned(demo: Database) -> None:
    with demo.transaction() as session:
        chain = session.scalars(select(Chain).join(Chain.activity).where(Activity.key == "tinkeren")).one()
        set_chain_status(session, chain, ChainStatus.CONCEPT)
        set_chain_status(session, chain, ChainStatus.PLANNED)
        assert chain.status is ChainStatus.PLANNED


def test_demote_puts_broken_planned_chains_back_to_concept(demo: Database) -> None:
    with demo.transaction() as session:
        chain = session.scalars(select(Chain).join(Chain.activity).where(Activity.key == "tinkeren")).one()
        for lesson in chain.lessons_of(LessonKind.REFLECTION):
            chain.lessons.remove(lesson)
        demoted = demote_chains_with_errors(session, [chain])
        assert demoted == [chain] and chain.status is ChainStatus.CONCEPT


def test_rule_thresholds_are_settings_in_the_database(demo: Database) -> None:
    with demo.transaction() as session:
        assert load_rule_settings(session).late_in_year_weeks == 6
        save_rule_setting(session, "late_in_year_weeks", 1)
    with demo.session() as session:
        assert "late-in-year" not in by_code(check_database(session))
    with demo.transaction() as session, pytest.raises(InvalidInputError, match="positief geheel getal"):
        save_rule_setting(session, "late_in_year_weeks", 0)
