"""Qt item models (``QAbstractTableModel`` subclasses) over plain domain objects."""
