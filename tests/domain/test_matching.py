"""Matching companies to a chain: worlds, groep, capacity, confirmation, role models, repetition."""

from __future__ import annotations

from dataclasses import replace

import pytest

from beroepsplanner.domain.matching import CompanyCandidate, MatchRequest, assess, suggest

PRODUCTION = "Ontwerp, Productie & Wereldhandel"
FOOD = "Voeding & Natuur"
HEALTH = "Mens & Gezondheid"


def request(**kwargs: object) -> MatchRequest:
    values: dict[str, object] = dict(class_name="Groep 6b", grade=6, pupils=24, worlds=(PRODUCTION,))
    values.update(kwargs)
    return MatchRequest(**values)  # type: ignore[arg-type]


def company(id: int, name: str, **kwargs: object) -> CompanyCandidate:
    values: dict[str, object] = dict(
        place="Amersfoort", worlds=(PRODUCTION,), min_grade=1, capacity=30, confirmed=True
    )
    values.update(kwargs)
    return CompanyCandidate(id, name, **values)  # type: ignore[arg-type]


def names(suggestions: list) -> list[str]:
    return [s.company.name for s in suggestions]


def test_a_company_for_an_older_groep_is_never_suggested_and_assess_says_why() -> None:
    older = company(1, "Metaal 7", min_grade=7)
    fits = company(2, "Metaal 5", min_grade=5)
    assert names(suggest(request(grade=5), [older, fits])) == ["Metaal 5"]
    assert names(suggest(request(grade=7), [older, fits])) == ["Metaal 5", "Metaal 7"]

    verdict = assess(request(grade=5), older)
    assert verdict.excluded == "vanaf groep 7: te jong (de klas is groep 5)"
    assert assess(request(grade=7), older).excluded is None


def test_sharing_the_activity_s_world_ranks_first_and_is_named() -> None:
    other = company(1, "Bakkerij", worlds=(FOOD,))
    match = company(2, "Zzz Fabriek", worlds=(FOOD, PRODUCTION))
    both = company(3, "Drukkerij", worlds=(HEALTH, PRODUCTION))
    result = suggest(request(worlds=(PRODUCTION, HEALTH)), [other, match, both])
    assert names(result) == ["Drukkerij", "Zzz Fabriek", "Bakkerij"]
    assert result[0].reasons[0] == f"past bij {HEALTH} en {PRODUCTION}"
    assert result[1].reasons[0] == f"past bij {PRODUCTION}"
    assert "andere wereld dan de activiteit" in result[2].reasons
    assert result[0].score > result[1].score > result[2].score


def test_confirmed_companies_come_first_when_they_fit_equally() -> None:
    open_contact = company(1, "Aaa Werkplaats", confirmed=False)
    confirmed = company(2, "Zzz Werkplaats", confirmed=True)
    result = suggest(request(), [open_contact, confirmed])
    assert names(result) == ["Zzz Werkplaats", "Aaa Werkplaats"]
    assert "contact bevestigd" in result[0].reasons
    assert "contact nog niet bevestigd" in result[1].reasons


def test_more_and_counter_stereotypical_role_models_score_higher() -> None:
    none = company(1, "A", role_models=0)
    one = company(2, "B", role_models=1)
    two = company(3, "C", role_models=2)
    counter = company(4, "D", role_models=2, counter_stereotypical=1)
    result = suggest(request(), [none, one, two, counter])
    assert names(result) == ["D", "C", "B", "A"]
    assert "2 rolmodellen, waarvan 1 tegen het stereotype in" in result[0].reasons
    assert "1 rolmodel" in result[2].reasons
    assert "geen rolmodellen bekend" in result[3].reasons


def test_too_small_a_company_is_kept_but_lower_with_the_number_of_groups() -> None:
    big = company(1, "Groot", capacity=30)
    small = company(2, "Klein", capacity=10)
    unknown = company(3, "Onbekend", capacity=None)
    result = suggest(request(pupils=24), [small, unknown, big])
    assert names(result) == ["Groot", "Onbekend", "Klein"]
    assert "ontvangt 10 leerlingen, de klas heeft er 24: in 3 groepen" in result[2].reasons
    assert "capaciteit onbekend" in result[1].reasons
    assert result[0].score - result[2].score == 20  # two extra groups
    # Without pupils entered, capacity is not judged at all.
    no_pupils = suggest(request(pupils=0), [small, big])
    assert no_pupils[0].score == no_pupils[1].score
    assert not any("leerlingen" in r for s in no_pupils for r in s.reasons)


def test_a_company_the_class_already_visited_this_year_comes_lower() -> None:
    visited = company(1, "Aaa Garage", role_models=2, counter_stereotypical=1)
    fresh = company(2, "Zzz Garage")
    plain = suggest(request(), [visited, fresh])
    assert names(plain) == ["Aaa Garage", "Zzz Garage"]

    again = suggest(request(visited=((1, 1),)), [visited, fresh])
    assert names(again) == ["Zzz Garage", "Aaa Garage"]
    assert "dit schooljaar al bezocht door Groep 6b" in again[1].reasons
    twice = assess(request(visited=((1, 2),)), visited)
    assert "dit schooljaar al 2 keer bezocht door Groep 6b" in twice.reasons
    assert twice.score < again[1].score


def test_the_chain_s_own_company_is_marked() -> None:
    result = suggest(request(current_company_id=2), [company(1, "A"), company(2, "B")])
    assert result[1].reasons[0] == "nu gekozen voor deze keten"
    assert "nu gekozen voor deze keten" not in result[0].reasons


def test_limit_and_a_stable_order_for_equal_scores() -> None:
    companies = [company(i, f"Bedrijf {i:02d}", place=p) for i, p in ((3, "Ede"), (1, "Zeist"), (2, "Baarn"))]
    assert names(suggest(request(), companies, limit=2)) == ["Bedrijf 01", "Bedrijf 02"]
    assert len(suggest(request(), companies, limit=None)) == 3
    assert suggest(request(), companies, limit=0) == []
    same_name = [company(1, "Bouw", place="Zeist"), company(2, "Bouw", place="Ede")]
    assert [s.company.place for s in suggest(request(), same_name)] == ["Ede", "Zeist"]


@pytest.mark.parametrize("grade", range(1, 9))
def test_no_groep_ever_gets_a_company_meant_for_older_pupils(grade: int) -> None:
    companies = [company(i, f"C{i}", min_grade=m) for i, m in enumerate([None, 1, 3, 5, 6, 7, 8])]
    for suggestion in suggest(request(grade=grade), companies, limit=None):
        assert suggestion.company.min_grade is None or suggestion.company.min_grade <= grade


def test_world_names_with_commas_stay_readable() -> None:
    energy = "Energie, Water & Veiligheid"
    verdict = assess(request(worlds=(energy,)), replace(company(1, "Net"), worlds=(energy,)))
    assert verdict.reasons[0] == "past bij Energie, Water & Veiligheid"
