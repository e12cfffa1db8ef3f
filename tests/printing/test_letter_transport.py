"""The parent letter says how the class travels and when it leaves and comes back, as far
as the chain knows it, and nothing about it when it does not (issue 12 item 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from beroepsplanner.domain.kinds import TransportMode
from beroepsplanner.printing.letter import render_parent_letter
from tests.printing.letter_yearplan_data import page_text, pdf_of, visit

T = dt.time


def words(**changes: object) -> str:
    return page_text(pdf_of(render_parent_letter, visit(**changes)), 0)


def test_arranged_bikes_with_both_times() -> None:
    text = words(transport_mode=TransportMode.BIKES, transport_arranged=True,
                 departure_time=T(8, 45), return_time=T(12, 0))
    assert ("We gaan op de fiets: we vertrekken om 8.45 uur van school en zijn rond "
            "12.00 uur weer terug op school.") in text


@pytest.mark.parametrize(("mode", "said"), [
    (TransportMode.ON_FOOT, "lopend"), (TransportMode.CARS, "met auto’s"),
    (TransportMode.BUS, "met de bus"), (TransportMode.PUBLIC_TRANSPORT, "met het openbaar vervoer"),
])
def test_every_way_of_travelling_has_its_words(mode: TransportMode, said: str) -> None:
    assert f"We gaan {said}." in words(transport_mode=mode, transport_arranged=True)


def test_transport_not_arranged_yet_is_said_as_expected_not_promised() -> None:
    text = words(transport_mode=TransportMode.BUS, transport_arranged=False)
    assert "We gaan naar verwachting met de bus." in text


def test_only_the_times_that_are_known_are_printed() -> None:
    assert "We vertrekken om 9.00 uur van school." in words(departure_time=T(9, 0))
    back = words(return_time=T(14, 30))
    assert "We zijn rond 14.30 uur weer terug op school." in back
    assert "vertrekken" not in back


def test_nothing_about_travel_or_times_when_nothing_is_known() -> None:
    text = words()
    for said in ("We gaan", "vertrekken om", "weer terug", " uur van school"):
        assert said not in text

