"""The .ics calendar: parsed back with icalendar, stable UIDs, escaping, Dutch errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy import text as sql

from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.classes import add_class
from beroepsplanner.store.models import Chain, ChainLesson, Company, SchoolClass
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.ical_export import export_ical

NOW = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)


def read(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def by_uid(events: list) -> dict:
    return {str(e["UID"]): e for e in events}


def event_uid(database: Database, chain_id: int, what: str) -> str:
    """The UID of a chain's event: the chain's own identifier and the school's, no database id."""
    with database.session() as session:
        chain = session.get(Chain, chain_id)
        assert chain is not None
        school_uid = chain.school_class.school_year.school.uid
        return f"{chain.uid}-{what}@{school_uid}.beroepsplanner.local"


def test_one_all_day_event_per_lesson_and_activity_of_the_class(
    demo_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "groep6b.ics"
    with demo_db.session() as session:
        summary = export_ical(session, out, "Groep 6b", now=NOW)
        chains = session.scalars(
            select(Chain).join(SchoolClass).where(SchoolClass.name == "Groep 6b")
        ).all()
        expected = sum(1 + len(c.lessons) for c in chains)
        visit = next(c for c in chains if c.company is not None)
        lessons = sorted(visit.lessons, key=lambda x: x.date)
        visit_id, visit_date, company = visit.id, visit.date, visit.company
        address, first_lesson = company.address, lessons[0]

    events = read(out)
    assert summary.events == len(events) == expected and summary.classes == 1
    assert all(str(e["SUMMARY"]).endswith(" — Groep 6b") for e in events)
    for event in events:
        start = event.decoded("DTSTART")
        assert type(start) is dt.date  # all-day: a date, no time and no time zone
        assert event.decoded("DTEND") == start + dt.timedelta(days=1)

    uids = by_uid(events)
    activity = uids[event_uid(demo_db, visit_id, "activiteit")]
    assert activity.decoded("DTSTART") == visit_date
    assert company.name in str(activity["SUMMARY"])
    assert address in str(activity["LOCATION"])
    description = str(activity["DESCRIPTION"])
    assert f"Bedrijf: {company.name}, {address}, {company.place}." in description
    assert "status: gepland" in description
    assert str(activity["STATUS"]) == "CONFIRMED"
    prep = uids[event_uid(demo_db, visit_id, "voorbereiding-1")]
    assert prep.decoded("DTSTART") == first_lesson.date
    assert str(prep["SUMMARY"]) == f"Voorbereiding: {first_lesson.title} — Groep 6b"


def test_writing_again_gives_the_same_uids_even_after_the_chain_is_edited(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as session:
        export_ical(session, tmp_path / "eerst.ics", "Groep 6b", now=NOW)
    with demo_db.transaction() as session:
        chain = session.scalars(
            select(Chain).join(SchoolClass).where(SchoolClass.name == "Groep 6b").order_by(Chain.date)
        ).first()
        assert chain is not None
        # The chain builder writes the lessons anew (new ids), one moved a day.
        old_ids = {lesson.id for lesson in chain.lessons}
        fresh = [
            ChainLesson(kind=x.kind, position=x.position, date=x.date, title=x.title)
            for x in chain.lessons
        ]
        fresh[-1].date += dt.timedelta(days=1)
        moved_title = fresh[-1].title
        chain.lessons = fresh
    with demo_db.session() as session:
        assert not old_ids & set(session.scalars(select(ChainLesson.id)))
    with demo_db.session() as session:
        export_ical(session, tmp_path / "daarna.ics", "Groep 6b")
    first, then = by_uid(read(tmp_path / "eerst.ics")), by_uid(read(tmp_path / "daarna.ics"))
    assert first.keys() == then.keys()
    changed = [u for u in first if first[u].decoded("DTSTART") != then[u].decoded("DTSTART")]
    assert len(changed) == 1 and moved_title in str(then[changed[0]]["SUMMARY"])


def test_the_whole_school_and_concept_chains_are_tentative(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "school.ics"
    with demo_db.session() as session:
        summary = export_ical(session, out, now=NOW)
        concept = session.scalars(select(Chain).where(Chain.status == "concept")).first()
        assert concept is not None
        concept_id = concept.id
    events = read(out)
    assert summary.classes == 9 and summary.chains == 23 and len(events) == summary.events
    assert len(by_uid(events)) == len(events)  # no UID twice
    assert str(by_uid(events)[event_uid(demo_db, concept_id, "activiteit")]["STATUS"]) == "TENTATIVE"
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Beroepsoriëntatie 2026-2027"


def test_commas_semicolons_ampersands_and_accents_survive(demo_db: Database, tmp_path: Path) -> None:
    name = "Ayşe's Bakkerij & Zn., Brood; Banket"
    with demo_db.transaction() as session:
        chain = session.scalars(
            select(Chain).join(SchoolClass).where(SchoolClass.name == "Groep 6b", Chain.company_id.is_not(None))
        ).first()
        assert chain is not None and chain.company is not None
        company: Company = chain.company
        company.name = name
        company.address = "Markt 1, achterom; bel aan"
        chain.notes = "Neem mee: jas, lunch; \\ en een pen"
        chain_id = chain.id
    out = tmp_path / "speciaal.ics"
    with demo_db.session() as session:
        export_ical(session, out, "Groep 6b", now=NOW)
    raw = out.read_bytes().decode("utf-8")
    assert "Ayşe" in raw.replace("\r\n ", "")  # UTF-8, unfolded
    assert "\\;" in raw and "\\," in raw  # escaped as RFC 5545 asks
    activity = by_uid(read(out))[event_uid(demo_db, chain_id, "activiteit")]
    assert name in str(activity["SUMMARY"])
    assert str(activity["LOCATION"]) == f"{name}, Markt 1, achterom; bel aan, Amersfoort"
    assert "Notities: Neem mee: jas, lunch; \\ en een pen" in str(activity["DESCRIPTION"])


def test_an_unknown_class_a_wrong_name_and_nothing_to_export(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        with pytest.raises(NotFoundError, match="Er is geen klas 'Groep 9'. Bekende klassen: Groep 1"):
            export_ical(session, tmp_path / "x.ics", "Groep 9")
        with pytest.raises(InvalidInputError, match="eindigt op .ics"):
            export_ical(session, tmp_path / "x.pdf", "Groep 6b")
        with pytest.raises(InvalidInputError, match="bestaat niet"):
            export_ical(session, tmp_path / "nergens" / "x.ics", "Groep 6b")
    with demo_db.transaction() as session:
        add_class(session, "2026-2027", "Groep 6c", 6)
    with demo_db.session() as session, pytest.raises(InvalidInputError, match="nog geen ketens"):
        export_ical(session, tmp_path / "leeg.ics", "Groep 6c")
    assert not list(tmp_path.glob("*.ics*"))


def test_a_database_without_a_school_year_says_so(empty_db: Database, tmp_path: Path) -> None:
    with empty_db.session() as session, pytest.raises(NotFoundError, match="nog geen schooljaar"):
        export_ical(session, tmp_path / "x.ics")


def test_control_characters_from_an_older_database_never_reach_the_calendar(
    demo_db: Database, tmp_path: Path
) -> None:
    """RFC 5545 forbids control characters but tab in text; the entries refuse them now,
    but a database written before may hold them (written here straight into the rows)."""
    with demo_db.transaction() as session:
        chain = session.scalars(
            select(Chain).join(SchoolClass).where(SchoolClass.name == "Groep 6b", Chain.company_id.is_not(None))
        ).first()
        assert chain is not None and chain.company is not None
        chain_id, company_id, class_id = chain.id, chain.company_id, chain.class_id
        # Past the program's own check of every text it writes (store/text_check.py).
        for statement, values in (
            ("UPDATE companies SET name = :a, address = :b WHERE id = :id",
             {"a": "Bakker\x00\x1b]0;gehackt\x07 BV", "b": "Markt 1\x9b\u202e", "id": company_id}),
            ("UPDATE chains SET notes = :a WHERE id = :id",
             {"a": "fiets\x1b[31m mee\tregel\nvolgende", "id": chain_id}),
            ("UPDATE classes SET name = :a WHERE id = :id", {"a": "Groep 6b\x08", "id": class_id}),
        ):
            session.execute(sql(statement), values)
    out = tmp_path / "agenda.ics"
    with demo_db.session() as session:
        export_ical(session, out, "Groep 6b\x08", now=NOW)
    raw = out.read_bytes()
    allowed = {0x09, 0x0A, 0x0D}
    assert not [b for b in raw if (b < 0x20 and b not in allowed) or b == 0x7F]
    text = raw.decode("utf-8")
    assert not any(ch in text for ch in "\x9b\u202e")
    activity = by_uid(read(out))[event_uid(demo_db, chain_id, "activiteit")]
    assert "Bakker]0;gehackt BV" in str(activity["SUMMARY"])
    assert "Notities: fiets[31m mee regel volgende" in str(activity["DESCRIPTION"])


def test_build_calendar_leaves_out_what_rfc_5545_forbids() -> None:
    from beroepsplanner.io.ical import CalendarEvent, build_calendar

    event = CalendarEvent(
        uid="keten-1-activiteit@beroepsplanner.local",
        date=dt.date(2026, 11, 17),
        summary="A\x00B\x1bC\x7fD\x85E",
        description="regel 1\nregel\t2\x07",
        location="Ede\u2066",
    )
    raw = build_calendar("Agenda\x1b", [event], now=NOW)
    assert b"SUMMARY:ABCDE" in raw and b"DESCRIPTION:regel 1\\nregel\t2\r\n" in raw
    assert b"LOCATION:Ede\r\n" in raw and b"X-WR-CALNAME:Agenda\r\n" in raw
