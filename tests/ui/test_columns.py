"""Columns declared once (``ui/models/columns.py``) and the roles every table shares
(issue 14, item 5)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import IntEnum

import pytest
from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from beroepsplanner.ui.models import (
    activity_table,
    chain_pupil_table,
    class_coverage_table,
    class_table,
    cohort_table,
    company_table,
    finding_table,
    lesson_table,
    next_year_table,
)
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn, collation_key
from beroepsplanner.ui.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE

RED = QColor("#b3261e")


@dataclass(frozen=True)
class Place:
    id: int
    name: str
    pupils: int


class PlaceModel(ColumnTableModel[Place]):
    """A table as a model of the program declares one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls: Counter[str] = Counter()

    def columns(self) -> tuple[TableColumn[Place], ...]:
        def name(place: Place) -> str:
            self.calls["name"] += 1
            return place.name

        def pupils(place: Place) -> int:
            self.calls["pupils"] += 1
            return place.pupils

        return (
            TableColumn(lambda: self.tr("Name"), name, sort=lambda p: p.name.casefold(), full_text_tip=True),
            TableColumn(
                lambda: self.tr("Pupils"),
                pupils,
                align=CENTER,
                align_header=True,
                tooltip=lambda p: f"{p.pupils} pupils",
                header_tip=lambda: self.tr("Pupils of the class"),
                roles={int(Qt.ItemDataRole.ForegroundRole): lambda p: RED if p.pupils == 0 else None},
            ),
            TableColumn(lambda: self.tr("Note"), lambda p: "", align=CENTER, full_text_tip=True),
        )


PLACES = [Place(7, "Zwolle", 12), Place(3, "Ede", 0), Place(9, "Éénhoorn", 30), Place(4, "ede", 5)]


@pytest.fixture
def places(qapp: QApplication) -> PlaceModel:
    model = PlaceModel()
    model.set_records(PLACES)
    return model


def test_the_header_comes_from_the_declaration(places: PlaceModel) -> None:
    horizontal = Qt.Orientation.Horizontal
    assert [places.headerData(s, horizontal) for s in range(places.columnCount())] == ["Name", "Pupils", "Note"]
    assert places.headerData(1, horizontal, Qt.ItemDataRole.ToolTipRole) == "Pupils of the class"
    assert places.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    center = int(Qt.AlignmentFlag.AlignCenter)
    assert places.headerData(1, horizontal, Qt.ItemDataRole.TextAlignmentRole) == center
    # Only a column that says so aligns its title like its cells.
    assert places.headerData(2, horizontal, Qt.ItemDataRole.TextAlignmentRole) is None
    assert places.headerData(3, horizontal) is None
    assert places.headerData(0, Qt.Orientation.Vertical) is None


def test_a_cell_answers_every_role_from_its_column(places: PlaceModel) -> None:
    first, empty = places.index(0, 0), places.index(1, 1)
    assert first.data() == "Zwolle" and empty.data() == 0
    assert first.data(SORT_ROLE) == "zwolle" and empty.data(SORT_ROLE) == 0  # sort: the shown value
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Zwolle"
    assert places.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) is None  # an empty text has none
    assert empty.data(Qt.ItemDataRole.ToolTipRole) == "0 pupils"
    assert empty.data(Qt.ItemDataRole.ForegroundRole) == RED
    assert places.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert empty.data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert first.data(Qt.ItemDataRole.DecorationRole) is None
    assert places.data(places.index(9, 0)) is None


def test_the_id_and_the_record_are_two_roles(places: PlaceModel) -> None:
    assert ID_ROLE != RECORD_ROLE
    assert places.index(1, 0).data(ID_ROLE) == 3
    assert places.index(1, 2).data(RECORD_ROLE) == PLACES[1]


def test_every_role_of_the_tables_has_its_own_number() -> None:
    roles = [SORT_ROLE, ID_ROLE, RECORD_ROLE, lesson_table.LESSON_ROLE]
    assert len({int(role) for role in roles}) == len(roles)


