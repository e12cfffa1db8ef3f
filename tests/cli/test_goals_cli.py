"""``beroepsplanner goals [--school-year Y] [--json]``: the school's vision and each goal's
state for the year and per cohort, in Dutch or as the JSON the report reuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from beroepsplanner.cli import main
from beroepsplanner.domain.goal_settings import GoalKind, GoalSettings
from beroepsplanner.store.database import open_database
from beroepsplanner.store.goals import save_goal_settings


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    database = open_database(path)
    with database.transaction() as session:
        save_goal_settings(session, GoalSettings(vision="Elk kind ontdekt wat bij hem past.", companies=9))
    database.close()
    return path


def test_goals_json_has_the_year_and_every_cohort(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["goals", "--json", "--school-year", "2026-2027", "--db", str(demo_db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["school_year"] == "2026-2027"
    assert data["vision"] == "Elk kind ontdekt wat bij hem past."
    assert data["settings"]["companies"] == 9 and "vision" not in data["settings"]
    assert [g["goal"] for g in data["year"]] == [kind.value for kind in GoalKind]
    states = {"reached", "on_its_way", "not_reached", "not_measurable"}
    for goal in data["year"]:
        assert goal["state"] in states
        assert {"title", "state_text", "unit", "met", "planned", "target", "text"} <= goal.keys()
        assert goal["met"] <= goal["planned"] <= goal["target"] or goal["unit"] in ("worlds", "companies")
    companies = next(g for g in data["year"] if g["goal"] == "companies")
    assert companies["title"] == "Elke leerling ontmoet minstens 9 bedrijven tussen groep 4 en 8"
    assert [c["grade"] for c in data["cohorts"]] == list(range(1, 9))
    assert all(len(c["goals"]) == len(GoalKind) for c in data["cohorts"])


def test_goals_text_is_dutch(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["goals", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Doelen van de school, schooljaar 2026-2027")
    assert "Visie:\n  Elk kind ontdekt wat bij hem past." in out
    assert "Ouders betrokken bij minstens 1 keten per groep per schooljaar: nog niet te meten" in out
    assert "Cohort 2027 (nu groep 8: Groep 8):" in out


def test_goals_of_an_unknown_year_and_of_a_new_database(tmp_path: Path, demo_db: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["goals", "--school-year", "2030-2031", "--db", str(demo_db)]) == 1
    assert "2030-2031" in capsys.readouterr().err
    open_database(tmp_path / "nieuw.db").close()
    assert main(["goals", "--db", str(tmp_path / "nieuw.db")]) == 1
    assert "Er is nog geen schooljaar" in capsys.readouterr().err
