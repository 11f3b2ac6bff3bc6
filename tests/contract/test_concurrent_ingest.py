"""Concurrent ingests of overlapping reports into one Neo4j database leave no duplicates."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from graph.merge import identity
from graph.model import ContactType, Event, SourceRef
from graph.settings import Settings
from graph.store.neo4j import Neo4jStore
from ingest.readers import read_event_records

pytestmark = pytest.mark.neo4j

SEED = Path(__file__).resolve().parents[2] / "seeds" / "events" / "000_33d1ed684b20675d.yaml"
WORKERS = 4
ROUNDS = 5


def _batches(seed: list[Event], dated_meeting: Event) -> list[list[Event]]:
    """Overlapping batches: the seed in different orders, some with a dated report of the meeting."""
    reversed_seed = seed[::-1]
    rotated = seed[2:] + seed[:2]
    return [
        [dated_meeting, *seed],
        list(reversed_seed),
        [*rotated, dated_meeting],
        list(seed),
    ]


def _ingest(barrier: threading.Barrier, store: Neo4jStore, batch: list[Event]) -> None:
    barrier.wait(timeout=30)
    store.upsert(batch)


def test_concurrent_overlapping_upserts_leave_no_duplicates(neo4j_store: Neo4jStore, neo4j_uri: str) -> None:
    seed = [Event.model_validate(r) for r in read_event_records(SEED)]
    [undated] = [e for e in seed if e.type == ContactType.MEETING]
    dated = Event(
        type=ContactType.MEETING,
        participants=list(undated.participants),
        date=dt.date(2025, 8, 6),
        sources=[SourceRef(source_id="src-dated-report", quote="Putin met Witkoff on 6 August")],
    )
    assert dated.id != undated.id
    batches = _batches(seed, dated)
    stores = [Neo4jStore.connect(Settings(neo4j_uri=neo4j_uri)) for _ in range(WORKERS)]
    try:
        for _ in range(ROUNDS):
            neo4j_store.clear()
            barrier = threading.Barrier(WORKERS)

            with ThreadPoolExecutor(max_workers=WORKERS) as pool:
                for future in [pool.submit(_ingest, barrier, stores[w], batches[w]) for w in range(WORKERS)]:
                    future.result(timeout=60)

            events = neo4j_store.events()
            assert len(events) == 5
            assert not [k for k, n in Counter(identity(e) for e in events).items() if n > 1]
            [meeting] = [e for e in events if e.type == ContactType.MEETING]
            assert meeting.id in {undated.id, dated.id}
            assert meeting.date == dt.date(2025, 8, 6)
            assert {s.source_id for s in meeting.sources} == {
                *(s.source_id for s in undated.sources),
                "src-dated-report",
            }
            [briefing] = [e for e in events if e.type == ContactType.BRIEFING and e.about]
            assert briefing.about == [meeting.id]
    finally:
        for store in stores:
            store.close()
