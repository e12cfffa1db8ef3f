"""The evaluation of each chain (issue 17 item 2, issue 18 item 2), on SQLite and on
PostgreSQL: stored and read back with the contact at the time, a colleague's save never
overwritten unseen (its own row version), refused input, the row going with its chain, a
locked year still taking it, the company's history across two school years, the chains
not evaluated yet, the answers ``suggest`` weighs, and ``db copy`` carrying it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from beroepsplanner.domain.company_details import ContactDetails
from beroepsplanner.domain.evaluation import TEXT_MAX, Again, Degree, EvaluationAnswers
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.matching import COMPANY_AGAIN
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.chain_editing import delete_chain
from beroepsplanner.store.chain_evaluations import (
    chain_evaluation,
    evaluation_sheet,
    put_back_evaluation,
    save_evaluation,
)
from beroepsplanner.store.company_network import company_details, update_company
from beroepsplanner.store.database import open_database
from beroepsplanner.store.evaluation_lists import (
    chains_to_evaluate,
    company_history,
    evaluations_per_school_year,
    last_again_answers,
)
from beroepsplanner.store.matching import suggest_companies
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainEvaluationRow,
    Company,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.row_versions import ChangedByColleagueError, row_version
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.copy import copy_database
from beroepsplanner.store.year_lock import is_locked
from beroepsplanner.store.years import plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"
DAY = dt.date(2026, 11, 20)
"""A day in the old year: the visits of Groep 4 (3 Nov) and 6a (17 Nov) have passed."""

ANSWERS = EvaluationAnswers(
    went_well="  De rondleiding in kleine groepjes & het deeg kneden.  ",
    pupils_asked="Hoe vroeg begint u? <Verdient u goed?>",
    people_met="De bakker, een verkoopster, de chauffeur.",
    preparation_helped=Degree.YES,
    reflection_attitudes=Degree.PARTLY,
    again=Again.YES,
    company_went_well="Nieuwsgierige kinderen.",
    company_pupils_asked="Of het deeg leeft.",
    company_again=Again.YES,
    company_remarks="Liever op dinsdag.",
)


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    """The demo school, on SQLite and on PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


def chain_of(database: Database, class_name: str, activity_key: str, year: str = OLD) -> int:
    with database.session() as session:
        return session.scalars(
            select(Chain.id)
            .join(Chain.school_class)
            .join(SchoolClass.school_year)
            .join(Activity, Chain.activity_id == Activity.id)
            .where(
                SchoolClass.name == class_name,
                SchoolYearRow.label == year,
                Activity.key == activity_key,
            )
        ).one()


def bakery_visit(database: Database) -> int:
    """Groep 4's visit to Bakkerij Van den Hoek (carried out, 3 November 2026)."""
    return chain_of(database, "Groep 4", "bedrijfsbezoek-zikke")


def evaluations(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(ChainEvaluationRow)) or 0


def test_an_evaluation_is_stored_and_read_back_with_the_contact_at_the_time(demo_db: Database) -> None:
    chain_id = bakery_visit(demo_db)
    with demo_db.session() as session:
        sheet = evaluation_sheet(session, chain_id)
    assert sheet.evaluation is None and sheet.company == "Bakkerij Van den Hoek"
    assert sheet.contact_now == "Kim van den Hoek (eigenaar)"
    assert sheet.class_name == "Groep 4" and sheet.school_year == OLD and sheet.opens(DAY)
    assert not sheet.opens(dt.date(2026, 11, 2))

    with demo_db.transaction() as session:
        assert save_evaluation(session, chain_id, ANSWERS, expected_version=0, today=DAY) is None

    with demo_db.session() as session:
        stored = chain_evaluation(session, chain_id)
    assert stored is not None
    assert stored.answers == ANSWERS.cleaned()
    assert stored.answers.went_well == "De rondleiding in kleine groepjes & het deeg kneden."
    assert (stored.contact_name, stored.contact_role) == ("Kim van den Hoek", "eigenaar")
    assert stored.evaluated_on == DAY and stored.version == 1


