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

Plain data in, bytes out: ``store/transfer/ical_export.py`` reads the chains, the
cancelled chains and the school's calendar from the database as ``CalendarChain`` and
``CancelledCalendarChain`` records; this module turns them into events and the
iCalendar text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from beroepsplanner import dates
from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, LessonKind
from beroepsplanner.domain.text import without_forbidden

UID_DOMAIN = "beroepsplanner.local"
PRODID = "-//Beroepsplanner//Beroepsoriëntatie//NL"

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
class CalendarLesson:
    """A preparation or reflection lesson of a chain; ``title`` "" when it has none."""

    kind: LessonKind
    date: dt.date
    position: int
    title: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CalendarChain:
    """What a chain's events say: its class, activity, company, lessons and revision."""

    id: int
    uid: str
    class_name: str
    grade: int
    status: ChainStatus
    activity_title: str
    activity_kind: ActivityKind
    date: dt.date
    company_name: str | None = None  # None: no company
    company_address: str = ""
    company_place: str = ""
    project: str = ""
    notes: str = ""
    lessons: tuple[CalendarLesson, ...] = ()
    sequence: int = 0
    modified: dt.datetime | None = None
    end_date: dt.date | None = None
    """The activity's last day when it lasts several days: one event over all of them."""


@dataclass(frozen=True)
class CancelledCalendarChain:
    """A deleted chain: its UID, what it was, how many lessons of each kind it had."""

    uid: str
    title: str
    class_name: str
    date: dt.date
    preparations: int
    reflections: int
    sequence: int
    cancelled_at: dt.datetime | None = None


def dutch_date(day: dt.date) -> str:
    """``dinsdag 13 april 2027``."""
    return dates.dutch_date(day, weekday=True)


def uid_domain(school_uid: str) -> str:
    """The domain part of the school's UIDs: unique to the school, the same in every database."""
    return f"{school_uid}.{UID_DOMAIN}"


def chain_events(chain: CalendarChain, domain: str = UID_DOMAIN) -> list[CalendarEvent]:
    """The events of one chain (its lessons and its activity), by date."""
    status = chain.status
    head = (
        f"Keten {chain.id} van {chain.class_name} (groep {chain.grade}), "
        f"status: {status.label}."
    )
    if chain.end_date is None:
        when = f"op {dutch_date(chain.date)}"
    else:
        when = dates.dutch_period(chain.date, chain.end_date, weekday=True)
    activity_line = f"Activiteit: {chain.activity_title} ({chain.activity_kind.label}) {when}."
    company_line = ""
    location = ""
    if chain.company_name is not None:
        location = ", ".join(
            part for part in (chain.company_name, chain.company_address, chain.company_place) if part
        )
        company_line = f"Bedrijf: {location}."
    extra = [line for line in (company_line, _line("Project", chain.project)) if line]

    events: list[CalendarEvent] = []
    for kind in LessonKind:
        lessons = sorted(
            (x for x in chain.lessons if x.kind == kind), key=lambda x: (x.date, x.position)
        )
        for number, lesson in enumerate(lessons, start=1):
            title = lesson.title or kind.label
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
                    summary=f"{word.capitalize()}: {title} — {chain.class_name}",
                    description="\n".join(line for line in description if line),
                    status=status,
                    sequence=chain.sequence,
                    modified=chain.modified,
                )
            )
    at_company = f" bij {chain.company_name}" if chain.company_name is not None else ""
    events.append(
        CalendarEvent(
            uid=f"{chain.uid}-activiteit@{domain}",
            date=chain.date,
            summary=f"Activiteit: {chain.activity_title}{at_company} — {chain.class_name}",
            description="\n".join(
                line
                for line in (head, activity_line, *extra, _line("Notities", chain.notes))
                if line
            ),
            location=location,
            status=status,
            sequence=chain.sequence,
            modified=chain.modified,
            # An activity of several days is one event from its first to its last day.
            days=((chain.end_date - chain.date).days + 1) if chain.end_date else 1,
        )
    )
    events.sort(key=lambda e: (e.date, e.uid))
    return events


def cancelled_events(cancelled: CancelledCalendarChain, domain: str = UID_DOMAIN) -> list[CalendarEvent]:
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
