"""The school's goals in the window's language: each goal's title, its state and the
numbers behind it (``domain/goal_text.py`` says the same in Dutch for the command line and
the report). English here inside ``tr()``; the Dutch comes from the translations."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from beroepsplanner.domain.goal_settings import GoalKind, GoalSettings
from beroepsplanner.domain.goals import GoalResult, GoalState, Unit
from beroepsplanner.ui.qt_dates import shown_month

STATE_COLOURS = {
    GoalState.REACHED: QColor("#cdeccd"),
    GoalState.ON_ITS_WAY: QColor("#fdeeb8"),
    GoalState.NOT_REACHED: QColor("#f6c9c9"),
    GoalState.NOT_MEASURABLE: QColor("#e4e4e4"),
}
"""Light backgrounds under dark text: the state is always said in words too."""


class GoalText(QObject):
    """The goals' words; lupdate finds them in this class's context (``self.tr``)."""

    def state_text(self, state: GoalState) -> str:
        return {
            GoalState.REACHED: self.tr("Reached"),
            GoalState.ON_ITS_WAY: self.tr("On its way"),
            GoalState.NOT_REACHED: self.tr("Not reached"),
            GoalState.NOT_MEASURABLE: self.tr("Cannot be measured yet"),
        }[state]

    def short_name(self, kind: GoalKind) -> str:
        """A column title: the goal in a word or two."""
        return {
            GoalKind.WORLDS: self.tr("Seven worlds"),
            GoalKind.COMPANIES: self.tr("Companies"),
            GoalKind.COUNTER_STEREOTYPE: self.tr("Counter-stereotype"),
            GoalKind.REFLECTION: self.tr("Reflection"),
            GoalKind.FIRST_HALF: self.tr("First half"),
            GoalKind.PARENTS: self.tr("Parents"),
        }[kind]

    def second_half_day(self, settings: GoalSettings) -> str:
        """``1 February`` (``1 februari``): the day the second half starts."""
        return f"{settings.second_half_day} {shown_month(settings.second_half_month)}"

    def title(self, kind: GoalKind, settings: GoalSettings) -> str:
        """The goal as the school set it, in one sentence."""
        s = settings
        if kind is GoalKind.WORLDS:
            return self.tr("Every pupil meets all seven worlds of technology between grade %1 and %2").replace(
                "%1", str(s.worlds_from)).replace("%2", str(s.worlds_to))
        if kind is GoalKind.COMPANIES:
            return self.tr("Every pupil meets at least %n companies between grade %1 and %2", "", s.companies).replace(
                "%1", str(s.companies_from)).replace("%2", str(s.companies_to))
        if kind is GoalKind.COUNTER_STEREOTYPE:
            return self.tr("Every chain with a role model who breaks a stereotype")
        if kind is GoalKind.REFLECTION:
            lessons = self.tr("Every chain with %n reflection lesson(s)", "", s.reflections)
            if not s.attitude_reflections:
                return lessons
            return self.tr("%1, %n of them about attitudes and stereotypes", "", s.attitude_reflections).replace(
                "%1", lessons)
        if kind is GoalKind.FIRST_HALF:
            if s.first_half_percent >= 100:
                text = self.tr("The activities in the first half of the school year (before %1)")
            else:
                text = self.tr("At least %2% of the activities in the first half of the school year (before %1)").replace(
                    "%2", str(s.first_half_percent))
            return text.replace("%1", self.second_half_day(s))
        return self.tr("Parents involved in at least %n chain(s) per grade per school year", "", s.parent_chains)

    def numbers(self, result: GoalResult, *, short: bool = False) -> str:
        """The numbers behind a state: ``6 of 7 worlds``; ``short``: ``6 of 7``."""
        r = result
        if r.unit in (Unit.WORLDS, Unit.COMPANIES):
            if short:
                return self.tr("%1 of %2").replace("%1", str(r.met)).replace("%2", str(r.target))
            if r.unit is Unit.WORLDS:
                text = self.tr("%1 of %n world(s)", "", r.target)
            else:
                text = self.tr("%1 of %n companies", "", r.target)
            text = text.replace("%1", str(r.met))
            if r.planned > r.met:
                text += self.tr(", %1 with what is planned").replace("%1", str(r.planned))
            if r.missing:
                text += self.tr("; not met or planned yet: %1").replace("%1", ", ".join(r.missing))
            if not r.known:
                text += self.tr("; earlier grades are not in the program")
            return text
        if r.unit is Unit.CHAINS:
            if not r.target and short:
                return ""
            if not r.target:
                if r.kind is GoalKind.COUNTER_STEREOTYPE:
                    return self.tr("no chains in which pupils meet people")
                return self.tr("no chains yet")
            if short:
                return self.tr("%1 of %2").replace("%1", str(r.planned)).replace("%2", str(r.target))
            text = self.tr("%1 of %n chain(s)", "", r.target).replace("%1", str(r.planned))
            if r.percent < 100:
                text += self.tr(" (goal %1%)").replace("%1", str(r.percent))
            if r.state is GoalState.NOT_REACHED and r.within_reach:
                text += self.tr("; still within reach with the planned chains")
            return text
        if short:
            return self.tr("%1 of %2").replace("%1", str(r.met)).replace("%2", str(r.target))
        if r.unit is Unit.COHORTS:
            text = self.tr("%1 of %n cohort(s) reached", "", r.target)
        elif r.unit is Unit.GRADES:
            text = self.tr("%1 of %n grade(s) reached", "", r.target)
        else:
            text = self.tr("%1 of %n year(s) reached", "", r.target)
        text = text.replace("%1", str(r.met))
        if r.planned > r.met:
            text += self.tr(", %1 on its way").replace("%1", str(r.planned - r.met))
        if r.not_reached:
            text += self.tr(", %1 not reached").replace("%1", str(r.not_reached))
        unknown = r.target - r.planned - r.not_reached
        if unknown > 0:
            text += self.tr(", %1 cannot be measured yet").replace("%1", str(unknown))
        if r.kind is GoalKind.PARENTS and r.state is GoalState.NOT_MEASURABLE:
            text += self.tr("; for most chains the program does not know yet whether parents took part")
        elif not r.known:
            text += self.tr("; for a cohort, earlier grades are not in the program")
        return text


_words: list[GoalText] = []


def _text() -> GoalText:
    if not _words:
        _words.append(GoalText())
    return _words[0]


def state_text(state: GoalState) -> str:
    return _text().state_text(state)


def short_name(kind: GoalKind) -> str:
    """A column title: the goal in a word or two."""
    return _text().short_name(kind)


def second_half_day(settings: GoalSettings) -> str:
    """``1 February`` (``1 februari``): the day the second half starts."""
    return _text().second_half_day(settings)


def title(kind: GoalKind, settings: GoalSettings) -> str:
    """The goal as the school set it, in one sentence."""
    return _text().title(kind, settings)


def numbers(result: GoalResult, *, short: bool = False) -> str:
    """The numbers behind a state: ``6 of 7 worlds``; ``short``: ``6 of 7``."""
    return _text().numbers(result, short=short)
