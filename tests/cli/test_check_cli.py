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
