"""The next school year with classes split, merged and combined (issue 15, item 1): the plan
lists every pupil explicitly, ``start_next_year`` follows it, and ``store/year_rows.py``
takes the whole move back and puts it again (the window's undo and redo)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.domain.next_year import NextYearPlan
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.change_log import record_changes
from beroepsplanner.store.models import (
    CancelledChain,
    Chain,
    Pupil,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.year_lock import set_year_locks, year_locks
from beroepsplanner.store.year_rows import (
    put_back_year_rows,
    remove_year_rows,
    take_year_rows,
)
from beroepsplanner.store.years import (
    plan_next_year,
    preview_next_year,
    start_next_year,
)
from tests.store.test_next_year import NEW, OLD, old_year_export


def index_of(plan: NextYearPlan, name: str) -> int:
    return next(i for i, move in enumerate(plan.classes) if move.name == name)


def new_class(session, name: str) -> SchoolClass:  # type: ignore[no-untyped-def]
    return session.scalars(
        select(SchoolClass).join(SchoolYearRow).where(
            SchoolYearRow.label == NEW, SchoolClass.name == name
        )
    ).one()


def previous_names(school_class: SchoolClass) -> dict[str, str]:
    """Each pupil of the class → the name of last year's class its previous row is in."""
    return {p.display_name: _previous(p).school_class.name for p in school_class.pupils}


def _previous(pupil: Pupil) -> Pupil:
    from sqlalchemy.orm import object_session

    session = object_session(pupil)
    assert session is not None and pupil.previous_id is not None
    previous = session.get(Pupil, pupil.previous_id)
    assert previous is not None
    return previous


