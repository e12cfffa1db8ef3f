"""A problem a check found, as a Dutch sentence that the window can say in another language."""

from __future__ import annotations


class Problem(str):
    """One problem as its Dutch line, a ``str`` (the command line prints it as it is), with
    its place (``where``: ``chains[3].date``, empty when the line names its place itself)
    and a ``key`` and ``values`` for the text after the place, so the window can say it in
    English (``ui/error_text.keyed_line``, ``ui/english/``).

    Made by the domain's own checks (``catalog.activity_problems``,
    ``company_details.field_problems``) and by the readers of files (a fault of a plan file,
    a row of a class list).
    """

    where: str
    key: str | None
    values: tuple[tuple[str, object], ...]

    def __new__(
        cls, line: str, where: str = "", key: str | None = None, **values: object
    ) -> Problem:
        made = super().__new__(cls, line)
        made.where = where
        made.key = key
        made.values = tuple(values.items())
        return made
