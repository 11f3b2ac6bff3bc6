"""The embedded store: idempotent batches, merging, and a second process seeing new data."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from graph.errors import StoreUnavailable
from graph.model import Event, SourceRef
from graph.store import EmbeddedStore, EventFilter

A, B = "anna-berg", "boris-chen"


def _source(name: str) -> list[SourceRef]:
    return [SourceRef(source_id=name, quote=f"{name} says they met.")]


def test_reingest_changes_nothing(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "db.sqlite")
    event = Event(type="call", participants=[A, B], date=dt.date(2025, 8, 8), sources=_source("s1"))
    assert store.upsert([event]).created == 1
    again = store.upsert([event])
    assert (again.created, again.merged, again.unchanged) == (0, 0, 1)
    assert store.events() == [event]


def test_dated_report_refines_undated_one(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "db.sqlite")
    undated = Event(type="meeting", participants=[A, B], not_after=dt.date(2025, 8, 8), sources=_source("s1"))
    dated = Event(type="meeting", participants=[A, B], date=dt.date(2025, 8, 6), sources=_source("s2"))
    store.upsert([undated])
    assert store.upsert([dated]).merged == 1
    [merged] = store.events()
    assert merged.id == undated.id and merged.date == dt.date(2025, 8, 6)
    assert [s.source_id for s in merged.sources] == ["s1", "s2"]


def test_second_process_sees_new_data(tmp_path: Path) -> None:
    writer, reader = EmbeddedStore(tmp_path / "db.sqlite"), EmbeddedStore(tmp_path / "db.sqlite")
    assert reader.events() == []
    writer.upsert([Event(type="call", participants=[A, B], date=dt.date(2025, 1, 2))])
    assert len(reader.events()) == 1 and reader.counts() == (1, 2)


def test_data_survives_reopening(tmp_path: Path) -> None:
    event = Event(type="visit", participants=[A, B], initiator=A, date=dt.date(2025, 3, 1))
    EmbeddedStore(tmp_path / "db.sqlite").upsert([event])
    assert EmbeddedStore(tmp_path / "db.sqlite").event(event.id) == event


def test_window_filter_keeps_undated_events_that_may_fall_inside(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "db.sqlite")
    undated = Event(type="meeting", participants=[A, B], not_after=dt.date(2025, 8, 8))
    late = Event(type="call", participants=[A, B], date=dt.date(2025, 8, 10))
    store.upsert([undated, late])
    assert store.events(EventFilter(until=dt.date(2025, 8, 9))) == [undated]
    assert store.events(EventFilter(since=dt.date(2025, 8, 9))) == [late]


def test_failed_batch_leaves_nothing_half_written(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    store = EmbeddedStore(path)
    kept = Event(type="call", participants=[A, B], date=dt.date(2025, 1, 1))
    store.upsert([kept])
    with sqlite3.connect(path) as db:  # a write that fails half-way through the next batch
        db.execute(
            "CREATE TRIGGER fail BEFORE INSERT ON participants WHEN NEW.actor_id = 'carl-diaz' "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    fresh = Event(type="meeting", participants=[A, B], date=dt.date(2025, 2, 1))
    doomed = Event(type="meeting", participants=[A, "carl-diaz"], date=dt.date(2025, 2, 1))
    with pytest.raises(StoreUnavailable, match="disk full"):
        store.upsert([fresh, doomed])
    assert store.events() == [kept]
    assert EmbeddedStore(path).events() == [kept]
