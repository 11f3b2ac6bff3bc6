"""Who an actor spoke with: one summary per partner, from the actor's events.

Functions take plain data (an iterable of :class:`~graph.model.Event`) and return plain
lists, in the style of networkx algorithms.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from graph.model import Event

__all__ = ["ContactSummary", "contact_summaries"]


@dataclass(frozen=True)
class ContactSummary:
    """One partner of an actor: how many contacts, first and last dated one, their types."""

    actor: str
    count: int
    first: dt.date | None
    last: dt.date | None
    types: list[str]


def contact_summaries(actor: str, events: Iterable[Event]) -> list[ContactSummary]:
    """Everyone who shares an event with ``actor``, most contacts first.

    Parameters
    ----------
    actor : str
        The actor id.
    events : iterable of Event
        The contacts to count; events without ``actor`` among their participants are ignored.

    Returns
    -------
    list of ContactSummary
        One per co-participant (briefed participants count as partners of each other too),
        ordered by descending count, then partner id. ``first`` and ``last`` are the earliest
        and latest ``date`` of the dated events (``None`` when none is dated); ``types`` is
        sorted.

    Examples
    --------
    >>> from graph.model import Event
    >>> evs = [Event(type="call", participants=["a", "b"], date="2025-01-02"),
    ...        Event(type="meeting", participants=["a", "b", "c"])]
    >>> [(s.actor, s.count, s.types) for s in contact_summaries("a", evs)]
    [('b', 2, ['call', 'meeting']), ('c', 1, ['meeting'])]
    """
    per_partner: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if actor not in event.participants:
            continue
        for partner in event.participants:
            if partner != actor:
                per_partner[partner].append(event)
    summaries = []
    for partner, partner_events in per_partner.items():
        dates = [e.date for e in partner_events if e.date]
        summaries.append(
            ContactSummary(
                actor=partner,
                count=len(partner_events),
                first=min(dates, default=None),
                last=max(dates, default=None),
                types=sorted({e.type.value for e in partner_events}),
            )
        )
    return sorted(summaries, key=lambda s: (-s.count, s.actor))
