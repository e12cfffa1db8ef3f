"""The English of the errors that store, importers and file handling raise with a ``key``.

``ui/domain_text.error`` looks a key up in :mod:`.errors_files` (database, back-ups, output
files), :mod:`.errors_io` (reading and writing files: tables, XLSX, plan files, calendars,
company and pupil files), :mod:`.errors_store` (the store's and the domain's refusals, a
company file's rows against the database) and :mod:`.errors_forms` (the checks of the
activity dialog and the company form), then in its own table; ``domain_text.row_problem``
and ``keyed_line`` do the same for a problem (``RowProblem``, ``domain.problems.Problem``).
:mod:`.characters` is the one English of a refused or unprintable character.

Each module has ``templates()``: key → English text with ``{name}`` places filled from the
error's ``values`` (dates are written ``dd-mm-jjjj``), and may have ``values(key, values)``
that turns a value into its English (a lesson kind, a reason). The texts are ``DomainText.tr()`` sources like the rest of the domain's English, so
a ``%n`` text gets its plural forms from ``beroepsplanner_en.ts``; the Dutch translation file
leaves this package out (Makefile ``NL_SOURCES``): its Dutch is the error's own message.
"""
