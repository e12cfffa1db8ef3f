"""The Dutch translation is complete, up to date with the code, and compiled."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import beroepsplanner.ui
from beroepsplanner.resources import resource_path

TS_FILE = resource_path("i18n", "beroepsplanner_nl.ts")
QM_FILE = resource_path("i18n", "beroepsplanner_nl.qm")
UI_DIR = Path(beroepsplanner.ui.__file__).parent
PLACEHOLDER = re.compile(r"%(?:n|\d+)")


def qt_tool(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pyside6-lupdate / pyside6-lrelease through PySide6 itself, on any platform."""
    code = f"from PySide6.scripts.pyside_tool import {tool}; {tool}()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Every message of a .ts file by (context, source, disambiguation)."""
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_the_translation_file_is_dutch() -> None:
    assert ET.parse(TS_FILE).getroot().get("language") == "nl_NL"


def test_every_message_has_a_finished_dutch_translation() -> None:
    found = messages(TS_FILE)
    assert found
    for (context, source, _), message in found.items():
        translation = message.find("translation")
        assert translation is not None, f"{context}: {source!r} has no translation"
        state = translation.get("type")
        assert state is None, f"{context}: {source!r} is marked {state}"
        texts = translations_of(message)
        if message.get("numerus") == "yes":
            assert len(texts) == 2, f"{context}: {source!r} needs two Dutch plural forms"
        for text in texts:
            assert text.strip(), f"{context}: {source!r} has an empty translation"
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
                f"{context}: {source!r} -> {text!r} loses or adds a placeholder"
            )


def test_every_string_in_the_code_is_in_the_translation_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in UI_DIR.rglob("*.py"))
    qt_tool("lupdate", *sources, "-ts", str(fresh), "-no-obsolete")

    missing = sorted(set(messages(fresh)) - set(messages(TS_FILE)))

    assert missing == [], (
        "strings in tr() without a Dutch translation; run 'make translations' and translate: "
        f"{missing}"
    )


def test_the_compiled_translation_matches_the_translation_file(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    qt_tool("lrelease", str(TS_FILE), "-qm", str(compiled))

    assert compiled.read_bytes() == QM_FILE.read_bytes(), (
        "resources/i18n/beroepsplanner_nl.qm is out of date; run 'make translations'"
    )
