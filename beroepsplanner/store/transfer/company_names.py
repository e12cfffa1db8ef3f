"""What a company file's cells of worlds, sectors and professions mean, against the database.

A cell names several worlds or professions, separated by ``;`` or ``,`` (a name may
hold a comma itself: ``io.company_import.split_names``). Worlds and sectors are found
by name, key or a coordinator's common word for them (``domain/world_names.py``); the
others are kept as a line of the company's notes (``KEPT_WORLDS``,
``with_kept_lines``). Professions are found by name or key, and the ones the catalog
does not know are made (``ProfessionCatalog``). ``row_problems`` says what makes a
row unusable here: too many names in a cell, a name too long.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.company_details import MAX_NAME
from beroepsplanner.domain.pupils import name_key
from beroepsplanner.domain.world_names import SYNONYMS, world_key
from beroepsplanner.io.company_import import CompanyField, CompanyRow, RowProblem, split_names
from beroepsplanner.io.limits import (
    MAX_FREE_TEXT,
    MAX_PROFESSIONS_PER_ROW,
    MAX_WORLDS_PER_ROW,
    dutch_number,
)
from beroepsplanner.store.models import Profession, World

KEPT_WORLDS = "Sector (uit het bestand)"
"""How worlds and sectors the program does not know are kept in a company's notes."""


def row_problems(
    row: CompanyRow, worlds: list[World], unknown: list[str], professions: list[str]
) -> list[RowProblem]:
    """What makes a row unusable beyond the file's own checks: too many names in a cell,
    a name too long to be a profession or to keep, notes that would grow too long. Each
    problem has its column, a key and values, for the window's English."""
    problems: list[RowProblem] = []

    def problem(field: CompanyField, text: str, key: str, **values: object) -> None:
        problems.append(
            RowProblem(
                row.row,
                f"Rij {row.row}, kolom {row.label(field)}: {text}",
                row.label(field),
                key,
                tuple(values.items()),
            )
        )

    if len(professions) > MAX_PROFESSIONS_PER_ROW:
        problem(
            CompanyField.PROFESSIONS,
            f"{dutch_number(len(professions))} beroepen in één cel; er mogen er hoogstens "
            f"{MAX_PROFESSIONS_PER_ROW} staan. Laat de beroepen weg die het bedrijf de klas niet "
            "laat zien, of zet de rest op een tweede rij met dezelfde naam en plaats.",
            "professions-too-many",
            count=len(professions),
            most=MAX_PROFESSIONS_PER_ROW,
        )
    elif any(len(name) > MAX_NAME for name in professions):
        problem(
            CompanyField.PROFESSIONS,
            f"een beroep is langer dan {MAX_NAME} tekens.",
            "profession-too-long",
            most=MAX_NAME,
        )
    if len(worlds) + len(unknown) > MAX_WORLDS_PER_ROW:
        problem(
            CompanyField.WORLDS,
            f"{dutch_number(len(worlds) + len(unknown))} werelden of sectoren in één cel; er mogen "
            f"er hoogstens {MAX_WORLDS_PER_ROW} staan.",
            "worlds-too-many",
            count=len(worlds) + len(unknown),
            most=MAX_WORLDS_PER_ROW,
        )
    elif any(len(name) > MAX_NAME for name in unknown):
        problem(
            CompanyField.WORLDS,
            f"een wereld of sector is langer dan {MAX_NAME} tekens.",
            "world-too-long",
            most=MAX_NAME,
        )
    elif len(row.notes or "") + sum(len(n) + 1 for n in row.kept_notes) + sum(len(n) + 2 for n in unknown) > MAX_FREE_TEXT:
        problem(
            CompanyField.NOTES,
            f"met de tekst die bij de opmerkingen wordt bewaard, worden die langer dan "
            f"{dutch_number(MAX_FREE_TEXT)} tekens. Kort de opmerkingen in.",
            "notes-grow-too-long",
            most=MAX_FREE_TEXT,
        )
    return problems


def with_kept_lines(notes: str, lines: Iterable[str]) -> str:
    """``notes`` with each of ``lines`` added on a line of its own, unless it is there already."""
    present = set(notes.splitlines())
    added = [line for line in dict.fromkeys(lines) if line not in present]
    if not added:
        return notes
    return "\n".join([notes, *added]) if notes else "\n".join(added)


def worlds_by_key(session: Session) -> dict[str, World]:
    """The worlds and sectors of the database by ``world_key`` of their name, key and synonyms."""
    found: dict[str, World] = {}
    by_key: dict[str, World] = {}
    for world in session.scalars(select(World).order_by(World.id)):
        found.setdefault(world_key(world.key), world)
        found.setdefault(world_key(world.name), world)
        by_key.setdefault(world.key, world)
    for word, key in SYNONYMS.items():
        if key in by_key:
            found.setdefault(word, by_key[key])
    return found


def row_worlds(row: CompanyRow, worlds: dict[str, World], longest: int) -> tuple[list[World], list[str]]:
    if not row.worlds_text:
        return [], []
    names = split_names(row.worlds_text, lambda text: world_key(text) in worlds, longest)
    found = [worlds[world_key(n)] for n in names if world_key(n) in worlds]
    unknown = [n for n in names if world_key(n) not in worlds]
    return list(dict.fromkeys(found)), unknown


class ProfessionCatalog:
    """The catalog's professions by key and by name; creates the ones it does not know."""

    def __init__(self, session: Session) -> None:
        self.session = session
        rows = session.scalars(select(Profession).order_by(Profession.id)).all()
        self.by_name: dict[str, Profession] = {}
        for profession in rows:
            self.by_name.setdefault(name_key(profession.name), profession)
        self.by_key = {p.key: p for p in rows}
        self.created: list[str] = []
        self._split: dict[str, list[str]] = {}  # a cell seen before (files repeat them a lot)
        self._numbers: dict[str, int] = {}  # base of a new key -> the number it got last
        self._longest = max((name.count(",") + 1 for name in self.by_name), default=1)

    def names_in(self, text: str | None) -> list[str]:
        """The profession names in one cell; a known name may hold a comma."""
        if not text:
            return []
        names = self._split.get(text)
        if names is None:
            names = self._split[text] = split_names(
                text, lambda name: self.find(name) is not None, self._longest
            )
        return names

    def find(self, text: str) -> Profession | None:
        return self.by_name.get(name_key(text)) or self.by_key.get(text.strip())

    def get_or_create(self, text: str) -> Profession:
        found = self.find(text)
        if found is None:
            name = " ".join(text.split())
            found = Profession(key=self._new_key(name), name=name)
            self.session.add(found)
            self.by_name[name_key(name)] = found
            self.by_key[found.key] = found
            self.created.append(name)
        return found

    def _new_key(self, name: str) -> str:
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:56] or "beroep"
        number = self._numbers.get(base, 1)  # where the last search for this base ended
        key = base if number == 1 else f"{base}-{number}"
        while key in self.by_key:
            number += 1
            key = f"{base}-{number}"
        self._numbers[base] = number
        return key
