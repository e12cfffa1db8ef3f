"""A refused or unprintable character in English: the one English of ``domain/text.py``'s
``describe_character`` and ``character_problem``, for every error and problem that names the
character it found (``char``): a store's refusal (``errors_store``), a row of a company file or
a class list and a plan file's fault (``errors_io``), a field of the company form
(``errors_forms``)."""

from __future__ import annotations

import unicodedata

from beroepsplanner.domain.text import FORBIDDEN_IN_NAME, escaped
from beroepsplanner.ui.domain_text import DomainText

_LINE_BREAKS = "\n\r\x0b\x0c\u2028\u2029"
_DIRECTION = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "Backspace", "\x1b": "Escape", "\x7f": "Delete"}


def describe_character(char: str) -> str:
    """``domain.text.describe_character`` in English: "an invisible control character (\\x1b,
    Escape)"."""
    if char == "\t":
        return DomainText.tr("a tab (\\t)")
    if char in _LINE_BREAKS:
        return DomainText.tr("a line break (%1)").replace("%1", escaped(char))
    if char in _DIRECTION:
        return DomainText.tr("an invisible character that reverses the writing direction (%1)").replace(
            "%1", escaped(char)
        )
    name = _NAMES.get(char)
    return DomainText.tr("an invisible control character (%1)").replace(
        "%1", escaped(char) + (", " + name if name else "")
    )


def character_problem(char: str) -> str:
    """``domain.text.character_problem`` in English for the character it found (``char``):
    a sentence without the place, starting in lower case."""
    if char == "\t" or char in _LINE_BREAKS:
        return DomainText.tr("the text contains %1; a name fits on one line.").replace(
            "%1", describe_character(char)
        )
    if FORBIDDEN_IN_NAME.match(char):
        return DomainText.tr(
            "the text contains %1. Such a character does not belong in a text and usually "
            "comes along when copying from another program: type the text again."
        ).replace("%1", describe_character(char))
    if ord(char) > 0xFFFF:
        reason = DomainText.tr("an emoji or character the printouts cannot show")
    elif unicodedata.bidirectional(char) in ("R", "AL", "AN"):
        reason = DomainText.tr("a right-to-left script, which the printouts cannot set")
    else:
        reason = DomainText.tr("a character that is not in the font of the printouts")
    return (
        DomainText.tr(
            "the text contains %1: %2. Leave it out or write it in letters; that way the "
            "pupils' paper never shows an empty box."
        )
        .replace("%2", reason)
        .replace("%1", f"{char} (U+{ord(char):04X})")
    )
