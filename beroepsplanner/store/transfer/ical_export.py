"""The chains, cancelled chains and days off of a class or school year for a calendar file.

The database's half of ``export ical``: ``calendar_scope`` finds the chains of one class
or of every class of the newest school year, ``calendar_chain`` and ``cancelled_chain``
turn the rows into the plain records ``io/ical.py`` makes events of, and
``export_ical`` writes the file (whole or not at all).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.io.ical import (
    CalendarChain,
    CalendarLesson,
    CancelledCalendarChain,
    build_calendar,
    cancelled_events,
    chain_events,
    free_day_events,
    uid_domain,
)
from beroepsplanner.output_files import check_output, database_file, write_output
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.models import (
    CancelledChain,
    Chain,
    ChainLesson,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.school_years import chosen_school_year


@dataclass(frozen=True)
class IcalSummary:
    """What ``export_ical`` wrote."""

    path: Path
    events: int
    chains: int
    classes: int
    cancelled: int = 0


def calendar_chain(chain: Chain) -> CalendarChain:
    """What the calendar needs of a chain (loaded with ``_chain_query``), as plain data."""
    school_class = chain.school_class
    activity = chain.activity
    company = chain.company
    return CalendarChain(
        id=chain.id,
        uid=chain.uid,
        class_name=school_class.name,
        grade=school_class.grade,
        status=chain.status,
        activity_title=activity.title,
        activity_kind=activity.kind,
        date=chain.date,
        end_date=chain.activity_end_date,
        company_name=company.name if company is not None else None,
        company_address=company.address if company is not None else "",
        company_place=company.place if company is not None else "",
        project=chain.project,
        notes=chain.notes,
        lessons=tuple(
            CalendarLesson(
                kind=lesson.kind,
                date=lesson.date,
                position=lesson.position,
                title=lesson.title or (lesson.template.title if lesson.template else ""),
                notes=lesson.notes,
            )
            for lesson in chain.lessons
        ),
        sequence=chain.sequence or 0,
        modified=chain.modified_at,
    )


def cancelled_chain(row: CancelledChain) -> CancelledCalendarChain:
    """A deleted chain's row as plain data."""
    return CancelledCalendarChain(
        uid=row.uid,
        title=row.title,
        class_name=row.class_name,
        date=row.date,
        preparations=row.preparations,
        reflections=row.reflections,
        sequence=row.sequence,
        cancelled_at=row.cancelled_at,
    )


def _chain_query() -> Select[Chain]:
    return select(Chain).options(
        joinedload(Chain.school_class),
        joinedload(Chain.activity),
        joinedload(Chain.company),
        selectinload(Chain.lessons).joinedload(ChainLesson.template),
    )


@dataclass(frozen=True)
class CalendarScope:
    """What one calendar file holds: its name, chains, school year, and (for one class) the
    class's name."""

    name: str
    chains: list[Chain]
    year: SchoolYearRow
    class_name: str | None


def export_chains(session: Session, class_name: str | None = None) -> tuple[str, list[Chain]]:
    """The calendar's name and its chains: one class, or every class of the newest year."""
    scope = calendar_scope(session, class_name)
    if not scope.chains:
        raise InvalidInputError(
            _empty(scope),
            key="calendar-class-empty" if scope.class_name is not None else "calendar-year-empty",
            **_empty_values(scope),
        )
    return scope.name, scope.chains


def _empty(scope: CalendarScope) -> str:
    if scope.class_name is not None:
        return f"{scope.class_name} heeft nog geen ketens; er is niets voor de agenda."
    return f"Er zijn in schooljaar {scope.year.label} nog geen ketens; er is niets voor de agenda."


def _empty_values(scope: CalendarScope) -> dict[str, object]:
    """The values of ``_empty(scope)``: the class's name, else the school year."""
    if scope.class_name is not None:
        return {"class_name": scope.class_name}
    return {"year": scope.year.label}


