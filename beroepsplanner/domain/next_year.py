"""The move to the next school year as a plan: which class of the new year comes from where.

``store/years.py`` proposes the plan (``plan_next_year``) and carries it out
(``start_next_year``); the window's wizard and ``beroepsplanner year new`` show it in
between and may change it. The plan is plain data with pure operations, so the
wizard's steps and the tests work on it without a database:

- ``with_class``: another name, teacher or groep for a new class;
- ``split``: the pupils of one new class shared over two (the user chooses who goes);
  both keep last year's class as their origin and its chains;
- ``merge``: two new classes made one, with the pupils, origins and new names of both
  (two classes of one groep, or of two groepen: a class holds one groep number, so a
  combination class "Groep 5/6" is a class of one groep with a name that says both);
- ``rename_pupil``: a pupil's display name in the new year (two pupils called Sem
  meet in a merged class);
- ``set_new_pupils``: the names of a class list for a new groep 1;
- ``without_class``: leave out a new class that takes nobody from last year.

Every pupil of last year is listed explicitly in at most one new class
(``ClassMove.pupil_ids``); a pupil in none leaves the school (groep 8) and stays in
last year's class only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from beroepsplanner.domain.pupils import name_key
from beroepsplanner.domain.years import LAST_GRADE
from beroepsplanner.errors import InvalidInputError


@dataclass(frozen=True)
class LastYearClass:
    """A class of the year the move starts from."""

    id: int
    name: str
    grade: int
    teacher: str
    chains: int


@dataclass(frozen=True)
class LastYearPupil:
    """A pupil of the year the move starts from, in class ``class_id``."""

    id: int
    name: str
    class_id: int


@dataclass(frozen=True)
class ClassMove:
    """One class of the new year: where its pupils and its chains come from.

    ``previous_ids``: last year's classes it comes from (none: a new class, such as a
    new groep 1). ``pupil_ids``: last year's pupils who go on in it (a row each in the
    new year, pointing back). ``new_pupils``: display names of pupils new to the school
    (a class list for groep 1). ``renamed``: (pupil id, display name in the new year).
    ``chains_from``: last year's class whose chains come back for it as concepts.
    ``previous_names`` and ``chains`` say the same for people (counts, names).
    """

    name: str
    grade: int
    teacher: str
    previous_ids: tuple[int, ...] = ()
    pupil_ids: tuple[int, ...] = ()
    chains_from: int | None = None
    chains: int = 0
    previous_names: tuple[str, ...] = ()
    new_pupils: tuple[str, ...] = ()
    renamed: tuple[tuple[int, str], ...] = ()

    @property
    def pupils(self) -> int:
        """How many pupils the class starts with."""
        return len(self.pupil_ids) + len(self.new_pupils)

    @property
    def previous_id(self) -> int | None:
        """The (first) class of last year it comes from; None for a new class."""
        return self.previous_ids[0] if self.previous_ids else None

    @property
    def previous_name(self) -> str:
        """Last year's classes it comes from, by name ("Groep 5 + Groep 6")."""
        return " + ".join(self.previous_names)

    def name_of(self, pupil: LastYearPupil) -> str:
        """The display name ``pupil`` has in this class of the new year."""
        return dict(self.renamed).get(pupil.id, pupil.name)


