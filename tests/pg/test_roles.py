"""Who may do what on a school server (issue 16 item 6): the SQL of docs/school-server.md,
run as written, gives the coordinator everything, a teacher everything but the catalog and
the company network's deletions, the board read-only; on a board database each school's
logins see only that school's years, classes, pupils and chains, while the company network
is shared. A refused write is a Dutch message, and nothing changed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.pupil_record import ChainPupilEntry
from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.chain_pupils import chain_pupil_sheet, set_chain_pupil_entry
from beroepsplanner.store.classes import rename_class
from beroepsplanner.store.company_network import delete_company
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainPupil,
    Company,
    Pupil,
    School,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.sessions import Database
from tests.postgres import PostgresServer, new_database

SECOND_PUPILS = ("Łukasz T.", "Ayşe T.", "Sem & Daan T.")
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "school-server.md"


def guide_sql(name: str) -> str:
    """The SQL block after ``<!-- sql: name -->`` in docs/school-server.md, as written."""
    text = GUIDE.read_text(encoding="utf-8")
    found = re.search(rf"<!-- sql: {re.escape(name)} -->\s*```sql\n(.*?)```", text, re.S)
    assert found, f"docs/school-server.md has no SQL block {name!r}"
    return found.group(1)


LOGINS = {
    # login: the group roles it is a member of
    "coord_een": ("bp_coordinator", "bp_school_1"),
    "juf_een": ("bp_leerkracht", "bp_school_1"),
    "juf_twee": ("bp_leerkracht", "bp_school_2"),
    "bestuur": ("bp_alleenlezen", "bp_bestuur"),
}


@pytest.fixture(scope="module")
def roles(pg_server: PostgresServer) -> None:
    """The server's group roles and the people's logins (once per server)."""
    with pg_server.admin() as connection:
        connection.execute(guide_sql("roles"))
        connection.execute(guide_sql("school-roles").replace("GRANT bp_school_1 TO juf_anna;", ""))
        connection.execute("CREATE ROLE bp_school_2 NOLOGIN")
        for login, groups in LOGINS.items():
            connection.execute(f"CREATE ROLE {login} LOGIN IN ROLE {', '.join(groups)}")


@pytest.fixture
def board(pg_server: PostgresServer, roles: None) -> Iterator[str]:
    """A board database: the demo school (school 1) and a second school with a class of
    its own, the grants and the row-level security of the guide; its name."""
    name = new_database(pg_server, "demo")
    owner = open_database(pg_server.url(name), seed=False)
    try:
        with owner.transaction() as session:
            assert session.scalar(select(School.id)) == 1
            first_year = session.scalars(select(SchoolYearRow).order_by(SchoolYearRow.id)).first()
            assert first_year is not None
            second = School(name="De Tweede School", region=Region.MIDDEN, place="Ede")
            year = SchoolYearRow(
                label=first_year.label, start_date=first_year.start_date, end_date=first_year.end_date
            )
            second.school_years.append(year)
            group = SchoolClass(name="Groep 7 Tweede", grade=7)
            year.classes.append(group)
            group.pupils.extend(Pupil(display_name=n) for n in SECOND_PUPILS)
            session.add(second)
            session.flush()
            assert second.id == 2
    finally:
        owner.close()
    with psycopg.connect(pg_server.url(name), autocommit=True) as connection:
        connection.execute(guide_sql("grants"))
        connection.execute(guide_sql("row-level-security"))
    yield name
    pg_server.drop_database(name)


def as_login(server: PostgresServer, database: str, login: str) -> Database:
    return open_database(server.url(database, user=login), seed=False)


def counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            "schools": session.scalar(select(func.count()).select_from(School)) or 0,
            "classes": session.scalar(select(func.count()).select_from(SchoolClass)) or 0,
            "pupils": session.scalar(select(func.count()).select_from(Pupil)) or 0,
            "chains": session.scalar(select(func.count()).select_from(Chain)) or 0,
            "companies": session.scalar(select(func.count()).select_from(Company)) or 0,
        }


def test_each_school_sees_only_its_own_pupils_and_shares_the_company_network(
    pg_server: PostgresServer, board: str
) -> None:
    owner = open_database(pg_server.url(board), seed=False)
    everything = counts(owner)
    owner.close()
    assert everything["schools"] == 2

    one = as_login(pg_server, board, "juf_een")
    two = as_login(pg_server, board, "juf_twee")
    chair = as_login(pg_server, board, "bestuur")
    try:
        seen_one, seen_two = counts(one), counts(two)
        assert seen_one["schools"] == seen_two["schools"] == 1
        with one.session() as session:
            school = the_school(session)
            assert school is not None and school.id == 1
            names = set(session.scalars(select(Pupil.display_name)))
        assert not names & set(SECOND_PUPILS)
        assert seen_one["pupils"] == everything["pupils"] - 3
        assert seen_one["classes"] == everything["classes"] - 1
        assert seen_one["chains"] == everything["chains"]  # the second school has none
        with two.session() as session:
            school = the_school(session)
            assert school is not None and school.name == "De Tweede School"
            assert set(session.scalars(select(Pupil.display_name))) == set(SECOND_PUPILS)
        assert seen_two == {"schools": 1, "classes": 1, "pupils": 3, "chains": 0,
                            "companies": everything["companies"]}
        # The company network is the board's: every school sees all of it.
        assert seen_one["companies"] == everything["companies"] > 0
        # The board sees every school.
        assert counts(chair) == everything
    finally:
        for database in (one, two, chair):
            database.close()


def test_a_teacher_may_plan_but_not_change_the_catalog_or_delete_a_company(
    pg_server: PostgresServer, board: str
) -> None:
    teacher = as_login(pg_server, board, "juf_een")
    try:
        with teacher.session() as session:
            class_id = session.scalars(select(SchoolClass.id).order_by(SchoolClass.id)).first()
            company_id = unused_company(session)
            activity_key = session.scalars(select(Activity.key).order_by(Activity.id)).first()
        assert class_id is not None and company_id is not None and activity_key is not None
        with teacher.transaction() as session:
            rename_class(session, class_id, "Groep 8 Zonnebloem")

        for refused in (
            lambda s: delete_company(s, company_id),
            lambda s: s.execute(
                update(Activity).where(Activity.key == activity_key).values(title="Anders")
            ),
        ):
            with pytest.raises(DatabaseError) as caught:
                with teacher.transaction() as session:
                    refused(session)
            assert caught.value.key == "server-no-permission"
            assert "geen rechten om dit te wijzigen" in str(caught.value)
            assert "Er is niets opgeslagen" in str(caught.value)

        # A class in the other school's year: refused by row-level security.
        with teacher.session() as session:
            assert session.scalar(select(func.count()).select_from(SchoolYearRow)) >= 1
        with pytest.raises(DatabaseError) as caught:
            with teacher.transaction() as session:
                session.add(SchoolClass(name="Binnendringer", grade=5, school_year_id=_year_of(pg_server, board, 2)))
        assert caught.value.key == "server-no-permission"
    finally:
        teacher.close()
    owner = open_database(pg_server.url(board), seed=False)
    try:
        with owner.session() as session:
            assert session.get(Company, company_id) is not None
            assert session.scalar(select(Activity.title).where(Activity.key == activity_key)) != "Anders"
            assert session.get(SchoolClass, class_id).name == "Groep 8 Zonnebloem"
            assert session.scalars(select(SchoolClass).where(SchoolClass.name == "Binnendringer")).first() is None
    finally:
        owner.close()


def test_a_teacher_writes_the_pupils_record_and_the_other_school_does_not_see_it(
    pg_server: PostgresServer, board: str
) -> None:
    """The record (``chain_pupils``, issue 15 item 4) follows the pupil's school."""
    teacher = as_login(pg_server, board, "juf_een")
    other = as_login(pg_server, board, "juf_twee")
    try:
        with teacher.transaction() as session:
            chain_id = session.scalars(select(Chain.id).order_by(Chain.id)).first()
            assert chain_id is not None
            pupil_id = chain_pupil_sheet(session, chain_id).rows[0].pupil_id
            set_chain_pupil_entry(
                session, ChainPupilEntry(chain_id, pupil_id, absent=True, own_words="Łukasz & ik")
            )
        with teacher.session() as session:
            assert session.scalar(select(func.count()).select_from(ChainPupil)) == 1
        with other.session() as session:
            assert session.scalar(select(func.count()).select_from(ChainPupil)) == 0
    finally:
        teacher.close()
        other.close()


