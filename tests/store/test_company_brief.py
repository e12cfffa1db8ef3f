"""What the coordinator writes for the brief for the company, in the store: saved with the
chain (and its undo), carried by ``db copy`` on both kinds of database, and by the move to
the next school year only where it stays true (the times, goal and programme; not the
class's own research question and questions)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from beroepsplanner.domain.company_brief import BriefFields, ProgrammeItem
from beroepsplanner.store.chain_editing import delete_chain, load_chain_form, restore_chain, save_chain_form
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Chain
from beroepsplanner.store.school import school_details, update_school
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.copy import copy_database
from beroepsplanner.store.years import plan_next_year, start_next_year

T = dt.time
BRIEF = BriefFields(
    visit_start=T(9, 30),
    visit_end=T(11, 45),
    goal="Zien hoe een huis warm blijft.",
    research_question="Hoe komt de warmte in ons huis?",
    pupil_questions="Hoe word je monteur?\nWat doet een warmtepomp?",
    programme=(ProgrammeItem(T(9, 30), "Ontvangst"), ProgrammeItem(None, "Rondleiding")),
)


def _visit(database: Database) -> int:
    with database.session() as session:
        return session.scalars(
            select(Chain.id).join(Chain.company).where(Chain.visit_start.is_(None)).order_by(Chain.id)
        ).first() or 0


def _give_brief(database: Database, chain_id: int, brief: BriefFields = BRIEF) -> None:
    with database.transaction() as session:
        form = load_chain_form(session, chain_id)
        save_chain_form(session, dataclasses.replace(form, brief=brief), chain_id, check_status=False)


def test_the_brief_is_saved_with_the_chain_and_comes_back_after_delete_and_undo(
    demo_db: Database,
) -> None:
    chain_id = _visit(demo_db)
    _give_brief(demo_db, chain_id)
    with demo_db.session() as session:
        assert load_chain_form(session, chain_id).brief == BRIEF
        stored = session.get(Chain, chain_id)
        assert stored is not None
        assert stored.day_programme == [
            {"time": "09:30", "what": "Ontvangst"}, {"time": None, "what": "Rondleiding"},
        ]
    with demo_db.transaction() as session:
        form = delete_chain(session, chain_id)
    with demo_db.transaction() as session:
        restored = restore_chain(session, form, chain_id)
    with demo_db.session() as session:
        assert load_chain_form(session, restored).brief == BRIEF


def test_back_to_the_proposal_stores_no_programme(demo_db: Database) -> None:
    chain_id = _visit(demo_db)
    _give_brief(demo_db, chain_id)
    _give_brief(demo_db, chain_id, dataclasses.replace(BRIEF, programme=None))
    with demo_db.session() as session:
        chain = session.get(Chain, chain_id)
        assert chain is not None and chain.day_programme is None


def test_db_copy_carries_the_brief_and_the_schools_contact(
    make_database: Callable[[str], Database], tmp_path: Path
) -> None:
    source = make_database("demo")
    chain_id = _visit(source)
    _give_brief(source, chain_id)
    with source.transaction() as session:
        details = school_details(session)
        assert details is not None
        update_school(session, dataclasses.replace(
            details, contact_name="Meester Ruben", contact_phone="033-1234567",
            contact_email="techniek@devlieger.example",
        ))
    target = tmp_path / "kopie.db"

    copy_database(source.location, target)

    copy = open_database(target)
    try:
        with copy.session() as session:
            assert load_chain_form(session, chain_id).brief == BRIEF
            copied = school_details(session)
            assert copied is not None
            assert (copied.contact_name, copied.contact_phone, copied.contact_email) == (
                "Meester Ruben", "033-1234567", "techniek@devlieger.example",
            )
    finally:
        copy.close()


def test_next_year_keeps_the_times_goal_and_programme_but_not_the_classs_questions(
    demo_db: Database,
) -> None:
    chain_id = _visit(demo_db)
    _give_brief(demo_db, chain_id)
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session))
    with demo_db.session() as session:
        copy_id = session.scalars(select(Chain.id).where(Chain.origin_chain_id == chain_id)).one()
        brief = load_chain_form(session, copy_id).brief
    assert brief == dataclasses.replace(BRIEF, research_question="", pupil_questions="")
