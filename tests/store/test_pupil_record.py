"""Each pupil's record (issue 15, item 4), on SQLite and on PostgreSQL: absences and ticks
stored and read back, refused input, the rows going with their chain, their pupil and the
purge of past years, the pupil's data export, and the record over two school years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.pupil_record import ChainPupilEntry, Talent
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.chain_editing import delete_chain
from beroepsplanner.store.chain_pupils import (
    chain_entries,
    chain_pupil_sheet,
    pupil_entries,
    put_back_entries,
    set_chain_pupil_entry,
)
from beroepsplanner.store.database import _migration_engine
from beroepsplanner.store.models import Activity, Chain, ChainPupil, Pupil, SchoolClass, SchoolYearRow
from beroepsplanner.store.pupils import (
    past_pupil_counts,
    pupil_record,
    purge_past_pupils,
    remove_pupil,
)
from beroepsplanner.store.record_document import record_document
from beroepsplanner.store.schema import alembic_config, head_revision
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.years import plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"
LATER = dt.date(2028, 7, 1)
"""A day after both school years: every planned chain's date has passed."""


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    """The demo school, on SQLite and on PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


def chain_of(database: Database, class_name: str, activity_key: str, year: str = OLD) -> int:
    with database.session() as session:
        return session.scalars(
            select(Chain.id)
            .join(Chain.school_class)
            .join(SchoolClass.school_year)
            .join(Activity, Chain.activity_id == Activity.id)
            .where(
                SchoolClass.name == class_name,
                SchoolYearRow.label == year,
                Activity.key == activity_key,
            )
        ).one()


def rows(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(ChainPupil)) or 0


def test_absences_and_ticks_are_stored_and_read_back(demo_db: Database) -> None:
    chain_id = chain_of(demo_db, "Groep 6a", "bedrijfsbezoek-techyourfuture")
    with demo_db.session() as session:
        sheet = chain_pupil_sheet(session, chain_id)
    assert sheet.class_name == "Groep 6a" and len(sheet.rows) == 27
    assert all(row.entry.is_empty for row in sheet.rows)
    first, second = sheet.rows[0].pupil_id, sheet.rows[1].pupil_id
    ticks = ChainPupilEntry(
        chain_id, second, talents=(Talent.MAKING, Talent.TEAMWORK, Talent.MAKING), wants_more=True,
        own_words="  Ik wil later & misschien <monteur> worden!  ",
    )
    with demo_db.transaction() as session:
        before = set_chain_pupil_entry(session, ChainPupilEntry(chain_id, first, absent=True))
        set_chain_pupil_entry(session, ticks)
    assert before == ChainPupilEntry(chain_id, first)
    with demo_db.session() as session:
        entries = {r.pupil_id: r.entry for r in chain_pupil_sheet(session, chain_id).rows}
    assert entries[first] == ChainPupilEntry(chain_id, first, absent=True)
    # The talents in the logbook's order, once each; the words trimmed, kept as typed.
    assert entries[second] == ChainPupilEntry(
        chain_id, second, talents=(Talent.TEAMWORK, Talent.MAKING), wants_more=True,
        own_words="Ik wil later & misschien <monteur> worden!",
    )
    assert rows(demo_db) == 2

    # Back to nothing: the row goes; the previous entry comes back for the undo.
    with demo_db.transaction() as session:
        previous = set_chain_pupil_entry(session, ChainPupilEntry(chain_id, second))
    assert previous == entries[second]
    assert rows(demo_db) == 1


@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("eerste regel\ntweede regel", "character-problem"),
        ("een tab\tertussen", "character-problem"),
        ("x" * 201, "field-one-line"),
    ],
)
def test_own_words_that_do_not_fit_one_printed_line_are_refused(
    demo_db: Database, words: str, key: str
) -> None:
    chain_id = chain_of(demo_db, "Groep 6a", "bedrijfsbezoek-techyourfuture")
    with demo_db.session() as session:
        pupil_id = chain_pupil_sheet(session, chain_id).rows[0].pupil_id
    with pytest.raises(InvalidInputError) as refused, demo_db.transaction() as session:
        set_chain_pupil_entry(session, ChainPupilEntry(chain_id, pupil_id, own_words=words))
    assert refused.value.key == key
    assert "eigen woorden" in str(refused.value)
    assert rows(demo_db) == 0


def test_a_pupil_of_another_class_or_a_gone_chain_is_refused(demo_db: Database) -> None:
    chain_id = chain_of(demo_db, "Groep 6a", "bedrijfsbezoek-techyourfuture")
    other = chain_of(demo_db, "Groep 7", "talentenkijker")
    with demo_db.session() as session:
        pupil = chain_pupil_sheet(session, other).rows[0]
    with pytest.raises(InvalidInputError) as refused, demo_db.transaction() as session:
        set_chain_pupil_entry(session, ChainPupilEntry(chain_id, pupil.pupil_id, absent=True))
    assert refused.value.key == "record-pupil-not-in-class"
    assert str(refused.value).startswith(f"{pupil.display_name} zit niet in Groep 6a")
    with pytest.raises(NotFoundError) as gone, demo_db.session() as session:
        chain_pupil_sheet(session, 99999)
    assert gone.value.key == "chain-gone"


def test_deleting_a_chain_or_a_pupil_deletes_its_rows_and_an_undo_puts_them_back(
    demo_db: Database,
) -> None:
    chain_id = chain_of(demo_db, "Groep 6a", "bedrijfsbezoek-techyourfuture")
    later = chain_of(demo_db, "Groep 6a", "workshop-de-wetenschapper")
    with demo_db.transaction() as session:
        pupils = [r.pupil_id for r in chain_pupil_sheet(session, chain_id).rows[:3]]
        for pupil_id in pupils:
            for chain in (chain_id, later):
                set_chain_pupil_entry(session, ChainPupilEntry(chain, pupil_id, wants_more=True))
    assert rows(demo_db) == 6

    with demo_db.transaction() as session:
        kept = chain_entries(session, chain_id)
        form = delete_chain(session, chain_id)
    assert rows(demo_db) == 3
    with demo_db.transaction() as session:
        from beroepsplanner.store.chain_editing import restore_chain

        back = restore_chain(session, form, chain_id)
        assert put_back_entries(session, kept, chain_ids={chain_id: back}) == 3
    assert rows(demo_db) == 6

    with demo_db.transaction() as session:
        taken = pupil_entries(session, pupils[:1])
        remove_pupil(session, pupils[0])
    assert len(taken) == 2 and rows(demo_db) == 4


def _two_years(database: Database) -> tuple[int, str]:
    """Groep 6a's pupil (its id in the new year, and its name) who took part in the visit,
    was absent from the workshop, and went on to Groep 7a, where the chains copied from
    last year's groep 7 were carried out."""
    visit = chain_of(database, "Groep 6a", "bedrijfsbezoek-techyourfuture")
    workshop = chain_of(database, "Groep 6a", "workshop-de-wetenschapper")
    with database.transaction() as session:
        row = chain_pupil_sheet(session, visit).rows[1]
        set_chain_pupil_entry(
            session,
            ChainPupilEntry(visit, row.pupil_id, talents=(Talent.COMPUTERS,), own_words="Gaaf!"),
        )
        set_chain_pupil_entry(session, ChainPupilEntry(workshop, row.pupil_id, absent=True))
        start_next_year(session, plan_next_year(session, NEW))
    with database.transaction() as session:
        new_row = session.scalars(select(Pupil).where(Pupil.previous_id == row.pupil_id)).one()
        for chain in new_row.school_class.chains:
            chain.status = ChainStatus.DONE
        return new_row.id, row.display_name


