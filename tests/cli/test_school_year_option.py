"""``--school-year`` on every command that works on one school year (issue 15, item 1), and
the rule behind its default (``store/school_years.py``): the school year of today's date
when the database has it, else the newest."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from beroepsplanner import cli
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store import school_years
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.database import open_database
from beroepsplanner.store.school_years import chosen_school_year

OLD, NEW = "2026-2027", "2027-2028"
IN_OLD = dt.date(2027, 3, 1)
IN_NEW = dt.date(2027, 10, 1)
LATER = dt.date(2031, 1, 15)


@pytest.fixture
def db(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo school (2026-2027) after ``year new 2027-2028``; today is in 2026-2027."""
    monkeypatch.setattr(school_years, "_today", lambda: IN_OLD)
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    assert cli.main(["year", "new", NEW, "--db", str(path)]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str], db: Path, subject: str, *year: str) -> list[dict]:
    code, out, err = run(capsys, "list", subject, "--json", "--db", str(db), *year)
    assert code == 0, err
    return json.loads(out)


# --- the rule ------------------------------------------------------------------------------


def test_the_rule_takes_the_given_year_else_todays_else_the_newest(db: Path) -> None:
    database = open_database(db)
    try:
        with database.session() as session:
            assert chosen_school_year(session, OLD, today=IN_NEW).label == OLD
            assert chosen_school_year(session, f" {NEW} ", today=IN_OLD).label == NEW
            assert chosen_school_year(session, None, today=IN_OLD).label == OLD
            assert chosen_school_year(session, None, today=IN_NEW).label == NEW
            # A date outside every year in the database: the newest.
            assert chosen_school_year(session, None, today=LATER).label == NEW
            assert chosen_school_year(session, None, today=dt.date(2020, 9, 1)).label == NEW
            with pytest.raises(NotFoundError) as unknown:
                chosen_school_year(session, "2030-2031")
            assert unknown.value.key == "school-year-not-in-database"
            assert str(unknown.value) == (
                f"Schooljaar 2030-2031 staat niet in deze database. "
                f"Bekende schooljaren: {OLD}, {NEW}."
            )
            with pytest.raises(InvalidInputError) as malformed:
                chosen_school_year(session, "2027-2029")
            assert malformed.value.key == "not-a-school-year"
            # The same class name in both years resolves per year.
            assert find_class(session, "Groep 8", school_year=OLD).grade == 8
            assert find_class(session, "Groep 8", school_year=OLD).teacher == "meester Bart"
            assert find_class(session, "Groep 8", school_year=NEW).teacher == "juf Fenna"
            with pytest.raises(NotFoundError) as elsewhere:
                find_class(session, "Groep 7a", school_year=OLD)
            assert elsewhere.value.key == "class-in-other-year"
            assert f"die klas staat wel in schooljaar {NEW}" in str(elsewhere.value)
    finally:
        database.close()


def test_the_rule_on_a_database_with_one_year_and_none(demo_file: Path, tmp_path: Path) -> None:
    database = open_database(demo_file)
    try:
        with database.session() as session:
            assert chosen_school_year(session, None, today=LATER).label == OLD
    finally:
        database.close()
    empty = open_database(tmp_path / "leeg.db")
    try:
        with empty.session() as session:
            with pytest.raises(NotFoundError) as none:
                chosen_school_year(session, None)
            assert none.value.key == "school-year-none-yet"
    finally:
        empty.close()


# --- list and check ------------------------------------------------------------------------


