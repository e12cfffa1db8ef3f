"""Calendar events keep their identity across databases and tell calendars what changed
(issue 13, item 6): UIDs from the chain's and the school's own identifiers (never database
ids), SEQUENCE and LAST-MODIFIED from the chain's revision, deleted chains as cancelled,
and the school's days off with --with-holidays. Files are parsed back with icalendar."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from beroepsplanner import cli
from beroepsplanner.io.plan_export import write_plan
from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import CancelledChain, Chain, SchoolClass
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.ical_export import export_ical
from beroepsplanner.store.transfer.plan_export import export_plan
from beroepsplanner.store.transfer.plan_import import import_plan

NOW = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)


def events_of(path: Path) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def write_calendar(database: Database, path: Path, class_name: str | None = None, **options: object) -> dict:
    with database.session() as session:
        export_ical(session, path, class_name, now=NOW, **options)  # type: ignore[arg-type]
    return events_of(path)


def chain_of(database: Database, class_name: str) -> int:
    with database.session() as session:
        return session.scalars(
            select(Chain.id).join(SchoolClass).where(SchoolClass.name == class_name).order_by(Chain.date)
        ).first()


def test_a_plan_taken_to_another_database_keeps_every_events_uid(
    demo_db: Database, tmp_path: Path
) -> None:
    # Another laptop: a new database whose chains get other ids (a class made first takes ids).
    plan = tmp_path / "plan.json"
    with demo_db.session() as session:
        write_plan(export_plan(session), plan)
    other = open_database(tmp_path / "laptop.db")
    try:
        import_plan(other, read_plan(plan.read_bytes()))
        here = write_calendar(demo_db, tmp_path / "hier.ics")
        there = write_calendar(other, tmp_path / "daar.ics")
        with demo_db.session() as a, other.session() as b:
            ids_here = {c.uid: c.id for c in a.scalars(select(Chain))}
            ids_there = {c.uid: c.id for c in b.scalars(select(Chain))}
    finally:
        other.close()
    assert set(here) == set(there) and len(here) > 50
    for uid, event in here.items():
        assert str(event["SUMMARY"]) == str(there[uid]["SUMMARY"])  # the same event, by UID
        assert event.decoded("DTSTART") == there[uid].decoded("DTSTART")
        assert not uid.startswith("keten-")
    assert ids_here.keys() == ids_there.keys()


def test_two_schools_never_share_a_uid(demo_file: Path, tmp_path: Path) -> None:
    copies = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.db"
        shutil.copyfile(demo_file, path)
        copies.append(path)
    # The same demo twice is one school; make the second another school by its identifier
    # (a real second school has its own from the start).
    with sqlite3.connect(copies[1]) as connection:
        connection.execute("UPDATE schools SET uid = '11111111-2222-4333-8444-555555555555'")
    found = []
    for path in copies:
        database = open_database(path)
        try:
            found.append(set(write_calendar(database, tmp_path / f"{path.stem}.ics")))
        finally:
            database.close()
    domains = [{uid.split("@")[1] for uid in uids} for uids in found]
    assert len(domains[0]) == len(domains[1]) == 1 and domains[0] != domains[1]
    assert not found[0] & found[1]


def test_an_edit_raises_the_chains_sequence_and_last_modified_only(
    demo_db: Database, tmp_path: Path
) -> None:
    before = write_calendar(demo_db, tmp_path / "voor.ics", "Groep 6b")
    chain_id = chain_of(demo_db, "Groep 6b")
    with demo_db.transaction() as session:
        chain = session.get(Chain, chain_id)
        chain.notes = "Neem een lunchpakket mee."
        uid = chain.uid
    with demo_db.transaction() as session:
        lesson = session.get(Chain, chain_id).lessons[0]
        lesson.title = "Wat doet een procesoperator?"
    after = write_calendar(demo_db, tmp_path / "na.ics", "Groep 6b")

    assert set(before) == set(after)
    for key, event in after.items():
        old = before[key]
        if key.startswith(uid):
            assert int(event["SEQUENCE"]) == int(old["SEQUENCE"]) + 2
            assert event.decoded("LAST-MODIFIED") >= old.decoded("LAST-MODIFIED")
        else:
            assert int(event["SEQUENCE"]) == int(old["SEQUENCE"])


def test_a_deleted_chain_is_exported_as_cancelled_until_a_plan_brings_it_back(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = write_calendar(demo_db, tmp_path / "voor.ics", "Groep 6b")
    chain_id = chain_of(demo_db, "Groep 6b")
    plan = tmp_path / "6b.json"
    with demo_db.session() as session:
        uid = session.get(Chain, chain_id).uid
        write_plan(export_plan(session, class_name="Groep 6b"), plan)
    with demo_db.transaction() as session:
        session.delete(session.get(Chain, chain_id))
    after = write_calendar(demo_db, tmp_path / "na.ics", "Groep 6b")

    gone = {k for k in before if k.startswith(uid)}
    assert gone and gone <= set(after)
    for key in gone:
        assert str(after[key]["STATUS"]) == "CANCELLED"
        assert int(after[key]["SEQUENCE"]) > int(before[key]["SEQUENCE"])
        assert str(after[key]["SUMMARY"]).startswith("Vervallen: ")
    assert all(str(e["STATUS"]) != "CANCELLED" for k, e in after.items() if k not in gone)

    # The class taken back from the plan file (replace): the chain lives again, not cancelled.
    import_plan(demo_db, read_plan(plan.read_bytes()), replace=True)
    again = write_calendar(demo_db, tmp_path / "weer.ics", "Groep 6b")
    assert all(str(e["STATUS"]) != "CANCELLED" for e in again.values())
    assert gone <= set(again)
    with demo_db.session() as session:
        assert session.scalars(select(CancelledChain.uid)).all()  # kept, but void while alive


def test_with_holidays_adds_the_schools_days_off_as_whole_events(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "school.db"
    shutil.copyfile(demo_file, db)
    out = tmp_path / "agenda.ics"
    code = cli.main(["export", "ical", "--with-holidays", "--out", str(out), "--db", str(db)])
    assert code == 0, capsys.readouterr().err
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    free = [e for e in events if str(e["UID"]).startswith("vrij-")]
    christmas = [e for e in free if "Kerstvakantie" in str(e["SUMMARY"])]
    assert len(christmas) == 1  # one event for the whole holiday, not one per day
    start, end = christmas[0].decoded("DTSTART"), christmas[0].decoded("DTEND")
    assert type(start) is dt.date and (end - start).days >= 14
    assert any("Studiedag" in str(e["SUMMARY"]) for e in free)
    assert all("STATUS" not in e for e in free)


def test_a_plan_file_with_a_malformed_uid_is_refused_with_its_place(demo_db: Database) -> None:
    from beroepsplanner.errors import PlanFileError
    from tests.io.plans import small_plan, to_bytes

    plan = small_plan()
    plan["chains"][0]["uid"] = "keten-17"
    with pytest.raises(PlanFileError, match=r"chains\[0\]\.uid: een kenmerk als"):
        read_plan(to_bytes(plan))


def test_the_upgrade_gives_every_existing_chain_its_own_identifier(
    demo_file: Path, tmp_path: Path
) -> None:
    from alembic import command

    from beroepsplanner.store.database import _alembic_config, _migration_engine

    path = tmp_path / "oud.db"
    shutil.copyfile(demo_file, path)
    engine = _migration_engine(path)
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0004")
    engine.dispose()
    database = open_database(path)  # upgrades to the head
    try:
        with database.session() as session:
            uids = session.scalars(select(Chain.uid)).all()
            school_uids = session.execute(select(SchoolClass.id)).all()
    finally:
        database.close()
    assert len(uids) == len(set(uids)) > 20 and all(len(u) == 36 for u in uids)
    assert school_uids