def calendar_scope(
    session: Session, class_name: str | None = None, *, school_year: str | None = None
) -> CalendarScope:
    """One class, or every class of one school year: ``school_year`` (a label, which
    must exist), else the newest; a class is looked up in ``school_year`` too.

    Raises NotFoundError (Dutch) for an unknown class or a database without classes.
    """

    if class_name is not None:
        school_class = find_class(session, class_name, school_year=school_year)
        where = Chain.class_id == school_class.id
        name = f"Beroepsoriëntatie {school_class.name}"
        year = school_class.school_year
        shown: str | None = school_class.name
    else:
        if school_year is not None:
            found: SchoolYearRow | None = chosen_school_year(session, school_year)
        else:
            found = session.scalars(
                select(SchoolYearRow).order_by(SchoolYearRow.label.desc())
            ).first()
        if found is None:
            raise NotFoundError(
                "Deze database heeft nog geen schooljaar met klassen. Maak eerst een klas aan.",
                key="calendar-no-year",
            )
        year = found
        where = Chain.class_id.in_(
            select(SchoolClass.id).where(SchoolClass.school_year_id == year.id)
        )
        name = f"Beroepsoriëntatie {year.label}"
        shown = None
    chains = list(session.scalars(_chain_query().where(where).order_by(Chain.date, Chain.id)).unique())
    return CalendarScope(name, chains, year, shown)


def _cancelled(session: Session, scope: CalendarScope) -> list[CancelledChain]:
    """The deleted chains of the scope whose UID no chain carries again (a plan import)."""
    query = select(CancelledChain).where(
        CancelledChain.school_year_id == scope.year.id,
        CancelledChain.uid.not_in(select(Chain.uid)),
    )
    if scope.class_name is not None:
        query = query.where(CancelledChain.class_name == scope.class_name)
    latest: dict[str, CancelledChain] = {}
    for row in session.scalars(query.order_by(CancelledChain.id)):
        latest[row.uid] = row
    return sorted(latest.values(), key=lambda c: (c.date, c.uid))


def export_ical(
    session: Session,
    out: Path,
    class_name: str | None = None,
    *,
    now: dt.datetime | None = None,
    with_holidays: bool = False,
    school_year: str | None = None,
) -> IcalSummary:
    """Write the calendar of one class (or the whole school) to ``out`` (.ics).

    Deleted chains of the same class or year are written as cancelled;
    ``with_holidays`` adds the school's days off; ``school_year`` (a label) is the
    year of the calendar (default: the newest, or the class's). The file is written beside
    ``out`` first and renamed when complete, so a failure never leaves half a
    file. Raises a Dutch error for a wrong file name, an unknown class or when
    there is nothing to export.
    """
    out = Path(out)
    database = database_file(session)
    check_output(out, kind="ics", database=database)
    if out.suffix.lower() != ".ics":
        raise InvalidInputError(
            f"{out.name}: een agendabestand eindigt op .ics; kies bijvoorbeeld agenda.ics.",
            key="calendar-suffix",
            file=out.name,
        )
    scope = calendar_scope(session, class_name, school_year=school_year)
    cancelled = _cancelled(session, scope)
    if not scope.chains and not cancelled and not with_holidays:
        raise InvalidInputError(
            _empty(scope),
            key="calendar-class-empty" if scope.class_name is not None else "calendar-year-empty",
            **_empty_values(scope),
        )
    domain = uid_domain(scope.year.school.uid)
    events = [event for chain in scope.chains for event in chain_events(calendar_chain(chain), domain)]
    events += [
        event for chain in cancelled for event in cancelled_events(cancelled_chain(chain), domain)
    ]
    if with_holidays:
        events += free_day_events(calendar_of(scope.year), domain)
    events.sort(key=lambda e: (e.date, e.uid))
    data = build_calendar(scope.name, events, now=now)
    write_output(out, data, kind="ics", database=database)
    return IcalSummary(
        path=out,
        events=len(events),
        chains=len(scope.chains),
        classes=len({chain.class_id for chain in scope.chains}),
        cancelled=len(cancelled),
    )
