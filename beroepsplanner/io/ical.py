"""The lessons and activities of the chains as an iCalendar file (.ics).

A teacher imports the file in Outlook or Google Calendar: one all-day event per
preparation lesson, per activity and per reflection lesson. All-day events
need no time zone.

Every event has a UID that stays the same when the file is written again, so
importing a newer file updates the events instead of adding them twice:
``keten-<chain>-activiteit@beroepsplanner.local`` and
``keten-<chain>-voorbereiding-<n>@…`` / ``keten-<chain>-reflectie-<n>@…``
(``n`` counts the chain's lessons of that kind by date, from 1). The lesson's
database id is not used: editing a chain writes its lessons anew, which would
change the id of every lesson and so duplicate them in the calendar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.domain.text import without_forbidden
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.output_files import check_output, database_file, write_output
from beroepsplanner.store.models import Chain, ChainLesson, SchoolClass, SchoolYearRow

UID_DOMAIN = "beroepsplanner.local"
PRODID = "-//Beroepsplanner//Beroepsoriëntatie//NL"

_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_KIND_WORD = {LessonKind.PREPARATION: "voorbereiding", LessonKind.REFLECTION: "reflectie"}
# iCalendar STATUS of an event: a concept chain is not certain yet.
_ICAL_STATUS = {
    ChainStatus.CONCEPT: "TENTATIVE",
    ChainStatus.PLANNED: "CONFIRMED",
    ChainStatus.DONE: "CONFIRMED",
}


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event of the calendar."""

    uid: str
    date: dt.date
    summary: str
    description: str
    location: str = ""
    status: ChainStatus = ChainStatus.CONCEPT


@dataclass(frozen=True)
class IcalSummary:
    """What ``export_ical`` wrote."""

    path: Path
    events: int
    chains: int
    classes: int


def dutch_date(day: dt.date) -> str:
    """``dinsdag 13 april 2027``."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def chain_events(chain: Chain) -> list[CalendarEvent]:
    """The events of one chain (its lessons and its activity), by date."""
    school_class = chain.school_class
    activity = chain.activity
    company = chain.company
    status = chain.status
    head = (
        f"Keten {chain.id} van {school_class.name} (groep {school_class.grade}), "
        f"status: {status.label}."
    )
    activity_line = f"Activiteit: {activity.title} ({activity.kind.label}) op {dutch_date(chain.date)}."
    company_line = ""
    location = ""
    if company is not None:
        location = ", ".join(part for part in (company.name, company.address, company.place) if part)
        company_line = f"Bedrijf: {location}."
    extra = [line for line in (company_line, _line("Project", chain.project)) if line]

    events: list[CalendarEvent] = []
    for kind in LessonKind:
        lessons = sorted(
            (x for x in chain.lessons if x.kind == kind), key=lambda x: (x.date, x.position)
        )
        for number, lesson in enumerate(lessons, start=1):
            title = lesson.title or (lesson.template.title if lesson.template else "") or kind.label
            word = _KIND_WORD[kind]
            description = [
                head,
                f"{kind.label.capitalize()} {number} van {len(lessons)}.",
                activity_line,
                *extra,
                _line("Notities", lesson.notes),
            ]
            events.append(
                CalendarEvent(
                    uid=f"keten-{chain.id}-{word}-{number}@{UID_DOMAIN}",
                    date=lesson.date,
                    summary=f"{word.capitalize()}: {title} — {school_class.name}",
                    description="\n".join(line for line in description if line),
                    status=status,
                )
            )
    at_company = f" bij {company.name}" if company is not None else ""
    events.append(
        CalendarEvent(
            uid=f"keten-{chain.id}-activiteit@{UID_DOMAIN}",
            date=chain.date,
            summary=f"Activiteit: {activity.title}{at_company} — {school_class.name}",
            description="\n".join(
                line
                for line in (head, activity_line, *extra, _line("Notities", chain.notes))
                if line
            ),
            location=location,
            status=status,
        )
    )
    events.sort(key=lambda e: (e.date, e.uid))
    return events


def _line(label: str, value: str) -> str:
    value = " ".join((value or "").split())
    return f"{label}: {value}" if value else ""


def _chain_query():  # type: ignore[no-untyped-def]
    return select(Chain).options(
        joinedload(Chain.school_class),
        joinedload(Chain.activity),
        joinedload(Chain.company),
        selectinload(Chain.lessons).joinedload(ChainLesson.template),
    )


def export_chains(session: Session, class_name: str | None = None) -> tuple[str, list[Chain]]:
    """The calendar's name and its chains: one class, or every class of the newest year.

    Raises NotFoundError (Dutch) for an unknown class or a database without
    classes, InvalidInputError when there are no chains to export.
    """
    from beroepsplanner.store.documents import find_class

    if class_name is not None:
        school_class = find_class(session, class_name)
        where = Chain.class_id == school_class.id
        name = f"Beroepsoriëntatie {school_class.name}"
        empty = f"{school_class.name} heeft nog geen ketens; er is niets voor de agenda."
    else:
        year = session.scalars(select(SchoolYearRow).order_by(SchoolYearRow.label.desc())).first()
        if year is None:
            raise NotFoundError(
                "Deze database heeft nog geen schooljaar met klassen. Maak eerst een klas aan."
            )
        where = Chain.class_id.in_(
            select(SchoolClass.id).where(SchoolClass.school_year_id == year.id)
        )
        name = f"Beroepsoriëntatie {year.label}"
        empty = f"Er zijn in schooljaar {year.label} nog geen ketens; er is niets voor de agenda."
    chains = list(session.scalars(_chain_query().where(where).order_by(Chain.date, Chain.id)).unique())
    if not chains:
        raise InvalidInputError(empty)
    return name, chains


def build_calendar(name: str, events: list[CalendarEvent], *, now: dt.datetime | None = None) -> bytes:
    """The iCalendar text (RFC 5545) of ``events``, as bytes with CRLF line ends.

    RFC 5545 allows no control characters in a text but tab (line breaks are
    escaped): the entries refuse them, and should one be in the database all
    the same (an older file), it is left out here rather than written.
    """
    from icalendar import Calendar, Event

    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", without_forbidden(name))
    calendar.add("x-wr-calname", without_forbidden(name))
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.date)
        event.add("dtend", item.date + dt.timedelta(days=1))
        event.add("summary", without_forbidden(item.summary))
        event.add("description", without_forbidden(item.description))
        if item.location:
            event.add("location", without_forbidden(item.location))
        event.add("status", _ICAL_STATUS[item.status])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def export_ical(
    session: Session, out: Path, class_name: str | None = None, *, now: dt.datetime | None = None
) -> IcalSummary:
    """Write the calendar of one class (or the whole school) to ``out`` (.ics).

    The file is written beside ``out`` first and renamed when complete, so a
    failure never leaves half a file. Raises a Dutch error for a wrong file
    name, an unknown class or when there is nothing to export.
    """
    out = Path(out)
    database = database_file(session)
    check_output(out, kind="ics", database=database)
    if out.suffix.lower() != ".ics":
        raise InvalidInputError(
            f"{out.name}: een agendabestand eindigt op .ics; kies bijvoorbeeld agenda.ics."
        )
    name, chains = export_chains(session, class_name)
    events = [event for chain in chains for event in chain_events(chain)]
    data = build_calendar(name, events, now=now)
    write_output(out, data, kind="ics", database=database)
    return IcalSummary(
        path=out,
        events=len(events),
        chains=len(chains),
        classes=len({chain.class_id for chain in chains}),
    )
