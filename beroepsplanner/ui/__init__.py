"""The desktop window (PySide6): main window, screens, Qt item models and the workspace.

Only this package imports Qt. Screens never query the database themselves; they ask
the ``Workspace`` controller, which calls ``beroepsplanner.store`` and emits signals.
"""
