"""Office words: which office a description names, in each language."""

from __future__ import annotations

import pytest

from graph.registry import Registry
from ingest.extract.lexicon import OfficeWord, load_lexicon
from ingest.extract.mentions import find_mentions
from ingest.extract.tokens import tokenize


def _office(text: str, lang: str, registry: Registry) -> OfficeWord | None:
    tokens = tokenize(text, 0, len(text), lang)
    offices = [m.office for m in find_mentions(tokens, registry, load_lexicon()) if m.office]
    assert len(offices) == 1, offices
    return offices[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the Hungarian minister held talks", "en"),
        ("the chief diplomat of Brazil", "en"),
        ("шеф польської дипломатії заявив", "uk"),
        ("глава российской дипломатии заявил", "ru"),
        ("очільник зовнішньополітичного відомства Польщі", "uk"),
        ("глава внешнеполитического ведомства Польши", "ru"),
    ],
)
def test_foreign_minister_descriptions(text: str, lang: str, registry: Registry) -> None:
    office = _office(text, lang, registry)
    assert office is not None and office.role == "foreign_minister"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the Polish defence minister said", "en"),
        ("US Defense Secretary said", "en"),
        ("міністр оборони Польщі заявив", "uk"),
        ("министр обороны Польши заявил", "ru"),
        ("заступник міністра закордонних справ Польщі", "uk"),
        ("заместитель министра иностранных дел Польши", "ru"),
        ("the deputy foreign minister of Poland", "en"),
        ("міністр економіки Польщі", "uk"),
        ("министр финансов Польши", "ru"),
    ],
)
def test_other_ministers_are_not_the_foreign_minister(text: str, lang: str, registry: Registry) -> None:
    office = _office(text, lang, registry)
    assert office is not None and office.role != "foreign_minister"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Председатель Правительства Словакии прибыл", "ru"),
        ("очільник уряду Словаччини прибув", "uk"),
        ("керівник уряду Словаччини прибув", "uk"),
    ],
)
def test_heads_of_government(text: str, lang: str, registry: Registry) -> None:
    office = _office(text, lang, registry)
    assert office is not None and office.role == "head_of_government"


def test_the_secretary_of_a_state_department_readout(registry: Registry) -> None:
    office = _office("The Secretary spoke", "en", registry)
    assert office is not None and (office.title, office.country) == ("secretary_of_state", "US")


@pytest.mark.parametrize(
    ("text", "country"),
    [("the Defence Secretary visited Kyiv", "GB"), ("the Foreign Secretary visited Kyiv", "GB")],
)
def test_a_british_office_without_a_country_is_british(text: str, country: str, registry: Registry) -> None:
    office = _office(text, "en", registry)
    assert office is not None and office.country == country


def test_an_american_defense_secretary_is_not_british(registry: Registry) -> None:
    office = _office("the Defense Secretary visited Kyiv", "en", registry)
    assert office is not None and office.country is None
