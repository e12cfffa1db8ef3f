"""The before-and-after totals stored per chain (issue 18 item 1), on SQLite and on
PostgreSQL: stored and read back, refused in Dutch above the class's size (nothing
written), allowed in a locked past year, gone with the chain, listed per school year."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from beroepsplanner.domain.measurement import ChainMeasurement, Tally
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.chain_editing import delete_chain
from beroepsplanner.store.measurements import (
    chain_measurement,
    class_size,
    set_chain_measurement,
    year_measurements,
)
from beroepsplanner.store.models import Chain, SchoolClass
from beroepsplanner.store.models import ChainMeasurement as MeasurementRow
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.years import plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


def a_chain(database: Database, class_name: str = "Groep 7") -> tuple[int, int]:
    """A chain of ``class_name`` and the class's number of pupils."""
    with database.session() as session:
        chain = session.scalars(
            select(Chain).join(Chain.school_class).where(SchoolClass.name == class_name)
            .order_by(Chain.date)
        ).first()
        assert chain is not None
        return chain.id, class_size(session, chain.class_id)


def test_totals_are_stored_and_read_back_and_the_undo_gets_what_was_there(demo_db: Database) -> None:
    chain_id, pupils = a_chain(demo_db)
    assert pupils > 10
    before = Tally(woman=2, man=pupils - 6, both=3, unclear=1, want=4)
    with demo_db.transaction() as session:
        previous = set_chain_measurement(session, ChainMeasurement(chain_id, before=before))
    assert previous == ChainMeasurement(chain_id)
    with demo_db.transaction() as session:
        after = Tally(woman=5, man=3, both=pupils - 8, want=9)
        previous = set_chain_measurement(session, ChainMeasurement(chain_id, before, after))
    assert previous == ChainMeasurement(chain_id, before=before)
    with demo_db.session() as session:
        stored = chain_measurement(session, chain_id)
    assert stored == ChainMeasurement(chain_id, before, after)
    assert stored.after.unclear is None  # not counted stays apart from 0
    # Everything cleared: no row left.
    with demo_db.transaction() as session:
        set_chain_measurement(session, ChainMeasurement(chain_id))
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(MeasurementRow)) == 0


def test_a_total_larger_than_the_class_is_refused_in_dutch_and_nothing_written(
    demo_db: Database,
) -> None:
    chain_id, pupils = a_chain(demo_db)
    with demo_db.transaction() as session:
        set_chain_measurement(session, ChainMeasurement(chain_id, before=Tally(woman=1)))
    too_many = ChainMeasurement(chain_id, before=Tally(woman=1), after=Tally(man=pupils, both=1))
    with pytest.raises(InvalidInputError) as refused, demo_db.transaction() as session:
        set_chain_measurement(session, too_many)
    assert refused.value.key == "measurement-more-than-class-after"
    message = str(refused.value)
    assert f"{pupils + 1}" in message and f"{pupils} leerlingen" in message
    assert "na de activiteit" in message and "Er is niets veranderd" in message
    with pytest.raises(InvalidInputError) as negative, demo_db.transaction() as session:
        set_chain_measurement(session, ChainMeasurement(chain_id, before=Tally(man=-2)))
    assert negative.value.key == "measurement-negative"
    with demo_db.session() as session:
        assert chain_measurement(session, chain_id) == ChainMeasurement(chain_id, before=Tally(woman=1))


def test_a_class_without_pupils_cannot_be_counted_against(demo_db: Database) -> None:
    from beroepsplanner.store.classes import add_class
    from beroepsplanner.store.models import Activity

    with demo_db.transaction() as session:
        class_id = add_class(session, OLD, "Groep 4x", 4)
        chain = Chain(
            class_id=class_id,
            activity_id=session.scalars(select(Activity.id)).first(),
            date=session.scalars(select(Chain.date)).first(),
        )
        session.add(chain)
        session.flush()
        chain_id = chain.id
    with pytest.raises(InvalidInputError) as refused, demo_db.transaction() as session:
        set_chain_measurement(session, ChainMeasurement(chain_id, before=Tally(woman=3)))
    assert refused.value.key == "measurement-no-pupils"
    assert "Groep 4x" in str(refused.value) and "Voeg eerst de leerlingen toe" in str(refused.value)


def test_a_locked_past_year_still_takes_its_totals_and_the_year_lists_them(
    demo_db: Database,
) -> None:
    chain_id, _ = a_chain(demo_db)
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))  # locks 2026-2027
    with demo_db.transaction() as session:
        set_chain_measurement(session, ChainMeasurement(chain_id, after=Tally(both=12)))
    with demo_db.session() as session:
        listed = year_measurements(session, OLD)
        assert [(grade, m.chain_id, m.after.both) for grade, m in listed] == [(7, chain_id, 12)]
        assert year_measurements(session, NEW) == []


def test_the_totals_go_with_their_chain(demo_db: Database) -> None:
    chain_id, _ = a_chain(demo_db)
    with demo_db.transaction() as session:
        set_chain_measurement(session, ChainMeasurement(chain_id, before=Tally(man=4)))
    with demo_db.transaction() as session:
        delete_chain(session, chain_id)
    with demo_db.session() as session:
        assert session.get(MeasurementRow, chain_id) is None
    with pytest.raises(NotFoundError), demo_db.transaction() as session:
        set_chain_measurement(session, ChainMeasurement(chain_id, before=Tally(man=1)))
