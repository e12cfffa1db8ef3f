"""A malformed plan file changes nothing and gets a Dutch message naming the place."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beroepsplanner.errors import PlanFileError
from beroepsplanner.io.plan_document import PlanDocument
from beroepsplanner.io.plan_file import read_plan, read_plan_file
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.sessions import Database
from tests.io.plan_strategies import json_values, mutated_plans
from tests.io.plans import Plan, export, import_bytes, small_plan, to_bytes


def faults_of(data: bytes) -> str:
    with pytest.raises(PlanFileError) as caught:
        read_plan(data)
    message = str(caught.value)
    assert "niets ingelezen of gewijzigd" in message
    return message


def changed(edit: Callable[[Plan], Any]) -> bytes:
    plan = small_plan()
    edit(plan)
    return to_bytes(plan)


def test_a_valid_plan_reads_into_a_document() -> None:
    document = read_plan(to_bytes(small_plan()))
    assert isinstance(document, PlanDocument)
    assert document.school_year.label == "2026-2027"
    assert document.classes[0].pupils[0] == "Ayşe"
    assert document.chains[0].preparation[1].template is None
    assert document.study_days[0].description == "Studiedag team"


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    document = read_plan(codecs.BOM_UTF8 + to_bytes(small_plan()))
    assert document.school.name == "Basisschool De Regenboog"


def test_cp1252_text_is_not_utf8_and_the_message_says_how_to_save_it() -> None:
    data = to_bytes(small_plan()).replace("Łukasz".encode(), b"Caf\xe9")
    message = faults_of(data)
    line = data[: data.index(b"Caf\xe9")].count(b"\n") + 1
    assert "geen UTF-8" in message and "0xE9" in message
    assert f"regel {line}, kolom" in message and "Sla het bestand op als UTF-8" in message


def test_utf16_file_is_named_as_such() -> None:
    data = codecs.BOM_UTF16_LE + json.dumps(small_plan()).encode("utf-16-le")
    message = faults_of(data)
    assert "UTF-16" in message and "UTF-8" in message


def test_bytes_ff_fe_followed_by_cp1252_are_refused() -> None:
    message = faults_of(b"\xff\xfe{\"format\": \"Caf\xe9\"}")
    assert "UTF-8" in message


def test_not_json_gives_line_and_column() -> None:
    data = to_bytes(small_plan()).replace(b'"grade": 6,', b'"grade": 6', 1)
    message = faults_of(data)
    line = data[: data.index(b'"grade": 6')].count(b"\n") + 2  # noticed at the next field
    assert "geen geldige JSON" in message and f"regel {line}, kolom 7" in message
    assert "hier ontbreekt een komma" in message


def test_empty_file_is_refused() -> None:
    assert "leeg" in faults_of(b"  \n")


def test_top_level_list_is_refused() -> None:
    assert "een lijst in plaats van een planobject" in faults_of(b"[1, 2]")


@pytest.mark.parametrize(
    ("edit", "place", "words"),
    [
        (lambda p: p.update(format="beroepsplanner-demo"), "format", "geen planbestand"),
        (lambda p: p.pop("format"), "format", "ontbreekt"),
        (lambda p: p.update(version=3), "version", "bekend: 1, 2"),
        (lambda p: p.update(version="1"), "version", "kent dit programma niet"),
        (lambda p: p.pop("classes"), "het bestand", "'classes' ontbreekt"),
        (lambda p: p.update(school_year="2026/2027"), "school_year", "geen schooljaar"),
        (lambda p: p.update(school_year="2026-2028"), "school_year", "geen schooljaar"),
        (lambda p: p["school"].update(region="west"), "school.region", "'noord'"),
        (lambda p: p["classes"][0].update(grade=9), "classes[0].grade", "9 ligt niet tussen 1 en 8"),
        (lambda p: p["classes"][0].update(grade=0), "classes[0].grade", "tussen 1 en 8"),
        (lambda p: p["classes"][0].update(grade="6"), "classes[0].grade", "geheel getal"),
        (lambda p: p["classes"][0].update(grade=True), "classes[0].grade", "geheel getal"),
        (lambda p: p["classes"][0]["pupils"].append(7), "classes[0].pupils[5]", "tekst verwacht"),
        (lambda p: p["classes"][0]["pupils"].append("  "), "classes[0].pupils[5]", "leeg"),
        (lambda p: p["classes"][0].update(pupils="Ayşe"), "classes[0].pupils", "lijst verwacht"),
        (lambda p: p["classes"].append(dict(p["classes"][0])), "classes[1].name", "al eerder"),
        (lambda p: p["classes"][0].update(naam="x"), "classes[0].naam", "onbekend veld"),
        (lambda p: p["classes"][0].update(grdae=6), "classes[0].grdae", "bedoelt u 'grade'"),
        (lambda p: p["chains"][0].update(date="2026-13-01"), "chains[0].date", "'2026-13-01' is geen geldige datum (schrijf JJJJ-MM-DD)"),
        (lambda p: p["chains"][0].update(date="17-11-2026"), "chains[0].date", "geen geldige datum"),
        (lambda p: p["chains"][0].update(date=20261117), "chains[0].date", "datum verwacht"),
        (lambda p: p["chains"][0].update(date="2027-08-02"), "chains[0].date", "valt buiten schooljaar 2026-2027"),
        (lambda p: p["chains"][1]["reflection"][0].update(date="2026-07-31"), "chains[1].reflection[0].date", "buiten schooljaar"),
        (lambda p: p["study_days"].append("2025-09-01"), "study_days[2]", "buiten schooljaar"),
        (lambda p: p["study_days"].append("2026-09-25"), "study_days[2]", "al eerder"),
        (lambda p: p["study_day_notes"].update({"2026-10-01": "x"}), "study_day_notes.2026-10-01", "niet in study_days"),
        (lambda p: p["holiday_moves"][0].update(holiday="Kerstvakantie"), "holiday_moves[0].holiday", "kan niet worden verschoven"),
        (lambda p: p["chains"][0].update(status="gepland"), "chains[0].status", "'planned'"),
        (lambda p: p["chains"][0].update(companions=-1), "chains[0].companions", "tussen 0 en"),
        (lambda p: p["chains"][0].update(core_objectives=[59]), "chains[0].core_objectives[0]", "kerndoel"),
        (lambda p: p["chains"][1].update(role_models=["Ayşe Öztürk"]), "chains[1].role_models", "bedrijf"),
        (lambda p: p["chains"][0]["preparation"][0].update(template=-1), "chains[0].preparation[0].template", "tussen 0 en"),
        (lambda p: p["companies"].append(dict(p["companies"][0])), "companies[1]", "al eerder"),
        (lambda p: p["companies"][0].update(capacity=0), "companies[0].capacity", "tussen 1 en"),
        (lambda p: p["companies"][0].update(worlds=["a", "a"]), "companies[0].worlds[1]", "al eerder"),
        (lambda p: p["companies"][0]["contacts"][0].update(phone="0" * 51), "companies[0].contacts[0].phone", "te lang"),
        (lambda p: p["classes"][0].update(name="x" * 101), "classes[0].name", "hoogstens 100"),
    ],
)
def test_malformed_part_is_named_by_its_place(
    edit: Callable[[Plan], Any], place: str, words: str
) -> None:
    message = faults_of(changed(edit))
    assert f"- {place}: " in message
    assert words in message


def test_bad_date_in_the_fourth_chain_of_the_demo_is_named(demo_db: Database) -> None:
    plan = export(demo_db)
    plan["chains"][3]["date"] = "2026-13-01"
    message = faults_of(to_bytes(plan))
    assert "chains[3].date: '2026-13-01' is geen geldige datum (schrijf JJJJ-MM-DD)" in message


def test_every_fault_is_listed_not_only_the_first() -> None:
    def edit(plan: Plan) -> None:
        plan["classes"][0]["grade"] = 9
        plan["chains"][0]["date"] = "2026-02-30"
        plan["companies"][0]["confirmed"] = "ja"

    message = faults_of(changed(edit))
    assert message.startswith("Het planbestand bevat 3 fouten")
    for place in ("classes[0].grade", "chains[0].date", "companies[0].confirmed"):
        assert place in message


def test_a_long_list_of_faults_is_cut_after_twenty() -> None:
    plan = small_plan()
    plan["classes"][0]["pupils"] = list(range(30))
    message = faults_of(to_bytes(plan))
    assert "bevat 30 fouten" in message and "... en nog 10 fouten." in message
    assert message.count("\n- ") == 20


def test_duplicate_field_in_an_object_is_named() -> None:
    data = to_bytes(small_plan()).replace(b'"grade": 6,', b'"grade": 6, "grade": 7,', 1)
    assert "classes[0].grade: dit veld staat er meer dan eens" in faults_of(data)


def test_nan_is_not_json() -> None:
    data = to_bytes(small_plan()).replace(b'"grade": 6,', b'"grade": NaN,', 1)
    assert "NaN" in faults_of(data)


def test_lone_surrogate_in_a_name_is_refused() -> None:
    data = to_bytes(small_plan()).replace("Ayşe".encode(), b"\\ud800", 1)
    assert "classes[0].pupils[0]" in faults_of(data)


# --- faults that need the database, and "changes nothing" --------------------------


@pytest.mark.parametrize(
    ("edit", "place", "words"),
    [
        (lambda p: p["chains"][1].update(activity="tinkern"), "chains[1].activity", "bedoelt u 'tinkeren'"),
        (lambda p: p["chains"][0].update({"class": "Groep 9"}), "chains[0].class", "niet in het bestand en niet in de database"),
        (lambda p: p["chains"][0].update(company="De Bakkerij"), "chains[0].company", "staat niet in 'companies'"),
        (lambda p: p["chains"][0].update(role_models=["Piet"]), "chains[0].role_models", "geen rolmodel 'Piet'"),
        (lambda p: p["companies"][0].update(worlds=["ruimtevaart"]), "companies[0].worlds[0]", "onbekende wereld"),
        (lambda p: p["companies"][0]["role_models"][0].update(profession="tovenaar"), "companies[0].role_models[0].profession", "onbekend beroep"),
        (lambda p: p["chains"][0]["preparation"][0].update(template=5), "chains[0].preparation[0].template", "bestaat niet"),
    ],
)
def test_reference_that_points_nowhere_changes_nothing(
    empty_db: Database, edit: Callable[[Plan], Any], place: str, words: str
) -> None:
    with pytest.raises(PlanFileError) as caught:
        import_bytes(empty_db, changed(edit))
    assert f"- {place}: " in str(caught.value) and words in str(caught.value)
    with empty_db.session() as session:
        assert the_school(session) is None


DEMO_SCHOOL = {"name": "Basisschool De Vlieger", "region": "midden", "place": "Amersfoort"}


def as_demo_school(edit: Callable[[Plan], Any]) -> Callable[[], bytes]:
    """The small plan for the demo school (so only ``edit`` is wrong), as bytes."""

    def make() -> bytes:
        plan = small_plan()
        plan["school"] = dict(DEMO_SCHOOL)
        edit(plan)
        return to_bytes(plan)

    return make


@pytest.mark.parametrize(
    "make",
    [
        lambda: b"Caf\xe9",
        lambda: b"\xff\xfeCaf\xe9",
        lambda: b"{not json",
        as_demo_school(lambda p: p.update(format="iets anders")),
        as_demo_school(lambda p: p.update(version=3)),
        as_demo_school(lambda p: p["classes"][0].update(grade=9)),
        as_demo_school(lambda p: p["classes"].append(dict(p["classes"][0]))),
        as_demo_school(lambda p: p["chains"][0].update(date="2030-01-01")),
        as_demo_school(lambda p: p["chains"][0].update(activity="onbekend")),
        as_demo_school(lambda p: p["chains"][0].update({"class": "Groep 9"})),
        as_demo_school(lambda p: p["classes"][0].update(name="Groep 8")),
    ],
    ids=[
        "not-utf8", "utf16-bom-cp1252", "not-json", "format", "version-3", "grade-9",
        "duplicate-class", "outside-year", "unknown-activity", "unknown-class", "existing-class",
    ],
)
def test_malformed_file_leaves_an_existing_database_as_it_was(
    demo_db: Database, make: Callable[[], bytes]
) -> None:
    school = export(demo_db)["school"]
    assert {k: v for k, v in school.items() if not k.endswith(("uid", "_off"))} == DEMO_SCHOOL
    before = export(demo_db)
    with pytest.raises(PlanFileError):
        import_bytes(demo_db, make())
    assert export(demo_db) == before


def test_the_same_file_without_the_fault_is_accepted_by_the_demo_school(
    demo_db: Database,
) -> None:
    summary = import_bytes(demo_db, as_demo_school(lambda p: None)())
    assert summary.classes == 1 and not summary.new_school


# --- never anything but a document or PlanFileError ---------------------------------

def read_or_refuse(data: bytes) -> PlanDocument | None:
    try:
        return read_plan(data)
    except PlanFileError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)
        return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_plans(), st.booleans())
def test_mutated_plan_gives_a_document_or_a_plan_file_error(plan: Any, ascii_only: bool) -> None:
    read_or_refuse(json.dumps(plan, ensure_ascii=ascii_only).encode("utf-8"))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
def test_arbitrary_bytes_give_a_document_or_a_plan_file_error(data: bytes) -> None:
    read_or_refuse(data)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_damaged_bytes_of_a_valid_plan_give_a_document_or_a_plan_file_error(
    data: st.DataObject,
) -> None:
    raw = bytearray(to_bytes(small_plan()))
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert"]))
        if action == "flip":
            raw[position] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del raw[position]
        else:
            raw.insert(position, data.draw(st.integers(0, 255)))
    read_or_refuse(bytes(raw))


# --- issue 11: pupils' names, control characters, huge strings and files -----------------


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Jan de Vries", "'Jan de Vries' lijkt een voornaam met achternaam"),
        ("Vries, Jan", "'achternaam, voornaam'"),
        ("Jan Pieter Jansen", "3 woorden"),
        ("Sem & Daan", "twee leerlingen"),
        ("Se\x1bm", "stuurteken (\\x1b, Escape)"),
        ("Sem\nDaan", "een regeleinde (\\n)"),
        ("Sem\u202eA", "schrijfrichting"),
        ("ayşe", "'ayşe' staat al eerder in deze klas (classes[0].pupils[0])"),
    ],
)
def test_a_pupil_that_is_no_display_name_is_refused_with_its_place(name: str, said: str) -> None:
    message = faults_of(changed(lambda p: p["classes"][0]["pupils"].append(name)))
    assert "- classes[0].pupils[5]: " in message and said in message
    assert not any(ch in message for ch in "\x1b\u202e")


def test_display_names_with_an_initial_a_number_or_two_first_names_are_read() -> None:
    names = ["Anne Marie", "Sem V. (2)", "Mohammed Ali B.", "Jan-Willem"]
    document = read_plan(changed(lambda p: p["classes"][0].update(pupils=names)))
    assert document.classes[0].pupils == tuple(names)


@pytest.mark.parametrize(
    ("edit", "place"),
    [
        (lambda p: p["school"].update(name="De Regenboog\x1b]0;gehackt\x07"), "school.name"),
        (lambda p: p["classes"][0].update(name="Groep 6\x00"), "classes[0].name"),
        (lambda p: p["classes"][0].update(teacher="juf\tAnne"), "classes[0].teacher"),
        (lambda p: p["companies"][0].update(place="Leusden\x9b"), "companies[0].place"),
        (lambda p: p["companies"][0]["contacts"][0].update(name="Daan\x07"), "companies[0].contacts[0].name"),
        (lambda p: p["chains"][0].update(notes="fietsen\x1b[31m"), "chains[0].notes"),
        (lambda p: p["chains"][0]["preparation"][0].update(title="Les\u2066"), "chains[0].preparation[0].title"),
        (lambda p: p["study_day_notes"].update({"2026-09-25": "Studiedag\x08"}), "study_day_notes.2026-09-25"),
    ],
)
def test_a_control_character_anywhere_is_refused_with_its_place(
    edit: Callable[[Plan], Any], place: str
) -> None:
    message = faults_of(changed(edit))
    assert f"- {place}: de tekst bevat een" in message
    assert not any(ch in message for ch in "\x00\x07\x08\x1b\x9b\u2066\t")


def test_free_texts_keep_tabs_and_line_breaks() -> None:
    document = read_plan(changed(lambda p: p["chains"][0].update(notes="regel 1\r\n\tregel 2")))
    assert document.chains[0].notes == "regel 1\r\n\tregel 2"


def test_an_unknown_field_with_control_characters_is_quoted_escaped() -> None:
    message = faults_of(changed(lambda p: p["school"].update({"\x1b]0;x\x07": 1})))
    assert "- school.\\x1b]0;x\\x07: onbekend veld" in message and "\x1b" not in message


def test_a_string_of_a_megabyte_gets_the_limit_of_its_kind_and_its_place() -> None:
    big = "x" * (1024 * 1024)
    message = faults_of(changed(lambda p: p["chains"][0].update(notes=big)))
    assert (
        "- chains[0].notes: te lang: 1.048.576 tekens, hoogstens 20.000 voor een vrije tekst "
        "(notities, beschrijving); kort de tekst in" in message
    )
    message = faults_of(changed(lambda p: p["companies"][0].update(name=big)))
    assert "- companies[0].name: te lang: 1.048.576 tekens, hoogstens 200; kort de tekst in" in message
    message = faults_of(changed(lambda p: p["school"].update({big: 1})))
    assert "onbekend veld" in message and len(message) < 1_000


def test_a_refused_pupil_name_changes_nothing_in_the_database(demo_db: Database) -> None:
    with demo_db.session() as session:
        before = export_plan_text(session)
    data = changed(lambda p: p["classes"][0]["pupils"].append("Jan de Vries"))
    with pytest.raises(PlanFileError):
        import_bytes(demo_db, data)
    with demo_db.session() as session:
        assert export_plan_text(session) == before


def export_plan_text(session: Any) -> str:
    from beroepsplanner.store.transfer.plan_export import export_plan

    return json.dumps(export_plan(session), ensure_ascii=False, sort_keys=True)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_as_plan_file_is_refused_with_the_limit() -> None:
    with pytest.raises(PlanFileError, match="groter dan 50 MB.*niets ingelezen"):
        read_plan_file(Path("/dev/zero"))


def test_a_huge_plan_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    with pytest.raises(PlanFileError, match="plan.json is groter dan 50 MB"):
        read_plan_file(path)
