"""A new study day starts on the next school day, not on today (issue 12 item 7)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from beroepsplanner.store.calendar import school_year_calendar
from beroepsplanner.ui.school_year_dialog import proposed_study_day
from beroepsplanner.ui.workspace import Workspace

# demo: the other module's fixture, used by pytest by name (hence F401, F811).
from tests.ui.test_school_year_dialog import LABEL, demo, is_school_day, open_dialog  # noqa: F401

D = dt.date


@pytest.mark.parametrize(("today", "expected"), [
    (D(2026, 11, 5), D(2026, 11, 6)),  # a Thursday: Friday, not today
    (D(2026, 11, 6), D(2026, 11, 9)),  # a Friday: the Monday after
    (D(2026, 11, 7), D(2026, 11, 9)),  # a Saturday
    (D(2026, 9, 24), D(2026, 9, 28)),  # the day before the demo's study day of 25 September
    (D(2026, 10, 16), D(2026, 10, 26)),  # before the herfstvakantie (Midden: 19–23 October)
    (D(2026, 3, 1), D(2026, 8, 31)),  # before the year: its first school day
    (D(2027, 8, 20), D(2027, 7, 16)),  # after the year: its last school day
])
def test_the_proposed_study_day_is_the_next_school_day(
    demo: Workspace, today: dt.date, expected: dt.date  # noqa: F811
) -> None:
    calendar = demo.read(lambda s: school_year_calendar(s, LABEL))
    proposed = proposed_study_day(calendar, today)
    assert proposed == expected
    assert is_school_day(demo, proposed)


def test_the_dialog_proposes_a_school_day_after_today(qtbot: QtBot, demo: Workspace) -> None:  # noqa: F811
    dialog = open_dialog(qtbot, demo)
    day = dialog.day_edit.date().toPython()
    assert day != dt.date.today()
    assert is_school_day(demo, day)
    calendar = demo.read(lambda s: school_year_calendar(s, LABEL))
    assert day == proposed_study_day(calendar, dt.date.today())
