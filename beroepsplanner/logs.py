"""The program's log: what it did and every unexpected error, never personal data.

One rotating file, ``log/beroepsplanner.log`` in the user data folder (beside the
database and the automatic back-ups; ``BEROEPSPLANNER_LOG`` names another file), at
most ``MAX_BYTES`` × (1 + ``BACKUP_COUNT``). Support starts from it: the window's
Help > Logbestand openen shows it, and the command line names it when it fails.

What goes in: a line per start (version, Python, system; the window adds Qt), the
database opened, files written, imports, prints and back-ups done — with counts and
kinds, never a name — and the traceback of every unexpected error. Pupils' and
parents' names can be in an exception's message (a refused name, a value SQLite
quotes), so ``PrivateFormatter`` writes an exception as its frames (file, line,
function), its class and, for our own errors, its message key: never the message.
Callers log counts, kinds and keys, never names or free text; a database path is
written with the home folder as ``~``.

Standard library only (and platformdirs, imported when the log starts), so the
command line, the store and the window all use it without slowing a start.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
import traceback
from contextlib import suppress
from pathlib import Path

LOG_ENV = "BEROEPSPLANNER_LOG"
"""A log file to use instead of the one in the user data folder (tests, support)."""
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FULL_REPEATS = 3
"""The same unexpected error (class and place) is written with its traceback this many
times; after that only at the 10th, 100th, ... time, so an error in a paint event does
not push everything else out of the log."""

logger = logging.getLogger("beroepsplanner")

_PACKAGE_PARENT = str(Path(__file__).resolve().parent.parent)
_repeats: dict[tuple[str, str, int], int] = {}


def log_file_path() -> Path:
    """Where the log is written: ``$BEROEPSPLANNER_LOG``, else ``log/beroepsplanner.log``
    in the user data folder (``~/.local/share/Beroepsplanner`` on Linux,
    ``%LOCALAPPDATA%\\Beroepsplanner`` on Windows)."""
    given = os.environ.get(LOG_ENV, "").strip()
    if given:
        return Path(given).expanduser()
    from platformdirs import user_data_path

    return user_data_path("Beroepsplanner", appauthor=False) / "log" / "beroepsplanner.log"


def active_log_file() -> Path | None:
    """The file the log is written to now; None when there is no log (not started, or
    its folder cannot be written)."""
    handler = _handler()
    return Path(handler.baseFilename) if handler is not None else None


class LogFile(logging.FileHandler):
    """The log file, kept to ``MAX_BYTES`` with ``BACKUP_COUNT`` older files beside it, and
    closed after every record: on Windows another process (the window and a command at
    the same time) can then still rename it when it is full. A record that cannot be
    written (full disk, file gone) is dropped quietly: the log never disturbs the program.

    A ``FileHandler`` that asks ``logging.handlers.RotatingFileHandler`` to rotate the
    files when one is full: that module (sockets, pickle, queues) is imported then, not
    at every start of a command, where it would cost more than writing the log."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = MAX_BYTES
        self.backup_count = BACKUP_COUNT

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
            super().emit(record)
        finally:
            stream, self.stream = self.stream, None  # closed: reopened by the next emit
            if stream is not None:
                with suppress(OSError):
                    stream.close()

    def _full(self, record: logging.LogRecord) -> bool:
        try:
            size = os.path.getsize(self.baseFilename)
        except OSError:
            return False
        return size > 0 and size + len(self.format(record)) + 1 > self.max_bytes

    def _rotate(self) -> None:
        from logging.handlers import RotatingFileHandler

        rotating = RotatingFileHandler(
            self.baseFilename, backupCount=self.backup_count, encoding="utf-8", delay=True
        )
        try:
            rotating.doRollover()
        except OSError:
            pass  # another process rotates it just now, or it cannot be renamed: write on
        finally:
            rotating.close()

    def handleError(self, record: logging.LogRecord) -> None:
        pass


class PrivateFormatter(logging.Formatter):
    """Writes an exception without its message: frames, class and message key only."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        # Never reuse a text another formatter cached on the record: it holds the message.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: object) -> str:
        exc = ei[1] if isinstance(ei, tuple) else None
        return private_traceback(exc) if isinstance(exc, BaseException) else ""


def describe(exc: BaseException) -> str:
    """An exception without its message: ``module.Class [key=...]``, with the errno of
    an ``OSError`` and SQLite's error name, which hold no data."""
    kind = type(exc)
    name = kind.__qualname__
    if kind.__module__ != "builtins":
        name = f"{kind.__module__}.{name}"
    details = []
    key = getattr(exc, "key", None)
    if kind.__module__.startswith("beroepsplanner") and isinstance(key, str):
        details.append(f"key={key}")
    if isinstance(exc, OSError) and isinstance(exc.errno, int):
        details.append(f"errno={errno.errorcode.get(exc.errno, exc.errno)}")
    sqlite_name = getattr(exc, "sqlite_errorname", None)
    if isinstance(sqlite_name, str):
        details.append(sqlite_name)
    return f"{name} [{', '.join(details)}]" if details else name


