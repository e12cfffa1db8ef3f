"""A locked school year is read-only: every write to its classes, pupils, chains, calendar and
confirmations is refused by the store (one keyed Dutch error, nothing written), whichever
writer tries; reading, exporting and checking stay possible, and so do a chain's observation
and the erasure of past pupils. Unlocking opens the year again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.plan_export import write_plan
from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store import year_lock
from beroepsplanner.store.calendar import add_study_day, move_holiday, school_year_row
from beroepsplanner.store.chain_editing import delete_chain, load_chain_form, save_chain_form
from beroepsplanner.store.chain_forms import stored_chain
from beroepsplanner.store.checks import check_school_year
from beroepsplanner.store.classes import add_class, school_info, update_class
from beroepsplanner.store.company_network import company_details, update_company
from beroepsplanner.store.documents import class_chain_documents
from beroepsplanner.store.models import (
    Chain,
    Company,
    CompanyConfirmation,
    Pupil,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.planner import move_chain
from beroepsplanner.store.pupils import add_pupil, purge_past_pupils, remove_pupil, rename_pupil
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_export import export_plan
from beroepsplanner.store.transfer.plan_import import import_plan
from beroepsplanner.store.year_lock import LOCKED_KEY, set_locked
from beroepsplanner.store.years import plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"


# On SQLite and on PostgreSQL (tests/conftest.py, make_database).
@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


@pytest.fixture
def empty_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("catalog")


def lock(database: Database, label: str = OLD, locked: bool = True) -> bool:
    with database.transaction() as session:
        return set_locked(session, label, locked)


def plan_bytes(database: Database, folder: Path, label: str = OLD) -> bytes:
    with database.session() as session:
        plan = export_plan(session, school_year=label)
    path = folder / f"plan-{label}.json"
    write_plan(plan, path, database=database.path)
    return path.read_bytes()


def first(session: Session, model: Any, *where: Any) -> Any:
    return session.scalars(select(model).where(*where).order_by(model.id)).first()


def a_class(session: Session) -> SchoolClass:
    return first(session, SchoolClass, SchoolClass.name == "Groep 6b")


def a_chain(session: Session, status: ChainStatus | None = None) -> Chain:
    query = select(Chain).join(SchoolClass).where(SchoolClass.name == "Groep 6b")
    if status is not None:
        query = query.where(Chain.status == status)
    return session.scalars(query.order_by(Chain.date)).first()


def _move(session: Session) -> None:
    chain = a_chain(session, ChainStatus.PLANNED) or a_chain(session, ChainStatus.CONCEPT)
    move_chain(session, chain.id, chain.date - dt.timedelta(days=chain.date.weekday()) + dt.timedelta(weeks=1))


def _save_new_date(session: Session) -> None:
    chain = a_chain(session)
    form = load_chain_form(session, chain.id)
    save_chain_form(session, dataclasses.replace(form, notes=form.notes + " (later)"), chain.id)


def _confirm(session: Session) -> None:
    company = first(session, Company, ~Company.confirmations.any())
    details = company_details(session, company.id)
    update_company(session, company.id, dataclasses.replace(details, confirmed_years=(OLD,)))


def _withdraw_confirmation(session: Session) -> None:
    company = first(session, Company, Company.confirmations.any())
    details = company_details(session, company.id)
    update_company(session, company.id, dataclasses.replace(details, confirmed_years=()))


def _remove_class(session: Session) -> None:
    school_class = a_class(session)
    school_class.school_year.classes.remove(school_class)


WRITES: dict[str, Callable[[Session], object]] = {
    "add a class": lambda s: add_class(s, OLD, "Groep 9z", 4, ""),
    "rename a class": lambda s: update_class(s, a_class(s).id, "Groep 6 Zon", 6, "meester Kees"),
    # As plan import --replace does it: the class with its pupils and chains.
    "remove a class": lambda s: _remove_class(s),
    "add a pupil": lambda s: add_pupil(s, a_class(s).id, "Noor"),
    "rename a pupil": lambda s: rename_pupil(s, a_class(s).pupils[0].id, "Noor"),
    "remove a pupil": lambda s: remove_pupil(s, a_class(s).pupils[0].id),
    "change a chain": _save_new_date,
    "delete a chain": lambda s: delete_chain(s, a_chain(s).id),
    "move a chain": _move,
    "mark a chain done": lambda s: setattr(a_chain(s, ChainStatus.PLANNED), "status", ChainStatus.DONE),
    "add a study day": lambda s: add_study_day(s, school_year_row(s, OLD), dt.date(2026, 11, 4)),
    "move a holiday": lambda s: move_holiday(
        s, school_year_row(s, OLD), "Herfstvakantie", dt.date(2026, 10, 26)
    ),
    "confirm a company for the year": _confirm,
    "withdraw a confirmation of the year": _withdraw_confirmation,
    "change the year's dates": lambda s: setattr(
        school_year_row(s, OLD), "end_date", dt.date(2027, 7, 30)
    ),
}


@pytest.mark.parametrize("what", list(WRITES))
def test_a_locked_year_refuses_every_write_and_changes_nothing(
    demo_db: Database, tmp_path: Path, what: str
) -> None:
    # Each write is fine while the year is open (so the refusal below is the lock's).
    with demo_db.transaction() as session:
        WRITES[what](session)
        session.flush()
        session.rollback()
    lock(demo_db)
    before = plan_bytes(demo_db, tmp_path)

    with pytest.raises(InvalidInputError) as refused:
        with demo_db.transaction() as session:
            WRITES[what](session)
            session.flush()

    assert refused.value.key == LOCKED_KEY
    assert dict(refused.value.values) == {"year": OLD}
    assert f"Schooljaar {OLD} is afgesloten: alleen lezen" in str(refused.value)
    assert f"beroepsplanner year unlock {OLD}" in str(refused.value)
    assert plan_bytes(demo_db, tmp_path) == before


def test_reading_checking_exporting_and_printing_a_locked_year_work(demo_db: Database) -> None:
    lock(demo_db)
    with demo_db.session() as session:
        assert school_info(session).locked_years == (OLD,)
        assert export_plan(session, school_year=OLD)["classes"]
        assert check_school_year(session, school_year_row(session, OLD))
        assert class_chain_documents(session, "Groep 6b")


def test_the_observation_of_a_chain_of_a_locked_year_may_still_be_written(
    demo_db: Database,
) -> None:

    with demo_db.session() as session:
        chain_id = a_chain(session).id
        form = load_chain_form(session, chain_id)
    lock(demo_db)

    with demo_db.transaction() as session:
        save_chain_form(session, dataclasses.replace(form, observation="  Veel vragen gesteld. "), chain_id)
    with demo_db.session() as session:
        assert load_chain_form(session, chain_id) == dataclasses.replace(
            form, observation="Veel vragen gesteld."
        )
    # An observation together with another change is refused as a whole.
    with pytest.raises(InvalidInputError, match="afgesloten") as refused:
        with demo_db.transaction() as session:
            save_chain_form(
                session,
                dataclasses.replace(form, observation="Anders", notes="ook anders"),
                chain_id,
            )
    assert refused.value.key == LOCKED_KEY
    with demo_db.session() as session:
        assert load_chain_form(session, chain_id).observation == "Veel vragen gesteld."


def test_pupils_of_a_locked_past_year_can_still_be_erased(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))
    with demo_db.transaction() as session:
        assert purge_past_pupils(session, NEW) > 0
    with demo_db.session() as session:
        old = session.scalars(select(SchoolYearRow).where(SchoolYearRow.label == OLD)).one()
        assert old.locked
        # Only the leavers (groep 8) are gone; the pupils who went on keep last year's row.
        kept = {p.id for c in old.classes for p in c.pupils}
        went_on = set(session.scalars(select(Pupil.previous_id).where(Pupil.previous_id.is_not(None))))
        assert kept == went_on and kept
        assert not [p for c in old.classes if c.grade == 8 for p in c.pupils]


def test_unlocking_opens_the_year_and_locking_closes_it_again(demo_db: Database) -> None:
    assert lock(demo_db) is False
    assert lock(demo_db) is True  # was locked already
    assert lock(demo_db, locked=False) is True
    with demo_db.transaction() as session:
        add_class(session, OLD, "Groep 9z", 4, "")
    lock(demo_db)
    with pytest.raises(InvalidInputError, match="afgesloten"):
        with demo_db.transaction() as session:
            add_class(session, OLD, "Groep 9y", 4, "")


def test_setting_a_value_to_what_it_is_already_is_no_change(demo_db: Database) -> None:
    lock(demo_db)
    with demo_db.transaction() as session:
        school_class = a_class(session)
        school_class.name = str(school_class.name)
        chain = a_chain(session)
        chain.notes = str(chain.notes)
        session.flush()


def test_the_new_year_stays_open_and_a_second_move_works(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))
    with demo_db.transaction() as session:
        new_class = session.scalars(
            select(SchoolClass).join(SchoolYearRow).where(SchoolYearRow.label == NEW)
        ).first()
        add_pupil(session, new_class.id, "Noor")
        start_next_year(session, plan_next_year(session, "2028-2029"))
    with demo_db.session() as session:
        assert school_info(session).locked_years == (OLD, NEW)


def test_a_plan_import_into_a_locked_year_is_refused(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        plan = export_plan(session, school_year=OLD, class_name="Groep 6b")
    plan["classes"][0]["name"] = "Groep 6z"
    for chain in plan["chains"]:
        chain["class"] = "Groep 6z"
        chain.pop("uid")
    lock(demo_db)
    before = plan_bytes(demo_db, tmp_path)
    document = read_plan(json.dumps(plan).encode())
    with pytest.raises(InvalidInputError) as refused:
        import_plan(demo_db, document)
    assert refused.value.key == LOCKED_KEY
    assert plan_bytes(demo_db, tmp_path) == before
    lock(demo_db, locked=False)
    assert import_plan(demo_db, document).classes == 1


def test_a_company_confirmed_only_in_a_locked_year_can_still_be_deleted(demo_db: Database) -> None:
    from beroepsplanner.store.company_network import delete_company

    with demo_db.transaction() as session:
        company = Company(name="Bakkerij Tijdelijk", place="Utrecht")
        company.confirmations = [CompanyConfirmation(school_year=OLD)]
        session.add(company)
        session.flush()
        company_id = company.id
    lock(demo_db)
    with demo_db.transaction() as session:
        delete_company(session, company_id)
    with demo_db.session() as session:
        assert session.get(Company, company_id) is None
        assert not session.scalars(
            select(CompanyConfirmation).where(CompanyConfirmation.company_id == company_id)
        ).all()


def test_an_unknown_year_cannot_be_locked(demo_db: Database) -> None:
    from beroepsplanner.errors import NotFoundError

    with pytest.raises(NotFoundError, match="2030-2031"):
        lock(demo_db, "2030-2031")
    with demo_db.session() as session:
        assert year_lock.locked_years(session) == ()


def test_the_locked_years_read_with_a_chain_are_read_again_after_a_year_is_locked(
    demo_db: Database,
) -> None:
    """A chain's save reads the locked years with the chain and its flush uses them
    (``chain_forms.stored_chain``, ``year_lock.remember_locked_years``); locking a year in
    the same transaction, or in another one since, is still seen by the next flush."""
    with demo_db.session() as session:
        chain_id = a_chain(session).id
    # The same transaction: the chain read (nothing locked yet), then its year locked.
    with pytest.raises(InvalidInputError) as refused:
        with demo_db.transaction() as session:
            stored_chain(session, chain_id, lock=True)
            assert set_locked(session, OLD, True) is False  # was open
            session.get_one(Chain, chain_id).notes = "in hetzelfde jaar"
            session.flush()
    assert refused.value.key == LOCKED_KEY
    # One session over two transactions: the year locked by another in between.
    session = demo_db.session_factory()
    try:
        stored_chain(session, chain_id)
        session.commit()
        lock(demo_db)
        session.get_one(Chain, chain_id).notes = "na het afsluiten"
        with pytest.raises(InvalidInputError) as refused:
            session.flush()
        assert refused.value.key == LOCKED_KEY
        session.rollback()
    finally:
        session.close()
    with demo_db.session() as session:
        assert session.get_one(Chain, chain_id).notes not in ("in hetzelfde jaar", "na het afsluiten")
