"""Issue 13 items 3 and 4: export → Excel or LibreOffice → import changes nothing without a
word, and values the program does not know in optional columns are kept, not refused.

"Excel" here is what Excel and LibreOffice write: openpyxl with numbers as numbers and
dates as datetimes, and Excel's plain CSV (Windows-1252, ';', CRLF)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from beroepsplanner.domain.company_details import CompanyDetails, ContactDetails
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.company_import import parse_companies
from beroepsplanner.io.spreadsheet_cells import (
    keep_quotes,
    looks_like_date,
    neutralise,
    phone_problem,
    unneutralise,
)
from beroepsplanner.io.tables import read_table
from beroepsplanner.store.company_network import create_company
from beroepsplanner.store.models import Company, World
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.company_export import company_rows, export_companies
from beroepsplanner.store.transfer.company_import import import_companies

TRICKY = CompanyDetails(
    name="=HYPERLINK(\"http://x\";\"klik\")",
    place="Utrecht",
    address="'=Markt 2 (met een quote)",
    notes="+ eerste punt\n@team\n'=al met een quote\n0612345678",
    min_grade=5,
    contacts=(
        ContactDetails(name="Piet", role="", email="piet@example.nl", phone="+31 6 1234 5678"),
        ContactDetails(name="-Anna-", role="", email="", phone="0301234567"),
    ),
)


def import_file(database: Database, path: Path):
    parsed = parse_companies(read_table(path))
    with database.transaction() as session:
        return parsed, import_companies(session, parsed.rows)


def stored(database: Database) -> list[tuple[str, ...]]:
    with database.session() as session:
        return company_rows(session)


@pytest.fixture
def tricky_db(empty_db: Database) -> Database:
    with empty_db.transaction() as session:
        create_company(session, TRICKY)
    return empty_db


# --- the rules --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["=1+1", "+31 6", "-", "@x", "\tx", "\rx", "'=x", "''+x", "'hallo", "hallo", "", "'"]
)
def test_neutralise_and_keep_quotes_are_undone_exactly(text: str) -> None:
    assert unneutralise(neutralise(text)) == text
    assert unneutralise(keep_quotes(text)) == text
    assert neutralise(text)[:1] not in ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("text", ["1-mrt", "01-mrt-26", "mrt-26", "1-Mar", "01-03-26", "1/3/2026", "2026-03-01"])
def test_dates_a_spreadsheet_makes_are_recognised(text: str) -> None:
    assert looks_like_date(text)


@pytest.mark.parametrize("text", ["1-3 bellen", "Markt 1-3", "mrt", "groep 5", "06-12345678"])
def test_ordinary_text_is_no_date(text: str) -> None:
    assert not looks_like_date(text)


@pytest.mark.parametrize(
    ("phone", "hint"),
    [("612345678", "0612345678"), ("31612345678", "+31612345678"), ("3,16123E+10", "wetenschappelijke")],
)
def test_phone_numbers_a_spreadsheet_took_digits_from_are_named(phone: str, hint: str) -> None:
    assert hint in (phone_problem(phone) or "")


@pytest.mark.parametrize("phone", ["0612345678", "+31 6 1234 5678", "030-1234567", "112", "06-12345678"])
def test_good_phone_numbers_pass(phone: str) -> None:
    assert phone_problem(phone) is None


# --- round trips --------------------------------------------------------------------------


def test_xlsx_export_writes_text_cells_that_no_spreadsheet_evaluates(tricky_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "bedrijven.xlsx"
    with tricky_db.session() as session:
        export_companies(session, out)
    sheet_xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml
    sheet = load_workbook(out).active
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type in ("s", "inlineStr") and cell.number_format == "@"
    assert sheet["A2"].value.startswith("=HYPERLINK")


def test_xlsx_opened_and_saved_by_a_spreadsheet_imports_unchanged(tricky_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "bedrijven.xlsx"
    with tricky_db.session() as session:
        export_companies(session, out)
    before = stored(tricky_db)
    workbook = load_workbook(out)  # as a spreadsheet opens it, and saves it again
    workbook.save(out)
    parsed, result = import_file(tricky_db, out)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)
    assert parsed.warnings == () and result.warnings == ()
    assert stored(tricky_db) == before


def test_csv_through_excels_plain_csv_imports_unchanged(tricky_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "bedrijven.csv"
    with tricky_db.session() as session:
        export_companies(session, out)
    exported = out.read_bytes().decode("utf-8-sig")
    assert "\n\"'=HYPERLINK(" in exported and ";'+31 6 1234 5678;" in exported
    assert ";''=Markt 2 (met een quote);" in exported and ";'-Anna-;" in exported
    # Excel shows the quotes as characters and saves "CSV (puntkomma-gescheiden)": cp1252, CRLF.
    rows = list(csv.reader(io.StringIO(exported, newline=""), delimiter=";"))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    out.write_bytes(buffer.getvalue().encode("cp1252"))
    before = stored(tricky_db)
    parsed, result = import_file(tricky_db, out)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)
    assert stored(tricky_db) == before
    assert parsed.rows[0].name == TRICKY.name


def test_a_csv_of_ours_saved_as_xlsx_keeps_the_quote_as_a_character_and_imports_unchanged(
    tricky_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "bedrijven.csv"
    with tricky_db.session() as session:
        export_companies(session, out)
    workbook = Workbook()
    for row in csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"):
        workbook.active.append(row)
    for row in workbook.active.iter_rows():
        for cell in row:
            cell.data_type = "s"  # Excel keeps a quoted cell as text
    saved = tmp_path / "bedrijven.xlsx"
    workbook.save(saved)
    before = stored(tricky_db)
    _, result = import_file(tricky_db, saved)
    assert result.unchanged == 1 and stored(tricky_db) == before


# --- what spreadsheets did before the file reached us ---------------------------------------


def test_numbers_and_dates_in_an_xlsx_are_imported_with_a_warning_per_row(
    empty_db: Database, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Naam", "Plaats", "Telefoon", "Opmerkingen"])
    sheet.append(["Bakkerij", "Ede", 612345678, dt.datetime(2026, 3, 1)])
    sheet.append(["Garage", "Ede", 31612345678, "gewoon"])
    sheet.append(["Kapper", "Ede", "0612345678", "ook gewoon"])
    path = tmp_path / "excel.xlsx"
    workbook.save(path)
    parsed, result = import_file(empty_db, path)
    assert result.added == 3
    messages = sorted(w.message for w in parsed.warnings)
    assert [w.row for w in parsed.warnings] == [2, 2, 3]
    assert messages[0].startswith("Rij 2, kolom Opmerkingen: '2026-03-01' is een datum")
    assert messages[1].startswith("Rij 2, kolom Telefoon: '612345678' heeft 9 cijfers")
    assert "(0612345678)" in messages[1]
    assert "(+31612345678)" in messages[2]


def test_excels_plain_csv_with_lost_zeros_and_a_date_warns_per_row(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "Naam;Plaats;Telefoon;Opmerkingen\r\nBakkerij;Ede;612345678;1-mrt\r\n"
        "Garage;Ede;3,16123E+10;\r\nKapper;Ede;0612345678;Zoë komt\r\n".encode("cp1252")
    )
    parsed, result = import_file(empty_db, path)
    assert result.added == 3
    messages = [w.message for w in parsed.warnings]
    assert [w.row for w in parsed.warnings] == [2, 2, 3]
    assert any(m.startswith("Rij 2, kolom Opmerkingen: '1-mrt' is een datum") for m in messages)
    assert "wetenschappelijke notatie" in messages[2]


def _formula_workbook(tmp_path: Path, cached: bytes | None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Naam", "Telefoon"])
    sheet.append(["Bakkerij", "=CONCAT(\"06\";\"12345678\")"])
    sheet.append(["=B3", "0612345678"])
    raw = io.BytesIO()
    workbook.save(raw)
    source = zipfile.ZipFile(raw)
    path = tmp_path / "formules.xlsx"
    with zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml" and cached is not None:
                data = data.replace(b"<v></v>", b"<v>" + cached + b"</v>").replace(b"<v />", b"<v>" + cached + b"</v>")
                data = data.replace(b'<c r="B2">', b'<c r="B2" t="str">').replace(b'<c r="A3">', b'<c r="A3" t="str">')
            target.writestr(info, data)
    return path


def test_formulas_with_a_stored_result_give_that_result(empty_db: Database, tmp_path: Path) -> None:
    path = _formula_workbook(tmp_path, b"0612345678")
    parsed, result = import_file(empty_db, path)
    assert parsed.warnings == () and result.added == 2
    assert [r.phone for r in parsed.rows] == ["0612345678", "0612345678"]


def test_formulas_without_a_stored_result_are_named_never_their_text(empty_db: Database, tmp_path: Path) -> None:
    path = _formula_workbook(tmp_path, None)
    with pytest.raises(InvalidInputError) as caught:
        parse_companies(read_table(path))
    assert "Rij 3, kolom Naam: de cel is een formule (==B3) zonder opgeslagen uitkomst" not in str(caught.value)
    assert "Rij 3, kolom Naam: de cel is een formule (=B3) zonder opgeslagen uitkomst" in str(caught.value)
    parsed = parse_companies(read_table(path), skip_invalid=True)
    assert [r.name for r in parsed.rows] == ["Bakkerij"] and parsed.rows[0].phone == ""
    assert parsed.warnings[0].message.startswith("Rij 2, kolom Telefoon: de cel is een formule (=CONCAT(")
    assert parsed.warnings[0].message.endswith("deze cel is niet ingelezen.")


# --- item 4: values the program does not know ----------------------------------------------


def world_names(database: Database, name: str) -> list[str]:
    with database.session() as session:
        company_id = session.scalars(select(Company.id).where(Company.name == name)).one()
        return sorted(w.name for w in session.get(Company, company_id).worlds)


def test_a_coordinators_own_words_for_worlds_and_sectors_are_understood(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text(
        "Naam;Plaats;Sector\nA;Ede;\"Zorg, ICT; bouw\"\nB;Ede;Hi tech en science\nC;Ede;Wereld 3\n"
        "D;Ede;\"Mens/Gezondheid; energie water veiligheid\"\n",
        encoding="utf-8",
    )
    parsed, result = import_file(empty_db, path)
    assert result.warnings == () and result.added == 4
    assert world_names(empty_db, "A") == ["Digitaal, Media & Entertainment", "Wonen, Werken & Verkeer", "Zorg & Welzijn"]
    assert world_names(empty_db, "B") == ["Hi-tech & Science"]
    assert world_names(empty_db, "C") == ["Voeding & Natuur"]
    assert world_names(empty_db, "D") == ["Energie, Water & Veiligheid", "Mens & Gezondheid"]


def test_unknown_worlds_and_groeps_are_kept_in_the_notes_with_a_warning(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text(
        "Naam;Plaats;Werelden;Groep vanaf;Opmerkingen\n"
        "A;Ede;\"Zorg; Groene zone\";bovenbouw;bellen na 15 uur\n"
        "B;Ede;Ruimtevaart;twaalfjarigen;\n"
        "C;Ede;;vanaf groep 5;\n",
        encoding="utf-8",
    )
    parsed, result = import_file(empty_db, path)
    assert result.added == 3 and result.skipped == ()
    assert [w.row for w in parsed.warnings] == [3] and [w.row for w in result.warnings] == [2, 3]
    assert "'Groene zone' is geen wereld of sector" in result.warnings[0].message
    with empty_db.session() as session:
        by_name = {c.name: c for c in session.scalars(select(Company))}
        assert by_name["A"].notes == "bellen na 15 uur\nSector (uit het bestand): Groene zone"
        assert by_name["A"].min_grade == 6
        assert by_name["B"].notes == (
            "Groep vanaf (uit het bestand): twaalfjarigen\nSector (uit het bestand): Ruimtevaart"
        )
        assert by_name["C"].min_grade == 5
    again = import_file(empty_db, path)[1]
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_kept_text_is_added_to_the_notes_a_company_has_never_replacing_them(
    empty_db: Database, tmp_path: Path
) -> None:
    with empty_db.transaction() as session:
        create_company(session, CompanyDetails(name="A", place="Ede", notes="eigen notitie"))
    path = tmp_path / "b.csv"
    path.write_text("Naam;Plaats;Sector\nA;Ede;Groene zone\n", encoding="utf-8")
    result = import_file(empty_db, path)[1]
    assert result.updated == 1
    with empty_db.session() as session:
        notes = session.scalars(select(Company.notes).where(Company.name == "A")).one()
    assert notes == "eigen notitie\nSector (uit het bestand): Groene zone"
    assert import_file(empty_db, path)[1].unchanged == 1


def test_what_makes_a_row_unusable_still_refuses_it(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("Naam;Plaats;E-mail;Sector\n;Ede;;Zorg\nB;Ede;b@@x.nl;Onbekend\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        import_file(empty_db, path)
    assert "Rij 2: de naam ontbreekt." in str(caught.value)
    assert "Rij 3, kolom E-mail: 'b@@x.nl' is geen geldig e-mailadres" in str(caught.value)
    with empty_db.session() as session:
        assert session.scalars(select(Company)).all() == []
        assert session.scalars(select(World)).all()


def test_a_class_list_whose_first_name_is_a_formula_without_a_result_is_refused(tmp_path: Path) -> None:
    from beroepsplanner.io.pupil_import import read_class_list

    workbook = Workbook()
    workbook.active.append(["Roepnaam"])
    workbook.active.append(["Sem"])
    workbook.active.append(["=A2"])
    path = tmp_path / "klas.xlsx"
    workbook.save(path)
    with pytest.raises(InvalidInputError) as caught:
        read_class_list(read_table(path), "Groep 3")
    assert "Rij 3, kolom Roepnaam: de cel is een formule zonder opgeslagen uitkomst" in str(caught.value)
