"""Two people editing the same chain, class, pupil, company or school details at once, on
a SQLite file and on a PostgreSQL server (``store/row_versions.py``, issue 16 item 4).

Each "window" is a database opened on its own (its own engine and sessions), as two
programs on one file or two laptops on one server are: it reads the row with its version,
the user edits, and the save runs in a new transaction with that version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from alembic import command
from sqlalchemy import select, text

from beroepsplanner.domain.company_details import ContactDetails
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.chain_editing import (
    ChainForm,
    delete_chain,
    load_chain_form,
    save_chain_form,
)
from beroepsplanner.store.change_log import touched_so_far
from beroepsplanner.store.classes import ClassFields, class_info, find_class, update_class
from beroepsplanner.store.company_network import company_details, update_company
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Chain, Company, RoleModel, SchoolClass, chain_role_models
from beroepsplanner.store.planner import move_chain
from beroepsplanner.store.pupils import class_pupils, rename_pupil
from beroepsplanner.store.row_versions import (
    ChangedByColleagueError,
    ensure_versions,
    row_version,
    written_versions,
)
from beroepsplanner.store.schema import alembic_config
from beroepsplanner.store.school import school_details, update_school
from beroepsplanner.store.sessions import Database


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    """The demo school on SQLite and on PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


@pytest.fixture
def colleague(demo: Database) -> Iterator[Database]:
    """The same database opened a second time: a colleague's window."""
    other = open_database(demo.location)
    yield other
    other.close()


def first_chain(database: Database) -> int:
    with database.session() as session:
        return session.scalars(select(Chain.id).order_by(Chain.id)).first()  # type: ignore[return-value]


def read_chain(database: Database, chain_id: int) -> tuple[ChainForm, int]:
    """What a chain builder reads: the version first, then the form."""
    with database.session() as session:
        version = row_version(session, "chains", chain_id)
        assert version is not None
        return load_chain_form(session, chain_id), version


# --- chains ------------------------------------------------------------------------------


def test_the_second_save_of_a_chain_is_refused_and_the_first_stays(
    demo: Database, colleague: Database
) -> None:
    chain_id = first_chain(demo)
    mine, my_version = read_chain(demo, chain_id)
    theirs, their_version = read_chain(colleague, chain_id)
    assert my_version == their_version

    theirs = dataclasses.replace(theirs, notes="Bus om 8:15 besteld.")
    with colleague.transaction() as session:
        save_chain_form(session, theirs, chain_id, expected_version=their_version)
    typed = dataclasses.replace(mine, notes="Ouders gevraagd voor begeleiding.", project="Techniekweek")
    with pytest.raises(ChangedByColleagueError) as refused, demo.transaction() as session:
        save_chain_form(session, typed, chain_id, expected_version=my_version)

    error = refused.value
    assert error.key == "changed-by-colleague"
    assert "Een collega heeft deze keten intussen gewijzigd" in str(error)
    assert error.value("kind") == "chain"
    assert ":" in error.value("name")  # "Groep …: activity"
    assert error.mine == typed  # what this user typed comes back for the window
    assert error.newer.notes == "Bus om 8:15 besteld."  # what the colleague saved
    assert error.version == my_version + 1
    stored, version = read_chain(demo, chain_id)
    assert stored.notes == "Bus om 8:15 besteld." and stored.project == theirs.project
    assert version == my_version + 1

    # Saved over the newer version on purpose (the window asks twice): it is written.
    with demo.transaction() as session:
        save_chain_form(session, typed, chain_id, expected_version=error.version)
    assert read_chain(demo, chain_id) == (
        dataclasses.replace(typed, notes=typed.notes), my_version + 2
    )


def test_a_save_from_the_current_version_raises_it_by_one(demo: Database) -> None:
    chain_id = first_chain(demo)
    form, version = read_chain(demo, chain_id)
    with demo.transaction() as session:
        save_chain_form(session, dataclasses.replace(form, notes="x"), chain_id, expected_version=version)
    assert read_chain(demo, chain_id)[1] == version + 1


def test_only_the_lessons_changing_still_raises_the_chains_version(demo: Database) -> None:
    chain_id = first_chain(demo)
    form, version = read_chain(demo, chain_id)
    lesson = form.lessons[0]
    moved = form.with_lesson(0, title=lesson.title + " (aangepast)")
    with demo.transaction() as session:
        save_chain_form(session, moved, chain_id)
    assert read_chain(demo, chain_id)[1] == version + 1


