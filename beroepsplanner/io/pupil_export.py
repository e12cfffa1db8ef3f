"""Writing what the database holds about one pupil to a small JSON file (privacy: AVG/GDPR).

A school must be able to give parents everything it keeps about their child.
The file is UTF-8 JSON, readable in any text editor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from beroepsplanner.domain.pupils import PupilData
from beroepsplanner.output_files import write_output


def pupil_json(data: PupilData) -> dict[str, Any]:
    """The pupil's data as a JSON object with Dutch keys."""
    return {
        "leerling": data.display_name,
        "klas": data.class_name,
        "groep": data.grade,
        "schooljaar": data.school_year,
        "ketens": [
            {"activiteit": chain.activity, "datum": chain.date.isoformat()} for chain in data.chains
        ],
    }


def write_pupil_json(data: PupilData, out: Path | str, *, database: Path | None = None) -> None:
    """Write the pupil's data to ``out`` (UTF-8), whole or not at all, never onto the
    database or a back-up. ``InvalidInputError`` (Dutch) when it cannot."""
    text = json.dumps(pupil_json(data), ensure_ascii=False, indent=2) + "\n"
    write_output(out, text.encode("utf-8"), kind="json", database=database)
