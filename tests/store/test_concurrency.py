"""Several processes writing to one database at once, on a SQLite file and on the
PostgreSQL test server (issue 16 item 4): no lost update, no half result, never two new
school years. The writers are processes of their own (``tests/store/concurrent_edits.py``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from beroepsplanner.store.models import Chain, Company, Profession, SchoolYearRow
from beroepsplanner.store.sessions import Database
from tests.store.concurrent_edits import (
    CONTEXT,
    check_no_lost_update,
    import_company_text,
    make_next_year,
    run_writers,
    versions_and_notes,
)

OLD, NEW = "2026-2027", "2027-2028"


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


def some_chains(database: Database, count: int) -> list[int]:
    with database.session() as session:
        return list(session.scalars(select(Chain.id).order_by(Chain.id).limit(count)))


def test_four_writers_editing_the_same_chains_lose_no_update(demo: Database) -> None:
    chains = some_chains(demo, 3)
    before = versions_and_notes(demo, chains)
    reports = run_writers(str(demo.location), chains, writers=4, edits=50)
    after = versions_and_notes(demo, chains)

    check_no_lost_update(before, after, reports, edits=50)
    saved = sum(len(r.saved) for r in reports)
    conflicts = sum(r.conflicts for r in reports)
    assert saved + conflicts == 200
    assert saved >= 3  # each chain's first edit at least; the rest depends on timing
    print(f"\n{demo.location.path and 'sqlite' or 'postgresql'}: {saved} saved, {conflicts} conflicts")


def test_two_moves_to_the_same_new_year_make_it_once(demo: Database) -> None:
    """The first holds its transaction (and the lock) a moment after its move; the second
    starts then, waits for the lock, and is refused cleanly: the year exists."""
    ready = CONTEXT.Event()
    results = CONTEXT.Queue()
    first = CONTEXT.Process(
        target=make_next_year, args=(str(demo.location), NEW, 1.5, ready, None, results)
    )
    second = CONTEXT.Process(
        target=make_next_year, args=(str(demo.location), NEW, 0.0, None, ready, results)
    )
    first.start()
    second.start()
    outcomes = sorted(results.get(timeout=300) for _ in range(2))
    first.join(timeout=60)
    second.join(timeout=60)

    assert outcomes == [("made", NEW), ("refused", "school-year-exists")]
    with demo.session() as session:
        labels = list(session.scalars(select(SchoolYearRow.label).order_by(SchoolYearRow.label)))
        classes_new = session.scalar(
            select(func.count()).select_from(SchoolYearRow).where(SchoolYearRow.label == NEW)
        )
    assert labels == [OLD, NEW]
    assert classes_new == 1


def test_two_moves_started_at_once_make_one_year(demo: Database) -> None:
    results = CONTEXT.Queue()
    processes = [
        CONTEXT.Process(
            target=make_next_year, args=(str(demo.location), NEW, 0.0, None, None, results)
        )
        for _ in range(2)
    ]
    for process in processes:
        process.start()
    outcomes = sorted(results.get(timeout=300) for _ in processes)
    for process in processes:
        process.join(timeout=60)
    assert outcomes[0] == ("made", NEW)
    assert outcomes[1] == ("refused", "school-year-exists")
    with demo.session() as session:
        assert session.scalar(select(func.count()).select_from(SchoolYearRow)) == 2


def test_two_imports_of_one_company_file_at_once_add_each_company_once(demo: Database) -> None:
    """The second import waits for the first (the imports' lock) and then finds every
    company: nothing doubled, no half file, no unique-constraint failure."""
    header = "Naam;Plaats;Contactpersoon;Sector;Beroepen\n"
    lines = "".join(
        f"Werkplaats {n};Amersfoort;Kim {n};Voeding & Natuur;Proefbakker {n}\n" for n in range(20)
    )
    with demo.session() as session:
        before = session.scalar(select(func.count(Company.id))) or 0
        professions = session.scalar(select(func.count(Profession.id))) or 0
    start = CONTEXT.Barrier(2)
    results = CONTEXT.Queue()
    processes = [
        CONTEXT.Process(
            target=import_company_text, args=(str(demo.location), header + lines, start, results)
        )
        for _ in range(2)
    ]
    for process in processes:
        process.start()
    outcomes = sorted(results.get(timeout=300) for _ in processes)
    for process in processes:
        process.join(timeout=60)

    assert outcomes == [("imported", (0, 0, 20)), ("imported", (20, 0, 0))]
    with demo.session() as session:
        assert session.scalar(select(func.count(Company.id))) == before + 20
        assert session.scalar(select(func.count(Profession.id))) == professions + 20
