"""Undoable changes to chains, made in the chain builder.

Saving a new chain is undone by deleting it; a redo puts the very chain back
under the same id, so commands further up the stack keep referring to it.
Saving an existing chain remembers the form it replaced (the save returns it), and an
undo saves that form again. The first save (and a delete) sends the chain's version the
builder showed, with the chain as the builder read it at that version
(``store/chain_quick_save.py``: a save of the chain's own fields is then one UPDATE): a
chain a colleague saved since is refused (``row_versions.ChangedByColleagueError``),
nothing written, nothing stacked.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.evaluation import ChainEvaluation
from beroepsplanner.domain.measurement import ChainMeasurement
from beroepsplanner.domain.pupil_record import ChainPupilEntry
from beroepsplanner.store.chain_editing import (
    ChainForm,
    delete_chain,
    replace_chain,
    restore_chain,
    save_chain_form,
    save_edited_chain,
)
from beroepsplanner.store.chain_evaluations import chain_evaluation, put_back_evaluation
from beroepsplanner.store.chain_links import followers_of, relink_followers
from beroepsplanner.store.chain_pupils import chain_entries, put_back_entries
from beroepsplanner.store.measurements import chain_measurement, put_back_measurements
from beroepsplanner.ui.commands import StoreCommand

CHAINS = ("chains",)


class SaveChainCommand(StoreCommand):
    """Save the chain builder's form: a new chain, or over chain ``chain_id``."""

    def __init__(
        self,
        form: ChainForm,
        chain_id: int | None = None,
        title: str = "",
        version: int | None = None,
        loaded: ChainForm | None = None,
    ) -> None:
        # Written out in full so that pyside6-lupdate finds the texts.
        if chain_id is not None:
            text = QCoreApplication.translate("ChainCommands", "Save chain %1")
        else:
            text = QCoreApplication.translate("ChainCommands", "New chain %1")
        super().__init__(text.replace("%1", title).strip(), CHAINS)
        self.form = form
        self.chain_id = chain_id
        self.creates = chain_id is None
        self.version = version
        """The chain's version the builder showed (the first save checks it)."""
        self.loaded = loaded
        """The chain as the builder read it at ``version``."""
        self._previous: ChainForm | None = None
        self._saved_once = False

    def apply(self, session: Session) -> None:
        if self.creates:
            if self._saved_once:
                assert self.chain_id is not None
                self.chain_id = restore_chain(session, self.form, self.chain_id)
            else:
                self.chain_id = save_chain_form(session, self.form)
                self._saved_once = True
            return
        assert self.chain_id is not None
        first = self._saved_once is False
        if first and self.version is not None and self.loaded is not None:
            self._previous = save_edited_chain(
                session, self.form, self.chain_id, version=self.version, loaded=self.loaded
            )
        else:
            # A redo is checked against what this window wrote (ui/commands.py).
            self._previous = replace_chain(
                session,
                self.form,
                self.chain_id,
                check_status=first,
                expected_version=self.version if first else None,
            )
        self._saved_once = True

    def revert(self, session: Session) -> None:
        assert self.chain_id is not None
        if self.creates:
            delete_chain(session, self.chain_id)
        else:
            assert self._previous is not None
            save_chain_form(session, self._previous, self.chain_id, check_status=False)


class DeleteChainCommand(StoreCommand):
    """Remove a chain with its lessons (and its pupils' record, before-and-after totals and
    evaluation); undo puts it all back under the same id."""

    def __init__(self, chain_id: int, title: str = "", version: int | None = None) -> None:
        text = QCoreApplication.translate("ChainCommands", "Delete chain %1")
        super().__init__(text.replace("%1", title).strip(), CHAINS)
        self.chain_id = chain_id
        self.version = version
        self._removed: ChainForm | None = None
        self._record: tuple[ChainPupilEntry, ...] = ()
        self._measurement: ChainMeasurement | None = None
        self._followers: list[int] = []
        self._evaluation: ChainEvaluation | None = None

    def apply(self, session: Session) -> None:
        self._record = chain_entries(session, self.chain_id)
        self._measurement = chain_measurement(session, self.chain_id)
        # Its follow-ups stand alone after the delete; undo links them again.
        self._followers = followers_of(session, self.chain_id)
        self._evaluation = chain_evaluation(session, self.chain_id)
        expected, self.version = self.version, None  # only the first time
        self._removed = delete_chain(session, self.chain_id, expected_version=expected)

    def revert(self, session: Session) -> None:
        assert self._removed is not None
        old = self.chain_id
        self.chain_id = restore_chain(session, self._removed, self.chain_id)
        put_back_entries(session, self._record, chain_ids={old: self.chain_id})
        if self._measurement is not None:
            put_back_measurements(
                session, [dataclasses.replace(self._measurement, chain_id=self.chain_id)]
            )
        relink_followers(session, self.chain_id, self._followers)
        put_back_evaluation(session, self.chain_id, self._evaluation)
