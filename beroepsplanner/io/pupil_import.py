"""Reading a class list as pupil administration systems export it, keeping only display names.

A class list has columns such as Roepnaam/Voornaam, Tussenvoegsel, Achternaam
and Groep. Privacy: only a display name is kept — the first name ("roepnaam"
wins over "voornaam"), plus the first letter of the surname where two pupils
of the class share a first name ("Sem A.", "Sem D." for Sem Aksoy and Sem van
Dijk; the tussenvoegsel is left out). If the first letters are the same too, a
second and third letter are used ("Sem Ba.", "Sem Bo."), and as a last resort
a number. Surnames are never stored nor returned: parsing keeps at most three
letters of the surname, just enough for the display name.

A pupil already in the class: a file pupil is "already there" when the class
has a pupil under the name this file gives it, or under the plain first name
when the file has only one pupil with that first name (the teacher typed "Sem",
the list has one Sem). An existing pupil is never renamed: when the class has a
plain "Sem" and the file brings two Sems, the program cannot know which of the
two the existing one is, so both are added as "Sem A." and "Sem D." and the
result carries a note asking the teacher to check (and remove the plain "Sem").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.company_import import PROBLEMS_SHOWN
from beroepsplanner.io.tables import Table, header_key
from beroepsplanner.store.pupils import CONTROL_CHARACTERS, NAME_MAX, add_pupil, class_by_id, name_key

_FIRST_NAME = ("roepnaam", "roepnamen", "callname", "nickname")
_GIVEN_NAME = ("voornaam", "firstname", "givenname")
_GIVEN_NAMES = ("voornamen", "givennames", "firstnames")
_PARTICLE = ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "prefix")
_SURNAME = ("achternaam", "achternamen", "familienaam", "lastname", "surname", "geslachtsnaam")
_GROUP = ("groep", "klas", "group", "class", "grade", "jaargroep", "groepsnaam")
_PARTICLES = {
    "van", "de", "der", "den", "het", "'t", "t", "ter", "ten", "te", "in", "op", "aan", "bij",
    "onder", "uit", "over", "voor", "d'", "da", "das", "di", "do", "dos", "du", "del", "della",
    "la", "le", "les", "el", "al", "von", "vom", "zu", "zum", "zur", "l'", "'s", "s",
}
_LETTERS = 3


@dataclass(frozen=True)
class ClassListPupil:
    """A pupil of the list: the row, the first name and at most three letters of the surname."""

    row: int
    first_name: str
    surname_letters: str = ""


@dataclass(frozen=True)
class PupilImportResult:
    """Display names added, names already in the class, and notes for the teacher."""

    added: tuple[str, ...]
    present: tuple[str, ...]
    notes: tuple[str, ...] = ()


def parse_class_list(table: Table, class_name: str | None = None) -> list[ClassListPupil]:
    """The pupils of ``table``.

    When the list has a Groep column with several groups, only the rows of
    ``class_name`` are taken ("6b" matches "Groep 6B"). Raises
    ``InvalidInputError`` without a first-name column, for a row without a first
    name, or when no row belongs to the class.
    """
    columns = _columns(table.headers)
    first_columns = [columns[k] for k in ("first", "given", "givens") if k in columns]
    if not first_columns:
        found = ", ".join(f"'{h}'" for h in table.headers if h) or "geen"
        raise InvalidInputError(
            "De klassenlijst heeft geen kolom met de voornaam. Geef die kolom de kop 'Roepnaam' "
            f"of 'Voornaam'. Gevonden kolommen: {found}."
        )
    rows = [r for r in table.rows if any(r.get(i).strip() for i in columns.values())]
    if "group" in columns:
        rows = _rows_of_class(rows, columns["group"], class_name)
    pupils: list[ClassListPupil] = []
    problems: list[str] = []
    for row in rows:
        first = next(
            (
                _first_name(row.get(i), i == columns.get("givens"))
                for i in first_columns
                if row.get(i).strip()
            ),
            "",
        )
        if not first:
            problems.append(f"Rij {row.number}: de voornaam ontbreekt.")
        elif len(first) > NAME_MAX - 10:
            problems.append(f"Rij {row.number}: de voornaam is langer dan {NAME_MAX - 10} tekens.")
        else:
            surname = row.get(columns["surname"]) if "surname" in columns else ""
            pupils.append(ClassListPupil(row.number, first, _surname_letters(surname)))
    if problems:
        shown = problems[:PROBLEMS_SHOWN]
        if len(problems) > PROBLEMS_SHOWN:
            shown.append(f"… en nog {len(problems) - PROBLEMS_SHOWN} problemen.")
        raise InvalidInputError(
            "De klassenlijst is niet ingelezen. Verbeter deze rijen en probeer het opnieuw:\n"
            + "\n".join(shown)
        )
    return pupils


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


def import_pupils(session: Session, class_id: int, pupils: Sequence[ClassListPupil]) -> PupilImportResult:
    """Add the pupils of a class list that the class does not have yet, by display name.

    Works in the caller's transaction (all or nothing); returns what was added,
    what was already there, and notes for the teacher.
    """
    school_class = class_by_id(session, class_id)
    existing = [p.display_name for p in school_class.pupils]
    present_keys = {name_key(n) for n in existing}
    added: list[str] = []
    present: list[str] = []
    for name in display_names(pupils, existing):
        if name_key(name) in present_keys:
            present.append(name)
        else:
            add_pupil(session, class_id, name)
            present_keys.add(name_key(name))
            added.append(name)
    notes = []
    for name in existing:
        key = name_key(name)
        sharing = [a for a in added if name_key(a.split()[0]) == key]
        if len(sharing) >= 1 and len(name.split()) == 1:
            notes.append(
                f"'{name}' stond al in {school_class.name}; de lijst heeft "
                f"{' en '.join(repr(a) for a in sharing)} met dezelfde voornaam. Kijk welke van hen "
                f"'{name}' is en verwijder '{name}' of de dubbele."
            )
    return PupilImportResult(tuple(added), tuple(present), tuple(notes))


def _columns(headers: Sequence[str]) -> dict[str, int]:
    wanted = {
        "first": _FIRST_NAME,
        "given": _GIVEN_NAME,
        "givens": _GIVEN_NAMES,
        "particle": _PARTICLE,
        "surname": _SURNAME,
        "group": _GROUP,
    }
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        for field, aliases in wanted.items():
            if key in aliases and field not in columns:
                columns[field] = index
    return columns


def _first_name(text: str, given_names: bool) -> str:
    clean = " ".join(CONTROL_CHARACTERS.sub(" ", text).split())
    # "Voornamen" holds every given name ("Sem Johannes"); the first is the one used.
    return clean.split()[0] if given_names and clean else clean


def _surname_letters(surname: str) -> str:
    words = [w for w in surname.replace(",", " ").split() if w]
    main = next((w for w in words if w.casefold() not in _PARTICLES), words[-1] if words else "")
    letters = [ch for ch in main if ch.isalpha()]
    return "".join(letters[:_LETTERS])


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


def _rows_of_class(rows: list, column: int, class_name: str | None) -> list:  # type: ignore[type-arg]
    groups = {_group_key(r.get(column)) for r in rows if r.get(column).strip()}
    if len(groups) <= 1:
        return rows
    wanted = _group_key(class_name or "")
    chosen = [r for r in rows if _group_key(r.get(column)) == wanted]
    if not chosen:
        names = ", ".join(sorted({r.get(column).strip() for r in rows if r.get(column).strip()}))
        raise InvalidInputError(
            f"De lijst bevat leerlingen van meerdere groepen ({names}) en geen van die groepen "
            f"heet '{class_name}'. Lees een lijst van één groep in, of kies een klas met de naam "
            "van een van deze groepen."
        )
    return chosen
