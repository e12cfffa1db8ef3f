"""The links inside a plan file of version 2, checked before any database is opened.

Pupils are linked to the same child in an earlier year by key (``previous``), chains to
the chain they follow up (``follows``) and to last year's chain they were copied from
(``origin``) by uid, a chain's record to the pupils by key, and a class to the classes of
the year before by name. ``check_links`` notes every link that points nowhere, twice, in
a circle or the wrong way in time, with its place (``school_years[1].chains[4].follows``).
It runs only on a file whose fields are all well-formed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from beroepsplanner.io.plan_document import PlanChain, PlanYear
from beroepsplanner.io.plan_fields import Problems


@dataclass(frozen=True)
class _Pupil:
    year: int  # index of the year in the file
    where: str
    previous: str | None


@dataclass(frozen=True)
class _Chain:
    year: int
    where: str
    chain: PlanChain


def check_links(problems: Problems, years: Sequence[PlanYear]) -> None:
    """Note every faulty link between the years, pupils and chains of ``years``."""
    pupils = _pupils(problems, years)
    _check_previous(problems, years, pupils)
    chains = _chains(problems, years)
    _check_chains(problems, years, pupils, chains)
    _check_previous_classes(problems, years)


def check_years(problems: Problems, years: Sequence[PlanYear]) -> None:
    """Note a school year that is in the file twice (the years would overlap)."""
    labels: dict[str, str] = {}
    for year in years:
        label = year.school_year.label
        where = f"{year.where}school_year"
        if label in labels:
            problems.add(
                where, f"schooljaar {label} staat er al eerder in ({labels[label]}); elk "
                "schooljaar staat één keer in het bestand",
                "plan-year-twice", year=label, first=labels[label],
            )
        else:
            labels[label] = where


def _pupils(problems: Problems, years: Sequence[PlanYear]) -> dict[str, _Pupil]:
    found: dict[str, _Pupil] = {}
    for index, year in enumerate(years):
        for c, school_class in enumerate(year.classes):
            for p, pupil in enumerate(school_class.members):
                where = f"{year.where}classes[{c}].pupils[{p}]"
                if pupil.key in found:
                    problems.add(
                        f"{where}.key",
                        f"de sleutel '{pupil.key}' hoort al bij een andere leerling "
                        f"({found[pupil.key].where}); elke leerling heeft een eigen sleutel",
                        "plan-key-twice", pupil_key=pupil.key, first=found[pupil.key].where,
                    )
                    continue
                found[pupil.key] = _Pupil(index, where, pupil.previous)
    return found


def _check_previous(problems: Problems, years: Sequence[PlanYear], pupils: dict[str, _Pupil]) -> None:
    taken: dict[str, str] = {}
    in_circle: set[str] = set()
    for key, pupil in pupils.items():
        if pupil.previous is None:
            continue
        where = f"{pupil.where}.previous"
        earlier = pupils.get(pupil.previous)
        if earlier is None:
            problems.add(
                where, f"er is geen leerling met de sleutel '{pupil.previous}' in het bestand",
                "plan-pupil-unknown", pupil_key=pupil.previous,
            )
            continue
        if key in in_circle or _circles(pupils, key):
            in_circle.add(key)
            problems.add(
                where,
                f"'{pupil.previous}' leidt via 'previous' terug naar deze leerling; de "
                "schooljaren van een leerling kunnen niet rondlopen",
                "plan-previous-circle", pupil_key=pupil.previous,
            )
            continue
        if earlier.year == pupil.year or years[earlier.year].school_year >= years[pupil.year].school_year:
            problems.add(
                where,
                f"'{pupil.previous}' is een leerling van schooljaar "
                f"{years[earlier.year].school_year.label}, niet van een eerder schooljaar",
                "plan-previous-not-earlier", pupil_key=pupil.previous,
                year=years[earlier.year].school_year.label,
            )
            continue
        if pupil.previous in taken:
            problems.add(
                where,
                f"'{pupil.previous}' is al de vorige van een andere leerling ({taken[pupil.previous]})",
                "plan-previous-twice", pupil_key=pupil.previous, first=taken[pupil.previous],
            )
            continue
        taken[pupil.previous] = pupil.where


def _circles(pupils: dict[str, _Pupil], start: str) -> bool:
    seen = {start}
    current = pupils[start].previous
    while current is not None and current in pupils:
        if current in seen:
            return current == start
        seen.add(current)
        current = pupils[current].previous
    return False


def _chains(problems: Problems, years: Sequence[PlanYear]) -> dict[str, _Chain]:
    found: dict[str, _Chain] = {}
    for index, year in enumerate(years):
        for c, chain in enumerate(year.chains):
            where = f"{year.where}chains[{c}]"
            if chain.uid is None:
                continue
            if chain.uid in found:
                problems.add(
                    f"{where}.uid",
                    f"deze uid hoort al bij een andere keten ({found[chain.uid].where}); elke "
                    "keten heeft een eigen uid",
                    "plan-uid-twice", first=found[chain.uid].where,
                )
                continue
            found[chain.uid] = _Chain(index, where, chain)
    return found


def _check_chains(
    problems: Problems,
    years: Sequence[PlanYear],
    pupils: dict[str, _Pupil],
    chains: dict[str, _Chain],
) -> None:
    followed: dict[str, str] = {}
    for index, year in enumerate(years):
        for c, chain in enumerate(year.chains):
            where = f"{year.where}chains[{c}]"
            if chain.follows is not None:
                _check_follows(problems, f"{where}.follows", index, chain, chains, followed)
            if chain.origin is not None:
                origin = chains.get(chain.origin)
                if origin is None:
                    problems.add(
                        f"{where}.origin", f"er is geen keten met de uid '{chain.origin}' in het bestand",
                        "plan-chain-unknown", uid=chain.origin,
                    )
                elif years[origin.year].school_year >= year.school_year:
                    problems.add(
                        f"{where}.origin",
                        f"de keten {origin.where} is niet van een eerder schooljaar; 'origin' is de "
                        "keten van vorig jaar waar deze keten een kopie van is",
                        "plan-origin-not-earlier", chain=origin.where,
                    )
            seen: dict[str, str] = {}
            for r, entry in enumerate(chain.record):
                spot = f"{where}.record[{r}].pupil"
                pupil = pupils.get(entry.pupil)
                if pupil is None:
                    problems.add(
                        spot, f"er is geen leerling met de sleutel '{entry.pupil}' in het bestand",
                        "plan-pupil-unknown", pupil_key=entry.pupil,
                    )
                elif pupil.year != index:
                    problems.add(
                        spot,
                        f"'{entry.pupil}' is een leerling van schooljaar "
                        f"{years[pupil.year].school_year.label}, de keten van {year.school_year.label}",
                        "plan-record-other-year", pupil_key=entry.pupil,
                        year=years[pupil.year].school_year.label, chain_year=year.school_year.label,
                    )
                elif entry.pupil in seen:
                    problems.add(
                        spot, f"'{entry.pupil}' staat al eerder bij deze keten ({seen[entry.pupil]})",
                        "plan-record-twice", pupil_key=entry.pupil, first=seen[entry.pupil],
                    )
                else:
                    seen[entry.pupil] = spot


def _check_follows(
    problems: Problems,
    where: str,
    year: int,
    chain: PlanChain,
    chains: dict[str, _Chain],
    followed: dict[str, str],
) -> None:
    assert chain.follows is not None
    target = chains.get(chain.follows)
    if target is None:
        problems.add(
            where, f"er is geen keten met de uid '{chain.follows}' in het bestand",
            "plan-chain-unknown", uid=chain.follows,
        )
    elif target.year != year or target.chain.class_name != chain.class_name:
        problems.add(
            where,
            f"de keten {target.where} is van klas '{target.chain.class_name}'; een vervolg hoort "
            f"bij dezelfde klas ('{chain.class_name}') in hetzelfde schooljaar",
            "plan-follows-other-class", chain=target.where, other=target.chain.class_name,
            class_name=chain.class_name,
        )
    elif target.chain.date >= chain.date:
        problems.add(
            where,
            f"de keten {target.where} ({target.chain.date.isoformat()}) ligt niet vóór deze keten "
            f"({chain.date.isoformat()}); een vervolg komt na de keten waarop het volgt",
            "plan-follows-not-earlier", chain=target.where, date=target.chain.date.isoformat(),
            own=chain.date.isoformat(),
        )
    elif chain.follows in followed:
        problems.add(
            where,
            f"op de keten {target.where} volgt al {followed[chain.follows]}; een keten heeft één vervolg",
            "plan-follows-taken", chain=target.where, other=followed[chain.follows],
        )
    else:
        followed[chain.follows] = where.removesuffix(".follows")


def _check_previous_classes(problems: Problems, years: Sequence[PlanYear]) -> None:
    by_label = {year.school_year.label: year for year in years}
    for year in years:
        before = by_label.get(f"{year.school_year.first_year - 1}-{year.school_year.first_year}")
        names = {c.name for c in before.classes} if before is not None else set()
        for c, school_class in enumerate(year.classes):
            for n, name in enumerate(school_class.previous_classes):
                if name not in names:
                    problems.add(
                        f"{year.where}classes[{c}].previous_classes[{n}]",
                        f"de klas '{name}' staat niet in het schooljaar vóór "
                        f"{year.school_year.label} in dit bestand",
                        "plan-previous-class-unknown", class_name=name, year=year.school_year.label,
                    )
