"""The query contract: both stores answer chains, contacts and pages exactly as the Python algorithms do.

The oracle is the shared algorithm (graph.algorithms) run over the events the embedded store
keeps, filtered by EventFilter.admits; each store must give the very same lists.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from random_events import ACTORS, BASE, events_strategy

from graph.algorithms.chains import events_between, shortest_chains
from graph.algorithms.contacts import contact_summaries
from graph.model import ContactType, Event
from graph.store.base import MAX_HOPS, EventFilter, GraphStore
from graph.store.embedded import EmbeddedStore
from graph.store.neo4j import Neo4jStore
from graph.store.reconnecting import ReconnectingNeo4jStore
from ingest.readers import read_event_records

SEED = Path(__file__).resolve().parents[2] / "seeds" / "events" / "000_33d1ed684b20675d.yaml"
ZELENSKY, TOKAYEV, PUTIN, WITKOFF = (
    "volodymyr-zelensky",
    "kassym-jomart-tokayev",
    "vladimir-putin",
    "steve-witkoff",
)
D = dt.date

WHERES = [
    EventFilter(),
    EventFilter(since=D(2025, 8, 9)),
    EventFilter(until=D(2025, 8, 8)),
    EventFilter(since=D(2025, 8, 8), until=D(2025, 8, 8)),
    EventFilter(types={ContactType.CALL}),
    EventFilter(types={ContactType.CALL, ContactType.MEETING}),
    EventFilter(types={ContactType.BRIEFING, ContactType.MEETING, ContactType.CALL}, until=D(2025, 8, 9)),
]


@pytest.fixture
def seeded(store: GraphStore) -> tuple[GraphStore, list[Event]]:
    store.upsert([Event.model_validate(r) for r in read_event_records(SEED)])
    return store, store.events()


def _admitted(events: list[Event], where: EventFilter) -> list[Event]:
    return [e for e in events if where.admits(e)]


def _assert_chains_match(
    store: GraphStore, stored: list[Event], where: EventFilter, actors: list[str], max_hops: int
) -> None:
    admitted = _admitted(stored, where)
    for source, target in itertools.product(actors, repeat=2):
        for all_paths in (False, True):
            expected = shortest_chains(admitted, source, target, max_hops=max_hops, all_paths=all_paths)
            got = store.shortest_chains(source, target, where, max_hops=max_hops, all_paths=all_paths)
            assert got == expected, (source, target, where, max_hops, all_paths)


@pytest.mark.parametrize("where", WHERES, ids=repr)
def test_seed_shortest_chains_equal_the_python_algorithm(
    seeded: tuple[GraphStore, list[Event]], where: EventFilter
) -> None:
    store, stored = seeded
    actors = sorted({p for e in stored for p in e.participants} | {"nobody"})
    for max_hops in (1, 2, 3, MAX_HOPS):
        _assert_chains_match(store, stored, where, actors, max_hops)


def test_seed_chain_zelensky_to_witkoff(seeded: tuple[GraphStore, list[Event]]) -> None:
    store, _ = seeded
    chain = [ZELENSKY, TOKAYEV, PUTIN, WITKOFF]

    assert store.shortest_chains(ZELENSKY, WITKOFF, EventFilter(), max_hops=3, all_paths=False) == [chain]
    assert store.shortest_chains(ZELENSKY, WITKOFF, EventFilter(), max_hops=2, all_paths=True) == []
    assert store.shortest_chains(ZELENSKY, ZELENSKY, EventFilter(), max_hops=1, all_paths=False) == [
        [ZELENSKY]
    ]
    assert (
        store.shortest_chains(ZELENSKY, WITKOFF, EventFilter(since=D(2025, 8, 9)), max_hops=6, all_paths=True)
        == []
    )


def test_a_briefing_joins_the_initiator_with_each_other_participant_only(store: GraphStore) -> None:
    store.upsert(
        [
            Event(
                type=ContactType.BRIEFING,
                participants=["a", "b", "c"],
                initiator="a",
                not_after=D(2025, 1, 9),
            ),
            Event(type=ContactType.TALKS, participants=["c", "d", "e"], date=D(2025, 1, 10)),
        ]
    )
    everything = EventFilter()

    assert store.shortest_chains("b", "c", everything, max_hops=4, all_paths=True) == [["b", "a", "c"]]
    assert store.shortest_chains("d", "e", everything, max_hops=1, all_paths=True) == [["d", "e"]]
    assert store.shortest_chains("b", "e", everything, max_hops=3, all_paths=False) == [["b", "a", "c", "e"]]
    assert store.shortest_chains("b", "e", everything, max_hops=2, all_paths=False) == []
    assert (
        store.shortest_chains("b", "e", EventFilter(since=D(2025, 1, 10)), max_hops=6, all_paths=True) == []
    )
    assert store.events_between("b", "c", everything) == []
    assert [e.type for e in store.events_between("c", "a", everything)] == [ContactType.BRIEFING]


@pytest.mark.parametrize("max_hops", [0, MAX_HOPS + 1])
def test_hop_cap_outside_the_statements_is_refused(store: GraphStore, max_hops: int) -> None:
    with pytest.raises(ValueError, match="max_hops"):
        store.shortest_chains("a", "b", EventFilter(), max_hops=max_hops, all_paths=False)


@pytest.mark.parametrize("where", WHERES, ids=repr)
def test_seed_events_between_and_contacts_equal_the_python_algorithms(
    seeded: tuple[GraphStore, list[Event]], where: EventFilter
) -> None:
    store, stored = seeded
    admitted = _admitted(stored, where)
    actors = sorted({p for e in stored for p in e.participants} | {"nobody"})
    for a, b in itertools.product(actors, repeat=2):
        assert store.events_between(a, b, where) == events_between(admitted, a, b), (a, b)
    for actor in actors:
        assert store.contacts(actor, where) == contact_summaries(actor, admitted), actor


@pytest.mark.parametrize(
    "where", [*WHERES, EventFilter(actor=PUTIN), EventFilter(actor=TOKAYEV, until=D(2025, 8, 8))]
)
@pytest.mark.parametrize("page", [1, 2, 4])
def test_pages_after_a_position_walk_the_whole_answer(
    seeded: tuple[GraphStore, list[Event]], where: EventFilter, page: int
) -> None:
    store, stored = seeded
    walked: list[Event] = []
    while True:
        after = walked[-1].sort_key if walked else None
        batch = store.events(where, after=after, limit=page)
        assert len(batch) <= page
        walked.extend(batch)
        if len(batch) < page:
            break

    assert walked == _admitted(stored, where)
    assert store.events(where) == walked


DAYS = st.integers(0, 60).map(lambda n: BASE + dt.timedelta(days=n))


@st.composite
def filters(draw: st.DrawFn) -> EventFilter:
    since, until = draw(st.none() | DAYS), draw(st.none() | DAYS)
    if since and until and until < since:
        since, until = until, since
    types = draw(st.none() | st.sets(st.sampled_from(list(ContactType)), min_size=1))
    return EventFilter(since=since, until=until, types=types)


@pytest.mark.neo4j
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    batch=events_strategy(ACTORS, max_events=12, max_participants=4),
    where=filters(),
    max_hops=st.sampled_from([1, 2, 3, MAX_HOPS]),
    page=st.integers(1, 5),
)
def test_both_stores_answer_queries_like_the_algorithms_on_random_datasets(
    neo4j_store: Neo4jStore, batch: list[Event], where: EventFilter, max_hops: int, page: int
) -> None:
    neo4j_store.clear()
    embedded = EmbeddedStore(":memory:")
    try:
        neo4j_store.upsert(batch)
        embedded.upsert(batch)
        stored = embedded.events()
        assert neo4j_store.events() == stored
        admitted = _admitted(stored, where)
        for store in (embedded, neo4j_store):
            _assert_chains_match(store, stored, where, ACTORS, max_hops)
            for a, b in itertools.combinations(ACTORS, 2):
                assert store.events_between(a, b, where) == events_between(admitted, a, b)
            for actor in ACTORS:
                assert store.contacts(actor, where) == contact_summaries(actor, admitted)
                anchored = EventFilter(where.since, where.until, where.types, actor)
                assert store.events(anchored) == _admitted(stored, anchored)
            first_page = store.events(where, limit=page)
            assert first_page == admitted[:page]
            if first_page:
                rest = store.events(where, after=first_page[-1].sort_key)
                assert rest == admitted[len(first_page) :]
    finally:
        embedded.close()


def test_the_reconnecting_store_forwards_every_store_method() -> None:
    methods = {name for name, attr in vars(GraphStore).items() if callable(attr) and not name.startswith("_")}

    assert methods <= set(vars(ReconnectingNeo4jStore))
