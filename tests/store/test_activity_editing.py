"""Adding, changing and deleting catalog activities: validation, undo data, and the seed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.domain.catalog import ActivityDraft, QuestionDraft, TemplateDraft, slug
from beroepsplanner.domain.kinds import ActivityKind, LessonKind, QuestionKind, Region
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.activity_editing import (
    ActivityInputError,
    create_activity,
    delete_activity,
    remove_created_activity,
    restore_activity,
    revert_update,
    update_activity,
)
from beroepsplanner.store.catalog import activity_details, activity_draft, list_activities
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Provider,
    School,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.seed import ensure_seeded, read_catalog, seed_dir
from beroepsplanner.store.sessions import Database

KNOWLEDGE = QuestionDraft("Welke beroepen zag je?", QuestionKind.KNOWLEDGE)
ATTITUDE = QuestionDraft("Kan iedereen dit werk leren?", QuestionKind.ATTITUDE)


def a_draft(**changes: object) -> ActivityDraft:
    draft = ActivityDraft(
        title="Bezoek aan de bakker",
        kind=ActivityKind.COMPANY_VISIT,
        grade_min=3,
        grade_max=5,
        provider_key="school",
        duration_minutes=90,
        world_keys=("voeding-natuur",),
        preparation=(TemplateDraft("Wat doet een bakker?", "Voorkennis ophalen", 30,
                                   ("Kringgesprek",), ("Foto's",), (KNOWLEDGE,)),),
        reflection=(TemplateDraft("Terugblik", "Nabespreken", 30, ("Kring",), (),
                                  (KNOWLEDGE, ATTITUDE)),),
    )
    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One freshly seeded database file; every test works on its own copy (seeding is slow)."""
    path = tmp_path_factory.mktemp("seeded") / "plan.db"
    open_database(path).close()
    return path


@pytest.fixture
def database(tmp_path: Path, seeded_file: Path) -> Database:
    shutil.copy(seeded_file, tmp_path / "plan.db")
    db = open_database(tmp_path / "plan.db")
    yield db
    db.close()


def keys(database: Database) -> set[str]:
    with database.session() as session:
        return {a.key for a in list_activities(session)}


def add_chain(database: Database, key: str) -> int:
    """A chain of a minimal school that uses the activity; returns the id of its reflection lesson."""
    with database.transaction() as session:
        year = SchoolYearRow(label="2026-2027", start_date=dt.date(2026, 8, 1),
                             end_date=dt.date(2027, 7, 31))
        session.add(School(name="De Linde", region=Region.MIDDEN, school_years=[year]))
        school_class = SchoolClass(name="Groep 4a", grade=4, school_year=year)
        session.add(school_class)
        activity = session.scalars(select(Activity).where(Activity.key == key)).one()
        reflection = activity.templates_of(LessonKind.REFLECTION)[-1]
        lesson = ChainLesson(kind=LessonKind.REFLECTION, date=dt.date(2026, 10, 8), template=reflection)
        session.add(Chain(school_class=school_class, activity=activity, date=dt.date(2026, 10, 6),
                          lessons=[lesson]))
        session.flush()
        return lesson.id


def test_slug_of_a_dutch_title() -> None:
    assert slug("Beeldenbrekers: één gastles & meer!") == "beeldenbrekers-een-gastles-meer"
    assert slug("???") == "activiteit"


def test_created_activity_gets_a_unique_key_from_its_title(database: Database) -> None:
    with database.transaction() as session:
        first = create_activity(session, a_draft())
        second = create_activity(session, a_draft())
    assert (first.key, second.key) == ("bezoek-aan-de-bakker", "bezoek-aan-de-bakker-2")
    with database.session() as session:
        details = activity_details(session, first.key)
    assert details.title == "Bezoek aan de bakker" and not details.seeded
    assert details.worlds == ("Voeding & Natuur",)
    assert details.reflection[0].questions == (KNOWLEDGE, ATTITUDE)


