"""The chain builder's choice of the parent letter's variant (issue 17 item 5): broad
("beroepen van de toekomst", technology one route among many) or concrete (the jobs, worlds
and role models the children meet in this activity; ``printing/letter_variant.py``).

The combo shows and gives back the ``letter_variant`` of a ``ChainForm``; the chain builder
puts it in the form it saves, so a save (with its undo) carries it like every other field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from beroepsplanner.domain.kinds import LetterVariant
from beroepsplanner.store.chain_editing import ChainForm


class LetterVariantCombo(QComboBox):
    """Broad or concrete parent letter for one chain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterVariantCombo")
        self.addItem(self.tr("Broad: jobs of the future, technology one route"), LetterVariant.BROAD.value)
        self.addItem(
            self.tr("Concrete: the jobs, worlds and people of this activity"),
            LetterVariant.CONCRETE.value,
        )
        self.setToolTip(
            self.tr("What the parent letter tells after the practical part. Concrete names the "
                    "professions, worlds and role models of the chosen company (or of the "
                    "activity without a company); with none known the letter stays broad.")
        )

    def show_form(self, form: ChainForm) -> None:
        """Show the form's variant without telling anyone."""
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(form.letter_variant.value)))
        self.blockSignals(False)

    def variant(self) -> LetterVariant:
        return LetterVariant(self.currentData() or LetterVariant.BROAD.value)

    def values(self) -> dict[str, Any]:
        """The form's field this combo edits."""
        return {"letter_variant": self.variant()}
