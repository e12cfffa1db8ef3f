"""Benchmarks of issue 4: a class set of logbooks, and 5,000 logbook pages; issue 14 item 6:
the whole ``print logbooks --chain N`` command within 1.5x a bare ReportLab process
drawing the same number of pages (new processes, interleaved, medians)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from pypdf import PdfReader

from tests.benchmarks.conftest import cli, report

RUNS = 9

BARE_REPORTLAB = textwrap.dedent(
    """
    import sys
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    pages, out = int(sys.argv[1]), sys.argv[2]
    canvas = Canvas(out, pagesize=A4)
    for page in range(pages):
        y = 800
        for line in range(30):
            canvas.drawString(50, y, f"Pagina {page} regel {line}: wat zag je, wat deed je, welke beroepen?")
            y -= 24
        canvas.showPage()
    canvas.save()
    """
)

IN_PROCESS = textwrap.dedent(
    """
    import json, statistics, sys, time
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.documents import chain_document_by_id
    from beroepsplanner.printing.logbook import render_logbooks
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    database = open_database(sys.argv[1])
    with database.session() as session:
        doc = chain_document_by_id(session, int(sys.argv[2]))
    folder = sys.argv[3]
    pages = render_logbooks([doc], folder + "/warm.pdf")

    def bare():
        canvas = Canvas(folder + "/bare-in.pdf", pagesize=A4)
        for page in range(pages):
            y = 800
            for line in range(30):
                canvas.drawString(50, y, f"Pagina {page} regel {line}: wat zag je, wat deed je?")
                y -= 24
            canvas.showPage()
        canvas.save()

    def ours():
        render_logbooks([doc], folder + "/ours-in.pdf")

    times = {}
    for name, work in (("ours", ours), ("bare", bare)):
        runs = []
        for _ in range(7):
            start = time.perf_counter()
            work()
            runs.append(time.perf_counter() - start)
        times[name] = statistics.median(runs)
    print(json.dumps({"pages": pages, "ours_seconds": times["ours"], "bare_seconds": times["bare"],
                      "ratio": times["ours"] / times["bare"]}))
    """
)

MANY_PAGES = textwrap.dedent(
    """
    import dataclasses, resource, sys, time, json
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.documents import class_chain_documents
    from beroepsplanner.printing.logbook import render_logbooks
    database = open_database(sys.argv[1])
    with database.session() as session:
        docs = class_chain_documents(session, "Groep 7")
    target = int(sys.argv[3])
    start = time.perf_counter()
    pages_per_doc = render_logbooks(docs[:1], sys.argv[2] + ".probe.pdf")
    copies = -(-target // pages_per_doc)
    batch = [docs[i % len(docs)] for i in range(copies)]
    start = time.perf_counter()
    pages = render_logbooks(batch, sys.argv[2])
    seconds = time.perf_counter() - start
    # VmHWM: this program's own peak. ru_maxrss would carry over the peak of the parent
    # (pytest, after other benchmarks) through fork and exec.
    try:
        with open("/proc/self/status") as status:
            peak_kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    except OSError:
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak_kb / 1024
    print(json.dumps({"pages": pages, "seconds": seconds, "peak_mb": peak_mb}))
    """
)


def _time(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=600, env=env)
    return time.perf_counter() - start


def _environment(folder: Path) -> dict[str, str]:
    """Byte code written (as a user's install has it) and the program's cache and log of
    this run (the kept holiday days and Babel's date names come from the first run)."""
    env = dict(os.environ, BEROEPSPLANNER_CACHE=str(folder / "cache"))
    env["BEROEPSPLANNER_LOG"] = str(folder / "log" / "beroepsplanner.log")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def test_class_set_of_logbooks_against_bare_reportlab(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    subprocess.run([*cli(), "demo", "--db", str(db)], check=True, capture_output=True)
    chains = json.loads(
        subprocess.run([*cli(), "list", "chains", "--json", "--db", str(db)], check=True, capture_output=True).stdout
    )
    chain_id = next(c["id"] for c in chains if c["class"] == "Groep 7")
    out = tmp_path / "logboeken.pdf"
    print_cmd = [*cli(), "print", "logbooks", "--chain", str(chain_id), "--out", str(out), "--db", str(db)]
    env = _environment(tmp_path)
    _time(print_cmd, env)  # byte code, the file cache, the kept date names
    pages = len(PdfReader(out).pages)
    bare_cmd = [sys.executable, "-c", BARE_REPORTLAB, str(pages), str(tmp_path / "bare.pdf")]
    _time(bare_cmd, env)
    ours, bare = [], []
    for _ in range(RUNS):
        ours.append(_time(print_cmd, env))
        bare.append(_time(bare_cmd, env))
    cli_ratio = statistics.median(ours) / statistics.median(bare)
    report(
        "print logbooks (class set) as whole commands",
        pages=pages, median_seconds=statistics.median(ours),
        bare_reportlab_process_seconds=statistics.median(bare), ratio=cli_ratio, runs=RUNS,
    )

    # The drawing itself, in one process: our logbooks against bare ReportLab text pages.
    in_process = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, str(db), str(chain_id), str(tmp_path)],
        check=True, capture_output=True, timeout=600,
    )
    numbers = json.loads(in_process.stdout.decode().strip().splitlines()[-1])
    report("print logbooks (class set) drawing only", **numbers)
    assert numbers["ratio"] < 1.5
    assert cli_ratio <= 1.5, f"print logbooks --chain is {cli_ratio:.2f}x a bare ReportLab process"


def test_5000_logbook_pages_time_and_memory(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    subprocess.run([*cli(), "demo", "--db", str(db)], check=True, capture_output=True)
    result = subprocess.run(
        [sys.executable, "-c", MANY_PAGES, str(db), str(tmp_path / "many.pdf"), "5000"],
        check=True, capture_output=True, timeout=600,
    )
    numbers = json.loads(result.stdout.decode().strip().splitlines()[-1])
    report("5000 logbook pages", **numbers)
    assert numbers["pages"] >= 5000
    assert numbers["seconds"] < 20
    assert numbers["peak_mb"] < 300
