"""The lessons and activities of the chains as an iCalendar file (.ics).

A teacher imports the file in Outlook or Google Calendar: one all-day event per
preparation lesson, per activity and per reflection lesson. All-day events
need no time zone.

Every event has a UID that stays the same when the file is written again, so
importing a newer file updates the events instead of adding them twice. It is
built from the chain's own random identifier (``Chain.uid``, which travels in
the plan file) and the school's (``School.uid``): ``<chain>-activiteit@<school>.
beroepsplanner.local`` and ``<chain>-voorbereiding-<n>@…`` / ``<chain>-reflectie-<n>@…``
(``n`` counts the chain's lessons of that kind by date, from 1). Database ids are
never used: after a plan export and import on another laptop, a restore or next
year's database the same id means another chain, and one class's events would
overwrite another's. The lessons have no identifier of their own because
editing a chain writes its lessons anew; a lesson that is taken away leaves its
old event in a calendar until the teacher deletes it (the chain's other events
are updated).

SEQUENCE and LAST-MODIFIED come from the chain's revision (store/chain_history.py),
so a calendar takes a re-export as newer. A chain that was deleted is written as
cancelled (STATUS:CANCELLED, with its old UIDs) so calendars drop it.
``with_holidays`` adds the school's holidays, free days and study days as
all-day events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.domain.text import without_forbidden
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.output_files import check_output, database_file, write_output
from beroepsplanner.store.models import (
    CancelledChain,
    Chain,
    ChainLesson,
    SchoolClass,
    SchoolYearRow,
)

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
    """One all-day event of the calendar (``days`` long).

    ``status`` None: not a chain's event (a holiday, a study day): no STATUS.
    ``cancelled``: the chain was deleted; calendars drop the event.
    """

    uid: str
    date: dt.date
    summary: str
    description: str
    location: str = ""
    status: ChainStatus | None = ChainStatus.CONCEPT
    sequence: int = 0
    modified: dt.datetime | None = None
    days: int = 1
    cancelled: bool = False


@dataclass(frozen=True)
class IcalSummary:
    """What ``export_ical`` wrote."""

    path: Path
    events: int
    chains: int
    classes: int
    cancelled: int = 0


def dutch_date(day: dt.date) -> str:
    """``dinsdag 13 april 2027``."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def uid_domain(school_uid: str) -> str:
    """The domain part of the school's UIDs: unique to the school, the same in every database."""
    return f"{school_uid}.{UID_DOMAIN}"


def chain_events(chain: Chain, domain: str = UID_DOMAIN) -> list[CalendarEvent]:
    """The events of one chain (its lessons and its activity), by date."""
    school_class = chain.school_class
    revision = {"sequence": chain.sequence or 0, "modified": chain.modified_at}
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
                    uid=f"{chain.uid}-{word}-{number}@{domain}",
                    date=lesson.date,
                    summary=f"{word.capitalize()}: {title} — {school_class.name}",
                    description="\n".join(line for line in description if line),
                    status=status,
                    **revision,
                )
            )
    at_company = f" bij {company.name}" if company is not None else ""
    events.append(
        CalendarEvent(
            uid=f"{chain.uid}-activiteit@{domain}",
            date=chain.date,
            summary=f"Activiteit: {activity.title}{at_company} — {school_class.name}",
            description="\n".join(
                line
                for line in (head, activity_line, *extra, _line("Notities", chain.notes))
                if line
            ),
            location=location,
            status=status,
            **revision,
        )
    )
    events.sort(key=lambda e: (e.date, e.uid))
    return events


def cancelled_events(cancelled: CancelledChain, domain: str = UID_DOMAIN) -> list[CalendarEvent]:
    """The events a deleted chain had, as cancelled: the same UIDs, a higher SEQUENCE."""
    summary = f"Vervallen: {cancelled.title} — {cancelled.class_name}"
    description = (
        f"Deze keten van {cancelled.class_name} is verwijderd uit de planning "
        f"(activiteit van {dutch_date(cancelled.date)})."
    )
    words = [("activiteit", 1)] + [
        (f"{word}-{n}", 1)
        for word, count in (("voorbereiding", cancelled.preparations), ("reflectie", cancelled.reflections))
        for n in range(1, count + 1)
    ]
    return [
        CalendarEvent(
            uid=f"{cancelled.uid}-{word}@{domain}",
            date=cancelled.date,
            summary=summary,
            description=description,
            status=None,
            sequence=cancelled.sequence,
            modified=cancelled.cancelled_at,
            cancelled=True,
        )
        for word, _ in words
    ]


