"""Merge rules: when two reports are the same contact, and what the merged event keeps."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from graph.model import DatePrecision, Event, UpsertSummary

_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.MONTH: 1,
    DatePrecision.YEAR: 2,
    DatePrecision.UNKNOWN: 3,
}


def identity(event: Event) -> tuple[str, tuple[str, ...], str | None]:
    """What two reports must share to be one contact: type, participants, direction."""
    return (
        event.type.value,
        tuple(event.participants),
        event.initiator if event.type == "briefing" else None,
    )


def same_contact(a: Event, b: Event) -> bool:
    """Same identity and agreeing dates: equal, or the vaguer one's bounds contain the other."""
    if identity(a) != identity(b):
        return False
    vague, sharp = sorted((a, b), key=lambda e: _PRECISION_RANK[e.date_precision])[::-1]
    if vague.date_precision == sharp.date_precision:
        return vague.date == sharp.date and (
            vague.date is not None or (vague.lower == sharp.lower and vague.upper == sharp.upper)
        )
    return vague.lower <= sharp.lower and sharp.upper <= vague.upper


def find_same(event: Event, candidates: Iterable[Event]) -> Event | None:
    """The first candidate (in a stable order) that reports the same contact."""
    return next((c for c in sorted(candidates, key=lambda c: c.sort_key) if same_contact(c, event)), None)


def merge(existing: Event, incoming: Event) -> Event:
    """One event from two reports: the existing id, the sharper date, every source and link."""
    sharp = min((existing, incoming), key=lambda e: _PRECISION_RANK[e.date_precision])
    sources = {s.key: s for s in existing.sources}
    for s in incoming.sources:
        sources.setdefault(s.key, s)
    about = list(dict.fromkeys([*existing.about, *incoming.about]))
    return existing.model_copy(
        update={
            "date": sharp.date,
            "date_precision": sharp.date_precision,
            "not_before": sharp.not_before
            if sharp.date
            else _tighter(existing.not_before, incoming.not_before, latest=True),
            "not_after": sharp.not_after
            if sharp.date
            else _tighter(existing.not_after, incoming.not_after, latest=False),
            "initiator": existing.initiator or incoming.initiator,
            "about": [a for a in about if a != existing.id],
            "confidence": max(existing.confidence, incoming.confidence),
            "sources": list(sources.values()),
        }
    )


def _tighter(a: dt.date | None, b: dt.date | None, *, latest: bool) -> dt.date | None:
    present = [d for d in (a, b) if d is not None]
    if not present:
        return None
    return max(present) if latest else min(present)


def plan_upsert(
    batch: Sequence[Event], existing_for: Callable[[Event], Iterable[Event]]
) -> tuple[list[Event], UpsertSummary]:
    """Decide what a batch changes: the events to write, and the counts.

    `existing_for(event)` gives the stored events with the same identity. Reports of one
    contact inside the batch merge too, and `about` links to a report that merged into an
    older event are redirected to that event's id.
    """
    summary = UpsertSummary()
    written: dict[str, Event] = {}
    pending: dict[tuple[str, tuple[str, ...], str | None], list[str]] = defaultdict(list)
    alias: dict[str, str] = {}
    for incoming in batch:
        key = identity(incoming)
        stored = [e for e in existing_for(incoming) if e.id not in written]
        match = find_same(incoming, [*(written[i] for i in pending[key]), *stored])
        if match is None:
            written[incoming.id] = incoming
            pending[key].append(incoming.id)
            summary.created += 1
            continue
        alias[incoming.id] = match.id
        merged = merge(match, incoming)
        if merged == match:
            summary.unchanged += int(match.id not in written)
            continue
        if match.id not in written:
            summary.merged += 1
            pending[key].append(match.id)
        written[match.id] = merged
    final = [
        e.model_copy(update={"about": list(dict.fromkeys(alias.get(a, a) for a in e.about))})
        for e in written.values()
    ]
    return final, summary
