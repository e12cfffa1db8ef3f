"""Issue 15: the cohort findings of a school with 8 years of history under 100 ms for `check`.

The school is the large demo (16 classes, 300 chains in 2026-2027) with seven earlier
school years made here the way the move to the next year leaves them: the same 16
classes each year, each pointing back to the class one groep lower the year before
(``class_origins``), and the same chains a year earlier each time — 2,400 chains over
eight years. Timed apart: reading the history (``store.history.load_history``), the
cohort findings alone (``domain.line_rules.check_line``), all the rules of the year with
its history (``check_year``), the line per cohort of the Overzicht (``cohort_table``),
and the whole ``beroepsplanner check`` command next to ``beroepsplanner --version``.
"""

from __future__ import annotations

import datetime as dt
import gc
import shutil
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from beroepsplanner.domain.cohort_line import cohort_table
from beroepsplanner.domain.cohorts import ClassLines
from beroepsplanner.domain.line_rules import check_line
from beroepsplanner.domain.rules import check_year
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.store.checks import calendar_of, load_rule_settings
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.history import load_history
from beroepsplanner.store.models import (
    Chain,
    ChainLesson,
    SchoolClass,
    SchoolYearRow,
    chain_role_models,
    class_origins,
)
from beroepsplanner.store.sessions import Database
from tests.benchmarks.conftest import cli, report, time_command

NEWEST = "2026-2027"
YEARS = 8


def add_history(database: Database, years: int) -> None:
    """``years - 1`` school years before the newest, copies of it a year earlier each."""
    with database.transaction() as session:
        newest = session.scalars(select(SchoolYearRow)).one()
        classes = session.execute(
            select(SchoolClass.id, SchoolClass.name, SchoolClass.grade, SchoolClass.teacher)
            .where(SchoolClass.school_year_id == newest.id)
        ).all()
        chains = session.execute(select(Chain.__table__).join(SchoolClass)).mappings().all()
        lessons = session.execute(select(ChainLesson.__table__)).mappings().all()
        roles = session.execute(select(chain_role_models)).mappings().all()
        ids: dict[int, dict[int, int]] = {0: {c.id: c.id for c in classes}}
        next_chain = max(c["id"] for c in chains) + 1
        for back in range(1, years):
            year = SchoolYear(SchoolYear.parse(NEWEST).first_year - back)
            row = SchoolYearRow(
                school_id=newest.school_id, label=year.label, start_date=year.start, end_date=year.end
            )
            session.add(row)
            session.flush()
            ids[back] = {}
            for school_class in classes:
                copy = SchoolClass(
                    school_year_id=row.id, name=school_class.name, grade=school_class.grade,
                    teacher=school_class.teacher,
                )
                session.add(copy)
                session.flush()
                ids[back][school_class.id] = copy.id
            shift = dt.timedelta(weeks=52 * back)
            chain_ids: dict[int, int] = {}
            copies: list[dict[str, Any]] = []
            for chain in chains:
                chain_ids[chain["id"]] = next_chain
                values = {k: v for k, v in chain.items() if k not in ("uid", "sequence", "last_modified")}
                copies.append(
                    values | {"id": next_chain, "class_id": ids[back][chain["class_id"]], "date": chain["date"] - shift}
                )
                next_chain += 1
            session.execute(insert(Chain), copies)
            session.execute(insert(ChainLesson), [
                {k: v for k, v in lesson.items() if k != "id"}
                | {"chain_id": chain_ids[lesson["chain_id"]], "date": lesson["date"] - shift}
                for lesson in lessons
            ])
            session.execute(insert(chain_role_models), [
                {"chain_id": chain_ids[r["chain_id"]], "role_model_id": r["role_model_id"]} for r in roles
            ])
        # Every class of a year came from the class one groep lower (same letter) a year before.
        by_grade = {(c.grade, c.name[-1]): c.id for c in classes}
        origins = []
        for back in range(0, years - 1):
            for (grade, letter), class_id in by_grade.items():
                if grade > 1:
                    origins.append({
                        "class_id": ids[back][class_id],
                        "previous_class_id": ids[back + 1][by_grade[(grade - 1, letter)]],
                    })
        session.execute(insert(class_origins), origins)


@pytest.fixture(scope="module")
def one_year_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cohorts") / "one-year.db"
    database = open_database(path)
    build_demo(database, "large")
    database.close()
    return path


@pytest.fixture(scope="module")
def history_db(one_year_db: Path) -> Path:
    path = one_year_db.with_name("eight-years.db")
    shutil.copyfile(one_year_db, path)
    database = open_database(path)
    add_history(database, YEARS)
    database.close()
    return path


def _time_check(command: list[str], runs: int) -> float:
    """Median wall time of ``check``, which exits 1 when the plan has errors."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, timeout=600)
        times.append(time.perf_counter() - start)
        assert result.returncode in (0, 1), result.stderr.decode("utf-8", "replace")
    return statistics.median(times)


def _median(action: Any, runs: int = 7) -> tuple[float, Any]:
    gc.collect()
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def test_cohort_findings_of_eight_years_of_history(history_db: Path, one_year_db: Path) -> None:
    database = open_database(history_db)
    with database.session() as session:
        reading, (history, _chains) = _median(lambda: load_history(session), runs=3)
        year = session.scalars(select(SchoolYearRow).where(SchoolYearRow.label == NEWEST)).one()
        calendar, settings = calendar_of(year), load_rule_settings(session)
    database.close()
    assert len(history.years) == YEARS
    assert sum(len(y.chains) for y in history.years) == 300 * YEARS
    assert all(len(y.classes) == 16 for y in history.years)
    calendar.school_days()  # built once per school year, not per check
    plan = history.year(NEWEST)
    assert plan is not None

    cohort, found = _median(lambda: check_line(history, NEWEST, settings))
    whole, findings = _median(lambda: check_year(plan, calendar, settings, history=history))
    alone, _ = _median(lambda: check_year(plan, calendar, settings))
    line, table = _median(lambda: cohort_table(history, NEWEST, dt.date(2027, 1, 1)))
    assert len(table.rows) == 8 and all(len(r.years) == YEARS for r in table.rows)
    # Every class's line reaches back to groep 4: the history is what the rules judge.
    lines = ClassLines(history)
    assert all(lines.met_since_start(c.id) is not None for c in plan.classes if c.id is not None)

    command = _time_check([*cli(), "check", "--json", "--db", str(history_db)], runs=5)
    one_year = _time_check([*cli(), "check", "--json", "--db", str(one_year_db)], runs=5)
    baseline = time_command([*cli(), "--version"], runs=5)
    report(
        "cohort findings, 8 school years x 16 classes (2,400 chains)",
        cohort_findings_ms=cohort * 1000,
        rules_with_history_ms=whole * 1000,
        rules_of_the_year_alone_ms=alone * 1000,
        line_per_cohort_ms=line * 1000,
        reading_history_ms=reading * 1000,
        findings=len(findings),
        cohort_findings=len(found),
        check_command_seconds=command,
        check_one_year_seconds=one_year,
        version_command_seconds=baseline,
        eight_years_to_one=f"{command / one_year:.2f}",
    )
    assert cohort < 0.100
    assert whole - alone < 0.100
