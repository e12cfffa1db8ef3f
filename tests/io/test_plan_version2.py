"""Plan file version 2 (issue 15 item 6): what it reads, and every faulty link it refuses
with its place, before anything is written."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from beroepsplanner.errors import PlanFileError
from beroepsplanner.io.plan_document import SchoolPlan
from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store.models import (
    Chain,
    ChainPupil,
    Pupil,
    SchoolClass,
    SchoolYearRow,
    Setting,
)
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_import import import_plan
from tests.io.plans import FIRST_UID, NEXT_UID, SECOND_UID, Plan, export, small_plan2


def read(plan: Any) -> SchoolPlan:
    document = read_plan(json.dumps(plan, ensure_ascii=False).encode("utf-8"))
    assert isinstance(document, SchoolPlan)
    return document


def faults_of(plan: Any) -> str:
    with pytest.raises(PlanFileError) as caught:
        read(plan)
    return str(caught.value)


def changed(edit: Callable[[Plan], Any]) -> Plan:
    plan = small_plan2()
    edit(plan)
    return plan


def test_a_plan_of_two_years_reads_with_its_links() -> None:
    plan = read(small_plan2())
    old, new = plan.years
    assert [y.school_year.label for y in plan.years] == ["2026-2027", "2027-2028"]
    assert [p.previous for p in new.classes[0].members] == ["p1", "p2", "p3", "p4", "p5"]
    assert old.chains[1].follows == FIRST_UID and new.chains[0].origin == FIRST_UID
    assert old.chains[0].record[1].talents == ("making",)
    assert plan.companies[0].confirmed_years == ("2026-2027",)
    assert plan.settings.rules == (("max_repetitions", 3),)


def test_a_plan_of_two_years_imports_with_its_links(empty_db: Database) -> None:
    summary = import_plan(empty_db, read(small_plan2()))
    assert summary.school_years == ("2026-2027", "2027-2028") and summary.pupils == 10
    with empty_db.session() as session:
        chains = {c.uid: c for c in session.scalars(select(Chain))}
        assert chains[SECOND_UID].follows_chain_id == chains[FIRST_UID].id
        assert chains[NEXT_UID].origin_chain_id == chains[FIRST_UID].id
        for pupil in session.scalars(select(Pupil).join(SchoolClass).where(SchoolClass.grade == 7)):
            earlier = session.get(Pupil, pupil.previous_id)
            assert earlier is not None and earlier.display_name == pupil.display_name
        new = session.scalars(select(SchoolClass).where(SchoolClass.grade == 7)).one()
        assert [c.name for c in new.previous_classes] == ["Groep 6 & 7"]
        assert session.scalar(select(func.count()).select_from(ChainPupil)) == 3
        assert session.get(Setting, "rules.max_repetitions").value == 3
        years = {y.label: y.locked for y in session.scalars(select(SchoolYearRow))}
        assert years == {"2026-2027": True, "2027-2028": False}


def _year(plan: Plan, index: int) -> Plan:
    return plan["school_years"][index]


FAULTS = [
    (
        lambda p: _year(p, 1)["classes"][0]["pupils"][0].update(previous="p99"),
        "school_years[1].classes[0].pupils[0].previous: er is geen leerling met de sleutel 'p99'",
        "unknown-previous",
    ),
    (
        lambda p: _year(p, 0)["chains"][0]["record"][0].update(pupil="p42"),
        "school_years[0].chains[0].record[0].pupil: er is geen leerling met de sleutel 'p42'",
        "unknown-absent-pupil",
    ),
    (
        lambda p: _year(p, 0)["chains"][0]["record"][1].update(pupil="p7"),
        "school_years[0].chains[0].record[1].pupil: 'p7' is een leerling van schooljaar 2027-2028",
        "record-of-another-year",
    ),
    (
        lambda p: _year(p, 0)["chains"][0]["record"][1].update(pupil="p1"),
        "school_years[0].chains[0].record[1].pupil: 'p1' staat al eerder bij deze keten",
        "record-twice",
    ),
    (
        lambda p: _year(p, 0)["chains"][1].update(follows="9a2b3c4d-0000-4000-8000-000000000009"),
        "school_years[0].chains[1].follows: er is geen keten met de uid",
        "follows-unknown",
    ),
    (
        lambda p: (_year(p, 0)["chains"][1].update(follows=None), _year(p, 0)["chains"][0].update(follows=SECOND_UID)),
        "school_years[0].chains[0].follows: de keten school_years[0].chains[1] (2027-01-19) ligt niet vóór",
        "follows-later",
    ),
    (
        lambda p: _year(p, 1)["chains"][0].update(follows=FIRST_UID),
        "school_years[1].chains[0].follows: de keten school_years[0].chains[0] is van klas 'Groep 6 & 7'",
        "follows-other-class",
    ),
    (
        lambda p: _year(p, 0)["chains"][0].update(origin=NEXT_UID),
        "school_years[0].chains[0].origin: de keten school_years[1].chains[0] is niet van een eerder schooljaar",
        "origin-later",
    ),
    (
        lambda p: _year(p, 1)["classes"][0]["pupils"][1].update(key="p6"),
        "school_years[1].classes[0].pupils[1].key: de sleutel 'p6' hoort al bij een andere leerling",
        "pupil-key-twice",
    ),
    (
        lambda p: _year(p, 1)["chains"][0].update(uid=FIRST_UID, origin=None),
        "school_years[1].chains[0].uid: deze uid hoort al bij een andere keten (school_years[0].chains[0])",
        "chain-uid-twice",
    ),
    (
        lambda p: (
            _year(p, 0)["classes"][0]["pupils"][0].update(previous="p6"),
        ),
        "school_years[0].classes[0].pupils[0].previous: 'p6' leidt via 'previous' terug naar deze leerling",
        "previous-circle",
    ),
    (
        lambda p: _year(p, 0)["classes"][0]["pupils"][1].update(previous="p1"),
        "school_years[0].classes[0].pupils[1].previous: 'p1' is een leerling van schooljaar 2026-2027, niet van een eerder",
        "previous-same-year",
    ),
    (
        lambda p: _year(p, 1)["classes"][0]["pupils"][1].update(previous="p1"),
        "school_years[1].classes[0].pupils[1].previous: 'p1' is al de vorige van een andere leerling",
        "previous-twice",
    ),
    (
        lambda p: _year(p, 1).update(school_year="2026-2027"),
        "school_years[1].school_year: schooljaar 2026-2027 staat er al eerder in",
        "year-twice",
    ),
    (
        lambda p: _year(p, 1)["chains"][0].update(date="2027-06-01"),
        "school_years[1].chains[0].date: 2027-06-01 valt buiten schooljaar 2027-2028",
        "date-outside-its-year",
    ),
    (
        lambda p: _year(p, 0)["cancelled_chains"].append(
            {"uid": NEXT_UID, "class": "Groep 6 & 7", "title": "Gastles", "date": "2027-08-02"}
        ),
        "school_years[0].cancelled_chains[0].date: 2027-08-02 valt buiten schooljaar 2026-2027",
        "cancelled-outside-its-year",
    ),
    (
        lambda p: _year(p, 0)["chains"][0].update(activity_end_date="2026-11-17"),
        "school_years[0].chains[0].activity_end_date: de activiteit eindigt op 2026-11-17, niet na de eerste dag",
        "end-not-after-start",
    ),
    (
        lambda p: _year(p, 1)["classes"][0].update(previous_classes=["Groep 5"]),
        "school_years[1].classes[0].previous_classes[0]: de klas 'Groep 5' staat niet in het schooljaar vóór",
        "previous-class-unknown",
    ),
    (
        lambda p: p["settings"]["rules"].update(max_repetition=3),
        "settings.rules.max_repetition: onbekend veld (bedoelt u 'max_repetitions'?)",
        "unknown-rule",
    ),
    (
        lambda p: p["settings"]["goals"].update(companies=0),
        "settings.goals.companies: De instelling",
        "goal-out-of-range",
    ),
    (
        lambda p: _year(p, 0)["chains"][0]["record"][0].update(talents=["zingen"]),
        "school_years[0].chains[0].record[0].talents[0]: de tekst 'zingen' is niet toegestaan",
        "unknown-talent",
    ),
    (
        lambda p: p.update(school_years=[]),
        "school_years: de lijst is leeg",
        "no-years",
    ),
]


@pytest.mark.parametrize(("edit", "line"), [f[:2] for f in FAULTS], ids=[f[2] for f in FAULTS])
def test_a_faulty_link_is_named_by_its_place_and_nothing_is_written(
    demo_db: Database, edit: Callable[[Plan], Any], line: str
) -> None:
    before = export(demo_db)
    message = faults_of(changed(edit))
    assert message.startswith("Het planbestand bevat ")
    assert message.splitlines()[0].endswith("; er is niets ingelezen of gewijzigd.")
    assert f"\n- {line}" in message, message
    assert export(demo_db) == before


def test_a_v2_file_with_a_database_fault_leaves_an_empty_database_empty(empty_db: Database) -> None:
    plan = small_plan2()
    _year(plan, 1)["chains"][0]["tasks"] = ["bestaat-niet"]
    with pytest.raises(PlanFileError) as caught:
        import_plan(empty_db, read(plan))
    assert "school_years[1].chains[0].tasks[0]: onbekende activiteit 'bestaat-niet'" in str(caught.value)
    with empty_db.session() as session:
        assert session.scalar(select(func.count()).select_from(SchoolYearRow)) == 0
        assert session.scalar(select(func.count()).select_from(Setting).where(Setting.key.like("rules.%"))) == 0


def test_the_example_in_the_docs_reads_and_imports(empty_db: Database) -> None:
    text = (Path(__file__).parents[2] / "docs" / "plan-format.md").read_text(encoding="utf-8")
    example = re.findall(r"```json\n(.*?)```", text, re.S)[0]
    assert '"version": 2' in example
    summary = import_plan(empty_db, read(json.loads(example)))
    assert summary.school_years == ("2026-2027", "2027-2028") and summary.chains == 3
    with empty_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Chain).where(Chain.follows_chain_id.is_not(None))) == 1
