"""Reading a class list as pupil administration systems export it, keeping only display names.

A class list has columns such as Roepnaam/Voornaam, Tussenvoegsel, Achternaam
and Groep. Privacy: only a display name is kept — the first name ("roepnaam"
wins over "voornaam"), plus the first letter of the surname where two pupils
of the class share a first name ("Sem A.", "Sem D." for Sem Aksoy and Sem van
Dijk; the tussenvoegsel is left out). If the first letters are the same too, a
second and third letter are used ("Sem Ba.", "Sem Bo."), and as a last resort
a number. Surnames are never stored nor returned: parsing keeps at most three
letters of the surname, just enough for the display name.

A first-name cell that holds more than the first name ("Jan de Vries",
"Vries, Jan de") is reduced to it by ``domain.pupil_names.display_name_from``,
the rule every entry of pupil names shares; two pupils in one cell ("Sem &
Daan") and control characters refuse the list, naming row and column. The
import notes the rows it reduced, and warns when the list's Groep column names
another group than the class (``group_warning``): the command line prints the
warning, the window asks before adding. Adding the pupils to a class is the
database's half, ``store/transfer/pupil_import.py``; this module only reads the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from beroepsplanner.domain.problems import Problem
from beroepsplanner.domain.pupil_names import (
    SURNAME_LETTERS,
    NameColumn,
    PupilNameError,
    display_name_from,
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
from beroepsplanner.io.company_import import PROBLEMS_SHOWN
from beroepsplanner.io.spreadsheet_cells import FORMULA_PROBLEM, CellKind
from beroepsplanner.io.tables import Table, column_label, header_key, header_row_by

_FIRST_NAME = ("roepnaam", "roepnamen", "callname", "nickname")
_GIVEN_NAME = ("voornaam", "firstname", "givenname")
_GIVEN_NAMES = ("voornamen", "givennames", "firstnames")
_PARTICLE = ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "prefix")
_SURNAME = ("achternaam", "achternamen", "familienaam", "lastname", "surname", "geslachtsnaam")
_GROUP = (
    "groep", "klas", "group", "class", "grade", "jaargroep", "groepsnaam", "stamgroep",
    "combinatiegroep", "basisgroep", "leerjaar", "klasgroep", "groepklas", "stamklas",
)
_COLUMN_KIND = {
    "first": NameColumn.CALL_NAME,
    "given": NameColumn.GIVEN_NAME,
    "givens": NameColumn.GIVEN_NAMES,
}
_LETTERS = SURNAME_LETTERS
_GROUP_CODE = re.compile(r"(\d+)([^\W\d_]*)")


@dataclass(frozen=True)
class ClassListPupil:
    """A pupil of the list: the row, the first name and at most three letters of the surname.

    ``reduced``: the cell held more than the first name (a surname, a second
    name), which was left out. ``group``: the row's Groep cell, "" without one.
    """

    row: int
    first_name: str
    surname_letters: str = ""
    reduced: bool = False
    group: str = ""


@dataclass(frozen=True)
class ClassList:
    """What a class list gave: the pupils, and what the import tells the teacher about the file.

    ``name_column``: the header of the column the first names came from.
    ``surname_column``: the column whose first letters tell two pupils apart ("" none).
    ``group_column``: the group column that chose the rows ("" none).
    ``unused_columns``: headers the import did not read (and so did not keep).
    ``title_rows``: rows above the header that were looked past.
    ``other_groups``: groups of the file whose rows were left out, and ``left_out`` their rows.
    """

    pupils: tuple[ClassListPupil, ...]
    name_column: str
    surname_column: str = ""
    group_column: str = ""
    unused_columns: tuple[str, ...] = ()
    title_rows: int = 0
    other_groups: tuple[str, ...] = ()
    left_out: int = 0

    def report(self) -> list[str]:
        """Dutch lines saying which columns were read and which rows were left out; each a
        ``Problem`` with a key and values (the window says it in its language)."""
        name_column = visible(self.name_column, 40)
        lines: list[str] = [
            Problem(
                f"De voornamen komen uit de kolom '{name_column}'.", "", "class-list-name-column",
                column=name_column,
            )
        ]
        if self.surname_column:
            surname_column = visible(self.surname_column, 40)
            lines.append(
                Problem(
                    f"Uit de kolom '{surname_column}' wordt alleen een voorletter "
                    "gebruikt, als twee leerlingen dezelfde voornaam hebben.",
                    "", "class-list-surname-column", column=surname_column,
                )
            )
        if self.title_rows:
            lines.append(
                Problem(
                    f"{_count(self.title_rows, 'regel', 'regels')} boven de kolomkoppen "
                    f"({'een titel of datum' if self.title_rows == 1 else 'titels, datums'}) "
                    "overgeslagen.",
                    "",
                    "class-list-title-row" if self.title_rows == 1 else "class-list-title-rows",
                    count=self.title_rows,
                )
            )
        if self.other_groups:
            groups = ", ".join(f"'{visible(g, 40)}'" for g in self.other_groups[:PROBLEMS_SHOWN])
            group_column = visible(self.group_column, 40)
            lines.append(
                Problem(
                    f"Alleen de rijen van deze klas zijn gelezen (kolom "
                    f"'{group_column}'); {_count(self.left_out, 'rij', 'rijen')} "
                    f"van {groups} niet.",
                    "",
                    "class-list-left-out-row" if self.left_out == 1 else "class-list-left-out-rows",
                    column=group_column,
                    count=self.left_out,
                    groups=groups,
                )
            )
        if self.unused_columns:
            columns = ", ".join(f"'{visible(c, 40)}'" for c in self.unused_columns)
            lines.append(
                Problem(
                    f"Niet gelezen en niet bewaard: {columns}.", "", "class-list-unused-columns",
                    columns=columns,
                )
            )
        return lines


def parse_class_list(table: Table, class_name: str | None = None) -> list[ClassListPupil]:
    """The pupils of ``table`` (see ``read_class_list``)."""
    return list(read_class_list(table, class_name).pupils)


def read_class_list(table: Table, class_name: str | None = None) -> ClassList:
    """The pupils of ``table``, and which columns and rows gave them.

    The header is the first row with a first-name column (title rows above it
    are looked past). When the list's group columns (Stamgroep, Jaargroep,
    Klas, Groep, Combinatiegroep, ...) hold several groups, only the rows of
    ``class_name`` are taken ("6b" matches "Groep 6B"), from the column that
    holds the class's name. Each first name passes ``display_name_from``
    (reduced to the first name, or refused). Raises ``InvalidInputError``
    without a first-name column, when no row belongs to the class (listing the
    groups found), and listing by row and column every row without a first
    name, with two pupils in one cell, a name too long, a control character in
    a cell the import reads, or a "?" where a letter was lost.
    """
    found_table = header_row_by(table, lambda cells: _has_first_name(_columns(cells)))
    if found_table is None:
        found = ", ".join(f"'{visible(h, 40)}'" for h in table.headers if h) or "geen"
        raise InvalidInputError(
            "De klassenlijst heeft geen kolom met de voornaam. Geef die kolom de kop 'Roepnaam' "
            f"of 'Voornaam'. Gevonden kolommen: {found}.",
            key="class-list-no-first-name",
            headers=tuple(visible(h, 40) for h in table.headers if h),
        )
    table = found_table
    columns = _columns(table.headers)
    first_columns = [
        (columns[k], _COLUMN_KIND[k]) for k in ("first", "given", "givens") if k in columns
    ]
    group_columns = _group_columns(table.headers)
    read = sorted({*columns.values(), *group_columns})
    rows = [
        r for r in table.rows
        if any(r.get(i).strip() for i in read) or any(m.column in read for m in r.marks)
    ]
    problems: list[str] = []
    for row in rows:
        for index in read:
            problem = character_problem(row.get(index), lines=True)
            if problem is not None:
                place = f"Rij {row.number}, kolom {column_label(table.headers, index)}"
                problems.append(
                    Problem(
                        f"{place}: {problem}", "", "text-character", row=row.number,
                        column=column_label(table.headers, index),
                        char=forbidden_character(row.get(index), lines=True)
                        or unprintable_character(row.get(index)),
                    )
                )
        for mark in row.marks:
            if mark.kind is CellKind.FORMULA and mark.column in read:
                # Never read as empty: the name a formula makes is not in the file (issue 13).
                place = f"Rij {row.number}, kolom {column_label(table.headers, mark.column)}"
                problems.append(
                    Problem(
                        f"{place}: {FORMULA_PROBLEM}", "", "cell-formula", row=row.number,
                        column=column_label(table.headers, mark.column),
                    )
                )
    _refuse(problems)
    group_column = _choose_group_column(rows, group_columns, class_name)
    all_rows = rows
    if group_column is not None:
        rows = _rows_of_class(rows, group_column, class_name, table.headers)
    pupils: list[ClassListPupil] = []
    used_name_columns: dict[int, int] = {}
    name_cells = [columns[k] for k in ("particle", "surname") if k in columns]
    for row in rows:
        cell = next(((i, kind) for i, kind in first_columns if row.get(i).strip()), None)
        if cell is None:
            problems.append(
                Problem(f"Rij {row.number}: de voornaam ontbreekt.", "", "first-name-missing", row=row.number)
            )
            continue
        index, kind = cell
        lost = [i for i in (index, *name_cells) if lost_letter_problem(row.get(i))]
        if lost:
            place = f"Rij {row.number}, kolom {column_label(table.headers, lost[0])}"
            problems.append(
                Problem(
                    f"{place}: {lost_letter_problem(row.get(lost[0]))}", "", "lost-letter",
                    row=row.number, column=column_label(table.headers, lost[0]),
                    text=visible(row.get(lost[0]), 40),
                )
            )
            continue
        surname = " ".join(row.get(columns[k]) for k in ("particle", "surname") if k in columns)
        try:
            name = display_name_from(row.get(index), column=kind, surname=surname)
        except PupilNameError as exc:
            place = f"Rij {row.number}, kolom {column_label(table.headers, index)}"
            problems.append(
                Problem(
                    f"{place}: {exc.reason}", "", getattr(exc, "key", None), row=row.number,
                    column=column_label(table.headers, index), **dict(getattr(exc, "values", ())),
                )
            )
            continue
        used_name_columns[index] = used_name_columns.get(index, 0) + 1
        group = row.get(group_column).strip() if group_column is not None else ""
        pupils.append(ClassListPupil(row.number, name.name, name.surname_letters, name.reduced, group))
    _refuse(problems)
    name_index = max(used_name_columns, key=lambda i: used_name_columns[i], default=first_columns[0][0])
    used = {*used_name_columns, *name_cells, *([group_column] if group_column is not None else [])}
    unused = tuple(
        h.strip() for i, h in enumerate(table.headers) if h.strip() and i not in used
    )
    surname_index = columns.get("surname")
    other_rows = [r for r in all_rows if r not in rows] if group_column is not None else []
    others = sorted({r.get(group_column).strip() for r in other_rows if group_column is not None})
    return ClassList(
        pupils=tuple(pupils),
        name_column=column_label(table.headers, name_index),
        surname_column=column_label(table.headers, surname_index) if surname_index is not None else "",
        group_column=column_label(table.headers, group_column) if group_column is not None else "",
        unused_columns=unused,
        title_rows=len(table.title_rows),
        other_groups=tuple(g for g in others if g),
        left_out=len(other_rows),
    )


def _has_first_name(columns: dict[str, int]) -> bool:
    return any(k in columns for k in _COLUMN_KIND)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _refuse(problems: list[str]) -> None:
    if not problems:
        return
    shown = problems[:PROBLEMS_SHOWN]
    if len(problems) > PROBLEMS_SHOWN:
        shown.append(f"… en nog {len(problems) - PROBLEMS_SHOWN} problemen.")
    raise InvalidInputError(
        "De klassenlijst is niet ingelezen. Verbeter deze rijen en probeer het opnieuw:\n"
        + "\n".join(shown),
        key="class-list-refused",
        problems=tuple(problems[:PROBLEMS_SHOWN]),
        more=max(0, len(problems) - PROBLEMS_SHOWN),
    )


def display_names(pupils: Sequence[ClassListPupil], existing: Sequence[str] = ()) -> list[str]:
    """The display name of each pupil, in order (see the module's docstring for the rule).

    ``existing`` are the display names already in the class: a first name that
    one of them has counts as shared, so the newcomer gets an initial.
    """
    groups: dict[str, list[int]] = {}
    for index, pupil in enumerate(pupils):
        groups.setdefault(name_key(pupil.first_name), []).append(index)
    taken_first = {name_key(n.split()[0]) for n in existing if n.strip()}
    plain = {name_key(n) for n in existing}
    names = [""] * len(pupils)
    for key, members in groups.items():
        alone = len(members) == 1 and (key not in taken_first or key in plain)
        if alone:
            names[members[0]] = pupils[members[0]].first_name
            continue
        for index in members:
            names[index] = _with_initial(pupils[index], [pupils[i] for i in members if i != index])
        _number_duplicates(names, members)
    return names


def group_warning(groups: set[str] | frozenset[str], class_name: str, grade: int) -> str:
    """Dutch: the list's Groep column names no group that fits the class; "" when one fits.

    A group fits when it is the class's name ("6b" for "Groep 6b"), or holds the
    class's groep number ("8", "Groep 7/8" for a groep 8) without another
    letter ("6a" does not fit "Groep 6b").
    """
    if not groups or any(_group_fits(g, class_name, grade) for g in groups):
        return ""
    listed = ", ".join(f"'{visible(g, 40)}'" for g in sorted(groups)[:5])
    return Problem(
        f"De kolom Groep van de lijst noemt {listed}, maar {visible(class_name)} is groep "
        f"{grade}. Controleer of dit de lijst van deze klas is.",
        "",
        "pupils-group-does-not-fit",
        listed=listed,
        class_name=visible(class_name),
        grade=grade,
    )


def _group_fits(group: str, class_name: str, grade: int) -> bool:
    """A group fits the class when it is the class's name ("6B" for "Groep 6b"); when the
    class's name has groep numbers, when it has the same numbers and no other letter ("8" for
    "Groep 8b"; not "6/7" nor "6a" for "Groep 6b"); else when it holds the class's groep
    ("Groep 7/8" for a groep 8 called "Combinatie")."""
    if _group_key(group) == _group_key(class_name):
        return True
    codes = _GROUP_CODE.findall(group.casefold())
    numbers = {int(number) for number, _ in codes}
    letters = {letter for _, letter in codes if letter}
    class_codes = _GROUP_CODE.findall(class_name.casefold())
    if class_codes:
        class_letters = {letter for _, letter in class_codes if letter}
        same_numbers = numbers == {int(number) for number, _ in class_codes}
        return same_numbers and (not letters or letters == class_letters)
    return grade in numbers


def _columns(headers: Sequence[str]) -> dict[str, int]:
    wanted = {
        "first": _FIRST_NAME,
        "given": _GIVEN_NAME,
        "givens": _GIVEN_NAMES,
        "particle": _PARTICLE,
        "surname": _SURNAME,
    }
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        for field, aliases in wanted.items():
            if key in aliases and field not in columns:
                columns[field] = index
    return columns


def _with_initial(pupil: ClassListPupil, others: list[ClassListPupil]) -> str:
    letters = pupil.surname_letters
    if not letters:
        return pupil.first_name
    # Pupils with the very same letters cannot be told apart by more letters: they get a number.
    different = [o for o in others if name_key(o.surname_letters) != name_key(letters)]
    for length in range(1, len(letters) + 1):
        prefix = name_key(letters[:length])
        if all(name_key(o.surname_letters[:length]) != prefix for o in different):
            break
    initial = letters[:length]
    return f"{pupil.first_name} {initial[0].upper()}{initial[1:].lower()}."


def _number_duplicates(names: list[str], members: list[int]) -> None:
    """Two pupils that still have the same name are told apart by a number: "Sem V. (2)"."""
    seen: dict[str, int] = {}
    for index in members:
        key = name_key(names[index])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            names[index] = f"{names[index]} ({seen[key]})"


def _group_key(text: str) -> str:
    key = header_key(text)
    return key.removeprefix("groep").removeprefix("klas")


def _group_columns(headers: Sequence[str]) -> list[int]:
    """Every column whose header names a group (Stamgroep, Jaargroep, Klas, ...), in order."""
    return [i for i, h in enumerate(headers) if header_key(h) in _GROUP]


def _choose_group_column(rows: list, columns: list[int], class_name: str | None) -> int | None:
    """The group column that holds class names: one with a cell that is the class's name,
    else the one with the most different groups (Stamgroep 6a/6b over Jaargroep 6)."""
    if not columns:
        return None
    wanted = _group_key(class_name or "")

    def groups(column: int) -> set[str]:
        return {_group_key(r.get(column)) for r in rows if r.get(column).strip()}

    naming = [c for c in columns if wanted and wanted in groups(c)]
    candidates = naming or columns
    return max(candidates, key=lambda c: (len(groups(c)), -columns.index(c)))


def _rows_of_class(rows: list, column: int, class_name: str | None, headers: Sequence[str]) -> list:
    groups = {_group_key(r.get(column)) for r in rows if r.get(column).strip()}
    if len(groups) <= 1:
        return rows
    wanted = _group_key(class_name or "")
    chosen = [r for r in rows if _group_key(r.get(column)) == wanted]
    if not chosen:
        spelled: dict[str, str] = {}
        for row in rows:
            if row.get(column).strip():
                spelled.setdefault(_group_key(row.get(column)), row.get(column).strip())
        names = ", ".join(sorted(visible(g, 40) for g in spelled.values()))
        raise InvalidInputError(
            f"De lijst bevat leerlingen van meerdere groepen (kolom "
            f"'{column_label(headers, column)}': {names}) en geen van die groepen heet "
            f"'{visible(class_name or '')}'. Er is niets ingelezen. Lees een lijst van één groep "
            "in, of kies de klas met de naam van een van deze groepen.",
            key="class-list-other-groups",
            column=column_label(headers, column),
            groups=names,
            class_name=visible(class_name or ""),
        )
    return chosen
