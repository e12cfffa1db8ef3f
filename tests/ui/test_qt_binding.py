"""The Qt binding the program runs on does not have the reference bugs of PySide6 6.12.0.

PySide6 6.12.0 drops one reference to ``True`` on every ``signal.emit()`` from
Python; after a few hundred signals Python aborts ("bool_dealloc"). pyproject.toml
excludes that version; this test fails when a broken binding is installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class Emitter(QObject):
    changed = Signal(str)
    done = Signal()


def test_emitting_signals_keeps_the_reference_count_of_true(qtbot: QtBot) -> None:
    emitter = Emitter()
    received: list[str] = []
    emitter.changed.connect(received.append)
    emitter.done.connect(lambda: received.append("klaar"))

    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit("klassen")
        emitter.done.emit()
    after = sys.getrefcount(True)

    assert len(received) == 400
    # Other code may hold or release a few references meanwhile; the bug loses 400.
    assert abs(before - after) < 50


def test_calls_that_return_nothing_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    # PySide6 6.12.0 on Python 3.11 also lost a reference to None on every such call.
    emitter = Emitter()
    before = sys.getrefcount(None)
    for number in range(500):
        emitter.setObjectName(f"emitter{number}")
    after = sys.getrefcount(None)

    assert emitter.objectName() == "emitter499"
    assert abs(before - after) < 50
