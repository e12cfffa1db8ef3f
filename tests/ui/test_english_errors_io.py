"""Errors and problems of reading files (``io/``) in the English window: real bad files read
by the real readers show English with their row and place numbers; the Dutch window shows the
readers' own Dutch text, as the command line prints it (issue 12, item 5)."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from beroepsplanner.errors import BeroepsplannerError, PlanFileError
from beroepsplanner.io.company_import import parse_companies
from beroepsplanner.io.plan_file import read_plan, read_plan_file
from beroepsplanner.io.pupil_import import read_class_list
from beroepsplanner.io.tables import read_table
from beroepsplanner.ui import error_text
from beroepsplanner.ui.english import errors_io, errors_plan_years
from tests.ui.test_domain_text import DUTCH_WORDS

ROOT = Path(__file__).resolve().parents[2] / "beroepsplanner"


def _refusal(read: Callable[[], object]) -> BeroepsplannerError:
    with pytest.raises(BeroepsplannerError) as caught:
        read()
    return caught.value


def _english(text: str, *quoted: str) -> None:
    """No Dutch word in ``text`` once the file's own words (``quoted``) are left out."""
    for words in quoted:
        text = text.replace(words, "")
    assert not DUTCH_WORDS.search(text), text


def _mixed_csv(tmp_path: Path) -> Path:
    path = tmp_path / "list.csv"
    path.write_bytes(
        "Roepnaam;Achternaam\nZoë;Jansen\n".encode() + "Renée;Dekker\n".encode("cp1252")
        + "Anaïs;Bos\n".encode("cp1252")
    )
    return path


def test_a_csv_with_lines_in_two_encodings(tmp_path: Path, english: None) -> None:
    path = _mixed_csv(tmp_path)
    exc = _refusal(lambda: read_table(path))
    shown = error_text.error(exc)
    assert shown.startswith("list.csv is not saved as UTF-8 throughout: lines 3, 4 have")
    assert "Save As > 'CSV UTF-8 (Comma delimited)'" in shown
    _english(shown)


def test_a_csv_with_lines_in_two_encodings_in_dutch(tmp_path: Path) -> None:
    exc = _refusal(lambda: read_table(_mixed_csv(tmp_path)))
    assert error_text.error(exc) == str(exc)
    assert str(exc).startswith("list.csv is niet helemaal als UTF-8 opgeslagen: de regels 3, 4 hebben")


