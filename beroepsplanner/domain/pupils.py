"""A pupil as plain data, and the one way two names are compared.

A pupil is known by a display name only (privacy: ``pupil_names.py`` gives the rule);
these records carry what the store reads and writes about one, for the window,
undo and the school's export of a pupil's data (``io/pupil_export.py``).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PupilInfo:
    id: int
    display_name: str
    version: int = field(default=0, compare=False)
    """The pupil's row version when read; a rename sends it back (``store/row_versions.py``)."""


@dataclass(frozen=True)
class PupilRecord:
    """A removed pupil, enough to put it back under the same id."""

    id: int
    class_id: int
    display_name: str


@dataclass(frozen=True)
class PupilChain:
    """A chain of the pupil's class: the activity and its date, and what the teacher
    entered for the pupil in it (the pupil's record, ``domain/pupil_record.py``)."""

    activity: str
    date: dt.date
    absent: bool = False
    talents: tuple[str, ...] = ()
    """The talents recognised, in Dutch (``samenwerken``)."""
    wants_more: bool = False
    own_words: str = ""


@dataclass(frozen=True)
class PupilData:
    """Everything the database holds about one pupil (for the school's export): this
    school year's row and, in ``earlier``, the same child's rows of earlier years."""

    display_name: str
    class_name: str
    grade: int
    school_year: str
    chains: tuple[PupilChain, ...]
    earlier: tuple[PupilData, ...] = ()
    """The earlier school years, oldest first (each without ``earlier`` of its own)."""


def name_key(name: str) -> str:
    """The form two names are compared in: composed Unicode, case folded, trimmed."""
    if name.isascii():
        return name.strip().lower()  # the same for ASCII, and quicker: imports call this a lot
    return unicodedata.normalize("NFC", name.strip()).casefold()
