"""Writing a file whole or not at all: the one way the program replaces a file.

``whole_file(target)`` gives a hidden name in ``target``'s folder; the caller writes the
new file there, in whatever way it writes (bytes, ReportLab, SQLite's backup, a copy).
When the block ends without an error the new file is flushed to the disk (``fsync``),
then renamed onto ``target`` in one step (``os.replace``: a reader finds the old file or
the new one, never half of either), and the folder's new entry is flushed too. On any
failure — an error, a full disk, a cancelled print job, a file locked by another
program — the hidden file and the side files SQLite may have made beside it are removed
and ``target`` is as it was.

An ``OSError`` goes out unchanged: the caller knows what was being written and says so in
Dutch (``output_files.staged_output`` for every document, export and back-up; the restore
and the copy before an upgrade in ``store``). Standard library only: every layer uses it.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
"""SQLite's side files of a database file; a hidden SQLite file may leave them."""


def hidden_name(target: Path, label: str = "deel") -> Path:
    """``.<name>.<random>.<label>`` beside ``target``: unique to this attempt, hidden, and
    never a name the user chose."""
    # os.urandom is what secrets.token_hex reads; secrets itself imports hashlib and hmac.
    return target.with_name(f".{target.name}.{os.urandom(4).hex()}.{label}")


@contextmanager
def whole_file(
    target: Path,
    *,
    staging: Path | None = None,
    before_replace: Callable[[], None] | None = None,
) -> Iterator[Path]:
    """Yield a hidden path beside ``target`` to write the new file to; when the block ends
    without an error it replaces ``target`` whole (see the module), otherwise it is removed.

    ``staging`` names the hidden file (default ``hidden_name(target)``). An existing
    ``target`` passes its permissions on to the new file. ``before_replace`` runs after
    the new file is on the disk and just before the rename (a last check; the restore
    moves the current database aside there); an error it raises stops the replacement.
    """
    partial = staging if staging is not None else hidden_name(target)
    try:
        yield partial
        if not partial.exists():
            raise FileNotFoundError(errno.ENOENT, "nothing was written", str(partial))
        if target.exists():
            with suppress(OSError):
                shutil.copymode(target, partial)
        flush_to_disk(partial)
        if before_replace is not None:
            before_replace()
        os.replace(partial, target)
        flush_folder(target.parent)
    finally:
        for suffix in ("", *SIDE_SUFFIXES):
            with suppress(OSError):
                Path(f"{partial}{suffix}").unlink(missing_ok=True)


def flush_to_disk(path: Path) -> None:
    """Make the operating system write ``path``'s contents to the disk now (``fsync``), so
    that a power cut after the rename cannot leave an empty or half file under the name.
    A full disk shows here at the latest (``OSError`` ENOSPC)."""
    # Opened for writing: Windows' _commit refuses a read-only handle.
    handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def flush_folder(folder: Path) -> None:
    """Make the rename itself durable: ``fsync`` of the folder (POSIX; Windows writes
    a folder's entries through, and cannot open a folder as a file)."""
    if os.name != "posix":
        return
    with suppress(OSError):  # some file systems (network shares) do not flush folders
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