def _xlsx_without_names(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Plaats", "Telefoon"])
    sheet.append(["Utrecht", "030-1234567"])
    path = tmp_path / "bedrijven.xlsx"
    book.save(path)
    return path


def test_an_xlsx_without_a_name_column(tmp_path: Path, english: None, qapp: object) -> None:
    table = read_table(_xlsx_without_names(tmp_path))
    exc = _refusal(lambda: parse_companies(table))
    shown = error_text.error(exc)
    assert shown == (
        "The file has no column with the name of the company. Give that column the header "
        "'Naam' (or 'Bedrijf'). Columns found: 'Plaats', 'Telefoon'."
    )
    exc = _refusal(lambda: read_class_list(table))
    shown = error_text.error(exc)
    assert "Columns found: 'Plaats', 'Telefoon'." in shown
    _english(shown, "'Roepnaam' or 'Voornaam'", "Plaats", "Telefoon")


def test_an_xlsx_without_a_name_column_in_dutch(tmp_path: Path) -> None:
    table = read_table(_xlsx_without_names(tmp_path))
    exc = _refusal(lambda: parse_companies(table))
    assert error_text.error(exc) == str(exc)
    assert str(exc).startswith("Het bestand heeft geen kolom met de naam van het bedrijf.")


def _company_file(tmp_path: Path) -> Path:
    path = tmp_path / "bedrijven.csv"
    path.write_text(
        "Naam;Plaats;E-mail;Groep vanaf\n"
        "Garage Eemzicht;Amersfoort;info@eemzicht.nl;5\n"
        ";Utrecht;;\n"
        "Bakkerij;Zeist;bakker at zeist;\n"
        "Boerderij;Ay?e;;6\n",
        encoding="utf-8",
    )
    return path


def test_a_company_file_with_bad_rows(tmp_path: Path, english: None) -> None:
    exc = _refusal(lambda: parse_companies(read_table(_company_file(tmp_path))))
    shown = error_text.error(exc)
    lines = shown.splitlines()
    assert lines[0].startswith("The file was not read: 3 rows have a problem.")
    assert lines[1] == "Row 3: the name is missing."
    assert lines[2].startswith("Row 4, column E-mail: 'bakker at zeist' is not a valid e-mail")
    assert lines[3].startswith("Row 5, column Plaats: 'Ay?e' has a question mark where a letter")
    _english(shown, "Plaats", "'Ay?e'", "bakker at zeist")


def test_a_company_file_with_bad_rows_in_dutch(tmp_path: Path) -> None:
    exc = _refusal(lambda: parse_companies(read_table(_company_file(tmp_path))))
    assert error_text.error(exc) == str(exc)
    assert str(exc).splitlines()[1] == "Rij 3: de naam ontbreekt."


def test_company_warnings_are_english(tmp_path: Path, english: None) -> None:
    path = tmp_path / "bedrijven.csv"
    path.write_text(
        "Naam;Telefoon;Groep vanaf;Opmerkingen\nGarage;301234567;bovenbouw-ish;1-3\n",
        encoding="utf-8",
    )
    parsed = parse_companies(read_table(path))
    shown = [error_text.row_problem(w) for w in parsed.warnings]
    assert shown[0].startswith("Row 2, column Groep vanaf: 'bovenbouw-ish' is not a group from 1")
    assert any(s.startswith("Row 2, column Telefoon: '301234567' has 9 digits") for s in shown)
    for text in shown:
        _english(text, "Groep vanaf", "bovenbouw-ish", "Telefoon", "Opmerkingen")


def _plan(tmp_path: Path) -> Path:
    plan = {
        "format": "beroepsplanner-plan",
        "version": 1,
        "school": {"name": "De Eemschool", "region": "midden"},
        "school_year": "2026-2027",
        "study_days": [],
        "companies": [],
        "classes": [{"name": "Groep 6", "grade": 6, "pupils": ["Fatima"]}],
        "chains": [
            {
                "class": "Groep 6",
                "activity": "tinkeren",
                "date": "2026-13-40",
                "preparation": [],
                "reflection": [],
                "transport": True,
            }
        ],
    }
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    return path


def test_a_plan_file_with_a_bad_date(tmp_path: Path, english: None) -> None:
    exc = _refusal(lambda: read_plan_file(_plan(tmp_path)))
    assert isinstance(exc, PlanFileError)
    shown = error_text.error(exc)
    lines = shown.splitlines()
    assert lines[0] == (
        f"The plan file {tmp_path / 'plan.json'} contains 2 errors; nothing was read or changed."
    )
    assert "- chains[0].date: '2026-13-40' is not a valid date (write YYYY-MM-DD)" in lines
    assert any(line.startswith("- chains[0].transport: unknown field") for line in lines)
    _english(shown)


def test_a_plan_file_with_a_bad_date_in_dutch(tmp_path: Path) -> None:
    exc = _refusal(lambda: read_plan_file(_plan(tmp_path)))
    assert isinstance(exc, PlanFileError)
    assert error_text.error(exc) == str(exc)
    assert "- chains[0].date: '2026-13-40' is geen geldige datum (schrijf JJJJ-MM-DD)" in str(exc)
    assert "chains[0].date: '2026-13-40' is geen geldige datum (schrijf JJJJ-MM-DD)" in exc.problems


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe{}", b"{\"format\": 1,}", b"[1]", b"{\"a\": NaN}", b"caf\xe9"],
)
def test_an_unreadable_plan_file(data: bytes, english: None) -> None:
    exc = _refusal(lambda: read_plan(data, source="plan.json"))
    shown = error_text.error(exc)
    assert shown.startswith("The plan file plan.json cannot be read: ")
    _english(shown)


def test_a_plan_file_of_another_kind(english: None) -> None:
    data = json.dumps({"format": "iets", "school_year": 5}).encode()
    shown = error_text.error(_refusal(lambda: read_plan(data)))
    assert shown.splitlines()[1] == (
        "- format: the text 'iets' is not a plan file of Beroepsplanner (expected "
        "'beroepsplanner-plan')"
    )


def test_an_xlsx_that_is_no_workbook(tmp_path: Path, english: None) -> None:
    path = tmp_path / "lijst.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    shown = error_text.error(_refusal(lambda: read_table(path)))
    assert shown == (
        "lijst.xlsx is not a readable Excel file (.xlsx). Save the file in Excel as CSV "
        "(semicolon-separated) or as .xlsx."
    )