def test_a_split_class_puts_each_chosen_pupil_in_the_new_class(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        plan = plan_next_year(session, NEW)
        index = index_of(plan, "Groep 5")
        pupils = plan.pupils_of(index)
        chosen = [p.id for p in pupils[::2]]
        plan = plan.split(index, chosen, "Groep 5b", "juf Noor")
        plan = plan.with_class(index, name="Groep 5a")
        summary = start_next_year(session, plan)
    with demo_db.session() as session:
        a, b = new_class(session, "Groep 5a"), new_class(session, "Groep 5b")
        assert b.teacher == "juf Noor" and a.teacher == "juf Esra"
        assert sorted(p.previous_id for p in b.pupils) == sorted(chosen)
        assert len(a.pupils) + len(b.pupils) == len(pupils)
        assert not {p.previous_id for p in a.pupils} & set(chosen)
        # Both halves come from last year's Groep 4, pupil by pupil, and get its chains.
        assert [c.name for c in a.previous_classes] == [c.name for c in b.previous_classes] == ["Groep 4"]
        assert set(previous_names(a).values()) == set(previous_names(b).values()) == {"Groep 4"}
        old_five = session.scalars(
            select(SchoolClass).join(SchoolYearRow).where(
                SchoolYearRow.label == OLD, SchoolClass.name == "Groep 5"
            )
        ).one()
        for half in (a, b):
            assert sorted(session.get(Chain, c.origin_chain_id).id for c in half.chains) == sorted(
                c.id for c in old_five.chains
            )
        assert dict(summary.chains_per_class)["Groep 5b"] == len(old_five.chains)


def test_a_merged_class_takes_the_pupils_of_both_and_remembers_both_origins(
    demo_db: Database,
) -> None:
    with demo_db.transaction() as session:
        plan = plan_next_year(session, NEW)
        a, b = index_of(plan, "Groep 7a"), index_of(plan, "Groep 7b")
        expected = {p.id for p in plan.pupils_of(a) + plan.pupils_of(b)}
        plan = plan.merge(a, b, name="Groep 7")
        doubles = plan.doubles(index_of(plan, "Groep 7"))
        for name in doubles:  # the demo may give two classes a pupil of the same name
            pupil = next(p for p in plan.pupils_of(index_of(plan, "Groep 7")) if p.name == name)
            plan = plan.rename_pupil(index_of(plan, "Groep 7"), pupil.id, f"{name} Z.")
        start_next_year(session, plan)
    with demo_db.session() as session:
        merged = new_class(session, "Groep 7")
        assert {p.previous_id for p in merged.pupils} == expected
        assert [c.name for c in merged.previous_classes] == ["Groep 6a", "Groep 6b"]
        assert set(previous_names(merged).values()) == {"Groep 6a", "Groep 6b"}
        assert merged.teacher == "juf Marloes" and merged.grade == 7
        assert merged.chains, "the chains of last year's groep 7 come back"


def test_a_combination_class_of_two_groepen_is_one_class_with_the_chosen_groep(
    demo_db: Database,
) -> None:
    with demo_db.transaction() as session:
        plan = plan_next_year(session, NEW)
        five, six = index_of(plan, "Groep 5"), index_of(plan, "Groep 6")
        plan = plan.merge(five, six, name="Groep 5/6", grade=6)
        index = index_of(plan, "Groep 5/6")
        for name in plan.doubles(index):
            pupil = [p for p in plan.pupils_of(index) if p.name == name][-1]
            plan = plan.rename_pupil(index, pupil.id, f"{name} Z.")
        assert plan.doubles(index) == []
        start_next_year(session, plan)
    with demo_db.session() as session:
        combined = new_class(session, "Groep 5/6")
        assert combined.grade == 6
        assert [c.name for c in combined.previous_classes] == ["Groep 4", "Groep 5"]
        assert set(previous_names(combined).values()) == {"Groep 4", "Groep 5"}
        # Its chains are those of last year's groep 5 (the first class's source).
        origins = {session.get(Chain, c.origin_chain_id).school_class.name for c in combined.chains}
        assert origins == {"Groep 5"}


def test_two_pupils_of_one_name_in_a_merged_class_are_refused(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        plan = plan_next_year(session, NEW)
        index = index_of(plan, "Groep 2")
        first = plan.pupils_of(index)[0]
        plan = plan.set_new_pupils(index_of(plan, "Groep 1"), [first.name])
        plan = plan.merge(index, index_of(plan, "Groep 1"))
        assert plan.doubles(index_of(plan, "Groep 2")) == [first.name]
    with pytest.raises(InvalidInputError, match="twee leerlingen") as refused, demo_db.transaction() as session:
        start_next_year(session, plan)
    assert refused.value.key == "next-year-pupil-names-double"
    with demo_db.session() as session:
        assert session.scalars(select(SchoolYearRow.label)).all() == [OLD]


def test_a_pupil_in_two_classes_or_a_split_of_nobody_is_refused(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = plan_next_year(session, NEW)
    index = index_of(plan, "Groep 3")
    with pytest.raises(InvalidInputError, match="niet niemand en niet iedereen"):
        plan.split(index, [], "Groep 3b")
    pupil = plan.classes[index].pupil_ids[0]
    doubled = plan.split(index, [pupil], "Groep 3b")
    doubled = doubled.with_class(index, pupil_ids=doubled.classes[index].pupil_ids + (pupil,))
    with pytest.raises(InvalidInputError, match="in twee klassen") as refused, demo_db.transaction() as session:
        start_next_year(session, doubled)
    assert refused.value.key == "next-year-pupil-twice"


def test_a_new_groep_1_from_a_class_list_gets_its_pupils(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        plan = plan_next_year(session, NEW)
        plan = plan.set_new_pupils(index_of(plan, "Groep 1"), ["Mila", "Daan", "Ayşe"])
        summary = start_next_year(session, plan)
    with demo_db.session() as session:
        groep_1 = new_class(session, "Groep 1")
        assert sorted(p.display_name for p in groep_1.pupils) == ["Ayşe", "Daan", "Mila"]
        assert all(p.previous_id is None for p in groep_1.pupils)
    assert summary.pupils == 3 + sum(len(m.pupil_ids) for m in plan.classes)


def test_the_preview_says_what_the_move_does_and_keeps_nothing(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = plan_next_year(session, NEW)
        preview = preview_next_year(session, plan)
    with demo_db.session() as session:
        assert session.scalars(select(SchoolYearRow.label)).all() == [OLD]
        assert not session.scalars(select(SchoolYearRow.locked)).one()
    with demo_db.transaction() as session:
        done = start_next_year(session, plan)
    assert (preview.classes, preview.pupils, preview.chains, preview.chains_per_class) == (
        done.classes, done.pupils, done.chains, done.chains_per_class
    )


def test_the_move_is_taken_back_whole_and_put_back_the_same(
    demo_db: Database, tmp_path: Path
) -> None:
    record_changes(demo_db)
    before = old_year_export(demo_db, tmp_path)
    with demo_db.transaction() as session:
        locks = year_locks(session)
        plan = plan_next_year(session, NEW)
        plan = plan.split(index_of(plan, "Groep 4"), plan.classes[index_of(plan, "Groep 4")].pupil_ids[:5], "Groep 4b")
        start_next_year(session, plan)
        rows = take_year_rows(session, NEW)
        after = year_locks(session)
    assert rows.count("classes") == 10 and rows.count("chains") > 15
    assert rows.count("class_origins") == 9 and rows.count("chain_lessons") > 30

    with demo_db.transaction() as session:
        remove_year_rows(session, rows)
        set_year_locks(session, locks)
    assert old_year_export(demo_db, tmp_path) == before
    with demo_db.session() as session:
        assert session.scalars(select(SchoolYearRow.label)).all() == [OLD]
        assert session.scalars(select(CancelledChain)).all() == []
        assert not session.scalars(select(SchoolYearRow.locked)).one()

    with demo_db.transaction() as session:
        put_back_year_rows(session, rows)
        set_year_locks(session, after)
    with demo_db.session() as session:
        assert take_year_rows(session, NEW) == rows
        assert year_locks(session) == {OLD: True, NEW: False}


def test_a_year_changed_since_the_move_is_not_taken_back(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))
        rows = take_year_rows(session, NEW)
    with demo_db.transaction() as session:
        new_class(session, "Groep 2").teacher = "meester Bram"
    with pytest.raises(InvalidInputError, match="veranderd sinds") as refused, demo_db.transaction() as session:
        remove_year_rows(session, rows)
    assert refused.value.key == "next-year-changed-since"
