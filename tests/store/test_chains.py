"""Proposing and saving a chain for a class of the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.errors import NotFoundError
from beroepsplanner.store.chains import create_chain, propose_for_class
from beroepsplanner.store.checks import errors_of_chain, set_chain_status
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.sessions import Database


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    """The demo school, on SQLite and on PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


def test_proposal_takes_lessons_from_the_templates_and_is_error_free(demo: Database) -> None:
    with demo.transaction() as session:
        draft = propose_for_class(session, "Groep 6b", "tinkeren", date=dt.date(2027, 1, 13))
        chain = create_chain(session, draft)
        assert chain.status is ChainStatus.CONCEPT
        for kind in LessonKind:
            lessons = chain.lessons_of(kind)
            templates = chain.activity.templates_of(kind)
            assert [l.template for l in sorted(lessons, key=lambda l: l.position)] == templates
        assert errors_of_chain(session, chain) == []
        set_chain_status(session, chain, ChainStatus.PLANNED)


def test_proposal_avoids_days_of_the_class_s_other_chains(demo: Database) -> None:
    with demo.session() as session:
        groep5 = find_class(session, "Groep 5")
        taken = {c.date for c in groep5.chains} | {l.date for c in groep5.chains for l in c.lessons}
        # Groep 5 has chains on 2 and 9 February 2027; propose in the week between.
        draft = propose_for_class(session, "Groep 5", "kennisontbijt", week=dt.date(2027, 2, 1))
    proposal = draft.proposal
    assert not taken & {proposal.date, *proposal.preparation, *proposal.reflection}


def test_unknown_activity_or_class_gets_a_dutch_message(demo: Database) -> None:
    with demo.session() as session:
        with pytest.raises(NotFoundError, match="geen activiteit 'vliegeren'"):
            propose_for_class(session, "Groep 5", "vliegeren", date=dt.date(2027, 1, 13))
        with pytest.raises(NotFoundError, match="Bekende klassen: Groep 1"):
            propose_for_class(session, "Groep 9", "tinkeren", date=dt.date(2027, 1, 13))
