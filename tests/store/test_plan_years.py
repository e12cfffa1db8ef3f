"""Plan file version 2 (issue 15 item 6): every school year of the school in one file.

The demo school gets a second school year by ``year new`` (pupils linked to last year's),
and what a plan now carries is entered in both years: a follow-up, an activity of several
days, a visit task, absences and record ticks, an evaluation, a measurement, a cancelled
chain and settings. Export, import into an empty database and export again must give the
same file; so must the export of each single year.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from beroepsplanner.domain.evaluation import Again, Degree
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.errors import PlanFileError
from beroepsplanner.io.plan_export import write_plan
from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store.checks import save_rule_setting
from beroepsplanner.store.goals import SETTING_PREFIX as GOALS_PREFIX
from beroepsplanner.store.models import (
    Activity,
    CancelledChain,
    Chain,
    ChainEvaluationRow,
    ChainMeasurement,
    ChainPupil,
    Pupil,
    School,
    SchoolClass,
    SchoolYearRow,
    Setting,
)
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_export2 import export_school_plan
from beroepsplanner.store.transfer.plan_import import import_plan
from beroepsplanner.store.years import plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"


def two_years(database: Database) -> None:
    """The demo school with what version 2 carries, over two school years."""
    with database.transaction() as session:
        year = session.scalars(select(SchoolYearRow).where(SchoolYearRow.label == OLD)).one()
        school_class = next(c for c in year.classes if len(c.chains) >= 2 and c.pupils)
        first, second = school_class.chains[0], school_class.chains[1]
        second.follows_chain_id = first.id
        concept = next(
            c for k in year.classes for c in k.chains if c.status is ChainStatus.CONCEPT
        )
        concept.activity_end_date = concept.date + dt.timedelta(days=1)
        task = session.scalars(select(Activity).where(Activity.visit_task.is_(True))).first()
        assert task is not None
        first.tasks = [task]
        first.visit_goal = "Zien hoe een werkplaats werkt"
        first.day_programme = [{"time": "09:00", "what": "Ontvangst"}, {"time": None, "what": "Rondleiding"}]
        pupils = school_class.pupils
        session.add_all(
            [
                ChainPupil(chain_id=first.id, pupil_id=pupils[0].id, absent=True),
                ChainPupil(
                    chain_id=first.id, pupil_id=pupils[1].id, talents=["making", "teamwork"],
                    wants_more=True, own_words="Ik wil monteur worden",
                ),
                ChainEvaluationRow(
                    chain_id=first.id, evaluated_on=dt.date(2026, 12, 1), went_well="Goede vragen",
                    preparation_helped=Degree.YES, again=Again.YES, company_again=Again.UNSURE,
                    company_id=first.company_id, contact_name="Peter", contact_role="chef",
                ),
                ChainMeasurement(chain_id=first.id, before_woman=3, before_man=17, after_woman=9),
                CancelledChain(
                    school_year_id=year.id, uid="5f0e2a4b-1111-4222-8333-444455556666",
                    class_name=school_class.name, title="Gastles", date=dt.date(2026, 10, 6),
                    preparations=1, reflections=2, sequence=3,
                    cancelled_at=dt.datetime(2026, 9, 30, 14, 5, 7),
                ),
            ]
        )
        save_rule_setting(session, "max_repetitions", 3)
        uid = session.scalars(select(School.uid)).one()
        session.scalars(select(School)).one().contact_name = "juf Anna"
        session.add(Setting(key=GOALS_PREFIX + uid, value={"companies": 12, "vision": "Breed kijken"}))
    with database.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))
    with database.transaction() as session:
        year = session.scalars(select(SchoolYearRow).where(SchoolYearRow.label == NEW)).one()
        school_class = next(c for c in year.classes if c.chains and c.pupils)
        session.add(ChainPupil(chain_id=school_class.chains[0].id, pupil_id=school_class.pupils[0].id, absent=True))


def plan_bytes(database: Database, **options: str) -> bytes:
    with database.session() as session:
        plan = export_school_plan(session, **options)
    return (json.dumps(plan, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@pytest.fixture
def school(make_database: Callable[[str], Database]) -> Database:
    database = make_database("demo")
    two_years(database)
    return database


@pytest.fixture
def empty(make_database: Callable[[str], Database]) -> Database:
    return make_database("catalog")


def test_two_years_go_through_a_file_and_back_unchanged(school: Database, empty: Database) -> None:
    data = plan_bytes(school)
    plan = json.loads(data)
    assert plan["version"] == 2 and [y["school_year"] for y in plan["school_years"]] == [OLD, NEW]
    old, new = plan["school_years"]
    assert plan["school"]["contact_name"] == "juf Anna"
    # What the file carries is really there.
    assert any(c["follows"] for c in old["chains"]) and any(c["origin"] for c in new["chains"])
    assert any(c["activity_end_date"] for c in old["chains"]) and any(c["tasks"] for c in old["chains"])
    assert sum(len(c["record"]) for c in old["chains"]) == 2
    assert any(c["evaluation"] and c["measurement"] for c in old["chains"])
    assert old["cancelled_chains"][0]["cancelled_at"] == "2026-09-30T14:05:07"
    assert plan["settings"] == {
        "goals": {"companies": 12, "vision": "Breed kijken"}, "rules": {"max_repetitions": 3},
    }
    moved = [p for c in new["classes"] for p in c["pupils"] if p["previous"]]
    assert moved and all(p["previous"].startswith("p") for p in moved)

    summary = import_plan(empty, read_plan(data))
    assert summary.school_years == (OLD, NEW) and summary.demoted_chains == 0
    assert plan_bytes(empty) == data
    with empty.session() as session:
        # As ``year new`` left them: last year is history.
        locks = {label: locked for label, locked in session.execute(select(SchoolYearRow.label, SchoolYearRow.locked))}
        assert locks == {OLD: True, NEW: False}
    for label in (OLD, NEW):
        assert plan_bytes(empty, school_year=label) == plan_bytes(school, school_year=label)
    with empty.session() as session:
        linked = session.scalars(select(Pupil).where(Pupil.previous_id.is_not(None))).all()
        assert linked and all(session.get(Pupil, p.previous_id).display_name == p.display_name for p in linked)
        assert session.scalar(select(func.count()).select_from(ChainPupil)) == 3
        follows = session.scalar(select(func.count()).select_from(Chain).where(Chain.follows_chain_id.is_not(None)))
    with school.session() as session:
        # The demo's own series and the link made above, each in both years.
        assert follows == session.scalar(
            select(func.count()).select_from(Chain).where(Chain.follows_chain_id.is_not(None))
        ) == 4


def test_one_year_is_a_file_of_one_year_without_links_out_of_it(school: Database, empty: Database) -> None:
    data = plan_bytes(school, school_year=NEW)
    plan = json.loads(data)
    (year,) = plan["school_years"]
    assert year["school_year"] == NEW
    assert all(p["previous"] is None for c in year["classes"] for p in c["pupils"])
    assert all(c["origin"] is None for c in year["chains"])
    assert all(c["previous_classes"] == [] for c in year["classes"])
    import_plan(empty, read_plan(data))
    assert plan_bytes(empty) == data


def test_settings_of_the_target_are_never_overwritten(school: Database, empty: Database) -> None:
    with empty.transaction() as session:
        save_rule_setting(session, "max_repetitions", 5)
    import_plan(empty, read_plan(plan_bytes(school)))
    with empty.session() as session:
        assert session.get(Setting, "rules.max_repetitions").value == 5
        uid = session.scalars(select(School.uid)).one()
        assert session.get(Setting, GOALS_PREFIX + uid).value == {"companies": 12, "vision": "Breed kijken"}


def test_a_fault_in_the_second_year_writes_nothing(school: Database, empty: Database, tmp_path: Path) -> None:
    plan = json.loads(plan_bytes(school))
    plan["school_years"][1]["chains"][0]["activity"] = "bestaat-niet"
    with pytest.raises(PlanFileError) as caught:
        import_plan(empty, read_plan(json.dumps(plan).encode()))
    assert "school_years[1].chains[0].activity: onbekende activiteit 'bestaat-niet'" in str(caught.value)
    with empty.session() as session:
        assert session.scalar(select(func.count()).select_from(SchoolClass)) == 0
        assert session.scalar(select(func.count()).select_from(School)) == 0


def test_a_locked_year_in_the_target_refuses_the_whole_file(school: Database, tmp_path: Path) -> None:
    data = plan_bytes(school, school_year=OLD)
    plan = json.loads(data)
    for school_class in plan["school_years"][0]["classes"]:
        school_class["name"] += " (kopie)"
    for chain in plan["school_years"][0]["chains"]:
        chain["class"] += " (kopie)"
    path = tmp_path / "plan.json"
    write_plan(plan, path)
    before = plan_bytes(school)
    with pytest.raises(Exception, match="2026-2027"):
        import_plan(school, read_plan(path.read_bytes()))
    assert plan_bytes(school) == before
