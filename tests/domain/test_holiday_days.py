"""The holiday days are the holidays package's own, worked out once and kept in a file."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import holidays
import pytest

from beroepsplanner import holiday_days as module
from beroepsplanner.holiday_days import forget_in_memory, holiday_days, package_version
from beroepsplanner.user_cache import CACHE_ENV

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder of this test, nothing known in memory."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    forget_in_memory()
    yield folder
    forget_in_memory()


def _package(subdiv: str, years: list[int]) -> dict[object, str]:
    return dict(
        holidays.country_holidays(
            "NL", subdiv=subdiv, years=years, categories=("public", "school"), language="nl"
        )
    )


@pytest.mark.parametrize("subdiv", ["Noord", "Midden", "Zuid"])
def test_the_days_are_the_packages_own(own_cache: Path, subdiv: str) -> None:
    for first in (2024, 2026, 2029):
        years = [first, first + 1]
        worked_out = holiday_days(subdiv, years)
        assert worked_out == _package(subdiv, years)
        forget_in_memory()
        assert holiday_days(subdiv, years) == worked_out  # now read from the file


def test_the_file_is_named_after_the_package_version(own_cache: Path) -> None:
    holiday_days("Midden", [2026, 2027])
    assert package_version() == holidays.__version__
    kept = json.loads((own_cache / f"holidays-{holidays.__version__}.json").read_text())
    assert "Midden:2026,2027" in kept
    christmas = _package("Midden", [2026, 2027])[dt.date(2026, 12, 25)]
    assert kept["Midden:2026,2027"]["2026-12-25"] == christmas


def test_a_damaged_or_wrong_file_is_worked_out_again(own_cache: Path) -> None:
    own_cache.mkdir()
    name = own_cache / f"holidays-{holidays.__version__}.json"
    name.write_text("{not json")
    assert holiday_days("Zuid", [2026, 2027]) == _package("Zuid", [2026, 2027])
    forget_in_memory()
    name.write_text(json.dumps({"Zuid:2026,2027": {"gisteren": 3}}))
    assert holiday_days("Zuid", [2026, 2027]) == _package("Zuid", [2026, 2027])


def test_a_folder_that_cannot_be_written_costs_only_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    forget_in_memory()
    try:
        assert holiday_days("Noord", [2026, 2027]) == _package("Noord", [2026, 2027])
    finally:
        forget_in_memory()


def test_a_copy_is_returned_so_callers_cannot_change_what_is_kept(own_cache: Path) -> None:
    days = holiday_days("Midden", [2026, 2027])
    days.clear()
    assert holiday_days("Midden", [2026, 2027])


def test_a_next_process_does_not_import_the_package(own_cache: Path) -> None:
    probe = textwrap.dedent(
        """
        import datetime, sys
        from beroepsplanner.domain.calendar import SchoolCalendar
        from beroepsplanner.domain.school_year import SchoolYear
        calendar = SchoolCalendar.of(SchoolYear.parse("2026-2027"), "midden")
        assert calendar.days_off[datetime.date(2026, 12, 25)].startswith("Eerste kerstdag")
        print(sorted(name for name in sys.modules if name.startswith("holidays")))
        """
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{CACHE_ENV: str(own_cache)})

    def imported() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120, check=True
        )
        return json.loads(done.stdout.strip().replace("'", '"'))

    first = imported()
    assert "holidays.countries.netherlands" in first  # worked out, and kept
    assert imported() == []  # read from the file: the package is never imported
    assert module.package_version() is not None
