"""The next school year (issue 15, item 1): every class up one groep with its pupils, groep 8
leaving, a new groep 1, last year's chains as concepts in the same school week on school
days of the new year, last year unchanged and locked."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner import cli
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.domain.years import next_class_name, school_week
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.plan_export import write_plan
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.store.models import (
    Chain,
    CompanyConfirmation,
    Pupil,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_export import export_plan
from beroepsplanner.store.years import FROM_LAST_YEAR, plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    """The demo school, on SQLite and on PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


def old_year_export(database: Database, folder: Path) -> bytes:
    """Last year's plan file as ``plan export --school-year`` writes it: every field."""
    with database.session() as session:
        plan = export_plan(session, school_year=OLD)
    path = folder / "oud.json"
    write_plan(plan, path, database=database.path)
    return path.read_bytes()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Groep 6b", "Groep 7b"),
        ("Groep 5/6", "Groep 6/7"),
        ("6b", "7b"),
        ("groep 1", "groep 2"),
        ("Zonnebloemen", "Zonnebloemen"),
        ("Unit 3", "Unit 3"),
    ],
)
def test_a_groep_number_in_a_name_goes_up(name: str, expected: str) -> None:
    assert next_class_name(name) == expected


def test_the_whole_demo_school_moves_up_and_last_year_stays_as_it_was(
    demo_db: Database, tmp_path: Path
) -> None:
    before = old_year_export(demo_db, tmp_path)
    assert b'"confirmed": true' in before and b'"confirmed": false' in before
    with demo_db.session() as session:
        old_classes = {
            c.name: (c.grade, sorted(p.display_name for p in c.pupils), len(c.chains))
            for c in session.scalars(select(SchoolClass).join(SchoolYearRow).where(SchoolYearRow.label == OLD))
        }
    with demo_db.transaction() as session:
        plan = plan_next_year(session, NEW)
        summary = start_next_year(session, plan)

    assert old_year_export(demo_db, tmp_path) == before
    with demo_db.session() as session:
        year = session.scalars(select(SchoolYearRow).where(SchoolYearRow.label == NEW)).one()
        old = session.scalars(select(SchoolYearRow).where(SchoolYearRow.label == OLD)).one()
        assert old.locked and not year.locked
        new_classes = {c.name: c for c in year.classes}
        # Every class of groep 1-7 went up with its pupils, under its next name.
        for name, (grade, pupils, _) in old_classes.items():
            if grade == 8:
                assert name not in new_classes or new_classes[name].previous_classes[0].grade == 7
                continue
            moved = new_classes[next_class_name(name)]
            assert moved.grade == grade + 1
            assert sorted(p.display_name for p in moved.pupils) == pupils
            assert [c.name for c in moved.previous_classes] == [name]
            for pupil in moved.pupils:
                previous = session.get(Pupil, pupil.previous_id)
                assert previous is not None and previous.school_class.name == name
        # Groep 8 left: none of its pupils is in a class of the new year.
        leavers = {p.id for c in old.classes if c.grade == 8 for p in c.pupils}
        assert leavers and not {p.previous_id for c in year.classes for p in c.pupils} & leavers
        # A new, empty groep 1.
        assert [c.name for c in year.classes if c.grade == 1] == ["Groep 1"]
        assert new_classes["Groep 1"].pupils == []
        # Last year's chains of each groep are concepts on school days, in the same week.
        calendar = calendar_of(year)
        chains = [chain for c in year.classes for chain in c.chains]
        assert len(chains) == summary.chains > 15
        for chain in chains:
            assert chain.status is ChainStatus.CONCEPT
            assert calendar.is_school_day(chain.date)
            assert all(calendar.is_school_day(lesson.date) for lesson in chain.lessons)
            origin = session.get(Chain, chain.origin_chain_id)
            assert origin is not None and origin.school_class.grade == chain.school_class.grade
            assert origin.activity_id == chain.activity_id
            assert origin.uid != chain.uid
            weeks = school_week(SchoolYear.parse(NEW), chain.date) - school_week(
                SchoolYear.parse(OLD), origin.date
            )
            assert 0 <= weeks <= 2, (chain.activity.title, origin.date, chain.date)
            if origin.notes:
                assert chain.notes.startswith(f"{FROM_LAST_YEAR}: ")
            assert chain.observation == "" and not chain.transport_arranged
        # Study days are the new year's own (none yet); companies confirm again: none is
        # confirmed for the new year, last year keeps its confirmations.
        assert year.study_days == [] and year.holiday_moves == []
        confirmed = set(session.scalars(select(CompanyConfirmation.school_year)))
        assert confirmed == {OLD}
        assert summary.companies_to_confirm == len(
            {chain.company_id for chain in chains if chain.company_id}
        ) > 0


def test_only_the_year_after_the_latest_can_be_made(demo_db: Database) -> None:
    with demo_db.session() as session, pytest.raises(InvalidInputError, match="het volgende is 2027-2028"):
        plan_next_year(session, "2028-2029")


def test_the_preview_can_rename_and_give_another_teacher(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        plan = plan_next_year(session, NEW)
        index = next(i for i, m in enumerate(plan.classes) if m.name == "Groep 7b")
        plan = plan.with_class(index, name="Groep 7 Zonnebloem", teacher="juf Ayşe")
        start_next_year(session, plan)
    with demo_db.session() as session:
        renamed = session.scalars(select(SchoolClass).where(SchoolClass.name == "Groep 7 Zonnebloem")).one()
        assert renamed.teacher == "juf Ayşe" and renamed.previous_classes[0].name == "Groep 6b"


def test_two_classes_with_one_name_are_refused_and_nothing_is_made(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        plan = plan_next_year(session, NEW)
        plan = plan.with_class(1, name=plan.classes[2].name)
    with pytest.raises(InvalidInputError, match="eigen naam"):
        with demo_db.transaction() as session:
            start_next_year(session, plan)
    with demo_db.session() as session:
        assert session.scalars(select(SchoolYearRow.label)).all() == [OLD]


def test_year_new_on_the_command_line_shows_the_move_and_dry_run_changes_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "school.db"
    shutil.copyfile(demo_file, db)
    before = db.read_bytes()
    assert cli.main(["year", "new", NEW, "--dry-run", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Groep 7b (groep 7, meester Kees): was Groep 6b, 26 leerlingen" in out
    assert "Vertrekt: Groep 8" in out and "Niets veranderd" in out
    assert db.read_bytes() == before

    assert cli.main(["year", "new", NEW, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"Schooljaar {NEW} gemaakt: 9 klassen" in out
    assert f"Schooljaar {OLD} is afgesloten" in out
    assert f"beroepsplanner year unlock {OLD}" in out
    for year in (OLD, NEW):  # list works on one school year (--school-year)
        assert cli.main(["list", "classes", "--json", "--school-year", year, "--db", str(db)]) == 0
        classes = json.loads(capsys.readouterr().out)
        assert {c["school_year"] for c in classes} == {year}

    assert cli.main(["year", "new", NEW, "--db", str(db)]) == 1
    assert "het volgende is 2028-2029" in capsys.readouterr().err
