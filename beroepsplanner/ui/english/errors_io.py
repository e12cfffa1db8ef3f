"""The English of the io errors with a key (see the package's docstring).

Besides the errors themselves, the keyed problems the io modules list: a company file's
row problems and warnings (``RowProblem``), a class list's refused rows and a plan file's
faults (``domain.problems.Problem``). ``error_text.row_problem`` and ``error_text.error`` put
their place in front ("Row 7, column E-mail: ", "chains[3].date: ").
"""

from __future__ import annotations

from collections.abc import Callable

from beroepsplanner.ui import domain_text
from beroepsplanner.ui.domain_text import DomainText
from beroepsplanner.ui.english.characters import character_problem


def _save_as() -> str:
    return DomainText.tr("Save the file in Excel as CSV (semicolon-separated) or as .xlsx.")


def _utf8_hint() -> str:
    return DomainText.tr(
        "Open the file in Excel and choose Save As > 'CSV UTF-8 (Comma delimited)' (or save "
        "it as .xlsx), and try again."
    )


def _quote_hint() -> str:
    return DomainText.tr(
        "In a CSV file such a cell nearly always comes from a quote (\") without a closing "
        "quote in this row or a row above: then the rest of the file becomes one cell. Correct "
        "that, or shorten the text, and try again."
    )


def _lost_letter_hint() -> str:
    return DomainText.tr(
        "Such a question mark is a letter that was lost when the file was saved as 'CSV "
        "(Comma delimited)': that knows no ş, ğ, ı, Ł or ć. Open the original file in Excel and "
        "choose Save As > 'CSV UTF-8 (Comma delimited)' or 'Excel Workbook (.xlsx)', and read "
        "that file."
    )


def _formula() -> str:
    return DomainText.tr(
        "the cell is a formula{formula} without a stored result; the program does not calculate "
        "formulas. Open the file in Excel or LibreOffice, save it (then the result is kept) and "
        "read it again"
    )


def _date_warning() -> str:
    return DomainText.tr(
        "'{text}' is a date; probably a spreadsheet turned the text (such as '1-3') into a "
        "date. It was read as it is; check it at the company, or set the column to Text in "
        "Excel and type the text again."
    )


def _phone_kept() -> str:
    return DomainText.tr(
        " The number was read as it is; correct it at the company, or set the column to Text "
        "in Excel, type the numbers again and read the file again."
    )


