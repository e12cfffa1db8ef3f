"""Errors a user can cause. Each carries a Dutch message that says what to do."""

from __future__ import annotations

import re

# Control characters (but tab and line feed), line separators and direction overrides.
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class BeroepsplannerError(Exception):
    """Base class for every error caused by the user's input or files.

    The message is Dutch and complete: the command line prints it as it is and
    the window shows it in a dialog. A control character in it (quoted from a
    file or an argument) is written escaped, as ``\\x1b``, never raw: printed raw,
    ESC would make the terminal run a command.
    """

    key: str | None = None
    """A stable name of the message (``chain-done-stays``) with ``values``: what the
    message says by name. The window shows the message in English by these
    (``ui/error_text.py``); None for a message with no English of its own."""
    values: tuple[tuple[str, object], ...] = ()

    def __init__(self, *args: object, key: str | None = None, **values: object) -> None:
        super().__init__(
            *(_UNSHOWABLE.sub(_escaped, a) if isinstance(a, str) else a for a in args)
        )
        if key is not None:
            self.key = key
            self.values = tuple(values.items())


def _escaped(found: re.Match[str]) -> str:
    return repr(found.group())[1:-1]


class DatabaseError(BeroepsplannerError):
    """The database file cannot be opened, read or written."""


class SeedError(BeroepsplannerError):
    """A seed data file in db/seed is malformed (a packaging fault)."""


class NotFoundError(BeroepsplannerError):
    """A class, chain, activity ... named by the user does not exist."""


class InvalidInputError(BeroepsplannerError):
    """A value given by the user is not acceptable."""


class PlanFileError(BeroepsplannerError):
    """A plan file cannot be read, is malformed, or does not fit the database.

    ``problems`` holds one line per fault, each starting with its place in the
    file (``chains[3].date: ...``) when it has one; the message lists them. A line
    may be a ``Problem``: the same Dutch text, with its place, key and values.
    """

    def __init__(
        self,
        message: str,
        problems: tuple[str, ...] = (),
        *,
        key: str | None = None,
        **values: object,
    ) -> None:
        super().__init__(message, key=key, **values)
        self.problems = problems
