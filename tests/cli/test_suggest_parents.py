"""``suggest`` proposes parents of the register for a guest lesson (issue 17 item 4): the
ones who offered a guest lesson, a job in a world the class has not met first, marked as
parent on the command line and in the JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner import cli
from beroepsplanner.domain.parents import ParentDetails, ParentOffer
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Activity, Chain, SchoolClass
from beroepsplanner.store.parents import add_parent

CONSENT = dt.date(2026, 9, 1)
GUEST = frozenset({ParentOffer.GUEST_LESSON})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert cli.main(["demo", "--db", str(path)]) == 0
    database = open_database(path)
    try:
        with database.transaction() as session:
            third, fifth = (
                session.scalars(select(SchoolClass.id).where(SchoolClass.name == name)).one()
                for name in ("Groep 3", "Groep 5")
            )
            add_parent(session, ParentDetails("Ahmed", third, CONSENT, "verpleegkundige", offers=GUEST,
                                              counter_stereotypical=True))
            add_parent(session, ParentDetails("Sanne", fifth, CONSENT, "automonteur", offers=GUEST))
            add_parent(session, ParentDetails("Kees", third, CONSENT, "timmerman",
                                              offers=frozenset({ParentOffer.ACCOMPANYING})))
    finally:
        database.close()
    return str(path)


def chain_of(db: str, class_name: str, activity_key: str) -> int:
    database = open_database(db)
    try:
        with database.session() as session:
            return session.scalars(
                select(Chain.id)
                .join(SchoolClass, SchoolClass.id == Chain.class_id)
                .join(Activity, Activity.id == Chain.activity_id)
                .where(SchoolClass.name == class_name, Activity.key == activity_key)
            ).one()
    finally:
        database.close()


def test_a_guest_lesson_gets_the_parents_who_offer_one_marked_as_parent(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    chain = chain_of(db, "Groep 3", "gastles-ouder")
    assert cli.main(["suggest", "--chain", str(chain), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Ouders die een gastles aanbieden" in out
    assert "Ahmed (ouder, Groep 3)" in out and "Sanne (ouder, Groep 5)" in out
    assert "Kees" not in out  # offered to accompany, not a guest lesson
    # Ahmed: the own class, a stereotype broken; before Sanne of another class.
    assert out.index("Ahmed (ouder") < out.index("Sanne (ouder")
    assert "ouder uit Groep 3" in out and "doorbreekt een stereotype" in out


def test_the_json_lists_the_parents_after_the_companies(
    capsysbinary: pytest.CaptureFixture[bytes], db: str
) -> None:
    chain = chain_of(db, "Groep 3", "gastles-ouder")
    assert cli.main(["suggest", "--chain", str(chain), "--json", "--db", db]) == 0
    records = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    parents = [r for r in records if r.get("kind") == "parent"]
    assert [p["first_name"] for p in parents] == ["Ahmed", "Sanne"]
    assert set(parents[0]) == {"kind", "id", "first_name", "class", "job", "score", "reasons"}
    assert parents[0]["job"] == "Verpleegkundige"
    assert any("nog niet" in reason for reason in parents[0]["reasons"])
    companies = [r for r in records if "kind" not in r]
    assert records[: len(companies)] == companies


def test_a_company_visit_proposes_no_parents(capsys: pytest.CaptureFixture[str], db: str) -> None:
    chain = chain_of(db, "Groep 6b", "bedrijfsbezoek-c3")
    assert cli.main(["suggest", "--chain", str(chain), "--db", db]) == 0
    assert "ouder" not in capsys.readouterr().out.casefold().replace("ouders en", "")


def test_no_parent_in_the_register_prints_the_companies_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.db"
    assert cli.main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    chain = chain_of(str(path), "Groep 3", "gastles-ouder")
    assert cli.main(["suggest", "--chain", str(chain), "--db", str(path)]) == 0
    assert "Ouders die" not in capsys.readouterr().out
