"""The before-and-after totals' rules (issue 18 item 1): a moment's total never larger than
the class, no negative counts, "not counted" apart from 0, and the shift summed over the
chains counted at both moments."""

from __future__ import annotations

import pytest

from beroepsplanner.domain.measurement import (
    Answer,
    ChainMeasurement,
    Tally,
    measurement_problem,
    shift,
)


def test_a_moment_may_count_the_whole_class_and_not_one_more() -> None:
    whole = ChainMeasurement(1, before=Tally(woman=10, man=10, both=5, unclear=3, want=28))
    assert measurement_problem(whole, 28) is None
    one_more = whole.with_value("before", "unclear", 4)
    problem = measurement_problem(one_more, 28)
    assert problem is not None
    assert (problem.kind, problem.moment, problem.total, problem.pupils) == (
        "more-than-class", "before", 29, 28,
    )
    # The "ja" is checked on its own: all 28 may want it.
    assert measurement_problem(ChainMeasurement(1, after=Tally(want=29)), 28).kind == "more-than-class"
    assert measurement_problem(ChainMeasurement(1, after=Tally(want=28)), 28) is None


def test_the_after_moment_is_checked_too_and_named() -> None:
    problem = measurement_problem(
        ChainMeasurement(1, before=Tally(woman=3), after=Tally(both=20, man=6)), 25
    )
    assert problem is not None and (problem.moment, problem.total) == ("after", 26)


def test_negative_counts_and_a_class_without_pupils_are_refused() -> None:
    negative = measurement_problem(ChainMeasurement(1, after=Tally(man=-1)), 25)
    assert negative is not None and (negative.kind, negative.total) == ("negative", -1)
    empty_class = measurement_problem(ChainMeasurement(1, before=Tally(woman=1)), 0)
    assert empty_class is not None and empty_class.kind == "no-pupils"
    # Nothing counted, or only zeros, is fine for any class.
    assert measurement_problem(ChainMeasurement(1), 0) is None
    assert measurement_problem(ChainMeasurement(1, before=Tally(woman=0, man=0)), 0) is None


def test_not_counted_is_not_zero() -> None:
    zero = ChainMeasurement(1, before=Tally(woman=0))
    assert not zero.is_empty and zero.before.count(Answer.WOMAN) == 0
    assert zero.before.count(Answer.MAN) is None
    assert ChainMeasurement(1).is_empty
    assert zero.with_value("before", "woman", None).is_empty
    with pytest.raises(ValueError):
        zero.with_value("during", "woman", 1)
    with pytest.raises(ValueError):
        zero.with_value("before", "boys", 1)


def test_the_shift_compares_only_chains_counted_before_and_after() -> None:
    counted = [
        ChainMeasurement(1, Tally(woman=2, man=15, both=8, unclear=2, want=5),
                         Tally(woman=4, man=8, both=14, unclear=1, want=9)),
        ChainMeasurement(2, Tally(woman=1, man=20, both=3), Tally(woman=3, man=10, both=11)),
        ChainMeasurement(3, Tally(woman=5, man=5)),  # no after yet: left out of both sides
    ]
    result = shift(counted)
    assert result.chains == 2
    assert (result.before.woman, result.before.man, result.before.both) == (3, 35, 11)
    assert (result.after.woman, result.after.man, result.after.both) == (7, 18, 25)
    assert result.before.unclear == 2 and result.after.unclear == 1  # only where counted
    assert (result.before.want, result.after.want) == (5, 9)
    assert shift([]).chains == 0 and shift([]).before.is_empty
