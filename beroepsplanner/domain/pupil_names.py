"""A pupil's display name from what a class list, a plan file or the window gives.

Privacy (AVG): the program keeps a first name, with the first letter(s) of the
surname only where two pupils of a class share a first name ("Sem A."). Every
entry — class lists (``io/pupil_import.py``), plan files
(``io/plan_version1.py``) and the window (``store/pupils.py``) — passes a name
through ``display_name_from``, so the promise holds the same way everywhere.

The rule (also in docs/input-rules.md):

* Refused everywhere: an empty name, control characters and other invisible
  characters (``domain/text.py``), two pupils in one cell ("Sem & Daan",
  "Sem en Daan", "Sem/Daan", two lines), a name that is too long.
* A first-name column of a class list (Roepnaam, Voornaam, Voornamen) is
  *reduced* to the first name; the surname has its own column there, so the
  program can tell:

  - "Vries, Jan de" (a comma) is "surname, first names": "Jan";
  - words that are the row's surname (Achternaam, Tussenvoegsel) are dropped:
    "Jan de Vries" with Achternaam "Vries" is "Jan";
  - a tussenvoegsel after the first word starts the surname: "Jan de Vries",
    "Sem van Dijk", "Mohamed El Amrani" are "Jan", "Sem", "Mohamed";
  - two words are kept as a double first name ("Anne Marie", "Mohammed Ali")
    only when the row has its surname in its own column (and these words are
    not that surname); without one, and for three words or more, the first
    word is kept ("Anne Marie Louise" is "Anne"): a real first name may be
    shortened, a surname is never kept. Voornamen (all given names) always
    gives the first.

  What was dropped is used only for the initial, and only when a first name is
  shared; it is never stored.
* A display name (the window, a plan file) is stored as written, so it is not
  changed behind the user's back; instead a surname pattern is *refused* with
  a message that says what to write: a comma, a tussenvoegsel after the first
  word, or three words or more. Allowed are one or two words ("Ayşe",
  "Anne Marie", "Jan-Willem", "Łukasz"), then optionally an initial of one to
  three letters with a full stop ("Sem A.", "Noor Ba.") and a number the class
  list import adds when even those are the same ("Sem V. (2)").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from beroepsplanner.domain.text import character_problem, problem_character, visible

NAME_MAX = 100
"""Longest display name of a pupil (the database column holds 100 characters)."""

FIRST_NAME_MAX = NAME_MAX - 10
"""Longest first name from a class list: room for an initial and a number."""

SURNAME_LETTERS = 3
"""At most this many letters of a surname are ever kept (in memory only, for initials)."""

PARTICLES = frozenset({
    "van", "de", "der", "den", "het", "'t", "t", "ter", "ten", "te", "in", "op", "aan", "bij",
    "onder", "uit", "over", "voor", "d'", "da", "das", "di", "do", "dos", "du", "del", "della",
    "la", "le", "les", "el", "al", "von", "vom", "zu", "zum", "zur", "l'", "'s", "s",
    "ibn", "bin", "bint", "ben",
})
"""Tussenvoegsels (Dutch and other languages): after the first word they start a surname."""

_TWO_PUPILS = re.compile(r"[&+/;|\n\r\x0b\x0c\u2028\u2029]")
_AND = frozenset({"en", "and"})
_INITIAL = re.compile(r"[^\W\d_]{1,3}\.")
_NUMBER = re.compile(r"\s+\(\d{1,3}\)$")


class NameColumn(StrEnum):
    """Where a name comes from: a display name, or a first-name column of a class list."""

    DISPLAY = "weergavenaam"
    CALL_NAME = "roepnaam"
    GIVEN_NAME = "voornaam"
    GIVEN_NAMES = "voornamen"


@dataclass(frozen=True)
class PupilName:
    """The name to show (a first name, or a whole display name) and a few surname letters.

    ``reduced``: words were left out because they were (or could be) a surname.
    """

    name: str
    surname_letters: str = ""
    reduced: bool = False


class PupilNameError(ValueError):
    """A name that cannot be a pupil's display name; ``reason`` is Dutch, without the place.

    ``key`` and ``values`` name the reason like a ``BeroepsplannerError``'s, so the window
    can say it in English (``ui/english/errors_store.py``); the store passes them on.
    """

    def __init__(self, reason: str, *, key: str | None = None, **values: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.key = key
        self.values = tuple(values.items())


def display_name_from(
    text: str, *, column: NameColumn = NameColumn.DISPLAY, surname: str = ""
) -> PupilName:
    """The display name (or first name) ``text`` gives, by the rule of this module.

    ``column`` says what ``text`` is; ``surname`` is the row's surname (with its
    tussenvoegsel) when a class list has it in its own column. Raises
    ``PupilNameError`` with a Dutch reason ("'Sem & Daan' lijkt twee leerlingen
    ..."); the caller puts the place in front of it.
    """
    clean = text.strip()
    if not clean:
        raise PupilNameError("de naam ontbreekt.", key="pupil-name-missing")
    display = column is NameColumn.DISPLAY
    # A class list cell may hold tabs and line breaks (Alt+Enter); a line break is a second pupil.
    problem = character_problem(clean, lines=not display)
    if problem is not None:
        raise PupilNameError(
            problem,
            key="pupil-name-character",
            char=problem_character(clean, lines=not display),
        )
    words = clean.split()
    if _TWO_PUPILS.search(clean) or any(_key(w) in _AND for w in words[1:-1]):
        raise PupilNameError(
            f"'{visible(clean)}' lijkt twee leerlingen in één naam. "
            + ("Voeg elke leerling apart toe." if display else "Zet elke leerling op een eigen rij."),
            key="two-pupils-in-name" if display else "two-pupils-in-cell",
            name=visible(clean),
        )
    if display:
        return _display_name(clean)
    return _first_name(" ".join(words), column, surname)


def surname_letters(surname: str) -> str:
    """At most three letters of the main word of a surname: "van der Zwaluwenburg" → "Zwa"."""
    words = [w for w in surname.replace(",", " ").split() if w]
    main = next((w for w in words if _key(w) not in PARTICLES), words[-1] if words else "")
    return "".join(ch for ch in main if ch.isalpha())[:SURNAME_LETTERS]


# --- display names (window, plan file): refused when they hold a surname ----------------


def _display_name(clean: str) -> PupilName:
    if len(clean) > NAME_MAX:
        raise PupilNameError(
            f"de naam is te lang ({len(clean)} tekens, hoogstens {NAME_MAX}). Een voornaam, "
            "eventueel met de eerste letter van de achternaam, is genoeg.",
            key="pupil-display-name-too-long",
            length=len(clean),
            max=NAME_MAX,
        )
    shown = visible(clean)
    if "," in clean:
        surname, _, given = clean.partition(",")
        first = given.split()[0] if given.split() else "de voornaam"
        raise PupilNameError(
            f"'{shown}' lijkt 'achternaam, voornaam'. Bewaar alleen de voornaam, zo nodig met "
            f"de eerste letter van de achternaam: {_suggest(first, surname)}.",
            key="pupil-name-surname-first",
            name=shown,
            **_suggestion(given.split()[0] if given.split() else "", surname),
        )
    all_words = _NUMBER.sub("", clean).split()
    words = all_words
    if len(words) > 1 and _INITIAL.fullmatch(words[-1]):
        words = words[:-1]
    particle = next((i for i in range(1, len(words)) if _key(words[i]) in PARTICLES), None)
    if particle is not None:
        surname = " ".join(all_words[particle:])
        raise PupilNameError(
            f"'{shown}' lijkt een voornaam met achternaam ('{visible(words[particle])}' is een "
            "tussenvoegsel). Bewaar alleen de voornaam, zo nodig met de eerste letter van de "
            f"achternaam: {_suggest(' '.join(words[:particle]), surname)}.",
            key="pupil-name-with-surname",
            name=shown,
            particle=visible(words[particle]),
            **_suggestion(" ".join(words[:particle]), surname),
        )
    if len(words) > 2:
        raise PupilNameError(
            f"'{shown}' heeft {len(words)} woorden en bevat dan meestal een achternaam. Een naam "
            "is een voornaam (ook een dubbele, zoals Anne Marie), zo nodig met de eerste letter "
            f"van de achternaam: {_suggest(words[0], words[-1])}.",
            key="pupil-name-many-words",
            name=shown,
            words=len(words),
            **_suggestion(words[0], words[-1]),
        )
    return PupilName(clean)


def _suggest(first: str, surname: str) -> str:
    letters = surname_letters(surname)
    if not letters:
        return f"'{visible(first)}'"
    return f"'{visible(first)}' of '{visible(first)} {letters[0].upper()}.'"


def _suggestion(first: str, surname: str) -> dict[str, str]:
    """What ``_suggest`` proposes, as an error's values: the first name ("" when there is
    none) and the initial of the surname ("" when it has no letters)."""
    letters = surname_letters(surname)
    return {"first": visible(first), "initial": letters[0].upper() if letters else ""}


# --- first-name columns of a class list: reduced to the first name ------------------------


def _first_name(text: str, column: NameColumn, surname: str) -> PupilName:
    dropped: list[str] = []
    reduced = False
    if "," in text:
        # Administration systems write "Achternaam, Voornamen Tussenvoegsel".
        before, _, after = text.partition(",")
        words = after.replace(",", " ").split()
        if not words:
            raise PupilNameError(
                f"'{visible(text)}' heeft na de komma geen voornaam. Een naam met een komma "
                "wordt gelezen als 'achternaam, voornaam'.",
                key="pupil-name-nothing-after-comma",
                name=visible(text),
            )
        dropped = before.split()
        while len(words) > 1 and _key(words[-1]) in PARTICLES:
            dropped.insert(0, words.pop())
        reduced = True
    else:
        words = text.split()
    own = {_key(w) for w in surname.replace(",", " ").split()}
    if len(words) > 1 and own:
        kept = [w for w in words if _key(w) not in own]
        if kept and len(kept) < len(words):
            dropped += [w for w in words if _key(w) in own]
            words, reduced = kept, True
    cut = next((i for i in range(1, len(words)) if _key(words[i]) in PARTICLES), None)
    if cut is not None:
        dropped += words[cut:]
        words, reduced = words[:cut], True
    if column is NameColumn.GIVEN_NAMES:
        words = words[:1]  # every given name is listed: the first is the one used
    elif len(words) > 2 or (len(words) == 2 and not own):
        words, reduced = words[:1], True
    first = " ".join(words)
    if len(first) > FIRST_NAME_MAX:
        raise PupilNameError(
            f"de voornaam is {len(first)} tekens lang; een voornaam heeft er hoogstens "
            f"{FIRST_NAME_MAX}.",
            key="first-name-too-long",
            length=len(first),
            max=FIRST_NAME_MAX,
        )
    letters = surname_letters(surname) if surname.strip() else surname_letters(" ".join(dropped))
    return PupilName(first, letters, reduced)


def _key(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()
