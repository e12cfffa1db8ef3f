"""Fill in Dutch translations in resources/i18n/beroepsplanner_nl.ts (a developer tool).

    python scripts/translate.py --missing           list the texts without a finished translation
    python scripts/translate.py FILE.tsv            fill them from FILE.tsv

FILE.tsv has one line per text: the English source, a tab, the Dutch text. A
plural source (with %n) takes its forms separated by " || " (singular first).
``\\n`` in either column stands for a line break. Every message with that source,
in whatever context, gets the translation. Run ``make translations`` afterwards
to compile the .qm file.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "beroepsplanner_nl.ts"


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")


def main(argv: list[str]) -> int:
    tree = ET.parse(TS)
    root = tree.getroot()
    if argv[:1] == ["--missing"]:
        for context in root.iter("context"):
            for message in context.iter("message"):
                if unfinished(message):
                    source = message.findtext("source", "").replace("\n", "\\n")
                    print(f"{context.findtext('name')}\t{source}")
        return 0
    table: dict[str, str] = {}
    for line in Path(argv[0]).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, dutch = line.split("\t", 1)
        table[source.replace("\\n", "\n")] = dutch.replace("\\n", "\n")
    filled = 0
    for message in root.iter("message"):
        source = message.findtext("source", "")
        if source not in table:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in table[source].split(" || "):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = table[source]
        filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{filled} berichten vertaald")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