def test_the_contact_at_the_time_stays_when_the_company_changes_its_contacts(demo_db: Database) -> None:
    chain_id = bakery_visit(demo_db)
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, ANSWERS, today=DAY)
        company_id = session.scalars(select(Company.id).where(Company.name == "Bakkerij Van den Hoek")).one()
    with demo_db.transaction() as session:
        details = company_details(session, company_id)
        update_company(
            session, company_id, dataclasses.replace(details, contacts=(ContactDetails("Joris Bos", "bakker"),))
        )
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, dataclasses.replace(ANSWERS, company_remarks="Graag!"), today=DAY)
        stored = chain_evaluation(session, chain_id)
        assert stored is not None and stored.contact_name == "Kim van den Hoek"
        assert evaluation_sheet(session, chain_id).contact_now == "Joris Bos (bakker)"
    # The chain goes to another company: the next save takes that company's contact.
    with demo_db.transaction() as session:
        chain = session.get(Chain, chain_id)
        assert chain is not None
        chain.company_id = session.scalars(select(Company.id).where(Company.name == "Gamestudio Pixelpolder")).one()
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, ANSWERS, today=DAY)
        stored = chain_evaluation(session, chain_id)
        assert stored is not None and stored.contact_name == "Noor Haddou"


def test_an_empty_evaluation_removes_it_and_an_undo_puts_it_back_exactly(demo_db: Database) -> None:
    chain_id = bakery_visit(demo_db)
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, ANSWERS, today=DAY)
    with demo_db.transaction() as session:
        before = save_evaluation(session, chain_id, EvaluationAnswers(went_well="   "), today=DAY)
    assert evaluations(demo_db) == 0 and before is not None
    with demo_db.transaction() as session:
        put_back_evaluation(session, chain_id, before)
    with demo_db.session() as session:
        back = chain_evaluation(session, chain_id)
    assert back is not None
    assert (back.answers, back.contact_name, back.evaluated_on) == (
        before.answers, before.contact_name, before.evaluated_on
    )
    with demo_db.transaction() as session:
        put_back_evaluation(session, chain_id, None)
    assert evaluations(demo_db) == 0


def test_a_colleagues_first_evaluation_is_not_overwritten_unseen(demo_db: Database) -> None:
    chain_id = bakery_visit(demo_db)
    # Two windows opened the chain before either saved: both start from "no evaluation".
    colleague = EvaluationAnswers(went_well="Mooi bezoek.", again=Again.UNSURE)
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, colleague, expected_version=0, today=DAY)
    with pytest.raises(ChangedByColleagueError) as refused, demo_db.transaction() as session:
        save_evaluation(session, chain_id, ANSWERS, expected_version=0, today=DAY)
    error = refused.value
    assert error.key == "changed-by-colleague" and error.value("kind") == "evaluation"
    assert str(error.value("name")).startswith("Groep 4: ")
    assert error.newer == colleague and error.mine == ANSWERS.cleaned() and error.version == 1
    with demo_db.session() as session:
        stored = chain_evaluation(session, chain_id)
    assert stored is not None and stored.answers == colleague
    # "Save my version anyway": with the version now it goes through.
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, ANSWERS, expected_version=error.version, today=DAY)
        assert row_version(session, "chain_evaluations", _row_id(session, chain_id)) == 2


def test_a_save_from_an_older_version_is_refused_and_nothing_is_written(demo_db: Database) -> None:
    chain_id = bakery_visit(demo_db)
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, ANSWERS, today=DAY)
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, dataclasses.replace(ANSWERS, again=Again.NO), expected_version=1)
    with pytest.raises(ChangedByColleagueError), demo_db.transaction() as session:
        save_evaluation(session, chain_id, EvaluationAnswers(), expected_version=1)
    with demo_db.session() as session:
        stored = chain_evaluation(session, chain_id)
    assert stored is not None and stored.answers.again is Again.NO and stored.version == 2