def test_the_record_holds_both_school_years_and_not_the_absent_chain(demo_db: Database) -> None:
    _pupil_id, name = _two_years(demo_db)
    with demo_db.session() as session:
        document = record_document(session, "Groep 7a", school_year=NEW, today=LATER)
    assert document.class_name == "Groep 7a" and document.school_year == NEW
    sheet = next(p for p in document.pupils if p.display_name == name)
    assert [(y.school_year, y.class_name, y.grade) for y in sheet.years] == [
        (OLD, "Groep 6a", 6),
        (NEW, "Groep 7a", 7),
    ]
    old, new = sheet.years
    # Groep 6a: the visit (done), not the concept (talentgesprek); the workshop only as absent.
    assert [c.title for c in old.chains] == ["Bezoek: van idee naar product"]
    visit = old.chains[0]
    assert visit.company == "Gamestudio Pixelpolder, Amersfoort"
    assert visit.talents == (Talent.COMPUTERS,) and visit.own_words == "Gaaf!"
    assert visit.professions and visit.worlds and visit.role_models
    assert [title for title, _ in old.absent] == ["Workshop: de wetenschapper"]
    assert len(new.chains) == 3 and not new.absent
    # Every pupil of the class is in it, the others without last year's ticks.
    assert len(document.pupils) == 27
    assert all(not c.talents for p in document.pupils if p.display_name != name
               for y in p.years for c in y.chains)


