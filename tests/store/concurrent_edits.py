"""Several programs writing to one database at once, each in a process of its own.

Used by ``tests/store/test_concurrency.py`` (a few processes, a few edits) and by the
benchmark ``tests/benchmarks/test_concurrency_bench.py`` (ten processes, 200 edits each).
The functions run in child processes (``multiprocessing``, spawn): they open the database
by its location, as another laptop on the school server or another window on the file
does, and report through a queue.

An edit is what the chain builder does: read a chain with its version, change the form
(append a token, ``<run>-<writer>-<n>;``, to the notes), save it with that version. It is
either saved or refused because another writer saved the chain in between
(``changed-by-colleague``); ``check_no_lost_update`` then counts: every saved token is in
its chain's notes exactly once, and every chain's version rose by exactly its number of
saved edits, so no save overwrote another unnoticed.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from beroepsplanner.errors import BeroepsplannerError, DatabaseError
from beroepsplanner.store.chain_editing import (
    check_form,
    load_chain_form,
    load_versioned_form,
    save_edited_chain,
)
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Chain
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.store.sessions import Database

CONTEXT = multiprocessing.get_context("spawn")
"""Fresh interpreters: no engine, connection or Qt state inherited from the tests."""


@dataclass
class EditReport:
    """What one writer did."""

    writer: str
    saved: dict[str, int] = field(default_factory=dict)
    """Token → chain of each edit that was saved."""
    conflicts: int = 0
    """Edits refused because another writer saved the chain first."""
    failed: list[str] = field(default_factory=list)
    """Anything else (a busy database, an unexpected error): must stay empty."""
    seconds: list[float] = field(default_factory=list)
    """Per edit: from reading the chain to the end of the save's transaction."""
    refused_seconds: list[float] = field(default_factory=list)
    """The times among ``seconds`` of the edits refused as a conflict."""
    cpu_seconds: float = 0.0
    """The process's own CPU time over all its edits (not the server's)."""


def edit_once(database: Database, chain_id: int, token: str) -> bool:
    """One edit as the chain builder makes it; True when saved, False when refused as a
    conflict."""
    with database.session() as session:
        version, form = load_versioned_form(session, chain_id)
    edited = dataclasses.replace(form, notes=f"{form.notes} {token};".strip())
    try:
        with database.transaction() as session:
            save_edited_chain(session, edited, chain_id, version=version, loaded=form)
    except ChangedByColleagueError:
        return False
    return True


def edit_chains(
    location: str,
    chain_ids: list[int],
    edits: int,
    writer: str,
    start: Any,
    results: Any,
) -> None:
    """A child process: ``edits`` edits of randomly chosen chains, all writers starting at
    once (``start``, a barrier); the ``EditReport`` goes to ``results``."""
    report = EditReport(writer)
    try:
        database = open_database(location)
    except BeroepsplannerError as exc:
        report.failed.append(f"open: {exc}")
        results.put(report)
        return
    chooser = random.Random(writer)
    try:
        # Warm, as a window that has been open a while is (queries compiled, the school
        # calendar computed), so the first edits do not hold the write lock for seconds.
        with database.session() as session:
            for chain_id in chain_ids:
                check_form(session, load_chain_form(session, chain_id), chain_id)
        start.wait(timeout=120)
        cpu = time.process_time()
        for number in range(edits):
            chain_id = chooser.choice(chain_ids)
            token = f"{writer}-{number}"
            began = time.perf_counter()
            try:
                if edit_once(database, chain_id, token):
                    report.saved[token] = chain_id
                else:
                    report.conflicts += 1
            except DatabaseError as exc:  # busy beyond the wait: must not happen
                report.failed.append(f"{token}: {exc.key}")
            took = time.perf_counter() - began
            report.seconds.append(took)
            if token not in report.saved and not report.failed:
                report.refused_seconds.append(took)
        report.cpu_seconds = time.process_time() - cpu
    except Exception as exc:  # reported, so the test says what went wrong
        report.failed.append(f"{type(exc).__name__}: {exc}")
    finally:
        database.close()
        results.put(report)


