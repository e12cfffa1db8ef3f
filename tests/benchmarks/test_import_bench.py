"""Issue 6: importing 10,000 companies from a semicolon CSV (Dutch Excel), in the store
and as the whole ``beroepsplanner import companies`` command, next to ``--version``."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from beroepsplanner.io.company_import import parse_companies
from beroepsplanner.io.tables import read_table
from beroepsplanner.store.database import open_database
from beroepsplanner.store.transfer.company_import import import_companies
from tests.benchmarks.conftest import cli, report, time_command

HEADER = "Naam;Plaats;Adres;Contactpersoon;E-mail;Telefoon;Groep vanaf;Werelden;Beroepen;Opmerkingen"
WORLDS = ["Voeding & Natuur", "Energie, Water & Veiligheid", "Zorg & Welzijn"]


def write_companies(path: Path, count: int) -> Path:
    lines = [HEADER]
    for n in range(count):
        lines.append(
            f"Bedrijf {n};Plaats {n % 50};Straat {n};Contact {n};c{n}@example.nl;06-{n:08d};"
            f'{n % 8 + 1};"{WORLDS[n % 3]}";"Bakker; Beroep {n % 20}";'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def test_import_of_10000_companies(tmp_path: Path) -> None:
    source = write_companies(tmp_path / "bedrijven.csv", 10_000)
    empty = tmp_path / "leeg.db"
    open_database(empty).close()

    database = open_database(shutil.copy(empty, tmp_path / "store.db"))
    start = time.perf_counter()
    parsed = parse_companies(read_table(source))
    with database.transaction() as session:
        first = import_companies(session, parsed.rows)
    store_first = time.perf_counter() - start
    start = time.perf_counter()
    parsed = parse_companies(read_table(source))
    with database.transaction() as session:
        again = import_companies(session, parsed.rows)
    store_again = time.perf_counter() - start
    database.close()
    assert first.added == 10_000 and again.unchanged == 10_000

    target = tmp_path / "command.db"
    shutil.copy(empty, target)
    command = time_command([*cli(), "import", "companies", str(source), "--db", str(target)], runs=1)
    baseline = time_command([*cli(), "--version"], runs=3)
    report(
        "import of 10,000 companies (semicolon CSV)",
        store_first_seconds=store_first,
        store_again_seconds=store_again,
        command_seconds=command,
        version_command_seconds=baseline,
    )
    assert store_first < 3.0 and command < 3.0
