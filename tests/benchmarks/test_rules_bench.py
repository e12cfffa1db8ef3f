"""Issue 3: the rules over the large demo (300 chains) and one proposal.

Rule time is the time of the pure domain functions (``check_year`` over the
plans, ``propose_chain``) after the plans are read from the database: the
reading is timed and reported apart. The whole ``beroepsplanner check`` as a
command is reported too, next to ``beroepsplanner --version`` as a baseline.
"""

from __future__ import annotations

import datetime as dt
import gc
import statistics
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.domain.proposal import propose_chain
from beroepsplanner.domain.rules import check_year
from beroepsplanner.store.checks import calendar_of, load_rule_settings, year_plan
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.models import SchoolYearRow
from tests.benchmarks.conftest import cli, report, time_command


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rules") / "large.db"
    database = open_database(path)
    build_demo(database, "large")
    database.close()
    return path


def _time_check(command: list[str], runs: int) -> float:
    """Median wall time of ``check``, which exits 1 when the plan has errors (as this one has)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, timeout=600)
        times.append(time.perf_counter() - start)
        assert result.returncode in (0, 1), result.stderr.decode("utf-8", "replace")
    return statistics.median(times)


def test_check_of_300_chains_and_one_proposal(large: Path) -> None:
    database = open_database(large)
    start = time.perf_counter()
    with database.session() as session:
        year = session.scalars(select(SchoolYearRow)).one()
        settings = load_rule_settings(session)
        plan = year_plan(session, year)
        calendar = calendar_of(year)
    reading = time.perf_counter() - start
    database.close()
    calendar.school_days()  # the calendar is built once per school year, not per check
    assert len(plan.chains) == 300

    gc.collect()
    rule_times, findings = [], []
    for _ in range(7):
        start = time.perf_counter()
        findings = check_year(plan, calendar, settings)
        rule_times.append(time.perf_counter() - start)

    proposal_times = []
    first = dt.date(2026, 9, 14)
    for week in range(30):
        monday = first + dt.timedelta(weeks=week)
        start = time.perf_counter()
        propose_chain(calendar, preparation_lessons=2, reflection_lessons=2, week=monday)
        proposal_times.append(time.perf_counter() - start)

    command = _time_check([*cli(), "check", "--json", "--db", str(large)], runs=3)
    baseline = time_command([*cli(), "--version"], runs=3)
    rules = statistics.median(rule_times)
    proposal = statistics.median(proposal_times)
    report(
        "check of the large demo (300 chains)",
        rule_ms=rules * 1000,
        reading_ms=reading * 1000,
        findings=len(findings),
        command_seconds=command,
        version_command_seconds=baseline,
    )
    report(
        "one proposal (2 preparation + 2 reflection lessons)",
        median_ms=proposal * 1000,
        max_ms=max(proposal_times) * 1000,
    )
    assert rules < 0.100
    assert proposal < 0.005
