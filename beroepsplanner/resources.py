"""Find the bundled folders ``resources/`` and ``db/``, from source and when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder that holds ``resources/`` and ``db/``.

    From source that is the repository root; in a PyInstaller build it is the
    unpacked bundle (``sys._MEIPASS``), where ``installer.spec`` puts both.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
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
    """The program's own licence text (LICENSE, GPL-3.0-or-later)."""
    return base_dir() / "LICENSE"
