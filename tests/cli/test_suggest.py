"""``beroepsplanner suggest --chain NR [--json]`` through ``cli.main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner import cli
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Activity, Chain, Company, SchoolClass


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert cli.main(["demo", "--db", str(path)]) == 0
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


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_name_place_score_and_reasons_best_first(
    capsysbinary: pytest.CaptureFixture[bytes], db: str
) -> None:
    chain = chain_of(db, "Groep 6b", "bedrijfsbezoek-c3")
    assert cli.main(["suggest", "--chain", str(chain), "--json", "--db", db]) == 0
    records = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert len(records) == 10
    assert set(records[0]) == {"id", "name", "place", "score", "reasons"}
    scores = [r["score"] for r in records]
    assert scores == sorted(scores, reverse=True)
    assert any(reason.startswith("past bij ") for reason in records[0]["reasons"])
    database = open_database(db)
    try:
        with database.session() as session:
            min_grade = dict(session.execute(select(Company.name, Company.min_grade)).all())
    finally:
        database.close()
    assert all((min_grade[r["name"]] or 1) <= 6 for r in records)


def test_the_table_is_dutch_and_readable(capsys: pytest.CaptureFixture[str], db: str) -> None:
    chain = chain_of(db, "Groep 6b", "bedrijfsbezoek-c3")
    code, out, err = run(capsys, "suggest", "--chain", str(chain), "--limit", "3", "--db", db)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == (
        f"Keten {chain}: Bedrijfsbezoek chemisch bedrijf (C3) voor Groep 6b "
        "(groep 6, 26 leerlingen) op 13-04-2027."
    )
    assert lines[1].startswith("Werelden van de activiteit: ")
    header = next(i for i, line in enumerate(lines) if line.startswith("#  Bedrijf"))
    body = lines[header + 2 :]
    assert len(body) == 6  # a row and a line of reasons per company
    assert body[0].startswith("1  ") and body[2].startswith("2  ") and body[4].startswith("3  ")
    assert body[1].startswith("   past bij ") and "contact bevestigd" in body[1]


def test_a_young_class_gets_no_company_for_older_pupils(capsysbinary: pytest.CaptureFixture[bytes], db: str) -> None:
    chain = chain_of(db, "Groep 1", "beeldenbrekers")
    assert cli.main(["suggest", "--chain", str(chain), "--json", "--limit", "50", "--db", db]) == 0
    names = [r["name"] for r in json.loads(capsysbinary.readouterr().out.decode("utf-8"))]
    assert "Autobedrijf Eemzicht" not in names  # vanaf groep 5
    assert 0 < len(names) < 12


def test_an_unknown_chain_is_a_dutch_message_and_exit_1(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, err = run(capsys, "suggest", "--chain", "999", "--db", db)
    assert code == 1 and out == ""
    assert "Er is geen keten met nummer 999." in err and "Traceback" not in err


def test_the_chain_is_required_and_the_limit_checked(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, _, err = run(capsys, "suggest", "--db", db)
    assert code == 2 and "--chain" in err
    code, _, err = run(capsys, "suggest", "--chain", "1", "--limit", "0", "--db", db)
    assert code == 2 and "geen aantal" in err


def test_a_network_without_companies_says_so(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    copy = tmp_path / "zonder-bedrijven.db"
    copy.write_bytes(Path(db).read_bytes())
    database = open_database(copy)
    with database.transaction() as session:
        for company in session.scalars(select(Company)):
            session.delete(company)
    database.close()
    chain = chain_of(str(copy), "Groep 6b", "bedrijfsbezoek-c3")
    code, out, _ = run(capsys, "suggest", "--chain", str(chain), "--db", str(copy))
    assert code == 0
    assert "Er staan nog geen bedrijven in de database" in out