def _errors() -> dict[str, str]:
    save_as, too_large = _save_as(), DomainText.tr(
        "larger than {megabytes} MB, the limit for a file this program reads"
    )
    return {
        # tables.py
        "table-too-large": DomainText.tr("{name} is ")
        + too_large
        + DomainText.tr(
            ". Choose the right file: a class list or a list of companies is much smaller. "
            "Split a very large list into parts and read them one after the other."
        ),
        "table-missing": DomainText.tr("The file {path} does not exist. Choose another file."),
        "table-is-folder": DomainText.tr(
            "{path} is a folder, not a file. Choose a CSV or Excel file."
        ),
        "table-locked": DomainText.tr(
            "The file {path} cannot be read: it is locked or you may not open it. Close it in "
            "Excel (or another program) and try again."
        ),
        "table-unreadable": DomainText.tr("The file {path} cannot be read ({detail})."),
        "table-old-xls": DomainText.tr(
            "{name} is an old Excel file (.xls) or a file with a password; it cannot be read. "
        )
        + save_as,
        "table-not-xlsx": DomainText.tr("{name} is not a valid Excel file. ") + save_as,
        "csv-bad-unicode": DomainText.tr("{name} is damaged (no valid Unicode text). ") + save_as,
        "csv-not-text-nor-xlsx": DomainText.tr("{name} is not a text file nor an Excel file. ")
        + save_as,
        "csv-mixed-encodings": DomainText.tr(
            "{name} is not saved as UTF-8 throughout: {lines} characters in another encoding "
            "(such as Windows-1252), the rest is UTF-8. Read like this, names would be garbled; "
            "nothing was read. "
        )
        + _utf8_hint(),
        "csv-not-text": DomainText.tr("{name} is not a text file. ") + save_as,
        "csv-unreadable": DomainText.tr("{name} is not a readable CSV table ({detail}). ")
        + save_as,
        "table-too-many-rows": DomainText.tr(
            "{name} was not read: it has more than {limit} rows, the limit for a list this "
            "program reads. Is it the right list? Split a very large list into parts and read "
            "them one after the other."
        ),
        "csv-cell-too-long": DomainText.tr(
            "{name} was not read: a cell may hold at most {limit} characters (as many as Excel "
            "allows in a cell).\nRow {row}: a cell is longer than {longest} characters.\n"
        )
        + _quote_hint(),
        "table-too-wide": DomainText.tr(
            "{name} was not read: row {row} has a value in column {column}, but a table may be "
            "at most {limit} columns wide (up to and including column {last}). Remove what is "
            "next to the table and try again."
        ),
        "table-empty": DomainText.tr("{name} is empty: it holds no table."),
        "table-cells-too-long": DomainText.tr(
            "{name} was not read: a cell may hold at most {limit} characters (as many as Excel "
            "allows in a cell).\n{cells}\n"
        )
        + _quote_hint(),
        # xlsx.py
        "xlsx-unreadable": DomainText.tr("{name} is not a readable Excel file (.xlsx). ")
        + save_as,
        "xlsx-too-many-parts": DomainText.tr(
            "{name} was not read: it consists of {parts} parts; an Excel file with a table has "
            "at most {limit}. It is damaged or not an ordinary workbook. "
        )
        + save_as,
        "xlsx-unpacks-too-large": DomainText.tr(
            "{name} was not read: unpacked it is {size}, more than the {megabytes} MB this "
            "program reads of an Excel file. Is it the right list? Remove empty or formatted "
            "rows and columns below and next to the table and other worksheets, or split the "
            "list into parts and read them one after the other."
        ),
        "xlsx-no-sheet": DomainText.tr("{name} has no worksheet with a table."),
        "xlsx-damaged": DomainText.tr("{name} is damaged and cannot be read. ") + save_as,
        "xlsx-row-too-long": DomainText.tr(
            "{name} was not read: a row has more than {limit} cells, more than Excel knows. The "
            "file is damaged. "
        )
        + save_as,
        "xlsx-too-many-rows": DomainText.tr(
            "{name} was not read: the worksheet has more than {limit} rows, more than Excel "
            "knows. The file is damaged. "
        )
        + save_as,
        "xlsx-sheet-strange": DomainText.tr(
            "{name} was not read: the worksheet is not built the way Excel writes one (more than "
            "{limit} parts outside or inside one row). The file is damaged. "
        )
        + save_as,
        "xlsx-too-wide": DomainText.tr(
            "{name} was not read: cell {cell} has a value, but a table may be at most {limit} "
            "columns wide (up to and including column {last}). Remove that cell (or what is "
            "next to the table) and save the file again."
        ),
        # company_import.py, company_export.py
        "companies-no-name-column": DomainText.tr(
            "The file has no column with the name of the company. Give that column the header "
            "'Naam' (or 'Bedrijf'). Columns found: {headers}."
        ),
        "companies-refused": DomainText.tr(
            "The file was not read: {rows} a problem. Correct the file and try again, or read "
            "only the good rows.\n{problems}"
        ),
        "companies-export-suffix": DomainText.tr(
            "Choose a file name that ends in .csv or .xlsx, not '{file}'."
        ),
        # pupil_import.py
        "class-list-no-first-name": DomainText.tr(
            "The class list has no column with the first name. Give that column the header "
            "'Roepnaam' or 'Voornaam'. Columns found: {headers}."
        ),
        "class-list-refused": DomainText.tr(
            "The class list was not read. Correct these rows and try again:\n{problems}"
        ),
        "class-list-other-groups": DomainText.tr(
            "The list holds pupils of several groups (column '{column}': {groups}) and none of "
            "those groups is called '{class_name}'. Nothing was read. Read a list of one group, "
            "or choose the class with the name of one of these groups."
        ),
        # ical.py
        "calendar-class-empty": DomainText.tr(
            "{class_name} has no chains yet; there is nothing for the calendar."
        ),
        "calendar-year-empty": DomainText.tr(
            "There are no chains in school year {year} yet; there is nothing for the calendar."
        ),
        "calendar-no-year": DomainText.tr(
            "This database has no school year with classes yet. First create a class."
        ),
        "calendar-suffix": DomainText.tr(
            "{file}: a calendar file ends in .ics; choose for example agenda.ics."
        ),
        # plan_export.py
        "plan-export-no-year": DomainText.tr(
            "This database holds no school with a school year yet; there is nothing to export."
        ),
        "plan-export-no-class": DomainText.tr(
            "The class '{class_name}' does not exist in school year {year}. Classes in that "
            "year: {known}."
        ),
        "plan-export-no-such-year": DomainText.tr(
            "School year {year} is not in the database (these are: {known})."
        ),
        # plan_file.py, plan_fields.py, plan_references.py
        "plan-too-large": DomainText.tr("The plan file {path} is ")
        + too_large
        + DomainText.tr(
            "; a plan file of a whole school is a few MB. Choose the right file. Nothing was "
            "read or changed."
        ),
        "plan-missing": DomainText.tr(
            "The plan file {path} does not exist. Check the name and the folder."
        ),
        "plan-is-folder": DomainText.tr("{path} is a folder, not a plan file. Give a file."),
        "plan-locked": DomainText.tr(
            "The plan file {path} may not be read. Check whether you may open it."
        ),
        "plan-unreadable": DomainText.tr("The plan file {path} cannot be read ({detail})."),
        "plan-not-object": _unreadable(
            DomainText.tr("it holds {found} instead of a plan object {{ ... }}")
        ),
        "plan-utf16": _unreadable(
            DomainText.tr(
                "it is saved as UTF-16 (Unicode). Save the file as UTF-8 (in Notepad: Save As, "
                "Encoding: UTF-8) and try again."
            )
        ),
        "plan-not-utf8": _unreadable(
            DomainText.tr(
                "it is not UTF-8 text (the character {byte} on line {line}, column {column} is "
                "not UTF-8). Save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8) and "
                "try again."
            )
        ),
        "plan-empty": _unreadable(DomainText.tr("the file is empty.")),
        "plan-bad-json": _unreadable(
            DomainText.tr("it is not valid JSON: line {line}, column {column}: {detail}.")
        ),
        "plan-json-constant": _unreadable(
            DomainText.tr("it is not valid JSON: {constant} is not a number in JSON.")
        ),
        "plan-too-deep": _unreadable(
            DomainText.tr("it is nested too deeply to be a plan file.")
        ),
        "plan-number-too-long": _unreadable(DomainText.tr("it holds a number that is too long.")),
        "plan-faults": DomainText.tr("{plan} contains {faults}; nothing was read or changed.")
        + "{lines}",
        "plan-other-school": DomainText.tr(
            "{plan} is of {school} (region {region}), but this database belongs to "
            "{database_school} (region {database_region}). One database holds one school: "
            "import into a new database file. Nothing was read or changed."
        ),
    }


