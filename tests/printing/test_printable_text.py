"""What people type is what the paper shows (issue 13, item 8): every character the program
accepts prints and extracts from the PDF as itself, and what the printing cannot set (an
emoji, Hebrew, Arabic) is refused when it is saved, with a Dutch message naming it."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.domain.font_coverage import PRINTABLE_RANGES
from beroepsplanner.domain.text import character_problem, printable
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.printing.logbook import render_logbooks
from beroepsplanner.store.models import Chain
from beroepsplanner.store.sessions import Database

# Names from Dutch classrooms: Turkish, Polish, Czech, Vietnamese, Greek, Cyrillic, Frisian.
NAMES = ("Ayşe", "Łukasz", "Dvořák", "Ngô Bảo", "Ωmega", "Жора", "Sjoerd-Fâns", "İlkay", "Đorđe")
REFUSED = {"😀": "emoji", "🚒": "emoji", "שלום": "rechts naar links", "مريم": "rechts naar links"}


def test_the_generated_coverage_is_the_fonts_own() -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "scripts" / "font_coverage.py"), "--check"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert all(high <= 0xFFFF for _, high in PRINTABLE_RANGES)


@pytest.mark.parametrize("name", NAMES)
def test_names_of_dutch_classrooms_are_accepted_and_extract_from_the_pdf_as_typed(
    name: str, demo_chains: dict[str, list[ChainDocument]], read_pdf
) -> None:
    assert character_problem(name) is None
    document = demo_chains["Groep 6b"][0]
    document = dataclasses.replace(document, pupils=(name,))
    out = io.BytesIO()
    render_logbooks([document], out)
    pdf = read_pdf(out.getvalue())
    assert name in pdf.page(0)


@pytest.mark.parametrize(("text", "kind"), list(REFUSED.items()))
def test_what_cannot_be_printed_is_refused_naming_the_character(text: str, kind: str) -> None:
    problem = character_problem(f"Brandweer {text}")
    assert problem is not None and kind in problem
    assert f"(U+{ord(text[0]):04X})" in problem
    assert not printable(text[0])


def test_an_emoji_typed_in_a_chains_notes_is_refused_and_nothing_is_saved(demo_db: Database) -> None:
    with demo_db.session() as session:
        chain_id = session.scalars(select(Chain.id)).first()
        before = session.get(Chain, chain_id).notes
    with pytest.raises(InvalidInputError) as refused:
        with demo_db.transaction() as session:
            session.get(Chain, chain_id).notes = "Neem een helm mee 🚒"
    message = str(refused.value)
    assert message.startswith("De notities van de keten")
    assert "🚒 (U+1F692)" in message and "Er is niets opgeslagen." in message
    with demo_db.session() as session:
        assert session.get(Chain, chain_id).notes == before


def test_a_company_named_in_hebrew_is_refused_by_the_command_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from beroepsplanner import cli

    db = tmp_path / "school.db"
    shutil.copyfile(demo_file, db)
    source = tmp_path / "bedrijven.csv"
    source.write_text("Naam;Plaats\nשלום BV;Ede\nBakkerij Ayşe;Ede\n", encoding="utf-8")
    before = db.read_bytes()
    code = cli.main(["import", "companies", str(source), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 1 and "Rij 2, kolom Naam" in err and "rechts naar links" in err
    assert db.read_bytes() == before