def test_purging_removes_the_pupils_who_left_and_keeps_the_line_of_those_still_here(
    demo_db: Database,
) -> None:
    pupil_id, _name = _two_years(demo_db)
    with demo_db.transaction() as session:
        chain = session.scalars(
            select(Chain.id).join(Chain.school_class).where(SchoolClass.name == "Groep 7a")
        ).first()
        assert chain is not None
        set_chain_pupil_entry(session, ChainPupilEntry(chain, pupil_id, wants_more=True))
        # A leaver's record: last year's groep 8 went on to secondary school.
        leaver = session.scalars(
            select(Pupil).join(Pupil.school_class).join(SchoolClass.school_year)
            .where(SchoolClass.grade == 8, SchoolYearRow.label == OLD)
        ).first()
        assert leaver is not None
        eight = next(c.id for c in leaver.school_class.chains)
        set_chain_pupil_entry(session, ChainPupilEntry(eight, leaver.id, own_words="Tot ziens"))
        old_rows = session.scalar(
            select(func.count(Pupil.id)).join(Pupil.school_class).join(SchoolClass.school_year)
            .where(SchoolYearRow.label == OLD)
        )
        continuing = session.scalar(select(func.count(Pupil.id)).where(Pupil.previous_id.is_not(None)))
    assert rows(demo_db) == 4
    with demo_db.session() as session:
        counts = past_pupil_counts(session, NEW)
    # Every pupil of last year who is not in a class of the new year: groep 8's leavers.
    assert counts == {OLD: old_rows - continuing} and counts[OLD] > 0
    with demo_db.transaction() as session:
        assert purge_past_pupils(session, NEW) == old_rows - continuing
    with demo_db.session() as session:
        assert session.get(Pupil, leaver.id) is None
        left = {(r.chain_id, r.pupil_id) for r in session.scalars(select(ChainPupil))}
        # The leaver's line is gone; the pupil still at school keeps both years' record.
        assert (eight, leaver.id) not in left and (chain, pupil_id) in left and len(left) == 3
        sheet = next(
            p for p in record_document(session, "Groep 7a", school_year=NEW, today=LATER).pupils
            if p.display_name == _name
        )
        assert [y.school_year for y in sheet.years] == [OLD, NEW]
        assert past_pupil_counts(session, NEW) == {}


def test_the_pupils_data_export_holds_the_record_of_every_year(demo_db: Database) -> None:
    pupil_id, name = _two_years(demo_db)
    with demo_db.session() as session:
        data = pupil_record(session, pupil_id)
    assert (data.display_name, data.class_name, data.school_year) == (name, "Groep 7a", NEW)
    assert [y.school_year for y in data.earlier] == [OLD]
    chains = {c.activity: c for c in data.earlier[0].chains}
    visit = chains["Bedrijfsbezoek maakbedrijf (TechYourFuture)"]
    assert visit.talents == ("computers",) and visit.own_words == "Gaaf!" and not visit.absent
    assert chains["Workshop De wetenschapper (NEMO)"].absent


def test_revision_0010_downgrades_to_0008_and_upgrades_again(demo_db: Database) -> None:
    """The downgrade drops the record (and only it); the upgrade makes the table again."""
    chain_id = chain_of(demo_db, "Groep 6a", "bedrijfsbezoek-techyourfuture")
    with demo_db.transaction() as session:
        pupil_id = chain_pupil_sheet(session, chain_id).rows[0].pupil_id
        set_chain_pupil_entry(session, ChainPupilEntry(chain_id, pupil_id, absent=True))
    if demo_db.path is not None:
        path = demo_db.path
        demo_db.close()
        engine = _migration_engine(path)
    else:
        engine = demo_db.engine
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0008")
        with engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == "0008"
            tables = set(inspect(connection).get_table_names())
            assert "chain_pupils" not in tables and "pupils" in tables
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == head_revision()
            assert connection.execute(text("SELECT count(*) FROM chain_pupils")).scalar() == 0
            assert connection.execute(text("SELECT count(*) FROM pupils")).scalar() == 225
    finally:
        if engine is not demo_db.engine:
            engine.dispose()


def test_db_copy_takes_the_record_along(demo_db: Database, tmp_path: Path) -> None:
    """``db copy`` (a file to a server and back) carries every table of the models."""
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.transfer.copy import copy_database

    chain_id = chain_of(demo_db, "Groep 6a", "bedrijfsbezoek-techyourfuture")
    with demo_db.transaction() as session:
        pupil_id = chain_pupil_sheet(session, chain_id).rows[0].pupil_id
        entry = ChainPupilEntry(chain_id, pupil_id, talents=(Talent.CARING,), own_words="Łukasz & ik")
        set_chain_pupil_entry(session, entry)
    location = demo_db.location
    demo_db.close()
    copy_database(location, tmp_path / "kopie.db")
    copy = open_database(tmp_path / "kopie.db")
    try:
        with copy.session() as session:
            assert chain_entries(session, chain_id) == (entry,)
    finally:
        copy.close()
