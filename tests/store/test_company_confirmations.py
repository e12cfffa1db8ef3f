"""A company's confirmation belongs to a school year: the rules, the suggestions, the company's
form and list, and the plan file each use the confirmation of the year at hand; a database
of revision 0007 keeps its confirmations (see the migration 0008's docstring)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from beroepsplanner.domain.company_details import ConfirmationYear
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store.calendar import school_year_row
from beroepsplanner.store.chain_plans import load_chain_plans
from beroepsplanner.store.checks import check_school_year
from beroepsplanner.store.companies import list_companies
from beroepsplanner.store.company_network import company_details, create_company, update_company
from beroepsplanner.store.database import _alembic_config, _migration_engine, open_database
from beroepsplanner.store.matching import suggest_for_class
from beroepsplanner.store.models import Chain, Company, CompanyConfirmation, SchoolClass, SchoolYearRow
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_export import export_plan
from beroepsplanner.store.transfer.plan_import import import_plan
from beroepsplanner.store.years import plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"


def move_to_next_year(database: Database) -> None:
    with database.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))


def confirmed_company(session: Session) -> Company:
    """A company confirmed for last year that a chain of last year visits."""
    return session.scalars(
        select(Company)
        .join(Chain, Chain.company_id == Company.id)
        .where(Company.confirmations.any(CompanyConfirmation.school_year == OLD))
        .order_by(Company.name)
    ).first()


def unconfirmed_of(session: Session, label: str) -> set[str]:
    findings = check_school_year(session, school_year_row(session, label))
    return {f.message for f in findings if f.code == "company-unconfirmed"}


def test_the_rules_warn_about_a_company_not_confirmed_for_the_chains_own_year(
    demo_db: Database,
) -> None:
    move_to_next_year(demo_db)
    with demo_db.session() as session:
        company = confirmed_company(session)
        name, company_id = company.name, company.id
        old_warnings, new_warnings = unconfirmed_of(session, OLD), unconfirmed_of(session, NEW)
    assert not any(name in message for message in old_warnings)
    assert any(name in message for message in new_warnings)

    with demo_db.transaction() as session:
        details = company_details(session, company_id)
        assert details.confirmed_years == (OLD,)
        assert details.confirmation_years == (ConfirmationYear(OLD, True), ConfirmationYear(NEW))
        update_company(session, company_id, dataclasses.replace(details, confirmed_years=(OLD, NEW)))
    with demo_db.session() as session:
        assert unconfirmed_of(session, OLD) == old_warnings
        assert not any(name in message for message in unconfirmed_of(session, NEW))


def test_the_rules_view_gives_each_year_its_own_confirmation(demo_db: Database) -> None:
    move_to_next_year(demo_db)
    with demo_db.session() as session:
        seen = set()
        for year in session.scalars(select(SchoolYearRow)):
            for loaded in load_chain_plans(session, "year", year.id):
                chain = session.get(Chain, loaded.id)
                assert chain is not None and loaded.plan.school_year == year.label
                if chain.company is not None:
                    assert loaded.plan.company is not None
                    assert loaded.plan.company.confirmed == chain.company.confirmed_for(year.label)
                    seen.add((year.label, loaded.plan.company.confirmed))
    assert seen == {(OLD, True), (OLD, False), (NEW, False)}


def test_suggestions_count_the_confirmation_of_the_classs_year(demo_db: Database) -> None:
    move_to_next_year(demo_db)
    with demo_db.session() as session:
        confirmed = {c.name for c in session.scalars(select(Company).where(Company.confirmations.any()))}
        by_year = {}
        for label in (OLD, NEW):
            class_id = session.scalars(
                select(SchoolClass.id)
                .join(SchoolYearRow)
                .where(SchoolYearRow.label == label, SchoolClass.grade == 7)
            ).first()
            by_year[label] = {
                s.company.name: s.company.confirmed
                for s in suggest_for_class(session, class_id, "bedrijfsbezoek-c3", limit=200)
            }
    assert any(by_year[OLD].values()) and not any(by_year[NEW].values())
    assert {name for name, on in by_year[OLD].items() if on} <= confirmed


def test_the_company_list_shows_the_year_being_planned_or_the_year_asked(demo_db: Database) -> None:
    with demo_db.session() as session:
        before = {c.name: c.confirmed for c in list_companies(session)}
    move_to_next_year(demo_db)
    with demo_db.session() as session:
        assert not any(c.confirmed for c in list_companies(session))  # 2027-2028 now
        assert {c.name: c.confirmed for c in list_companies(session, OLD)} == before
    assert any(before.values())


def test_a_company_can_be_confirmed_before_the_school_has_a_year(empty_db: Database) -> None:
    today = SchoolYear.containing(dt.date.today()).label
    with empty_db.transaction() as session:
        offered = company_details(session, create_company(session, _company("Eerste")))
    assert offered.confirmation_years == (ConfirmationYear(today),)
    with empty_db.transaction() as session:
        company_id = create_company(
            session, dataclasses.replace(_company("Tweede"), confirmed_years=(today,))
        )
        assert company_details(session, company_id).confirmed_years == (today,)
        with pytest.raises(Exception, match="geen schooljaar") as refused:
            update_company(
                session, company_id, dataclasses.replace(_company("Tweede"), confirmed_years=("2026",))
            )
        assert refused.value.key == "not-a-school-year"


def _company(name: str):
    from beroepsplanner.domain.company_details import CompanyDetails

    return CompanyDetails(name=name, place="Utrecht")


# --- the plan file ------------------------------------------------------------------------


def test_each_years_plan_file_says_whether_the_company_confirmed_for_that_year(
    demo_db: Database,
) -> None:
    move_to_next_year(demo_db)
    with demo_db.session() as session:
        name = confirmed_company(session).name
        old = export_plan(session, school_year=OLD)
        new = export_plan(session, school_year=NEW)
    assert next(c for c in old["companies"] if c["name"] == name)["confirmed"] is True
    assert next(c for c in new["companies"] if c["name"] == name)["confirmed"] is False


def test_an_import_confirms_for_the_files_year_and_never_takes_a_confirmation_away(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as session:
        plan = export_plan(session, school_year=OLD, class_name="Groep 6b")
        earlier = {
            c.name: {x.school_year for x in c.confirmations} for c in session.scalars(select(Company))
        }
    visited = [c["name"] for c in plan["companies"]]
    assert visited
    plan["school_year"] = NEW
    plan["study_days"], plan["study_day_notes"], plan["holiday_moves"] = [], {}, []
    plan["chains"] = []
    for company in plan["companies"]:
        company["confirmed"] = True
    plan["companies"].append({"name": "Nieuwe Bakkerij", "place": "Zeist", "confirmed": True})
    plan["companies"].append({"name": "Oude Drukkerij", "place": "Zeist"})  # an older file: no field
    import_plan(demo_db, read_plan(json.dumps(plan).encode()))
    with demo_db.session() as session:
        years = {
            c.name: {x.school_year for x in c.confirmations} for c in session.scalars(select(Company))
        }
    assert years["Nieuwe Bakkerij"] == {NEW}
    assert years["Oude Drukkerij"] == set()
    for name in visited:
        assert years[name] == earlier[name] | {NEW}
    # The file saying "not confirmed" takes nothing away.
    with demo_db.session() as session:
        before = {c.id: [x.school_year for x in c.confirmations] for c in session.scalars(select(Company))}
    for company in plan["companies"]:
        company["confirmed"] = False
    plan["classes"] = []
    import_plan(demo_db, read_plan(json.dumps(plan).encode()))
    with demo_db.session() as session:
        after = {c.id: [x.school_year for x in c.confirmations] for c in session.scalars(select(Company))}
    assert after == before


# --- the migration ----------------------------------------------------------------------------


def _downgrade_to_0007(path: Path) -> None:
    engine = _migration_engine(path)
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0007")
    engine.dispose()


def _at_0007(source: Database, path: Path) -> None:
    """A copy of ``source`` as revision 0007 wrote it (``companies.confirmed``)."""
    source.close()
    shutil.copyfile(source.path, path)
    _downgrade_to_0007(path)


def _run_sql(path: Path, *statements: str) -> None:
    engine = _migration_engine(path)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def _confirmations(path: Path) -> dict[str, set[str]]:
    database = open_database(path)
    try:
        with database.session() as session:
            return {
                c.name: {x.school_year for x in c.confirmations}
                for c in session.scalars(select(Company))
                if c.confirmations
            }
    finally:
        database.close()


def test_a_database_of_0007_keeps_its_confirmations_in_the_years_they_belong_to(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "oud.db"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    move_to_next_year(database)  # 2026-2027 locked, 2027-2028 open, chains in both
    with database.session() as session:
        visited = confirmed_company(session).name
        other = session.scalars(
            select(Company.name)
            .join(Chain, Chain.company_id == Company.id)
            .join(SchoolClass)
            .join(SchoolYearRow)
            .where(SchoolYearRow.label == OLD)
            .order_by(Company.name)
        ).first()
    database.close()
    _downgrade_to_0007(path)
    _run_sql(
        path,
        "UPDATE companies SET confirmed = 0",
        f"UPDATE companies SET confirmed = 1 WHERE name = '{visited}'",
        "INSERT INTO companies (name, place, address, description, safety_notes, safety_checked, "
        "confirmed, notes) VALUES ('Zonder Ketens', 'Zeist', '', '', '', 0, 1, '')",
        "INSERT INTO companies (name, place, address, description, safety_notes, safety_checked, "
        "confirmed, notes) VALUES ('Nooit Bevestigd', 'Zeist', '', '', '', 0, 0, '')",
    )
    kept = tmp_path / "open.db"
    shutil.copyfile(path, kept)

    # The locked year was reset by the move: the confirmation is the open year's.
    assert _confirmations(path) == {visited: {NEW}, "Zonder Ketens": {NEW}}
    # With both years open, every year in which a chain visits the company.
    _run_sql(
        kept,
        "UPDATE school_years SET locked = 0",
        f"UPDATE companies SET confirmed = 1 WHERE name = '{other}'",
    )
    found = _confirmations(kept)
    assert found[visited] == {OLD, NEW} and found["Zonder Ketens"] == {NEW}
    assert found[other] == {OLD, NEW}  # its chains came along to the new year


def test_a_database_of_0007_without_a_school_year_confirms_for_todays_year(
    empty_db: Database, tmp_path: Path
) -> None:
    with empty_db.transaction() as session:
        create_company(session, _company("Eerste"))
    path = tmp_path / "zonder-jaar.db"
    _at_0007(empty_db, path)
    _run_sql(path, "UPDATE companies SET confirmed = 1")
    assert _confirmations(path) == {"Eerste": {SchoolYear.containing(dt.date.today()).label}}


def test_the_downgrade_to_0007_says_confirmed_for_a_company_confirmed_in_any_year(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "terug.db"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    with database.session() as session:
        confirmed = {c.name for c in session.scalars(select(Company).where(Company.confirmations.any()))}
    database.close()
    _downgrade_to_0007(path)
    engine = _migration_engine(path)
    with engine.connect() as connection:
        flagged = {name for name, on in connection.execute(text("SELECT name, confirmed FROM companies")) if on}
    engine.dispose()
    assert flagged == confirmed and confirmed
