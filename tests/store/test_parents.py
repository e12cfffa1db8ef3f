"""The register of what parents offer (issue 17 item 4), on SQLite and on PostgreSQL: the
privacy of the register (no surname stored, the date of consent required, every parent part
of the data export and of the purge of past school years), the class followed along its line
into the next school year, a parent as a role model of a chain without a company."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select, text

from beroepsplanner.domain.parents import ParentDetails, ParentOffer
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.chain_editing import check_form, load_chain_form, save_chain_form
from beroepsplanner.store.classes import delete_class
from beroepsplanner.store.database import _migration_engine, open_database
from beroepsplanner.store.models import (
    Activity,
    Chain,
    Parent,
    RoleModel,
    SchoolClass,
    SchoolYearRow,
    chain_role_models,
)
from beroepsplanner.store.parent_privacy import parent_data, past_parents, purge_past_parents
from beroepsplanner.store.parents import (
    add_parent,
    list_parents,
    parent_details,
    remove_parent,
    restore_parent,
    save_parent,
)
from beroepsplanner.store.schema import alembic_config, head_revision
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.copy import copy_database
from beroepsplanner.store.years import plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"
CONSENT = dt.date(2026, 9, 14)


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    """The demo school, on SQLite and on PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


def class_id(database: Database, name: str, year: str = OLD) -> int:
    with database.session() as session:
        return session.scalars(
            select(SchoolClass.id)
            .join(SchoolClass.school_year)
            .where(SchoolClass.name == name, SchoolYearRow.label == year)
        ).one()


def fatima(class_id: int, **changes: object) -> ParentDetails:
    details = ParentDetails(
        first_name="Fatima",
        class_id=class_id,
        consent_date=CONSENT,
        profession="verpleegkundige",
        company_text="Isala",
        offers=frozenset({ParentOffer.GUEST_LESSON, ParentOffer.ACCOMPANYING}),
        counter_stereotypical=False,
        note="Liever op woensdag.",
    )
    return dataclasses.replace(details, **changes)  # type: ignore[arg-type]


def add(database: Database, details: ParentDetails) -> int:
    with database.transaction() as session:
        return add_parent(session, details)


@pytest.mark.parametrize(
    "name",
    ["Jan de Vries", "Vries, Jan", "Mohamed El Amrani", "Anne Marie Louise", "Sem & Daan"],
)
def test_a_name_with_a_surname_is_refused_and_nothing_is_stored(demo_db: Database, name: str) -> None:
    group = class_id(demo_db, "Groep 6a")
    with pytest.raises(InvalidInputError) as refused, demo_db.transaction() as session:
        add_parent(session, fatima(group, first_name=name))
    assert refused.value.key in {
        "pupil-name-with-surname", "pupil-name-surname-first", "pupil-name-many-words",
        "two-pupils-in-name",
    }
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Parent)) == 0
        assert not session.scalar(
            select(func.count()).select_from(RoleModel).where(RoleModel.parent_id.is_not(None))
        )


def test_only_the_first_name_is_stored_as_typed(demo_db: Database) -> None:
    group = class_id(demo_db, "Groep 6a")
    parent_id = add(demo_db, fatima(group, first_name="  Anne Marie "))
    second = add(demo_db, fatima(group, first_name="Łukasz B."))
    with demo_db.session() as session:
        names = set(session.scalars(select(Parent.first_name)))
        role = session.scalars(select(RoleModel).where(RoleModel.parent_id == parent_id)).one()
        assert (role.name, role.company_id, role.is_parent) == ("Anne Marie", None, True)
        assert role.profession is not None and role.profession.key == "verpleegkundige"
    assert names == {"Anne Marie", "Łukasz B."}
    assert second != parent_id


def test_the_consent_date_is_required_and_not_in_the_future(demo_db: Database) -> None:
    group = class_id(demo_db, "Groep 6a")
    for date, key in ((None, "parent-consent-missing"), (dt.date(2999, 1, 1), "parent-consent-in-future")):
        with pytest.raises(InvalidInputError) as refused, demo_db.transaction() as session:
            add_parent(session, fatima(group, consent_date=date))
        assert refused.value.key == key
        assert "toestemming" in str(refused.value)
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Parent)) == 0


def test_the_same_first_name_twice_in_a_class_needs_an_initial(demo_db: Database) -> None:
    group = class_id(demo_db, "Groep 6a")
    add(demo_db, fatima(group))
    with pytest.raises(InvalidInputError) as refused, demo_db.transaction() as session:
        add_parent(session, fatima(group, first_name="fatima"))
    assert refused.value.key == "parent-exists" and "Fatima A." in str(refused.value)
    add(demo_db, fatima(group, first_name="Fatima B."))


