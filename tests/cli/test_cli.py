"""The ``beroepsplanner`` command: Dutch messages, exit codes, JSON lists, no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from beroepsplanner import __version__
from beroepsplanner.cli import main
from beroepsplanner.logs import LOG_ENV
from beroepsplanner.store.database import open_database


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def test_version_prints_the_program_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--version")
    assert code == 0
    assert out.strip() == f"beroepsplanner {__version__}"


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0
    assert "gebruik: beroepsplanner" in out
    assert "toon deze hulp en stop" in out
    assert "show this help" not in out
    assert "toon het versienummer en stop" in out
    assert "version number" not in out


def test_unknown_command_gets_a_dutch_message_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "plannen")
    assert code == 2
    assert "ongeldige keuze: 'plannen'" in err
    assert "Traceback" not in err


def test_list_without_subject_says_what_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "list")
    assert code == 2
    assert "deze argumenten ontbreken" in err


def test_unknown_option_is_named_in_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "list", "chains", "--xml", "--db", str(tmp_path / "x.db"))
    assert code == 2
    assert "onbekende argumenten: --xml" in err


def test_list_activities_json_shows_the_seeded_catalog(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    open_database(tmp_path / "new.db").close()
    code, out, _ = run_cli(capsys, "list", "activities", "--json", "--db", str(tmp_path / "new.db"))
    assert code == 0
    activities = json.loads(out)
    assert len(activities) >= 20
    keys = {a["key"] for a in activities}
    assert {"tinkeren", "talentenkijker", "beeldenbrekers"} <= keys
    for activity in activities:
        assert {"key", "title", "kind", "grade_min", "grade_max"} <= activity.keys()
        assert 1 <= activity["grade_min"] <= activity["grade_max"] <= 8


def test_db_option_may_come_before_the_command(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = run_cli(capsys, "--db", str(demo_db), "list", "classes", "--json")
    assert code == 0
    assert len(json.loads(out)) >= 8


def test_db_comes_from_the_environment_variable(
    capsys: pytest.CaptureFixture[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEROEPSPLANNER_DB", str(demo_db))
    code, out, _ = run_cli(capsys, "list", "companies", "--json")
    assert code == 0
    companies = json.loads(out)
    assert companies and all({"name", "place"} <= c.keys() for c in companies)


def test_list_classes_covers_groep_1_to_8(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = run_cli(capsys, "list", "classes", "--json", "--db", str(demo_db))
    classes = json.loads(out)
    assert code == 0
    assert {c["grade"] for c in classes} == set(range(1, 9))
    assert all(c["pupils"] > 0 for c in classes)


def test_list_chains_json_has_the_documented_fields(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    code, out, _ = run_cli(capsys, "list", "chains", "--json", "--db", str(demo_db))
    chains = json.loads(out)
    assert code == 0
    assert len(chains) >= 15
    for chain in chains:
        assert {"id", "class", "activity", "date", "status"} <= chain.keys()
        assert len(chain["date"]) == 10 and chain["date"][4] == "-"
        assert chain["status"] in {"concept", "planned", "done"}
    assert [c["date"] for c in chains] == sorted(c["date"] for c in chains)


def test_list_as_text_has_dutch_headers(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = run_cli(capsys, "list", "chains", "--db", str(demo_db))
    assert code == 0
    assert out.splitlines()[0].split() == ["Nr", "Klas", "Activiteit", "Datum", "Status"]


def test_empty_list_says_so_in_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    open_database(tmp_path / "leeg.db").close()
    code, out, _ = run_cli(capsys, "list", "chains", "--db", str(tmp_path / "leeg.db"))
    assert code == 0
    assert out.strip() == "Er zijn nog geen ketens gepland."


def test_demo_refuses_a_database_that_already_has_a_school(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    before = demo_db.read_bytes()
    code, _, err = run_cli(capsys, "demo", "--db", str(demo_db))
    assert code == 1
    assert "bevat al een school" in err
    assert "Traceback" not in err
    assert demo_db.read_bytes() == before


def test_corrupt_database_gets_a_dutch_message_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "kapot.db"
    path.write_bytes(b"\x00garbage" * 512)
    code, _, err = run_cli(capsys, "list", "activities", "--db", str(path))
    assert code == 1
    assert "geen Beroepsplanner-database" in err
    assert path.read_bytes() == b"\x00garbage" * 512


def test_database_in_a_missing_folder_gets_a_dutch_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run_cli(capsys, "list", "classes", "--db", str(tmp_path / "geen" / "map.db"))
    assert code == 1
    assert "bestaat niet" in err


def test_command_line_does_not_import_qt(demo_db: Path) -> None:
    script = (
        "import sys\n"
        "from beroepsplanner.cli import main\n"
        f"code = main(['list', 'chains', '--json', '--db', {str(demo_db)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "sys.stderr.write(repr(qt))\n"
        "raise SystemExit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("[]")


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], {}),
        (["--db", "school.db"], {"db": "school.db"}),
        (["--db=school.db"], {"db": "school.db"}),
        (["--db", "--help"], None),
        (["--db"], None),
        (["--db="], None),
        (["list"], None),
        (["--version"], None),
        (["--db", "school.db", "check"], None),
    ],
)
def test_a_plain_start_of_the_window_is_known_without_the_parser(
    argv: list[str], window: dict[str, str] | None
) -> None:
    from beroepsplanner.cli.command import _plain_window_start

    found = _plain_window_start(argv)
    assert (vars(found) if found is not None else None) == window


def test_the_window_starts_without_argparse_or_the_commands(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from beroepsplanner.cli import command\n"
        "command._open_window = lambda args: print(getattr(args, 'db', None)) or 0\n"
        f"code = command.main(['--db', {str(tmp_path / 'school.db')!r}])\n"
        "print(sorted(m for m in sys.modules if m == 'argparse' or m.startswith('beroepsplanner.cli.')))\n"
        "raise SystemExit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    db, modules = result.stdout.strip().splitlines()
    assert db == str(tmp_path / "school.db")
    assert modules == "['beroepsplanner.cli.command', 'beroepsplanner.cli.paths']"


@pytest.mark.parametrize(
    "argv", [["--version"], ["--help"], ["list", "--help"], ["plan", "import", "--help"]]
)
def test_help_and_version_load_no_database_window_or_pdf_library(argv: list[str]) -> None:
    """The command line imports the store, io, printing and the window inside the handler
    that needs them (docs/ARCHITECTURE.md, Import rules), so asking for help is quick."""
    script = (
        "import contextlib, io, sys\n"
        "from beroepsplanner.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({argv!r})\n"
        "heavy = ('sqlalchemy', 'alembic', 'PySide6', 'shiboken6', 'reportlab', 'openpyxl')\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & set(heavy))\n"
        "ours = sorted(m for m in sys.modules if m.startswith(('beroepsplanner.store',\n"
        "    'beroepsplanner.io', 'beroepsplanner.printing', 'beroepsplanner.ui')))\n"
        "sys.stderr.write(repr(loaded + ours))\n"
        "raise SystemExit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("[]"), result.stderr


def test_installed_entry_point_runs_and_writes_utf8_json(demo_db: Path) -> None:
    exe = Path(sys.executable).with_name("beroepsplanner")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "beroepsplanner"]
    result = subprocess.run(
        [*command, "list", "classes", "--json", "--db", str(demo_db)],
        capture_output=True,
        timeout=120,
        # The log too goes to the session's folder (tests/conftest.py), not the user's.
        env={"PYTHONIOENCODING": "ascii", "PATH": "/usr/bin:/bin", LOG_ENV: os.environ[LOG_ENV]},
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    classes = json.loads(result.stdout.decode("utf-8"))
    assert any(c["name"] == "Groep 8" for c in classes)


SAMPLE_COMMANDS = [
    ["demo", "--scale", "large"],
    ["list", "chains", "--json"],
    ["check", "--json"],
    ["plan", "export", "--out", "plan.json"],
    ["print", "logbooks", "--chain", "3", "--out", "x.pdf"],
    ["--db", "school.db", "print", "letter", "--chain", "3", "--out", "x.pdf"],
    ["--db=school.db", "import", "companies", "bedrijven.csv", "--skip-invalid"],
    ["export", "companies", "--out", "bedrijven.xlsx"],
    ["export", "ical", "--out", "agenda.ics", "--with-holidays"],
    ["suggest", "--chain", "3"],
    ["evaluation", "show", "--chain", "3", "--json"],
    ["backup", "--out", "kopie.db"],
    ["restore", "kopie.db"],
    ["year", "lock", "2026-2027"],
    ["db", "upgrade"],
    ["goals", "--json", "--school-year", "2026-2027"],
    ["report", "--json", "--school-year", "2026-2027"],
]


@pytest.mark.parametrize("argv", SAMPLE_COMMANDS)
def test_a_command_is_parsed_by_its_own_group_as_by_the_whole_parser(argv: list[str]) -> None:
    """A command builds only the parsers of its group (``GROUPS``); what it parses is what
    the whole parser makes of it."""
    from beroepsplanner.cli.command import build_parser, command_word

    word = command_word(argv)
    assert word is not None and word in argv
    assert vars(build_parser(word).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_every_command_word_has_its_groups() -> None:
    import argparse

    from beroepsplanner.cli.command import GROUPS, build_parser, command_word

    whole = build_parser()
    [commands] = [a for a in whole._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(GROUPS) == set(commands.choices)
    assert {command_word(argv) for argv in SAMPLE_COMMANDS} == set(GROUPS)
    for argv in (["--version"], ["--help"], ["--db", "x.db", "--help"], []):
        assert command_word(argv) is None