def test_list_classes_and_chains_per_year(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    default = listed(capsys, db, "classes")
    assert {c["school_year"] for c in default} == {OLD}
    assert "Groep 6a" in {c["name"] for c in default}
    new = listed(capsys, db, "classes", "--school-year", NEW)
    assert {c["school_year"] for c in new} == {NEW}
    assert {"Groep 7a", "Groep 7b"} <= {c["name"] for c in new}
    assert listed(capsys, db, "classes", "--school-year", OLD) == default

    old_chains = listed(capsys, db, "chains")
    new_chains = listed(capsys, db, "chains", "--school-year", NEW)
    assert old_chains and new_chains
    assert {c["school_year"] for c in old_chains} == {OLD}
    assert {c["school_year"] for c in new_chains} == {NEW}
    assert {c["status"] for c in new_chains} == {"concept"}
    assert not {c["id"] for c in old_chains} & {c["id"] for c in new_chains}

    # Today in the new school year: that one is the default.
    monkeypatch.setattr(school_years, "_today", lambda: IN_NEW)
    assert listed(capsys, db, "chains") == new_chains
    # The table says which year (the database holds two).
    code, out, _ = run(capsys, "list", "classes", "--db", str(db))
    assert code == 0 and out.splitlines()[0] == f"Schooljaar {NEW}"


def test_list_companies_confirmation_is_for_the_chosen_year(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = listed(capsys, db, "companies", "--school-year", OLD)
    new = listed(capsys, db, "companies", "--school-year", NEW)
    assert any(c["confirmed"] for c in old)
    assert not any(c["confirmed"] for c in new)  # confirmations start again each year
    code, out, _ = run(capsys, "list", "companies", "--school-year", OLD, "--db", str(db))
    assert code == 0 and out.splitlines()[0] == f"Bevestigd voor schooljaar {OLD}"
    # Without the option, as in the window: the year being planned (the newest open one).
    assert listed(capsys, db, "companies") == new
    code, out, _ = run(capsys, "list", "companies", "--db", str(db))
    assert code == 0 and out.splitlines()[0] == f"Bevestigd voor schooljaar {NEW}"
    # Activities belong to no school year: the option changes nothing.
    assert listed(capsys, db, "activities", "--school-year", NEW) == listed(capsys, db, "activities")


def test_one_year_database_says_no_year_line(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "classes", "--db", str(demo_file))
    assert code == 0 and out.startswith("Naam")
    code, out, _ = run(capsys, "list", "classes", "--school-year", OLD, "--db", str(demo_file))
    assert code == 0 and out.startswith("Naam")


def test_check_looks_at_one_year(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = run(capsys, "check", "--json", "--db", str(db))
    old = {f["message"] for f in json.loads(out)}
    _code, out, _err = run(capsys, "check", "--json", "--school-year", NEW, "--db", str(db))
    new = {f["message"] for f in json.loads(out)}
    assert old and new and old != new
    assert any("-2026)" in message for message in old)  # chains dated in autumn 2026
    assert not any("-2026)" in message for message in new)  # none in the new year
    _code, out, _err = run(capsys, "check", "--school-year", NEW, "--db", str(db))
    assert out.splitlines()[0] == f"Schooljaar {NEW}"


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "classes"],
        ["list", "chains"],
        ["list", "companies"],
        ["check"],
        ["print", "yearplan", "--out", "{tmp}/j.pdf"],
        ["print", "lessons", "--chain", "1", "--out", "{tmp}/l.pdf"],
        ["plan", "export", "--out", "{tmp}/p.json"],
        ["export", "ical", "--out", "{tmp}/a.ics"],
    ],
    ids=lambda argv: " ".join(a for a in argv if not a.startswith("{")),
)
def test_an_unknown_or_malformed_year_is_refused_in_dutch(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = run(capsys, *argv, "--school-year", "2030-2031", "--db", str(db))
    assert code == 1 and out == ""
    assert err == (
        "beroepsplanner: Schooljaar 2030-2031 staat niet in deze database. "
        f"Bekende schooljaren: {OLD}, {NEW}.\n"
    )
    code, out, err = run(capsys, *argv, "--school-year", "2030", "--db", str(db))
    assert code == 1 and "'2030' is geen schooljaar" in err and "Traceback" not in err
    assert list(tmp_path.glob("*.pdf")) + list(tmp_path.glob("*.json")) == []
    assert list(tmp_path.glob("*.ics")) == []


# --- print, plan export, export ical -------------------------------------------------------


def test_print_resolves_a_class_within_the_year(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_pdf = tmp_path / "logboeken.pdf"
    code, out, err = run(
        capsys, "print", "logbooks", "--class", "Groep 7a", "--out", str(out_pdf), "--db", str(db)
    )
    assert code == 1 and not out_pdf.exists()
    assert f"Er is geen klas 'Groep 7a' in schooljaar {OLD}; die klas staat wel in schooljaar {NEW}" in err
    code, out, err = run(
        capsys, "print", "logbooks", "--class", "Groep 7a", "--school-year", NEW,
        "--out", str(out_pdf), "--db", str(db),
    )
    assert code == 0, err
    assert f"Schooljaar {NEW}." in out.splitlines() and out_pdf.exists()
    # Groep 8 is in both years: each year's own.
    for year in (OLD, NEW):
        plan = tmp_path / f"jaarplan-{year}.pdf"
        code, out, err = run(
            capsys, "print", "yearplan", "--class", "Groep 8", "--school-year", year,
            "--out", str(plan), "--db", str(db),
        )
        assert code == 0, err
        assert f"Schooljaar {year}." in out.splitlines()
    code, out, _ = run(capsys, "print", "yearplan", "--out", str(tmp_path / "s.pdf"), "--db", str(db))
    assert code == 0 and f"Schooljaar {OLD}." in out.splitlines()


def test_print_a_chain_by_number(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new_chain = str(listed(capsys, db, "chains", "--school-year", NEW)[0]["id"])
    old_chain = str(listed(capsys, db, "chains")[0]["id"])
    pdf = tmp_path / "les.pdf"
    # Without --school-year any chain number works, also one of another year.
    code, out, err = run(capsys, "print", "lessons", "--chain", new_chain, "--out", str(pdf), "--db", str(db))
    assert code == 0, err
    assert f"Schooljaar {NEW}." in out.splitlines()
    # With it, the chain must belong to that year.
    code, out, err = run(
        capsys, "print", "lessons", "--chain", old_chain, "--school-year", NEW,
        "--out", str(tmp_path / "nee.pdf"), "--db", str(db),
    )
    assert code == 1 and not (tmp_path / "nee.pdf").exists()
    assert err.startswith(f"beroepsplanner: Keten {old_chain} hoort bij schooljaar {OLD}, niet bij {NEW}.")
    code, out, err = run(
        capsys, "print", "lessons", "--chain", old_chain, "--school-year", OLD,
        "--out", str(pdf), "--db", str(db),
    )
    assert code == 0, err


def test_plan_export_writes_every_year_or_the_one_asked_for(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def exported(*year: str) -> list[str]:
        out = tmp_path / "plan.json"
        code, text, err = run(capsys, "plan", "export", "--out", str(out), "--db", str(db), *year)
        assert code == 0, err
        assert text.splitlines()[-1].startswith(("Schooljaar ", "Schooljaren "))
        data = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
        return [y["school_year"] for y in data["school_years"]]

    assert exported() == [OLD, NEW]
    assert exported("--school-year", NEW) == [NEW]
    assert exported("--school-year", OLD) == [OLD]


def test_plan_export_of_version_1_defaults_to_the_current_year(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def exported(*year: str) -> tuple[str, list[str]]:
        out = tmp_path / "plan.json"
        code, text, err = run(
            capsys, "plan", "export", "--out", str(out), "--file-version", "1", "--db", str(db), *year
        )
        assert code == 0, err
        assert text.splitlines()[-1].startswith("Schooljaar ")
        data = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
        return data["school_year"], sorted(c["name"] for c in data["classes"])

    assert exported()[0] == OLD
    assert exported("--school-year", NEW)[0] == NEW
    assert "Groep 7a" in exported("--school-year", NEW)[1]
    monkeypatch.setattr(school_years, "_today", lambda: LATER)
    assert exported()[0] == NEW  # not in the database: the newest


def test_export_ical_per_year(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def events(*args: str) -> str:
        out = tmp_path / "agenda.ics"
        code, text, err = run(capsys, "export", "ical", "--out", str(out), "--db", str(db), *args)
        assert code == 0, err
        body = out.read_text(encoding="utf-8")
        out.unlink()
        return text + body

    old = events()
    new = events("--school-year", NEW)
    assert f"Beroepsoriëntatie {OLD}" in old and f"Schooljaar {OLD}." in old
    assert f"Beroepsoriëntatie {NEW}" in new and f"Schooljaar {NEW}." in new
    assert "DTSTART;VALUE=DATE:2026" in old and "DTSTART;VALUE=DATE:2026" not in new
    # Groep 8 of each year.
    assert "Beroepsoriëntatie Groep 8" in events("--class", "Groep 8", "--school-year", NEW)
    assert events("--class", "Groep 8", "--school-year", NEW) != events("--class", "Groep 8")
