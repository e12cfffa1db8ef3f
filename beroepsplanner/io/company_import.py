"""Reading a list of companies from a table, before anything touches the database.

``recognise_columns`` finds the columns by their headers (Dutch or English,
any case, spaces and punctuation ignored); a caller that knows better (the
window, where the user maps the columns that were not recognised) passes its
own mapping to ``parse_companies``. Each row becomes a plain ``CompanyRow``
carrying its Excel row number; problems name that row and the column
("Rij 7, kolom E-mail: ..."). A file with a problem is refused whole, unless
the caller asks to skip the bad rows. Only what makes a row unusable is such a
problem: no name, a control character (``domain/text.py``), a malformed
e-mail address, a cell longer than its field holds (names as the database
holds them, notes ``MAX_FREE_TEXT``).

What a spreadsheet may have done to a cell (a phone number without its
leading 0, a note turned into a date, a formula without a stored result;
``io/spreadsheet_cells.py``) and a "Groep vanaf" the program does not
understand are *warnings* of their row: the row is read, the text that could
not be used is kept in the company's notes ("Groep vanaf (uit het bestand):
…"), and the warning says so.

What only the database can tell (which worlds exist) is checked by
``store/transfer/company_import.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from beroepsplanner.domain.company_details import (
    MAX_ADDRESS,
    MAX_EMAIL,
    MAX_NAME,
    MAX_PHONE,
    looks_like_email,
)
from beroepsplanner.domain.pupils import name_key
from beroepsplanner.domain.text import (
    character_problem,
    forbidden_character,
    lost_letter_problem,
    unprintable_character,
    visible,
)
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.gc_pause import gc_paused
from beroepsplanner.io.limits import MAX_FREE_TEXT, dutch_number
from beroepsplanner.io.spreadsheet_cells import (
    CellKind,
    looks_like_date,
    phone_problem,
    phone_problem_key,
)
from beroepsplanner.io.tables import Table, TableRow, column_label, header_key

# A refusal lists this many problems, then says how many more there are.
PROBLEMS_SHOWN = 20

GENERAL_CONTACT = "Algemeen"
"""The contact person an e-mail address or phone number without a name belongs to."""


class CompanyField(StrEnum):
    """A column the importer understands; the values are the Dutch headers of the export."""

    NAME = "Naam"
    PLACE = "Plaats"
    ADDRESS = "Adres"
    CONTACT = "Contactpersoon"
    EMAIL = "E-mail"
    PHONE = "Telefoon"
    MIN_GRADE = "Groep vanaf"
    WORLDS = "Werelden"
    PROFESSIONS = "Beroepen"
    NOTES = "Opmerkingen"


_ALIASES: dict[CompanyField, tuple[str, ...]] = {
    CompanyField.NAME: ("naam", "bedrijf", "bedrijfsnaam", "naambedrijf", "name", "company", "companyname"),
    CompanyField.PLACE: ("plaats", "woonplaats", "vestigingsplaats", "place", "city", "town"),
    CompanyField.ADDRESS: ("adres", "address", "straat", "bezoekadres"),
    CompanyField.CONTACT: ("contactpersoon", "contact", "contactperson", "naamcontactpersoon"),
    CompanyField.EMAIL: ("email", "mail", "emailadres", "mailadres", "emailaddress"),
    CompanyField.PHONE: ("telefoon", "tel", "telefoonnummer", "telnr", "phone", "phonenumber", "telephone"),
    CompanyField.MIN_GRADE: (
        "groepvanaf", "minimumgroep", "vanafgroep", "mingroep", "mingrade", "minimumgrade",
        "minimalegroep",
    ),
    CompanyField.WORLDS: (
        "sector", "sectoren", "wereld", "werelden", "world", "worlds", "wereldenvantechniek",
    ),
    CompanyField.PROFESSIONS: ("beroepen", "beroep", "professions", "profession", "jobs"),
    CompanyField.NOTES: ("opmerkingen", "opmerking", "notities", "notitie", "notes", "note", "remarks"),
}
_BY_KEY = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}
_GRADE = re.compile(r"^(?:groep\s*)?(\d+)(?:[.,]0+)?$", re.IGNORECASE)
# "vanaf groep 5", "groep 5-8", "5 t/m 8", "5/6", "5+": the first groep is the minimum.
_GRADE_FROM = re.compile(
    r"^(?:vanaf\s+)?(?:groep\s*)?([1-8])(?:\s*(?:-|/|t/m|tot en met|tot|\+)\s*(?:groep\s*)?[1-8]?)?\+?$",
    re.IGNORECASE,
)
_GRADE_WORDS = {"onderbouw": 1, "kleuters": 1, "middenbouw": 3, "bovenbouw": 6}
KEPT_GRADE = "Groep vanaf (uit het bestand)"
"""How a "Groep vanaf" the program does not understand is kept in the company's notes."""
# Text fields in which a date is suspicious: a spreadsheet made it of what was typed.
_DATE_SUSPECT = (
    CompanyField.PLACE, CompanyField.ADDRESS, CompanyField.CONTACT, CompanyField.PHONE,
    CompanyField.NOTES,
)
_LIMITS = {
    CompanyField.NAME: MAX_NAME,
    CompanyField.PLACE: MAX_NAME,
    CompanyField.ADDRESS: MAX_ADDRESS,
    CompanyField.CONTACT: MAX_NAME,
    CompanyField.EMAIL: MAX_EMAIL,
    CompanyField.PHONE: MAX_PHONE,
    CompanyField.NOTES: MAX_FREE_TEXT,
}


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based) holds which field, and the headers that meant nothing to us."""

    columns: Mapping[CompanyField, int]
    unrecognised: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowProblem:
    """A problem with one row; ``message`` starts with "Rij N"."""

    row: int
    message: str
    # The column (the file's own header, None for the row) and a key with values for the
    # message after "Rij N, kolom X: ", so the window can say it in another language.
    column: str | None = None
    key: str | None = None
    values: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class CompanyRow:
    """One row of the file, cleaned. ``None`` means the file has no such column.

    ``worlds_text`` and ``professions_text`` are the raw cells: which pieces are
    names the store decides, because a world's name may hold a comma.
    ``kept_notes`` are lines for the company's notes: text of the file the
    program could not use otherwise (a "Groep vanaf" it does not understand).
    """

    row: int
    name: str
    place: str | None = None
    address: str | None = None
    contact: str | None = None
    email: str | None = None
    phone: str | None = None
    min_grade: int | None = None
    worlds_text: str | None = None
    professions_text: str | None = None
    notes: str | None = None
    kept_notes: tuple[str, ...] = ()
    labels: Mapping[CompanyField, str] | None = None
    """How messages name the file's columns (its headers); None: the field's Dutch name."""

    def label(self, field: CompanyField) -> str:
        """The column of ``field`` as a message names it: the file's header."""
        return (self.labels or {}).get(field, field.value)

    @cached_property
    def key(self) -> tuple[str, str]:
        """The company this row is about: name and place, ignoring case and outer spaces."""
        return company_key(self.name, self.place or "")


