"""The shared proxy of the record tables (``ui/models/record_filter.py``): sorts on the keys
the model worked out once, filters in one pass, keeps the selection when rows move."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from beroepsplanner.ui.models.columns import ColumnTableModel, TableColumn, collation_key
from beroepsplanner.ui.models.record_filter import RecordFilterModel


@dataclass(frozen=True)
class Town:
    id: int
    name: str
    people: int


class TownModel(ColumnTableModel[Town]):
    def columns(self) -> tuple[TableColumn[Town], ...]:
        return (
            TableColumn(lambda: "Name", lambda t: t.name),
            TableColumn(lambda: "People", lambda t: str(t.people), sort=lambda t: t.people),
        )


class BigTowns(RecordFilterModel):
    def __init__(self) -> None:
        super().__init__()
        self.least = 0

    def accepted(self, model: ColumnTableModel[Any], rows: list[int]) -> list[int]:
        return [row for row in rows if model.record(row).people >= self.least]


TOWNS = [Town(1, "Zeist", 60), Town(2, "ede", 115), Town(3, "Émmen", 107), Town(4, "Baarn", 24), Town(5, "Ede", 9)]


def shown(proxy: RecordFilterModel, column: int = 0) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_sorts_on_the_models_keys_case_and_accents_ignored(qapp: QApplication) -> None:
    model, proxy = TownModel(), BigTowns()
    model.set_records(TOWNS)
    proxy.setSourceModel(model)
    assert shown(proxy) == ["Zeist", "ede", "Émmen", "Baarn", "Ede"]  # unsorted: row order
    proxy.sort(0)
    assert shown(proxy) == sorted((t.name for t in TOWNS), key=collation_key)
    assert shown(proxy) == ["Baarn", "Ede", "ede", "Émmen", "Zeist"]
    proxy.sort(1)  # numbers as numbers, not as text
    assert shown(proxy, 1) == ["9", "24", "60", "107", "115"]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert shown(proxy, 1) == ["115", "107", "60", "24", "9"]
    assert proxy.headerData(1, Qt.Orientation.Horizontal) == "People"


def test_filters_and_the_selection_follows_its_row(qapp: QApplication) -> None:
    model, proxy = TownModel(), BigTowns()
    model.set_records(TOWNS)
    proxy.setSourceModel(model)
    proxy.sort(0)
    selection = QItemSelectionModel(proxy)
    emmen = proxy.index(shown(proxy).index("Émmen"), 0)
    selection.setCurrentIndex(emmen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    kept = QPersistentModelIndex(emmen)
    proxy.least = 50
    proxy.filter_changed()
    assert shown(proxy) == ["ede", "Émmen", "Zeist"]
    assert kept.row() == 1 and selection.currentIndex().data() == "Émmen"
    assert proxy.accepts(0) and not proxy.accepts(3)
    assert proxy.mapToSource(proxy.index(1, 0)).row() == 2
    assert not proxy.mapFromSource(model.index(3, 0)).isValid()  # Baarn: filtered out


def test_a_changed_row_sorts_again_and_is_repainted(qapp: QApplication) -> None:
    model, proxy = TownModel(), BigTowns()
    model.set_records(TOWNS)
    proxy.setSourceModel(model)
    proxy.sort(1)
    changed: list[tuple[int, int]] = []
    proxy.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    model._records[4] = Town(5, "Ede", 500)  # as a model does before refresh_rows
    model.refresh_rows(4, 4)
    assert shown(proxy)[-1] == "Ede" and shown(proxy, 1)[-1] == "500"
    assert changed == [(0, 4)]
    model.set_records(TOWNS[:2])
    assert proxy.rowCount() == 2 and shown(proxy) == ["Zeist", "ede"]
