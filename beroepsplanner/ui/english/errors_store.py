"""The English of the store errors with a key (see the package's docstring)."""

from __future__ import annotations

from beroepsplanner.ui.domain_text import DomainText


def templates() -> dict[str, str]:
    """Key → English text with ``{name}`` places for the error's values."""
    return {}


def values(key: str, found: dict[str, object]) -> dict[str, object]:
    """The error's values in English where a value is itself a Dutch word (none yet)."""
    del key
    return found


__all__ = ["DomainText", "templates", "values"]
