"""The demo school's chains as printable data, and a reader for the PDFs the tests write."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from beroepsplanner.domain.documents import ChainDocument
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.documents import class_chain_documents


class PrintedPdf:
    """A PDF as the tests read it: text per page (extracted when first asked) and fonts."""

    def __init__(self, pdf: bytes) -> None:
        self.reader = pypdf.PdfReader(io.BytesIO(pdf))
        self._texts: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.reader.pages)

    def page(self, index: int) -> str:
        """The extracted text of page ``index`` (negative counts from the end)."""
        index %= len(self)
        if index not in self._texts:
            self._texts[index] = self.reader.pages[index].extract_text()
        return self._texts[index]

    @property
    def pages(self) -> list[str]:
        return [self.page(i) for i in range(len(self))]

    def flat(self, index: int) -> str:
        """Page ``index`` with its whitespace collapsed, for phrases that may wrap."""
        return " ".join(self.page(index).split())

    @property
    def fonts(self) -> set[str]:
        """BaseFont names used anywhere: on the pages and in the forms they place."""
        names: set[str] = set()
        for page in self.reader.pages:
            names |= _fonts(page.get("/Resources"), set())
        return names


def _fonts(resources: pypdf.generic.DictionaryObject | None, seen: set[int]) -> set[str]:
    if resources is None:
        return set()
    resources = resources.get_object()
    names = {str(font.get_object()["/BaseFont"]) for font in resources.get("/Font", {}).values()}
    for ref in resources.get("/XObject", {}).values():
        form = ref.get_object()
        if id(form) not in seen:
            seen.add(id(form))
            names |= _fonts(form.get("/Resources"), seen)
    return names


def read(pdf: bytes) -> PrintedPdf:
    return PrintedPdf(pdf)


@pytest.fixture(scope="session")
def read_pdf() -> Callable[[bytes], PrintedPdf]:
    return read


@pytest.fixture(scope="session")
def demo_chains(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[ChainDocument]]:
    """Every chain of the demo school ("small"), by class name; built once."""
    database = open_database(Path(tmp_path_factory.mktemp("printing")) / "demo.db")
    try:
        build_demo(database, "small")
        with database.session() as session:
            names = [f"Groep {x}" for x in ("1", "2", "3", "4", "5", "6a", "6b", "7", "8")]
            return {name: class_chain_documents(session, name) for name in names}
    finally:
        database.close()


def chain(chains: dict[str, list[ChainDocument]], class_name: str, title: str) -> ChainDocument:
    return next(d for d in chains[class_name] if d.activity_title == title)


@pytest.fixture(scope="session")
def young_chain(demo_chains: dict[str, list[ChainDocument]]) -> ChainDocument:
    """Groep 3 visits the children's farm: the logbook for groep 1-5."""
    return chain(demo_chains, "Groep 3", "Bedrijfsbezoek (Zikke)")


@pytest.fixture(scope="session")
def older_chain(demo_chains: dict[str, list[ChainDocument]]) -> ChainDocument:
    """Groep 7 visits an installation company, with two preparation lessons."""
    return chain(demo_chains, "Groep 7", "Bedrijfsbezoek (Jet-Net & TechNet)")
