"""The actor registry: every seed file valid, search by any name form, offices by date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from graph.errors import InvalidData, UnknownActor
from graph.model import Actor
from graph.registry import Registry

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.mark.parametrize(
    ("query", "actor"),
    [
        ("Токаєвим", "kassym-jomart-tokayev"),
        ("Касимом-Жомартом Токаєвим", "kassym-jomart-tokayev"),
        ("Токаевым", "kassym-jomart-tokayev"),
        ("Tokaev", "kassym-jomart-tokayev"),
        ("Путина", "vladimir-putin"),
        ("Путіним", "vladimir-putin"),
        ("Віткоффом", "steve-witkoff"),
        ("Уиткоффом", "steve-witkoff"),
        ("Зеленського", "volodymyr-zelensky"),
        ("Zelenskyy", "volodymyr-zelensky"),
        ("Дональдом Трампом", "donald-trump"),
        ("Erdoğan", "recep-tayyip-erdogan"),
    ],
)
def test_search_finds_every_name_form(registry: Registry, query: str, actor: str) -> None:
    assert registry.search(query)[0].id == actor


def test_search_suggests_while_typing(registry: Registry) -> None:
    assert "kassym-jomart-tokayev" in [a.id for a in registry.search("Токаєв")]
    assert "kassym-jomart-tokayev" in [a.id for a in registry.search("Тока")]


def test_offices_resolve_by_date(registry: Registry) -> None:
    assert [a.id for a in registry.holders(dt.date(2025, 8, 10), title="president", country="KZ")] == [
        "kassym-jomart-tokayev"
    ]
    assert [a.id for a in registry.holders(dt.date(2024, 6, 1), title="president", country="US")] == [
        "joe-biden"
    ]
    assert [a.id for a in registry.holders(dt.date(2025, 6, 1), title="president", country="US")] == [
        "donald-trump"
    ]


def test_every_actor_has_three_languages(registry: Registry) -> None:
    incomplete = [a.id for a in registry if {str(k) for k in a.names} != {"en", "uk", "ru"}]
    assert incomplete == []


def test_every_gold_participant_is_known(registry: Registry) -> None:
    unknown = {
        p
        for gold in ARTICLES.glob("*/*.gold.yaml")
        for event in yaml.safe_load(gold.read_text(encoding="utf-8"))["events"]
        for p in event["participants"]
        if p not in registry
    }
    assert unknown == set()


def test_unknown_actor_raises(registry: Registry) -> None:
    with pytest.raises(UnknownActor):
        registry.get("nobody-at-all")


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(InvalidData, match="twice"):
        Registry([Actor(id="a-b", name="A B"), Actor(id="a-b", name="A B")])


def test_bad_entry_names_file_and_position(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("- {id: Bad Id, name: X}\n", encoding="utf-8")
    with pytest.raises(InvalidData, match=r"x\.yaml: actor #0"):
        Registry.load(tmp_path)


@pytest.mark.parametrize(
    ("words", "actor"),
    [
        (["діком", "схоофом"], "dick-schoof"),
        (["мухаммедом", "бен", "сальманом"], "mohammed-bin-salman"),
        (["witkof"], "steve-witkoff"),
        (["zelenskiy"], "volodymyr-zelensky"),
    ],
)
def test_transliteration_variants_match_by_skeleton(registry: Registry, words: list[str], actor: str) -> None:
    assert registry.match_name(words, 0) == (len(words), frozenset({actor}))


def test_a_skeleton_does_not_join_different_names(registry: Registry) -> None:
    assert registry.match_name(["путиным"], 0)[1] == frozenset({"vladimir-putin"})


def test_the_saudi_crown_prince_holds_that_office(registry: Registry) -> None:
    holders = registry.holders(dt.date(2025, 6, 1), country="SA", title="prince")
    assert [a.id for a in holders] == ["mohammed-bin-salman"]


def test_a_common_word_is_not_a_name_by_skeleton(registry: Registry) -> None:
    assert registry.match_name(["тоді"], 0) == (0, frozenset())
