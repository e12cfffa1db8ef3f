"""``beroepsplanner import companies|pupils`` and ``export companies`` through ``cli.main``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beroepsplanner import cli


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> str:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8-sig") -> str:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return str(path)


def test_import_companies_prints_a_dutch_summary_and_is_idempotent(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str
) -> None:
    source = write(
        tmp_path,
        "bedrijven.csv",
        "Naam;Plaats;Kleur;Beroepen\nAutobedrijf Eemzicht;Amersfoort;rood;Raketbouwer\nNieuw BV;Ede;;\n",
    )
    code, out, err = run(capsys, "import", "companies", source, "--db", db)
    assert code == 0, err
    assert "1 bedrijf toegevoegd, 1 bijgewerkt, 0 ongewijzigd." in out
    assert "Nieuw in de lijst met beroepen: Raketbouwer." in out
    assert "Niet ingelezen kolommen (kop niet herkend): 'Kleur'." in out
    code, out, _ = run(capsys, "import", "companies", source, "--db", db)
    assert "0 bedrijven toegevoegd, 0 bijgewerkt, 2 ongewijzigd." in out


def test_a_file_with_bad_rows_is_refused_with_exit_1_and_nothing_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str
) -> None:
    source = write(tmp_path, "fout.csv", "Naam,E-mail\nGoed BV,a@b.nl\n,x@y.nl\nSlecht BV,geen-adres\n", "cp1252")
    code, out, err = run(capsys, "import", "companies", source, "--db", db)
    assert code == 1
    assert "Rij 3: de naam ontbreekt." in err and "Rij 4, kolom E-mail" in err
    assert "Traceback" not in err
    run(capsys, "list", "companies", "--db", db)
    code, out, err = run(capsys, "import", "companies", source, "--skip-invalid", "--db", db)
    assert code == 0
    assert "1 bedrijf toegevoegd" in out
    assert "2 rijen overgeslagen:" in err and "Rij 3: de naam ontbreekt." in err


def test_export_companies_writes_csv_and_xlsx(capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str) -> None:
    for name in ("bedrijven.csv", "bedrijven.xlsx"):
        out_file = tmp_path / name
        code, out, err = run(capsys, "export", "companies", "--out", str(out_file), "--db", db)
        assert code == 0, err
        assert out.strip() == f"12 bedrijven geschreven naar {out_file}."
        code, out, _ = run(capsys, "import", "companies", str(out_file), "--db", db)
        assert "0 bedrijven toegevoegd, 0 bijgewerkt, 12 ongewijzigd." in out
    code, _, err = run(capsys, "export", "companies", "--out", str(tmp_path / "x.pdf"), "--db", db)
    assert code == 1 and ".csv of .xlsx" in err


def test_import_pupils_adds_display_names_to_the_class(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str
) -> None:
    source = write(tmp_path, "klas.csv", "Roepnaam;Achternaam\nXiomara;van Dijk\nXiomara;Aksoy\nÝr;Jansen\n")
    code, out, err = run(capsys, "import", "pupils", source, "--class", "Groep 3", "--db", db)
    assert code == 0, err
    assert "Groep 3: 3 leerlingen toegevoegd" in out
    assert "Toegevoegd: Xiomara D., Xiomara A., Ýr.\n" in out
    assert "Dijk" not in out and "Aksoy" not in out
    code, out, _ = run(capsys, "import", "pupils", source, "--class", "Groep 3", "--db", db)
    assert "0 leerlingen toegevoegd, 3 stond(en) er al in." in out


def test_import_pupils_into_an_unknown_class_names_the_classes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str
) -> None:
    source = write(tmp_path, "klas.csv", "Voornaam\nSem\n")
    code, _, err = run(capsys, "import", "pupils", source, "--class", "Groep 9", "--db", db)
    assert code == 1
    assert "Er is geen klas 'Groep 9'" in err and "Groep 6a" in err


def test_an_unreadable_file_gets_the_save_as_hint(capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str) -> None:
    source = tmp_path / "oud.xls"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    code, _, err = run(capsys, "import", "companies", str(source), "--db", db)
    assert code == 1
    assert "Sla het bestand in Excel op als CSV (puntkomma-gescheiden) of als .xlsx." in err


def test_the_subject_is_required_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import")
    assert code == 2
    assert "deze argumenten ontbreken" in err


def test_warnings_of_imported_rows_are_printed_after_let_op(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str
) -> None:
    source = write(
        tmp_path,
        "excel.csv",
        "Naam;Plaats;Telefoon;Sector;Opmerkingen\r\nBakkerij;Ede;612345678;Groene zone;1-mrt\r\n",
        "cp1252",
    )
    code, out, err = run(capsys, "import", "companies", source, "--db", db)
    assert code == 0, err
    assert "1 bedrijf toegevoegd" in out
    assert "Let op, 1 rij ingelezen met een waarschuwing:" in err
    assert "  Rij 2, kolom Telefoon: '612345678' heeft 9 cijfers" in err
    assert "  Rij 2, kolom Opmerkingen: '1-mrt' is een datum" in err
    assert "  Rij 2, kolom Sector: 'Groene zone' is geen wereld of sector" in err
    assert "  Bekende werelden en sectoren: Dienstverlening & Bestuur; Digitaal, Media" in err