def _row_id(session: object, chain_id: int) -> int:
    return session.scalars(  # type: ignore[attr-defined]
        select(ChainEvaluationRow.id).where(ChainEvaluationRow.chain_id == chain_id)
    ).one()


@pytest.mark.parametrize(
    ("answers", "key"),
    [
        (EvaluationAnswers(went_well="x" * (TEXT_MAX + 1)), "evaluation-too-long"),
        (EvaluationAnswers(company_remarks="Goed \x1b[31m"), "character-problem"),
        (EvaluationAnswers(pupils_asked="Waarom? \U0001f600"), None),
    ],
)
def test_a_text_too_long_or_that_cannot_be_printed_is_refused(
    demo_db: Database, answers: EvaluationAnswers, key: str | None
) -> None:
    chain_id = bakery_visit(demo_db)
    with pytest.raises(InvalidInputError) as refused, demo_db.transaction() as session:
        save_evaluation(session, chain_id, answers, today=DAY)
    if key is not None:
        assert refused.value.key == key
    assert "evaluatie" in str(refused.value)
    assert evaluations(demo_db) == 0


def test_the_evaluation_goes_with_its_chain(demo_db: Database) -> None:
    chain_id = bakery_visit(demo_db)
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, ANSWERS, today=DAY)
    with demo_db.transaction() as session:
        delete_chain(session, chain_id)
    assert evaluations(demo_db) == 0
    with pytest.raises(NotFoundError), demo_db.transaction() as session:
        save_evaluation(session, chain_id, ANSWERS, today=DAY)


def _two_years(database: Database) -> tuple[int, int, int]:
    """Groep 4's bakery visit evaluated in the old year (the company wants to come again),
    then ``year new``: the new Groep 4 has the visit again, evaluated too (now it says
    no). Returns the two chains and the company."""
    old = bakery_visit(database)
    with database.transaction() as session:
        save_evaluation(session, old, ANSWERS, today=DAY)
        start_next_year(session, plan_next_year(session, NEW))
    new = chain_of(database, "Groep 4", "bedrijfsbezoek-zikke", NEW)
    with database.transaction() as session:
        assert is_locked(session, OLD)
        chain = session.get(Chain, new)
        assert chain is not None and chain.company_id is not None
        chain.status = ChainStatus.DONE
        save_evaluation(
            session, new, EvaluationAnswers(went_well="Weer goed.", company_again=Again.NO, again=Again.YES),
            today=chain.date,
        )
        return old, new, chain.company_id


def test_the_history_of_a_company_holds_both_school_years_with_their_evaluations(demo_db: Database) -> None:
    old, new, company_id = _two_years(demo_db)
    with demo_db.session() as session:
        history = company_history(session, company_id)
        per_year = evaluations_per_school_year(session)
        only_new = evaluations_per_school_year(session, NEW)
    assert [(c.chain_id, c.school_year, c.class_name) for c in history] == [
        (old, OLD, "Groep 4"),
        (new, NEW, "Groep 4"),
    ]
    first, second = history
    assert first.evaluation is not None and first.evaluation.answers.company_again is Again.YES
    assert first.evaluation.contact_name == "Kim van den Hoek"
    assert second.evaluation is not None and second.evaluation.answers.company_again is Again.NO
    assert all(c.company == "Bakkerij Van den Hoek" for c in history)
    # Per school year: every planned or carried-out chain, evaluated or not; no concepts.
    assert list(per_year) == [OLD, NEW] and list(only_new) == [NEW]
    assert [c.chain_id for c in per_year[OLD] if c.evaluation] == [old]
    assert [c.chain_id for c in only_new[NEW] if c.evaluation] == [new]
    assert all(c.status is not ChainStatus.CONCEPT for chains in per_year.values() for c in chains)
    # A locked year still takes the evaluation: it is evaluation of the plan, not the plan.
    with demo_db.transaction() as session:
        save_evaluation(session, old, dataclasses.replace(ANSWERS, company_remarks="Later aangevuld."))


