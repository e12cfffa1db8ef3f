"""The continuous line as a coverage table: counts per groep and world, gaps, class rows."""

from __future__ import annotations

import pytest

from beroepsplanner.domain.chain import ChainPlan, ClassRef, CompanyRef, ProfessionRef, RoleModelRef, YearPlan
from beroepsplanner.domain.coverage import CoverageTable
from beroepsplanner.domain.coverage import continuous_line as coverage
from beroepsplanner.domain.kinds import ChainStatus
from tests.domain.factories import activity
from tests.domain.factories import chain as plain_chain

WORLDS = ("Mens", "Energie", "Voeding", "Wonen", "Ontwerp", "Digitaal", "Hi-tech")


CLASSES = [
    ClassRef("Groep 2", 2, id=1),
    ClassRef("Groep 6a", 6, id=4),
    ClassRef("Groep 6b", 6, id=5),
    ClassRef("Groep 4", 4, id=3),
]


def chain(class_id: int, *worlds: str, status: ChainStatus = ChainStatus.PLANNED,
          title: str = "Bezoek", professions: tuple[str, ...] = (),
          role_models: tuple[str, ...] = (), counter: tuple[str, ...] = ()) -> ChainPlan:
    """A chain of class ``class_id`` at a company in ``worlds`` with ``professions``, meeting
    the role models ``"id:name"`` (those in ``counter`` break a stereotype)."""
    name = next(c.name for c in CLASSES if c.id == class_id) if class_id in {c.id for c in CLASSES} else "?"
    people = tuple(
        RoleModelRef(person.split(":")[1], person in counter, id=int(person.split(":")[0])) for person in role_models
    )
    company = CompanyRef("Bedrijf", worlds=worlds, professions=tuple(ProfessionRef(p) for p in professions))
    return plain_chain(class_name=name, class_id=class_id, activity=activity(title=title), status=status,
                       company=company, role_models=people)


def continuous_line(classes: list[ClassRef], chains: list[ChainPlan], worlds: tuple[str, ...]) -> CoverageTable:
    return coverage(YearPlan(tuple(classes), tuple(chains), worlds))


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
    table = continuous_line([ClassRef("Groep 2", 2, id=1)], [], WORLDS)
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


def test_a_world_counts_through_the_professions_met_never_through_the_activitys_tags() -> None:
    robot = ProfessionRef("Robotprogrammeur", world="Hi-tech")
    nurse = ProfessionRef("Verpleegkundige", sector="Zorg")
    series = plain_chain(class_name="Groep 6a", class_id=4, activity=activity(title="Dit doe ik"))
    guest = plain_chain(class_name="Groep 6b", class_id=5, activity=activity(title="Gastles", professions=(robot,)),
                        role_models=(RoleModelRef("Ayse", True, nurse, 7),))
    table = continuous_line(CLASSES, [series, guest], WORLDS)
    assert table.count(6, "Hi-tech") == 1 and table.cell(6, "Hi-tech").chains == ("Groep 6b: Gastles",)
    assert table.classes[2].worlds == ()  # Groep 6a: the series alone meets no world
    assert guest.meeting.sectors == frozenset({"Zorg"})
    assert guest.meeting.professions == frozenset({"Robotprogrammeur", "Verpleegkundige"})
