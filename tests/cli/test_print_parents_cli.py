"""``beroepsplanner print homecard --chain NR`` and ``print worlds`` (issue 17 item 5): the
cards for home after an activity and the parents' sheet of the seven worlds, and their
refusals in Dutch (before the activity, a concept, the wrong options)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from beroepsplanner.cli import main
from beroepsplanner.store import parent_documents
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Chain


@pytest.fixture
def db(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    # The cards are asked of on 1 December 2026, whatever the clock says.
    monkeypatch.setattr(parent_documents, "today", lambda: dt.date(2026, 12, 1))
    return path


def chain_id(db: Path, activity: str) -> int:
    database = open_database(db)
    try:
        with database.session() as session:
            return next(
                c.id for c in session.scalars(select(Chain).order_by(Chain.date, Chain.id))
                if c.activity.key == activity
            )
    finally:
        database.close()


def run(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([*argv, "--db", str(db)])
    said = capsys.readouterr()
    return code, said.out, said.err


def test_print_homecard_writes_a_card_for_every_pupil(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kaarten.pdf"
    number = chain_id(db, "bedrijfsbezoek-techyourfuture")
    code, said, _ = run(db, capsys, "print", "homecard", "--chain", str(number), "--out", str(out))
    assert code == 0
    assert f"{out} geschreven: 14 pagina's." in said
    assert "Kaarten voor thuis van Groep 6a: 27 leerlingen en een kaart zonder naam." in said
    first = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Gamestudio Pixelpolder" in first and "Drie vragen voor aan tafel" in first


@pytest.mark.parametrize(
    ("activity", "message"),
    [
        ("imagination-at-work", "De kaart voor thuis is voor na de activiteit, en die is pas op 24-11-2026"),
        ("workshop-zabuki", "Deze keten is nog een concept"),
    ],
)
def test_print_homecard_is_refused_before_the_activity_and_for_a_concept(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    activity: str, message: str,
) -> None:
    monkeypatch.setattr(parent_documents, "today", lambda: dt.date(2026, 11, 23))
    out = tmp_path / "kaarten.pdf"
    code, said, error = run(
        db, capsys, "print", "homecard", "--chain", str(chain_id(db, activity)), "--out", str(out)
    )
    assert code != 0 and said == ""
    assert message in error and "Traceback" not in error
    assert not out.exists() and list(tmp_path.glob(".kaarten*")) == []


def test_print_worlds_writes_one_page_for_every_parent(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "werelden.pdf"
    code, said, _ = run(db, capsys, "print", "worlds", "--out", str(out))
    assert code == 0 and f"{out} geschreven: 1 pagina." in said
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "De zeven werelden van techniek" in text and "Hi-tech & Science" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["print", "worlds", "--chain", "1"], "Het blad met de zeven werelden is voor alle ouders"),
        (["print", "worlds", "--class", "Groep 5"], "geen --chain of --class"),
        (["print", "homecard", "--class", "Groep 5"], "De kaart voor thuis hoort bij één activiteit"),
        (["print", "homecard"], "Zeg voor welke keten: --chain NR."),
        (["print", "homecard", "--chain", "999"], "Er is geen keten met nummer 999."),
    ],
)
def test_wrong_options_get_a_dutch_message(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    code, _, error = run(db, capsys, *argv, "--out", str(out))
    assert code != 0 and message in error and not out.exists()