def test_the_answers_suggest_weighs_are_the_newest_of_earlier_years(demo_db: Database) -> None:
    _old, _new, company_id = _two_years(demo_db)
    with demo_db.session() as session:
        for_new = last_again_answers(session, NEW)
        for_later = last_again_answers(session, "2028-2029")
        for_old = last_again_answers(session, OLD)
    company, teacher = for_new[company_id]
    assert company is not None and (company.again, company.school_year) == (Again.YES, OLD)
    assert teacher is not None and teacher.again is Again.YES
    company, teacher = for_later[company_id]
    assert company is not None and (company.again, company.school_year) == (Again.NO, NEW)
    assert for_old == {}


def test_suggest_ranks_by_last_years_evaluation(demo_db: Database) -> None:
    """The new year's Groep 4 visit: the bakery said yes in the old year's evaluation and
    ranks higher by that; had it said no, it would come last."""
    old, new, company_id = _two_years(demo_db)
    with demo_db.session() as session:
        found = suggest_companies(session, new, limit=50).suggestions
    bakery = next(s for s in found if s.company.id == company_id)
    assert ("company-again", (OLD,)) in bakery.reason_keys
    assert ("teacher-again", (OLD,)) in bakery.reason_keys
    with demo_db.transaction() as session:
        save_evaluation(session, old, dataclasses.replace(ANSWERS, company_again=Again.NO))
    with demo_db.session() as session:
        found = suggest_companies(session, new, limit=50).suggestions
    assert found[-1].company.id == company_id and found[-1].said_no
    assert found[0].company.id != company_id
    assert bakery.score - next(s for s in found if s.company.id == company_id).score == COMPANY_AGAIN


def test_the_chains_to_evaluate_are_the_planned_ones_whose_day_passed(demo_db: Database) -> None:
    visit = bakery_visit(demo_db)
    with demo_db.session() as session:
        before = chains_to_evaluate(session, OLD, DAY)
        december = chains_to_evaluate(session, OLD, dt.date(2026, 12, 9))
    assert [c.date for c in before] == sorted(c.date for c in before)
    assert all(c.date < DAY for c in before) and visit in [c.chain_id for c in before]
    assert {c.class_name for c in before} >= {"Groep 3", "Groep 4", "Groep 6a"}
    bakery = next(c for c in before if c.chain_id == visit)
    assert bakery.company == "Bakkerij Van den Hoek" and bakery.date == dt.date(2026, 11, 3)
    # The day itself is not "passed" yet; the next day it is.
    assert len(december) == len(before) + 2  # 24 Nov and 8 Dec
    with demo_db.transaction() as session:
        save_evaluation(session, visit, EvaluationAnswers(again=Again.UNSURE), today=DAY)
        # A concept is never asked for, whatever its date.
        chain = session.get(Chain, chain_of(demo_db, "Groep 6a", "bedrijfsbezoek-techyourfuture"))
        assert chain is not None
        chain.status = ChainStatus.CONCEPT
    with demo_db.session() as session:
        after = chains_to_evaluate(session, OLD, DAY)
    assert [c.chain_id for c in after] == [
        c.chain_id for c in before if c.chain_id != visit and c.class_name != "Groep 6a"
    ]


def test_db_copy_carries_the_evaluations(demo_db: Database, tmp_path: Path) -> None:
    chain_id = bakery_visit(demo_db)
    with demo_db.transaction() as session:
        save_evaluation(session, chain_id, ANSWERS, today=DAY)
    target = tmp_path / "kopie.db"
    copy_database(demo_db.location, target)
    copy = open_database(target, seed=False)
    try:
        with copy.session() as session:
            stored = chain_evaluation(session, chain_id)
            assert stored is not None
            assert stored.answers == ANSWERS.cleaned() and stored.contact_name == "Kim van den Hoek"
            assert stored.evaluated_on == DAY
    finally:
        copy.close()
