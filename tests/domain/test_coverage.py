"""The continuous line as a coverage table: counts per groep and world, gaps, class rows."""

from __future__ import annotations

import pytest

from beroepsplanner.domain.coverage import CoverageChain, CoverageClass, continuous_line
from beroepsplanner.domain.kinds import ChainStatus

WORLDS = ("Mens", "Energie", "Voeding", "Wonen", "Ontwerp", "Digitaal", "Hi-tech")


def chain(class_id: int, *worlds: str, status: ChainStatus = ChainStatus.PLANNED,
          title: str = "Bezoek", professions: tuple[str, ...] = (),
          role_models: tuple[str, ...] = (), counter: tuple[str, ...] = ()) -> CoverageChain:
    return CoverageChain(class_id, title, status, frozenset(worlds), frozenset(professions),
                         frozenset(role_models), frozenset(counter))


CLASSES = [
    CoverageClass(1, "Groep 2", 2),
    CoverageClass(4, "Groep 6a", 6),
    CoverageClass(5, "Groep 6b", 6),
    CoverageClass(3, "Groep 4", 4),
]


def test_cells_count_the_chains_of_every_class_of_a_groep() -> None:
    table = continuous_line(
        CLASSES,
        [chain(4, "Mens", "Wonen", title="Zorghotel"), chain(5, "Mens"), chain(3, "Wonen")],
        WORLDS,
    )
    assert table.count(6, "Mens") == 2
    assert table.count(6, "Wonen") == 1
    assert table.count(4, "Wonen") == 1
    assert table.count(6, "Hi-tech") == 0
    assert table.cell(6, "Mens").chains == ("Groep 6a: Zorghotel", "Groep 6b: Bezoek")
    assert table.chains_per_grade == {2: 0, 4: 1, 6: 2}
    assert table.line_count("Mens") == 2


def test_worlds_that_are_not_technology_are_not_columns() -> None:
    table = continuous_line(CLASSES, [chain(4, "Zorg", "Mens")], WORLDS)
    assert table.worlds == WORLDS
    assert table.count(6, "Zorg") == 0
    assert table.classes[2].worlds == ("Mens",)


def test_empty_cells_of_groep_4_to_8_with_a_class_are_gaps() -> None:
    table = continuous_line(CLASSES, [chain(4, "Mens")], WORLDS)
    assert table.is_gap(6, "Energie")
    assert not table.is_gap(6, "Mens")
    assert table.is_gap(4, "Mens")
    # No class in groep 8: nothing to plan there, so no gap.
    assert not table.is_gap(8, "Mens")


def test_groep_1_to_3_are_never_gaps() -> None:
    table = continuous_line(CLASSES, [], WORLDS)
    assert all(not table.is_gap(2, world) for world in WORLDS)
    assert table.count(2, "Mens") == 0


def test_unmet_worlds_are_those_no_chain_of_groep_4_to_8_meets() -> None:
    chains = [chain(1, "Hi-tech"), chain(4, "Mens", "Energie"), chain(3, "Voeding")]
    table = continuous_line(CLASSES, chains, WORLDS)
    # Groep 2 meets Hi-tech, but that is not on the line of groep 4 to 8.
    assert table.unmet_worlds == ("Wonen", "Ontwerp", "Digitaal", "Hi-tech")


def test_no_class_in_groep_4_to_8_means_no_unmet_worlds() -> None:
    table = continuous_line([CoverageClass(1, "Groep 2", 2)], [], WORLDS)
    assert table.unmet_worlds == ()


def test_class_rows_sum_up_status_worlds_professions_and_role_models() -> None:
    chains = [
        chain(4, "Wonen", "Mens", status=ChainStatus.CONCEPT, professions=("kapper", "bakker"),
              role_models=("1:Anna", "2:Piet"), counter=("1:Anna",)),
        chain(4, "Mens", status=ChainStatus.DONE, professions=("bakker",),
              role_models=("1:Anna",), counter=("1:Anna",)),
        chain(4, status=ChainStatus.PLANNED),
    ]
    table = continuous_line(CLASSES, chains, WORLDS)
    row = next(r for r in table.classes if r.name == "Groep 6a")
    assert (row.chains, row.concept, row.planned, row.done) == (3, 1, 1, 1)
    assert row.worlds == ("Mens", "Wonen")  # in the order of the seven worlds
    assert (row.professions, row.role_models, row.counter_stereotypical) == (2, 2, 1)
    empty = next(r for r in table.classes if r.name == "Groep 6b")
    assert (empty.chains, empty.worlds, empty.professions) == (0, (), 0)


def test_classes_are_ordered_by_groep_then_name() -> None:
    table = continuous_line(CLASSES, [], WORLDS)
    assert [c.name for c in table.classes] == ["Groep 2", "Groep 4", "Groep 6a", "Groep 6b"]
    assert table.total_chains == 0


def test_a_chain_of_an_unknown_class_is_a_bug() -> None:
    with pytest.raises(ValueError):
        continuous_line(CLASSES, [chain(99, "Mens")], WORLDS)
