"""Importing a class list: display names only, initials where first names are shared."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.pupil_import import ClassListPupil, display_names, group_warning, parse_class_list
from beroepsplanner.io.tables import read_csv_text, read_table
from beroepsplanner.store.classes import add_class
from beroepsplanner.store.models import Pupil
from beroepsplanner.store.pupils import add_pupil, class_pupils
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.pupil_import import import_pupils

LIST = (
    "Roepnaam;Voornamen;Tussenvoegsel;Achternaam;Groep\n"
    "Sem;Sem Johannes;;Aksoy;6b\n"
    "Ayşe;Ayşe;;Yılmaz;6b\n"
    ";Łukasz Jan;;Nowak;6b\n"
    "Sem;Sem;van;Dijk;6b\n"
    "Noor;Noor;de;Boer;6b\n"
    "Noor;Noor;;Bakker;6b\n"
)


def pupil(first: str, surname: str = "") -> ClassListPupil:
    return ClassListPupil(0, first, surname[:3])


def new_class(database: Database, name: str = "Groep 6b") -> int:
    with database.transaction() as session:
        return add_class(session, "2026-2027", name, 6)


def names_in(database: Database, class_id: int) -> list[str]:
    with database.session() as session:
        return [p.display_name for p in class_pupils(session, class_id)]


def test_only_first_names_are_kept_with_initials_where_shared() -> None:
    pupils = parse_class_list(read_csv_text(LIST))
    assert [p.first_name for p in pupils] == ["Sem", "Ayşe", "Łukasz", "Sem", "Noor", "Noor"]
    assert display_names(pupils) == ["Sem A.", "Ayşe", "Łukasz", "Sem D.", "Noor Bo.", "Noor Ba."]


def test_roepnaam_wins_over_voornaam_and_voornamen_gives_the_first() -> None:
    table = read_csv_text("voornaam,ROEPNAAM,achternaam\nJohanna,Anne,Smit\nAnne Marie,,Jansen\n")
    assert [p.first_name for p in parse_class_list(table)] == ["Anne", "Anne Marie"]


def test_surnames_are_never_kept_beyond_three_letters() -> None:
    pupils = parse_class_list(read_csv_text("Voornaam;Achternaam\nSem;van der Zwaluwenburg\n"))
    assert pupils == [ClassListPupil(2, "Sem", "Zwa")]


def test_same_initial_takes_more_letters_and_same_surname_a_number() -> None:
    pupils = [pupil("Sem", "Vries"), pupil("Sem", "Visser"), pupil("sem", "Vries"), pupil("Sem", "Aksoy")]
    assert display_names(pupils) == ["Sem Vr.", "Sem Vi.", "sem Vr. (2)", "Sem A."]


def test_a_first_name_already_in_the_class_makes_the_newcomer_take_an_initial() -> None:
    assert display_names([pupil("Sem", "Bakker")], existing=["Sem A."]) == ["Sem B."]
    assert display_names([pupil("Sem", "Aksoy")], existing=["Sem A.", "Noor"]) == ["Sem A."]
    assert display_names([pupil("Sem", "Aksoy")], existing=["Sem"]) == ["Sem"]


def test_import_adds_only_the_pupils_not_yet_present(demo_db: Database) -> None:
    class_id = new_class(demo_db, "Groep 6c")
    pupils = parse_class_list(read_csv_text(LIST.replace("6b", "6c")), "Groep 6c")
    with demo_db.transaction() as session:
        add_pupil(session, class_id, "Ayşe")
        result = import_pupils(session, class_id, pupils)
    assert result.added == ("Sem A.", "Łukasz", "Sem D.", "Noor Bo.", "Noor Ba.")
    assert result.present == ("Ayşe",)
    with demo_db.transaction() as session:
        again = import_pupils(session, class_id, pupils)
    assert (again.added, len(again.present)) == ((), 6)
    assert len(names_in(demo_db, class_id)) == 6


def test_surnames_never_reach_the_database(demo_db: Database) -> None:
    class_id = new_class(demo_db, "Groep 6c")
    with demo_db.transaction() as session:
        import_pupils(session, class_id, parse_class_list(read_csv_text(LIST)))
    with demo_db.session() as session:
        stored = " ".join(session.scalars(select(Pupil.display_name).where(Pupil.class_id == class_id)))
    for surname in ("Aksoy", "Yılmaz", "Nowak", "Dijk", "Boer", "Bakker", "van", "Johannes"):
        assert surname not in stored


def test_an_existing_plain_name_is_not_renamed_but_noted_when_two_newcomers_share_it(demo_db: Database) -> None:
    class_id = new_class(demo_db, "Groep 6c")
    with demo_db.transaction() as session:
        add_pupil(session, class_id, "Sem")
        result = import_pupils(session, class_id, [pupil("Sem", "Aksoy"), pupil("Sem", "Dijk")])
    assert result.added == ("Sem A.", "Sem D.")
    assert len(result.notes) == 1 and "'Sem' stond al in Groep 6c" in result.notes[0]
    assert names_in(demo_db, class_id) == ["Sem", "Sem A.", "Sem D."]


def test_a_list_of_several_groups_takes_only_the_class(tmp_path: Path) -> None:
    text = "Voornaam;Groep\nSem;Groep 6B\nNoor;7\nAyşe;groep 6b\n"
    pupils = parse_class_list(read_csv_text(text), "6b")
    assert [p.first_name for p in pupils] == ["Sem", "Ayşe"]
    with pytest.raises(InvalidInputError, match=r"meerdere groepen \(kolom 'Groep': 7, Groep 6B\)"):
        parse_class_list(read_csv_text(text), "Groep 8")


def test_a_row_without_a_first_name_refuses_the_list_by_row() -> None:
    with pytest.raises(InvalidInputError, match="Rij 3: de voornaam ontbreekt"):
        parse_class_list(read_csv_text("Voornaam;Achternaam\nSem;Aksoy\n;Dijk\n"))
    with pytest.raises(InvalidInputError, match="geen kolom met de voornaam"):
        parse_class_list(read_csv_text("Naam;Achternaam\nSem;Aksoy\n"))


def test_an_xlsx_class_list_with_sem_and_daan_in_one_cell_is_refused_and_changes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Roepnaam", "Tussenvoegsel", "Achternaam"])
    sheet.append(["Sem & Daan", None, "Tweeling"])
    sheet.append([None, None, None])
    sheet.append(["Łukasz", "'t", "Hart"])
    path = tmp_path / "klas.xlsx"
    workbook.save(path)
    class_id = new_class(demo_db, "Groep 6c")
    with pytest.raises(InvalidInputError) as caught:
        parse_class_list(read_table(path))
    assert "Rij 2, kolom Roepnaam: 'Sem & Daan' lijkt twee leerlingen" in str(caught.value)
    assert "eigen rij" in str(caught.value)
    assert names_in(demo_db, class_id) == []


def test_an_xlsx_class_list_with_real_first_names(demo_db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Roepnaam", "Tussenvoegsel", "Achternaam"])
    for row in (
        ["Jan-Willem", None, "Bakker"],
        ["Anne Marie", "de", "Wit"],
        ["Mohammed Ali", None, "Yılmaz"],
        ["Łukasz", "'t", "Hart"],
        ["Ayşe", None, "Demir"],
    ):
        sheet.append(row)
    path = tmp_path / "klas.xlsx"
    workbook.save(path)
    class_id = new_class(demo_db, "Groep 6c")
    with demo_db.transaction() as session:
        result = import_pupils(session, class_id, parse_class_list(read_table(path)))
    assert result.added == ("Jan-Willem", "Anne Marie", "Mohammed Ali", "Łukasz", "Ayşe")
    assert result.notes == () and result.group_warning == ""


# --- issue 11: surnames in the first-name column, the group column, control characters ----


def stored_names(database: Database, class_id: int) -> str:
    with database.session() as session:
        return " ".join(session.scalars(select(Pupil.display_name).where(Pupil.class_id == class_id)))


def test_a_full_name_in_the_roepnaam_column_keeps_only_the_first_name(demo_db: Database) -> None:
    text = (
        "Roepnaam;Tussenvoegsel;Achternaam\n"
        "Jan de Vries;de;Vries\n"
        "Jan Bakker;;Bakker\n"
        "Anne Marie;;Jansen\n"
        "Noor\n"
    )
    pupils = parse_class_list(read_csv_text(text))
    assert [(p.first_name, p.reduced) for p in pupils] == [
        ("Jan", True), ("Jan", True), ("Anne Marie", False), ("Noor", False),
    ]
    class_id = new_class(demo_db, "Groep 6c")
    with demo_db.transaction() as session:
        result = import_pupils(session, class_id, pupils)
    assert result.added == ("Jan V.", "Jan B.", "Anne Marie", "Noor")
    assert any(note.startswith("Rijen 2, 3: de cel met de voornaam") for note in result.notes)
    assert "Vries" not in stored_names(demo_db, class_id)
    assert "Bakker" not in stored_names(demo_db, class_id)


def test_surname_comma_first_name_without_a_surname_column_gives_the_first_name() -> None:
    text = "Voornaam\n\"Vries, Jan de\"\n\"Dijk, Jan van\"\n\"Yılmaz, Ayşe\"\nLisa Smit\n"
    pupils = parse_class_list(read_csv_text(text))
    assert [p.first_name for p in pupils] == ["Jan", "Jan", "Ayşe", "Lisa"]
    assert display_names(pupils) == ["Jan V.", "Jan D.", "Ayşe", "Lisa"]
    assert all(p.reduced for p in pupils)


def test_a_list_of_several_problems_names_each_row_and_column() -> None:
    text = "Roepnaam;Achternaam\nSem & Daan;Tweeling\nVries,;\n;Aksoy\nNoor;Bo\x1bk\n"
    with pytest.raises(InvalidInputError) as caught:
        parse_class_list(read_csv_text(text))
    message = str(caught.value)
    assert "Rij 5, kolom Achternaam: de tekst bevat een onzichtbaar stuurteken (\\x1b, Escape)" in message
    assert "\x1b" not in message
    # control characters first: the other rows are named once those are gone
    text = text.replace("Bo\x1bk", "Bok")
    with pytest.raises(InvalidInputError) as caught:
        parse_class_list(read_csv_text(text))
    message = str(caught.value)
    assert "Rij 2, kolom Roepnaam: 'Sem & Daan' lijkt twee leerlingen" in message
    assert "Rij 3, kolom Roepnaam: 'Vries,' heeft na de komma geen voornaam" in message
    assert "Rij 4: de voornaam ontbreekt." in message


def xlsx_with(tmp_path: Path, rows: list[list[str]], raw: dict[str, str]) -> Path:
    """An .xlsx made by openpyxl, with the cells in ``raw`` (placeholder → XML text) put in
    afterwards: openpyxl refuses to write control characters itself."""
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    path = tmp_path / "klas.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            for placeholder, xml in raw.items():
                data = data.replace(placeholder.encode(), xml.encode())
            target.writestr(item, data)
    return path


@pytest.mark.parametrize("xml", ["Sem\u009b", "Se\u0085m", "Sem\u202eA", "\u2066Sem\u2069"])
def test_control_characters_in_an_xlsx_class_list_are_refused_and_nothing_is_added(
    demo_db: Database, tmp_path: Path, xml: str
) -> None:
    rows = [["Roepnaam", "Achternaam", "Groep"], ["Ayşe", "Demir", "6c"], ["PLACEHOLDER", "Aksoy", "6c"]]
    path = xlsx_with(tmp_path, rows, {"PLACEHOLDER": xml})
    class_id = new_class(demo_db, "Groep 6c")
    with pytest.raises(InvalidInputError) as caught:
        parse_class_list(read_table(path), "Groep 6c")
    assert "Rij 3, kolom Roepnaam: de tekst bevat een onzichtbaar" in str(caught.value)
    assert names_in(demo_db, class_id) == []


def test_an_xlsx_with_an_escape_character_in_its_xml_is_refused(tmp_path: Path) -> None:
    # XML 1.0 has no ESC, not even as &#27;: such a workbook is damaged, never half read.
    rows = [["Roepnaam"], ["PLACEHOLDER"]]
    path = xlsx_with(tmp_path, rows, {"PLACEHOLDER": "Se&#27;m"})
    with pytest.raises(InvalidInputError, match="beschadigd|geen leesbaar"):
        parse_class_list(read_table(path))


def test_control_characters_in_a_csv_class_list_are_refused_with_row_and_column() -> None:
    for cell in ("Se\x1bm", "Sem\x07", "Sem\x85x", "Sem\u202eA"):
        text = f"Roepnaam;Achternaam\nAyşe;Demir\n{cell};Aksoy\n"
        with pytest.raises(InvalidInputError) as caught:
            parse_class_list(read_csv_text(text))
        assert "Rij 3, kolom Roepnaam: de tekst bevat" in str(caught.value), repr(cell)


@pytest.mark.parametrize(
    ("groups", "class_name", "grade", "warned"),
    [
        ({"8"}, "Groep 1", 1, True),
        ({"Groep 8"}, "Groep 8", 8, False),
        ({"8"}, "Groep 8b", 8, False),
        ({"Groep 7/8"}, "Combinatie", 8, False),
        ({"Groep 7/8"}, "Groep 7/8", 8, False),
        ({"Groep 6/7"}, "Groep 6b", 6, True),
        ({"7/8"}, "Groep 8", 8, True),
        ({"6a"}, "Groep 6b", 6, True),
        ({"6B"}, "Groep 6b", 6, False),
        ({"Zonnebloemen"}, "Zonnebloemen", 4, False),
        ({"Zonnebloemen"}, "Groep 4", 4, True),
        (set(), "Groep 1", 1, False),
    ],
)
def test_the_group_column_is_checked_against_the_class(
    groups: set[str], class_name: str, grade: int, warned: bool
) -> None:
    warning = group_warning(groups, class_name, grade)
    assert bool(warning) is warned
    if warned:
        assert f"{class_name} is groep {grade}" in warning


def test_a_list_of_groep_8_into_a_groep_1_class_is_imported_with_a_warning(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        class_id = add_class(session, "2026-2027", "Kleuters", 1)
    pupils = parse_class_list(read_csv_text("Roepnaam;Groep\nSem;8\nNoor;8\n"), "Kleuters")
    with demo_db.transaction() as session:
        result = import_pupils(session, class_id, pupils)
    assert result.added == ("Sem", "Noor")
    assert "De kolom Groep van de lijst noemt '8', maar Kleuters is groep 1." in result.group_warning
