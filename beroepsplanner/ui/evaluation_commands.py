"""The undoable save of a chain's evaluation, made in the chain builder's Evaluation tab
(``ui/chain_evaluation.py``).

The first run sends the evaluation's version the tab showed (0: there was none), so a
colleague's save in between is refused with both versions (``ChangedByColleagueError``)
and nothing is stacked; its undo puts back exactly what was stored before (the contact at
the time and the day included), or removes the evaluation again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.evaluation import ChainEvaluation, EvaluationAnswers
from beroepsplanner.store.chain_evaluations import put_back_evaluation, save_evaluation
from beroepsplanner.ui.commands import StoreCommand

EVALUATION = ("chains",)


class SaveEvaluationCommand(StoreCommand):
    """Store ``answers`` as the evaluation of chain ``chain_id``; undo puts back the one
    stored before."""

    def __init__(
        self, chain_id: int, answers: EvaluationAnswers, title: str = "", version: int | None = None
    ) -> None:
        text = QCoreApplication.translate("EvaluationCommands", "Evaluation of %1")
        super().__init__(text.replace("%1", title).strip(), EVALUATION)
        self.chain_id = chain_id
        self.answers = answers
        self.version = version
        """The evaluation's version the tab showed (0: none yet); only the first run checks it."""
        self._previous: ChainEvaluation | None = None

    def apply(self, session: Session) -> None:
        expected, self.version = self.version, None  # a redo is checked by ui/commands.py
        self._previous = save_evaluation(
            session, self.chain_id, self.answers, expected_version=expected
        )

    def revert(self, session: Session) -> None:
        put_back_evaluation(session, self.chain_id, self._previous)