def test_texts_and_sort_keys_are_worked_out_once_per_row(places: PlaceModel, qtbot: QtBot) -> None:
    assert places.calls == Counter({"name": 4, "pupils": 4})
    proxy = QSortFilterProxyModel()
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(places)
    for column in (0, 1):
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
        for row in range(proxy.rowCount()):
            proxy.index(row, column).data()
    assert places.calls == Counter({"name": 4, "pupils": 4})  # sorting and painting read lists
    proxy.sort(1)
    assert [proxy.index(r, 0).data() for r in range(4)] == ["Ede", "ede", "Zwolle", "Éénhoorn"]


def test_changed_rows_are_worked_out_again_and_told(places: PlaceModel, qtbot: QtBot) -> None:
    places._records[2] = Place(9, "Eenhoorn", 31)
    with qtbot.waitSignal(places.dataChanged) as changed:
        places.refresh_rows(2, 2)
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), first.column(), last.row(), last.column()) == (2, 0, 2, 2)
    assert places.index(2, 0).data() == "Eenhoorn" and places.index(2, 1).data(SORT_ROLE) == 31


def test_sorted_rows_ignore_case_and_accents_and_keep_equal_rows_in_order(places: PlaceModel) -> None:
    # "Ede" and "ede" sort alike (row order between them); "Éénhoorn" after them as "eenhoorn".
    assert places.sorted_rows(0) == [1, 3, 2, 0]
    assert places.sorted_rows(1) == [1, 3, 0, 2]  # numbers as numbers
    assert places.sorted_rows(0) is places.sorted_rows(0)  # once per set of rows
    places.set_records(PLACES[:2])
    assert places.sorted_rows(0) == [1, 0]
    assert collation_key(3) < collation_key("a")


MODELS: list[tuple[type[ColumnTableModel], type[IntEnum]]] = [
    (activity_table.ActivityTableModel, activity_table.Column),
    (company_table.CompanyTableModel, company_table.Column),
    (class_table.ClassTableModel, class_table.ClassColumn),
    (class_table.ClassChainTableModel, class_table.ChainColumn),
    (class_coverage_table.ClassCoverageModel, class_coverage_table.Column),
    (cohort_table.CohortTableModel, cohort_table.Column),
    (finding_table.FindingTableModel, finding_table.Column),
    (next_year_table.NextYearClassModel, next_year_table.MoveColumn),
    (next_year_table.ChainsBackModel, next_year_table.ChainColumn),
    (lesson_table.LessonTableModel, lesson_table.Column),
    (chain_pupil_table.ChainPupilTableModel, chain_pupil_table.Column),
]


@pytest.mark.parametrize(("model_class", "enum"), MODELS, ids=[m.__name__ for m, _ in MODELS])
def test_every_table_declares_one_column_per_name(
    qapp: QApplication, dutch: list, model_class: type[ColumnTableModel], enum: type[IntEnum]
) -> None:
    """The names the pages use (``Column.TITLE``) and the declared columns agree; every
    title is in Dutch (its ``tr()`` call found by lupdate in the model's context)."""
    model = model_class()
    assert model.columnCount() == len(enum)
    english = {"Name", "Date", "Class", "Grade", "Chains", "Title", "Kind", "Activity", "Teacher"}
    titles = [model.headerData(column, Qt.Orientation.Horizontal) for column in enum]
    assert all(titles) and not english & set(titles), titles


def test_the_collation_key_of_plain_ascii_is_the_full_ones() -> None:
    """ASCII text takes a short way (no accents to take off): the same key."""
    import random
    import string
    import unicodedata

    from beroepsplanner.ui.models.columns import collation_key

    def full(value: str) -> tuple[str, str]:
        plain = unicodedata.normalize("NFKD", value.casefold())
        return ("".join(c for c in plain if not unicodedata.combining(c)), value)

    rng = random.Random(14)
    for _ in range(20_000):
        value = "".join(rng.choice(string.printable) for _ in range(rng.randint(0, 12)))
        assert collation_key(value) == full(value)
    assert collation_key("Éénhoorn") == full("Éénhoorn") and collation_key(3) == ("", 3)
