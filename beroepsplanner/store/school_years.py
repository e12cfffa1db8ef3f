"""Which school year a command works on: the one rule (issue 15, item 1).

A database can hold several school years after ``year new``. A command that works on one
of them takes ``--school-year JJJJ-JJJJ``; without it, the current school year (the one
today's date falls in, 1 August to 31 July) when the database has it, else the newest.
``chosen_school_year`` is that rule; ``chain_in_school_year`` checks that a chain asked for
by number belongs to a year that was named explicitly, and ``class_not_in_year`` says that
a class name is not in the year asked for (``store/classes.find_class``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import NotFoundError
from beroepsplanner.store.models import Chain, SchoolClass, SchoolYearRow


def _today() -> dt.date:
    """Today's date: the one place the rule reads the clock (tests replace it)."""
    return dt.date.today()


def school_year_labels(session: Session) -> list[str]:
    """The labels of every school year in the database, oldest first."""
    return list(session.scalars(select(SchoolYearRow.label).order_by(SchoolYearRow.label)))


def chosen_school_year(
    session: Session, label: str | None, today: dt.date | None = None
) -> SchoolYearRow:
    """The school year ``label`` (it must exist), or without a label the school year that
    contains ``today`` (default: today's date) if the database has it, else the newest.

    Raises InvalidInputError (Dutch, keyed) for a label that is not a school year and
    NotFoundError for one the database does not hold, or a database without school years.
    """
    wanted = SchoolYear.parse(label).label if label is not None else None
    rows = list(session.scalars(select(SchoolYearRow).order_by(SchoolYearRow.label)))
    if not rows:
        raise NotFoundError(
            "Deze database heeft nog geen schooljaar. Maak eerst een klas aan (of probeer "
            "'beroepsplanner demo' in een nieuw bestand).",
            key="school-year-none-yet",
        )
    by_label = {row.label: row for row in rows}
    if wanted is not None:
        if wanted not in by_label:
            known = ", ".join(by_label)
            raise NotFoundError(
                f"Schooljaar {wanted} staat niet in deze database. Bekende schooljaren: {known}.",
                key="school-year-not-in-database",
                year=wanted,
                known=known,
            )
        return by_label[wanted]
    current = SchoolYear.containing(today or _today()).label
    return by_label.get(current, rows[-1])


def chain_in_school_year(session: Session, chain_id: int, label: str) -> None:
    """Refuse (NotFoundError, Dutch) chain ``chain_id`` when it belongs to another school
    year than ``label``; a chain that does not exist is left to the caller's own message."""
    found = session.execute(
        select(SchoolYearRow.label)
        .join(SchoolClass, SchoolClass.school_year_id == SchoolYearRow.id)
        .join(Chain, Chain.class_id == SchoolClass.id)
        .where(Chain.id == chain_id)
    ).scalar_one_or_none()
    if found is not None and found != label:
        raise NotFoundError(
            f"Keten {chain_id} hoort bij schooljaar {found}, niet bij {label}. "
            f"'beroepsplanner list chains --school-year {label}' toont de ketens van dat jaar.",
            key="chain-in-other-school-year",
            number=chain_id,
            year=found,
            asked=label,
        )


def class_not_in_year(session: Session, name: str, label: str) -> NotFoundError:
    """The error for a class ``name`` that school year ``label`` does not have: the classes
    it does have, and the years that have a class of that name."""
    known = ", ".join(
        sorted(
            session.scalars(
                select(SchoolClass.name)
                .join(SchoolClass.school_year)
                .where(SchoolYearRow.label == label)
            ),
            key=str.casefold,
        )
    ) or "geen"
    elsewhere = ", ".join(
        session.scalars(
            select(SchoolYearRow.label)
            .join(SchoolClass, SchoolClass.school_year_id == SchoolYearRow.id)
            .where(SchoolClass.name == name)
            .order_by(SchoolYearRow.label)
        )
    )
    if elsewhere:
        return NotFoundError(
            f"Er is geen klas '{name}' in schooljaar {label}; die klas staat wel in "
            f"schooljaar {elsewhere}. Klassen in {label}: {known}.",
            key="class-in-other-year",
            name=name,
            year=label,
            elsewhere=elsewhere,
            known=known,
        )
    return NotFoundError(
        f"Er is geen klas '{name}' in schooljaar {label}. Klassen in dat jaar: {known}.",
        key="class-unknown-in-year",
        name=name,
        year=label,
        known=known,
    )
