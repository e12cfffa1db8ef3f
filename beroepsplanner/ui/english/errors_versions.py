"""The English of the refusals when a colleague saved the same rows meanwhile.

``store/row_versions.py``: a save from a form that started from an older version of a
chain, class, pupil, company or the school's details (``changed-by-colleague``), an undo
or redo that would write over a colleague's later save, and the ORM's own check during a
save (``changed-while-saving``). ``{kind}`` is the kind of row (``chain``), ``{name}`` its
name as stored; an undo's ``changed`` lists (kind, how many, the first names).
"""

from __future__ import annotations

from collections.abc import Callable

from beroepsplanner.ui.domain_text import DomainText

_SHOWN = 3


def templates() -> dict[str, str]:
    """Key → English text with ``{name}`` places for the error's values."""
    tr = DomainText.tr
    return {
        "changed-by-colleague": tr(
            "A colleague has changed {this} meanwhile{shown}. Nothing has been saved; what you "
            "filled in is still there. Look at what your colleague saved, then save your "
            "version or adjust it."
        ),
        "changed-while-saving": tr(
            "A colleague changed {this} while this change was being saved. Nothing has been "
            "saved; please try again."
        ),
        "undo-changed-by-colleague": tr(
            "This cannot be undone (‘{what}’): a colleague has changed {things} meanwhile. "
            "Nothing has been changed."
        ),
        "redo-changed-by-colleague": tr(
            "This cannot be redone (‘{what}’): a colleague has changed {things} meanwhile. "
            "Nothing has been changed."
        ),
    }


def _this(kind: object) -> str:
    tr = DomainText.tr
    return {
        "chain": tr("this chain"),
        "class": tr("this class"),
        "pupil": tr("this pupil"),
        "company": tr("this company"),
        "school": tr("the school's details"),
        "parent": tr("this parent"),
        "evaluation": tr("this evaluation"),
    }.get(str(kind), tr("this data"))


def _nouns(kind: str) -> tuple[str, str]:
    tr = DomainText.tr
    return {
        "chain": (tr("the chain"), tr("the chains")),
        "class": (tr("the class"), tr("the classes")),
        "pupil": (tr("the pupil"), tr("the pupils")),
        "company": (tr("the company"), tr("the companies")),
        "school": (tr("the school"), tr("the schools")),
        "parent": (tr("the parent"), tr("the parents")),
        "evaluation": (tr("the evaluation"), tr("the evaluations")),
    }.get(kind, (kind, kind))


def _things(parts: object) -> str:
    """``the chain ‘Groep 5a: Bakery’``, ``the classes ‘5a’, ‘5b’ and 2 others``."""
    texts: list[str] = []
    for part in parts if isinstance(parts, tuple) else ():
        kind, count, names = part
        one, many = _nouns(str(kind))
        if count == 1:
            texts.append(f"{one} ‘{names[0]}’" if names else one)
            continue
        shown = ", ".join(f"‘{n}’" for n in names[:_SHOWN])
        rest = count - min(len(names), _SHOWN)
        more = DomainText.tr(" and %1 others").replace("%1", str(rest)) if rest else ""
        texts.append(f"{many} {shown}{more}" if shown else f"{count} {many}")
    if len(texts) <= 1:
        return texts[0] if texts else DomainText.tr("these data")
    return ", ".join(texts[:-1]) + DomainText.tr(" and ") + texts[-1]


def values(
    key: str,
    found: dict[str, object],
    *,
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> dict[str, object]:
    """The kind of row and what an undo met in English (no value lists problems:
    ``row_problem`` and ``keyed_line`` go unused)."""
    del key, row_problem, keyed_line
    english = dict(found)
    if "kind" in found:
        english["this"] = _this(found["kind"])
    name = found.get("name")
    english["shown"] = f" (‘{name}’)" if name else ""
    if "changed" in found:
        english["things"] = _things(found["changed"])
    return english
