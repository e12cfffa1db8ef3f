"""``beroepsplanner plan export`` and ``plan import``: messages, exit codes, all or nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from beroepsplanner.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database file."""
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def test_export_writes_the_file_and_says_how_much(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "plan.json"
    code, out, err = run_cli(capsys, "plan", "export", "--out", str(out_file), "--db", str(demo_db))
    assert code == 0, err
    assert out.strip() == f"Plan geschreven naar {out_file}: 9 klassen, 23 ketens."
    plan = json.loads(out_file.read_text(encoding="utf-8"))
    assert plan["format"] == "beroepsplanner-plan" and plan["version"] == 2
    assert [len(y["classes"]) for y in plan["school_years"]] == [9]


def test_export_in_version_1_for_an_older_program(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "plan.json"
    code, out, err = run_cli(
        capsys, "plan", "export", "--out", str(out_file), "--file-version", "1", "--db", str(demo_db)
    )
    assert code == 0, err
    assert out.strip() == f"Plan geschreven naar {out_file}: 9 klassen, 23 ketens."
    plan = json.loads(out_file.read_text(encoding="utf-8"))
    assert plan["version"] == 1 and len(plan["classes"]) == 9


def test_export_of_one_class(capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "groep8.json"
    code, out, _ = run_cli(
        capsys, "--db", str(demo_db), "plan", "export", "--out", str(out_file), "--class", "Groep 8"
    )
    assert code == 0
    assert out.strip() == f"Plan geschreven naar {out_file}: 1 klas, 3 ketens."
    plan = json.loads(out_file.read_text(encoding="utf-8"))
    assert [c["name"] for c in plan["school_years"][0]["classes"]] == ["Groep 8"]


def test_export_of_an_unknown_class_is_a_dutch_error(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "x.json"
    code, out, err = run_cli(
        capsys, "plan", "export", "--out", str(out_file), "--class", "Groep 9", "--db", str(demo_db)
    )
    assert code == 1 and out == ""
    assert err.startswith("beroepsplanner: De klas 'Groep 9' bestaat niet in schooljaar 2026-2027.")
    assert not out_file.exists()


def test_export_needs_out(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, _, err = run_cli(capsys, "plan", "export", "--db", str(demo_db))
    assert code == 2 and "deze argumenten ontbreken: --out" in err


def test_plan_without_action_says_what_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "plan")
    assert code == 2 and "deze argumenten ontbreken: export|import" in err


def test_import_into_a_new_database_and_export_again_gives_the_same_file(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    first, second, new_db = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "nieuw.db"
    assert main(["plan", "export", "--out", str(first), "--db", str(demo_db)]) == 0
    capsys.readouterr()
    code, out, err = run_cli(capsys, "plan", "import", str(first), "--db", str(new_db))
    assert code == 0, err
    assert out.strip() == (
        f"Plan ingelezen uit {first} in {new_db}: 9 klassen, 225 leerlingen, "
        "12 nieuwe bedrijven, 23 ketens."
    )
    assert main(["plan", "export", "--out", str(second), "--db", str(new_db)]) == 0
    assert second.read_bytes() == first.read_bytes()


def test_import_of_an_existing_class_is_refused_and_replace_replaces(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    plan_file, before, after = tmp_path / "g8.json", tmp_path / "voor.json", tmp_path / "na.json"
    main(["plan", "export", "--out", str(plan_file), "--class", "Groep 8", "--db", str(demo_db)])
    main(["plan", "export", "--out", str(before), "--db", str(demo_db)])
    capsys.readouterr()

    code, out, err = run_cli(capsys, "plan", "import", str(plan_file), "--db", str(demo_db))
    assert code == 1 and out == ""
    assert "classes[0].name: de klas 'Groep 8' bestaat al" in err and "--replace" in err
    main(["plan", "export", "--out", str(after), "--db", str(demo_db)])
    assert after.read_bytes() == before.read_bytes()
    capsys.readouterr()

    code, out, _ = run_cli(capsys, "plan", "import", str(plan_file), "--replace", "--db", str(demo_db))
    assert code == 0
    assert "1 klas (1 vervangen), 27 leerlingen, 0 nieuwe bedrijven, 3 ketens." in out


def test_bad_file_gets_a_dutch_message_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    plan_file = tmp_path / "plan.json"
    main(["plan", "export", "--out", str(plan_file), "--file-version", "1", "--db", str(demo_db)])
    plan = json.loads(plan_file.read_text(encoding="utf-8"))
    plan["classes"] = [dict(plan["classes"][0], name="Groep 1b")]
    plan["classes"][0]["grade"] = 9
    plan["chains"][3]["date"] = "2026-13-01"
    plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    database_before = demo_db.read_bytes()
    capsys.readouterr()

    code, out, err = run_cli(capsys, "plan", "import", str(plan_file), "--db", str(demo_db))
    assert code == 1 and out == ""
    assert err.startswith(f"beroepsplanner: Het planbestand {plan_file} bevat 2 fouten;")
    assert "- classes[0].grade: 9 ligt niet tussen 1 en 8" in err
    assert "- chains[3].date: '2026-13-01' is geen geldige datum (schrijf JJJJ-MM-DD)" in err
    assert "Traceback" not in err
    assert demo_db.read_bytes() == database_before


def test_file_that_is_not_utf8_gets_advice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan_file = tmp_path / "plan.json"
    plan_file.write_bytes('{"format": "beroepsplanner-plan", "school": "Café"}'.encode("cp1252"))
    code, _, err = run_cli(capsys, "plan", "import", str(plan_file), "--db", str(tmp_path / "n.db"))
    assert code == 1
    assert "geen UTF-8-tekst" in err and "Sla het bestand op als UTF-8" in err
    assert not (tmp_path / "n.db").exists()


def test_reference_fault_leaves_no_new_database_behind(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    plan_file, new_db = tmp_path / "plan.json", tmp_path / "nieuw.db"
    main(["plan", "export", "--out", str(plan_file), "--db", str(demo_db)])
    plan = json.loads(plan_file.read_text(encoding="utf-8"))
    plan["school_years"][0]["chains"][0]["activity"] = "bestaat-niet"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    capsys.readouterr()
    code, _, err = run_cli(capsys, "plan", "import", str(plan_file), "--db", str(new_db))
    assert code == 1 and "chains[0].activity: onbekende activiteit 'bestaat-niet'" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("nieuw")) == []


def test_missing_file_gets_a_dutch_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "weg.json"
    code, _, err = run_cli(capsys, "plan", "import", str(missing), "--db", str(tmp_path / "x.db"))
    assert code == 1
    assert err.strip() == f"beroepsplanner: Het planbestand {missing} bestaat niet. Controleer de naam en de map."


def test_folder_instead_of_a_file_gets_a_dutch_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run_cli(capsys, "plan", "import", str(tmp_path), "--db", str(tmp_path / "x.db"))
    assert code == 1 and "is een map, geen planbestand" in err


def test_chains_with_errors_are_reported_as_concept(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    plan_file, new_db = tmp_path / "plan.json", tmp_path / "nieuw.db"
    main(["plan", "export", "--out", str(plan_file), "--class", "Groep 8", "--db", str(demo_db)])
    plan = json.loads(plan_file.read_text(encoding="utf-8"))
    planned = [c for c in plan["school_years"][0]["chains"] if c["status"] != "concept"]
    planned[0]["reflection"] = []
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    capsys.readouterr()
    code, out, _ = run_cli(capsys, "plan", "import", str(plan_file), "--db", str(new_db))
    assert code == 0
    assert "1 keten met een fout staat nu als concept; 'beroepsplanner check'" in out
    code, out, _ = run_cli(capsys, "check", "--db", str(new_db))
    assert code == 1 and "FOUT" in out


def test_every_school_year_goes_through_one_file_into_a_new_database(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    assert run_cli(capsys, "year", "new", "2027-2028", "--db", str(demo_db))[0] == 0
    first, second, new_db = tmp_path / "plan.json", tmp_path / "again.json", tmp_path / "nieuw.db"
    code, out, err = run_cli(capsys, "plan", "export", "--out", str(first), "--db", str(demo_db))
    assert code == 0, err
    assert out.splitlines()[-1] == "Schooljaren 2026-2027, 2027-2028."
    code, out, err = run_cli(capsys, "plan", "import", str(first), "--db", str(new_db))
    assert code == 0, err
    assert "Schooljaren 2026-2027, 2027-2028." in out
    assert run_cli(capsys, "plan", "export", "--out", str(second), "--db", str(new_db))[0] == 0
    assert second.read_bytes() == first.read_bytes()
