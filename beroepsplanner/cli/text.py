"""Dutch wording for the parts of the command line that argparse writes itself.

argparse looks its messages up through ``gettext``, and Python ships no Dutch
catalogue for it. ``dutch_argparse()`` swaps argparse's lookup functions for
this table while our parser is built and used, and puts the originals back
afterwards, so other users of argparse in the same process (pytest) are not
affected.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from typing import Any, TextIO

from beroepsplanner.domain.text import FORBIDDEN_IN_TEXT, escaped

ARGPARSE_DUTCH: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "expected one argument": "hier hoort één waarde achter",
    "expected at most one argument": "hier hoort hoogstens één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "not allowed with argument %s": "niet samen met %s te gebruiken",
    "ignored explicit argument %r": "waarde %r wordt niet gebruikt",
    "ambiguous option: %(option)s could match %(matches)s": (
        "optie %(option)s is niet eenduidig: %(matches)s"
    ),
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "subcommands": "opdrachten",
}

ARGPARSE_DUTCH_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": ("hier hoort %s waarde achter", "hier horen %s waarden achter"),
}


def _gettext(message: str) -> str:
    return ARGPARSE_DUTCH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular in ARGPARSE_DUTCH_PLURAL:
        one, many = ARGPARSE_DUTCH_PLURAL[singular]
        return one if n == 1 else many
    return singular if n == 1 else plural


@contextmanager
def dutch_argparse() -> Iterator[None]:
    """Let argparse speak Dutch inside the ``with`` block."""
    # argparse looks its texts up through the module names _ and ngettext, which its stubs
    # do not declare; replacing them is the only way to translate its own messages.
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


CHAIN_NUMBER_MAX = 2**63 - 1
"""The largest id SQLite can hold; a larger number can never name a chain."""


def chain_number(text: str) -> int:
    """argparse type for ``--chain NR``: a chain's number, with a Dutch message otherwise."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen ketennummer; 'beroepsplanner list chains' toont de nummers"
        ) from None
    if not 1 <= value <= CHAIN_NUMBER_MAX:
        raise argparse.ArgumentTypeError(
            f"keten {text} bestaat niet; 'beroepsplanner list chains' toont de nummers"
        )
    return value


def seconds(text: str) -> float:
    """argparse type for a waiting time: a number of seconds, 0 or more."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = -1.0
    if not 0 <= value < 24 * 3600:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen aantal seconden; geef een getal van 0 of meer, bijvoorbeeld 15"
        )
    return value


class TerminalSafe:
    """A text stream that writes refused characters the way Python does (``\\x1b``).

    Names in a database made by an earlier version (or written into it by
    another program) may still hold ESC, BEL or a direction override; printed
    raw they would make the terminal do things (one sets the window title).
    ``list``, ``check`` and every message go through this wrapper; tabs and line
    breaks pass unchanged. Everything else (``buffer``, ``fileno``, ``flush``)
    is the wrapped stream's own.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(FORBIDDEN_IN_TEXT.sub(lambda m: escaped(m.group()), text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def terminal_safe() -> Iterator[None]:
    """Print through ``TerminalSafe`` (stdout and stderr) for the duration of the block."""
    with redirect_stdout(TerminalSafe(sys.stdout)), redirect_stderr(TerminalSafe(sys.stderr)):
        yield
