"""``beroepsplanner year lock|unlock`` and what a locked year refuses on the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from beroepsplanner import cli

OLD, NEW = "2026-2027", "2027-2028"


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    """The demo school after ``year new 2027-2028``: 2026-2027 is locked."""
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    assert cli.main(["year", "new", NEW, "--db", str(path)]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_unlock_and_lock_a_school_year(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(capsys, "year", "unlock", OLD, "--db", str(db)) == (
        0, f"Schooljaar {OLD} is weer te wijzigen.\n", ""
    )
    assert run(capsys, "year", "unlock", OLD, "--db", str(db))[1] == f"Schooljaar {OLD} was al te wijzigen.\n"
    assert run(capsys, "year", "lock", OLD, "--db", str(db))[1] == (
        f"Schooljaar {OLD} is nu afgesloten: alleen lezen.\n"
    )
    assert run(capsys, "year", "lock", OLD, "--db", str(db))[1] == (
        f"Schooljaar {OLD} was al afgesloten: alleen lezen.\n"
    )


def test_an_unknown_or_malformed_year_gets_a_dutch_message(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "year", "unlock", "2031-2032", "--db", str(db))
    assert code == 1 and "Schooljaar 2031-2032 bestaat niet" in err
    code, _out, err = run(capsys, "year", "lock", "2026", "--db", str(db))
    assert code == 1 and "'2026' is geen schooljaar" in err and "Traceback" not in err


def test_a_plan_import_into_a_locked_year_is_refused_until_it_is_unlocked(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "groep6b.json"
    assert run(capsys, "plan", "export", "--school-year", OLD, "--class", "Groep 6b",
               "--out", str(plan), "--db", str(db))[0] == 0
    data = json.loads(plan.read_text(encoding="utf-8"))
    data["school_years"][0]["classes"][0]["name"] = "Groep 6z"
    for chain in data["school_years"][0]["chains"]:
        chain["class"] = "Groep 6z"
    plan.write_text(json.dumps(data), encoding="utf-8")
    before = db.read_bytes()

    code, _out, err = run(capsys, "plan", "import", str(plan), "--db", str(db))
    assert code == 1
    assert f"Schooljaar {OLD} is afgesloten: alleen lezen" in err
    assert f"beroepsplanner year unlock {OLD}" in err
    assert run(capsys, "plan", "export", "--school-year", OLD, "--out", str(tmp_path / "a.json"),
               "--db", str(db))[0] == 0

    assert run(capsys, "year", "unlock", OLD, "--db", str(db))[0] == 0
    assert run(capsys, "plan", "import", str(plan), "--db", str(db))[0] == 0
    assert db.read_bytes() != before


def test_last_years_plan_file_is_unchanged_by_year_new_and_says_who_confirmed(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    before, after = tmp_path / "voor.json", tmp_path / "na.json"
    assert cli.main(["plan", "export", "--school-year", OLD, "--out", str(before), "--db", str(path)]) == 0
    assert cli.main(["year", "new", NEW, "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"voor {NEW} opnieuw bevestigen" in out
    assert cli.main(["plan", "export", "--school-year", OLD, "--out", str(after), "--db", str(path)]) == 0
    assert after.read_bytes() == before.read_bytes()
    confirmed = [c["confirmed_years"] for c in json.loads(after.read_text(encoding="utf-8"))["companies"]]
    assert [OLD] in confirmed and [] in confirmed

    # The list of companies shows the year being planned: nobody confirmed 2027-2028 yet.
    capsys.readouterr()
    assert cli.main(["list", "companies", "--json", "--db", str(path)]) == 0
    assert not any(c["confirmed"] for c in json.loads(capsys.readouterr().out))
