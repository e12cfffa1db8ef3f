"""Class lists as pupil administration systems, Excel and LibreOffice make them (issue 13,
items 1 and 2): title rows above the header, group columns of other names (Stamgroep,
Jaargroep, Combinatiegroep), lists of several groups, and letters Excel's plain CSV lost.

The files are built the way the programs write them: Excel's "CSV (gescheiden door
lijstscheidingsteken)" is Windows-1252 with ';' and CRLF and pads every row to the used
columns (a title row too); LibreOffice's CSV is UTF-8 with ','; the workbooks are written by
openpyxl with a title in A1, a date in A2 and the header further down.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from beroepsplanner import cli

HEADER = ["Roepnaam", "Tussenvoegsel", "Achternaam", "Stamgroep", "Jaargroep", "Geboortedatum"]
PUPILS = [
    ["Ayşe", "", "Yılmaz", "6b", "6", "12-03-2016"],
    ["Sem", "van", "Dijk", "6a", "6", "01-05-2016"],
    ["Łukasz", "", "Nowak", "6b", "6", "30-09-2015"],
    ["Noor", "de", "Vries", "6a", "6", "14-02-2016"],
    ["Daan", "", "Bakker", "6b", "6", "07-07-2016"],
]


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def pupils_of(db: Path, class_name: str) -> list[str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT p.display_name FROM pupils p JOIN classes c ON p.class_id = c.id "
            "WHERE c.name = ? ORDER BY p.id",
            (class_name,),
        )
        return [name for (name,) in rows]


def everything(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT p.id, p.display_name, p.class_id FROM pupils p ORDER BY p.id"
        ).fetchall() + connection.execute("SELECT id, name FROM companies ORDER BY id").fetchall()


def excel_csv(rows: list[list[str]], width: int) -> bytes:
    """What Excel's plain CSV writes: Windows-1252 ('?' for what it lacks), ';', CRLF, every
    row padded to the used columns."""
    lines = [";".join(row + [""] * (width - len(row))) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252", errors="replace")


def libreoffice_csv(rows: list[list[str]], width: int) -> bytes:
    lines = [",".join(row + [""] * (width - len(row))) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


TITLE = [["Groepsoverzicht – Groep 6b"], ["Afgedrukt op 5-12-2026"], []]


def test_an_excel_csv_with_title_rows_and_a_stamgroep_of_two_groups_adds_only_the_class(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "groep6.csv"
    rows = [[c.replace("ş", "s").replace("ı", "i").replace("Ł", "L") for c in r] for r in PUPILS]
    source.write_bytes(excel_csv([*TITLE, HEADER, *rows], len(HEADER)))
    before = pupils_of(db, "Groep 6b")

    code, out, err = run(capsys, "import", "pupils", source, "--class", "Groep 6b", "--db", db)

    assert code == 0, err
    assert pupils_of(db, "Groep 6b")[len(before):] == ["Ayse", "Lukasz", "Daan"]
    assert "De voornamen komen uit de kolom 'Roepnaam'." in out
    assert "2 regels boven de kolomkoppen (titels, datums) overgeslagen." in out
    assert "Alleen de rijen van deze klas zijn gelezen (kolom 'Stamgroep'); 2 rijen van '6a' niet." in out
    assert "Niet gelezen en niet bewaard: 'Jaargroep', 'Geboortedatum'." in out
    assert "Let op" not in err


def test_a_workbook_with_a_title_a_date_and_an_empty_row_above_the_header(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Groepsoverzicht – Groep 6b"
    sheet["A2"] = dt.date(2026, 12, 5)
    sheet.append([])
    sheet.append(HEADER)
    for row in PUPILS:
        sheet.append(row)
    source = tmp_path / "groep6.xlsx"
    book.save(source)
    before = pupils_of(db, "Groep 6b")

    code, out, err = run(capsys, "import", "pupils", source, "--class", "Groep 6b", "--db", db)

    assert code == 0, err
    # The demo's 6b has an Ayşe already: the newcomer gets her initial.
    added = pupils_of(db, "Groep 6b")[len(before):]
    assert [name.split()[0] for name in added] == ["Ayşe", "Łukasz", "Daan"]
    assert "(kolom 'Stamgroep'); 2 rijen van '6a' niet." in out


def test_no_row_of_the_class_refuses_the_list_naming_the_groups_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "groep6.csv"
    source.write_bytes(libreoffice_csv([HEADER, *PUPILS], len(HEADER)))
    before = everything(db)

    code, _, err = run(capsys, "import", "pupils", source, "--class", "Groep 7", "--db", db)

    assert code == 1 and "Traceback" not in err
    assert "meerdere groepen (kolom 'Stamgroep': 6a, 6b)" in err and "niets ingelezen" in err
    assert everything(db) == before


@pytest.mark.parametrize("header", ["Klas", "Groep", "Combinatiegroep", "Jaargroep", "Stamgroep"])
def test_every_name_of_the_group_column_is_recognised(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, header: str
) -> None:
    source = tmp_path / "lijst.csv"
    source.write_text(f"Voornaam;{header}\nSem;6a\nNoor;6b\nDaan;6a\n", encoding="utf-8")
    before = pupils_of(db, "Groep 6a")

    code, out, err = run(capsys, "import", "pupils", source, "--class", "Groep 6a", "--db", db)

    assert code == 0, err
    added = pupils_of(db, "Groep 6a")[len(before):]
    assert "Noor" not in added and set(added) <= {"Sem", "Daan", "Sem D.", "Daan D."}
    assert f"(kolom '{header}'); 1 rij van '6b' niet." in out


def test_a_combination_group_list_into_another_class_warns(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "lijst.csv"
    source.write_text("Roepnaam;Combinatiegroep\nMila;Groep 6/7\nTeun;Groep 6/7\n", encoding="utf-8")

    code, _, err = run(capsys, "import", "pupils", source, "--class", "Groep 6b", "--db", db)

    assert code == 0
    assert "Let op: De kolom Groep van de lijst noemt 'Groep 6/7', maar Groep 6b is groep 6." in err


def test_a_name_with_a_letter_lost_to_excels_plain_csv_is_refused_with_the_way_out(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "groep6b.csv"
    # Excel's plain CSV writes ş and Ł as '?'.
    source.write_bytes(excel_csv([["Roepnaam", "Achternaam"], ["Ayşe", "Demir"], ["Łukasz", "Nowak"]], 2))
    assert b"Ay?e" in source.read_bytes()
    before = everything(db)

    code, _, err = run(capsys, "import", "pupils", source, "--class", "Groep 6b", "--db", db)

    assert code == 1 and "Traceback" not in err
    assert "Rij 2, kolom Roepnaam: 'Ay?e' heeft een vraagteken waar een letter hoort." in err
    assert "Rij 3, kolom Roepnaam: '?ukasz'" in err
    assert "'CSV UTF-8 (door komma's gescheiden)'" in err and ".xlsx" in err
    assert everything(db) == before


def test_a_company_with_a_lost_letter_is_never_stored_nor_matched(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    first = tmp_path / "goed.csv"
    first.write_text("Naam;Plaats;Contactpersoon\nŞahin Lasbedrijf;Ede;Łucja\n", encoding="utf-8")
    assert run(capsys, "import", "companies", first, "--db", db)[0] == 0
    before = everything(db)
    lossy = tmp_path / "excel.csv"
    lossy.write_bytes(
        excel_csv([["Naam", "Plaats", "Contactpersoon"], ["Şahin Lasbedrijf", "Ede", "Kees"],
                   ["Bakkerij Mol", "Ede", "Łucja"]], 3)
    )

    code, _, err = run(capsys, "import", "companies", lossy, "--db", db)
    assert code == 1
    assert "Rij 2, kolom Naam: '?ahin Lasbedrijf' heeft een vraagteken" in err
    assert "Rij 3, kolom Contactpersoon: '?ucja'" in err
    assert everything(db) == before

    code, out, err = run(capsys, "import", "companies", lossy, "--skip-invalid", "--db", db)
    assert code == 0
    with sqlite3.connect(db) as connection:
        names = [n for (n,) in connection.execute("SELECT name FROM companies")]
    assert not any("?" in name for name in names)
    assert names.count("Şahin Lasbedrijf") == 1
