"""The catalog seed: its content, and updates by key that never overrule the user."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from beroepsplanner.domain.kinds import LessonKind, QuestionKind, WorldKind
from beroepsplanner.errors import SeedError
from beroepsplanner.store.catalog import activity_by_key
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Activity, Profession, Provider, SeedRecord, World
from beroepsplanner.store.seed import ensure_seeded, read_catalog, seed_dir
from beroepsplanner.store.sessions import Database


@pytest.fixture
def database(tmp_path: Path) -> Database:
    db = open_database(tmp_path / "plan.db")
    yield db
    db.close()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seed"
    shutil.copytree(seed_dir(), folder)
    return folder


def edit_seed(folder: Path, name: str, change) -> None:
    path = folder / f"{name}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document[name])
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def count(database: Database, model: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- content ---------------------------------------------------------------------


def test_first_open_loads_every_seed_item(database: Database) -> None:
    catalog = read_catalog()
    assert count(database, Activity) == len(catalog.activities) >= 20
    assert count(database, World) == len(catalog.worlds)
    assert count(database, Profession) == len(catalog.professions)
    assert count(database, Provider) == len(catalog.providers)


def test_the_seven_worlds_of_technology_and_other_sectors(database: Database) -> None:
    with database.session() as session:
        worlds = list(session.scalars(select(World)))
    technology = sorted((w.number, w.name) for w in worlds if w.kind == WorldKind.TECHNOLOGY)
    assert technology == [
        (1, "Mens & Gezondheid"),
        (2, "Energie, Water & Veiligheid"),
        (3, "Voeding & Natuur"),
        (4, "Wonen, Werken & Verkeer"),
        (5, "Ontwerp, Productie & Wereldhandel"),
        (6, "Digitaal, Media & Entertainment"),
        (7, "Hi-tech & Science"),
    ]
    assert sum(1 for w in worlds if w.kind == WorldKind.SECTOR) >= 5


def test_professions_span_every_world_and_level(database: Database) -> None:
    with database.session() as session:
        professions = list(session.scalars(select(Profession)))
        per_world = {p.world.number for p in professions if p.world and p.world.number}
        levels = {p.level.value for p in professions}
    assert per_world == set(range(1, 8))
    assert levels == {"mbo", "hbo", "wo"}
    assert len(professions) >= 40


def test_every_activity_has_preparation_and_reflection_templates(database: Database) -> None:
    with database.session() as session:
        for activity in session.scalars(select(Activity)):
            preparation = activity.templates_of(LessonKind.PREPARATION)
            reflection = activity.templates_of(LessonKind.REFLECTION)
            assert 1 <= len(preparation) <= 2, activity.key
            assert 1 <= len(reflection) <= 2, activity.key
            for template in reflection:
                kinds = {q.kind for q in template.questions}
                assert kinds == {QuestionKind.KNOWLEDGE, QuestionKind.ATTITUDE}, activity.key


def test_catalog_carries_the_providers_schools_use(database: Database) -> None:
    with database.session() as session:
        providers_in_use = set(
            session.scalars(select(Provider.name).join(Activity, Activity.provider_id == Provider.id))
        )
    expected = {"TechniekTalent.nu", "C3", "TechYourFuture", "IMC Basis", "Zikke", "VHTO",
                "NEMO", "Naturalis", "Zabuki"}
    assert expected <= providers_in_use


@pytest.mark.parametrize(
    ("key", "grades"),
    [("tinkeren", None), ("talentenkijker", (7, 8)), ("beeldenbrekers", None)],
)
def test_well_known_activities_are_in_the_catalog(database: Database, key: str, grades) -> None:
    with database.session() as session:
        activity = activity_by_key(session, key)
        assert activity is not None
        if grades:
            assert (activity.grade_min, activity.grade_max) == grades


def test_no_question_sorts_jobs_by_gender(database: Database) -> None:
    catalog = read_catalog()
    for activity in catalog.activities:
        for kind in ("preparation", "reflection"):
            for template in activity[kind]:
                for question in template["questions"]:
                    text = question["text"].lower()
                    assert "voor jongens of" not in text and "voor meisjes of" not in text


# --- updates by key ------------------------------------------------------------------


def test_opening_again_changes_nothing(database: Database) -> None:
    assert ensure_seeded(database) is None


def test_changed_seed_item_updates_an_item_the_user_left_alone(
    database: Database, seed_copy: Path
) -> None:
    edit_seed(seed_copy, "activities", lambda items: items[0].update(title="Nieuwe titel"))
    key = read_catalog(seed_copy).activities[0]["key"]
    report = ensure_seeded(database, read_catalog(seed_copy))
    assert report is not None and report.updated == {"activities": [key]}
    with database.session() as session:
        assert activity_by_key(session, key).title == "Nieuwe titel"


def test_seed_update_never_overrules_the_users_change(database: Database, seed_copy: Path) -> None:
    key = read_catalog().activities[0]["key"]
    with database.transaction() as session:
        activity_by_key(session, key).title = "Onze eigen titel"
    edit_seed(seed_copy, "activities", lambda items: items[0].update(title="Nieuwe titel"))
    report = ensure_seeded(database, read_catalog(seed_copy))
    assert report is not None and report.kept == {"activities": [key]}
    with database.session() as session:
        assert activity_by_key(session, key).title == "Onze eigen titel"


def test_item_deleted_by_the_user_stays_deleted(database: Database, seed_copy: Path) -> None:
    key = read_catalog().activities[0]["key"]
    with database.transaction() as session:
        session.delete(activity_by_key(session, key))
    edit_seed(seed_copy, "activities", lambda items: items[0].update(title="Nieuwe titel"))
    ensure_seeded(database, read_catalog(seed_copy))
    with database.session() as session:
        assert activity_by_key(session, key) is None


def test_new_seed_item_is_added_and_user_items_are_untouched(
    database: Database, seed_copy: Path
) -> None:
    with database.transaction() as session:
        own = activity_by_key(session, read_catalog().activities[1]["key"])
        session.add(
            Activity(key="eigen-moestuin", title="Moestuin van de school", kind=own.kind,
                     grade_min=3, grade_max=5)
        )

    def add(items: list) -> None:
        new = json.loads(json.dumps(items[0]))
        new.update(key="nieuw-in-versie-2", title="Nieuw in versie 2")
        items.append(new)

    edit_seed(seed_copy, "activities", add)
    report = ensure_seeded(database, read_catalog(seed_copy))
    assert report is not None and report.added == {"activities": ["nieuw-in-versie-2"]}
    with database.session() as session:
        assert activity_by_key(session, "nieuw-in-versie-2") is not None
        assert activity_by_key(session, "eigen-moestuin").title == "Moestuin van de school"
        records = session.scalar(
            select(func.count()).select_from(SeedRecord).where(SeedRecord.key == "eigen-moestuin")
        )
    assert records == 0


def test_template_update_keeps_template_rows_so_chains_stay_linked(
    database: Database, seed_copy: Path
) -> None:
    key = read_catalog().activities[0]["key"]
    with database.session() as session:
        before = [t.id for t in activity_by_key(session, key).lesson_templates]

    def retitle(items: list) -> None:
        items[0]["reflection"][0]["title"] = "Terugblik, nieuwe versie"

    edit_seed(seed_copy, "activities", retitle)
    ensure_seeded(database, read_catalog(seed_copy))
    with database.session() as session:
        activity = activity_by_key(session, key)
        assert [t.id for t in activity.lesson_templates] == before
        assert activity.templates_of(LessonKind.REFLECTION)[0].title == "Terugblik, nieuwe versie"


# --- malformed seed files -------------------------------------------------------------


def test_reflection_template_without_attitude_question_is_refused(seed_copy: Path) -> None:
    def knowledge_only(items: list) -> None:
        for question in items[0]["reflection"][0]["questions"]:
            question["kind"] = "knowledge"

    edit_seed(seed_copy, "activities", knowledge_only)
    with pytest.raises(SeedError, match=r"activities\[0\]\.reflection\[0\]\.questions"):
        read_catalog(seed_copy)


def test_unknown_world_key_is_named(seed_copy: Path) -> None:
    edit_seed(seed_copy, "activities", lambda items: items[2].update(worlds=["maanreizen"]))
    with pytest.raises(SeedError, match=r"activities\[2\]\.worlds\[0\].*maanreizen"):
        read_catalog(seed_copy)


def test_duplicate_key_is_refused(seed_copy: Path) -> None:
    edit_seed(seed_copy, "professions", lambda items: items.append(dict(items[0])))
    with pytest.raises(SeedError, match="twee keer"):
        read_catalog(seed_copy)


# --- pupil titles (issue 12 item 8) ------------------------------------------------------


def test_every_catalog_item_has_a_dutch_pupil_title_without_provider(database: Database) -> None:
    with database.session() as session:
        providers = [p.name for p in session.scalars(select(Provider))]
        activities = list(session.scalars(select(Activity)))
    assert activities
    for activity in activities:
        title = activity.pupil_title
        assert title.strip(), activity.key
        assert "(" not in title and len(title) <= 60, title
        for provider in providers:
            if provider not in ("Naturalis",):  # a place children go to, not a label
                assert provider not in title, (activity.key, provider)
    english = {a.key: a.pupil_title for a in activities}
    assert english["imagination-at-work"] == "Onderzoekers aan het werk"
    assert "TechYourFuture" not in english["gastles-techyourfuture"]


def test_a_seed_item_without_pupil_title_is_refused(seed_copy: Path) -> None:
    edit_seed(seed_copy, "activities", lambda items: items[3].pop("pupil_title"))
    with pytest.raises(SeedError, match=r"activities\[3\]\.pupil_title"):
        read_catalog(seed_copy)


def test_a_database_seeded_before_pupil_titles_gets_them_unless_the_user_changed_it(
    database: Database,
) -> None:
    from beroepsplanner.store.models import Setting
    from beroepsplanner.store.seed import SEED_DIGEST_SETTING, activity_item, digest_of

    # As an older version left it: no pupil titles, digests of the items without them.
    with database.transaction() as session:
        records = {r.key: r for r in session.scalars(select(SeedRecord).where(SeedRecord.kind == "activities"))}
        for activity in session.scalars(select(Activity)):
            activity.pupil_title = ""
            records[activity.key].digest = digest_of(activity_item(activity))
        session.get(Setting, SEED_DIGEST_SETTING).value = "older"
    with database.transaction() as session:
        activity_by_key(session, "tinkeren").title = "Tinkeren in onze maakplaats"

    report = ensure_seeded(database)

    assert report is not None and report.kept == {"activities": ["tinkeren"]}
    with database.session() as session:
        assert activity_by_key(session, "imagination-at-work").pupil_title == "Onderzoekers aan het werk"
        assert activity_by_key(session, "tinkeren").pupil_title == ""  # the user's own version
    assert ensure_seeded(database) is None


# --- what counts as meeting a world (issue 15 item 3) -----------------------------------

STEREOTYPE_SERIES = ("beeldenbrekers", "dit-doe-ik", "talentenkijker", "lezen-beroepen-zonder-vaste-beelden")
"""The catalog's lessons against stereotypes about who does which work (VHTO, NEMO, OTIB)."""


