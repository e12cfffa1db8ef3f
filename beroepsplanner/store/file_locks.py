"""Locks between processes on one computer, for the work SQLite's own locks do not cover.

* ``exclusive(path)``: one process at a time (a restore holds it for its whole run,
  so two restores of the same database never mix their files).
* ``Presence``: every process that has a database open holds a shared lock on a
  hidden file beside it, so a restore can tell that the database is still open in a
  window or a command — whatever SQLite's journal mode (in WAL mode SQLite's own
  shared memory lock tells it as well, in rollback mode nothing does while a
  connection is idle).

The locks are the operating system's (``flock`` on Linux and macOS, ``LockFileEx``
byte ranges through ``msvcrt`` on Windows): a process that is killed loses its
locks, so a crash never leaves a database locked for ever. Standard library only.
"""

from __future__ import annotations

import os
import random
import sys
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

_SLOTS = 4096
"""Windows has no shared locks through msvcrt: each process locks one byte of this
range instead, and the restore's check tries to lock the whole range."""


class LockBusy(Exception):
    """Another process holds the lock."""


def lock_file_for(database: Path, purpose: str) -> Path:
    """The hidden lock file beside ``database`` for ``purpose`` ("terugzetten", "open")."""
    return database.with_name(f".{database.name}.{purpose}.lock")


def _open(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o666)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int, *, shared: bool) -> bool:
        start, length = (random.randrange(1, _SLOTS), 1) if shared else (0, _SLOTS)
        os.lseek(fd, start, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, _SLOTS)

else:
    import fcntl

    def _try_lock(fd: int, *, shared: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk, held = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file ``path`` (created when missing) for the block;
    raises ``LockBusy`` at once when another process holds it. The file is removed
    afterwards."""
    while True:
        fd = _open(path)
        if not _try_lock(fd, shared=False):
            os.close(fd)
            raise LockBusy(str(path))
        if _same_file(fd, path) or sys.platform == "win32":
            break
        # The holder before us removed the file between our open and our lock: retry
        # on the file that now carries the name.
        _unlock(fd)
        os.close(fd)
    try:
        yield
    finally:
        if sys.platform != "win32":
            with suppress(OSError):
                path.unlink()
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":  # pragma: no cover
            with suppress(OSError):
                path.unlink()


class Presence:
    """A shared lock that says "this process has the database open" (see the module)."""

    def __init__(self, database: Path) -> None:
        self.path = lock_file_for(database, "open")
        self._release: weakref.finalize | None = None
        for _attempt in range(10):
            try:
                fd = _open(self.path)
            except OSError:
                return  # a read-only folder: SQLite's own locks are all there is
            if not _try_lock(fd, shared=True):
                os.close(fd)
                return
            if sys.platform == "win32" or _same_file(fd, self.path):
                # Also when the database is never closed: the lock goes with the object.
                self._release = weakref.finalize(self, _leave, fd, self.path)
                return
            # The last one out removed the file between our open and our lock.
            _unlock_and_close(fd)

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._release is not None and self._release.alive

    def release(self) -> None:
        """Give the lock back; the last process out removes the lock file."""
        if self._release is not None:
            self._release()


def _leave(fd: int, path: Path) -> None:
    """Give the shared lock back; the last process out removes the file."""
    if sys.platform != "win32" and _try_lock(fd, shared=False) and _same_file(fd, path):
        with suppress(OSError):
            path.unlink()
    _unlock_and_close(fd)


def _unlock_and_close(fd: int) -> None:
    _unlock(fd)
    with suppress(OSError):
        os.close(fd)


def others_present(database: Path) -> bool:
    """Whether another process (or another open ``Presence`` of this one) has
    ``database`` open. Nothing is written but the lock file."""
    path = lock_file_for(database, "open")
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd, shared=False):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)
