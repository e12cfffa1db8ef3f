"""Writing what the register holds about one parent to a small JSON file (privacy: AVG/GDPR).

A parent may ask what the school keeps about them: the first name, the child's class, the
job and workplace, what they offered, the date of consent, the note, and the chains in which
they were a guest. The file is UTF-8 JSON with Dutch keys, readable in any text editor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from beroepsplanner.domain.parents import ParentData
from beroepsplanner.output_files import write_output


def parent_json(data: ParentData) -> dict[str, Any]:
    """The parent's data as a JSON object with Dutch keys."""
    return {
        "voornaam": data.first_name,
        "klas_van_het_kind": data.class_name,
        "schooljaar": data.school_year,
        "beroep": data.job,
        "werkplek": data.company,
        "doorbreekt_een_stereotype": data.counter_stereotypical,
        "biedt_aan": list(data.offers),
        "toestemming_gegeven_op": data.consent_date.isoformat(),
        "notitie": data.note,
        "gast_bij": [
            {"activiteit": g.activity, "datum": g.date.isoformat(), "klas": g.class_name}
            for g in data.guest_in
        ],
    }


def write_parent_json(data: ParentData, out: Path | str, *, database: Path | None = None) -> None:
    """Write the parent's data to ``out`` (UTF-8), whole or not at all, never onto the
    database or a back-up. ``InvalidInputError`` (Dutch) when it cannot."""
    text = json.dumps(parent_json(data), ensure_ascii=False, indent=2) + "\n"
    write_output(out, text.encode("utf-8"), kind="json", database=database)