def test_a_move_in_the_planner_raises_the_version_so_an_open_builder_cannot_save_over_it(
    demo: Database, colleague: Database
) -> None:
    with demo.session() as session:
        chain = session.scalars(
            select(Chain).where(Chain.status != ChainStatus.DONE).order_by(Chain.id)
        ).first()
        assert chain is not None
        chain_id, day = chain.id, chain.date
    form, version = read_chain(demo, chain_id)
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7)
    with colleague.transaction() as session:
        move_chain(session, chain_id, monday)
    with pytest.raises(ChangedByColleagueError), demo.transaction() as session:
        save_chain_form(session, form, chain_id, expected_version=version)
    assert read_chain(demo, chain_id)[0].date != form.date


def test_deleting_a_chain_a_colleague_changed_is_refused(demo: Database, colleague: Database) -> None:
    chain_id = first_chain(demo)
    form, version = read_chain(demo, chain_id)
    with colleague.transaction() as session:
        save_chain_form(session, dataclasses.replace(form, notes="nog nodig"), chain_id)
    with pytest.raises(ChangedByColleagueError), demo.transaction() as session:
        delete_chain(session, chain_id, expected_version=version)
    assert read_chain(demo, chain_id)[0].notes == "nog nodig"


def test_a_flush_over_a_row_loaded_before_a_colleagues_save_is_refused_whole(
    demo: Database, colleague: Database
) -> None:
    """The ORM's own check (version_id_col) under the explicit one: no expected version
    handed in (a command-line writer), the row loaded, a colleague saves, then ours."""
    chain_id = first_chain(demo)
    with pytest.raises(ChangedByColleagueError) as refused, demo.transaction() as session:
        chain = session.get(Chain, chain_id)
        assert chain is not None
        chain.notes = "van mij"
        with colleague.transaction() as other:
            other_chain = other.get(Chain, chain_id)
            assert other_chain is not None
            other_chain.notes = "van de collega"
        session.flush()
    assert refused.value.key == "changed-while-saving"
    assert read_chain(demo, chain_id)[0].notes == "van de collega"


# --- classes, pupils, companies, the school --------------------------------------------------


def test_the_second_edit_of_a_class_is_refused_with_both_versions(
    demo: Database, colleague: Database
) -> None:
    with demo.session() as session:
        info = class_info(session, find_class(session, "Groep 6b").id)
    with colleague.transaction() as session:
        update_class(session, info.id, "Groep 6B", info.grade, "meester Ruud", expected_version=info.version)
    with pytest.raises(ChangedByColleagueError) as refused, demo.transaction() as session:
        update_class(session, info.id, info.name, info.grade, "juf Sanne", expected_version=info.version)
    assert refused.value.value("kind") == "class"
    assert "deze klas" in str(refused.value)
    assert refused.value.newer == ClassFields("Groep 6B", info.grade, "meester Ruud")
    assert refused.value.mine == ClassFields(info.name, info.grade, "juf Sanne")
    with demo.session() as session:
        assert session.get(SchoolClass, info.id).teacher == "meester Ruud"  # type: ignore[union-attr]


def test_the_second_rename_of_a_pupil_is_refused(demo: Database, colleague: Database) -> None:
    with demo.session() as session:
        pupil = class_pupils(session, find_class(session, "Groep 6b").id)[0]
    with colleague.transaction() as session:
        rename_pupil(session, pupil.id, "Noor B.", expected_version=pupil.version)
    with pytest.raises(ChangedByColleagueError) as refused, demo.transaction() as session:
        rename_pupil(session, pupil.id, "Noor C.", expected_version=pupil.version)
    assert (refused.value.newer, refused.value.mine) == ("Noor B.", "Noor C.")


def test_the_second_save_of_a_company_is_refused_and_a_contact_alone_counts(
    demo: Database, colleague: Database
) -> None:
    with demo.session() as session:
        company_id = session.scalars(select(Company.id).order_by(Company.id)).first()
        assert company_id is not None
        loaded = company_details(session, company_id)
    assert loaded.version is not None
    # The colleague adds a contact only: the company's own row is unchanged, its version not.
    added = dataclasses.replace(
        loaded, contacts=loaded.contacts + (ContactDetails("Kim de Wit", "planning"),)
    )
    with colleague.transaction() as session:
        update_company(session, company_id, added, expected_version=loaded.version)
    typed = dataclasses.replace(loaded, notes="Parkeren achter de hal.")
    with pytest.raises(ChangedByColleagueError) as refused, demo.transaction() as session:
        update_company(session, company_id, typed, expected_version=loaded.version)
    assert refused.value.value("kind") == "company"
    assert "dit bedrijf" in str(refused.value)
    assert refused.value.newer.contacts[-1].name == "Kim de Wit"
    assert refused.value.newer.version == loaded.version + 1
    assert refused.value.mine == typed
    with demo.session() as session:
        assert company_details(session, company_id).contacts == added.contacts