@dataclass(frozen=True)
class CompanyFile:
    """The good rows of a file, the fields it has, the rows skipped (with why), and the
    warnings of rows that are read (a phone number without its 0, a date in a note)."""

    rows: tuple[CompanyRow, ...]
    fields: frozenset[CompanyField]
    skipped: tuple[RowProblem, ...] = ()
    warnings: tuple[RowProblem, ...] = ()


def company_key(name: str, place: str) -> tuple[str, str]:
    """Name and place as compared: trimmed, case folded."""
    return name_key(name), name_key(place)


def recognise_columns(headers: tuple[str, ...] | list[str]) -> ColumnMapping:
    """Map the headers we know to fields; a field's second column counts as unrecognised."""
    columns: dict[CompanyField, int] = {}
    unrecognised: list[str] = []
    for index, header in enumerate(headers):
        if not header.strip():
            continue
        field = _BY_KEY.get(header_key(header))
        if field is None or field in columns:
            unrecognised.append(header.strip())
        else:
            columns[field] = index
    return ColumnMapping(columns, tuple(unrecognised))


@gc_paused()
def parse_companies(
    table: Table,
    mapping: ColumnMapping | Mapping[CompanyField, int] | None = None,
    *,
    skip_invalid: bool = False,
) -> CompanyFile:
    """The rows of ``table`` as companies; columns from ``mapping`` or recognised from the headers.

    Raises ``InvalidInputError`` when there is no name column, or when a row has
    a problem (listing them by Excel row number) unless ``skip_invalid``: then
    the bad rows are left out and returned in ``skipped``.
    """
    if mapping is None:
        mapping = recognise_columns(table.headers)
    columns = dict(mapping.columns if isinstance(mapping, ColumnMapping) else mapping)
    if CompanyField.NAME not in columns:
        found = ", ".join(f"'{visible(h, 40)}'" for h in table.headers if h) or "geen"
        raise InvalidInputError(
            "Het bestand heeft geen kolom met de naam van het bedrijf. Geef die kolom de kop "
            f"'Naam' (of 'Bedrijf'). Gevonden kolommen: {found}.",
            key="companies-no-name-column",
            headers=tuple(visible(h, 40) for h in table.headers if h),
        )
    rows: list[CompanyRow] = []
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    labels = {field: column_label(table.headers, index) for field, index in columns.items()}
    for table_row in table.rows:
        row, row_problems, row_warnings = _parse_row(table_row, columns, table.headers, labels)
        if row_problems:
            problems += row_problems
        elif row is not None:
            rows.append(row)
            warnings += row_warnings
    if problems and not skip_invalid:
        raise InvalidInputError(
            refusal_message(problems),
            key="companies-refused",
            problems=tuple(problems[:PROBLEMS_SHOWN]),
            rows=len({p.row for p in problems}),
            more=max(0, len(problems) - PROBLEMS_SHOWN),
        )
    return CompanyFile(tuple(rows), frozenset(columns), tuple(problems), tuple(warnings))


