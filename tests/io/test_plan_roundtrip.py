"""Export → import → export gives the same plan; imports add, refuse or replace classes."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.errors import NotFoundError, PlanFileError
from beroepsplanner.io.plan_export import write_plan
from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Chain, Company, Pupil, SchoolClass
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_import import import_plan
from tests.io.plans import export, export_bytes, import_bytes, small_plan, to_bytes


# On SQLite and on PostgreSQL (tests/conftest.py, make_database).
@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


@pytest.fixture
def empty_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("catalog")


def test_demo_export_import_export_gives_the_same_dict_and_bytes(
    demo_db: Database, make_database: Callable[[str], Database], tmp_path: Path
) -> None:
    first = export_bytes(demo_db, tmp_path, "first.json")
    fresh = make_database("catalog")
    summary = import_plan(fresh, read_plan(first))
    second = export_bytes(fresh, tmp_path, "second.json")
    assert export(fresh) == export(demo_db)
    assert second == first
    assert summary.new_school and summary.classes == 9 and summary.chains == 23
    assert summary.demoted_chains == 0  # the demo's planned chains keep the rules


def test_export_is_utf8_with_two_space_indent_and_a_final_newline(
    demo_db: Database, tmp_path: Path
) -> None:
    data = export_bytes(demo_db, tmp_path)
    text = data.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text.startswith('{\n  "format": "beroepsplanner-plan",\n  "version": 1,')
    assert "\\u" not in text  # names are written as they are, not escaped
    assert "Ayşe" in text or "Łukasz" in text


def test_export_orders_classes_chains_and_companies(demo_db: Database) -> None:
    plan = export(demo_db)
    assert [(c["grade"], c["name"]) for c in plan["classes"]] == sorted(
        (c["grade"], c["name"]) for c in plan["classes"]
    )
    keys = [(c["date"], c["class"], c["activity"]) for c in plan["chains"]]
    assert keys == sorted(keys)
    companies = [(c["name"], c["place"]) for c in plan["companies"]]
    assert companies == sorted(companies)


def test_small_plan_survives_a_round_trip_exactly(empty_db: Database) -> None:
    plan = small_plan()
    import_bytes(empty_db, to_bytes(plan))
    assert export(empty_db) == plan


def test_names_with_diacritics_and_ampersands_survive(empty_db: Database, tmp_path: Path) -> None:
    import_bytes(empty_db, to_bytes(small_plan()))
    write_plan(export(empty_db), tmp_path / "uit.json")
    text = (tmp_path / "uit.json").read_text(encoding="utf-8")
    for name in ("Ayşe", "Łukasz", "Sem & Daan", "İlayda K.", "Groep 6 & 7", "Daan Öztürk"):
        assert name in text
    with empty_db.session() as session:
        names = set(session.scalars(select(Pupil.display_name)))
    assert {"Ayşe", "Łukasz", "Jan-Willem"} <= names


def test_class_export_holds_only_that_class_its_chains_and_their_companies(
    demo_db: Database,
) -> None:
    plan = export(demo_db, class_name="Groep 8")
    assert [c["name"] for c in plan["classes"]] == ["Groep 8"]
    assert plan["chains"] and all(c["class"] == "Groep 8" for c in plan["chains"])
    used = {c["company"] for c in plan["chains"] if c["company"]}
    assert {c["name"] for c in plan["companies"]} == used
    assert len(plan["companies"]) < len(export(demo_db)["companies"])


def test_class_export_of_an_unknown_class_says_which_classes_exist(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="'Groep 9' bestaat niet.*Groep 6a"):
        export(demo_db, class_name="Groep 9")


def test_export_of_a_database_without_school_is_refused(empty_db: Database) -> None:
    with pytest.raises(NotFoundError, match="nog geen school"):
        export(empty_db)


def test_import_into_an_existing_database_adds_the_classes(demo_db: Database) -> None:
    plan = small_plan()
    plan["school"] = export(demo_db)["school"]
    # A second chain on a class that is only in the database.
    extra = dict(plan["chains"][1], **{"class": "Groep 5"})
    plan["chains"].append(extra)
    before = export(demo_db)
    summary = import_bytes(demo_db, to_bytes(plan))
    after = export(demo_db)
    assert summary.classes == 1 and summary.companies_added == 1 and summary.chains == 3
    names = [c["name"] for c in after["classes"]]
    assert sorted(names) == sorted([c["name"] for c in before["classes"]] + ["Groep 6 & 7"])
    assert len(after["chains"]) == len(before["chains"]) + 3
    assert sum(c["class"] == "Groep 5" for c in after["chains"]) == 1 + sum(
        c["class"] == "Groep 5" for c in before["chains"]
    )
    # Study days and holiday moves are merged.
    assert set(after["study_days"]) == set(before["study_days"])
    assert after["holiday_moves"] == plan["holiday_moves"]


def test_existing_class_is_refused_without_replace_and_nothing_changes(
    demo_db: Database,
) -> None:
    before = export(demo_db)
    plan = export(demo_db, class_name="Groep 8")
    with pytest.raises(PlanFileError) as caught:
        import_bytes(demo_db, to_bytes(plan))
    message = str(caught.value)
    assert "classes[0].name" in message and "'Groep 8' bestaat al" in message
    assert "--replace" in message and "niets ingelezen of gewijzigd" in message
    assert export(demo_db) == before


def test_replace_puts_the_class_from_the_file_in_place_of_the_old_one(
    demo_db: Database,
) -> None:
    plan = export(demo_db, class_name="Groep 8")
    plan["classes"][0]["pupils"] = ["Ayşe", "Łukasz"]
    plan["classes"][0]["teacher"] = "juf Zeynep"
    plan["chains"] = plan["chains"][:1]
    others_before = [c for c in export(demo_db)["chains"] if c["class"] != "Groep 8"]
    summary = import_bytes(demo_db, to_bytes(plan), replace=True)
    after = export(demo_db)
    assert summary.classes_replaced == 1 and summary.companies_added == 0
    groep_8 = next(c for c in after["classes"] if c["name"] == "Groep 8")
    assert groep_8 == {"name": "Groep 8", "grade": 8, "teacher": "juf Zeynep", "pupils": ["Ayşe", "Łukasz"]}
    assert [c for c in after["chains"] if c["class"] == "Groep 8"] == plan["chains"]
    assert [c for c in after["chains"] if c["class"] != "Groep 8"] == others_before
    with demo_db.session() as session:  # the old pupils are gone, not orphaned
        assert session.scalar(select(func.count()).select_from(Pupil).where(Pupil.class_id.is_(None))) == 0
        assert session.scalar(select(func.count()).select_from(SchoolClass)) == 9


def test_existing_company_is_kept_as_it_is(demo_db: Database) -> None:
    plan = export(demo_db, class_name="Groep 8")
    plan["classes"][0]["name"] = "Groep 8b"
    for chain in plan["chains"]:
        chain["class"] = "Groep 8b"
    plan["companies"][0]["address"] = "Ergens anders 1"
    summary = import_bytes(demo_db, to_bytes(plan))
    assert summary.companies_added == 0
    after = export(demo_db)
    company = next(c for c in after["companies"] if c["name"] == plan["companies"][0]["name"])
    assert company["address"] != "Ergens anders 1"


def test_a_database_of_another_school_is_refused(demo_db: Database) -> None:
    before = export(demo_db)
    with pytest.raises(PlanFileError, match="één school"):
        import_bytes(demo_db, to_bytes(small_plan()))
    assert export(demo_db) == before


def test_chain_that_breaks_a_rule_is_imported_as_concept(empty_db: Database) -> None:
    plan = small_plan()
    plan["chains"][0]["preparation"] = []  # an error: no preparation lesson
    plan["chains"][1]["status"] = "done"
    plan["chains"][1]["date"] = "2027-01-23"  # a Saturday
    summary = import_bytes(empty_db, to_bytes(plan))
    assert summary.chains == 2 and summary.demoted_chains == 2 and summary.concept_chains == 2
    assert {c["status"] for c in export(empty_db)["chains"]} == {"concept"}


def test_lessons_without_title_or_template_take_the_catalog_lesson(empty_db: Database) -> None:
    plan = small_plan()
    plan["chains"][1]["preparation"] = [{"date": "2027-01-12"}]
    plan["chains"][1]["reflection"] = [{"date": "2027-01-20", "template": None}]
    import_bytes(empty_db, to_bytes(plan))
    with empty_db.session() as session:
        chain = session.scalars(select(Chain).where(Chain.date == dt.date(2027, 1, 19))).one()
        (preparation,) = chain.lessons_of(LessonKind.PREPARATION)
        (reflection,) = chain.lessons_of(LessonKind.REFLECTION)
        assert preparation.template is chain.activity.templates_of(LessonKind.PREPARATION)[0]
        assert preparation.title == preparation.template.title
        assert reflection.template is None and reflection.title == "Reflectieles"
        assert chain.status is ChainStatus.CONCEPT


def test_role_models_of_a_new_company_come_with_it(empty_db: Database) -> None:
    import_bytes(empty_db, to_bytes(small_plan()))
    with empty_db.session() as session:
        company = session.scalars(select(Company)).one()
        chain = session.scalars(select(Chain).where(Chain.company_id == company.id)).one()
        assert [r.name for r in chain.role_models] == ["Ayşe Öztürk"]
        assert company.role_models[0].profession.key == "timmerman"
        assert the_school(session).name == "Basisschool De Regenboog"


def test_ambiguous_company_name_is_written_with_its_place(empty_db: Database, tmp_path: Path) -> None:
    plan = small_plan()
    twin = dict(plan["companies"][0], place="Amersfoort", role_models=[], contacts=[])
    plan["companies"].insert(0, twin)
    plan["chains"][0]["company_place"] = "Leusden"
    import_bytes(empty_db, to_bytes(plan))
    exported = export(empty_db)
    assert exported["chains"][0]["company_place"] == "Leusden"
    assert "company_place" not in exported["chains"][1]
    assert exported == plan
    del plan["chains"][0]["company_place"]
    with pytest.raises(PlanFileError, match=r"chains\[0\]\.company: .*company_place"):
        read_and_import_into_new(plan, tmp_path / "twee.db")


def read_and_import_into_new(plan: dict, path: Path) -> None:
    database = open_database(path)
    try:
        import_bytes(database, to_bytes(plan))
    finally:
        database.close()


def test_write_plan_leaves_the_old_file_whole_when_writing_fails(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.json"
    target.write_text("oud\n", encoding="utf-8")

    def broken_replace(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(PlanFileError, match="kan niet worden geschreven"):
        write_plan(export(demo_db), target)
    assert target.read_text(encoding="utf-8") == "oud\n"
    assert [p.name for p in tmp_path.iterdir() if "plan.json" in p.name] == ["plan.json"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_written_plan_gets_the_mode_of_any_new_file(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    old = os.umask(0o022)
    try:
        write_plan(export(demo_db), target)
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


def test_write_plan_into_a_missing_folder_says_so(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="bestaat niet"):
        write_plan(export(demo_db), tmp_path / "geen" / "plan.json")


def test_documented_example_is_a_valid_plan(empty_db: Database) -> None:
    """The example of version 1 (the one of version 2: tests/io/test_plan_version2.py)."""
    text = (Path(__file__).parents[2] / "docs" / "plan-format.md").read_text(encoding="utf-8")
    version1 = text.split("## Version 1", 1)[1]
    example = version1.split("```json\n", 1)[1].split("```", 1)[0]
    summary = import_bytes(empty_db, example.encode("utf-8"))
    assert summary.classes == 1 and summary.chains == 1
    assert json.loads(example)["version"] == 1


def test_export_of_a_school_year_that_is_not_there_names_the_ones_that_are(
    demo_db: Database,
) -> None:
    assert export(demo_db, school_year="2026-2027") == export(demo_db)
    with pytest.raises(NotFoundError, match="2025-2026 staat niet in de database.*2026-2027"):
        export(demo_db, school_year="2025-2026")
