"""The before-and-after look at pupils' images of work, per chain (issue 18 item 1).

A light, honest measurement: the logbook asks every pupil the same short question before
the activity and after it — who can do this work? (groep 1–5 tick or draw; groep 6–8 tick
"een vrouw", "een man", "allebei" or "weet ik niet") — and the older pupils also "zou jij
dit later willen?". For Beeldenbrekers the pupils draw the professional before the guest
comes and again afterwards. The teacher counts the class's answers and enters the totals;
no answer is kept per pupil. The totals are the measurement: how many saw a woman, a man,
both or could not say, before and after, and how many would want this work.

A moment's total can never be larger than the class: the store refuses it with a Dutch
message (``measurement_problem`` says what is wrong). Nothing entered is ``None``, not 0:
"nobody drew a woman" and "not counted" are different answers.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from enum import StrEnum


class Answer(StrEnum):
    """Who a pupil drew or ticked as someone who can do this work."""

    WOMAN = "woman"
    MAN = "man"
    BOTH = "both"
    UNCLEAR = "unclear"

    @property
    def label(self) -> str:
        """The Dutch words of the logbook's tick box (``een vrouw``)."""
        return ANSWER_LABELS[self]


ANSWER_LABELS: dict[Answer, str] = {
    Answer.WOMAN: "een vrouw",
    Answer.MAN: "een man",
    Answer.BOTH: "allebei",
    Answer.UNCLEAR: "weet ik niet",
}
ANSWERS: tuple[Answer, ...] = tuple(ANSWER_LABELS)

WANT_LABELS: tuple[str, str, str] = ("ja", "misschien", "nee")
"""The tick boxes of "zou jij dit later willen?"; the teacher counts the "ja"."""

MOMENTS: tuple[str, str] = ("before", "after")


@dataclass(frozen=True)
class Tally:
    """The class's answers at one moment (before or after); None: not counted."""

    woman: int | None = None
    man: int | None = None
    both: int | None = None
    unclear: int | None = None
    want: int | None = None
    """How many said "ja" to "zou jij dit later willen?"."""

    def count(self, answer: Answer) -> int | None:
        return getattr(self, answer.value)

    @property
    def answered(self) -> int:
        """The pupils counted at this moment: the four answers together."""
        return sum(self.count(a) or 0 for a in ANSWERS)

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))

    def with_value(self, name: str, value: int | None) -> Tally:
        """This tally with one field (an ``Answer`` value or ``"want"``) set."""
        if name not in {f.name for f in fields(self)}:
            raise ValueError(f"no such count: {name}")
        return replace(self, **{name: value})


@dataclass(frozen=True)
class ChainMeasurement:
    """The totals the teacher entered for one chain. All None: nothing entered (no row)."""

    chain_id: int
    before: Tally = Tally()
    after: Tally = Tally()

    @property
    def is_empty(self) -> bool:
        return self.before.is_empty and self.after.is_empty

    def tally(self, moment: str) -> Tally:
        return self.before if moment == "before" else self.after

    def with_value(self, moment: str, name: str, value: int | None) -> ChainMeasurement:
        """This measurement with one count of ``moment`` (``"before"``, ``"after"``) set."""
        if moment not in MOMENTS:
            raise ValueError(f"no such moment: {moment}")
        tally = self.tally(moment).with_value(name, value)
        return replace(self, before=tally) if moment == "before" else replace(self, after=tally)


@dataclass(frozen=True)
class MeasurementProblem:
    """Why totals cannot be stored: ``kind`` is "negative", "more-than-class" or
    "no-pupils"; ``moment`` "before" or "after"; ``total`` what was entered; ``pupils``
    the class's pupils."""

    kind: str
    moment: str
    total: int
    pupils: int


def measurement_problem(measurement: ChainMeasurement, pupils: int) -> MeasurementProblem | None:
    """The first reason ``measurement`` cannot be stored for a class of ``pupils``, or None.

    A count is never negative; a moment's answers together, and its "ja", are never more
    than the class; and a class without pupils in the program has no size to count
    against (its pupils must be added first)."""
    for moment in MOMENTS:
        tally = measurement.tally(moment)
        for f in fields(tally):
            value = getattr(tally, f.name)
            if value is not None and value < 0:
                return MeasurementProblem("negative", moment, value, pupils)
        biggest = max(tally.answered, tally.want or 0)
        if biggest and pupils == 0:
            return MeasurementProblem("no-pupils", moment, biggest, pupils)
        if biggest > pupils:
            return MeasurementProblem("more-than-class", moment, biggest, pupils)
    return None


@dataclass(frozen=True)
class Shift:
    """Before against after for a set of chains (a class, a groep, a school year): the
    sums of the chains where both moments were counted, so the two compare the same
    classes. ``chains`` is how many chains that is."""

    chains: int
    before: Tally
    after: Tally


def shift(measurements: list[ChainMeasurement]) -> Shift:
    """Sum the chains whose before and after were both counted (``Shift``)."""
    both = [m for m in measurements if m.before.answered and m.after.answered]

    def summed(moment: str) -> Tally:
        totals: dict[str, int | None] = {}
        for f in fields(Tally):
            values = [getattr(m.tally(moment), f.name) for m in both]
            known = [v for v in values if v is not None]
            totals[f.name] = sum(known) if known else None
        return Tally(**totals)

    return Shift(len(both), summed("before"), summed("after"))
