"""``print logbooks --class``: the class set leaves out done chains and concept chains with
errors (``--include-errors`` takes those), and says what it left out (issue 12 item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from beroepsplanner.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("classset") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def test_the_class_set_leaves_out_done_chains_and_concepts_with_errors(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "groep-5.pdf"
    capsys.readouterr()
    assert main(["print", "logbooks", "--class", "Groep 5", "--out", str(out), "--db", str(demo)]) == 0
    said = capsys.readouterr().out
    pages = len(PdfReader(out).pages)
    # Two chains of 25 pupils and a blank copy, four pages each, and two more of the visit's
    # task (the Medewerkerspaspoort).
    assert pages == 2 * 26 * 4 + 26 * 2
    assert f"{pages} pagina's" in said and "Logboeken van 2 ketens." in said
    assert "'Dit doe ik' (uitgevoerd)" in said
    assert "'Workshop (Zabuki)' (concept met fouten)" in said
    assert "--include-errors" in said

    every = tmp_path / "groep-5-alles.pdf"
    assert main([
        "print", "logbooks", "--class", "Groep 5", "--include-errors", "--out", str(every), "--db", str(demo),
    ]) == 0
    said = capsys.readouterr().out
    assert len(PdfReader(every).pages) == 3 * 26 * 4 + 26 * 2
    assert "Zabuki" not in said and "'Dit doe ik' (uitgevoerd)" in said


def test_one_concept_chain_with_errors_prints_with_a_warning(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    capsys.readouterr()
    main(["list", "chains", "--json", "--db", str(demo)])
    chains = json.loads(capsys.readouterr().out)
    zabuki = next(c["id"] for c in chains if c["activity"] == "workshop-zabuki")
    out = tmp_path / "brief.pdf"
    assert main(["print", "letter", "--chain", str(zabuki), "--out", str(out), "--db", str(demo)]) == 0
    said = capsys.readouterr().out
    assert "concept met fouten" in said and out.exists()


def test_include_errors_belongs_to_a_class_set(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "niets.pdf"
    capsys.readouterr()
    assert main(["print", "yearplan", "--include-errors", "--out", str(out), "--db", str(demo)]) == 1
    err = capsys.readouterr().err
    assert "--include-errors hoort bij" in err and "Traceback" not in err
    assert not out.exists()
