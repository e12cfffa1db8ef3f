"""``beroepsplanner report [--json]`` (issue 18 items 4 and 5): the figures per groep and per
cohort, computed here again straight from the database's chains (not through the rules'
reader), for one school year and across two; the before-and-after totals summed over the
chains counted at both moments."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.cli import main
from beroepsplanner.domain.kinds import ChainStatus, LessonKind, WorldKind
from beroepsplanner.domain.measurement import ChainMeasurement, Tally
from beroepsplanner.store.database import open_database
from beroepsplanner.store.measurements import set_chain_measurement
from beroepsplanner.store.models import Chain, ChainEvaluationRow, SchoolClass, SchoolYearRow
from beroepsplanner.store.years import plan_next_year, start_next_year

OLD, NEW = "2026-2027", "2027-2028"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def report(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(["report", "--json", "--db", str(path), *args]) == 0
    return json.loads(capsys.readouterr().out)


def by_hand(path: Path) -> dict[tuple[str, int], list[dict]]:
    """Every chain by (school year, groep), counted straight from the rows."""
    database = open_database(path)
    found: dict[tuple[str, int], list[dict]] = defaultdict(list)
    try:
        with database.session() as session:
            for chain in session.scalars(select(Chain).join(Chain.school_class)):
                professions = list(chain.company.professions if chain.company else chain.activity.professions)
                professions += [r.profession for r in chain.role_models if r.profession is not None]
                found[(chain.school_class.school_year.label, chain.school_class.grade)].append({
                    "id": chain.id,
                    "status": chain.status,
                    "preparation": sum(1 for x in chain.lessons if x.kind is LessonKind.PREPARATION),
                    "reflection": sum(1 for x in chain.lessons if x.kind is LessonKind.REFLECTION),
                    "company": chain.company.name if chain.company else None,
                    "worlds": {
                        w.name for w in [
                            *(p.world for p in professions if p.world is not None),
                            *(chain.company.worlds if chain.company else []),
                        ]
                        if w.kind is WorldKind.TECHNOLOGY
                    },
                    "counter": {r.id for r in chain.role_models if r.counter_stereotypical},
                    "parent": chain.activity.key == "gastles-ouder"
                    or any(r.parent_id is not None for r in chain.role_models),
                    "evaluated": session.scalar(
                        select(ChainEvaluationRow.id).where(ChainEvaluationRow.chain_id == chain.id)
                    ) is not None,
                })
    finally:
        database.close()
    return found


def expected(chains: list[dict], worlds_from_chains: list[dict] | None = None) -> dict:
    worlds = worlds_from_chains if worlds_from_chains is not None else chains
    return {
        "chains": len(chains),
        "done": sum(c["status"] is ChainStatus.DONE for c in chains),
        "planned": sum(c["status"] is ChainStatus.PLANNED for c in chains),
        "concepts": sum(c["status"] is ChainStatus.CONCEPT for c in chains),
        "preparation_lessons": sum(c["preparation"] for c in chains),
        "reflection_lessons": sum(c["reflection"] for c in chains),
        "companies": sorted({c["company"] for c in chains if c["company"]}),
        "worlds": sorted(set().union(*(c["worlds"] for c in worlds))),
        "world_chains": {
            w: sum(w in c["worlds"] for c in worlds) for w in set().union(*(c["worlds"] for c in worlds))
        },
        "counter_stereotypical": len(set().union(*(c["counter"] for c in chains))),
        "chains_with_counter_stereotypical": sum(bool(c["counter"]) for c in chains),
        "parents_involved": sum(c["parent"] for c in chains),
        "evaluated": sum(c["evaluated"] for c in chains),
    }


def test_the_figures_per_groep_are_the_chains_of_that_groep(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(demo)
    with database.transaction() as session:
        first = session.scalars(select(Chain).join(SchoolClass).where(SchoolClass.grade == 5)).first()
        assert first is not None
        session.add(ChainEvaluationRow(chain_id=first.id, went_well="Veel vragen", evaluated_on=first.date))
    database.close()
    data = report(demo, capsys)
    assert data["school_year"] == OLD and data["school"] == "Basisschool De Vlieger"
    assert data["year"]["evaluated"] == 1 and data["year"]["parents_involved"] >= 1
    hand = by_hand(demo)
    assert [g["groep"] for g in data["groepen"]] == list(range(1, 9))
    for groep in data["groepen"]:
        want = expected(hand[(OLD, groep["groep"])])
        assert {key: groep[key] for key in want} == want, groep["groep"]
    every = [c for (year, _), chains in hand.items() if year == OLD for c in chains]
    assert {key: data["year"][key] for key in expected(every)} == expected(every)
    assert data["year"]["chains"] == 23


def test_a_cohort_takes_its_groep_of_every_year_and_its_worlds_from_groep_4(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(demo)
    with database.transaction() as session:
        start_next_year(session, plan_next_year(session, NEW))
    database.close()
    data = report(demo, capsys, "--school-year", NEW)
    hand = by_hand(demo)
    cohorts = {c["cohort"]: c for c in data["cohorts"]}
    # Groep 7 of 2027-2028 was groep 6 of 2026-2027: it leaves in the summer of 2029.
    seven = cohorts[2029]
    assert seven["groep"] == 7
    assert seven["line"] == [{"school_year": OLD, "groep": 6}, {"school_year": NEW, "groep": 7}]
    line = hand[(OLD, 6)] + hand[(NEW, 7)]
    assert {k: seven[k] for k in expected(line)} == expected(line)
    # Groep 4 of the new year: its groep 3 chains count, but not towards the worlds.
    four = cohorts[2032]
    line = hand[(OLD, 3)] + hand[(NEW, 4)]
    assert {k: four[k] for k in expected(line, hand[(NEW, 4)])} == expected(line, hand[(NEW, 4)])
    # Both years side by side (item 5): the line grows.
    assert [y["school_year"] for y in data["years"]] == [OLD, NEW]
    assert data["years"][0]["chains"] == 23
    assert data["years"][1]["chains"] == sum(len(hand[(NEW, g)]) for g in range(1, 9))


def test_before_and_after_sum_the_chains_counted_at_both_moments(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(demo)
    with database.transaction() as session:
        ids = list(session.scalars(
            select(Chain.id).join(SchoolClass).join(SchoolYearRow)
            .where(SchoolClass.grade == 6).order_by(Chain.date)
        ))
        set_chain_measurement(session, ChainMeasurement(
            ids[0], Tally(woman=2, man=15, both=5, want=4), Tally(woman=4, man=6, both=12, want=7)
        ))
        set_chain_measurement(session, ChainMeasurement(
            ids[1], Tally(woman=1, man=10, both=9), Tally(woman=2, man=5, both=13)
        ))
        set_chain_measurement(session, ChainMeasurement(ids[2], Tally(man=20)))  # no after yet
    database.close()
    data = report(demo, capsys)
    six = next(g for g in data["groepen"] if g["groep"] == 6)["before_after"]
    assert six == {
        "chains": 2,
        "before": {"woman": 3, "man": 25, "both": 14, "unclear": None, "want": 4},
        "after": {"woman": 6, "man": 11, "both": 25, "unclear": None, "want": 7},
    }
    assert data["year"]["before_after"] == six
    assert next(g for g in data["groepen"] if g["groep"] == 5)["before_after"]["chains"] == 0
    capsys.readouterr()
    assert main(["report", "--db", str(demo)]) == 0
    text = capsys.readouterr().out
    assert "Per groep:" in text and "groep 6 (Groep 6a, Groep 6b)" in text
    assert "voor/na (2 ketens): allebei 14 → 25" in text


def test_an_unknown_school_year_is_a_dutch_message(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["report", "--db", str(demo), "--school-year", "2030-2031"]) == 1
    err = capsys.readouterr().err
    assert "2030-2031" in err and "Traceback" not in err


def test_print_report_writes_the_same_figures_on_paper(
    demo: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    database = open_database(demo)
    with database.transaction() as session:
        chain_id = session.scalars(
            select(Chain.id).join(SchoolClass).where(SchoolClass.grade == 7).order_by(Chain.date)
        ).first()
        set_chain_measurement(session, ChainMeasurement(
            chain_id, Tally(woman=3, man=18, both=4, unclear=1), Tally(woman=5, man=9, both=12)
        ))
        start_next_year(session, plan_next_year(session, NEW))
    database.close()
    data = report(demo, capsys, "--school-year", OLD)
    out = tmp_path / "verslag.pdf"
    capsys.readouterr()
    assert main(["print", "report", "--db", str(demo), "--school-year", OLD, "--out", str(out)]) == 0
    assert "verslag.pdf geschreven" in capsys.readouterr().out
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    whole = " ".join(pages)
    year = data["year"]
    assert f"Beroepsoriëntatie op {data['school']}" in pages[0]
    assert f"{year['chains']} ({year['done']} uitgevoerd, {year['planned']} gepland, {year['concepts']} concept)" in whole
    assert f"{year['preparation_lessons']} voorbereidingslessen, {year['reflection_lessons']} reflectielessen" in whole
    assert "De lijn per groep" in whole and "De lijn per cohort" in whole
    # The before/after row of groep 7: the class's counts, before → after.
    assert "groep 7 1 3 → 5 18 → 9 4 → 12 1 → 0" in whole
    assert "Over de jaren" in whole and "2027-2028" in whole  # both years side by side
    assert "Het plan voor volgend jaar" in whole and "Groep 7a, Groep 7b" in whole
    for company in year["companies"]:
        assert company in whole
    capsys.readouterr()
    assert main(["print", "report", "--db", str(demo), "--chain", "1", "--out", str(out)]) == 1
    assert "geen --chain of --class" in capsys.readouterr().err
