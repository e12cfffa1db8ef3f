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

import importlib.util
import json
import logging
import os
import re
import sys
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


def package_version(package: str, distribution: str | None = None) -> str | None:
    """The version of the installed ``package`` (its distribution ``distribution``, by
    default the same name), found without importing it — importing is what a kept file
    saves: from the name of its ``<distribution>-<version>.dist-info`` folder beside it.
    A frozen program carries one version of every package inside itself: its own
    version and the time its file was made. None when neither can be known."""
    spec = importlib.util.find_spec(package)
    origin = getattr(spec, "origin", None) if spec is not None else None
    pattern = re.compile(
        re.escape(distribution or package).replace("_", "[-_]") + r"-([0-9][^-]*)\.dist-info",
        re.IGNORECASE,
    )
    if origin:
        with suppress(OSError), os.scandir(Path(origin).parent.parent) as entries:
            for entry in entries:
                match = pattern.fullmatch(entry.name)
                if match:
                    return match.group(1)
    if getattr(sys, "frozen", False):
        from beroepsplanner import __version__

        try:
            stamp = int(Path(sys.executable).stat().st_mtime)
        except OSError:
            return None
        return f"frozen-{__version__}-{stamp}"
    return None


def versioned_name(stem: str, version: str | None) -> str | None:
    """``<stem>-<version>.json`` (a name safe on every file system); None without a version."""
    if version is None:
        return None
    return f"{stem}-" + re.sub(r"[^0-9A-Za-z.+-]", "_", version) + ".json"