def test_the_second_save_of_the_school_details_is_refused(
    demo: Database, colleague: Database
) -> None:
    with demo.session() as session:
        loaded = school_details(session)
    assert loaded is not None and loaded.version is not None
    with colleague.transaction() as session:
        update_school(session, dataclasses.replace(loaded, place="Utrecht"), expected_version=loaded.version)
    with pytest.raises(ChangedByColleagueError) as refused, demo.transaction() as session:
        update_school(session, dataclasses.replace(loaded, name="De Regenboog"), expected_version=loaded.version)
    assert refused.value.value("kind") == "school"
    assert refused.value.newer.place == "Utrecht"


# --- undo: the versions a step wrote --------------------------------------------------------


def test_an_undo_over_a_colleagues_later_save_is_refused_and_writes_nothing(
    demo: Database, colleague: Database
) -> None:
    chain_id = first_chain(demo)
    form, version = read_chain(demo, chain_id)
    with demo.transaction() as session:
        save_chain_form(session, dataclasses.replace(form, notes="stap 1"), chain_id, expected_version=version)
        written = written_versions(session, touched_so_far(session).own)
    assert written == {("chains", chain_id): version + 1}
    with colleague.transaction() as session:
        save_chain_form(session, dataclasses.replace(form, notes="van de collega"), chain_id)
    with pytest.raises(ChangedByColleagueError) as refused, demo.transaction() as session:
        ensure_versions(session, written, what="Keten opslaan")
        save_chain_form(session, form, chain_id)  # never reached
    assert refused.value.key == "undo-changed-by-colleague"
    assert str(refused.value).startswith("Dit kan niet ongedaan worden gemaakt (‘Keten opslaan’): een collega heeft de keten")
    assert read_chain(demo, chain_id)[0].notes == "van de collega"
    # Without the colleague's save the same check lets the undo through.
    with demo.transaction() as session:
        again = written_versions(session, {"chains": [chain_id]})
    with demo.transaction() as session:
        ensure_versions(session, again, what="Keten opslaan", redo=True)


# --- the migration -----------------------------------------------------------------------------


def test_revision_0009_downgrades_and_upgrades_again_keeping_the_rows(
    make_database: Callable[[str], Database],
) -> None:
    database = make_database("demo")
    with database.session() as session:
        chains = session.scalar(text("SELECT count(*) FROM chains"))
    sqlite = database.path is not None
    with database.engine.connect() as connection:
        if sqlite:
            # As the program migrates a file: batch mode rebuilds the tables, and with foreign
            # keys on SQLite would empty what refers to them (store/database.py).
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        with connection.begin():
            config = alembic_config(connection)
            command.downgrade(config, "0008")
            columns = {c["name"] for c in connection.dialect.get_columns(connection, "chains")}
            assert "version" not in columns
            command.upgrade(config, "head")
        assert connection.scalar(text("SELECT count(*) FROM chains")) == chains
        assert set(connection.scalars(text("SELECT DISTINCT version FROM chains"))) == {1}
        if sqlite:
            connection.commit()
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def test_renaming_a_role_model_raises_the_versions_of_the_chains_linked_to_it(
    demo: Database,
) -> None:
    """A chain's version covers its role-model links: the company form renaming a person
    (a new row, the links moved to it) makes a chain builder opened before stale."""
    with demo.session() as session:
        linked = session.execute(
            select(chain_role_models.c.chain_id, RoleModel.company_id)
            .join(RoleModel, RoleModel.id == chain_role_models.c.role_model_id)
            .where(RoleModel.company_id.is_not(None))
        ).first()
    assert linked is not None
    chain_id, company_id = linked
    form, version = read_chain(demo, chain_id)
    with demo.transaction() as session:
        details = company_details(session, company_id)
        people = tuple(
            dataclasses.replace(r, name=r.name + " Jr.") if chain_id in r.linked_chains else r
            for r in details.role_models
        )
        update_company(session, company_id, dataclasses.replace(details, role_models=people))
    new_form, new_version = read_chain(demo, chain_id)
    assert new_version == version + 1
    assert new_form.role_model_ids != form.role_model_ids  # linked to the renamed row
    with pytest.raises(ChangedByColleagueError), demo.transaction() as session:
        save_chain_form(session, form, chain_id, expected_version=version)
