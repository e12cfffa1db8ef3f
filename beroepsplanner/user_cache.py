"""Small files the program keeps to start faster: never data of its own, only copies.

What is kept here can always be made again from the database or a package: the
holiday days of a region and year (``holiday_days.py``) and the year plan the window
showed last (``store/start_view.py``). A file that is missing, damaged or from another
version is ignored and made anew; one that cannot be written costs only time. The
folder is the user's cache folder (``~/.cache/Beroepsplanner`` on Linux,
``%LOCALAPPDATA%\\Beroepsplanner\\Cache`` on Windows), or ``$BEROEPSPLANNER_CACHE``
(the tests and benchmarks use their own).

Standard library and platformdirs only: every layer may use it.
"""

from __future__ import annotations

import json
import logging
import os
from contextlib import suppress
from pathlib import Path
from typing import Any

from beroepsplanner.whole_file import whole_file

CACHE_ENV = "BEROEPSPLANNER_CACHE"

logger = logging.getLogger(__name__)


def cache_folder() -> Path:
    """``$BEROEPSPLANNER_CACHE``, else the user's cache folder for Beroepsplanner."""
    given = os.environ.get(CACHE_ENV, "").strip()
    if given:
        return Path(given).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("Beroepsplanner", appauthor=False)


def read_kept(name: str) -> Any:
    """The JSON value kept under ``name``, or None when there is none that can be read."""
    try:
        with (cache_folder() / name).open("rb") as file:
            return json.load(file)
    except (OSError, ValueError):
        return None


def keep(name: str, value: Any) -> bool:
    """Keep ``value`` (JSON) under ``name``, whole or not at all; False when the folder
    cannot be written (the program goes on without)."""
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with whole_file(folder / name) as staging:
            staging.write_text(json.dumps(value, separators=(",", ":")), encoding="utf-8")
    except (OSError, TypeError, ValueError) as exc:
        logger.info("cache file %s not kept: %s", name, type(exc).__name__)
        return False
    return True


def forget(name: str) -> None:
    """Remove what is kept under ``name`` (nothing happens when there is nothing)."""
    with suppress(OSError):
        (cache_folder() / name).unlink(missing_ok=True)
