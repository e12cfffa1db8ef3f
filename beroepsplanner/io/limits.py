"""The limits on files the program reads, and reading a file without passing them.

A file larger than any real school's list or plan (or an endless one: a
device such as ``/dev/zero``, a pipe) is refused with a Dutch message that
says the limit, instead of filling the memory. Fields have a maximum length
per kind, named in the refusal with the row and column or the place in the
plan file: names as the database columns hold them, free text (notes,
descriptions) ``MAX_FREE_TEXT``, and any table cell ``MAX_CELL`` (Excel's own
limit, so a longer cell cannot come from Excel: it is nearly always a quote
without its closing quote, which makes the rest of the file one cell).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_FILE_MB = 50
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
"""The largest CSV, Excel or plan file read (100,000 companies take about 12 MB)."""

MAX_CELL = 32_767
"""The longest cell of a table: what Excel allows in one cell."""

MAX_FREE_TEXT = 20_000
"""The longest free text (a note, a description, an observation): some eight pages."""

_CHUNK = 1024 * 1024


class FileTooLarge(Exception):
    """The file has more than ``limit`` bytes (or has no end)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``; ``FileTooLarge`` when it holds more than ``limit``.

    A regular file is judged by its size before anything is read; a device or
    a pipe (which report size 0) is read in pieces up to ``limit`` and no
    further. ``OSError``s (missing, a folder, no permission) pass through.
    """
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise FileTooLarge(limit)
        pieces: list[bytes] = []
        size = 0
        while size <= limit:
            piece = handle.read(min(_CHUNK, limit + 1 - size))
            if not piece:
                return b"".join(pieces)
            pieces.append(piece)
            size += len(piece)
    raise FileTooLarge(limit)


def too_large_text(limit: int = MAX_FILE_BYTES) -> str:
    """Dutch: how large a file may be, for the messages of the readers."""
    return f"groter dan {limit // (1024 * 1024)} MB, de grens voor een bestand dat dit programma inleest"
