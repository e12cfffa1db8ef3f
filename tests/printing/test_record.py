"""Each pupil's record on paper (issue 15, item 4): per pupil every school year at the
school, only the chains the pupil took part in, the ticks and the own words, room to
write, a page break between pupils, names in any Latin script and user text never read
as markup. The text is read back with pdftotext (poppler), as a reader copies it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pypdf

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.pupil_record import (
    PupilRecordSheet,
    RecordChain,
    RecordDocument,
    RecordYear,
    Talent,
)
from beroepsplanner.printing.record import render_record
from beroepsplanner.store.database import open_database
from beroepsplanner.store.record_document import record_document
from tests.store.test_pupil_record import LATER, NEW, _two_years


def pdf_pages(path: Path) -> list[str]:
    """The text of every page: pdftotext when poppler is there (as the brief asks), else
    pypdf, so the test runs on a machine without poppler too."""
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
        ).stdout.decode("utf-8")
        return out.split("\f")[: len(pypdf.PdfReader(path).pages)]
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


D = dt.date


def test_a_pupil_in_groep_6_and_7_sees_both_years_and_not_the_chain_missed(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    try:
        _pupil_id, name = _two_years(database)
        with database.session() as session:
            document = record_document(session, "Groep 7a", school_year=NEW, today=LATER)
    finally:
        database.close()
    out = tmp_path / "overzicht.pdf"
    pages = render_record(document, out)
    texts = pdf_pages(out)
    assert len(texts) == pages >= len(document.pupils) == 27
    # Every pupil starts on a page of its own, with its name as the title.
    starts = [i for i, t in enumerate(texts) if "OVERZICHT BEROEPSORIËNTATIE" in t]
    assert len(starts) == 27
    mine = next(i for i in starts if f"\n{name}\n" in texts[i])
    end = next((i for i in starts if i > mine), len(texts))
    text = flat("\n".join(texts[mine:end]))
    assert "Groep 6 · schooljaar 2026-2027" in text and "Groep 7 · schooljaar 2027-2028" in text
    assert text.index("2026-2027 · Groep 6a") < text.index("2027-2028 · Groep 7a")
    # Groep 6: the visit with the ticks; the workshop only under what the pupil missed.
    assert "Bezoek: van idee naar product · bedrijfsbezoek" in text
    assert "Bedrijf: Gamestudio Pixelpolder, Amersfoort" in text
    assert "Talenten die ik herkende: computers" in text and "„Gaaf!”" in text
    taken, missed = text.split("Niet bij geweest (afwezig):", 1)
    assert "Workshop: de wetenschapper" not in taken
    assert missed.lstrip().startswith("Workshop: de wetenschapper (23 maart 2027)")
    assert "talentgesprek" not in text.lower()  # a concept is not taken part in
    # Groep 7: the chains carried out there.
    groep7 = text.split("Groep 7 · schooljaar 2027-2028", 1)[1]
    assert groep7.count("Rolmodellen:") + groep7.count("Beroepen:") >= 3
    # Room for the pupil's own words, and the footer counts this pupil's pages.
    assert "In mijn eigen woorden" in text and "Dit kan ik al goed" in text
    assert f"Overzicht beroepsoriëntatie · {name} blad 1 van {end - mine}" in text


def test_names_in_any_latin_script_and_text_that_looks_like_markup(tmp_path: Path) -> None:
    document = RecordDocument(
        school="Basisschool De Vlieger",
        school_year="2026-2027",
        class_name="Groep 8 <b>",
        grade=8,
        printed_on=D(2027, 6, 1),
        pupils=(
            PupilRecordSheet(
                "Ayşe",
                (
                    RecordYear(
                        "2026-2027", "Groep 8 <b>", 8,
                        chains=(
                            RecordChain(
                                "Bakken & proeven", D(2026, 10, 6), kind="bedrijfsbezoek",
                                company="Bakkerij Łukasiewicz & Zn", professions=("bakker",),
                                worlds=("Voeding & Natuur",), role_models=("Łukasz (bakker)",),
                                talents=(Talent.MAKING, Talent.CARING), wants_more=True,
                                own_words="Sem & Daan <3 deeg",
                            ),
                        ),
                    ),
                ),
            ),
            PupilRecordSheet("Łukasz", (RecordYear("2026-2027", "Groep 8 <b>", 8),)),
        ),
    )
    path = tmp_path / "namen.pdf"
    assert render_record(document, path) == 2
    first, second = (flat(t) for t in pdf_pages(path))
    assert "Ayşe" in first and "Bakkerij Łukasiewicz & Zn" in first
    assert "„Sem & Daan <3 deeg”" in first and "Groep 8 <b>" in first
    assert "✓ Hier wil ik meer van weten." in first
    assert "Talenten die ik herkende: bouwen en maken, zorgen voor anderen" in first
    assert "Łukasz" in second and "Nog geen activiteiten in dit schooljaar." in second
    assert "nog geen activiteiten" in second  # the summary says so instead of zeros
    fonts = {str(f) for page in pypdf.PdfReader(path).pages for f in _fonts(page)}
    assert fonts and all("DejaVuSans" in f for f in fonts)


def _fonts(page: pypdf.PageObject) -> list[str]:
    resources = page.get("/Resources")
    if resources is None:
        return []
    return [str(f.get_object()["/BaseFont"]) for f in resources.get_object().get("/Font", {}).values()]


def test_a_chain_counts_when_done_or_planned_and_passed() -> None:
    from beroepsplanner.domain.pupil_record import took_part_counts

    day, today = D(2027, 3, 1), D(2027, 3, 2)
    assert took_part_counts(ChainStatus.DONE, D(2027, 4, 1), today)
    assert took_part_counts(ChainStatus.PLANNED, day, today)
    assert took_part_counts(ChainStatus.PLANNED, today, today)
    assert not took_part_counts(ChainStatus.PLANNED, D(2027, 3, 3), today)
    assert not took_part_counts(ChainStatus.CONCEPT, day, today)
