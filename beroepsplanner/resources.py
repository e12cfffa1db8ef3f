"""Find the program's data: ``resources/``, ``db/``, the manual and the licence.

This is the one place that knows where they are. The program runs three ways:

- from the source tree (a checkout, or ``pip install -e``): the repository root,
  where ``db/``, ``resources/``, ``docs/`` and ``LICENSE`` live;
- installed from a wheel (``pip install``, ``pipx install``): inside the package, in
  ``beroepsplanner/_data/`` (setup.py maps the repository's folders there as package
  data); the licence is the wheel's own licence file in the package metadata;
- frozen by PyInstaller: the unpacked bundle (``sys._MEIPASS``), where
  ``installer.spec`` puts the same folders.

Every path is a real file or folder: Alembic's ``script_location``, Qt's translators
and images and ReportLab's fonts need one. pip always unpacks a wheel, so
``importlib.resources.files`` of the installed package is a folder on disk.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

PACKAGE = "beroepsplanner"
INSTALLED_DATA = "_data"
"""The folder inside the installed package that holds ``db/``, ``resources/`` and ``docs/``."""
LICENCE_FILE = "LICENSE"


@functools.cache
def installed_data_dir() -> Path | None:
    """``beroepsplanner/_data`` of an installed wheel, or None (source tree, frozen).

    The package's own folder (what ``importlib.resources.files`` gives for it: pip always
    unpacks a wheel), found without importing ``importlib.resources`` at every start."""
    data = Path(__file__).resolve().parent / INSTALLED_DATA
    return data if data.is_dir() else None


def base_dir() -> Path:
    """The folder that holds ``resources/``, ``db/`` and ``docs/``.

    Frozen: the unpacked bundle (``sys._MEIPASS``). Installed from a wheel:
    ``beroepsplanner/_data``. From source: the repository root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = installed_data_dir()
    if installed is not None:
        return installed
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A path below ``resources/``."""
    return base_dir().joinpath("resources", *parts)


def db_path(*parts: str) -> Path:
    """A path below ``db/`` (migrations and seed data)."""
    return base_dir().joinpath("db", *parts)


def docs_path(*parts: str) -> Path:
    """A path below ``docs/`` (the manual and its screenshots are shown in the window)."""
    return base_dir().joinpath("docs", *parts)


def licence_path() -> Path:
    """The program's own licence text (LICENSE, GPL-3.0-or-later).

    From source and frozen it is beside ``resources/``; an installed wheel has it as
    its licence file (``beroepsplanner-<version>.dist-info/licenses/LICENSE``).
    """
    path = base_dir() / LICENCE_FILE
    if path.is_file() or getattr(sys, "_MEIPASS", None) or installed_data_dir() is None:
        return path
    return _distribution_licence() or path


def _distribution_licence() -> Path | None:
    from importlib import metadata

    try:
        files = metadata.distribution(PACKAGE).files or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name == LICENCE_FILE and ".dist-info" in str(file):
            located = Path(str(file.locate()))
            if located.is_file():
                return located
    return None