def test_a_class_list_with_bad_rows(tmp_path: Path, english: None) -> None:
    path = tmp_path / "klas.csv"
    path.write_text("Roepnaam;Achternaam\nAy?e;Kaya\n;Jansen\nBram;de Vries\n", encoding="utf-8")
    exc = _refusal(lambda: read_class_list(read_table(path)))
    lines = error_text.error(exc).splitlines()
    assert lines[0] == "The class list was not read. Correct these rows and try again:"
    assert lines[1].startswith("Row 2, column Roepnaam: 'Ay?e' has a question mark")
    assert lines[2] == "Row 3: the first name is missing."
    _english("\n".join(lines), "Roepnaam", "'Ay?e'")


def test_every_plan_problem_has_a_key_with_english() -> None:
    """Every ``problems.add(...)`` and ``_unreadable(...)`` of the plan readers names a key
    with English (as ``test_error_keys`` does for the errors)."""
    templates = errors_io.templates() | errors_plan_years.templates()
    for relative in (
        "io/plan_fields.py", "io/plan_file.py", "io/plan_version1.py", "store/transfer/plan_references.py",
        "io/plan_version2.py", "io/plan_links.py", "io/plan_settings.py",
    ):
        tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "attr", getattr(call.func, "id", None))
            if name == "add" and len(call.args) >= 2:
                key = call.args[2] if len(call.args) > 2 else None
                if isinstance(key, ast.Call):  # a pupil name's key, passed on: errors_store
                    continue
            elif name == "_unreadable":
                key = next((k.value for k in call.keywords if k.arg == "key"), None)
            else:
                continue
            assert key is not None, f"{relative}:{call.lineno}: a problem without a key"
            for found in (n.value for n in ast.walk(key) if isinstance(n, ast.Constant)):
                assert found in templates, f"{relative}:{call.lineno}: {found!r} has no English"


def test_every_english_template_formats_without_dutch() -> None:
    """No Dutch word in a template, and every ``{place}`` is a name (a brace typo fails)."""
    for key, text in (errors_io.templates() | errors_plan_years.templates()).items():
        names = re.findall(r"(?<!\{)\{(\w*)\}(?!\})", text)
        assert all(names), key
        _english(
            re.sub(r"\{\w+\}", "", text),
            "'Naam' (or 'Bedrijf')", "'Roepnaam' or 'Voornaam'", "agenda.ics",
        )


def test_row_problem_without_english_shows_the_dutch(english: None) -> None:
    class Row:
        row, message, column, key, values = 4, "Rij 4: iets anders.", None, "unknown-key", ()

    assert error_text.row_problem(Row()) == "Rij 4: iets anders."


def test_the_class_list_report_and_notes(tmp_path: Path, english: None) -> None:
    path = tmp_path / "klas.csv"
    path.write_text(
        "Groepsoverzicht\nRoepnaam;Achternaam;Groep;Telefoon\nAnne Marie;Jansen;7;0612345678\n"
        "Bram;Vries;7;0612345679\n",
        encoding="utf-8",
    )
    class_list = read_class_list(read_table(path))
    shown = [error_text.keyed_line(line) for line in class_list.report()]
    assert shown[0] == "The first names come from the column 'Roepnaam'."
    assert "1 line above the column headers (a title or date) skipped." in shown
    assert "Not read and not kept: 'Telefoon'." in shown
    for line in shown:
        _english(line, "Roepnaam", "Achternaam", "Telefoon")
    notes = import_notes(class_list)
    for line in notes:
        _english(error_text.keyed_line(line), "Achternaam", "Anne Marie", "Groep 5", "groep 5")


def import_notes(class_list: object) -> list[str]:
    """The notes of adding ``class_list`` to a groep 5 class (no database: the same rules)."""
    from beroepsplanner.io.pupil_import import group_warning

    warning = group_warning({"7"}, "Groep 5", 5)
    assert error_text.keyed_line(warning) == (
        "The group column of the list names '7', but Groep 5 is group 5. Check whether this is "
        "the list of this class."
    )
    return [warning]


def test_the_class_list_report_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "klas.csv"
    path.write_text("Roepnaam;Telefoon\nBram;06\n", encoding="utf-8")
    report = read_class_list(read_table(path)).report()
    assert [error_text.keyed_line(line) for line in report] == report
    assert report[0] == "De voornamen komen uit de kolom 'Roepnaam'."
