"""``beroepsplanner print brief --chain NR --out F.pdf``: the brief for the company of a
visit or guest lesson (issue 17 item 1), and the mistakes in Dutch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.cli import main
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Chain
from tests.printing.test_record import flat, pdf_pages


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Path:
    path = tmp_path_factory.mktemp("brief") / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def _chain(db: Path, *, company: bool, kind: str | None = None) -> int:
    database = open_database(db)
    try:
        with database.session() as session:
            for chain in session.scalars(select(Chain).order_by(Chain.id)):
                if (chain.company is not None) == company and kind in (None, chain.activity.kind.value):
                    return chain.id
    finally:
        database.close()
    raise AssertionError("no such demo chain")


def test_print_brief_writes_the_brief_of_a_visit(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chain_id = _chain(db, company=True, kind="company_visit")
    out = tmp_path / "brief.pdf"
    assert main(["print", "brief", "--chain", str(chain_id), "--out", str(out), "--db", str(db)]) == 0
    pages = pdf_pages(out)
    said = capsys.readouterr().out
    assert f"{out} geschreven: {len(pages)} pagina" in said
    assert 1 <= len(pages) <= 2
    text = flat(" ".join(pages))
    assert "Bezoek van Groep" in text and "Voorstel voor het dagprogramma" in text


def test_a_chain_without_a_company_gets_a_clear_dutch_message(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chain_id = _chain(db, company=False)
    out = tmp_path / "geen.pdf"
    assert main(["print", "brief", "--chain", str(chain_id), "--out", str(out), "--db", str(db)]) != 0
    err = capsys.readouterr().err
    assert f"Keten {chain_id} heeft geen bedrijf dat de klas ontvangt of een gastles geeft." in err
    assert "bezoek aan een bedrijf of een gastles" in err
    assert "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--class", "Groep 7"], "De brief voor het bedrijf gaat over één keten: gebruik --chain NR"),
        ([], "Zeg voor welke keten: --chain NR."),
        (["--chain", "999"], "Er is geen keten met nummer 999."),
    ],
)
def test_the_mistakes_are_said_in_dutch(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "fout.pdf"
    assert main(["print", "brief", *args, "--out", str(out), "--db", str(db)]) != 0
    assert message in capsys.readouterr().err
    assert not out.exists()