def free_day_events(calendar: SchoolCalendar, domain: str = UID_DOMAIN) -> list[CalendarEvent]:
    """The school's holidays, free days and study days as all-day events: one per run of
    consecutive days with the same reason (a holiday of two weeks is one event)."""
    runs: list[tuple[dt.date, dt.date, str]] = []
    for day in sorted(calendar.days_off):
        parts = calendar.days_off[day].split("; ")
        # A public holiday inside a school holiday (Eerste Kerstdag in the Kerstvakantie)
        # belongs to the holiday's one event.
        reason = next((p for p in parts if p.casefold().endswith("vakantie")), "; ".join(parts))
        if runs and runs[-1][2] == reason and runs[-1][1] + dt.timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day, reason)
        else:
            runs.append((day, day, reason))
    events = []
    for first, last, reason in runs:
        slug = "-".join(reason.casefold().split())[:40]
        events.append(
            CalendarEvent(
                uid=f"vrij-{first.isoformat()}-{slug}@{domain}",
                date=first,
                summary=f"{reason} (geen school)",
                description=f"{reason}: de leerlingen zijn vrij.",
                status=None,
                days=(last - first).days + 1,
            )
        )
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


def calendar_scope(session: Session, class_name: str | None = None) -> CalendarScope:
    """One class, or every class of the newest school year.

    Raises NotFoundError (Dutch) for an unknown class or a database without classes.
    """
    from beroepsplanner.store.classes import find_class

    if class_name is not None:
        school_class = find_class(session, class_name)
        where = Chain.class_id == school_class.id
        name = f"Beroepsoriëntatie {school_class.name}"
        year = school_class.school_year
        shown: str | None = school_class.name
    else:
        found = session.scalars(select(SchoolYearRow).order_by(SchoolYearRow.label.desc())).first()
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
        event.add("dtend", item.date + dt.timedelta(days=item.days))
        event.add("sequence", item.sequence)
        if item.modified is not None:
            event.add("last-modified", item.modified.replace(tzinfo=dt.UTC))
        event.add("summary", without_forbidden(item.summary))
        event.add("description", without_forbidden(item.description))
        if item.location:
            event.add("location", without_forbidden(item.location))
        if item.cancelled:
            event.add("status", "CANCELLED")
        elif item.status is not None:
            event.add("status", _ICAL_STATUS[item.status])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def export_ical(
    session: Session,
    out: Path,
    class_name: str | None = None,
    *,
    now: dt.datetime | None = None,
    with_holidays: bool = False,
) -> IcalSummary:
    """Write the calendar of one class (or the whole school) to ``out`` (.ics).

    Deleted chains of the same class or year are written as cancelled;
    ``with_holidays`` adds the school's days off. The file is written beside
    ``out`` first and renamed when complete, so a failure never leaves half a
    file. Raises a Dutch error for a wrong file name, an unknown class or when
    there is nothing to export.
    """
    from beroepsplanner.store.checks import calendar_of

    out = Path(out)
    database = database_file(session)
    check_output(out, kind="ics", database=database)
    if out.suffix.lower() != ".ics":
        raise InvalidInputError(
            f"{out.name}: een agendabestand eindigt op .ics; kies bijvoorbeeld agenda.ics.",
            key="calendar-suffix",
            file=out.name,
        )
    scope = calendar_scope(session, class_name)
    cancelled = _cancelled(session, scope)
    if not scope.chains and not cancelled and not with_holidays:
        raise InvalidInputError(
            _empty(scope),
            key="calendar-class-empty" if scope.class_name is not None else "calendar-year-empty",
            **_empty_values(scope),
        )
    domain = uid_domain(scope.year.school.uid)
    events = [event for chain in scope.chains for event in chain_events(chain, domain)]
    events += [event for chain in cancelled for event in cancelled_events(chain, domain)]
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
