"""The window's start: the window and its year plan first, the database layer after.

Importing SQLAlchemy and the models, opening the database and reading the year plan
take several times as long as Qt needs for a bare window. On a database file at the
newest schema (the usual start) the window therefore does not wait for them:

1. The main thread builds the window's frame and its first page, and — when the file is
   still in the state the year plan was read at last time (``store/start_view.py``) —
   shows that kept year plan. Nothing of the database layer is imported for this.
2. A thread (``DatabaseOpener``) imports the store, opens the database (without the
   integrity check: that is the check of the day's back-up, step 4) and, when no kept
   view matched, reads the first screen and keeps it for the next start.
3. The main thread adopts the database (``Workspace.adopt``); a page keeps what it shows
   when the database is still in the state that was read at, and reads again when not.
4. A thread makes the day's automatic back-up; its check of the copy (``PRAGMA
   quick_check``) is the day's integrity check. A damaged database is reported then.

A school server starts the same way: the thread asks the server for its state with
psycopg alone (``start_view.server_state``: one connection, two queries; libpq's own ways
to a password first, the keyring only when the server asks for one), shows the year plan
kept for that server and state, then opens the database; a failure to open is said as
before (``ui/app.py``, ``_adopt``), with the connection dialog for a remembered server.
A URL given with ``--db`` reaches the window as text (``store/url_text.py``), so nothing of
SQLAlchemy is imported before the frame; a URL that cannot be read is said then, in the
window.
Its back-ups are the IT provider's: there is none of the day (step 4).

Anything else — a new file, an older schema, a file that is not a database — opens before
the window, as it always did (``ui/app.py``), with the same messages.

``StartTimes`` writes when the frame and the year plan were painted and the longest
stop of the event loop during the start, for the benchmark (``START_REPORT_ENV``).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.sessions import Database
    from beroepsplanner.store.start_view import StartView

START_REPORT_ENV = "BEROEPSPLANNER_START_REPORT"
"""For the benchmark: write the start's times (JSON) to this file and quit when done."""


@dataclass(frozen=True)
class QuickStart:
    """A database that may open after the window is shown: a file and its state, or a
    school server (``path`` its location; its state is read on the start's thread)."""

    path: Path | DatabaseLocation | str
    """A file, a server's location, or a server's URL as the user gave it (``--db``: read
    without SQLAlchemy until the database is opened on the thread)."""
    state: str

    @property
    def file(self) -> Path | None:
        """The database file; None for a server."""
        return self.path if isinstance(self.path, Path) else None

    def kept_view(self) -> StartView | None:
        """The first screen kept at an earlier start, when the database is still in its
        state (a server is asked for it first: one connection, two queries)."""
        from beroepsplanner.store.start_view import kept_start_view, server_state

        state = self.state
        if not isinstance(self.path, Path):
            state = server_state(self.path) or ""
        return kept_start_view(self.path, state) if state else None


def quick_start(location: object) -> QuickStart | None:
    """A ``QuickStart`` for ``location`` when it is a database file of this program at the
    newest schema (read with SQLite alone) or a school server (``DatabaseLocation``; the
    opening on the thread says what is wrong with it); None for anything else (a new or
    older file: those open before the window, with their messages)."""
    from beroepsplanner.store.url_text import is_server_url

    if getattr(location, "is_server", False):
        return QuickStart(location, "")  # type: ignore[arg-type]  # a server's DatabaseLocation
    if is_server_url(location):
        return QuickStart(str(location).strip(), "")
    if not isinstance(location, (Path, str)) or "://" in str(location):
        return None
    from beroepsplanner.store.start_view import file_state

    path = Path(os.path.realpath(Path(location).expanduser()))
    if not path.is_file():
        return None
    state = file_state(path)
    if state is None:
        return None
    return QuickStart(path, state)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, step: Callable[[], object]) -> None:
        super().__init__(widget)
        self.step: Callable[[], object] | None = step
        widget.installEventFilter(self)
        # Should the window never be painted (minimised, no screen), the step runs anyway.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.step is not None:
            # Queued: it runs once this paint is done and on the screen.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        step, self.step = self.step, None
        if step is not None:
            step()


