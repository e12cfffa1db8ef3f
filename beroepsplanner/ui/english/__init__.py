"""The English of the errors that store, importers and file handling raise with a ``key``.

``ui/error_text.error`` looks a key up in :mod:`.errors_files` (database, back-ups, output
files), :mod:`.errors_io` (reading and writing files: tables, XLSX, plan files, calendars,
company and pupil files), :mod:`.errors_plan_years` (the links of a plan file of version 2), :mod:`.errors_store` (the store's and the domain's refusals, a
company file's rows against the database), :mod:`.errors_forms` (the checks of the
activity dialog and the company form), :mod:`.errors_server` (a database on a
PostgreSQL server), :mod:`.errors_versions` (a colleague saved the same rows
meanwhile) and :mod:`.errors_series` (chains that belong together: a follow-up, several
days, tasks during a visit), then in its own table; ``error_text.row_problem``
and ``keyed_line`` do the same for a problem (``RowProblem``, ``domain.problems.Problem``).
:mod:`.characters` is the one English of a refused or unprintable character.

Each module has ``templates()``: key → English text with ``{name}`` places filled from the
error's ``values`` (dates are written ``dd-mm-jjjj``), and ``values(key, values, *,
row_problem, keyed_line)`` that turns a value into its English (a lesson kind, a reason); a
value that lists problems of their own is put in English with the two functions
``error_text`` hands over, so these tables import only ``ui/domain_text.py`` (the words),
never ``error_text`` (no import circle). The texts are ``DomainText.tr()`` sources like the
rest of the domain's English, so a ``%n`` text gets its plural forms from
``beroepsplanner_en.ts``; the Dutch translation file leaves this package out (Makefile
``NL_SOURCES``): its Dutch is the error's own message.
"""
