"""A chain's way of travelling and its departure and return times in the plan file
(issue 12 item 2): exported, imported, optional in older files, refused in Dutch when wrong."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from beroepsplanner.domain.kinds import TransportMode
from beroepsplanner.errors import PlanFileError
from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store.models import Chain
from beroepsplanner.store.sessions import Database
from tests.io.plans import export, import_bytes, small_plan, to_bytes

FIELDS = ("transport_mode", "departure_time", "return_time")


def first_chain(database: Database) -> Chain:
    with database.session() as session:
        chain = session.scalars(select(Chain).order_by(Chain.date)).first()
        assert chain is not None
        session.expunge(chain)
        return chain


def test_transport_and_times_are_imported_and_exported(empty_db: Database) -> None:
    import_bytes(empty_db, to_bytes(small_plan()))
    chain = first_chain(empty_db)
    assert chain.transport_mode is TransportMode.BIKES
    assert chain.departure_time == dt.time(8, 45) and chain.return_time == dt.time(12, 0)
    first, second = export(empty_db)["chains"]
    assert (first["transport_mode"], first["departure_time"], first["return_time"]) == (
        "bikes", "08:45", "12:00")
    assert all(second[field] is None for field in FIELDS)


def test_an_older_plan_file_without_the_fields_still_imports(empty_db: Database) -> None:
    plan = small_plan()
    for chain in plan["chains"]:
        for field in FIELDS:
            del chain[field]
    import_bytes(empty_db, to_bytes(plan))
    chain = first_chain(empty_db)
    assert chain.transport_mode is None and chain.departure_time is None
    assert chain.return_time is None and chain.transport_arranged is True


def test_a_single_digit_hour_is_read() -> None:
    plan = small_plan()
    plan["chains"][0]["departure_time"] = "8:05"
    chain = read_plan(to_bytes(plan)).chains[0]
    assert chain.departure_time == dt.time(8, 5)


def refusal(field: str, value: Any) -> str:
    plan = small_plan()
    plan["chains"][0][field] = value
    with pytest.raises(PlanFileError) as caught:
        read_plan(to_bytes(plan))
    return str(caught.value)


@pytest.mark.parametrize("value", ["25:00", "8.30", "08:60", 830, "morgen", True])
def test_a_wrong_time_is_refused_with_its_place(value: Any) -> None:
    message = refusal("departure_time", value)
    assert "chains[0].departure_time" in message and "UU:MM" in message


def test_an_unknown_way_of_travelling_is_refused_with_the_choices() -> None:
    message = refusal("transport_mode", "boat")
    assert "chains[0].transport_mode" in message and "'bikes'" in message


def test_a_return_before_the_departure_is_refused() -> None:
    plan = small_plan()
    plan["chains"][0].update(departure_time="13:00", return_time="12:00")
    with pytest.raises(PlanFileError) as caught:
        read_plan(to_bytes(plan))
    assert "chains[0].return_time" in str(caught.value)
    assert "na het vertrek" in str(caught.value)
