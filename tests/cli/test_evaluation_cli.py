"""``print evaluation --chain NR`` and ``evaluation show --chain NR [--json]`` through
``cli.main``: the forms as a PDF, a chain's evaluation in Dutch and as JSON, and a Dutch
message for a chain that does not exist."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from beroepsplanner import cli
from beroepsplanner.domain.evaluation import Again, Degree, EvaluationAnswers
from beroepsplanner.store.chain_evaluations import save_evaluation
from beroepsplanner.store.database import open_database
from tests.cli.test_suggest import chain_of, run
from tests.printing.test_record import flat, pdf_pages


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert cli.main(["demo", "--db", str(path)]) == 0
    return str(path)


def test_print_evaluation_writes_the_two_forms(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    visit = chain_of(db, "Groep 4", "bedrijfsbezoek-zikke")
    out = tmp_path / "evaluatie.pdf"
    code, printed, _err = run(capsys, "print", "evaluation", "--chain", str(visit), "--out", str(out), "--db", db)
    assert code == 0 and f"{out} geschreven: 2 pagina's." in printed
    company, teacher = (flat(page) for page in pdf_pages(out))
    assert "Voor Bakkerij Van den Hoek" in company and "Beste Kim van den Hoek," in company
    assert "Evaluatie van de keten" in teacher and "Groep 4" in teacher


def test_print_evaluation_needs_a_chain(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "print", "evaluation", "--class", "Groep 4", "--out", str(tmp_path / "x.pdf"), "--db", db)
    assert code != 0 and "--chain NR" in err and not (tmp_path / "x.pdf").exists()


def test_evaluation_show_in_dutch_and_as_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    visit = chain_of(db, "Groep 6a", "bedrijfsbezoek-techyourfuture")
    code, out, _err = run(capsys, "evaluation", "show", "--chain", str(visit), "--db", db)
    assert code == 0 and "Nog niet geëvalueerd." in out and "print evaluation --chain" in out
    database = open_database(db)
    try:
        with database.transaction() as session:
            save_evaluation(
                session, visit,
                EvaluationAnswers(went_well="Een level ontwerpen.\nDe testkamer.", preparation_helped=Degree.YES,
                                  company_again=Again.UNSURE, company_remarks="Graag kleinere groepen."),
            )
    finally:
        database.close()
    code, out, _err = run(capsys, "evaluation", "show", "--chain", str(visit), "--db", db)
    assert code == 0
    assert "contactpersoon toen: Noor Haddou (ontwerper)" in out
    assert "Wat ging goed: Een level ontwerpen. / De testkamer." in out
    assert "Hielp de voorbereiding: ja" in out and "Volgend jaar weer een klas: weet nog niet" in out
    code, out, _err = run(capsys, "evaluation", "show", "--chain", str(visit), "--json", "--db", db)
    (record,) = json.loads(out)
    assert record["bedrijf"]["volgend_jaar_weer"] == "unsure"
    assert record["leerkracht"]["voorbereiding_hielp"] == "yes"
    assert record["contactpersoon_toen"] == "Noor Haddou" and record["klas"] == "Groep 6a"


def test_an_unknown_chain_is_a_dutch_message(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "evaluation", "show", "--chain", "999", "--db", db)
    assert code == 1 and "Er is geen keten met nummer 999" in err
