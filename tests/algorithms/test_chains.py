"""Shortest chains: the seed story by hand, and the fast search against a brute-force oracle."""

from __future__ import annotations

import datetime as dt
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from random_events import ACTORS, events_strategy

from graph.algorithms import chains
from graph.algorithms.chains import events_between, shortest_chains
from graph.model import ContactType, Event

D = dt.date


def seed_story() -> list[Event]:
    return [
        Event(type=ContactType.MEETING, participants=["witkoff", "putin"], not_after=D(2025, 8, 8)),
        Event(type=ContactType.CALL, participants=["tokayev", "putin"], date=D(2025, 8, 8)),
        Event(
            type=ContactType.BRIEFING,
            participants=["putin", "tokayev"],
            initiator="putin",
            date=D(2025, 8, 8),
        ),
        Event(type=ContactType.CALL, participants=["zelensky", "tokayev"], date=D(2025, 8, 10)),
    ]


def test_doctests() -> None:
    assert doctest.testmod(chains).failed == 0


def test_seed_shortest_chain() -> None:
    assert shortest_chains(seed_story(), "zelensky", "witkoff") == [
        ["zelensky", "tokayev", "putin", "witkoff"]
    ]
    assert shortest_chains(seed_story(), "witkoff", "zelensky") == [
        ["witkoff", "putin", "tokayev", "zelensky"]
    ]


def test_seed_max_hops() -> None:
    evs = seed_story()
    assert shortest_chains(evs, "zelensky", "witkoff", max_hops=3) == [
        ["zelensky", "tokayev", "putin", "witkoff"]
    ]
    assert shortest_chains(evs, "zelensky", "witkoff", max_hops=2) == []
    assert shortest_chains(evs, "zelensky", "tokayev", max_hops=1) == [["zelensky", "tokayev"]]
    assert shortest_chains(evs, "zelensky", "tokayev", max_hops=0) == []


def test_negative_max_hops() -> None:
    with pytest.raises(ValueError, match="max_hops"):
        shortest_chains(seed_story(), "zelensky", "witkoff", max_hops=-1)


def test_same_and_unknown_actors() -> None:
    evs = seed_story()
    assert shortest_chains(evs, "putin", "putin") == [["putin"]]
    assert shortest_chains(evs, "putin", "macron") == []
    assert shortest_chains(evs, "macron", "putin", all_paths=True) == []
    assert shortest_chains([], "a", "b") == []


def test_disconnected() -> None:
    evs = [*seed_story(), Event(type=ContactType.CALL, participants=["macron", "merz"], date=D(2025, 8, 1))]
    assert shortest_chains(evs, "putin", "merz") == []


def test_all_paths_sorted() -> None:
    evs = [
        Event(type=ContactType.CALL, participants=p, date=D(2025, 1, 1))
        for p in (["a", "d"], ["d", "z"], ["a", "c"], ["c", "z"], ["a", "b"], ["b", "z"], ["a", "e"])
    ]
    assert shortest_chains(evs, "a", "z") == [["a", "b", "z"]]
    assert shortest_chains(evs, "a", "z", all_paths=True) == [
        ["a", "b", "z"],
        ["a", "c", "z"],
        ["a", "d", "z"],
    ]
    assert shortest_chains(evs, "z", "a", all_paths=True) == [
        ["z", "b", "a"],
        ["z", "c", "a"],
        ["z", "d", "a"],
    ]


def test_briefing_does_not_join_the_briefed() -> None:
    brief = Event(type=ContactType.BRIEFING, participants=["a", "b", "c"], initiator="a", date=D(2025, 1, 1))
    assert shortest_chains([brief], "b", "c") == [["b", "a", "c"]]
    assert shortest_chains([brief], "c", "a") == [["c", "a"]]


def test_events_between() -> None:
    evs = seed_story()
    between = events_between(evs, "tokayev", "putin")
    assert {e.type for e in between} == {ContactType.CALL, ContactType.BRIEFING}
    assert between == sorted(between, key=lambda e: e.sort_key)
    assert events_between(evs, "putin", "tokayev") == between
    assert [e.type for e in events_between(evs, "witkoff", "putin")] == [ContactType.MEETING]
    assert events_between(evs, "zelensky", "putin") == []
    assert events_between(evs, "putin", "putin") == []
    brief = Event(type=ContactType.BRIEFING, participants=["a", "b", "c"], initiator="a", date=D(2025, 1, 1))
    assert events_between([brief], "b", "c") == []
    assert events_between([brief], "c", "a") == [brief]


# --- property tests against a brute-force oracle ----------------------------------------------


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Event], list[Event], str, str]:
    actors = ACTORS[: draw(st.integers(4, 6))]
    evs = draw(events_strategy(actors))
    shuffled = draw(st.permutations(evs))
    # Mostly two different actors; source == target is covered by hand.
    source, target = draw(st.lists(st.sampled_from(actors), min_size=2, max_size=2, unique=True))
    return evs, shuffled, source, target


def oracle_paths(events: list[Event], source: str, target: str) -> list[list[str]]:
    """Every simple path from source to target, by exhaustive depth-first search."""
    neighbours: dict[str, set[str]] = {}
    for e in events:
        for u, v in e.pairs():
            neighbours.setdefault(u, set()).add(v)
            neighbours.setdefault(v, set()).add(u)
    if source == target:
        return [[source]]
    found: list[list[str]] = []

    def walk(path: list[str]) -> None:
        for n in neighbours.get(path[-1], ()):
            if n == target:
                found.append([*path, n])
            elif n not in path:
                walk([*path, n])

    walk([source])
    return found


PROPERTY = settings(max_examples=200, deadline=None)


@PROPERTY
@given(cases(), st.none() | st.integers(0, 5))
def test_shortest_matches_oracle(
    case: tuple[list[Event], list[Event], str, str], max_hops: int | None
) -> None:
    evs, shuffled, source, target = case
    paths = [p for p in oracle_paths(evs, source, target) if max_hops is None or len(p) - 1 <= max_hops]
    shortest = sorted(p for p in paths if len(p) == min(map(len, paths))) if paths else []
    expected_one = shortest[:1]
    assert shortest_chains(evs, source, target, max_hops=max_hops) == expected_one
    assert shortest_chains(evs, source, target, max_hops=max_hops, all_paths=True) == shortest
    # Invariant under the order of the events.
    assert shortest_chains(shuffled, source, target, max_hops=max_hops) == expected_one
    assert shortest_chains(shuffled, source, target, max_hops=max_hops, all_paths=True) == shortest


@PROPERTY
@given(cases())
def test_events_between_matches_oracle(case: tuple[list[Event], list[Event], str, str]) -> None:
    evs, shuffled, a, b = case
    expected = sorted(
        (e for e in evs if any({u, v} == {a, b} and u != v for u, v in e.pairs())), key=lambda e: e.sort_key
    )
    assert events_between(evs, a, b) == expected
    assert events_between(shuffled, b, a) == expected
