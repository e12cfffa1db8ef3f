"""Writing what the database holds about one pupil to a small JSON file (privacy: AVG/GDPR).

A school must be able to give parents everything it keeps about their child: the pupil's
class and the chains of each school year at the school, with the pupil's record in them
(absent, talents recognised, "wil ik meer van weten", own words). The file is UTF-8 JSON,
readable in any text editor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from beroepsplanner.domain.pupils import PupilData
from beroepsplanner.output_files import write_output


def pupil_json(data: PupilData) -> dict[str, Any]:
    """The pupil's data as a JSON object with Dutch keys: this school year, each chain of the
    class with the pupil's record in it, and the earlier school years in the same form."""
    found = _year_json(data)
    found["eerdere_schooljaren"] = [_year_json(year) for year in data.earlier]
    return found


def _year_json(data: PupilData) -> dict[str, Any]:
    return {
        "leerling": data.display_name,
        "klas": data.class_name,
        "groep": data.grade,
        "schooljaar": data.school_year,
        "ketens": [
            {
                "activiteit": chain.activity,
                "datum": chain.date.isoformat(),
                "afwezig": chain.absent,
                "talenten": list(chain.talents),
                "wil_ik_meer_van_weten": chain.wants_more,
                "eigen_woorden": chain.own_words,
            }
            for chain in data.chains
        ],
    }


def write_pupil_json(data: PupilData, out: Path | str, *, database: Path | None = None) -> None:
    """Write the pupil's data to ``out`` (UTF-8), whole or not at all, never onto the
    database or a back-up. ``InvalidInputError`` (Dutch) when it cannot."""
    text = json.dumps(pupil_json(data), ensure_ascii=False, indent=2) + "\n"
    write_output(out, text.encode("utf-8"), kind="json", database=database)