def test_the_register_reads_back_what_was_saved_and_a_save_keeps_the_role_model_equal(
    demo_db: Database,
) -> None:
    group = class_id(demo_db, "Groep 6a")
    parent_id = add(demo_db, fatima(group))
    with demo_db.session() as session:
        (info,) = list_parents(session, OLD)
        assert parent_details(session, parent_id) == fatima(group)
    assert (info.first_name, info.class_name, info.job, info.company) == (
        "Fatima", "Groep 6a", "Verpleegkundige", "Isala"
    )
    assert info.world is not None and info.consent_date == CONSENT
    assert info.offers == {ParentOffer.GUEST_LESSON, ParentOffer.ACCOMPANYING}
    with demo_db.transaction() as session:
        save_parent(
            session, parent_id,
            fatima(group, first_name="Fatma", profession="kraanmachinist", counter_stereotypical=True),
            expected_version=info.version,
        )
    with demo_db.session() as session:
        role = session.scalars(select(RoleModel).where(RoleModel.parent_id == parent_id)).one()
        assert (role.name, role.profession_text, role.counter_stereotypical) == ("Fatma", "kraanmachinist", True)
        assert role.profession is None


def test_the_child_s_class_follows_its_line_into_the_next_school_year(demo_db: Database) -> None:
    sixth = class_id(demo_db, "Groep 6a")
    eighth = class_id(demo_db, "Groep 8")
    staying = add(demo_db, fatima(sixth))
    leaving = add(demo_db, fatima(eighth, first_name="Bram"))
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session))
    with demo_db.session() as session:
        now = list_parents(session, NEW)
        before = list_parents(session, OLD)
        assert past_parents(session, NEW) == [leaving]
        # Nothing written by the move: the row keeps the class it was entered in.
        assert session.get(Parent, staying).class_id == sixth  # type: ignore[union-attr]
    assert [(p.id, p.class_name, p.grade) for p in now] == [(staying, "Groep 7a", 7)]
    assert {p.id for p in before} == {staying, leaving}


def test_the_purge_of_past_years_erases_the_parents_of_leavers_with_their_guest_places(
    demo_db: Database,
) -> None:
    eighth = class_id(demo_db, "Groep 8")
    leaving = add(demo_db, fatima(eighth, first_name="Bram"))
    chain_id = _guest_lesson_chain(demo_db, eighth)
    _make_guest(demo_db, chain_id, leaving)
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session))
    with demo_db.session() as session:
        version = session.get(Chain, chain_id).version  # type: ignore[union-attr]
    with demo_db.transaction() as session:
        assert purge_past_parents(session, NEW) == 1
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Parent)) == 0
        assert session.scalar(select(func.count()).select_from(RoleModel).where(RoleModel.parent_id.is_not(None))) == 0
        assert not list(session.scalars(select(chain_role_models.c.role_model_id).where(chain_role_models.c.chain_id == chain_id)))
        assert session.get(Chain, chain_id).version == version + 1  # type: ignore[union-attr]
        assert purge_past_parents(session, NEW) == 0


def test_the_export_holds_everything_about_the_parent(demo_db: Database) -> None:
    group = class_id(demo_db, "Groep 6a")
    parent_id = add(demo_db, fatima(group))
    chain_id = _guest_lesson_chain(demo_db, group)
    _make_guest(demo_db, chain_id, parent_id)
    with demo_db.session() as session:
        data = parent_data(session, parent_id)
    assert (data.first_name, data.class_name, data.school_year) == ("Fatima", "Groep 6a", OLD)
    assert (data.job, data.company, data.consent_date, data.note) == (
        "Verpleegkundige", "Isala", CONSENT, "Liever op woensdag."
    )
    assert data.offers == ("gastles over het eigen beroep", "begeleiden bij uitjes")
    assert [g.class_name for g in data.guest_in] == ["Groep 6a"]


def test_removing_a_parent_takes_it_out_of_its_chains_and_undo_puts_both_back(demo_db: Database) -> None:
    group = class_id(demo_db, "Groep 6a")
    parent_id = add(demo_db, fatima(group))
    chain_id = _guest_lesson_chain(demo_db, group)
    role_id = _make_guest(demo_db, chain_id, parent_id)
    with demo_db.transaction() as session:
        removed = remove_parent(session, parent_id)
    with demo_db.session() as session:
        assert role_id not in load_chain_form(session, chain_id).role_model_ids
    with demo_db.transaction() as session:
        assert restore_parent(session, removed) == parent_id
    with demo_db.session() as session:
        assert role_id in load_chain_form(session, chain_id).role_model_ids
        assert parent_details(session, parent_id) == fatima(group)


