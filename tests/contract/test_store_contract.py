"""The store contract: the embedded store and Neo4j give the same answers to the same writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import StoreUnavailable, UnknownEvent
from graph.model import ContactType, DatePrecision, Event, SourceRef
from graph.settings import Settings
from graph.store import cypher
from graph.store.base import EventFilter, GraphStore
from graph.store.embedded import EmbeddedStore
from graph.store.neo4j import Neo4jStore
from ingest.readers import read_event_records

SEED = Path(__file__).resolve().parents[2] / "seeds" / "events" / "000_33d1ed684b20675d.yaml"


@pytest.fixture(scope="module")
def seed_events() -> list[Event]:
    return [Event.model_validate(r) for r in read_event_records(SEED)]


def _ref(source_id: str, quote: str) -> SourceRef:
    return SourceRef(source_id=source_id, quote=quote)


def test_seed_events_come_back_exactly(
    store: GraphStore, reference: EmbeddedStore, seed_events: list[Event]
) -> None:
    summary = store.upsert(seed_events)
    reference.upsert(seed_events)

    assert (summary.created, summary.merged, summary.unchanged) == (5, 0, 0)
    assert store.events() == reference.events()
    assert sorted(e.id for e in store.events()) == sorted(e.id for e in seed_events)
    assert [e.sort_key for e in store.events()] == sorted(e.sort_key for e in seed_events)


def test_reupserting_changes_nothing(store: GraphStore, seed_events: list[Event]) -> None:
    store.upsert(seed_events)
    before = store.events()

    summary = store.upsert(seed_events)

    assert (summary.created, summary.merged, summary.unchanged) == (0, 0, 5)
    assert store.events() == before


def test_dated_report_merges_into_undated_one_containing_it(store: GraphStore) -> None:
    undated = Event(
        type=ContactType.MEETING,
        participants=["a", "b"],
        not_before=dt.date(2025, 8, 1),
        not_after=dt.date(2025, 8, 8),
        sources=[_ref("src-1", "they met some time this week")],
    )
    dated = Event(
        type=ContactType.MEETING,
        participants=["b", "a"],
        date=dt.date(2025, 8, 6),
        sources=[_ref("src-2", "they met on 6 August")],
    )
    store.upsert([undated])

    summary = store.upsert([dated])

    assert (summary.created, summary.merged) == (0, 1)
    [merged] = store.events()
    assert merged.id == undated.id
    assert merged.date == dt.date(2025, 8, 6)
    assert merged.date_precision is DatePrecision.DAY
    assert {s.source_id for s in merged.sources} == {"src-1", "src-2"}
    assert store.event(undated.id) == merged


def test_a_dated_report_moves_the_contact_in_every_read(store: GraphStore) -> None:
    week = Event(
        type=ContactType.MEETING,
        participants=["a", "b"],
        not_before=dt.date(2025, 8, 1),
        not_after=dt.date(2025, 8, 8),
    )
    before_the_6th = EventFilter(until=dt.date(2025, 8, 5))
    store.upsert([week])
    assert store.shortest_chains("a", "b", before_the_6th, max_hops=2, all_paths=True) == [["a", "b"]]

    store.upsert([Event(type=ContactType.MEETING, participants=["b", "a"], date=dt.date(2025, 8, 6))])

    assert store.shortest_chains("a", "b", before_the_6th, max_hops=1, all_paths=True) == []
    assert store.shortest_chains("a", "b", before_the_6th, max_hops=2, all_paths=True) == []
    assert store.events_between("a", "b", before_the_6th) == []
    assert store.contacts("a", before_the_6th) == []
    assert store.events(before_the_6th) == []
    [moved] = store.events(EventFilter(since=dt.date(2025, 8, 6), until=dt.date(2025, 8, 6)))
    assert moved.id == week.id
    assert store.events(after=moved.sort_key) == []


@pytest.mark.parametrize(
    "where",
    [
        EventFilter(),
        EventFilter(since=dt.date(2025, 8, 9)),
        EventFilter(until=dt.date(2025, 8, 8)),
        EventFilter(since=dt.date(2025, 8, 8), until=dt.date(2025, 8, 8)),
        EventFilter(types={ContactType.BRIEFING}),
        EventFilter(types={ContactType.CALL, ContactType.MEETING}),
        EventFilter(actor="vladimir-putin"),
        EventFilter(actor="nobody"),
        EventFilter(since=dt.date(2025, 8, 1), types={ContactType.CALL}, actor="kassym-jomart-tokayev"),
    ],
    ids=repr,
)
def test_filters_give_the_reference_answers(
    store: GraphStore, reference: EmbeddedStore, seed_events: list[Event], where: EventFilter
) -> None:
    store.upsert(seed_events)
    reference.upsert(seed_events)

    assert store.events(where) == reference.events(where)
    assert store.events(where) == [e for e in store.events() if where.admits(e)]


def test_event_by_id(store: GraphStore, seed_events: list[Event]) -> None:
    store.upsert(seed_events)

    assert store.event(seed_events[3].id) == seed_events[3]


def test_unknown_event_raises(store: GraphStore, seed_events: list[Event]) -> None:
    store.upsert(seed_events)

    with pytest.raises(UnknownEvent):
        store.event("ev-does-not-exist")


def test_an_about_target_alone_is_not_an_event(store: GraphStore) -> None:
    event = Event(type=ContactType.CALL, participants=["a", "b"], date=dt.date(2025, 1, 2), about=["ev-x"])
    store.upsert([event])

    assert store.events() == [event]
    assert store.counts() == (1, 2)
    with pytest.raises(UnknownEvent):
        store.event("ev-x")


def test_counts(store: GraphStore, seed_events: list[Event]) -> None:
    assert store.counts() == (0, 0)

    store.upsert(seed_events)

    actors = {p for e in seed_events for p in e.participants}
    assert store.counts() == (5, len(actors))


def test_one_typed_edge_statement_per_contact_type() -> None:
    assert set(cypher.MERGE_CONTACT_EDGES) == set(ContactType)
    for contact_type, statement in cypher.MERGE_CONTACT_EDGES.items():
        assert f"[r:{contact_type.relationship} " in statement


def test_unreachable_neo4j_is_store_unavailable() -> None:
    with pytest.raises(StoreUnavailable):
        Neo4jStore.connect(Settings(neo4j_uri="bolt://127.0.0.1:1"))


ACTORS = ["a", "b", "c", "d", "e"]
DAYS = st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2025, 1, 20))


@st.composite
def events(draw: st.DrawFn) -> Event:
    contact_type = draw(st.sampled_from(list(ContactType)))
    participants = draw(st.lists(st.sampled_from(ACTORS), min_size=2, max_size=3, unique=True))
    initiator = draw(st.sampled_from(participants))
    if contact_type is not ContactType.BRIEFING and draw(st.booleans()):
        initiator = None
    sources = [_ref(draw(st.sampled_from(["s1", "s2", "s3"])), draw(st.sampled_from(["q1", "q2"])))]
    if draw(st.booleans()):
        return Event(
            type=contact_type,
            participants=participants,
            initiator=initiator,
            date=draw(DAYS),
            date_precision=draw(st.sampled_from([DatePrecision.DAY, DatePrecision.MONTH])),
            sources=sources,
        )
    not_before, not_after = draw(st.none() | DAYS), draw(st.none() | DAYS)
    if not_before and not_after and not_after < not_before:
        not_before, not_after = not_after, not_before
    return Event(
        type=contact_type,
        participants=participants,
        initiator=initiator,
        not_before=not_before,
        not_after=not_after,
        sources=sources,
    )


@pytest.mark.neo4j
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(events(), max_size=8), split=st.integers(min_value=0, max_value=8))
def test_both_stores_agree_on_random_batches(neo4j_store: Neo4jStore, batch: list[Event], split: int) -> None:
    neo4j_store.clear()
    embedded = EmbeddedStore(":memory:")
    try:
        for part in (batch[:split], batch[split:]):
            assert neo4j_store.upsert(part) == embedded.upsert(part)
        assert neo4j_store.events() == embedded.events()
        assert neo4j_store.counts() == embedded.counts()
    finally:
        embedded.close()
