"""An office description and a name set off by commas are one mention of one actor."""

from __future__ import annotations

import pytest

from graph.registry import Registry
from ingest.extract.lexicon import load_lexicon
from ingest.extract.mentions import find_mentions
from ingest.extract.tokens import tokenize


def _people(text: str, lang: str, registry: Registry) -> list[tuple[str, frozenset[str]]]:
    tokens = tokenize(text, 0, len(text), lang)
    return [
        (m.kind.value, m.actors) for m in find_mentions(tokens, registry, load_lexicon()) if m.kind != "place"
    ]


LAVROV = frozenset({"sergey-lavrov"})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rubio called the Russian Foreign Minister, Sergey Lavrov, on Monday.", "en"),
        ("Rubio called Sergey Lavrov, the Russian Foreign Minister, on Monday.", "en"),
        ("Рубіо зателефонував Сергію Лаврову, міністру закордонних справ Росії.", "uk"),
        ("Рубио позвонил Сергею Лаврову, министру иностранных дел России, в понедельник.", "ru"),
    ],
)
def test_a_name_and_its_office_between_commas_are_one_mention(
    text: str, lang: str, registry: Registry
) -> None:
    assert _people(text, lang, registry) == [("name", frozenset({"marco-rubio"})), ("name", LAVROV)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lavrov, the US Secretary of State and Putin met.", "en"),
        ("Лавров, президент США и Путин встретились.", "ru"),
    ],
)
def test_a_description_the_named_actor_does_not_fit_stays_apart(
    text: str, lang: str, registry: Registry
) -> None:
    assert [kind for kind, _ in _people(text, lang, registry)] == ["name", "description", "name"]