def test_no_series_about_stereotypes_is_tagged_with_worlds_or_professions(database: Database) -> None:
    # Such a series serves the stereotype goal: the worlds its pupils meet are those of its
    # guest (a role model with a profession) or of a company, never the series' own.
    catalog = {item["key"]: item for item in read_catalog().activities}
    for key in STEREOTYPE_SERIES:
        assert (catalog[key]["worlds"], catalog[key]["professions"]) == ([], []), key
    with database.session() as session:
        for key in STEREOTYPE_SERIES:
            activity = activity_by_key(session, key)
            assert (activity.worlds, activity.professions) == ([], []), key


def test_no_activity_meets_more_than_three_worlds_by_its_own_professions(database: Database) -> None:
    # One activity never silences "world not met" for a whole line: the guest lesson about
    # the seven worlds meets the world of the company it comes from.
    with database.session() as session:
        for activity in session.scalars(select(Activity)):
            worlds = {p.world.name for p in activity.professions if p.world and p.world.kind is WorldKind.TECHNOLOGY}
            assert len(worlds) <= 3, (activity.key, worlds)
        jetnet = activity_by_key(session, "gastles-jetnet-technet")
        assert len(jetnet.worlds) == 7 and jetnet.professions == []  # about all seven; meets the company's


def test_a_database_with_the_old_tags_gets_the_fixed_catalog_unless_the_user_changed_it(
    database: Database,
) -> None:
    from beroepsplanner.store.models import Setting
    from beroepsplanner.store.seed import SEED_DIGEST_SETTING, activity_item, digest_of

    # As the catalog was before: the series about stereotypes tagged with all seven worlds.
    with database.transaction() as session:
        seven = list(session.scalars(select(World).where(World.kind == WorldKind.TECHNOLOGY)))
        records = {r.key: r for r in session.scalars(select(SeedRecord).where(SeedRecord.kind == "activities"))}
        for key in ("beeldenbrekers", "dit-doe-ik", "talentenkijker"):
            activity = activity_by_key(session, key)
            activity.worlds = list(seven)
            records[key].digest = digest_of(activity_item(activity))
        session.get(Setting, SEED_DIGEST_SETTING).value = "older"
    with database.transaction() as session:
        activity_by_key(session, "talentenkijker").title = "Talentenkijker in groep 8"

    report = ensure_seeded(database)

    assert report is not None and report.kept == {"activities": ["talentenkijker"]}
    assert sorted(report.updated["activities"]) == ["beeldenbrekers", "dit-doe-ik"]
    with database.session() as session:
        assert activity_by_key(session, "beeldenbrekers").worlds == []
        assert activity_by_key(session, "dit-doe-ik").worlds == []
        assert len(activity_by_key(session, "talentenkijker").worlds) == 7  # the user's own version
