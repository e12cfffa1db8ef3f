"""The database half of every import and export.

``io/`` reads and writes the files (plan file, CSV/XLSX, iCalendar) as plain data and
never touches a database; the modules here take that plain data into the database in
one transaction (``plan_import``, ``company_import``, ``pupil_import``), or gather from
the database the plain data ``io`` writes (``plan_export``, ``company_export``,
``ical_export``). ``window_import`` adds what the window's import dialogs need: a dry
run that is the real importer rolled back, and undo.
"""
