"""Importing and exporting the company network: recognising columns, row problems,
updating instead of duplicating, all or nothing, and export → import changing nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from beroepsplanner.domain.company_details import CompanyDetails
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.company_import import (
    CompanyField,
    parse_companies,
    recognise_columns,
    split_names,
)
from beroepsplanner.io.tables import read_csv_text, read_table
from beroepsplanner.store.company_network import company_details, create_company
from beroepsplanner.store.models import Company, Profession
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.company_export import export_companies
from beroepsplanner.store.transfer.company_import import ImportResult, import_companies

HEADER = "Naam;Plaats;Adres;Contactpersoon;E-mail;Telefoon;Groep vanaf;Sector;Beroepen;Opmerkingen\n"


# On SQLite and on PostgreSQL (tests/conftest.py, make_database).
@pytest.fixture
def empty_db(make_database: Callable[[str], Database]) -> Database:
    """A seeded database without companies."""
    return make_database("catalog")


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


def run_import(database: Database, text: str, *, skip_invalid: bool = False) -> ImportResult:
    parsed = parse_companies(read_csv_text(text), skip_invalid=skip_invalid)
    with database.transaction() as session:
        result = import_companies(session, parsed.rows, skip_invalid=skip_invalid)
    return ImportResult(
        result.added, result.updated, result.unchanged, parsed.skipped + result.skipped, result.new_professions
    )


def details(database: Database, name: str) -> CompanyDetails:
    with database.session() as session:
        company_id = session.scalars(select(Company.id).where(Company.name == name)).one()
        return company_details(session, company_id)


def company_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(Company.id))) or 0


# --- recognising columns -------------------------------------------------------------


def test_dutch_and_english_headers_are_recognised_in_any_case_and_spacing() -> None:
    mapping = recognise_columns(
        [" BEDRIJFSNAAM ", "woonplaats", "Address", "Contact", "e-mail", "Tel.", "Minimum groep",
         "Werelden", "Professions", "Notities", "Kleur", ""]
    )
    assert mapping.columns == {
        CompanyField.NAME: 0,
        CompanyField.PLACE: 1,
        CompanyField.ADDRESS: 2,
        CompanyField.CONTACT: 3,
        CompanyField.EMAIL: 4,
        CompanyField.PHONE: 5,
        CompanyField.MIN_GRADE: 6,
        CompanyField.WORLDS: 7,
        CompanyField.PROFESSIONS: 8,
        CompanyField.NOTES: 9,
    }
    assert mapping.unrecognised == ("Kleur",)


def test_a_second_column_for_the_same_field_is_not_recognised() -> None:
    mapping = recognise_columns(["Naam", "Company", "City"])
    assert mapping.columns == {CompanyField.NAME: 0, CompanyField.PLACE: 2}
    assert mapping.unrecognised == ("Company",)


def test_an_explicit_mapping_reads_columns_with_unknown_headers() -> None:
    table = read_csv_text("Wie;Waar;Kleur\nBakkerij Jansen;Baarn;rood\n")
    parsed = parse_companies(table, {CompanyField.NAME: 0, CompanyField.PLACE: 1})
    assert [(r.name, r.place) for r in parsed.rows] == [("Bakkerij Jansen", "Baarn")]


def test_a_file_without_a_name_column_is_refused_naming_its_columns() -> None:
    with pytest.raises(InvalidInputError, match="geen kolom met de naam.*'Wie', 'Waar'"):
        parse_companies(read_csv_text("Wie;Waar\nA;B\n"))


def test_names_holding_a_comma_are_kept_whole_when_known() -> None:
    known = {"Energie, Water & Veiligheid", "Zorg & Welzijn"}.__contains__
    assert split_names("Energie, Water & Veiligheid, Zorg & Welzijn", known) == [
        "Energie, Water & Veiligheid",
        "Zorg & Welzijn",
    ]
    assert split_names("Bakker; kok, Bakker ,", lambda _: False) == ["Bakker", "kok"]


# --- row problems ----------------------------------------------------------------------


def test_bad_rows_refuse_the_whole_file_by_excel_row_number(empty_db: Database) -> None:
    text = (
        HEADER
        + 'Bakkerij Jansen;Baarn;"Markt 1\nachterom";;;;;;;\n'  # rows 2 (two lines)
        + ";Soest;;;;;;;;\n"  # row 3: no name
        + "Garage Smit;Soest;;Piet;piet@smit;;;;;\n"  # row 4: bad address
        + "Kapsalon;Ede;;;;;9;;;\n"  # row 5: groep 9 is only a warning (issue 13)
        + ";;;;;;;;;\n"  # row 6: empty, no problem
    )
    with pytest.raises(InvalidInputError) as caught:
        run_import(empty_db, text)
    message = str(caught.value)
    assert "2 rijen hebben een probleem" in message
    assert "Rij 3: de naam ontbreekt." in message
    assert "Rij 4, kolom E-mail: 'piet@smit' is geen geldig e-mailadres" in message
    assert "Rij 5" not in message and "Rij 6" not in message and "Rij 2" not in message
    assert company_count(empty_db) == 0


def test_skip_invalid_imports_the_good_rows_and_lists_the_skipped(empty_db: Database) -> None:
    text = HEADER + "Bakkerij Jansen;Baarn;;;;;groep 6;;;\n;Soest;;;;;;;;\nGarage;Ede;;;x@y;;;;;\n"
    result = run_import(empty_db, text, skip_invalid=True)
    assert (result.added, result.updated) == (1, 0)
    assert [p.row for p in result.skipped] == [3, 4]
    assert "'x@y' is geen geldig e-mailadres" in result.skipped[1].message
    assert details(empty_db, "Bakkerij Jansen").min_grade == 6


# --- writing ---------------------------------------------------------------------------


def test_import_adds_companies_with_contacts_worlds_and_professions(empty_db: Database) -> None:
    text = (
        HEADER
        + '"Sem & Daan Techniek";Zeist;Dorpsstraat 1;Ayşe Demir;ayse@semdaan.nl;06-1234;5;'
        '"Energie, Water & Veiligheid, hi-tech-science";"elektromonteur; Raketbouwer";"Let op:\nparkeren achter"\n'
    )
    result = run_import(empty_db, text)
    assert (result.added, result.updated, result.unchanged) == (1, 0, 0)
    assert result.new_professions == ("Raketbouwer",)
    company = details(empty_db, "Sem & Daan Techniek")
    assert company.place == "Zeist" and company.address == "Dorpsstraat 1" and company.min_grade == 5
    assert company.worlds == ("energie-water-veiligheid", "hi-tech-science")
    assert company.professions[0] == "elektromonteur"
    assert [(c.name, c.email, c.phone) for c in company.contacts] == [("Ayşe Demir", "ayse@semdaan.nl", "06-1234")]
    assert company.notes == "Let op:\nparkeren achter"


def test_importing_the_same_file_twice_changes_nothing(empty_db: Database) -> None:
    text = HEADER + "Bakkerij Jansen;Baarn;Markt 1;Kim;kim@jansen.nl;;3;Voeding & Natuur;Bakker;\n"
    assert run_import(empty_db, text).added == 1
    again = run_import(empty_db, text)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    with empty_db.session() as session:
        assert session.scalar(select(func.count(Profession.id)).where(Profession.name == "Bakker")) == 1


def test_the_same_company_in_other_case_is_updated_not_duplicated(demo_db: Database) -> None:
    before = company_count(demo_db)
    text = "naam;PLAATS;e-mail;contactpersoon;groep vanaf\n  autobedrijf EEMZICHT ; amersfoort ;peter@eemzicht.nl;peter smit;6\n"
    result = run_import(demo_db, text)
    assert (result.added, result.updated) == (0, 1)
    assert company_count(demo_db) == before
    company = details(demo_db, "Autobedrijf Eemzicht")
    assert company.min_grade == 6
    assert [(c.name, c.email) for c in company.contacts] == [("Peter Smit", "peter@eemzicht.nl")]
    assert company.address == "Industrieweg 40"  # not in the file: untouched


def test_only_the_columns_in_the_file_are_written_and_empty_cells_erase_nothing(demo_db: Database) -> None:
    original = details(demo_db, "Autobedrijf Eemzicht")
    result = run_import(demo_db, "Bedrijf;Plaats;Opmerkingen;Beroepen;Sector\nAutobedrijf Eemzicht;Amersfoort;;;\n")
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)
    assert details(demo_db, "Autobedrijf Eemzicht") == original


def test_rows_of_one_company_are_merged_into_one_with_several_contacts(empty_db: Database) -> None:
    text = (
        HEADER
        + "Zorgcentrum De Linde;Baarn;;Anna;anna@linde.nl;;;Zorg & Welzijn;Verpleegkundige;\n"
        + "zorgcentrum de linde;Baarn;;Bram;;033-1;;;Verzorgende;\n"
        + "Zorgcentrum De Linde;Baarn;;;info@linde.nl;;;;;\n"
    )
    assert run_import(empty_db, text).added == 1
    company = details(empty_db, "Zorgcentrum De Linde")
    assert [(c.name, c.email, c.phone) for c in company.contacts] == [
        ("Anna", "anna@linde.nl", ""),
        ("Bram", "", "033-1"),
        ("Algemeen", "info@linde.nl", ""),
    ]
    assert len(company.professions) == 2
    assert run_import(empty_db, text).unchanged == 1


def test_a_failure_while_writing_leaves_the_database_as_it_was(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import beroepsplanner.store.transfer.company_import as store

    before = company_count(demo_db)

    def broken(*args: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(store, "_insert", broken)
    text = HEADER + "Autobedrijf Eemzicht;Amersfoort;Nieuw adres 1;;;;;;;\nNieuw;Ede;;;;;;;;\n"
    with pytest.raises(RuntimeError):
        run_import(demo_db, text)
    assert company_count(demo_db) == before
    assert details(demo_db, "Autobedrijf Eemzicht").address == "Industrieweg 40"


def test_a_company_made_in_the_window_is_found_by_name_and_place(empty_db: Database) -> None:
    with empty_db.transaction() as session:
        create_company(session, CompanyDetails(name="Łukasz Bouw", place="Ede", worlds=("voeding-natuur",)))
    result = run_import(empty_db, "Naam;Plaats;Wereld\nŁUKASZ BOUW;ede;Wonen, Werken & Verkeer; voeding-natuur\n")
    assert (result.added, result.updated) == (0, 1)
    assert details(empty_db, "Łukasz Bouw").worlds == ("voeding-natuur", "wonen-werken-verkeer")


# --- export ----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_changes_nothing(demo_db: Database, tmp_path: Path, suffix: str) -> None:
    run_import(demo_db, HEADER + "Zorghuis Ayşe;Baarn;;Anna;a@linde.nl;+31 6 1;;;;=1+1\n"
               "Zorghuis Ayşe;Baarn;;Bram;;;;;;\n")
    out = tmp_path / f"bedrijven{suffix}"
    with demo_db.session() as session:
        assert export_companies(session, out) == company_count(demo_db)
    parsed = parse_companies(read_table(out))
    with demo_db.transaction() as session:
        result = import_companies(session, parsed.rows)
    assert (result.added, result.updated, result.unchanged) == (0, 0, company_count(demo_db))
    company = details(demo_db, "Zorghuis Ayşe")
    assert company.notes == "=1+1"
    assert [(c.name, c.phone) for c in company.contacts] == [("Anna", "+31 6 1"), ("Bram", "")]


def test_the_csv_export_opens_in_dutch_excel(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "bedrijven.csv"
    with demo_db.session() as session:
        export_companies(session, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfNaam;Plaats;Adres;Contactpersoon;E-mail;Telefoon;Groep vanaf;")
    assert "Ayşe Demir".encode() in data


def test_export_refuses_another_extension_and_a_missing_folder(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        with pytest.raises(InvalidInputError, match=r"\.csv of \.xlsx"):
            export_companies(session, tmp_path / "bedrijven.ods")
        with pytest.raises(InvalidInputError, match="bestaat niet"):
            export_companies(session, tmp_path / "weg" / "bedrijven.csv")


# --- files as schools have them ---------------------------------------------------------


def test_a_cp1252_comma_file_with_excel_quirks_imports(empty_db: Database, tmp_path: Path) -> None:
    text = (
        "  NAAM , Plaats ,E-MAIL,Opmerkingen,,\r\n"
        '"Café ""De Eend"", Zn.",Ede,info@eend.nl,"kost € 2, geëerd"\r\n'
        ",,,,,\r\n\r\n"
    )
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("cp1252"))
    parsed = parse_companies(read_table(path))
    with empty_db.transaction() as session:
        assert import_companies(session, parsed.rows).added == 1
    company = details(empty_db, 'Café "De Eend", Zn.')
    assert company.notes == "kost € 2, geëerd"
    assert company.contacts[0].email == "info@eend.nl"


def test_an_xlsx_list_imports_with_numbers_as_groups(empty_db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Company", "City", "Min grade", "Phone"])
    sheet.append(["Gamestudio Pixelpolder", "Amersfoort", 5.0, "06-2"])
    sheet.append([None, None, None, None])
    sheet.append(["Bad", "Ede", 12, None])
    path = tmp_path / "lijst.xlsx"
    workbook.save(path)
    parsed = parse_companies(read_table(path))
    assert [w.message for w in parsed.warnings] == [
        "Rij 4, kolom Min grade: '12' is geen groep van 1 tot en met 8; de tekst staat bij de "
        "opmerkingen van het bedrijf. Kies de groep in het venster bij het bedrijf, of vul in het "
        "bestand 1 tot en met 8 in."
    ]
    with empty_db.transaction() as session:
        assert import_companies(session, parsed.rows).added == 2
    assert details(empty_db, "Gamestudio Pixelpolder").min_grade == 5
    bad = details(empty_db, "Bad")
    assert (bad.min_grade, bad.notes) == (None, "Groep vanaf (uit het bestand): 12")


def test_ten_thousand_rows_import_quickly_and_again_change_nothing(empty_db: Database, tmp_path: Path) -> None:
    lines = [HEADER.strip()]
    worlds = ["Voeding & Natuur", "Energie, Water & Veiligheid", "Zorg & Welzijn"]
    for number in range(10_000):
        lines.append(
            f"Bedrijf {number};Plaats {number % 50};Straat {number};Contact {number};c{number}@example.nl;"
            f'06-{number:08d};{number % 8 + 1};"{worlds[number % 3]}";"Bakker; Beroep {number % 20}";'
        )
    path = tmp_path / "groot.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    start = time.perf_counter()
    parsed = parse_companies(read_table(path))
    with empty_db.transaction() as session:
        result = import_companies(session, parsed.rows)
    first = time.perf_counter() - start
    assert (result.added, len(result.new_professions)) == (10_000, 20)
    start = time.perf_counter()
    parsed = parse_companies(read_table(path))
    with empty_db.transaction() as session:
        again = import_companies(session, parsed.rows)
    second = time.perf_counter() - start
    print(f"\n10,000 companies: first import {first:.2f} s, second {second:.2f} s")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 10_000)
    assert first < 10 and second < 10


# --- issue 11: control characters and overlong fields ------------------------------------


@pytest.mark.parametrize(
    ("cell", "column", "said"),
    [
        ("Bakker\x1b[2J BV", "Naam", "stuurteken (\\x1b, Escape)"),
        ("Ede\x07", "Plaats", "stuurteken (\\x07, BEL)"),
        ("Ayşe\x08Demir", "Contactpersoon", "stuurteken (\\x08, Backspace)"),
        ("Zorg\x85", "Sector", "stuurteken (\\x85)"),
        ("let op\u202e", "Opmerkingen", "schrijfrichting"),
    ],
)
def test_a_control_character_refuses_the_row_by_row_and_column(
    empty_db: Database, cell: str, column: str, said: str
) -> None:
    values = {"Naam": "Bakker BV", "Plaats": "Ede", "Contactpersoon": "", "Sector": "", "Opmerkingen": ""}
    values[column] = cell
    text = "Naam;Plaats;Contactpersoon;Sector;Opmerkingen\nGoed BV;Zeist;;;\n" + ";".join(values.values()) + "\n"
    with pytest.raises(InvalidInputError) as caught:
        run_import(empty_db, text)
    message = str(caught.value)
    assert f"Rij 3, kolom {column}: de tekst bevat een" in message and said in message
    assert not any(ch in message for ch in "\x07\x08\x1b\x85\u202e")
    assert company_count(empty_db) == 0
    result = run_import(empty_db, text, skip_invalid=True)
    assert result.added == 1 and [p.row for p in result.skipped] == [3]


def test_notes_keep_their_tabs_and_line_breaks(empty_db: Database) -> None:
    run_import(empty_db, 'Naam;Opmerkingen\nBakker BV;"eerste regel\r\n\tinspringen"\n')
    assert details(empty_db, "Bakker BV").notes == "eerste regel\ninspringen"


def test_an_xlsx_note_longer_than_a_free_text_holds_is_refused_with_the_limit(
    empty_db: Database, tmp_path: Path
) -> None:
    workbook = Workbook()
    workbook.active.append(["Naam", "Opmerkingen"])
    workbook.active.append(["Bakker BV", "x" * 25_000])
    path = tmp_path / "bedrijven.xlsx"
    workbook.save(path)
    with pytest.raises(InvalidInputError) as caught:
        parse_companies(read_table(path))
    assert (
        "Rij 2, kolom Opmerkingen: de tekst is 25.000 tekens lang; er passen er 20.000. "
        "Kort de tekst in." in str(caught.value)
    )
    assert company_count(empty_db) == 0