def private_traceback(exc: BaseException) -> str:
    """A traceback as Python writes it, with the causes first, but each exception only
    by ``describe`` and each frame without its source line."""
    caused = "The above exception was the direct cause of the following exception:"
    during = "During handling of the above exception, another exception occurred:"
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, caused
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, during
        else:
            current = None
    lines: list[str] = []
    following = ""
    for item, link in reversed(chain):
        if following:
            lines += ["", following, ""]
        lines.append("Traceback (most recent call last):")
        for frame, number in traceback.walk_tb(item.__traceback__):
            code = frame.f_code
            lines.append(f'  File "{_short(code.co_filename)}", line {number}, in {code.co_name}')
        lines.append(describe(item))
        following = link
    return "\n".join(lines)


def shown_path(path: Path | str) -> str:
    """``path`` for the log, the home folder written as ``~`` (it often holds the
    teacher's name)."""
    text = str(path)
    home = os.path.expanduser("~")
    if len(home) > 1 and (text == home or text.startswith(home.rstrip("/\\") + os.sep)):
        return "~" + text[len(home.rstrip("/\\")) :]
    return text


def _short(filename: str) -> str:
    """A source file relative to where Python found it (``beroepsplanner/cli/command.py``,
    ``sqlalchemy/orm/session.py``), so the log shows no user folders."""
    best = ""
    for entry in (_PACKAGE_PARENT, *sys.path):
        entry = entry.rstrip("/\\")
        if entry and len(entry) > len(best) and filename.startswith(entry + os.sep):
            best = entry
    return filename[len(best) + 1 :] if best else shown_path(filename)


def _handler() -> LogFile | None:
    for handler in logger.handlers:
        if isinstance(handler, LogFile):
            return handler
    return None


def start_log(what: str) -> Path | None:
    """Write the log from here on (if it does not yet) and note the start of ``what``
    ("window", "command list chains"). Returns the log file, or None when it cannot be
    written (a read-only folder): the program then runs without a log."""
    path = log_file_path().absolute()
    handler = _handler()
    if handler is not None and Path(handler.baseFilename) != path:
        logger.removeHandler(handler)
        handler.close()
        handler = None
    if handler is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = LogFile(path)
        except OSError:
            return None
        handler.setFormatter(PrivateFormatter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    import platform

    from beroepsplanner import __version__

    logger.info(
        "start %s: Beroepsplanner %s, Python %s, %s %s (%s)",
        what, __version__, platform.python_version(), platform.system(), platform.release(),
        platform.machine(),
    )
    return path


def log_unexpected(exc: BaseException, where: str) -> int:
    """Log an unexpected error (a bug) with its private traceback; starts the log if it
    was not. Returns how often this error (class and innermost place) came so far."""
    if active_log_file() != log_file_path().absolute():
        start_log("after an unexpected error")
    frames = list(traceback.walk_tb(exc.__traceback__))
    place = ("", 0) if not frames else (frames[-1][0].f_code.co_filename, frames[-1][1])
    key = (type(exc).__qualname__, *place)
    count = _repeats[key] = _repeats.get(key, 0) + 1
    if count <= FULL_REPEATS:
        logger.error("unexpected error %s", where, exc_info=exc)
    elif str(count).rstrip("0") == "1":
        logger.error("the same unexpected error %s, %d times now: %s", where, count, describe(exc))
    return count


def log_import(what: str, result: object) -> None:
    """Note an import done (``what``: "companies", "class list", "plan file") by the
    counts of its ``result``: its numbers, and its lists by their length — never their
    names or texts."""
    counts = []
    for name, value in vars(result).items():
        if isinstance(value, int) and not isinstance(value, bool):
            counts.append(f"{name} {value}")
        elif isinstance(value, (tuple, list)):
            counts.append(f"{name} {len(value)}")
    logger.info("%s imported: %s", what, ", ".join(counts))


def log_refused(exc: BaseException, what: str) -> None:
    """Note that ``what`` was refused with an error the user can act on (its class and
    key; the user saw its message)."""
    logger.warning("%s refused: %s", what, describe(exc))