def run_writers(location: str, chain_ids: list[int], writers: int, edits: int) -> list[EditReport]:
    """Start ``writers`` processes of ``edit_chains`` at once and wait for their reports.
    Writers are named per run (``r3f2a-w0``), so tokens of an earlier run never collide."""
    run = f"r{uuid.uuid4().hex[:6]}"
    start = CONTEXT.Barrier(writers)
    results = CONTEXT.Queue()
    processes = [
        CONTEXT.Process(
            target=edit_chains,
            args=(location, chain_ids, edits, f"{run}-w{n}", start, results),
            daemon=True,
        )
        for n in range(writers)
    ]
    for process in processes:
        process.start()
    reports = [results.get(timeout=900) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    return sorted(reports, key=lambda r: r.writer)


def versions_and_notes(database: Database, chain_ids: list[int]) -> dict[int, tuple[int, str]]:
    """Each chain's version and notes now."""
    with database.session() as session:
        rows = session.execute(
            select(Chain.id, Chain.version, Chain.notes).where(Chain.id.in_(chain_ids))
        )
        return {chain_id: (version, notes) for chain_id, version, notes in rows}


def check_no_lost_update(
    before: dict[int, tuple[int, str]],
    after: dict[int, tuple[int, str]],
    reports: list[EditReport],
    edits: int,
) -> None:
    """Every edit saved or refused as a conflict; every saved edit in its chain's notes,
    once; every chain's version raised by exactly its saved edits (AssertionError if not)."""
    for report in reports:
        assert report.failed == [], f"{report.writer}: {report.failed[:5]}"
        assert len(report.saved) + report.conflicts == edits, report.writer
    saved = {token: chain for report in reports for token, chain in report.saved.items()}
    per_chain = Counter(saved.values())
    for chain_id, (version, notes) in after.items():
        old = set(before[chain_id][1].replace(";", " ").split())
        new_tokens = [t for t in notes.replace(";", " ").split() if t not in old]
        assert len(new_tokens) == len(set(new_tokens)), f"chain {chain_id}: a token twice"
        expected = sorted(t for t, c in saved.items() if c == chain_id)
        assert sorted(new_tokens) == expected, f"chain {chain_id}: lost or unknown edits"
        assert version - before[chain_id][0] == per_chain[chain_id], f"chain {chain_id}: version"


# --- two moves to the next school year at once -------------------------------------------------


def make_next_year(
    location: str, label: str, hold_seconds: float, ready: Any, wait_for: Any, results: Any
) -> None:
    """A child process: ``year new label`` as the command line does it, in one transaction.
    With ``wait_for`` it starts once that event is set; with ``ready`` it sets it after its
    move and keeps the transaction (and the lock) ``hold_seconds`` longer."""
    outcome: tuple[str, str]
    database = open_database(location)
    try:
        from beroepsplanner.store.years import load_for_move, plan_next_year, start_next_year

        if wait_for is not None:
            wait_for.wait(timeout=120)
        with database.transaction() as session:
            load_for_move(session)
            plan = plan_next_year(session, label)
            start_next_year(session, plan)
            if ready is not None:
                ready.set()
                time.sleep(hold_seconds)
        outcome = ("made", label)
    except BeroepsplannerError as exc:
        outcome = ("refused", str(exc.key))
    except Exception as exc:
        outcome = ("failed", f"{type(exc).__name__}: {exc}")
    finally:
        database.close()
    results.put(outcome)


# --- two imports of one company file at once ---------------------------------------------------


def import_company_text(location: str, text: str, start: Any, results: Any) -> None:
    """A child process: import a company file (CSV text) in one transaction, as ``import
    companies`` does; reports (added, updated, unchanged) or the failure."""
    from beroepsplanner.io.company_import import parse_companies
    from beroepsplanner.io.tables import read_csv_text
    from beroepsplanner.store.transfer.company_import import import_companies

    database = open_database(location)
    try:
        rows = parse_companies(read_csv_text(text)).rows
        start.wait(timeout=120)
        with database.transaction() as session:
            result = import_companies(session, rows)
        results.put(("imported", (result.added, result.updated, result.unchanged)))
    except Exception as exc:
        results.put(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        database.close()
