"""The change log (store/change_log.py): every write transaction is logged with its writer
and the rows it touched; an undo sees another writer's later change to those rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from beroepsplanner.io.company_import import parse_companies
from beroepsplanner.io.tables import read_csv_text
from beroepsplanner.store import change_log
from beroepsplanner.store.change_log import (
    ALL,
    Change,
    ChangedMeanwhileError,
    ChangeWatcher,
    Touched,
    committed_change,
    ensure_unchanged,
    entries_since,
    latest_revision,
    writer_of,
)
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import (
    Base,
    Chain,
    ChangeLogEntry,
    Company,
    CompanyContact,
    SchoolClass,
)
from beroepsplanner.store.planner import move_chain
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.company_import import import_companies
from beroepsplanner.store.transfer.window_import import company_import_snapshot, undo_company_import

ROWS = parse_companies(
    read_csv_text(
        "Naam;Plaats;Contactpersoon;E-mail\n"
        "Bakkerij Mol;Utrecht;Ans;ans@mol.nl\n"
        "Zorg BV;Ede;;\n"
        "Garage Smit;Zeist;;\n"
    )
).rows


# On SQLite and on PostgreSQL (tests/conftest.py, make_database).
@pytest.fixture
def database(make_database: Callable[[str], Database]) -> Database:
    return make_database("schema")


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


@pytest.fixture
def colleague(database: Database) -> Iterator[Database]:
    """The same database opened a second time: another writer (as another program would be)."""
    other = open_database(database.location, seed=False)
    yield other
    other.close()


def company_id(session: Session, name: str) -> int:
    return session.scalars(select(Company.id).where(Company.name == name)).one()


def imported(database: Database) -> Change:
    with database.transaction() as session:
        import_companies(session, ROWS)
    change = committed_change(session)
    assert change is not None
    return change


def add_contact(database: Database, company: str, name: str = "Kees") -> None:
    """What ``beroepsplanner import companies`` does for a new contact of a known company."""
    with database.transaction() as session:
        session.execute(
            insert(CompanyContact.__table__),
            [{"company_id": company_id(session, company), "name": name, "role": "",
              "email": "", "phone": ""}],
        )


def log_rows(database: Database) -> list[ChangeLogEntry]:
    with database.session() as session:
        return list(session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.revision)))


# --- writing the log ------------------------------------------------------------------------


def test_models_name_their_attributes_like_their_columns() -> None:
    # after_flush reads foreign keys from an object's attributes by column name.
    for mapper in Base.registry.mappers:
        for column in mapper.local_table.columns:
            assert mapper.get_property_by_column(column).key == column.name


def test_a_write_transaction_leaves_one_row_with_writer_time_and_keys(database: Database) -> None:
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    change = imported(database)
    rows = log_rows(database)
    assert [r.revision for r in rows] == [change.revision]
    row = rows[0]
    assert row.writer == writer_of(database) and len(row.writer) == 32
    assert before - dt.timedelta(seconds=1) <= row.at <= dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with database.session() as session:
        ids = sorted(session.scalars(select(Company.id)))
        contact = session.scalars(select(CompanyContact.id)).one()
    assert change.touched.own["companies"] == set(ids)
    assert change.touched.own["company_contacts"] == {contact}
    assert change.touched.parent["companies"] == {company_id_of(database, "Bakkerij Mol")}
    # Runs of ids are stored as [first, last].
    assert row.touched["own"]["companies"] == [[ids[0], ids[-1]]]


def company_id_of(database: Database, name: str) -> int:
    with database.session() as session:
        return company_id(session, name)


def test_reading_and_a_rolled_back_transaction_leave_no_row(database: Database) -> None:
    with database.session() as session:
        import_companies(session, ROWS)
        session.rollback()
    with pytest.raises(RuntimeError), database.transaction() as session:
        import_companies(session, ROWS)
        raise RuntimeError("stop")
    assert log_rows(database) == []
    with database.transaction() as session:
        session.scalars(select(Company)).all()
    assert committed_change(session) is None
    assert log_rows(database) == []


def test_bulk_updates_deletes_and_orm_changes_are_logged_with_their_parents(
    database: Database,
) -> None:
    imported(database)
    mol = company_id_of(database, "Bakkerij Mol")
    with database.transaction() as session:
        session.execute(update(Company).where(Company.name == "Zorg BV").values(notes="x"))
    zorg = company_id_of(database, "Zorg BV")
    assert committed_change(session).touched.own == {"companies": {zorg}}  # type: ignore[union-attr]

    with database.session() as session:
        contact = session.scalars(select(CompanyContact.id)).one()
    with database.transaction() as session:
        session.execute(update(CompanyContact), [{"id": contact, "phone": "030"}])
    touched = committed_change(session).touched  # type: ignore[union-attr]
    assert touched.own == {"company_contacts": {contact}}
    assert touched.parent == {"companies": {mol}}

    with database.transaction() as session:
        session.get(CompanyContact, contact).name = "Anna"  # type: ignore[union-attr]
        session.add(CompanyContact(company_id=zorg, name="Piet"))
    touched = committed_change(session).touched  # type: ignore[union-attr]
    assert touched.own["company_contacts"] >= {contact}
    assert touched.parent == {"companies": {mol, zorg}}

    with database.transaction() as session:
        session.delete(session.get(Company, mol))
    touched = committed_change(session).touched  # type: ignore[union-attr]
    assert touched.own["companies"] == {mol} and touched.own["company_contacts"] == {contact}


def test_a_statement_on_the_connection_itself_is_logged(demo_db: Database) -> None:
    # store/planner.py moves a chain with Core UPDATEs on the session's connection.
    with demo_db.session() as session:
        chain = session.scalars(select(Chain).where(Chain.status == "planned")).first()
        assert chain is not None
        chain_id, class_id, date = chain.id, chain.class_id, chain.date
    with demo_db.transaction() as session:
        move_chain(session, chain_id, date - dt.timedelta(days=date.weekday()) + dt.timedelta(weeks=1))
    touched = committed_change(session).touched  # type: ignore[union-attr]
    assert touched.own["chains"] == {chain_id}
    assert touched.parent["classes"] == {class_id}
    assert touched.own["chain_lessons"]


def test_a_whole_table_statement_counts_as_every_row(database: Database) -> None:
    imported(database)
    with database.transaction() as session:
        session.execute(update(Company).values(safety_checked=True))
    assert committed_change(session).touched.own == {"companies": {ALL}}  # type: ignore[union-attr]


def test_old_rows_are_pruned_on_the_hundredth_write(database: Database) -> None:
    long_ago = dt.datetime(2020, 1, 1)
    with database.engine.begin() as connection:
        connection.execute(
            insert(ChangeLogEntry.__table__),
            [{"writer": "x" * 32, "at": long_ago, "touched": {}} for _ in range(1_098)],
        )
    imported(database)  # revision 1099: nothing pruned yet
    assert len(log_rows(database)) == 1_099
    with database.transaction() as session:
        session.add(Company(name="Nieuw", place=""))
    assert committed_change(session).revision == 1_100  # type: ignore[union-attr]
    rows = log_rows(database)
    # Older than 30 days is pruned, but the newest 1000 stay whatever their age.
    assert len(rows) == change_log.KEEP_AT_LEAST
    assert rows[-1].revision == 1_100


def test_touched_keys_survive_their_stored_form() -> None:
    touched = Touched(
        own={"companies": {1, 2, 3, 7, 9, 10}, "company_worlds": {"3/4"}, "chains": {ALL}},
        parent={"classes": {5}},
    )
    assert touched.to_json()["own"] == {
        "chains": ALL,
        "companies": [[1, 3], 7, [9, 10]],
        "company_worlds": ["3/4"],
    }
    assert Touched.from_json(touched.to_json()) == touched


# --- undo over a colleague's work ---------------------------------------------------------


def test_another_writers_contact_on_an_imported_company_refuses_the_undo(
    database: Database, colleague: Database
) -> None:
    with database.session() as session:
        snapshot = company_import_snapshot(session, ROWS)
    change = imported(database)
    add_contact(colleague, "Zorg BV")
    with database.session() as session:
        count = session.scalar(select(func.count()).select_from(CompanyContact))

    with pytest.raises(ChangedMeanwhileError) as refused, database.transaction() as session:
        ensure_unchanged(session, change, what="Bedrijven inlezen")
        undo_company_import(session, snapshot)
    message = str(refused.value)
    assert message.startswith("Ongedaan maken van ‘Bedrijven inlezen’ kan niet: bedrijf ‘Zorg BV’ is")
    assert "door iemand anders gewijzigd" in message and message.endswith("Er is niets veranderd.")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CompanyContact)) == count
        assert session.scalar(select(func.count()).select_from(Company)) == 3


def test_an_unrelated_change_by_another_writer_does_not_refuse(
    database: Database, colleague: Database
) -> None:
    change = imported(database)
    with colleague.transaction() as session:
        other = Company(name="Ander bedrijf", place="Gouda")
        session.add(other)
        session.flush()
        session.add(CompanyContact(company_id=other.id, name="Jan"))
    with database.transaction() as session:
        ensure_unchanged(session, change, what="Bedrijven inlezen")


def test_own_later_changes_do_not_refuse(database: Database) -> None:
    change = imported(database)
    add_contact(database, "Zorg BV")
    with database.transaction() as session:
        ensure_unchanged(session, change, what="Bedrijven inlezen")


def test_an_edit_of_a_contact_the_import_added_refuses_and_so_does_redo(
    database: Database, colleague: Database
) -> None:
    change = imported(database)
    with colleague.transaction() as session:
        session.execute(update(CompanyContact).values(phone="06"))
    with pytest.raises(ChangedMeanwhileError, match="^Opnieuw uitvoeren van ‘Inlezen’ kan niet: "), \
            database.transaction() as session:
        ensure_unchanged(session, change, what="Inlezen", redo=True)


def test_two_chains_of_one_class_do_not_touch_each_other(demo_db: Database) -> None:
    with demo_db.session() as session:
        class_id = session.scalars(
            select(Chain.class_id).group_by(Chain.class_id).having(func.count() > 1)
        ).first()
        first, second = session.scalars(
            select(Chain.id).where(Chain.class_id == class_id).order_by(Chain.id).limit(2)
        ).all()
    with demo_db.transaction() as session:
        session.get(Chain, first).notes = "mijn notitie"  # type: ignore[union-attr]
    change = committed_change(session)
    assert change is not None
    other = open_database(demo_db.location, seed=False)
    try:
        with other.transaction() as session:
            session.get(Chain, second).notes = "van een collega"  # type: ignore[union-attr]
        with demo_db.transaction() as session:
            ensure_unchanged(session, change, what="Keten")
        with other.transaction() as session:
            session.get(SchoolClass, class_id).teacher = "Meester Bas"  # type: ignore[union-attr]
        with pytest.raises(ChangedMeanwhileError, match="klas ‘"), demo_db.transaction() as session:
            ensure_unchanged(session, change, what="Keten")
    finally:
        other.close()


def test_a_row_brought_back_under_a_new_id_by_this_writer_is_still_watched(
    database: Database, colleague: Database
) -> None:
    change = imported(database)
    zorg = company_id_of(database, "Zorg BV")
    # This window deletes Zorg BV and undoes that: the company returns under a new id.
    with database.transaction() as session:
        session.delete(session.get(Company, zorg))
    deleted = committed_change(session)
    with database.transaction() as session:
        session.add(Company(name="Zorg BV", place="Ede"))
    restored = committed_change(session)
    assert deleted is not None and restored is not None
    add_contact(colleague, "Zorg BV")
    with database.transaction() as session:
        ensure_unchanged(session, change, what="Inlezen")  # one step each: not linked
    groups = {deleted.revision: "delete", restored.revision: "delete"}
    with pytest.raises(ChangedMeanwhileError, match="bedrijf ‘Zorg BV’"), \
            database.transaction() as session:
        ensure_unchanged(session, change, what="Inlezen", groups=groups)


def test_a_step_older_than_the_kept_log_is_refused(database: Database) -> None:
    change = imported(database)
    with database.engine.begin() as connection:
        connection.execute(ChangeLogEntry.__table__.delete())
    with pytest.raises(ChangedMeanwhileError, match="kan niet meer"), database.transaction() as session:
        ensure_unchanged(session, change, what="Inlezen")


# --- noticing another writer ------------------------------------------------------------------


def test_the_watcher_reports_only_other_writers(database: Database, colleague: Database) -> None:
    watcher = ChangeWatcher(database)
    try:
        assert watcher.poll() is None
        imported(database)
        assert watcher.poll() is None  # our own change
        add_contact(colleague, "Zorg BV")
        found = watcher.poll()
        assert found is not None
        entries, complete = found
        assert complete and [e.writer for e in entries] == [writer_of(colleague)]
        assert entries[0].touched.tables() == {"company_contacts"}
        assert watcher.poll() is None
        with database.session() as session:
            assert watcher.seen == latest_revision(session)
            assert entries_since(session, watcher.seen) == ([], True)
    finally:
        watcher.close()