FIRST_PAINT_WAIT_MS = 500


def after_first_paint(widget: QWidget, step: Callable[[], object]) -> None:
    """Run ``step`` on the main thread once ``widget`` has been painted for the first time
    (at the latest after ``FIRST_PAINT_WAIT_MS``)."""
    _FirstPaint(widget, step)


@dataclass(frozen=True)
class Opened:
    """What the opener's thread made: the database, and the first screen when it read one."""

    database: Database | None
    view: StartView | None = None
    error: BaseException | None = None


class DatabaseOpener(QObject):
    """The start's thread: reads the view kept for the file (``kept``, on the main thread),
    waits until the main thread has painted it (``go``), then opens the database and — when
    no view was kept — reads the first screen and keeps it; ``done`` gives ``Opened``.

    Reading the kept view here keeps the main thread free while a large one is rebuilt (a
    board's 3,000 chains: a tenth of a second); waiting for ``go`` keeps the thread's
    imports from sharing Python's lock with the paint of the year plan.
    """

    kept = Signal(object)
    done = Signal(object)

    GO_WAIT_SECONDS = 5.0
    """Longest wait for ``go`` (a window that is never painted still gets its database)."""

    def __init__(self, quick: QuickStart, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quick = quick
        self.path = quick.path
        self._thread: threading.Thread | None = None
        self._go = threading.Event()
        self.result: Opened | None = None
        self.taken = False
        """Set when the main thread took the database; an untaken one is closed at the end."""

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="open-database", daemon=True)
        self._thread.start()

    def go(self) -> None:
        """The kept view is on the screen (or there is none): open the database now."""
        self._go.set()

    def _run(self) -> None:
        try:
            view = self.quick.kept_view()
        except Exception:  # a kept file is only a copy: without it the view is read anew
            view = None
        self.kept.emit(view)
        self._go.wait(self.GO_WAIT_SECONDS)
        try:
            from beroepsplanner.store.database import open_database
            from beroepsplanner.store.start_view import keep_start_view, read_start_view

            database = open_database(self.path, check_integrity=False)
        except BaseException as exc:  # any: the main thread says what went wrong
            self.result = Opened(None, error=exc)
        else:
            fresh = None
            if view is None:
                try:
                    with database.session() as session:
                        fresh = read_start_view(session)
                    keep_start_view(self.path, fresh)
                except Exception:  # the page reads it itself, on the main thread, and says why
                    fresh = None
            self.result = Opened(database, fresh)
        self.done.emit(self.result)

    def finish(self) -> None:
        """Wait for the thread; close a database nobody took (the window closed first)."""
        self._go.set()
        if self._thread is not None:
            self._thread.join()
        if not self.taken and self.result is not None and self.result.database is not None:
            self.result.database.close()


class DailyBackups(QObject):
    """The day's automatic back-up of every database the window opens, each on a thread
    (SQLite copies the pages without holding Python's lock); ``done`` gives the file and
    the error (None when it worked, or was made earlier today) on the main thread."""

    done = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._started: set[Path] = set()
        self._threads: list[threading.Thread] = []

    def back_up(self, path: Path) -> None:
        """Start the back-up of ``path`` unless it was started before in this run."""
        path = Path(os.path.realpath(path))
        if path in self._started:
            return
        self._started.add(path)
        thread = threading.Thread(
            target=self._run, args=(path,), name="automatic-backup", daemon=True
        )
        self._threads.append(thread)
        thread.start()

    def _run(self, path: Path) -> None:
        from beroepsplanner.errors import BeroepsplannerError
        from beroepsplanner.store.backup import automatic_backup, automatic_backup_folder

        error: BeroepsplannerError | None = None
        try:
            automatic_backup(path, automatic_backup_folder())
        except BeroepsplannerError as exc:
            error = exc
        self.done.emit(path, error)

    def finish(self) -> None:
        """Wait for the back-ups still running (the window closes)."""
        for thread in self._threads:
            thread.join()


