"""``beroepsplanner check``: every finding, exit 0 without errors and 1 with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.cli import main
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Activity, Chain


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def test_check_json_lists_every_finding_and_exits_1_on_an_error(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["check", "--json", "--db", str(demo_db)]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert {"severity", "code", "message", "class", "activity", "date"} <= findings[0].keys()
    errors = [f for f in findings if f["severity"] == "error"]
    assert [(e["code"], e["class"], e["activity"], e["date"]) for e in errors] == [
        ("preparation-missing", "Groep 5", "workshop-zabuki", "2027-05-11")]
    assert sum(f["severity"] == "warning" for f in findings) >= 10


def test_check_exits_0_when_only_warnings_remain(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(demo_db)
    with database.transaction() as session:
        chain = session.scalars(select(Chain).join(Chain.activity).where(Activity.key == "workshop-zabuki")).one()
        session.delete(chain)
    database.close()
    capsys.readouterr()
    assert main(["check", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "waarschuwing [late-in-year]" in out
    assert out.strip().splitlines()[-1].startswith("0 fout(en), ")


def test_check_on_a_new_database_has_nothing_to_say(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(tmp_path / "nieuw.db").close()
    assert main(["check", "--json", "--db", str(tmp_path / "nieuw.db")]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_check_follows_the_cohort_across_school_years(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After the move to 2027-2028, with the chains of groep 5 to 8 taken out: groep 5 (last
    year's groep 4) and groep 4 are warned about the worlds their line misses, named by cohort."""
    from beroepsplanner.store.chain_editing import delete_chain
    from beroepsplanner.store.models import SchoolClass, SchoolYearRow

    assert main(["year", "new", "2027-2028", "--db", str(demo_db)]) == 0
    database = open_database(demo_db)
    with database.transaction() as session:
        gone = session.scalars(
            select(Chain.id).join(SchoolClass).join(SchoolYearRow)
            .where(SchoolYearRow.label == "2027-2028", SchoolClass.grade >= 5)
        ).all()
        for chain_id in gone:
            delete_chain(session, chain_id)
    database.close()
    capsys.readouterr()
    main(["check", "--school-year", "2027-2028", "--db", str(demo_db)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Schooljaar 2027-2028"
    assert (
        "waarschuwing [world-not-met] Groep 5 (cohort 2031) heeft de wereld 'Mens & Gezondheid' sinds groep 4 "
        "niet ontmoet en heeft er tot en met groep 8 niets voor gepland. Plan een activiteit uit deze wereld van "
        "techniek."
    ) in lines
    assert sum("[world-not-met] Groep 5 (cohort 2031)" in line for line in lines) == 4
    assert sum("[world-not-met] Groep 4 (cohort 2032) heeft de wereld" in line for line in lines) == 4
    main(["check", "--json", "--school-year", "2027-2028", "--db", str(demo_db)])
    found = json.loads(capsys.readouterr().out)
    cohorts = {(f["class"], f["cohort"]) for f in found if f["code"] == "world-not-met"}
    assert cohorts == {("Groep 4", 2032), ("Groep 5", 2031)}
    assert all(f["cohort"] is None for f in found if f["code"] != "world-not-met")
    # Last year's groep 4 is the same cohort: its plan ahead (this year's groep 5) is empty now.
    main(["check", "--json", "--school-year", "2026-2027", "--db", str(demo_db)])
    found = json.loads(capsys.readouterr().out)
    assert {(f["class"], f["cohort"]) for f in found if f["code"] == "world-not-met"} == {("Groep 4", 2031)}
