"""The limits on files the program reads, and reading a file without passing them.

A file larger than any real school's list or plan (or an endless one: a
device such as ``/dev/zero``, a pipe) is refused with a Dutch message that
says the limit, instead of filling the memory. Fields have a maximum length
per kind, named in the refusal with the row and column or the place in the
plan file: names as the database columns hold them, free text (notes,
descriptions) ``MAX_FREE_TEXT``, and any table cell ``MAX_CELL`` (Excel's own
limit, so a longer cell cannot come from Excel: it is nearly always a quote
without its closing quote, which makes the rest of the file one cell).

A table has at most ``MAX_ROWS`` data rows and ``MAX_COLUMNS`` columns; an
.xlsx is a zip whose parts may unpack to at most ``MAX_XLSX_UNPACKED_BYTES``
together (checked from the zip's own list before a byte is unpacked; Python's
zip reader never unpacks more than a part declares), and a row of the sheet
may hold at most ``MAX_SHEET_ROW_CELLS`` cells, empty ones included. These
keep every file, however strange, to seconds and a bounded amount of memory:
the sheet is read at about 10 MB of XML a second on a school laptop.
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

MAX_ROWS = 100_000
"""The most data rows of a table: a board's whole network is a few thousand companies,
a class list thirty pupils."""

MAX_COLUMNS = 200
"""The rightmost column a cell with a value may be in (column GR); a list has a dozen."""

MAX_XLSX_UNPACKED_MB = 64
MAX_XLSX_UNPACKED_BYTES = MAX_XLSX_UNPACKED_MB * 1024 * 1024
"""What the parts of an .xlsx may unpack to together: 100,000 companies written by Excel
take about 50 MB."""

MAX_XLSX_PARTS = 1_000
"""The most parts (files) in an .xlsx zip; a workbook has a dozen or two."""

MAX_SHEET_ROW_CELLS = 16_384
"""The most cells (empty ones too) in one row of a sheet: Excel's own number of columns."""

MAX_SHEET_ROWS = 1_048_576
"""The most rows (empty ones too) in a sheet: Excel's own number of rows."""

MAX_SHEET_ELEMENTS_BETWEEN_ROWS = 200_000
"""The most XML elements of a sheet in one row or between two rows (cells' values, the sheet's
settings before its rows): a real row of 16,384 cells has some 50,000."""

MAX_PROFESSIONS_PER_ROW = 100
"""The most professions in one company's cell; a company shows a few, at most dozens."""

MAX_WORLDS_PER_ROW = 30
"""The most worlds and sectors in one company's cell (the catalog knows sixteen)."""

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


def dutch_number(number: int) -> str:
    """1048576 → "1.048.576", as Dutch writes it."""
    return f"{number:,}".replace(",", ".")
