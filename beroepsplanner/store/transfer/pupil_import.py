"""Adding the pupils of a class list to a class: the database's half of ``import pupils``.

``io/pupil_import.py`` reads the file into ``ClassListPupil`` rows without a database;
``import_pupils`` adds, in the caller's transaction (all or nothing), the display names
the class does not have yet (``io.pupil_import.display_names`` gives them).

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

from beroepsplanner.domain.problems import Problem
from beroepsplanner.domain.pupils import name_key
from beroepsplanner.domain.text import visible
from beroepsplanner.io.company_import import PROBLEMS_SHOWN
from beroepsplanner.io.pupil_import import ClassListPupil, display_names, group_warning
from beroepsplanner.store.pupils import add_pupil, class_by_id
from beroepsplanner.store.write_locks import exclusive


@dataclass(frozen=True)
class PupilImportResult:
    """Display names added, names already in the class, and notes for the teacher.

    ``group_warning``: the list's Groep column names another group than the
    class's (Dutch, "" when it fits or there is no such column).
    """

    added: tuple[str, ...]
    present: tuple[str, ...]
    notes: tuple[str, ...] = ()
    group_warning: str = ""


def import_pupils(session: Session, class_id: int, pupils: Sequence[ClassListPupil]) -> PupilImportResult:
    """Add the pupils of a class list that the class does not have yet, by display name.

    Works in the caller's transaction (all or nothing); returns what was added,
    what was already there, and notes for the teacher. One import at a time
    (``write_locks.exclusive``): a second list for the class finds the first's pupils.
    """
    exclusive(session)
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
    reduced = [p.row for p in pupils if p.reduced]
    if reduced:
        rows = _row_list(reduced)
        notes.append(
            Problem(
                f"{'Rij' if len(reduced) == 1 else 'Rijen'} {rows}: de cel met de voornaam bevatte "
                "meer dan de voornaam (een achternaam, of een tweede voornaam zonder eigen kolom "
                "Achternaam); alleen de voornaam is bewaard. Hernoem een leerling als een dubbele "
                "voornaam (Anne Marie) bedoeld was.",
                "",
                "pupils-reduced",
                rows=tuple(reduced[:PROBLEMS_SHOWN]),
                more=max(0, len(reduced) - PROBLEMS_SHOWN),
            )
        )
    for name in existing:
        key = name_key(name)
        sharing = [a for a in added if name_key(a.split()[0]) == key]
        if len(sharing) >= 1 and len(name.split()) == 1:
            shown = visible(name)
            notes.append(
                Problem(
                    f"'{shown}' stond al in {visible(school_class.name)}; de lijst heeft "
                    f"{' en '.join(repr(a) for a in sharing)} met dezelfde voornaam. Kijk welke van "
                    f"hen '{shown}' is en verwijder '{shown}' of de dubbele.",
                    "",
                    "pupils-same-first-name",
                    pupil=shown,
                    class_name=visible(school_class.name),
                    sharing=tuple(repr(a) for a in sharing),
                )
            )
    groups = {p.group for p in pupils if p.group}
    warning = group_warning(groups, school_class.name, school_class.grade)
    return PupilImportResult(tuple(added), tuple(present), tuple(notes), warning)


def _row_list(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:PROBLEMS_SHOWN])
    return shown + (f" en nog {len(rows) - PROBLEMS_SHOWN}" if len(rows) > PROBLEMS_SHOWN else "")
