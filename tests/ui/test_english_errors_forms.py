"""The checks of the activity dialog and the company form, and a company file's rows that the
store refuses, in the window's language (issue 12, item 5): every reason of
``activity_problems`` and ``field_problems`` and every row problem of ``store/company_names``
is English in the English window (``ui/english/errors_forms``, ``errors_store``) — in the
dialog, in the form and in the store's refusal that lists them — and the checks' own Dutch
text, as the command line prints it, in the Dutch one."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.catalog import (
    ActivityDraft,
    QuestionDraft,
    TemplateDraft,
    activity_problems,
)
from beroepsplanner.domain.company_details import (
    CompanyDetails,
    ContactDetails,
    RoleModelDetails,
    field_problems,
)
from beroepsplanner.domain.kinds import ActivityKind, LessonKind, QuestionKind
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.io.company_import import parse_companies
from beroepsplanner.io.limits import MAX_FREE_TEXT, MAX_PROFESSIONS_PER_ROW, MAX_WORLDS_PER_ROW
from beroepsplanner.io.tables import read_table
from beroepsplanner.store.activity_editing import update_activity
from beroepsplanner.store.catalog import activity_draft, catalog_choices
from beroepsplanner.store.company_network import create_company
from beroepsplanner.store.transfer.company_import import import_companies
from beroepsplanner.ui import error_text
from beroepsplanner.ui.activity_dialog import ActivityDialog
from beroepsplanner.ui.english import errors_forms, errors_store
from beroepsplanner.ui.workspace import Workspace
from tests.ui.test_english_errors_store import DUTCH_WORDS

ACTIVITY = "bedrijfsbezoek-c3"


def english_without_dutch(text: str, *data: str) -> None:
    """``text`` is English: no Dutch word once the data (``data``) is left out, no place left
    unfilled."""
    rest = text
    for words in data:
        rest = rest.replace(words, "")
    assert not DUTCH_WORDS.search(rest), text
    assert "{" not in text and "%1" not in text, text


# --- the activity -----------------------------------------------------------------------


def _template(title: str, duration: int | None, *questions: tuple[str, QuestionKind]) -> TemplateDraft:
    return TemplateDraft(
        title=title,
        duration_minutes=duration,
        questions=tuple(QuestionDraft(text, kind) for text, kind in questions),
    )


def every_activity_problem() -> list[str]:
    """Two drafts that between them fail every check of ``activity_problems``."""
    knowledge = ("Wat doet een imker?", QuestionKind.KNOWLEDGE)
    attitude = ("Wie kan imker worden?", QuestionKind.ATTITUDE)
    first = ActivityDraft(
        title="x" * 201,
        kind=ActivityKind.COMPANY_VISIT,
        grade_min=9,
        grade_max=0,
        pupil_title="y" * 201,
        duration_minutes=0,
        cost_cents=-100,
        one_guest=True,
        visit_task=True,
        preparation=(),
        reflection=(
            _template("", 0, ("", QuestionKind.KNOWLEDGE)),
            _template("Terugblik", None, knowledge),
            _template("Nog eens", None, attitude),
        ),
    )
    second = ActivityDraft(
        title="",
        kind=ActivityKind.WORKSHOP,
        grade_min=3,
        grade_max=5,
        one_guest=True,
        visit_task=True,
        preparation=tuple(_template("Voorbereiding", 30) for _ in range(3)),
        reflection=(),
    )
    return activity_problems(first) + activity_problems(second)


def test_every_reason_of_an_activity_is_english(english: None) -> None:
    problems = every_activity_problem()
    keys = {getattr(p, "key", None) for p in problems}
    assert keys == {k for k in errors_forms.templates() if k.startswith(("activity-", "lesson-"))}
    shown = [error_text.keyed_line(p) for p in problems]
    for dutch, text in zip(problems, shown):
        assert text != dutch
        english_without_dutch(text)
    assert "The lowest grade (9) is higher than the highest grade (0)." in shown
    assert "Add at least one preparation lesson." in shown
    assert "An activity has at most two reflection lessons." in shown
    assert "Reflection lesson 1 has an empty question." in shown
    assert "The duration of reflection lesson 1 must be more than 0 minutes." in shown
    assert "Reflection lesson 3 has no knowledge question yet (about the professions and the work)." in shown
    assert "Preparation lesson 2 has no questions yet." in shown


def test_every_reason_of_an_activity_stays_dutch_in_dutch(dutch: object) -> None:
    problems = every_activity_problem()
    assert [error_text.keyed_line(p) for p in problems] == problems
    assert "Voeg minstens één voorbereidingsles toe." in problems
    assert "Reflectieles 1 heeft een lege vraag." in problems


def _dialog(qtbot: QtBot, workspace: Workspace) -> ActivityDialog:
    choices = workspace.read(catalog_choices)
    draft = workspace.read(lambda s: activity_draft(s, ACTIVITY))
    dialog = ActivityDialog(choices, draft, lambda _draft: None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("")
    dialog.grade_min_box.setValue(7)
    dialog.grade_max_box.setValue(4)
    for editor in dialog.editors(LessonKind.REFLECTION):
        editor.attitude_edit.setPlainText("")
    dialog.accept()
    assert dialog.result() != ActivityDialog.DialogCode.Accepted
    return dialog


def test_the_activity_dialog_lists_its_problems_in_english(
    qtbot: QtBot, workspace: Workspace, english: None
) -> None:
    shown = _dialog(qtbot, workspace).problems_label.text()
    assert "• Give the activity a title." in shown.splitlines()
    assert "• The lowest grade (7) is higher than the highest grade (4)." in shown.splitlines()
    assert "has no attitude question yet" in shown
    english_without_dutch(shown)


def test_the_activity_dialog_lists_its_problems_in_dutch(
    qtbot: QtBot, workspace: Workspace, dutch: object
) -> None:
    shown = _dialog(qtbot, workspace).problems_label.text()
    assert "• Geef de activiteit een titel." in shown.splitlines()
    assert "heeft nog geen houdingsvraag" in shown


def _refused_activity(workspace: Workspace) -> BeroepsplannerError:
    draft = workspace.read(lambda s: activity_draft(s, ACTIVITY))
    bad = dataclasses.replace(draft, title=" ", grade_min=8, grade_max=6, world_keys=("maanbouw",))
    with pytest.raises(BeroepsplannerError) as caught, workspace.database.transaction() as session:
        update_activity(session, ACTIVITY, bad)
    assert caught.value.key == "activity-not-saved"
    return caught.value


def test_the_store_refuses_an_activity_in_the_windows_language(
    workspace: Workspace, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = _refused_activity(workspace)
    shown = error_text.error(exc).splitlines()
    assert shown == [
        "The activity was not saved:",
        "• Give the activity a title.",
        "• The lowest grade (8) is higher than the highest grade (6).",
        "• The world 'maanbouw' does not exist (any more).",
    ]
    monkeypatch.setenv("BEROEPSPLANNER_LANG", "nl")
    assert error_text.error(exc) == str(exc)
    assert "• Geef de activiteit een titel." in str(exc).splitlines()


# --- the company form ----------------------------------------------------------------------


def every_company_problem() -> list[str]:
    """A company that fails every check of ``field_problems``."""
    details = CompanyDetails(
        name="Bakkerij\x1b" + "x" * 200,
        place="Ut\u202erecht",
        address="a" * 301,
        description="Taart 🍰",
        safety_notes="Let op\x00",
        notes="Bel\x07",
        min_grade=9,
        capacity=0,
        contacts=(
            ContactDetails(name="", role="r\tx", email="jan@@bakkerij", phone="0" * 51),
            ContactDetails(name="Ayşe", role="r" * 201, email="ayse@bakkerij", phone="06\x1b"),
            ContactDetails(name="n" * 201, email="x\x0b@bakkerij.nl"),
        ),
        role_models=(
            RoleModelDetails(name="", profession="p" * 201, description="\x1b"),
            RoleModelDetails(name="Noor\x1b", profession="Bakker\x07"),
        ),
    )
    return field_problems(details) + field_problems(CompanyDetails(name=" "))


def test_every_problem_of_the_company_form_is_english(english: None) -> None:
    problems = every_company_problem()
    keys = {getattr(p, "key", None) for p in problems}
    assert keys == {k for k in errors_forms.templates() if not k.startswith(("activity-", "lesson-"))}
    shown = [error_text.keyed_line(p) for p in problems]
    for dutch, text in zip(problems, shown):
        assert text != dutch
        english_without_dutch(text, "Ayşe", "Bakkerij", "Taart")
    fields = {text.split(":")[0] for text in shown if ": the text contains" in text}
    assert fields == {
        "The name of the company", "The place", "The description", "The safety notes",
        "The notes", "The role of contact 1", "The phone number of contact 2",
        "The e-mail address of contact 3", "The description of role model 1",
        "The name of role model 2", "The profession of role model 2",
    }
    assert "The name of the company is 209 characters long; 200 fit." in shown
    assert "The role of Ayşe is 201 characters long; 200 fit." in shown
    assert "The name of contact 3 is 201 characters long; 200 fit." in shown
    assert "The profession of role model 1 is 201 characters long; 200 fit." in shown
    assert "Fill in the name of contact 1." in shown
    assert (
        "The e-mail address 'jan@@bakkerij' of contact 1 is not right. An e-mail address has one "
        "@, no spaces and a dot after the @, like name@company.nl."
    ) in shown
    assert "The e-mail address 'ayse@bakkerij' of Ayşe is not right." in " ".join(shown)
    assert "'From grade' is 9; choose a grade from 1 to 8, or leave it empty." in shown
    assert all("\x1b" not in text and "\x00" not in text for text in shown)


def test_every_problem_of_the_company_form_stays_dutch_in_dutch(dutch: object) -> None:
    problems = every_company_problem()
    assert [error_text.keyed_line(p) for p in problems] == problems
    assert "Vul de naam van contactpersoon 1 in." in problems
    assert "De functie van Ayşe is 201 tekens lang; er passen er 200." in problems


@pytest.fixture
def companies_page(qtbot: QtBot, demo: Workspace):
    from beroepsplanner.ui.companies_page import CompaniesPage

    def make() -> CompaniesPage:
        page = CompaniesPage(demo)
        qtbot.addWidget(page)
        page.resize(1300, 800)
        page.show()
        page.new_company()
        page.form.place_edit.setText("Amersfoort")
        row = page.form.contact_table.add_row()
        page.form.contact_table.table.item(row, 0).setText("Ayşe Yılmaz")
        page.form.contact_table.table.item(row, 2).setText("ayse@eemzicht")
        return page

    return make


def test_the_company_form_shows_its_problems_in_english(companies_page, english: None) -> None:
    page = companies_page()
    assert page.save() is False
    shown = page.form.problems_text().splitlines()
    assert shown == [
        "• Fill in the name of the company.",
        "• The e-mail address 'ayse@eemzicht' of Ayşe Yılmaz is not right. An e-mail address "
        "has one @, no spaces and a dot after the @, like name@company.nl.",
    ]


def test_the_company_form_shows_its_problems_in_dutch(companies_page, dutch: object) -> None:
    page = companies_page()
    assert page.save() is False
    shown = page.form.problems_text().splitlines()
    assert shown[0] == "• Vul de naam van het bedrijf in."
    assert shown[1].startswith("• Het e-mailadres 'ayse@eemzicht' van Ayşe Yılmaz klopt niet.")


def test_the_store_refuses_a_company_in_the_windows_language(
    workspace: Workspace, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    details = CompanyDetails(name="", capacity=-2, worlds=("maanbouw",))
    with pytest.raises(BeroepsplannerError) as caught, workspace.database.transaction() as session:
        create_company(session, details)
    exc = caught.value
    assert exc.key == "company-not-saved"
    assert error_text.error(exc).splitlines() == [
        "Fill in the name of the company.",
        "The number of pupils the company can receive at once is -2; fill in a number greater "
        "than 0, or leave it empty if it is not known.",
        "Unknown world 'maanbouw'.",
    ]
    monkeypatch.setenv("BEROEPSPLANNER_LANG", "nl")
    assert error_text.error(exc) == str(exc)
    assert str(exc).splitlines()[0] == "Vul de naam van het bedrijf in."


# --- a company file's rows against the database ----------------------------------------------


def _company_file(tmp_path: Path) -> Path:
    """Rows the reader accepts and the store refuses: too many professions, a profession too
    long, too many worlds, a world too long, notes that would grow too long; and a good row
    with a sector the program does not know."""
    many_professions = ", ".join(f"Beroep {n}" for n in range(MAX_PROFESSIONS_PER_ROW + 1))
    many_worlds = ", ".join(f"Zone {n}a" for n in range(MAX_WORLDS_PER_ROW + 1))
    rows = [
        "Naam;Plaats;Beroepen;Sector;Opmerkingen",
        f"Bakkerij Mol;Ede;{many_professions};;",
        f"Garage Smit;Ede;{'b' * 201};;",
        f"Drukkerij Eem;Ede;;{many_worlds};",
        f"Zorg BV;Ede;;{'s' * 201};",
        f"Kwekerij Groen;Ede;;Groene zone;{'n' * (MAX_FREE_TEXT - 5)}",
        "Boerderij Aksoy;Ede;;Groene zone;",
    ]
    path = tmp_path / "bedrijven.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _file_rows(tmp_path: Path):
    return parse_companies(read_table(_company_file(tmp_path))).rows


ROW_LINES = [
    "Row 2, column Beroepen: 101 professions in one cell; at most 100 may be there. Leave out "
    "the professions the company does not show the class, or put the rest on a second row "
    "with the same name and place.",
    "Row 3, column Beroepen: a profession is longer than 200 characters.",
    "Row 4, column Sector: 31 worlds or sectors in one cell; at most 30 may be there.",
    "Row 5, column Sector: a world or sector is longer than 200 characters.",
    "Row 6, column Opmerkingen: with the text that is kept with the notes, those become longer "
    "than 20,000 characters. Shorten the notes.",
]


def test_a_company_file_the_store_refuses_lists_every_row_in_english(
    tmp_path: Path, workspace: Workspace, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _file_rows(tmp_path)
    with pytest.raises(BeroepsplannerError) as caught, workspace.database.transaction() as session:
        import_companies(session, rows)
    exc = caught.value
    assert exc.key == "company-file-refused"
    shown = error_text.error(exc).splitlines()
    assert shown[0] == (
        "The file was not imported: 5 rows have a problem. Correct the file and try again, or "
        "import only the good rows (--skip-invalid)."
    )
    assert shown[1:6] == ROW_LINES
    assert shown[6].startswith("The worlds and sectors the file may name (in Dutch): ")
    english_without_dutch("\n".join(shown[:6]), "Beroepen", "Sector", "Opmerkingen")
    monkeypatch.setenv("BEROEPSPLANNER_LANG", "nl")
    assert error_text.error(exc) == str(exc)
    assert str(exc).splitlines()[2] == "Rij 3, kolom Beroepen: een beroep is langer dan 200 tekens."


def test_the_rows_the_store_skips_and_its_warnings_in_both_languages(
    tmp_path: Path, workspace: Workspace, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with workspace.database.transaction() as session:
        result = import_companies(session, _file_rows(tmp_path), skip_invalid=True)
    assert [error_text.row_problem(p) for p in result.skipped] == ROW_LINES
    warnings = [error_text.row_problem(w) for w in result.warnings]
    assert warnings == [
        "Row 7, column Sector: 'Groene zone' is no world or sector that the program knows; the "
        "text is in the company's notes. Choose the world in the window at the company, or use "
        "a known name."
    ]
    monkeypatch.setenv("BEROEPSPLANNER_LANG", "nl")
    dutch = [error_text.row_problem(p) for p in (*result.skipped, *result.warnings)]
    assert dutch == [p.message for p in (*result.skipped, *result.warnings)]
    assert dutch[-1].startswith("Rij 7, kolom Sector: 'Groene zone' is geen wereld of sector")


def test_every_row_problem_of_the_store_has_a_key_with_english() -> None:
    """Every ``problem(...)`` of ``store/company_names.row_problems`` and every ``RowProblem``
    of ``store/transfer/company_import`` names a key that has English."""
    import ast

    root = Path(__file__).resolve().parents[2] / "beroepsplanner" / "store" / "transfer"
    templates = errors_store.templates()
    positions = {"problem": 2, "RowProblem": 3}  # where the key is in the arguments
    for name in ("company_names.py", "company_import.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        calls = [
            c for c in ast.walk(tree)
            if isinstance(c, ast.Call) and getattr(c.func, "id", None) in positions
        ]
        assert calls, name
        for call in calls:
            index = positions[call.func.id]  # type: ignore[attr-defined]
            assert len(call.args) > index, f"{name}:{call.lineno}: a problem without a key"
            key = call.args[index]
            if isinstance(key, ast.Name):  # the helper passes its own key on
                continue
            assert isinstance(key, ast.Constant) and key.value in templates, f"{name}:{call.lineno}"


def test_every_english_text_of_the_forms_has_no_dutch() -> None:
    for key, text in errors_forms.templates().items():
        assert all(re.findall(r"(?<!\{)\{(\w*)\}(?!\})", text)), key
        english_without_dutch(re.sub(r"\{\w+\}", "", text))