def test_every_problem_is_listed_in_dutch(database: Database) -> None:
    bad = a_draft(
        title="  ",
        grade_min=6,
        grade_max=4,
        reflection=(TemplateDraft("Terugblik", questions=(KNOWLEDGE,)),),
    )
    with database.transaction() as session, pytest.raises(ActivityInputError) as refused:
        create_activity(session, bad)
    problems = refused.value.problems
    assert "Geef de activiteit een titel." in problems
    assert any("laagste groep (6) is hoger dan de hoogste groep (4)" in p for p in problems)
    assert any("houdingsvraag" in p for p in problems)
    assert all(p in str(refused.value) for p in problems)

    with database.transaction() as session, pytest.raises(ActivityInputError) as refused:
        create_activity(session, a_draft(reflection=()))
    assert refused.value.problems == ("Voeg minstens één reflectieles toe.",)
    assert "bezoek-aan-de-bakker" not in keys(database)


def test_new_provider_is_added_and_removed_again_by_undo(database: Database) -> None:
    with database.transaction() as session:
        created = create_activity(session, a_draft(new_provider="Bakkerij Van Dijk"))
    assert created.created_provider == "bakkerij-van-dijk"
    with database.session() as session:
        assert activity_details(session, created.key).provider == "Bakkerij Van Dijk"
    with database.transaction() as session:
        remove_created_activity(session, created)
    with database.session() as session:
        assert session.scalars(select(Provider).where(Provider.key == "bakkerij-van-dijk")).first() is None
    assert created.key not in keys(database)


def test_update_returns_the_previous_content_and_undo_restores_it(database: Database) -> None:
    with database.transaction() as session:
        key = create_activity(session, a_draft()).key
    with database.transaction() as session:
        change = update_activity(session, key, a_draft(title="Bezoek aan de warme bakker", grade_max=8))
    assert change.previous == activity_draft_of(database, key, before=a_draft())
    with database.transaction() as session:
        revert_update(session, change)
    with database.session() as session:
        assert activity_draft(session, key) == activity_draft_of(database, key, before=a_draft())


def activity_draft_of(database: Database, key: str, before: ActivityDraft) -> ActivityDraft:
    # What the store gives back for a draft it wrote: the same, with sorted keys.
    return dataclasses.replace(before, world_keys=tuple(sorted(before.world_keys)))


def test_removing_a_template_and_undo_links_the_chain_lesson_again(database: Database) -> None:
    with database.transaction() as session:
        key = create_activity(session, a_draft(reflection=(
            TemplateDraft("Terugblik 1", questions=(KNOWLEDGE, ATTITUDE)),
            TemplateDraft("Terugblik 2", questions=(KNOWLEDGE, ATTITUDE)),
        ))).key
    lesson_id = add_chain(database, key)
    with database.transaction() as session:
        change = update_activity(session, key, a_draft())
    with database.session() as session:
        assert session.get(ChainLesson, lesson_id).template_id is None
    with database.transaction() as session:
        revert_update(session, change)
    with database.session() as session:
        assert session.get(ChainLesson, lesson_id).template.title == "Terugblik 2"


def test_seeded_activity_cannot_be_deleted_but_own_one_can_and_comes_back(database: Database) -> None:
    seeded = read_catalog().activities[0]["key"]
    with database.transaction() as session, pytest.raises(InvalidInputError, match="bewerken"):
        delete_activity(session, seeded)
    with database.transaction() as session:
        key = create_activity(session, a_draft()).key
    with database.transaction() as session:
        removed = delete_activity(session, key)
    assert key not in keys(database)
    with database.transaction() as session:
        restore_activity(session, removed)
    with database.session() as session:
        assert activity_draft(session, key) == activity_draft_of(database, key, before=a_draft())


def test_activity_used_by_a_chain_is_not_deleted(database: Database) -> None:
    with database.transaction() as session:
        key = create_activity(session, a_draft()).key
    add_chain(database, key)
    with database.transaction() as session, pytest.raises(InvalidInputError) as refused:
        delete_activity(session, key)
    assert "1 keten" in str(refused.value)
    assert key in keys(database)


# --- the seed respects edits made in the window ------------------------------------------


def newer_seed(tmp_path: Path, key: str) -> Path:
    folder = tmp_path / "seed"
    shutil.copytree(seed_dir(), folder)
    path = folder / "activities.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    for item in document["activities"]:
        if item["key"] == key:
            item["description"] = "Beschrijving uit een nieuwere versie."
            item["title"] = "Titel uit een nieuwere versie"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return folder


