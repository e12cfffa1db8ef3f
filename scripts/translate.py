"""Fill in translations in resources/i18n/beroepsplanner_<lang>.ts (a developer tool).

    python scripts/translate.py --missing               Dutch texts without a finished translation
    python scripts/translate.py FILE.tsv                fill Dutch translations from FILE.tsv
    python scripts/translate.py --lang en --missing     English plural texts without their forms
    python scripts/translate.py --lang en FILE.tsv      fill English plural forms from FILE.tsv

FILE.tsv has one line per text: the English source, a tab, the translation. A
plural source (with %n) takes its forms separated by " || " (singular first:
"%n class || %n classes"). ``\\n`` in either column stands for a line break.
Every message with that source, in whatever context, gets the translation.

Dutch: the file holds every text of the window. English: the source texts are
English already, so ``make translations`` keeps only the plural texts in
beroepsplanner_en.ts (``lupdate -pluralonly``); each needs its "one" and "other"
form, or Qt shows the source ("1 classes"). Run ``make translations`` before
(to pick up new texts) and after (to compile the .qm file).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("nl", "en")


def ts_file(language: str) -> Path:
    return I18N / f"beroepsplanner_{language}.ts"


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return len(forms) < 2 or not all(form.strip() for form in forms)
    return not (translation.text or "").strip()


def missing(root: ET.Element) -> list[tuple[str, str, bool]]:
    """(context, source, plural) of every message without a finished translation."""
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            if unfinished(message):
                found.append(
                    (
                        context.findtext("name", ""),
                        message.findtext("source", ""),
                        message.get("numerus") == "yes",
                    )
                )
    return found


def read_table(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, text = line.split("\t", 1)
        table[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    return table


def fill(root: ET.Element, table: dict[str, str]) -> int:
    """Put the translations of ``table`` into every message with that source."""
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
            forms = table[source].split(" || ")
            if len(forms) != 2:
                raise SystemExit(f"{source!r}: give two forms, 'one || other'")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = table[source]
        filled += 1
    return filled


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lang", choices=LANGUAGES, default="nl")
    parser.add_argument("--missing", action="store_true", help="list what is not translated")
    parser.add_argument("table", nargs="?", type=Path, help="TSV: source<TAB>translation")
    args = parser.parse_args(argv)
    path = ts_file(args.lang)
    tree = ET.parse(path)
    root = tree.getroot()
    if args.missing:
        for context, source, plural in missing(root):
            text = source.replace("\n", "\\n")
            hint = "\t(one || other)" if plural and args.lang == "en" else ""
            print(f"{context}\t{text}{hint}")
        return 0
    if args.table is None:
        parser.error("give --missing or a TSV file")
    filled = fill(root, read_table(args.table))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{filled} berichten vertaald in {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