class StartTimes(QObject):
    """Times of the start for the benchmark: the first paint of the window (``frame``) and
    of the year plan with its chains (``plan``), when the database was adopted
    (``ready``) and the back-up done (``done``), all ``time.monotonic()``; and the longest
    time the event loop did not run between the frame and the end (``longest_freeze_ms``,
    measured by a 5 ms timer). Written to ``$BEROEPSPLANNER_START_REPORT``, then quits."""

    TICK_MS = 5

    def __init__(self, app: QApplication, target: Path) -> None:
        super().__init__(app)
        self.app = app
        self.target = target
        self.times: dict[str, float] = {}
        self.longest_gap = 0.0
        self.freezes: list[tuple[float, int]] = []
        """(start, milliseconds) of every stop of the event loop over 30 ms."""
        self._last_tick: float | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self.imported_before_frame: list[str] = []
        self._waiting = {"ready", "done"}
        self._patience = 100

    def watch(self, window: QWidget, grid_view: Any) -> None:
        """Watch ``window``'s paint, and that of ``grid_view`` (the planner's
        ``YearGridView``, or None) once it has a year plan."""
        window.installEventFilter(self)
        self._window = window
        self._grid_view = grid_view
        self._viewport = grid_view.viewport() if grid_view is not None else None
        if self._viewport is not None:
            self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            now = time.monotonic()
            # Painted (and on the screen) once this event is done: a queued call marks it.
            if watched is self._window and "frame" not in self.times and self._last_tick is None:
                self._last_tick = now
                QTimer.singleShot(0, self._framed)
            if watched is self._viewport and "plan" not in self.times and _has_plan(self._grid_view):
                QTimer.singleShot(0, self._planned)
        return False

    def _planned(self) -> None:
        self.times.setdefault("plan", time.monotonic())

    def _framed(self) -> None:
        self.times["frame"] = self._last_tick = time.monotonic()
        self._ticker.start()
        import sys

        self.imported_before_frame = sorted(
            name for name in WATCHED_MODULES if name in sys.modules
        )

    def _tick(self) -> None:
        now = time.monotonic()
        if self._last_tick is not None:
            gap = now - self._last_tick
            self.longest_gap = max(self.longest_gap, gap)
            if gap > 0.03:
                self.freezes.append((self._last_tick, round(1000 * gap)))
        self._last_tick = now

    def mark(self, name: str) -> None:
        self.times.setdefault(name, time.monotonic())
        self._waiting.discard(name)
        if not self._waiting:
            QTimer.singleShot(50, self._write)

    def _write(self) -> None:
        if "plan" not in self.times and _has_plan(self._grid_view) and self._patience > 0:
            self._patience -= 1  # its paint is still to come
            QTimer.singleShot(20, self._write)
            return
        self._ticker.stop()
        report = {
            **self.times,
            "longest_freeze_ms": max(0.0, 1000 * self.longest_gap - self.TICK_MS),
            "freezes": self.freezes,
            "imported_before_frame": self.imported_before_frame,
        }
        self.target.write_text(json.dumps(report), encoding="utf-8")
        self.app.exit(0)


WATCHED_MODULES = (
    "sqlalchemy", "sqlalchemy.orm", "alembic", "holidays", "babel", "beroepsplanner.cli.common",
    "beroepsplanner.store.models", "beroepsplanner.store.database", "beroepsplanner.ui.log_file",
)
"""Modules the frame does without; the report says which were imported before it anyway."""


def _has_plan(grid: QObject | None) -> bool:
    return bool(getattr(getattr(grid, "grid", None), "classes", None))


def start_times(app: QApplication) -> StartTimes | None:
    """A ``StartTimes`` when the benchmark asked for one (``START_REPORT_ENV``)."""
    target = os.environ.get(START_REPORT_ENV, "").strip()
    return StartTimes(app, Path(target)) if target else None
