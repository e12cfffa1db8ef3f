"""The store's and the domain's refusals in the window's language: real errors of the store
functions (a class name taken, a pupil name with a surname, a study day on a holiday, an
emoji in an activity's title, ...) are English in the English window
(``ui/english/errors_store``) and the store's own Dutch text in the Dutch one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.proposal import propose_chain
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.activity_editing import delete_activity, update_activity
from beroepsplanner.store.calendar import add_study_day
from beroepsplanner.store.catalog import activity_draft, list_activities
from beroepsplanner.store.classes import add_class, ensure_school
from beroepsplanner.store.database import open_database
from beroepsplanner.store.professions import add_profession
from beroepsplanner.store.pupils import add_pupil
from beroepsplanner.store.school import SchoolDetails, update_school
from beroepsplanner.store.sessions import Database
from beroepsplanner.ui import error_text
from beroepsplanner.ui.app import LANGUAGE_ENV, install_translators
from beroepsplanner.ui.english import errors_store

DUTCH_WORDS = re.compile(
    r"\b(de|het|een|geen|groep|leerlingen?|keten|niet|en|van|voor|naar|met|klas|"
    r"vakantie|les|lessen|schoolweken?|bedrijf|wereld|kies|zet|naam|tekst|al|bestaat|"
    r"schooljaar|studiedag|teken|leerkracht|beroep|opgeslagen)\b",
    re.IGNORECASE,
)
"""Words that give away Dutch in an English sentence (tests/ui/test_domain_text.py's and more)."""

YEAR = "2026-2027"


@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    previous = QLocale()  # install_translators makes English the default locale too
    installed = install_translators(qapp)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the catalog, a school, school year 2026-2027 and class 6b with Ayşe."""
    path = tmp_path_factory.mktemp("store") / "school.db"
    database = open_database(path)
    with database.transaction() as session:
        ensure_school(session, "De Regenboog", Region.NOORD, YEAR)
        class_id = add_class(session, YEAR, "6b", 6, "Meester Jan")
        add_pupil(session, class_id, "Ayşe")
    database.close()
    return path


@pytest.fixture
def database(seeded: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "school.db"
    copy.write_bytes(seeded.read_bytes())
    database = open_database(copy)
    yield database
    database.close()


def refused(database: Database, action: Callable[..., object]) -> BeroepsplannerError:
    """The error ``action(session)`` raises in a transaction (rolled back)."""
    with pytest.raises(BeroepsplannerError) as caught, database.transaction() as session:
        action(session)
    return caught.value


def shown(
    exc: BeroepsplannerError, monkeypatch: pytest.MonkeyPatch, *named: str, key: str | None = None
) -> str:
    """The English the window shows for ``exc``: it names each of ``named`` and has no Dutch
    besides; the Dutch window shows the store's own text."""
    assert exc.key is not None, str(exc)
    if key is not None:
        assert exc.key == key, (exc.key, str(exc))
    text = error_text.error(exc)
    assert text != str(exc), text
    rest = text
    for value in named:
        assert value in text, text
        rest = rest.replace(value, "")
    assert not DUTCH_WORDS.search(rest), text
    assert "{" not in text and "%1" not in text, text
    monkeypatch.setenv(LANGUAGE_ENV, "nl")
    assert error_text.error(exc) == str(exc)
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    return text


def class_id(session) -> int:
    from sqlalchemy import select

    from beroepsplanner.store.models import SchoolClass

    return session.scalar(select(SchoolClass.id).where(SchoolClass.name == "6b"))


def test_a_class_name_that_exists(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = refused(database, lambda s: add_class(s, YEAR, "6B", 6))
    text = shown(exc, monkeypatch, "'6b'", YEAR, key="class-exists")
    assert text == f"There already is a class '6b' in school year {YEAR}."


def test_a_grade_that_does_not_exist(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = refused(database, lambda s: add_class(s, YEAR, "9a", 9))
    assert shown(exc, monkeypatch, key="grade-invalid").startswith("Grade 9 does not exist")


def test_a_control_character_in_a_class_name(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = refused(database, lambda s: add_class(s, YEAR, "7\x1ba", 7))
    text = shown(exc, monkeypatch, key="character-problem")
    assert text.startswith("The name of the class: the text contains an invisible control")
    assert "(\\x1b, Escape)" in text and "\x1b" not in text


def test_a_pupil_name_with_two_pupils_or_a_surname(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = refused(database, lambda s: add_pupil(s, class_id(s), "Anna en Piet"))
    text = shown(exc, monkeypatch, "'Anna en Piet'", key="two-pupils-in-name")
    assert text.endswith("Add each pupil separately.")
    exc = refused(database, lambda s: add_pupil(s, class_id(s), "Anna de Vries"))
    text = shown(exc, monkeypatch, "'Anna de Vries'", "'de'", key="pupil-name-with-surname")
    assert text.endswith(": 'Anna' or 'Anna V.'.")


def test_a_pupil_that_is_there_already(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = refused(database, lambda s: add_pupil(s, class_id(s), "ayşe"))
    text = shown(exc, monkeypatch, "'Ayşe'", "6b", key="pupil-exists")
    assert text.endswith("for example 'Ayşe A.'.")


def test_an_emoji_in_a_pupil_name(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = refused(database, lambda s: add_pupil(s, class_id(s), "Noor 🌸"))
    text = shown(exc, monkeypatch, "🌸", key="pupil-name-character")
    assert text.startswith("The text contains 🌸 (U+1F338): an emoji")


def test_a_study_day_on_a_holiday_and_outside_the_year(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from beroepsplanner.store.models import SchoolYearRow

    def add(day: dt.date) -> Callable[..., object]:
        return lambda s: add_study_day(s, s.scalars(select(SchoolYearRow)).one(), day)

    text = shown(refused(database, add(dt.date(2026, 12, 28))), monkeypatch, key="already-no-school-day")
    assert text.startswith("28-12-2026 is already not a school day (Christmas holiday)")
    text = shown(refused(database, add(dt.date(2027, 8, 2))), monkeypatch, YEAR, key="not-in-school-year")
    assert text.startswith("02-08-2027 is not in school year")


def test_an_emoji_in_an_activity_title(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def change(session) -> None:
        key = list_activities(session)[0].key
        draft = activity_draft(session, key)
        update_activity(session, key, dataclasses.replace(draft, title="Bakken 🍰"))

    exc = refused(database, change)
    text = shown(exc, monkeypatch, "Bakken", key="stored-text-character")
    assert text.startswith("The title of the activity ('Bakken 🍰'): the text contains 🍰 (U+1F370)")
    assert text.endswith("Nothing was saved.")


def test_an_activity_of_the_catalog_is_not_deleted(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        summary = list_activities(session)[0]
    exc = refused(database, lambda s: delete_activity(s, summary.key))
    shown(exc, monkeypatch, f"'{summary.title}'", key="activity-from-catalog")


def test_a_profession_in_the_list_and_a_school_without_name(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_profession_name = "Zeepkistbouwer"
    with database.transaction() as session:
        add_profession(session, add_profession_name)
    exc = refused(database, lambda s: add_profession(s, "zeepkistbouwer"))
    assert shown(exc, monkeypatch, "'Zeepkistbouwer'", key="profession-exists") == (
        "Profession 'Zeepkistbouwer' is already in the list."
    )
    details = SchoolDetails("De Regenboog", "Ut\u202erecht", Region.NOORD)
    exc = refused(database, lambda s: update_school(s, details))
    text = shown(exc, monkeypatch, key="character-problem")
    assert text.startswith("The place of the school: the text contains an invisible character")


def test_the_domain_refuses_in_english(english: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(BeroepsplannerError) as caught:
        SchoolYear.parse("2026")
    assert shown(caught.value, monkeypatch, "'2026'", key="not-a-school-year").startswith(
        "'2026' is not a school year."
    )
    calendar = SchoolCalendar.of(SchoolYear(2026), Region.NOORD)
    with pytest.raises(BeroepsplannerError) as caught:
        propose_chain(calendar, preparation_lessons=2, reflection_lessons=1, date=dt.date(2026, 8, 18))
    text = shown(caught.value, monkeypatch, key="too-few-days-before")
    assert "too few school days for 2 preparation lessons" in text


def test_every_field_and_column_has_english() -> None:
    from beroepsplanner.store import text_check

    assert set(text_check._FIELDS) <= set(errors_store._columns())
    assert set(text_check._THINGS) <= set(errors_store._things())