def unused_company(session: Session) -> int | None:
    """A company no chain uses (the store refuses to delete one in use, on any server)."""
    used = select(Chain.company_id).where(Chain.company_id.is_not(None))
    return session.scalars(
        select(Company.id).where(Company.id.not_in(used)).order_by(Company.id)
    ).first()


def _year_of(server: PostgresServer, database: str, school_id: int) -> int:
    with psycopg.connect(server.url(database)) as connection:
        row = connection.execute(
            "SELECT id FROM school_years WHERE school_id = %s ORDER BY id LIMIT 1", (school_id,)
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_the_coordinator_may_delete_and_the_board_only_reads(
    pg_server: PostgresServer, board: str
) -> None:
    coordinator = as_login(pg_server, board, "coord_een")
    chair = as_login(pg_server, board, "bestuur")
    try:
        with chair.session() as session:
            company_id = unused_company(session)
            class_id = session.scalars(select(SchoolClass.id).order_by(SchoolClass.id)).first()
        assert company_id is not None and class_id is not None
        with pytest.raises(DatabaseError) as caught:
            with chair.transaction() as session:
                rename_class(session, class_id, "Anders")
        assert caught.value.key == "server-no-permission"
        with coordinator.transaction() as session:
            delete_company(session, company_id)
        with chair.session() as session:
            assert session.get(Company, company_id) is None
    finally:
        coordinator.close()
        chair.close()


def test_the_window_opens_for_the_second_school_and_for_the_read_only_board(
    qtbot: QtBot, pg_server: PostgresServer, board: str
) -> None:
    from beroepsplanner.ui.main_window import MainWindow
    from beroepsplanner.ui.workspace import Workspace

    workspace = Workspace()
    workspace.open(pg_server.url(board, user="juf_twee"))
    try:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        window.show_page("classes")
        page = window.classes_page
        qtbot.waitUntil(lambda: page.class_view.model().rowCount() == 1)
        assert page.class_view.model().index(0, 0).data() == "Groep 7 Tweede"
        window.show_page("overview")
        window.show_page("planner")
        # The board's read-only login: the window opens (opening writes nothing).
        workspace.open(pg_server.url(board, user="bestuur"))
        window.show_page("classes")
        qtbot.waitUntil(lambda: page.class_view.model().rowCount() > 1)
    finally:
        workspace.close()


SHARED_BY_THE_BOARD = {"company_confirmations", "change_log"}
"""Not yet separated per school (docs/school-server.md says so): a confirmation is keyed by
the school year's label, the change log holds table names and numbers only."""


def school_tables() -> set[str]:
    """Every table that holds a school's own data: it points, through its foreign keys, at a
    school (schools, school years, classes, pupils, chains and what hangs under them)."""
    from beroepsplanner.store.models import Base

    owned = {"schools"}
    grew = True
    while grew:
        grew = False
        for table in Base.metadata.sorted_tables:
            if table.name in owned:
                continue
            if any(fk.column.table.name in owned for fk in table.foreign_keys):
                owned.add(table.name)
                grew = True
    return owned


def test_every_table_of_a_schools_own_data_has_row_level_security(
    pg_server: PostgresServer, board: str
) -> None:
    """A new table under a chain, a pupil or a class (the before-and-after totals, an
    evaluation, a parent) must get its policy in the guide too, or the other schools of a
    board would read it."""
    tables = school_tables()
    assert {"chains", "pupils", "chain_pupils", "chain_measurements"} <= tables
    with psycopg.connect(pg_server.url(board)) as connection:
        secured = {
            name
            for name, on in connection.execute(
                "SELECT relname, relrowsecurity FROM pg_class WHERE relkind = 'r'"
            ).fetchall()
            if on
        }
    assert sorted(tables - secured - SHARED_BY_THE_BOARD) == []


def test_each_school_sees_only_its_own_parents_and_their_role_models(
    pg_server: PostgresServer, board: str
) -> None:
    """The register (issue 17 item 4) follows the child's class: school 2's teacher sees
    neither school 1's parents nor the role models that are those parents; the companies'
    role models stay shared."""
    import datetime as dt

    from beroepsplanner.domain.parents import ParentDetails
    from beroepsplanner.store.models import Parent, RoleModel
    from beroepsplanner.store.parents import add_parent

    one = as_login(pg_server, board, "juf_een")
    try:
        with one.transaction() as session:
            group = session.scalars(select(SchoolClass.id).where(SchoolClass.name == "Groep 6a")).one()
            add_parent(session, ParentDetails("Fatima", group, dt.date(2026, 9, 1), "verpleegkundige"))
        with one.session() as session:
            assert session.scalar(select(func.count()).select_from(Parent)) == 1
            mine = session.scalar(select(func.count()).select_from(RoleModel)) or 0
    finally:
        one.close()
    two = as_login(pg_server, board, "juf_twee")
    try:
        with two.session() as session:
            assert session.scalar(select(func.count()).select_from(Parent)) == 0
            assert session.scalar(select(RoleModel.id).where(RoleModel.name == "Fatima")) is None
            assert session.scalar(select(func.count()).select_from(RoleModel)) == mine - 1
    finally:
        two.close()
