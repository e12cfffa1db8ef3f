"""Printing in the background: a worker that gathers a document and writes its PDF.

The worker runs in its own ``QThread`` with its own database session (a session, like
a SQLite connection, belongs to one thread), so the window never freezes. The PDF is
written under a hidden name and renamed at the end (``printing.jobs``): a cancelled or
failed job leaves no file.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.logs import log_unexpected
from beroepsplanner.printing.jobs import PrintCancelled, render_document
from beroepsplanner.store.company_brief import brief_document
from beroepsplanner.store.documents import print_data
from beroepsplanner.store.sessions import Database
from beroepsplanner.ui import error_text


@dataclass(frozen=True)
class PrintJob:
    """What to print, where.

    ``document`` is "logbooks", "lessons", "letter", "yearplan", "record" or "brief".
    Logbooks, lesson sheets, the letter and the brief for the company are of ``chain_id``; logbooks of several chains are those
    of ``chain_ids`` (the class set the dialog showed), or else the class set of
    ``class_name`` (``store.documents.print_data``). The year plan is of ``class_name``
    (A4), or of the whole school (A3) when ``class_name`` is None; the record is of the
    pupils of ``class_name``. ``school_year`` is the year ``class_name`` and the school's
    year plan are of (None: the newest).
    """

    document: str
    out: Path
    chain_id: int | None = None
    class_name: str | None = None
    chain_ids: tuple[int, ...] = ()
    school_year: str | None = None


class PrintWorker(QObject):
    """Makes one PDF. Move it to a ``QThread`` and start ``run`` there (``start_worker``)."""

    progress = Signal(int, int)
    """(done, total): logbooks written so far (one step for the other documents)."""
    finished = Signal(str)
    """The path of the PDF that was written."""
    failed = Signal(str)
    """Why no PDF was written, in the window's language."""
    cancelled = Signal()
    """The user stopped the job; no file was written."""

    def __init__(self, database: Database, job: PrintJob) -> None:
        super().__init__()
        self.database = database
        self.job = job
        self.pages = 0
        self._stop = threading.Event()
        self._outcome: tuple[str, str] = ("failed", "")

    def cancel(self) -> None:
        """Ask the job to stop at the next logbook (safe to call from any thread)."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            self._run()
        finally:
            # Back to the main thread before the signal that ends the thread: the window
            # owns (and later deletes) the worker, never a thread that has stopped.
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
        self._report()

    def _run(self) -> None:
        try:
            with self.database.session() as session:
                data = (
                    brief_document(session, self.job.chain_id)
                    if self.job.document == "brief" and self.job.chain_id is not None
                    else print_data(
                        session, self.job.document, chain_id=self.job.chain_id,
                        chain_ids=list(self.job.chain_ids), class_name=self.job.class_name,
                        school_year=self.job.school_year,
                    )
                )
            if self._stop.is_set():
                raise PrintCancelled
            self.pages = render_document(
                self.job.document,
                data,
                self.job.out,
                progress=self.progress.emit,
                cancelled=self._stop.is_set,
                database=self.database.path,
            )
        except PrintCancelled:
            self._outcome = ("cancelled", "")
        except BeroepsplannerError as exc:
            self._outcome = ("failed", error_text.error(exc))
        except Exception as exc:  # a bug: say so in the window, keep the details for a report
            log_unexpected(exc, "while printing")
            detail = f"{type(exc).__name__}: {exc}"
            self._outcome = (
                "failed",
                QCoreApplication.translate(
                    "PrintWorker",
                    "Something went wrong while making the PDF; no file was made. (%1)",
                ).replace("%1", detail),
            )
        else:
            self._outcome = ("finished", str(self.job.out))

    def _report(self) -> None:
        outcome, text = self._outcome
        if outcome == "finished":
            self.finished.emit(text)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(text)


def start_worker(worker: PrintWorker, parent: QObject | None = None) -> QThread:
    """Run ``worker`` in a new thread that ends (and cleans up) when the job is over."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: quit from the worker's own thread as soon as the job is over, so that the
    # window may wait for the thread in its slots without waiting on itself.
    for done in (worker.finished, worker.failed, worker.cancelled):
        done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
