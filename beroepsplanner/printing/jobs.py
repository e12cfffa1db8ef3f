"""Make one printed document as a PDF file, safely: the one way the command line and the
window write a PDF.

The PDF is written beside the target under a hidden name and renamed at the end, so a
failed or cancelled job never leaves half a PDF (and never spoils an existing one).
No Qt here: the window runs ``render_document`` in a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from beroepsplanner.output_files import check_output, staged_output

DOCUMENTS = (
    "logbooks", "lessons", "letter", "yearplan", "record", "report", "brief", "homecard", "worlds",
    "evaluation",
)
"""The kinds of document: logbooks per pupil, lesson sheets, parent letter, year plan, the
record of a class's pupils, the school's report for the team and the board, the brief for
the company of a chain, the cards for home after a chain, the parents' sheet of the seven
worlds of technology, and a chain's evaluation forms (company and teacher)."""
logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class PrintCancelled(Exception):
    """The user stopped the job; nothing was written."""


def check_target(out: Path, *, database: Path | None = None) -> Path:
    """Refuse, with a Dutch message, a target whose folder is missing or not writable, or
    that is the database, a back-up or another kind of document; returns the real file."""
    return check_output(out, kind="pdf", database=database)


def render_document(
    document: str,
    data: Any,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    database: Path | None = None,
) -> int:
    """Write ``document`` ("logbooks", "lessons", "letter", "yearplan", "record", "report",
    "brief", "homecard" or "worlds") of ``data`` (a ``ChainDocument``, a list of them for
    logbooks, a ``YearPlanDocument``, a ``RecordDocument``, a ``BriefDocument``, a
    ``HomeCardDocument`` or a ``WorldsSheetDocument``) to ``out``; returns the number of pages.

    ``progress(done, total)`` is called per logbook or pupil (other documents are one
    short step).
    When ``cancelled()`` turns true the job stops with ``PrintCancelled``. A file that
    cannot be written gives ``InvalidInputError`` with a Dutch message; in every failure
    nothing is left behind. ``out`` is never the database (``database``), a back-up or
    another kind of document (``output_files.check_output``).
    """
    if document not in DOCUMENTS:
        raise ValueError(f"unknown document {document!r}")

    def step(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise PrintCancelled
        if progress is not None:
            progress(done, total)

    check_target(out, database=database)
    with staged_output(out, kind="pdf", database=database) as partial:
        step(0, 1)
        pages = _render(document, data, partial, step)
        if cancelled is not None and cancelled():
            raise PrintCancelled
    if progress is not None and document not in ("logbooks", "record"):
        progress(1, 1)
    logger.info("printed: %s, %d pages", document, pages)
    return pages


def _render(document: str, data: Any, partial: Path, step: Progress) -> int:
    # Imported here: ReportLab costs start-up time a command without printing need not pay.
    if document == "logbooks":
        from beroepsplanner.printing.logbook import render_logbooks

        return render_logbooks(data if isinstance(data, list) else [data], partial, progress=step)
    if document == "lessons":
        from beroepsplanner.printing.lessons import render_lesson_sheets

        return render_lesson_sheets(data, partial)
    if document == "letter":
        from beroepsplanner.printing.letter import render_parent_letter

        return render_parent_letter(data, partial)
    if document == "record":
        from beroepsplanner.printing.record import render_record

        return render_record(data, partial, progress=step)
    if document == "report":
        from beroepsplanner.printing.report import render_report

        return render_report(data, partial)
    if document == "brief":
        from beroepsplanner.printing.brief import render_brief

        return render_brief(data, partial)
    if document == "homecard":
        from beroepsplanner.printing.homecard import render_homecards

        return render_homecards(data, partial)
    if document == "worlds":
        from beroepsplanner.printing.worlds_sheet import render_worlds_sheet

        return render_worlds_sheet(data, partial)
    if document == "evaluation":
        from beroepsplanner.printing.evaluation import render_evaluation_forms

        return render_evaluation_forms(data, partial)
    from beroepsplanner.printing.yearplan import render_year_plan

    return render_year_plan(data, partial)
