"""suggest_companies on the demo school: the right data, few queries, repetition counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import event, select

from beroepsplanner.domain.matching import VISITED
from beroepsplanner.errors import NotFoundError
from beroepsplanner.store.matching import suggest_companies, suggest_for_class
from beroepsplanner.store.models import Activity, Chain, Company, SchoolClass
from beroepsplanner.store.sessions import Database


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    """A private copy of the demo school, on SQLite and on PostgreSQL
    (tests/conftest.py, make_database)."""
    return make_database("demo")


def chain_id(database: Database, class_name: str, activity_key: str) -> int:
    with database.session() as session:
        return session.scalars(
            select(Chain.id)
            .join(SchoolClass, SchoolClass.id == Chain.class_id)
            .join(Activity, Activity.id == Chain.activity_id)
            .where(SchoolClass.name == class_name, Activity.key == activity_key)
        ).one()


def test_an_unknown_chain_is_a_dutch_not_found(demo: Database) -> None:
    with demo.session() as session, pytest.raises(NotFoundError, match="geen keten met nummer 999"):
        suggest_companies(session, 999)


def test_the_suggestions_fit_the_class_and_the_activity(demo: Database) -> None:
    visit = chain_id(demo, "Groep 6b", "bedrijfsbezoek-c3")
    with demo.session() as session:
        result = suggest_companies(session, visit, limit=50)
        min_grades = dict(session.execute(select(Company.name, Company.min_grade)).all())
    assert (result.class_name, result.grade, result.pupils) == ("Groep 6b", 6, 26)
    assert result.activity_title == "Bedrijfsbezoek chemisch bedrijf (C3)"
    assert "Hi-tech & Science" in result.worlds
    assert result.companies == 12
    names = [s.company.name for s in result.suggestions]
    assert all((min_grades[n] or 1) <= 6 for n in names)
    assert "Waterzuivering Eemland" in names  # vanaf groep 6: fits groep 6
    # The best ones share a world of the activity; the others come after the best of those.
    sharing = [s for s in result.suggestions if any(r.startswith("past bij") for r in s.reasons)]
    others = [s for s in result.suggestions if s not in sharing]
    assert result.suggestions[:3] == tuple(sharing[:3]) and others
    assert all("andere wereld dan de activiteit" in s.reasons for s in others)
    assert max(s.score for s in others) < sharing[0].score
    scores = [s.score for s in result.suggestions]
    assert scores == sorted(scores, reverse=True)
    chosen = next(s for s in result.suggestions if s.company.name == "Waterzuivering Eemland")
    assert "nu gekozen voor deze keten" in chosen.reasons


def test_a_younger_class_never_gets_a_company_for_older_pupils(demo: Database) -> None:
    young = chain_id(demo, "Groep 5", "workshop-zabuki")
    with demo.session() as session:
        result = suggest_companies(session, young, limit=50)
    names = {s.company.name for s in result.suggestions}
    assert result.grade == 5
    assert "Waterzuivering Eemland" not in names  # vanaf groep 6
    assert "Autobedrijf Eemzicht" in names  # vanaf groep 5
    assert len(names) < result.companies


def test_a_company_of_another_chain_of_the_class_loses_points(demo: Database) -> None:
    visit = chain_id(demo, "Groep 6b", "bedrijfsbezoek-c3")
    with demo.session() as session:
        before = {s.company.name: s for s in suggest_companies(session, visit, limit=50).suggestions}
    target = "Drukkerij De Eemlijn"
    assert not any("al bezocht" in r for r in before[target].reasons)
    with demo.transaction() as session:
        chain = session.get(Chain, visit)
        assert chain is not None
        company_id = session.scalars(select(Company.id).where(Company.name == target)).one()
        session.add(
            Chain(
                class_id=chain.class_id,
                activity_id=chain.activity_id,
                company_id=company_id,
                date=dt.date(2027, 5, 11),
            )
        )
    with demo.session() as session:
        after = {s.company.name: s for s in suggest_companies(session, visit, limit=50).suggestions}
    assert after[target].score == before[target].score - VISITED
    assert "dit schooljaar al bezocht door Groep 6b" in after[target].reasons
    # The chain's own company does not count as a repetition of itself.
    assert not any("al bezocht" in r for r in after["Waterzuivering Eemland"].reasons)


def test_few_queries_whatever_the_size_of_the_network(demo: Database) -> None:
    visit = chain_id(demo, "Groep 6b", "bedrijfsbezoek-c3")
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(demo.engine, "before_cursor_execute", count)
    try:
        with demo.session() as session:
            suggest_companies(session, visit)
    finally:
        event.remove(demo.engine, "before_cursor_execute", count)
    # Seven, and one for the evaluations of earlier years (their "again next year?").
    assert len(statements) <= 8, statements


def test_an_unsaved_chain_gets_the_same_suggestions_as_the_saved_one(demo: Database) -> None:
    visit = chain_id(demo, "Groep 6b", "bedrijfsbezoek-c3")
    with demo.session() as session:
        saved = suggest_companies(session, visit, limit=50)
        class_id = session.scalars(select(SchoolClass.id).where(SchoolClass.name == "Groep 6b")).one()
        as_edited = suggest_for_class(
            session, class_id, "bedrijfsbezoek-c3", chain_id=visit, limit=50
        )
        new_chain = suggest_for_class(session, class_id, "bedrijfsbezoek-c3", limit=50)

    assert [s.company.name for s in as_edited] == [s.company.name for s in saved.suggestions]
    assert as_edited and all(s.company.min_grade in (None, 1, 2, 3, 4, 5, 6) for s in as_edited)
    # A new chain counts the saved visit as a repeat, so the visited company ranks lower.
    visited = {s.company.name: s.score for s in as_edited}
    again = {s.company.name: s.score for s in new_chain}
    assert any(again[name] < visited[name] for name in again if name in visited)


def test_suggestions_for_an_unknown_activity_say_so_in_dutch(demo: Database) -> None:
    with demo.session() as session, pytest.raises(NotFoundError, match="staat niet"):
        suggest_for_class(session, 1, "bestaat-niet")