def refusal_message(problems: list[RowProblem] | tuple[RowProblem, ...]) -> str:
    """The Dutch message that refuses a whole file, listing its problems by row."""
    rows = len({p.row for p in problems})
    lines = [
        f"Het bestand is niet ingelezen: {rows} {'rij heeft' if rows == 1 else 'rijen hebben'} "
        "een probleem. Verbeter het bestand en probeer het opnieuw, of lees alleen de goede "
        "rijen in (--skip-invalid)."
    ]
    lines += [p.message for p in problems[:PROBLEMS_SHOWN]]
    if len(problems) > PROBLEMS_SHOWN:
        lines.append(f"… en nog {len(problems) - PROBLEMS_SHOWN} problemen.")
    return "\n".join(lines)


def split_names(text: str, known: Callable[[str], bool], longest: int = 4) -> list[str]:
    """The names in one cell, separated by ``;`` or ``,``.

    A name may itself hold a comma ("Energie, Water & Veiligheid"): pieces split
    at a comma are joined again when together they are a ``known`` name of at
    most ``longest`` pieces (the most pieces a known name has), so the work
    grows with the length of the cell, not with its square or cube.
    """
    names: list[str] = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        if known(part):
            names.append(part)
            continue
        pieces = [p.strip() for p in part.split(",")]
        start = 0
        while start < len(pieces):
            end = next(
                (
                    e
                    for e in range(min(len(pieces), start + longest), start + 1, -1)
                    if known(", ".join(pieces[start:e]))
                ),
                start + 1,
            )
            joined = ", ".join(pieces[start:end])
            if joined:
                names.append(joined)
            start = end
    return list(dict.fromkeys(names))


