"""The item roles the table models share, and the index type of their methods.

Each role has its own number: a model may offer a row's id and its record at once, and a
view or a test that asks for one never gets the other.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
"""The index a view passes to a model's methods."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role with a value that sorts right where the displayed text would not (numbers, dates)."""

ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that returns the database id of the row's record."""

RECORD_ROLE = Qt.ItemDataRole.UserRole + 3
"""Role that returns the row's record itself (an ``ActivitySummary``, a ``Finding``, ...)."""
