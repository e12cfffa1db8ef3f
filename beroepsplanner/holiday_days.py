"""The Dutch public and school holidays of a region's years, worked out once per version.

Asked for the Netherlands, the ``holidays`` package first imports the modules of every
country it knows (about 280: a fifth of a second, more than the rest of a command's
start-up), and then works out the days. The days do not change for a version of the
package, so they are kept: in memory for the process, and in a small file in the
user's cache folder (``user_cache.py``) named after the package's version, so a next
start, a command or a test process does not import the package at all. A newer
``holidays`` gets a new file; a file that cannot be read or written only costs the
time of working the days out again.

``domain/calendar.py`` asks here; the days are exactly the package's answer to
``country_holidays("NL", subdiv=..., years=..., categories=("public", "school"),
language="nl")`` (``tests/domain/test_holiday_days.py`` compares them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from beroepsplanner import user_cache

_CATEGORIES = ("public", "school")
_known: dict[tuple[str, tuple[int, ...]], dict[dt.date, str]] = {}
_file_days: dict[str, dict[str, str]] | None = None


def holiday_days(subdiv: str, years: Sequence[int]) -> dict[dt.date, str]:
    """The public and school holidays of the Netherlands in region ``subdiv`` (the
    package's ``Noord``, ``Midden`` or ``Zuid``) in the calendar ``years``: date →
    Dutch name (several names of one day joined with ``"; "``, as the package gives them)."""
    key = (subdiv, tuple(sorted(set(years))))
    found = _known.get(key)
    if found is None:
        found = _kept(key)
        if found is None:
            found = _work_out(*key)
            _keep(key, found)
        _known[key] = found
    return dict(found)


def _work_out(subdiv: str, years: tuple[int, ...]) -> dict[dt.date, str]:
    import holidays

    days = holidays.country_holidays(
        "NL", subdiv=subdiv, years=list(years), categories=_CATEGORIES, language="nl"
    )
    return dict(sorted(days.items()))


def package_version() -> str | None:
    """The version of the ``holidays`` package, found without importing it."""
    return user_cache.package_version("holidays")


def _file_name() -> str | None:
    return user_cache.versioned_name("holidays", package_version())


def _file_key(key: tuple[str, tuple[int, ...]]) -> str:
    subdiv, years = key
    return f"{subdiv}:{','.join(map(str, years))}"


def _read_file() -> dict[str, dict[str, str]]:
    global _file_days
    if _file_days is None:
        name = _file_name()
        value = user_cache.read_kept(name) if name is not None else None
        _file_days = value if isinstance(value, dict) else {}
    return _file_days


def _kept(key: tuple[str, tuple[int, ...]]) -> dict[dt.date, str] | None:
    days = _read_file().get(_file_key(key))
    if not isinstance(days, dict):
        return None
    try:
        return {dt.date.fromisoformat(day): str(name) for day, name in days.items()}
    except (TypeError, ValueError):
        return None


def _keep(key: tuple[str, tuple[int, ...]], days: dict[dt.date, str]) -> None:
    name = _file_name()
    if name is None:
        return
    kept = _read_file()
    kept[_file_key(key)] = {day.isoformat(): text for day, text in days.items()}
    user_cache.keep(name, kept)


def forget_in_memory() -> None:
    """Forget what this process knows (tests: read the file, or the package, again)."""
    global _file_days
    _known.clear()
    _file_days = None