def test_a_class_with_parents_in_the_register_is_not_removed(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        year = session.scalars(select(SchoolYearRow).where(SchoolYearRow.label == OLD)).one()
        empty = SchoolClass(name="Groep 3x", grade=3)
        year.classes.append(empty)
        session.flush()
        empty_id = empty.id
    add(demo_db, fatima(empty_id))
    with pytest.raises(InvalidInputError) as refused, demo_db.transaction() as session:
        delete_class(session, empty_id)
    assert refused.value.key == "class-has-parents"


def test_a_parent_guest_counts_as_a_role_model_without_a_company(demo_db: Database) -> None:
    """The rules see the parent like any role model (issue 17 item 6): a counter-
    stereotypical parent answers "no counter-stereotype", and a parent's guest lesson (one
    guest by its format) does not get "only one role model"."""
    group = class_id(demo_db, "Groep 6a")
    parent_id = add(demo_db, fatima(group, profession="automonteur", counter_stereotypical=True))
    chain_id = _guest_lesson_chain(demo_db, group)
    with demo_db.session() as session:
        before = {f.code for f in check_form(session, load_chain_form(session, chain_id), chain_id)}
    assert "no-counter-stereotype" in before
    _make_guest(demo_db, chain_id, parent_id)
    with demo_db.session() as session:
        after = {f.code for f in check_form(session, load_chain_form(session, chain_id), chain_id)}
    assert "no-counter-stereotype" not in after
    assert "single-role-model" not in after


# --- helpers --------------------------------------------------------------------------------


def _guest_lesson_chain(database: Database, group: int) -> int:
    """A parent's guest lesson for the class, without a company or role model."""
    with database.transaction() as session:
        activity = session.scalars(select(Activity).where(Activity.key == "gastles-ouder")).one()
        school_class = session.get(SchoolClass, group)
        assert school_class is not None
        chain = Chain(activity=activity, date=school_class.school_year.start_date + dt.timedelta(days=60))
        school_class.chains.append(chain)
        session.flush()
        return chain.id


def _make_guest(database: Database, chain_id: int, parent_id: int) -> int:
    with database.transaction() as session:
        role = session.scalars(select(RoleModel.id).where(RoleModel.parent_id == parent_id)).one()
        form = load_chain_form(session, chain_id)
        save_chain_form(session, dataclasses.replace(form, role_model_ids=(*form.role_model_ids, role)), chain_id)
        return role


def test_db_copy_takes_the_register_along(demo_db: Database, tmp_path: Path) -> None:
    """``db copy`` (either kind of database into a file) carries the parents and their
    role models."""
    group = class_id(demo_db, "Groep 6a")
    parent_id = add(demo_db, fatima(group, first_name="Łukasz"))
    _make_guest(demo_db, _guest_lesson_chain(demo_db, group), parent_id)
    location = demo_db.location
    demo_db.close()
    copy_database(location, tmp_path / "kopie.db")
    copy = open_database(tmp_path / "kopie.db")
    try:
        with copy.session() as session:
            assert parent_details(session, parent_id) == fatima(group, first_name="Łukasz")
            assert [p.id for p in list_parents(session, OLD)] == [parent_id]
            assert session.scalar(select(RoleModel.name).where(RoleModel.parent_id == parent_id)) == "Łukasz"
    finally:
        copy.close()


def test_revision_0014_downgrades_without_leaving_a_parent_behind(demo_db: Database) -> None:
    """The downgrade drops the register and the parents' role models (no first name stays
    behind as a role model without a register); the upgrade makes the table again."""
    group = class_id(demo_db, "Groep 6a")
    parent_id = add(demo_db, fatima(group))
    _make_guest(demo_db, _guest_lesson_chain(demo_db, group), parent_id)
    before = ScriptDirectory.from_config(alembic_config()).get_revision("0014").down_revision
    assert isinstance(before, str)
    if demo_db.path is not None:
        path = demo_db.path
        demo_db.close()
        engine = _migration_engine(path)
    else:
        engine = demo_db.engine
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), before)
        with engine.connect() as connection:
            assert "parents" not in set(inspect(connection).get_table_names())
            names = set(connection.execute(text("SELECT name FROM role_models")).scalars())
            assert "Fatima" not in names
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == head_revision()
            assert connection.execute(text("SELECT count(*) FROM parents")).scalar() == 0
            one_guest = connection.execute(
                text("SELECT count(*) FROM activities WHERE one_guest")
            ).scalar()
            assert one_guest == 0  # the seed sets it again; the migration gives false
    finally:
        if engine is not demo_db.engine:
            engine.dispose()


def test_the_paper_names_the_parent_guest_the_same_with_plain_sql(demo_db: Database) -> None:
    """``print --chain`` reads a chain with plain SQL (``store/document_query.py``): a
    parent's guest lesson reads the same as through the store, the guest marked as parent."""
    from beroepsplanner.store import document_query
    from beroepsplanner.store.documents import chain_document_by_id

    group = class_id(demo_db, "Groep 6a")
    parent_id = add(demo_db, fatima(group))
    chain_id = _guest_lesson_chain(demo_db, group)
    _make_guest(demo_db, chain_id, parent_id)
    raw = demo_db.engine.raw_connection()
    try:
        with demo_db.session() as session:
            stored = chain_document_by_id(session, chain_id)
            assert document_query.chain_document(raw.driver_connection, chain_id) == stored
    finally:
        raw.close()
    (guest,) = stored.role_models
    assert (guest.name, guest.profession, guest.parent) == ("Fatima", "Verpleegkundige", True)
    assert stored.company is None and "Verpleegkundige" in stored.professions
