"""``beroepsplanner print``: every document kind from the command line, and the mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from beroepsplanner.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    path = tmp_path_factory.mktemp("print") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path, []


def chain_id(db: Path, capsys: pytest.CaptureFixture[str], class_name: str, kind: str = "") -> int:
    capsys.readouterr()
    main(["list", "chains", "--json", "--db", str(db)])
    chains = json.loads(capsys.readouterr().out)
    return next(c["id"] for c in chains if c["class"] == class_name and kind in c["activity"])


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_print_logbooks_for_a_chain(demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = demo
    out = tmp_path / "logboeken.pdf"
    chain = chain_id(db, capsys, "Groep 7", "talentenkijker")
    assert main(["print", "logbooks", "--chain", str(chain), "--out", str(out), "--db", str(db)]) == 0
    message = capsys.readouterr().out
    pages = len(PdfReader(out).pages)
    assert f"{pages} pagina's" in message
    assert pages % 29 == 0  # 28 pupils + a blank copy, the same number of pages each
    assert "Talentenkijker" in pdf_text(out)


def test_print_logbooks_for_a_class_holds_every_chain(demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = demo
    one = tmp_path / "een.pdf"
    every = tmp_path / "klas.pdf"
    chain = chain_id(db, capsys, "Groep 8", "imagination")
    assert main(["print", "logbooks", "--chain", str(chain), "--out", str(one), "--db", str(db)]) == 0
    assert main(["print", "logbooks", "--class", "Groep 8", "--out", str(every), "--db", str(db)]) == 0
    assert len(PdfReader(every).pages) == 3 * len(PdfReader(one).pages)  # Groep 8 has 3 chains


@pytest.mark.parametrize("document", ["lessons", "letter"])
def test_print_lessons_and_letter(demo, tmp_path: Path, capsys: pytest.CaptureFixture[str], document: str) -> None:
    db, _ = demo
    out = tmp_path / f"{document}.pdf"
    chain = chain_id(db, capsys, "Groep 4", "bedrijfsbezoek")
    assert main(["print", document, "--chain", str(chain), "--out", str(out), "--db", str(db)]) == 0
    assert "Bakkerij Van den Hoek" in pdf_text(out)


@pytest.mark.parametrize("args", [[], ["--class", "Groep 6a"]])
def test_print_yearplan(demo, tmp_path: Path, args: list[str]) -> None:
    db, _ = demo
    out = tmp_path / "jaar.pdf"
    assert main(["print", "yearplan", *args, "--out", str(out), "--db", str(db)]) == 0
    text = pdf_text(out)
    assert "Groep 6a" in text and "Basisschool De Vlieger" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["print", "letter", "--chain", "999"], "geen keten met nummer 999"),
        (["print", "logbooks", "--class", "Groep 9"], "Er is geen klas 'Groep 9'"),
        (["print", "lessons"], "Zeg voor welke keten"),
        (["print", "yearplan", "--chain", "1"], "gebruik --class KLAS of niets"),
        (["print", "logbooks", "--chain", "1", "--class", "Groep 1"], "niet allebei"),
    ],
)
def test_print_mistakes_get_a_dutch_message_and_no_file(
    demo, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    db, _ = demo
    out = tmp_path / "niets.pdf"
    capsys.readouterr()
    assert main([*args, "--out", str(out), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_one_page_document_says_one_page(demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = demo
    out = tmp_path / "jaarplanning.pdf"
    assert main(["print", "yearplan", "--out", str(out), "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip().endswith("geschreven: 1 pagina.")
