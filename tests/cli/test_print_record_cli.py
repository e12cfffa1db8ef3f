"""``beroepsplanner print record --class KLAS [--school-year JJJJ-JJJJ] --out F.pdf``: the
record of every pupil of a class, and the mistakes in Dutch (issue 15, item 4)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from beroepsplanner.cli import main

OLD, NEW = "2026-2027", "2027-2028"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Path:
    """The demo school (2026-2027) after ``year new 2027-2028``."""
    path = tmp_path_factory.mktemp("record") / "school.db"
    shutil.copyfile(demo_file, path)
    assert main(["year", "new", NEW, "--db", str(path)]) == 0
    return path


def test_print_record_of_a_class_writes_a_page_or_more_per_pupil(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "overzicht.pdf"
    capsys.readouterr()
    code = main(["print", "record", "--class", "Groep 7a", "--school-year", NEW, "--out", str(out),
                 "--db", str(db)])
    assert code == 0
    said = capsys.readouterr().out
    pages = len(PdfReader(out).pages)
    assert f"{out} geschreven: {pages} pagina's." in said
    assert "Een overzicht per leerling van Groep 7a: 27 leerlingen." in said
    assert "Schooljaar 2027-2028." in said
    first = PdfReader(out).pages[0].extract_text()
    assert "OVERZICHT BEROEPSORIËNTATIE" in first and "Groep 6 · schooljaar 2026-2027" in first
    assert pages >= 27


def test_the_class_of_last_year_is_found_with_its_school_year(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "vorig-jaar.pdf"
    assert main(["print", "record", "--class", "Groep 8", "--school-year", OLD, "--out", str(out),
                 "--db", str(db)]) == 0
    assert "Groep 8 · schooljaar 2026-2027" in PdfReader(out).pages[0].extract_text()
    assert "27 leerlingen" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--class", "Groep 9"], "Er is geen klas 'Groep 9' in schooljaar"),
        (
            ["--class", "Groep 7a", "--school-year", OLD],
            "Er is geen klas 'Groep 7a' in schooljaar 2026-2027; die klas staat wel in "
            "schooljaar 2027-2028.",
        ),
        (["--class", "Groep 1", "--school-year", NEW], "Groep 1 heeft geen leerlingen"),
        (["--class", "Groep 7a", "--school-year", "2030-2031"], "Schooljaar 2030-2031 staat niet"),
        ([], "gebruik --class KLAS, geen --chain"),
        (["--chain", "1", "--class", "Groep 7a"], "gebruik --class KLAS, geen --chain"),
        (["--class", "Groep 7a", "--include-errors"], "--include-errors hoort bij de logboeken"),
    ],
)
def test_print_record_mistakes_get_a_dutch_message_and_no_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "niets.pdf"
    capsys.readouterr()
    assert main(["print", "record", *args, "--out", str(out), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