@dataclass(frozen=True)
class NextYearPlan:
    """The move from ``from_label`` to ``label`` (a preview, changeable before it is done)."""

    from_label: str
    label: str
    classes: tuple[ClassMove, ...]
    leaving: tuple[str, ...] = ()
    """Last year's groep 8 classes: their pupils leave the school."""
    leaving_pupils: int = 0
    last_classes: tuple[LastYearClass, ...] = ()
    last_pupils: tuple[LastYearPupil, ...] = ()

    # --- looking up -----------------------------------------------------------------

    def last_class(self, class_id: int) -> LastYearClass | None:
        return next((c for c in self.last_classes if c.id == class_id), None)

    def pupils_of(self, index: int) -> list[LastYearPupil]:
        """Last year's pupils who go on in class ``index``, in the plan's order."""
        by_id = {p.id: p for p in self.last_pupils}
        return [by_id[i] for i in self.classes[index].pupil_ids if i in by_id]

    def doubles(self, index: int) -> list[str]:
        """Display names that two pupils of class ``index`` would share (ignoring case)."""
        move = self.classes[index]
        names = [move.name_of(p) for p in self.pupils_of(index)] + list(move.new_pupils)
        seen: dict[str, str] = {}
        found: list[str] = []
        for name in names:
            key = name_key(name)
            if key in seen and seen[key] not in found:
                found.append(seen[key])
            seen.setdefault(key, name)
        return found

    def staying_behind(self) -> list[LastYearPupil]:
        """Pupils of last year's groep 1–7 that no class of the new year takes (they leave)."""
        placed = {i for move in self.classes for i in move.pupil_ids}
        leaving = {c.id for c in self.last_classes if c.grade >= LAST_GRADE}
        return [p for p in self.last_pupils if p.id not in placed and p.class_id not in leaving]

    # --- changing ---------------------------------------------------------------------

    def with_class(self, index: int, **changes: object) -> NextYearPlan:
        """The plan with class ``index`` changed (its ``name``, ``teacher`` or ``grade``)."""
        classes = list(self.classes)
        move = replace(classes[index], **changes)  # type: ignore[arg-type]
        if "chains_from" in changes:
            source = self.last_class(move.chains_from) if move.chains_from is not None else None
            move = replace(move, chains=source.chains if source else 0)
        classes[index] = move
        return replace(self, classes=tuple(classes))

    def split(
        self, index: int, pupil_ids: Iterable[int], name: str, teacher: str = ""
    ) -> NextYearPlan:
        """Class ``index`` in two: ``pupil_ids`` go to a new class ``name`` (right after it),
        the others stay. Both keep last year's class as origin and get its chains."""
        move = self.classes[index]
        chosen = [i for i in move.pupil_ids if i in set(pupil_ids)]
        if set(pupil_ids) - set(move.pupil_ids):
            raise InvalidInputError(
                f"Alleen leerlingen van {move.name} kunnen naar de nieuwe klas.",
                key="next-year-split-foreign",
                name=move.name,
            )
        if not chosen or len(chosen) == len(move.pupil_ids):
            raise InvalidInputError(
                f"Kies wie van {move.name} naar de nieuwe klas gaat: niet niemand en niet "
                "iedereen.",
                key="next-year-split-all-or-none",
                name=move.name,
            )
        renamed = dict(move.renamed)
        kept = replace(
            move,
            pupil_ids=tuple(i for i in move.pupil_ids if i not in chosen),
            renamed=tuple((i, n) for i, n in move.renamed if i not in chosen),
        )
        part = replace(
            move,
            name=name,
            teacher=teacher,
            pupil_ids=tuple(chosen),
            new_pupils=(),
            renamed=tuple((i, renamed[i]) for i in chosen if i in renamed),
        )
        classes = list(self.classes)
        classes[index : index + 1] = [kept, part]
        return replace(self, classes=tuple(classes))

    def merge(
        self, index: int, other: int, *, name: str | None = None, grade: int | None = None
    ) -> NextYearPlan:
        """Classes ``index`` and ``other`` made one (in the place of ``index``): the pupils,
        origins and new pupils of both; the name, groep, teacher and chains of ``index``
        unless given (the teacher and chains of ``other`` when ``index`` has none)."""
        if index == other:
            raise InvalidInputError(
                "Kies twee verschillende klassen om samen te voegen.", key="next-year-merge-same"
            )
        first, second = self.classes[index], self.classes[other]
        previous = tuple(dict.fromkeys(first.previous_ids + second.previous_ids))
        names = tuple(dict.fromkeys(first.previous_names + second.previous_names))
        chains_from = first.chains_from if first.chains_from is not None else second.chains_from
        merged = replace(
            first,
            name=name if name is not None else first.name,
            grade=grade if grade is not None else first.grade,
            teacher=first.teacher or second.teacher,
            previous_ids=previous,
            previous_names=names,
            pupil_ids=first.pupil_ids + second.pupil_ids,
            new_pupils=first.new_pupils + second.new_pupils,
            renamed=first.renamed + second.renamed,
            chains_from=chains_from,
            chains=first.chains if first.chains_from is not None else second.chains,
        )
        classes = list(self.classes)
        classes[index] = merged
        del classes[other]
        return replace(self, classes=tuple(classes))

    def rename_pupil(self, index: int, pupil_id: int, name: str) -> NextYearPlan:
        """Pupil ``pupil_id`` of class ``index`` under display name ``name`` in the new year."""
        move = self.classes[index]
        renamed = tuple((i, n) for i, n in move.renamed if i != pupil_id)
        return self.with_class(index, renamed=(*renamed, (pupil_id, name.strip())))

    def set_new_pupils(self, index: int, names: Sequence[str]) -> NextYearPlan:
        """The display names of pupils new to the school in class ``index`` (a class list)."""
        return self.with_class(index, new_pupils=tuple(names))

    def without_class(self, index: int) -> NextYearPlan:
        """The plan without new class ``index`` (one that takes no pupils of last year)."""
        move = self.classes[index]
        if move.pupil_ids:
            raise InvalidInputError(
                f"{move.name} neemt leerlingen van vorig jaar mee en kan niet vervallen; voeg "
                "de klas samen met een andere.",
                key="next-year-class-has-pupils",
                name=move.name,
            )
        return replace(self, classes=self.classes[:index] + self.classes[index + 1 :])

    def with_class_added(self, move: ClassMove) -> NextYearPlan:
        """The plan with one more new class (a second groep 1, say)."""
        return replace(self, classes=(*self.classes, move))


# --- names the wizard proposes ------------------------------------------------------------

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def split_names(name: str, taken: Iterable[str]) -> tuple[str, str]:
    """Names for the two halves of class ``name``: "Groep 5" → ("Groep 5a", "Groep 5b");
    "Groep 7a" → ("Groep 7a", "Groep 7b"), or the next free letter when that is taken."""
    taken_keys = {name_key(t) for t in taken}
    clean = name.strip()
    last = clean[-1:]
    if last.isalpha() and last.islower() and len(clean) > 1 and clean[-2].isdigit():
        stem, kept = clean[:-1], clean
        start = _LETTERS.index(last) + 1
    else:
        stem, kept = clean, clean + "a"
        start = 1
    for letter in _LETTERS[start:]:
        candidate = stem + letter
        if name_key(candidate) not in taken_keys:
            return kept, candidate
    return kept, f"{clean} (2)"


def merged_name(first: ClassMove, second: ClassMove) -> str:
    """A name for two classes made one: of one groep, the shared name without its letter
    ("Groep 7a" + "Groep 7b" → "Groep 7"); of two groepen, "Groep 5/6"."""
    if first.grade != second.grade:
        low, high = sorted((first.grade, second.grade))
        return f"Groep {low}/{high}"
    a, b = first.name.strip(), second.name.strip()
    if a[:-1] == b[:-1] and a[-1:].isalpha() and b[-1:].isalpha() and a[-2:-1].isdigit():
        return a[:-1]
    return a
