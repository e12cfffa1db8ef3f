"""The one rule for pupils' names (domain/pupil_names.py) and the character check (domain/text.py)."""

from __future__ import annotations

import pytest

from beroepsplanner.domain.pupil_names import (
    NameColumn,
    PupilName,
    PupilNameError,
    display_name_from,
    surname_letters,
)
from beroepsplanner.domain.text import character_problem, forbidden_character, visible, without_forbidden

CALL = NameColumn.CALL_NAME
GIVEN = NameColumn.GIVEN_NAME
GIVENS = NameColumn.GIVEN_NAMES


@pytest.mark.parametrize(
    ("cell", "column", "surname", "expected"),
    [
        # a surname in the first-name column is left out; its letters serve the initial only
        ("Jan de Vries", CALL, "Vries", PupilName("Jan", "Vri", True)),
        ("Jan de Vries", CALL, "de Vries", PupilName("Jan", "Vri", True)),
        ("Jan de Vries", GIVEN, "", PupilName("Jan", "Vri", True)),
        ("Vries, Jan de", GIVEN, "", PupilName("Jan", "Vri", True)),
        ("Vries, Jan Pieter", GIVENS, "", PupilName("Jan", "Vri", True)),
        ("Mohammed Ali", CALL, "Ali", PupilName("Mohammed", "Ali", True)),
        ("Mohamed El Amrani", CALL, "", PupilName("Mohamed", "Amr", True)),
        ("Nguyễn Thị Ánh", CALL, "Nguyễn", PupilName("Thị Ánh", "Ngu", True)),
        # a double first name is kept when the surname has its own column
        ("Anne Marie", CALL, "Jansen", PupilName("Anne Marie", "Jan", False)),
        ("Mohammed Ali", CALL, "Yılmaz", PupilName("Mohammed Ali", "Yıl", False)),
        # ... and shortened to the first word without one, or with three words or more
        ("Anne Marie", GIVEN, "", PupilName("Anne", "", True)),
        ("Anne Marie Louise", GIVEN, "Jansen", PupilName("Anne", "Jan", True)),
        # Voornamen lists every given name: the first is the one used
        ("Sem Johannes", GIVENS, "Aksoy", PupilName("Sem", "Aks", False)),
        # real first names stay as written
        ("Jan-Willem", CALL, "", PupilName("Jan-Willem")),
        ("Ayşe", CALL, "Yılmaz", PupilName("Ayşe", "Yıl")),
        ("Łukasz", CALL, "", PupilName("Łukasz")),
        ("D'Angelo", CALL, "", PupilName("D'Angelo")),
        ("  Sem\t", CALL, "", PupilName("Sem")),
    ],
)
def test_a_class_list_cell_is_reduced_to_the_first_name(
    cell: str, column: NameColumn, surname: str, expected: PupilName
) -> None:
    assert display_name_from(cell, column=column, surname=surname) == expected


@pytest.mark.parametrize(
    ("cell", "said"),
    [
        ("Sem & Daan", "twee leerlingen"),
        ("Sem en Daan", "twee leerlingen"),
        ("Sem/Daan", "twee leerlingen"),
        ("Sem\nDaan", "twee leerlingen"),
        ("Vries,", "geen voornaam"),
        ("Se\x1bm", "stuurteken (\\x1b, Escape)"),
        ("Se\x85m", "stuurteken (\\x85)"),
        ("Sem\u202eA", "schrijfrichting"),
        ("x" * 91, "hoogstens 90"),
        ("   ", "ontbreekt"),
    ],
)
def test_a_class_list_cell_that_cannot_be_a_pupil_is_refused(cell: str, said: str) -> None:
    with pytest.raises(PupilNameError) as caught:
        display_name_from(cell, column=CALL, surname="Aksoy")
    assert said in caught.value.reason
    assert not forbidden_character(caught.value.reason)  # quoted escaped, never raw


@pytest.mark.parametrize(
    "name", ["Ayşe", "Łukasz", "Jan-Willem", "Anne Marie", "Mohammed Ali", "Sem A.", "Noor Ba.",
             "Anne Marie B.", "Sem V. (2)", "Zoë", "İlayda K.", "Thị Ánh"],
)
def test_a_display_name_is_kept_exactly(name: str) -> None:
    assert display_name_from(name) == PupilName(name)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Jan de Vries", "'Jan' of 'Jan V.'"),
        ("Sem van D.", "'Sem' of 'Sem D.'"),
        ("Vries, Jan", "'achternaam, voornaam'"),
        ("Jan Pieter Jansen", "3 woorden"),
        ("Sem & Daan", "Voeg elke leerling apart toe"),
        ("Sem\tDaan", "een tab"),
        ("Sem\u2028Daan", "regeleinde"),
        ("Se\x07m", "stuurteken (\\x07, BEL)"),
        ("Ä" * 101, "hoogstens 100"),
    ],
)
def test_a_display_name_with_a_surname_or_two_pupils_is_refused_with_a_suggestion(
    name: str, said: str
) -> None:
    with pytest.raises(PupilNameError) as caught:
        display_name_from(name)
    assert said in caught.value.reason


def test_the_names_a_class_list_makes_pass_the_display_rule() -> None:
    for cell, surname in (("Jan de Vries", "de Vries"), ("Anne Marie", "Wit"), ("Vries, Jan", "")):
        first = display_name_from(cell, column=CALL, surname=surname)
        for shown in (first.name, f"{first.name} {first.surname_letters[:1]}.", f"{first.name} V. (2)"):
            assert display_name_from(shown).name == shown


def test_surname_letters_skip_tussenvoegsels_and_keep_three() -> None:
    assert surname_letters("van der Zwaluwenburg") == "Zwa"
    assert surname_letters("'t Hart") == "Har"
    assert surname_letters("") == ""


@pytest.mark.parametrize(
    "char", ["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x80", "\x85", "\x9f", "\u202a", "\u202e",
             "\u2066", "\u2069"],
)
def test_control_characters_are_refused_in_names_and_in_texts(char: str) -> None:
    assert forbidden_character(f"Sem{char}", lines=False) == char
    assert forbidden_character(f"Sem{char}", lines=True) == char
    assert character_problem(f"Sem{char}") is not None
    assert without_forbidden(f"a{char}b") == "ab"


def test_tabs_and_line_breaks_are_for_texts_of_several_lines_only() -> None:
    for char in ("\t", "\n", "\r", "\u2028"):
        assert forbidden_character(f"a{char}b") == char
    assert forbidden_character("regel 1\r\n\tregel 2", lines=True) is None
    assert forbidden_character("Ayşe Łukasz Zoë İlayda 😀 \u200f") is None  # letters and marks pass


def test_visible_escapes_and_shortens() -> None:
    assert visible("a\x1b]0;x\x07b\n\u202e") == "a\\x1b]0;x\\x07b\\n\\u202e"
    assert visible("x" * 100, 10) == "x" * 9 + "…"
