"""Loading: validate incoming records into Events and hand them to a store in one batch."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from graph.errors import InvalidData
from graph.model import Event, Rejection, UpsertSummary
from graph.registry import DEFAULT_ACTORS_DIR, Registry
from graph.store.base import GraphStore
from ingest.articles import article_events
from ingest.readers import ARTICLE_SUFFIXES, EVENT_FILE_SUFFIXES, read_event_records


def validate_records(
    records: Sequence[Any], registry: Registry, where: str = ""
) -> tuple[list[Event], list[Rejection]]:
    """Events from raw records; each bad record becomes a Rejection saying what and where."""
    events: list[Event] = []
    rejected: list[Rejection] = []
    for index, record in enumerate(records):
        try:
            event = Event.model_validate(record)
        except ValidationError as exc:
            errors = [
                f"{'.'.join(str(p) for p in err['loc']) or 'event'}: {err['msg']}" for err in exc.errors()
            ]
            rejected.append(Rejection(index=index, where=where, errors=errors))
            continue
        unknown = [p for p in event.participants if p not in registry]
        if unknown:
            rejected.append(
                Rejection(
                    index=index, where=where, errors=[f"participants: unknown actor {u!r}" for u in unknown]
                )
            )
            continue
        events.append(event)
    return events, rejected


def ingest_records(
    store: GraphStore, registry: Registry, records: Sequence[Any], where: str = ""
) -> UpsertSummary:
    """Validate and store records; valid ones are written as one batch, bad ones reported."""
    events, rejected = validate_records(records, registry, where)
    summary = store.upsert(events) if events else UpsertSummary()
    summary.rejected.extend(rejected)
    return summary


def expand_paths(paths: Iterable[Path], registry_dir: Path = DEFAULT_ACTORS_DIR) -> list[Path]:
    """Files to ingest: the given files, and the event files and articles inside directories.

    A directory's walk leaves out the actor registry (`seeds/actors`): it is loaded at start,
    not ingested, so `dipgraph ingest seeds/` takes the seed events and articles only.
    """
    suffixes = EVENT_FILE_SUFFIXES | ARTICLE_SUFFIXES
    registry_dir = registry_dir.resolve()
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix in suffixes and p.is_file() and not p.resolve().is_relative_to(registry_dir)
                )
            )
        elif path.is_file():
            found.append(path)
        else:
            raise InvalidData(f"{path}: no such file or directory")
    return found


def ingest_file(store: GraphStore, registry: Registry, path: Path) -> UpsertSummary:
    """Ingest one event file or article (`.txt`, through the extractor)."""
    if path.suffix in ARTICLE_SUFFIXES:
        return ingest_records(
            store, registry, article_events(path.read_text(encoding="utf-8"), registry), str(path)
        )
    if path.suffix not in EVENT_FILE_SUFFIXES:
        raise InvalidData(f"{path}: not an event file (.yaml, .yml, .json) or an article (.txt)")
    return ingest_records(store, registry, read_event_records(path), str(path))
