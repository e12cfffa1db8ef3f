"""Issue 11 (items 7, 8, 9) on the command line: pupils' surnames, the group column, control
characters, endless and huge files, mixed encodings and megabyte fields. Every refusal
exits 1 with a Dutch message, no traceback and no raw control character, and leaves the
database's bytes as they were."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from beroepsplanner import cli
from tests.io.plans import small_plan, to_bytes

RAW = ("\x00", "\x07", "\x08", "\x1b", "\x9b", "\u202e")


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def files(db: Path) -> dict[str, bytes]:
    """The database's bytes, and those of its journal files when there are any."""
    return {p.name: p.read_bytes() for p in db.parent.glob(f"{db.name}*") if p.is_file()}


def pupils_of(db: Path, class_name: str) -> list[str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT p.display_name FROM pupils p JOIN classes c ON p.class_id = c.id "
            "WHERE c.name = ? ORDER BY p.id",
            (class_name,),
        )
        return [name for (name,) in rows]


def refused(capsys: pytest.CaptureFixture[str], db: Path, *argv: str | Path) -> str:
    before = files(db)
    code, out, err = run(capsys, *argv, "--db", db)
    assert code == 1, (out, err)
    assert "Traceback" not in err and not any(ch in err + out for ch in RAW)
    assert files(db) == before
    return err


# --- item 7: pupils' surnames and the group column ---------------------------------------------


def test_an_excel_class_list_with_full_names_stores_first_names_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    # Dutch Excel's plain CSV: semicolons, Windows-1252.
    text = (
        "Roepnaam;Tussenvoegsel;Achternaam;Groep\r\n"
        "Jan de Vries;de;Vries;3\r\n"
        "Jan Bakker;;Bakker;3\r\n"
        "Zoë;;Müller;3\r\n"
        "\"Dijk, Inés van\";;;3\r\n"
    )
    source = tmp_path / "klas.csv"
    source.write_bytes(text.encode("cp1252"))
    code, out, err = run(capsys, "import", "pupils", source, "--class", "Groep 3", "--db", db)
    assert code == 0, err
    assert "Toegevoegd: Jan V., Jan B., Zoë, Inés." in out
    assert "Let op: Rijen 2, 3, 5: de cel met de voornaam bevatte meer dan de voornaam" in out
    assert pupils_of(db, "Groep 3")[-4:] == ["Jan V.", "Jan B.", "Zoë", "Inés"]
    stored = " ".join(pupils_of(db, "Groep 3"))
    for surname in ("Vries", "Bakker", "Müller", "Dijk"):
        assert surname not in stored
    assert "Let op: De kolom Groep" not in err


def test_a_list_of_groep_8_into_groep_3_warns(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    source = tmp_path / "groep8.csv"
    source.write_text("Roepnaam;Groep\nXiomara;8\nYfke;8\n", encoding="utf-8-sig")
    code, out, err = run(capsys, "import", "pupils", source, "--class", "Groep 3", "--db", db)
    assert code == 0
    assert "Let op: De kolom Groep van de lijst noemt '8', maar Groep 3 is groep 3." in err
    assert "--class" in err


def test_two_pupils_in_one_cell_refuse_the_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    source = tmp_path / "klas.csv"
    source.write_text("Roepnaam;Achternaam\nXiomara;Aksoy\nSem & Daan;Tweeling\n", encoding="utf-8")
    err = refused(capsys, db, "import", "pupils", source, "--class", "Groep 3")
    assert "Rij 3, kolom Roepnaam: 'Sem & Daan' lijkt twee leerlingen" in err


def test_a_plan_file_with_a_full_name_is_refused_with_its_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    plan = small_plan()
    plan["classes"][0]["pupils"].append("Jan de Vries")
    source = tmp_path / "plan.json"
    source.write_bytes(to_bytes(plan))
    err = refused(capsys, db, "plan", "import", source)
    assert "- classes[0].pupils[5]: 'Jan de Vries' lijkt een voornaam met achternaam" in err
    assert "'Jan' of 'Jan V.'" in err


# --- item 8: control characters ----------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x07", "\x08", "\x1b", "\x9b", "\u202e"])
def test_control_characters_in_a_class_list_are_refused_and_not_echoed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path, char: str
) -> None:
    source = tmp_path / "klas.csv"
    source.write_text(f"Roepnaam;Achternaam\nXiomara;Aksoy\nYf{char}ke;Bos\n", encoding="utf-8")
    err = refused(capsys, db, "import", "pupils", source, "--class", "Groep 3")
    assert "Rij 3, kolom Roepnaam: de tekst bevat een" in err