def _parse_row(
    table_row: TableRow,
    columns: dict[CompanyField, int],
    headers: tuple[str, ...],
    labels: Mapping[CompanyField, str] | None = None,
) -> tuple[CompanyRow | None, list[RowProblem], list[RowProblem]]:
    values = {field: _clean(table_row.get(index)) for field, index in columns.items()}
    marks = {mark.column: mark for mark in table_row.marks}
    mapped_marks = [f for f, index in columns.items() if index in marks]
    if not any(values.values()) and not mapped_marks:
        return None, [], []  # a row with only unmapped cells, or spaces
    number = table_row.number
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []

    def place(field: CompanyField | None) -> str:
        if field is None:
            return f"Rij {number}"
        return f"Rij {number}, kolom {column_label(headers, columns[field])}"

    def problem(field: CompanyField | None, said: str, key: str | None = None, **values: object) -> None:
        column = None if field is None else column_label(headers, columns[field])
        problems.append(
            RowProblem(number, f"{place(field)}: {said}", column, key, tuple(values.items()))
        )

    def warning(field: CompanyField, said: str, key: str, **values: object) -> None:
        column = column_label(headers, columns[field])
        warnings.append(
            RowProblem(number, f"{place(field)}: {said}", column, key, tuple(values.items()))
        )

    for field in mapped_marks:
        mark = marks[columns[field]]
        if mark.kind is CellKind.FORMULA:
            formula = f" (={visible(mark.formula, 60)})" if mark.formula else ""
            text = (
                f"de cel is een formule{formula} zonder opgeslagen uitkomst; het programma rekent "
                "formules niet uit. Open het bestand in Excel of LibreOffice, sla het op (dan wordt "
                "de uitkomst bewaard) en lees het opnieuw in"
            )
            shown = visible(mark.formula, 60) if mark.formula else ""
            if field is CompanyField.NAME:
                problem(field, text + ".", "cell-formula", formula=shown)
            else:
                warning(field, text + "; deze cel is niet ingelezen.", "cell-formula-skipped", formula=shown)
        elif mark.kind is CellKind.DATE and field in _DATE_SUSPECT:
            warning(field, _date_warning(values[field]), "cell-date", text=visible(values[field], 60))

    for field in columns:
        # As read: a line break becomes a space (notes keep it); control characters refuse the row.
        cell = table_row.get(columns[field])
        refused = character_problem(cell, lines=True)
        if refused is not None:
            char = forbidden_character(cell, lines=True) or unprintable_character(cell)
            problem(field, refused, "text-character", char=char)
    if problems:
        return None, problems, []
    if not values[CompanyField.NAME]:
        problem(None, "de naam ontbreekt.", "name-missing")
    for field in (CompanyField.NAME, CompanyField.PLACE, CompanyField.CONTACT):
        # "?ahin Lasbedrijf" is "Şahin Lasbedrijf" after Excel's plain CSV: never stored, never
        # matched to the company (or contact) that has the real name.
        lost = lost_letter_problem(values.get(field) or "")
        if lost is not None:
            problem(field, lost, "lost-letter", text=visible(values.get(field) or "", 40))
    for field, limit in _LIMITS.items():
        if field in values and len(values[field]) > limit:
            problem(
                field,
                f"de tekst is {_thousands(len(values[field]))} tekens lang; er passen er "
                f"{_thousands(limit)}. Kort de tekst in.",
                "text-too-long",
                length=len(values[field]),
                limit=limit,
            )
    email = values.get(CompanyField.EMAIL, "")
    if email and not looks_like_email(email):
        problem(
            CompanyField.EMAIL,
            f"'{visible(email)}' is geen geldig e-mailadres (één @, geen spaties, een punt na de @, "
            "zoals naam@bedrijf.nl).",
            "invalid-email",
            email=visible(email),
        )
    kept: list[str] = []
    grade_text = values.get(CompanyField.MIN_GRADE, "")
    min_grade = _min_grade(grade_text) if grade_text else None
    if grade_text and min_grade is None:
        if len(grade_text) > MAX_NAME:
            problem(
                CompanyField.MIN_GRADE,
                f"'{visible(grade_text, 60)}' is geen groep en te lang om bij de opmerkingen te "
                "bewaren; vul 1 tot en met 8 in, of laat het leeg.",
                "grade-too-long",
                text=visible(grade_text, 60),
            )
        else:
            kept.append(f"{KEPT_GRADE}: {grade_text}")
            warning(
                CompanyField.MIN_GRADE,
                f"'{visible(grade_text)}' is geen groep van 1 tot en met 8; de tekst staat bij de "
                "opmerkingen van het bedrijf. Kies de groep in het venster bij het bedrijf, of vul "
                "in het bestand 1 tot en met 8 in.",
                "grade-kept",
                text=visible(grade_text),
            )
    for field in _DATE_SUSPECT:
        text = values.get(field, "")
        if text and looks_like_date(text) and not any(
            columns[field] == m.column and m.kind is CellKind.DATE for m in table_row.marks
        ):
            warning(field, _date_warning(text), "cell-date", text=visible(text, 60))
    phone = values.get(CompanyField.PHONE, "")
    phone_text = phone_problem(phone) if phone else None
    phone_key = phone_problem_key(phone) if phone else None
    if phone_text is not None and phone_key is not None:
        warning(
            CompanyField.PHONE,
            f"{phone_text} Het nummer is ingelezen zoals het er staat; verbeter het bij het "
            "bedrijf, of zet de kolom in Excel op Tekst, typ de nummers opnieuw en lees het "
            "bestand opnieuw in.",
            phone_key[0],
            phone=phone_key[1],
            digits=phone_key[2],
        )
    if problems:
        return None, problems, []
    return (
        CompanyRow(
            row=number,
            name=values[CompanyField.NAME],
            place=values.get(CompanyField.PLACE),
            address=values.get(CompanyField.ADDRESS),
            contact=values.get(CompanyField.CONTACT),
            email=values.get(CompanyField.EMAIL),
            phone=values.get(CompanyField.PHONE),
            min_grade=min_grade,
            worlds_text=values.get(CompanyField.WORLDS),
            professions_text=values.get(CompanyField.PROFESSIONS),
            notes=_keep_lines(table_row.get(columns[CompanyField.NOTES]))
            if CompanyField.NOTES in columns
            else None,
            kept_notes=tuple(kept),
            labels=labels,
        ),
        [],
        warnings,
    )


def _min_grade(text: str) -> int | None:
    """The groep a "Groep vanaf" cell means: 5, "groep 5", "vanaf groep 5", "5-8", "bovenbouw"."""
    match = _GRADE.match(text)
    if match:
        grade = int(match.group(1))
        return grade if 1 <= grade <= 8 else None
    match = _GRADE_FROM.match(text.strip())
    if match:
        return int(match.group(1))
    return _GRADE_WORDS.get(text.strip().casefold())


def _date_warning(text: str) -> str:
    return (
        f"'{visible(text, 60)}' is een datum; waarschijnlijk heeft een spreadsheet de tekst (zoals "
        "'1-3') in een datum veranderd. Het is ingelezen zoals het er staat; controleer het bij het "
        "bedrijf, of zet de kolom in Excel op Tekst en typ de tekst opnieuw."
    )


_thousands = dutch_number


def _clean(text: str) -> str:
    """One line: line breaks and runs of spaces inside a cell become one space."""
    return " ".join(text.split())


def _keep_lines(text: str) -> str:
    """Notes keep their line breaks (as \\n); only the spaces around them go."""
    return "\n".join(line.strip() for line in text.strip().splitlines())