def _unreadable(why: str) -> str:
    return (
        DomainText.tr("{plan} cannot be read: ")
        + why
        + DomainText.tr(" Nothing was read or changed.")
    )


def _problems() -> dict[str, str]:
    """The English of a row problem or a plan file's fault, after its place."""
    return {
        # a row of a company file or a class list
        "name-missing": DomainText.tr("the name is missing."),
        "first-name-missing": DomainText.tr("the first name is missing."),
        "invalid-email": DomainText.tr(
            "'{email}' is not a valid e-mail address (one @, no spaces, a dot after the @, like "
            "name@company.nl)."
        ),
        "cell-formula": _formula() + ".",
        "cell-formula-skipped": _formula() + DomainText.tr("; this cell was not read."),
        "cell-date": _date_warning(),
        "text-character": "{problem}",
        "lost-letter": DomainText.tr("'{text}' has a question mark where a letter belongs. ")
        + _lost_letter_hint(),
        "text-too-long": DomainText.tr(
            "the text is {length} characters long; {limit} fit. Shorten the text."
        ),
        "grade-too-long": DomainText.tr(
            "'{text}' is not a group and too long to keep with the notes; fill in 1 to 8, or "
            "leave it empty."
        ),
        "grade-kept": DomainText.tr(
            "'{text}' is not a group from 1 to 8; the text is in the company's notes. Choose "
            "the group in the window at the company, or fill in 1 to 8 in the file."
        ),
        "phone-scientific": DomainText.tr(
            "'{phone}' is a number in scientific notation: a spreadsheet stored the phone "
            "number as a number and dropped digits of it."
        )
        + _phone_kept(),
        "phone-lost-zero": DomainText.tr(
            "'{phone}' has 9 digits: probably a spreadsheet dropped the 0 at the start "
            "(0{digits})."
        )
        + _phone_kept(),
        "phone-lost-plus": DomainText.tr(
            "'{phone}' looks like a number with a country code whose + a spreadsheet dropped "
            "(+{digits})."
        )
        + _phone_kept(),
        # a line of a class list's report, a note of its import
        "class-list-name-column": DomainText.tr("The first names come from the column '{column}'."),
        "class-list-surname-column": DomainText.tr(
            "Of the column '{column}' only an initial is used, when two pupils have the same "
            "first name."
        ),
        "class-list-title-row": DomainText.tr(
            "1 line above the column headers (a title or date) skipped."
        ),
        "class-list-title-rows": DomainText.tr(
            "{count} lines above the column headers (titles, dates) skipped."
        ),
        "class-list-left-out-row": DomainText.tr(
            "Only the rows of this class were read (column '{column}'); 1 row of {groups} not."
        ),
        "class-list-left-out-rows": DomainText.tr(
            "Only the rows of this class were read (column '{column}'); {count} rows of {groups} "
            "not."
        ),
        "class-list-unused-columns": DomainText.tr("Not read and not kept: {columns}."),
        "pupils-reduced": DomainText.tr(
            "{rows}: the cell with the first name held more than the first name (a surname, or a "
            "second first name without its own column Achternaam); only the first name was kept. "
            "Rename a pupil if a double first name (Anne Marie) was meant."
        ),
        "pupils-same-first-name": DomainText.tr(
            "'{pupil}' was already in {class_name}; the list has {sharing} with the same first "
            "name. See which of them is '{pupil}' and delete '{pupil}' or the double."
        ),
        "pupils-group-does-not-fit": DomainText.tr(
            "The group column of the list names {listed}, but {class_name} is group {grade}. "
            "Check whether this is the list of this class."
        ),
        # a fault of a plan file
        "plan-text-expected": DomainText.tr("text expected, found: {found}"),
        "plan-lone-surrogate": DomainText.tr(
            "the text holds an invalid character (a lone \\u escape)"
        ),
        "plan-blank": DomainText.tr("may not be empty"),
        "plan-text-too-long": DomainText.tr(
            "too long: {length} characters, at most {limit}; shorten the text"
        ),
        "plan-free-text-too-long": DomainText.tr(
            "too long: {length} characters, at most {limit} for a free text (notes, "
            "description); shorten the text"
        ),
        "plan-date-expected": DomainText.tr("date expected (YYYY-MM-DD), found: {found}"),
        "plan-bad-date": DomainText.tr("'{text}' is not a valid date (write YYYY-MM-DD)"),
        "plan-date-outside-year": DomainText.tr(
            "{text} is outside school year {year} ({start} up to and including {end})"
        ),
        "plan-object-expected": DomainText.tr("object expected, found: {found}"),
        "plan-field-twice": DomainText.tr("this field is there more than once"),
        "plan-field-missing": DomainText.tr("the required field '{field}' is missing"),
        "plan-unknown-field": DomainText.tr("unknown field{hint}"),
        "plan-uid-expected": DomainText.tr(
            "an identifier like '3f2b8c1e-0d4a-4b7e-9a61-5c2d8e7f1a90' expected, found: {found}"
        ),
        "plan-integer-expected": DomainText.tr("whole number expected, found: {found}"),
        "plan-integer-or-null-expected": DomainText.tr(
            "whole number or null expected, found: {found}"
        ),
        "plan-out-of-range": DomainText.tr("{number} is not between {low} and {high}"),
        "plan-boolean-expected": DomainText.tr("true or false expected, found: {found}"),
        "plan-not-allowed": DomainText.tr("{found} is not allowed; choose from {allowed}"),
        "plan-time-expected": DomainText.tr(
            "time as HH:MM (like \"08:30\") or null expected, found: {found}"
        ),
        "plan-list-expected": DomainText.tr("list expected, found: {found}"),
        "plan-format-missing": DomainText.tr(
            "this field is missing; a plan file of Beroepsplanner starts with "
            "\"format\": \"{format}\""
        ),
        "plan-wrong-format": DomainText.tr(
            "{found} is not a plan file of Beroepsplanner (expected '{format}')"
        ),
        "plan-version-missing": DomainText.tr(
            "this field is missing (the version of the file format, now 2)"
        ),
        "plan-unknown-version": DomainText.tr(
            "this program does not know version {found} (known: {known}). Does the file come "
            "from a newer Beroepsplanner? Then update the program."
        ),
        "plan-bad-school-year": DomainText.tr(
            "{found} is not a school year; write two consecutive years, for example '2026-2027'"
        ),
        "plan-twice": DomainText.tr("{text} is there before"),
        "plan-date-twice": DomainText.tr("this date is there more than once"),
        "plan-note-not-study-day": DomainText.tr("this date is not in study_days"),
        "plan-holiday-not-movable": DomainText.tr("'{holiday}' cannot be moved; choose {allowed}"),
        "plan-class-twice": DomainText.tr("the class '{class_name}' is there before ({first})"),
        "plan-pupil-twice": DomainText.tr("'{pupil}' is in this class before ({first})"),
        "plan-company-twice": DomainText.tr(
            "the company '{company}' in '{company_place}' is there before ({first})"
        ),
        "plan-place-without-company": DomainText.tr("belongs to 'company', which is missing"),
        "plan-role-models-without-company": DomainText.tr(
            "role models belong to a company; fill in 'company'"
        ),
        "plan-core-objective-expected": DomainText.tr(
            "core objective {low} to {high} expected, found: {found}"
        ),
        "plan-back-before-departure": DomainText.tr(
            "the class is back at {back} but leaves at {departure}; the return must be after the "
            "departure"
        ),
        "plan-class-exists": DomainText.tr(
            "the class '{class_name}' already exists in school year {year}; use --replace to "
            "replace it with its pupils and chains"
        ),
        "plan-class-unknown": DomainText.tr(
            "the class '{class_name}' is not in the file and not in the database (school year "
            "{year})"
        ),
        "plan-unknown-world": DomainText.tr("unknown world or sector '{world}'"),
        "plan-unknown-profession": DomainText.tr("unknown profession '{profession}'"),
        "plan-unknown-activity": DomainText.tr("unknown activity '{activity}'{hint}"),
        "plan-no-such-template": DomainText.tr(
            "activity '{activity}' has {count} {lesson} templates ({numbers}); {template} does "
            "not exist. Use null for a lesson without a template."
        ),
        "plan-company-unknown": DomainText.tr(
            "the company {named} is not in 'companies' and not in the database"
        ),
        "plan-company-ambiguous": DomainText.tr(
            "there are more companies {named} (place {places}); name the place in "
            "'company_place'"
        ),
        "plan-no-such-role-model": DomainText.tr(
            "the company {named} has no role model '{role_model}' (or not that often)"
        ),
    }