def test_an_escape_sequence_in_a_company_name_is_refused_and_shown_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    source = tmp_path / "bedrijven.csv"
    source.write_text("Naam;Plaats\nBakker\x1b]0;gehackt\x07 BV;Ede\n", encoding="utf-8")
    err = refused(capsys, db, "import", "companies", source)
    assert "Rij 2, kolom Naam: de tekst bevat een onzichtbaar stuurteken (\\x1b, Escape)" in err


def test_control_characters_in_a_plan_file_are_refused_with_their_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    plan = small_plan()
    plan["classes"][0]["pupils"][0] = "Ay\x1b[2Jşe"
    plan["companies"][0]["notes"] = "bel\x07 aan"
    plan["chains"][0]["notes"] = "goed\nzo\tmet tab"  # a free text may have lines and tabs
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(plan), encoding="utf-8")
    err = refused(capsys, db, "plan", "import", source)
    assert "- classes[0].pupils[0]: de tekst bevat een onzichtbaar stuurteken (\\x1b, Escape)" in err
    assert "- companies[0].notes: de tekst bevat een onzichtbaar stuurteken (\\x07, BEL)" in err
    assert "chains[0].notes" not in err


def test_a_file_name_with_an_escape_is_not_echoed_raw(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    err = refused(capsys, db, "import", "companies", tmp_path / "bestaat\x1b]0;x\x07niet.csv")
    assert "bestaat\\x1b]0;x\\x07niet.csv" in err


def test_names_stored_by_an_earlier_version_are_printed_escaped(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    """A database written before the check (or by another program) may hold an ESC or BEL in
    a name; ``list`` and ``check`` show it escaped, so the terminal title stays as it was."""
    with sqlite3.connect(db) as connection:
        connection.execute(
            "UPDATE companies SET name = 'Bakkerij\x1b]0;weg\x07 Ayşe' WHERE id = "
            "(SELECT min(id) FROM companies)"
        )
        connection.execute(
            "UPDATE classes SET name = 'Groep\x9b5' WHERE id = (SELECT min(id) FROM classes)"
        )
    for argv in (("list", "companies"), ("list", "classes"), ("list", "chains"), ("check",)):
        code, out, err = run(capsys, *argv, "--db", db)
        assert code in (0, 1), (argv, err)
        assert not any(ch in out + err for ch in RAW), argv
    code, out, _ = run(capsys, "list", "companies", "--db", db)
    assert "Bakkerij\\x1b]0;weg\\x07 Ayşe" in out
    code, out, _ = run(capsys, "list", "classes", "--db", db)
    assert "Groep\\x9b5" in out


# --- item 9: endless and huge files, mixed encodings, megabyte fields --------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize(
    "argv",
    [
        ("import", "companies", "/dev/zero"),
        ("import", "pupils", "/dev/zero", "--class", "Groep 3"),
        ("plan", "import", "/dev/zero"),
    ],
)
def test_dev_zero_is_refused_with_the_limit_not_a_memory_error(
    capsys: pytest.CaptureFixture[str], db: Path, argv: tuple[str, ...]
) -> None:
    err = refused(capsys, db, *argv)
    assert "groter dan 50 MB" in err


def test_a_utf8_class_list_with_one_windows_1252_line_names_that_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    source = tmp_path / "klas.csv"
    source.write_bytes(
        "Roepnaam;Achternaam\r\nAyşe;Yılmaz\r\nŁukasz;Nowak\r\n".encode("utf-8-sig")
        + "Zoë;Müller\r\n".encode("cp1252")
    )
    err = refused(capsys, db, "import", "pupils", source, "--class", "Groep 3")
    assert "regel 4 heeft tekens in een andere codering" in err
    assert "'CSV UTF-8 (door komma's gescheiden)'" in err


def test_a_megabyte_cell_names_row_column_and_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    source = tmp_path / "bedrijven.csv"
    source.write_text("Naam;Opmerkingen\nBakker BV;" + "x" * 1024 * 1024 + "\n", encoding="utf-8")
    err = refused(capsys, db, "import", "companies", source)
    assert "Rij 2, kolom Opmerkingen: de cel is 1.048.576 tekens lang." in err
    assert "hoogstens 32.767 tekens" in err


def test_a_megabyte_string_in_a_plan_file_names_its_place_and_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    plan = small_plan()
    plan["chains"][1]["observation"] = "y" * 1024 * 1024
    source = tmp_path / "plan.json"
    source.write_bytes(to_bytes(plan))
    err = refused(capsys, db, "plan", "import", source)
    assert "- chains[1].observation: te lang: 1.048.576 tekens, hoogstens 20.000" in err
