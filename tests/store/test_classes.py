"""Classes and pupils in the store: the school set-up, classes, display names, undo records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from beroepsplanner.domain.kinds import ChainStatus, Region
from beroepsplanner.domain.pupils import PupilInfo
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.classes import (
    ClassFields,
    class_chains,
    class_info,
    delete_class,
    ensure_school,
    find_class,
    list_year_classes,
    newest_school_year,
    remove_empty_school_year,
    rename_class,
    restore_class,
    school_info,
    update_class,
)
from beroepsplanner.store.classes import add_class as store_add_class
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Pupil, School, SchoolClass, SchoolYearRow
from beroepsplanner.store.pupils import (
    add_pupil,
    class_pupils,
    remove_pupil,
    rename_pupil,
    restore_pupil,
)
from beroepsplanner.store.sessions import Database

YEAR = "2026-2027"
NAMES = ["Ayşe", "Łukasz", "Thị Ánh", "Jan-Willem", "Anne Marie", "Sem V. (2)"]


# On SQLite and on PostgreSQL (tests/conftest.py, make_database).
@pytest.fixture
def database(make_database: Callable[[str], Database]) -> Database:
    return make_database("schema")


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


def make_school(database: Database, year: str = YEAR) -> None:
    with database.transaction() as session:
        ensure_school(session, "Basisschool De Vlieger", Region.MIDDEN, year)


def make_class(database: Database, name: str = "Groep 6b", grade: int = 6) -> int:
    with database.transaction() as session:
        ensure_school(session, "Basisschool De Vlieger", Region.MIDDEN, YEAR)
        return store_add_class(session, YEAR, name, grade, "juf Marloes")


def pupil_names(database: Database, class_id: int) -> list[str]:
    with database.session() as session:
        return [p.display_name for p in class_pupils(session, class_id)]


def count(database: Database, model: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- the school and its school year ---------------------------------------------------


def test_ensure_school_creates_school_and_year_from_august_to_july(database: Database) -> None:
    with database.transaction() as session:
        year = ensure_school(session, "  Basisschool De Vlieger ", Region.MIDDEN, YEAR)
        assert (year.start_date, year.end_date) == (dt.date(2026, 8, 1), dt.date(2027, 7, 31))
    with database.session() as session:
        info = school_info(session)
    assert info is not None
    assert (info.name, info.region, info.school_years) == (
        "Basisschool De Vlieger",
        Region.MIDDEN,
        (YEAR,),
    )


def test_ensure_school_twice_adds_only_the_missing_year(database: Database) -> None:
    make_school(database)
    make_school(database)
    with database.transaction() as session:
        ensure_school(session, None, None, "2027-2028")
        assert newest_school_year(session) == "2027-2028"
    assert count(database, School) == 1
    assert count(database, SchoolYearRow) == 2


def test_ensure_school_refuses_another_school_or_region(database: Database) -> None:
    make_school(database)
    with database.transaction() as session:
        with pytest.raises(InvalidInputError, match="hoort bij school 'Basisschool De Vlieger'"):
            ensure_school(session, "De Regenboog", Region.MIDDEN, YEAR)
        with pytest.raises(InvalidInputError, match="ligt in regio Midden, niet in regio Noord"):
            ensure_school(session, "Basisschool De Vlieger", Region.NOORD, YEAR)
        # The same name in other capitals is the same school.
        ensure_school(session, "basisschool de vlieger", Region.MIDDEN, YEAR)


def test_ensure_school_needs_a_name_a_region_and_a_real_school_year(database: Database) -> None:
    with database.transaction() as session:
        with pytest.raises(InvalidInputError, match="naam van de school"):
            ensure_school(session, "  ", Region.ZUID, YEAR)
        with pytest.raises(InvalidInputError, match="Kies de regio"):
            ensure_school(session, "De Regenboog", None, YEAR)
        with pytest.raises(InvalidInputError, match="'2026-2028' is geen schooljaar"):
            ensure_school(session, "De Regenboog", Region.ZUID, "2026-2028")
    assert count(database, School) == 0


def test_no_school_means_no_info_and_no_newest_year(database: Database) -> None:
    with database.session() as session:
        assert school_info(session) is None
        assert newest_school_year(session) is None


def test_remove_empty_school_year_undoes_the_first_set_up(database: Database) -> None:
    make_school(database)
    with database.transaction() as session:
        remove_empty_school_year(session, YEAR)
    assert count(database, School) == count(database, SchoolYearRow) == 0


def test_remove_empty_school_year_keeps_a_year_with_classes(database: Database) -> None:
    make_class(database)
    with database.transaction() as session:
        remove_empty_school_year(session, YEAR)
    assert count(database, SchoolYearRow) == 1


# --- classes -----------------------------------------------------------------------------


def test_add_class_trims_the_name_and_lists_it_with_counts(database: Database) -> None:
    make_school(database)
    with database.transaction() as session:
        class_id = store_add_class(session, YEAR, "  Groep 6b ", 6, " juf Marloes ")
        add_pupil(session, class_id, "Ayşe")
    with database.session() as session:
        [info] = list_year_classes(session, YEAR)
        assert info == class_info(session, class_id)
    assert (info.name, info.grade, info.teacher, info.school_year) == (
        "Groep 6b",
        6,
        "juf Marloes",
        YEAR,
    )
    assert (info.pupils, info.chains) == (1, 0)


def test_a_class_name_is_unique_in_its_school_year(database: Database) -> None:
    make_class(database, "Groep 6b")
    with database.transaction() as session:
        with pytest.raises(InvalidInputError) as caught:
            store_add_class(session, YEAR, "groep 6B", 6, "")
    assert str(caught.value) == "Er is al een klas 'Groep 6b' in schooljaar 2026-2027."
    with database.transaction() as session:
        ensure_school(session, None, None, "2027-2028")
        store_add_class(session, "2027-2028", "Groep 6b", 6, "")
    assert count(database, SchoolClass) == 2


@pytest.mark.parametrize(
    ("name", "grade", "message"),
    [
        ("   ", 6, "Geef de klas een naam, bijvoorbeeld 'Groep 6b'."),
        ("Groep 9", 9, "Groep 9 bestaat niet; kies een groep van 1 tot en met 8."),
        ("Groep 0", 0, "Groep 0 bestaat niet"),
        ("G" * 101, 6, "hoogstens 100 tekens"),
        ("Groep\n6", 6, "op één regel"),
        ("Groep 6\x1b]0;x\x07", 6, r"De naam van de klas: de tekst bevat een onzichtbaar stuurteken \(\\x1b"),
        ("Groep\u202e6", 6, "schrijfrichting"),
    ],
)
def test_add_class_refuses_bad_input_with_a_dutch_message(
    database: Database, name: str, grade: int, message: str
) -> None:
    make_school(database)
    with database.transaction() as session:
        with pytest.raises(InvalidInputError, match=message):
            store_add_class(session, YEAR, name, grade, "")
    assert count(database, SchoolClass) == 0


def test_add_class_needs_an_existing_school_year(database: Database) -> None:
    make_school(database)
    with database.transaction() as session:
        with pytest.raises(NotFoundError, match="Schooljaar 2030-2031 bestaat nog niet"):
            store_add_class(session, "2030-2031", "Groep 3", 3, "")


def test_update_class_returns_the_old_values(database: Database) -> None:
    class_id = make_class(database)
    make_class(database, "Groep 7", 7)
    with database.transaction() as session:
        previous = update_class(session, class_id, "Groep 6c", 5, "meester Tim")
        assert previous == ClassFields("Groep 6b", 6, "juf Marloes")
        with pytest.raises(InvalidInputError, match="Er is al een klas 'Groep 7'"):
            update_class(session, class_id, "Groep 7", 5, "")
        # A change of capitals of its own name is no clash.
        update_class(session, class_id, "groep 6C", 5, "meester Tim")
    with database.session() as session:
        info = class_info(session, class_id)
    assert (info.name, info.grade, info.teacher) == ("groep 6C", 5, "meester Tim")


def test_rename_class_keeps_grade_and_teacher(database: Database) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        assert rename_class(session, class_id, "Groep 6 Zon") == "Groep 6b"
    with database.session() as session:
        info = class_info(session, class_id)
    assert (info.name, info.grade, info.teacher) == ("Groep 6 Zon", 6, "juf Marloes")


def test_delete_and_restore_class_keep_its_ids_and_pupils(database: Database) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        pupil_ids = [add_pupil(session, class_id, name) for name in NAMES]
    with database.transaction() as session:
        record = delete_class(session, class_id)
    assert count(database, SchoolClass) == count(database, Pupil) == 0
    assert record.name == "Groep 6b" and len(record.pupils) == len(NAMES)

    with database.transaction() as session:
        assert restore_class(session, record) == class_id
    with database.session() as session:
        restored = class_pupils(session, class_id)
        assert class_info(session, class_id).teacher == "juf Marloes"
    assert sorted(p.id for p in restored) == sorted(pupil_ids)
    assert sorted(p.display_name for p in restored) == sorted(NAMES)


def test_a_class_with_chains_cannot_be_deleted(demo: Database) -> None:
    with demo.session() as session:
        class_id = find_class(session, "Groep 7").id
    with demo.transaction() as session:
        with pytest.raises(InvalidInputError) as caught:
            delete_class(session, class_id)
    assert str(caught.value) == "Deze klas heeft nog ketens; verwijder eerst de ketens."
    with demo.session() as session:
        assert class_info(session, class_id).pupils > 0


def test_a_class_that_is_gone_gets_a_dutch_message(database: Database) -> None:
    with database.transaction() as session:
        with pytest.raises(NotFoundError, match="Deze klas bestaat niet meer"):
            class_info(session, 99)
        with pytest.raises(NotFoundError, match="Deze klas bestaat niet meer"):
            delete_class(session, 99)
        with pytest.raises(NotFoundError, match="Deze klas bestaat niet meer"):
            add_pupil(session, 99, "Ayşe")


# --- pupils ------------------------------------------------------------------------------


def test_pupil_names_are_kept_exactly_as_typed(database: Database) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        for name in NAMES:
            add_pupil(session, class_id, f"  {name} ")
    assert sorted(pupil_names(database, class_id)) == sorted(NAMES)


def test_pupils_are_listed_by_name_ignoring_case(database: Database) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        ids = {name: add_pupil(session, class_id, name) for name in ["bram", "Ayşe", "Cas"]}
    with database.session() as session:
        assert class_pupils(session, class_id) == [
            PupilInfo(ids["Ayşe"], "Ayşe"),
            PupilInfo(ids["bram"], "bram"),
            PupilInfo(ids["Cas"], "Cas"),
        ]


def test_a_duplicate_pupil_name_is_refused_with_the_surname_hint(database: Database) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        add_pupil(session, class_id, "Sem")
    with database.transaction() as session:
        with pytest.raises(InvalidInputError) as caught:
            add_pupil(session, class_id, " sem ")
    assert str(caught.value) == (
        "Er zit al een leerling 'Sem' in Groep 6b. "
        "Voeg de eerste letter van de achternaam toe, bijvoorbeeld 'Sem A.'."
    )
    with database.transaction() as session:
        add_pupil(session, class_id, "Sem A.")
        with pytest.raises(InvalidInputError, match="twee letters van de achternaam"):
            add_pupil(session, class_id, "Sem A.")
    assert pupil_names(database, class_id) == ["Sem", "Sem A."]


def test_the_same_name_in_another_unicode_form_is_a_duplicate(database: Database) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        add_pupil(session, class_id, "Ayşe")  # ş as one character
        with pytest.raises(InvalidInputError, match="Er zit al een leerling 'Ayşe'"):
            add_pupil(session, class_id, "Ays\u0327e")  # s + combining cedilla


def test_the_same_pupil_name_may_occur_in_another_class(database: Database) -> None:
    first = make_class(database, "Groep 6a")
    second = make_class(database, "Groep 6b")
    with database.transaction() as session:
        add_pupil(session, first, "Łukasz")
        add_pupil(session, second, "Łukasz")
    assert count(database, Pupil) == 2


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Vul de naam van de leerling in."),
        ("   ", "Vul de naam van de leerling in."),
        ("x" * 101, "Die naam is te lang"),
        ("Sem\tDaan", "op één regel"),
    ],
)
def test_add_pupil_refuses_bad_names(database: Database, name: str, message: str) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        with pytest.raises(InvalidInputError, match=message):
            add_pupil(session, class_id, name)
    assert count(database, Pupil) == 0


def test_a_name_of_exactly_100_characters_fits(database: Database) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        add_pupil(session, class_id, "Ä" * 100)
    assert pupil_names(database, class_id) == ["Ä" * 100]


def test_rename_pupil_returns_the_old_name_and_checks_duplicates(database: Database) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        ayse = add_pupil(session, class_id, "Ayse")
        add_pupil(session, class_id, "Thị Ánh")
    with database.transaction() as session:
        assert rename_pupil(session, ayse, "Ayşe") == "Ayse"
        with pytest.raises(InvalidInputError, match="Er zit al een leerling 'Thị Ánh'"):
            rename_pupil(session, ayse, "thị ánh")
        with pytest.raises(InvalidInputError, match="Vul de naam"):
            rename_pupil(session, ayse, " ")
        # Its own name in other capitals is no clash.
        assert rename_pupil(session, ayse, "AYŞE") == "Ayşe"
    assert pupil_names(database, class_id) == ["AYŞE", "Thị Ánh"]


def test_remove_and_restore_pupil_keep_the_id(database: Database) -> None:
    class_id = make_class(database)
    with database.transaction() as session:
        pupil_id = add_pupil(session, class_id, "D'Angelo")
    with database.transaction() as session:
        record = remove_pupil(session, pupil_id)
    assert (record.id, record.class_id, record.display_name) == (pupil_id, class_id, "D'Angelo")
    assert pupil_names(database, class_id) == []
    with database.transaction() as session:
        assert restore_pupil(session, record) == pupil_id
    assert pupil_names(database, class_id) == ["D'Angelo"]


def test_a_pupil_that_is_gone_gets_a_dutch_message(database: Database) -> None:
    make_class(database)
    with database.transaction() as session:
        with pytest.raises(NotFoundError, match="Deze leerling bestaat niet meer"):
            rename_pupil(session, 42, "Ayşe")
        with pytest.raises(NotFoundError, match="Deze leerling bestaat niet meer"):
            remove_pupil(session, 42)


# --- chains of a class ------------------------------------------------------------------


def test_class_chains_lists_activity_date_and_status_by_date(demo: Database) -> None:
    with demo.session() as session:
        groep7 = find_class(session, "Groep 7")
        expected = sorted((c.date, c.activity.title) for c in groep7.chains)
        chains = class_chains(session, groep7.id)
    assert len(chains) == 3
    assert [(c.date, c.activity_title) for c in chains] == expected
    for chain in chains:
        assert chain.status in ChainStatus
        assert chain.status_label == chain.status.label
    with demo.session() as session:
        info = class_info(session, groep7.id)
    assert info.chains == 3


def test_a_new_class_has_no_chains(database: Database) -> None:
    class_id = make_class(database)
    with database.session() as session:
        assert class_chains(session, class_id) == []


def test_a_removed_pupil_s_name_is_not_left_in_the_database_file(tmp_path) -> None:
    """Privacy: erasing a pupil overwrites the name in the file (secure_delete)."""
    from beroepsplanner.domain.kinds import Region
    from beroepsplanner.store.classes import add_class, ensure_school
    from beroepsplanner.store.pupils import add_pupil, remove_pupil

    path = tmp_path / "school.db"
    database = open_database(path)
    with database.transaction() as session:
        ensure_school(session, "De Vlieger", Region.MIDDEN, "2026-2027")
        class_id = add_class(session, "2026-2027", "Groep 6a", 6)
        pupil_id = add_pupil(session, class_id, "Zeynepqx")
    with database.transaction() as session:
        remove_pupil(session, pupil_id)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()

    stored = path.read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("school.db-*") if p.is_file()
    )
    assert b"Zeynepqx" not in stored


def test_every_connection_erases_deleted_data_whatever_sqlite_s_build_default() -> None:
    # Some SQLite builds (this machine's) have secure_delete on by default, others not.
    import sqlite3

    from beroepsplanner.store.database import _on_connect

    connection = sqlite3.connect(":memory:")
    connection.execute("PRAGMA secure_delete = OFF")
    _on_connect(connection, None)
    assert connection.execute("PRAGMA secure_delete").fetchone() == (1,)
    connection.close()


def test_control_characters_in_the_teacher_and_school_names_are_refused(database: Database) -> None:
    with database.transaction() as session:
        with pytest.raises(InvalidInputError, match=r"De naam van de school: .*\\x07, BEL"):
            ensure_school(session, "De Vlieger\x07", Region.MIDDEN, YEAR)
    make_school(database)
    with database.transaction() as session:
        with pytest.raises(InvalidInputError, match=r"De naam van de leerkracht: .*\\x85"):
            store_add_class(session, YEAR, "Groep 6b", 6, "juf\x85Anne")
    assert count(database, SchoolClass) == 0


def test_an_undo_brings_back_a_name_stored_before_the_display_rule(database: Database) -> None:
    """A name from an older database ('Sem & Daan') may come back by undo, not be typed anew."""
    class_id = make_class(database)
    with database.transaction() as session:
        pupil_id = add_pupil(session, class_id, "Sem")
        session.get(Pupil, pupil_id).display_name = "Sem & Daan"  # as an older version stored it
    with database.transaction() as session:
        assert rename_pupil(session, pupil_id, "Sem") == "Sem & Daan"
        assert rename_pupil(session, pupil_id, "Sem & Daan", undoing=True) == "Sem"
        record = remove_pupil(session, pupil_id)
        restore_pupil(session, record)
        with pytest.raises(InvalidInputError, match="twee leerlingen"):
            rename_pupil(session, pupil_id, "Sem & Daan")
    assert pupil_names(database, class_id) == ["Sem & Daan"]