def test_later_seed_keeps_an_activity_edited_in_the_window(database: Database, tmp_path: Path) -> None:
    key = read_catalog().activities[0]["key"]
    with database.session() as session:
        draft = activity_draft(session, key)
    with database.transaction() as session:
        update_activity(session, key, dataclasses.replace(draft, title="Onze eigen gastles"))

    report = ensure_seeded(database, read_catalog(newer_seed(tmp_path, key)))

    assert report is not None and key in report.kept.get("activities", [])
    with database.session() as session:
        assert activity_details(session, key).title == "Onze eigen gastles"


def test_saving_a_seeded_activity_unchanged_or_undoing_lets_the_seed_update_it(
    database: Database, tmp_path: Path
) -> None:
    first, second = (item["key"] for item in read_catalog().activities[:2])
    with database.session() as session:
        unchanged = activity_draft(session, first)
        other = activity_draft(session, second)
    with database.transaction() as session:
        update_activity(session, first, unchanged)
        change = update_activity(session, second, dataclasses.replace(other, grade_max=other.grade_min))
        revert_update(session, change)

    folder = newer_seed(tmp_path, first)
    document = json.loads((folder / "activities.json").read_text(encoding="utf-8"))
    document["activities"][1]["title"] = "Tweede, nieuwe versie"
    (folder / "activities.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    report = ensure_seeded(database, read_catalog(folder))

    assert report is not None and sorted(report.updated["activities"]) == sorted([first, second])
    with database.session() as session:
        assert activity_details(session, first).title == "Titel uit een nieuwere versie"


# --- the ticks "one guest" and "task during a visit" (issue 15 item 5) ---------------------


def test_the_one_guest_and_visit_task_ticks_are_read_saved_and_undone(database: Database) -> None:
    from beroepsplanner.store.chain_tasks import task_choices

    with database.session() as session:
        assert activity_draft(session, "medewerkerspaspoort").visit_task
        assert activity_draft(session, "beeldenbrekers").one_guest
        assert not activity_draft(session, "tinkeren").one_guest
    guest = a_draft(title="Een ouder vertelt", kind=ActivityKind.GUEST_LESSON, one_guest=True)
    task = a_draft(title="Vragenkaart voor het bezoek", kind=ActivityKind.ASSIGNMENT, visit_task=True)
    with database.transaction() as session:
        guest_key = create_activity(session, guest).key
        task_key = create_activity(session, task).key
    with database.session() as session:
        assert activity_draft(session, guest_key) == activity_draft_of(database, guest_key, before=guest)
        assert activity_draft(session, task_key).visit_task
        assert task_key in [t.key for t in task_choices(session)]
    # Untick the task: no longer offered to a visit; the undo brings it back.
    with database.transaction() as session:
        change = update_activity(session, task_key, dataclasses.replace(task, visit_task=False))
    with database.session() as session:
        assert not activity_draft(session, task_key).visit_task
        assert task_key not in [t.key for t in task_choices(session)]
    with database.transaction() as session:
        revert_update(session, change)
    with database.session() as session:
        assert activity_draft(session, task_key).visit_task


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"visit_task": True}, "activity-visit-task-is-visit"),
        ({"one_guest": True}, "activity-one-guest-on-visit"),
        ({"kind": ActivityKind.ASSIGNMENT, "one_guest": True, "visit_task": True},
         "activity-one-guest-with-visit-task"),
    ],
)
def test_ticks_that_contradict_the_activity_are_refused(
    database: Database, changes: dict[str, object], reason: str
) -> None:
    with database.transaction() as session, pytest.raises(ActivityInputError) as refused:
        create_activity(session, a_draft(**changes))
    assert [p.key for p in refused.value.problems] == [reason]  # type: ignore[attr-defined]
    assert "bezoek-aan-de-bakker" not in keys(database)
    # A seeded visit cannot be made a task either; it stays as it was.
    with database.transaction() as session, pytest.raises(ActivityInputError):
        update_activity(session, "bedrijfsbezoek-zikke", dataclasses.replace(
            activity_draft(session, "bedrijfsbezoek-zikke"), **changes))
    with database.session() as session:
        stored = activity_draft(session, "bedrijfsbezoek-zikke")
    assert not stored.visit_task and not stored.one_guest
