"""The pupils of a class, known by a display name only.

Privacy: a pupil is a first name, perhaps with the first letter of the surname
("Sem A."); nothing else about a child is stored. A new name passes
``domain.pupil_names.display_name_from``, the one rule of every entry: it is
kept exactly as typed apart from the spaces around it (Ayşe, Łukasz,
"Anne Marie"), and refused when it holds a surname ("Jan de Vries",
"Vries, Jan"), two pupils ("Sem & Daan") or control characters. Comparisons
ignore case and Unicode composition, so the same name typed in two ways is
still one name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.pupil_names import NAME_MAX, PupilNameError, display_name_from
from beroepsplanner.domain.pupil_record import ChainPupilEntry
from beroepsplanner.domain.pupils import PupilChain, PupilData, PupilInfo, PupilRecord, name_key
from beroepsplanner.domain.text import (
    FORBIDDEN_IN_NAME,
    character_problem,
    problem_character,
    visible,
)
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.chain_pupils import pupil_entries, pupil_history
from beroepsplanner.store.models import Activity, Chain, Pupil, SchoolClass, SchoolYearRow
from beroepsplanner.store.row_versions import ensure_version

# NAME_MAX (from domain.pupil_names): the longest pupil display name and class name.

CONTROL_CHARACTERS = FORBIDDEN_IN_NAME
"""Control characters, tabs, line breaks, direction overrides: a name fits on one line."""

_ENDS_WITH_INITIAL = re.compile(r"\s\S{1,2}\.$")


def class_by_id(session: Session, class_id: int) -> SchoolClass:
    """The class with this id; NotFoundError (Dutch) when it no longer exists."""
    school_class = session.get(SchoolClass, class_id)
    if school_class is None:
        raise NotFoundError(
            "Deze klas bestaat niet meer; misschien is ze net verwijderd.", key="class-gone"
        )
    return school_class


def class_pupils(session: Session, class_id: int) -> list[PupilInfo]:
    """The pupils of a class, ordered by display name (ignoring case)."""
    school_class = class_by_id(session, class_id)
    return sorted(
        (PupilInfo(p.id, p.display_name, p.version) for p in school_class.pupils),
        key=lambda p: (name_key(p.display_name), p.id),
    )


def add_pupil(session: Session, class_id: int, display_name: str) -> int:
    """Add a pupil by display name to a class; returns the pupil's id.

    The name is trimmed and kept as typed otherwise (Ayşe, Łukasz, "Anne Marie").
    Empty names, names over 100 characters, names that hold a surname, two
    pupils or control characters (``display_name_from``) and a name the class
    already has (ignoring case) are refused with a Dutch message.
    """
    school_class = class_by_id(session, class_id)
    clean = _pupil_name(school_class, display_name, except_id=None)
    pupil = Pupil(display_name=clean)
    school_class.pupils.append(pupil)
    session.flush()
    return pupil.id


def rename_pupil(
    session: Session,
    pupil_id: int,
    display_name: str,
    *,
    undoing: bool = False,
    expected_version: int | None = None,
) -> str:
    """Give a pupil another display name (same checks as ``add_pupil``); returns the old one.

    ``undoing``: the name is one the pupil had before (an undo), so it is not held
    to the display-name rule again, which it may predate; only to one line,
    the length and the class's other names. With ``expected_version`` (the version the
    list showed) a pupil a colleague renamed since is refused
    (``row_versions.ChangedByColleagueError``).
    """
    ensure_version(
        session, Pupil, pupil_id, expected_version,
        newer=lambda: _pupil(session, pupil_id).display_name, mine=display_name,
    )
    pupil = _pupil(session, pupil_id)
    previous = pupil.display_name
    pupil.display_name = _pupil_name(
        pupil.school_class, display_name, except_id=pupil_id, new=not undoing
    )
    session.flush()
    return previous


def remove_pupil(session: Session, pupil_id: int) -> PupilRecord:
    """Remove a pupil; returns the id, class and name that ``restore_pupil`` needs."""
    pupil = _pupil(session, pupil_id)
    record = PupilRecord(pupil.id, pupil.class_id, pupil.display_name)
    pupil.school_class.pupils.remove(pupil)
    session.flush()
    return record


def restore_pupil(session: Session, record: PupilRecord) -> int:
    """Put a removed pupil back, under its old id when that is free; returns the id.

    The name was stored before, so only the class's other names are checked
    (an older name may predate the display-name rule; an undo must bring it back).
    """
    school_class = class_by_id(session, record.class_id)
    clean = _pupil_name(school_class, record.display_name, except_id=None, new=False)
    free = session.get(Pupil, record.id) is None
    pupil = Pupil(id=record.id if free else None, display_name=clean)
    school_class.pupils.append(pupil)
    session.flush()
    return pupil.id


def _pupil(session: Session, pupil_id: int) -> Pupil:
    pupil = session.get(Pupil, pupil_id)
    if pupil is None:
        raise NotFoundError(
            "Deze leerling bestaat niet meer; misschien is die net verwijderd.", key="pupil-gone"
        )
    return pupil


def _pupil_name(
    school_class: SchoolClass, display_name: str, *, except_id: int | None, new: bool = True
) -> str:
    clean = display_name.strip()
    if not clean:
        raise InvalidInputError("Vul de naam van de leerling in.", key="pupil-name-empty")
    problem = character_problem(clean)
    if problem is not None:
        raise InvalidInputError(
            _sentence(problem), key="pupil-name-character", char=problem_character(clean)
        )
    if len(clean) > NAME_MAX:
        raise InvalidInputError(
            f"Die naam is te lang (hoogstens {NAME_MAX} tekens). Een voornaam, eventueel "
            "met de eerste letter van de achternaam, is genoeg.",
            key="pupil-name-too-long",
            max=NAME_MAX,
        )
    if new:
        try:
            display_name_from(clean)
        except PupilNameError as exc:
            raise InvalidInputError(
                _sentence(exc.reason), key=exc.key, **dict(exc.values)
            ) from None
    for other in school_class.pupils:
        if other.id != except_id and name_key(other.display_name) == name_key(clean):
            initial = _ENDS_WITH_INITIAL.search(clean) is not None
            if initial:
                hint = "Maak de namen verschillend, bijvoorbeeld met twee letters van de achternaam."
            else:
                hint = (
                    "Voeg de eerste letter van de achternaam toe, "
                    f"bijvoorbeeld '{visible(other.display_name.split()[0])} A.'."
                )
            raise InvalidInputError(
                f"Er zit al een leerling '{visible(other.display_name)}' in "
                f"{visible(school_class.name)}. {hint}",
                key="pupil-exists-with-initial" if initial else "pupil-exists",
                name=visible(other.display_name),
                class_name=visible(school_class.name),
                first=visible(other.display_name.split()[0]),
            )
    return clean


def _sentence(reason: str) -> str:
    """A reason of ``display_name_from`` as a message on its own: a capital first."""
    return reason[:1].upper() + reason[1:]


# --- privacy: export one pupil, purge past school years --------------------------------


def pupil_record(session: Session, pupil_id: int) -> PupilData:
    """Everything stored about one pupil: display name, class, groep, school year and the
    chains (activity, date) of the class with the pupil's record in each; the same for the
    child's rows of earlier school years (``earlier``). NotFoundError (Dutch) when the
    pupil is gone."""
    history = pupil_history(session, _pupil(session, pupil_id))
    years = [_pupil_year(session, row) for row in history]
    return dataclasses.replace(years[-1], earlier=tuple(years[:-1]))


def _pupil_year(session: Session, pupil: Pupil) -> PupilData:
    school_class = pupil.school_class
    entries = {e.chain_id: e for e in pupil_entries(session, [pupil.id])}
    chains = session.execute(
        select(Chain.id, Activity.title, Chain.date)
        .join(Activity, Chain.activity_id == Activity.id)
        .where(or_(Chain.class_id == school_class.id, Chain.id.in_(list(entries))))
        .order_by(Chain.date, Chain.id)
    )
    return PupilData(
        display_name=pupil.display_name,
        class_name=school_class.name,
        grade=school_class.grade,
        school_year=school_class.school_year.label,
        chains=tuple(_pupil_chain(title, date, entries.get(chain_id)) for chain_id, title, date in chains),
    )


def _pupil_chain(title: str, date: dt.date, entry: ChainPupilEntry | None) -> PupilChain:
    if entry is None:
        return PupilChain(title, date)
    return PupilChain(
        title,
        date,
        absent=entry.absent,
        talents=tuple(t.label for t in entry.talents),
        wants_more=entry.wants_more,
        own_words=entry.own_words,
    )


def _pupils_who_left(session: Session, current_school_year_label: str) -> dict[int, str]:
    """The pupils' rows of school years before ``current_school_year_label`` whose pupil is
    no longer at school (no row of that year or later follows them through ``previous_id``),
    each with its school year."""
    rows = session.execute(
        select(Pupil.id, Pupil.previous_id, SchoolYearRow.label)
        .join(SchoolClass, Pupil.class_id == SchoolClass.id)
        .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
    ).all()
    previous = {pupil_id: previous_id for pupil_id, previous_id, _ in rows}
    still_here: set[int] = set()
    for pupil_id, _previous_id, label in rows:
        if label < current_school_year_label:
            continue
        earlier = previous.get(pupil_id)
        while earlier is not None and earlier not in still_here:
            still_here.add(earlier)
            earlier = previous.get(earlier)
    return {
        pupil_id: label
        for pupil_id, _previous_id, label in rows
        if label < current_school_year_label and pupil_id not in still_here
    }


def past_pupil_counts(session: Session, current_school_year_label: str) -> dict[str, int]:
    """How many pupils who left the school each school year before
    ``current_school_year_label`` still holds (only years that hold any), oldest first."""
    counts: dict[str, int] = {}
    for label in sorted(_pupils_who_left(session, current_school_year_label).values()):
        counts[label] = counts.get(label, 0) + 1
    return counts


def purge_past_pupils(session: Session, current_school_year_label: str) -> int:
    """Remove the pupils who left the school (groep 8 gone on, or left during a year): their
    rows in every school year before ``current_school_year_label``; returns how many rows.
    Classes and chains stay: only the pupils' names go, for good, and with them their record
    (``chain_pupils``, ON DELETE CASCADE). A pupil still at school keeps the rows and the
    record of all its years, the line its record is printed from until groep 8."""
    gone = list(_pupils_who_left(session, current_school_year_label))
    for start in range(0, len(gone), 500):
        batch = gone[start:start + 500]
        session.execute(delete(Pupil).where(Pupil.id.in_(batch)))
    if gone:
        session.expire_all()
    return len(gone)