def templates() -> dict[str, str]:
    """Key → English text with ``{name}`` places for the error's values."""
    return {**_errors(), **_problems()}


_NUMBERS = frozenset({"limit", "length", "parts", "longest", "count_found"})


def values(
    key: str,
    found: dict[str, object],
    *,
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> dict[str, object]:
    """The error's values in English where a value is itself Dutch (a description of a JSON
    value, a region, a list of problems) or a number (written 100,000)."""
    found = dict(found)
    for name in _NUMBERS & found.keys():
        if str(found[name]).isdigit():
            found[name] = f"{int(str(found[name])):,}"
    if "found" in found:
        found["found"] = describe(str(found["found"]))
    if "source" in found:
        source = str(found["source"])
        found["plan"] = (
            DomainText.tr("The plan file %1").replace("%1", source)
            if source
            else DomainText.tr("The plan file")
        )
    for name in ("region", "database_region"):
        if name in found:
            from beroepsplanner.domain.kinds import Region

            found[name] = domain_text.region(Region(str(found[name])))
    if "headers" in found:
        headers = found["headers"]
        found["headers"] = ", ".join(f"'{h}'" for h in headers) if isinstance(headers, (tuple, list)) and headers else DomainText.tr(
            "none"
        )
    if "known" in found and isinstance(found["known"], tuple):
        found["known"] = ", ".join(str(k) for k in found["known"]) or DomainText.tr("none")
    if "allowed" in found and isinstance(found["allowed"], tuple):
        found["allowed"] = DomainText.tr(" or ").join(f"'{a}'" for a in found["allowed"])
    if "char" in found:
        found["problem"] = character_problem(str(found["char"]))
    if "hint" in found:
        hint = str(found["hint"])
        if hint:
            found["hint"] = DomainText.tr(" (did you mean '%1'?)").replace("%1", hint)
        elif key == "plan-unknown-activity":
            found["hint"] = DomainText.tr("; 'beroepsplanner list activities' shows the keys")
    if key == "plan-no-such-template":
        count = int(str(found.get("count", 0)))
        found["numbers"] = (
            DomainText.tr("number 0 up to and including %1").replace("%1", str(count - 1))
            if count
            else DomainText.tr("none")
        )
    more = int(str(found.get("more", 0)) or 0)
    if key == "csv-mixed-encodings":
        lines = found.get("lines", ())
        shown = ", ".join(str(n) for n in lines) if isinstance(lines, tuple) else str(lines)
        if more:
            shown += DomainText.tr(" and %1 more").replace("%1", str(more))
        found["lines"] = (
            DomainText.tr("line %1 has").replace("%1", shown)
            if isinstance(lines, tuple) and len(lines) == 1 and not more
            else DomainText.tr("lines %1 have").replace("%1", shown)
        )
    if key == "table-cells-too-long":
        cells = found.get("cells", ())
        lines_ = [
            DomainText.tr("Row %1, column %2: the cell is %3 characters long.")
            .replace("%1", str(row))
            .replace("%2", str(column))
            .replace("%3", f"{length:,}")
            for row, column, length in (cells if isinstance(cells, tuple) else ())
        ]
        if more:
            lines_.append(DomainText.tr("… and %1 more.").replace("%1", str(more)))
        found["cells"] = "\n".join(lines_)
    if key in ("companies-refused", "class-list-refused"):
        problems = found.get("problems", ())
        lines_ = [row_problem(p) for p in (problems if isinstance(problems, tuple) else ())]
        if more:
            lines_.append(DomainText.tr("… and %1 more problems.").replace("%1", str(more)))
        found["problems"] = "\n".join(lines_)
        rows = int(str(found.get("rows", 0)) or 0)
        found["rows"] = (
            DomainText.tr("1 row has") if rows == 1 else DomainText.tr("%1 rows have").replace(
                "%1", str(rows)
            )
        )
    if key == "pupils-reduced":
        reduced = found.get("rows", ())
        shown = ", ".join(str(r) for r in reduced) if isinstance(reduced, tuple) else str(reduced)
        if more:
            shown += DomainText.tr(" and %1 more").replace("%1", str(more))
        single = isinstance(reduced, tuple) and len(reduced) == 1 and not more
        found["rows"] = (DomainText.tr("Row %1") if single else DomainText.tr("Rows %1")).replace(
            "%1", shown
        )
    if "sharing" in found and isinstance(found["sharing"], tuple):
        found["sharing"] = DomainText.tr(" and ").join(str(s) for s in found["sharing"])
    if key == "plan-faults":
        count = int(str(found.get("count", 0)))
        found["faults"] = (
            DomainText.tr("an error") if count == 1 else DomainText.tr("%1 errors").replace(
                "%1", str(count)
            )
        )
        found["lines"] = ""
    return found


def describe(dutch: str) -> str:
    """``plan_fields.describe``'s Dutch description of a JSON value in English."""
    if dutch.startswith("de tekst "):
        return DomainText.tr("the text %1").replace("%1", dutch[len("de tekst "):])
    if dutch.startswith("het getal "):
        return DomainText.tr("the number %1").replace("%1", dutch[len("het getal "):])
    if dutch == "een lijst":
        return DomainText.tr("a list")
    if dutch == "een object":
        return DomainText.tr("an object")
    return dutch  # null, true, false


__all__ = ["DomainText", "describe", "templates", "values"]
