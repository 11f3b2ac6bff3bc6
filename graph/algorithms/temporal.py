"""Time-respecting chains: how early could news have travelled from one actor to another.

News starts at a source actor at a start day and moves along contacts. An event can carry it
along each of its :meth:`~graph.model.Event.pairs` (both ways for most contacts, only from the
briefer for a briefing) if the event can have happened on or after the day the news reached the
sender. Dates are day-granular and same-day hops are allowed.

Undated events count by their bounds, conservatively: taking event ``e`` when the news is at
the sender from day ``t`` puts it at the receiver from day ``max(t, e.lower)``, allowed only if
that is not after ``e.upper``. So an event known only to be "not after D" may precede a contact
on or after D. Checking a fixed sequence of hops greedily this way is exact: the earliest
feasible day of each hop is the best for every later hop.

The search is a temporal Dijkstra over per-actor event lists: labels are settled in order of
arrival day, then hop count, then a deterministic tie-break, stopping at the target.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from graph.model import ContactType, Event

__all__ = ["TemporalChain", "earliest_arrival"]

# A label's path as a cons list, newest hop first: (day, event id, to, (day, event id, to, (...)))
# ending in (). Comparing two of equal length compares their hops from the last one back, which
# is what makes the tie-break compatible with Dijkstra's pruning (see earliest_arrival).
_Trail = tuple[()] | tuple[dt.date, str, str, "_Trail"]


@dataclass(frozen=True)
class TemporalChain:
    """A time-respecting chain of contacts.

    Attributes
    ----------
    arrival : datetime.date
        The earliest day the news can have reached the target along this chain.
    hops : list of (str, str, Event)
        ``(from, to, event)`` for each hop, in order.
    """

    arrival: dt.date
    hops: list[tuple[str, str, Event]]


def earliest_arrival(
    events: Iterable[Event],
    source: str,
    target: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> TemporalChain | None:
    """The chain by which news starting at ``source`` on ``since`` reaches ``target`` soonest.

    Parameters
    ----------
    events : iterable of Event
        The contacts, in any order. Events are told apart by id: two events with the same id
        are taken to be the same contact.
    source, target : str
        Actor ids.
    since : datetime.date, optional
        The day the news starts at ``source``; ``None`` means the beginning of time. Events
        that cannot have happened on or after it (``e.upper < since``) are unusable.
    until : datetime.date, optional
        The last day the news may travel: events with ``e.lower > until`` are unusable and the
        arrival is not after it. ``None`` means no limit.

    Returns
    -------
    TemporalChain or None
        ``None`` when the news cannot reach ``target`` (including when either actor takes part
        in no usable event). Otherwise the chain with the earliest arrival; among equal
        arrivals the one with the fewest hops; among those the one whose hops, compared from
        the last back to the first as ``(day, event id, to)``, are smallest. The answer does
        not depend on the order of ``events``.

        ``arrival`` is the day the news is at ``target``: ``max(since, e.lower for each hop)``.
        When that is ``date.min`` (no ``since`` and every hop unbounded below) it is reported
        as the smallest ``e.upper`` of the hops instead, the first day the chain is known by.

        When ``source == target`` the answer is ``TemporalChain(since or date.min, [])``.

    Raises
    ------
    ValueError
        If ``until`` is before ``since``.

    Examples
    --------
    >>> from datetime import date
    >>> from graph.model import ContactType, Event
    >>> evs = [Event(type="call", participants=["a", "b"], date=date(2025, 1, 5)),
    ...        Event(type="call", participants=["b", "c"], date=date(2025, 1, 3)),
    ...        Event(type="call", participants=["b", "c"], date=date(2025, 1, 7))]
    >>> chain = earliest_arrival(evs, "a", "c")
    >>> chain.arrival, [(f, t) for f, t, _ in chain.hops]
    (datetime.date(2025, 1, 7), [('a', 'b'), ('b', 'c')])
    >>> earliest_arrival(evs, "a", "c", until=date(2025, 1, 6)) is None
    True
    """
    if since is not None and until is not None and until < since:
        raise ValueError(f"until {until} is before since {since}")
    start = since or dt.date.min
    if source == target:
        return TemporalChain(start, [])
    end = until or dt.date.max

    # Per-actor outgoing hops (lower, upper, event id, to), sorted by lower bound.
    by_id: dict[str, Event] = {}
    out: dict[str, set[tuple[dt.date, dt.date, str, str]]] = {}
    for event in events:
        lo, hi = event.lower, min(event.upper, end)
        if hi < start or lo > hi:
            continue
        by_id.setdefault(event.id, event)
        for a, b in event.pairs():
            out.setdefault(a, set()).add((lo, hi, event.id, b))
            if event.type is not ContactType.BRIEFING:
                out.setdefault(b, set()).add((lo, hi, event.id, a))
    if source not in out:
        return None
    adjacency = {actor: sorted(hops) for actor, hops in out.items()}

    # Labels (day, hops, trail). Extending a label never makes it smaller, and if label x was
    # settled at an actor before label y with no more hops, every extension of x is no larger
    # than the same extension of y; so an actor needs a new label only with fewer hops than
    # any settled there (an earlier arrival with more hops can still matter, hence not one
    # label per actor).
    fewest: dict[str, int] = {}
    heap: list[tuple[dt.date, int, _Trail]] = [(start, 0, ())]
    while heap:
        day, count, trail = heapq.heappop(heap)
        actor = trail[2] if trail else source
        if count >= fewest.get(actor, count + 1):
            continue
        fewest[actor] = count
        if actor == target:
            return _chain(source, trail, by_id)
        for lo, hi, event_id, to in adjacency.get(actor, ()):
            reached = max(day, lo)
            if reached > hi or count + 1 >= fewest.get(to, count + 2):
                continue
            heapq.heappush(heap, (reached, count + 1, (reached, event_id, to, trail)))
    return None


def _chain(source: str, trail: _Trail, by_id: dict[str, Event]) -> TemporalChain:
    """Unwind a label's trail into a TemporalChain."""
    steps: list[tuple[dt.date, str, str]] = []
    while trail:
        day, event_id, to, trail = trail
        steps.append((day, event_id, to))
    steps.reverse()
    hops: list[tuple[str, str, Event]] = []
    sender = source
    for _day, event_id, to in steps:
        hops.append((sender, to, by_id[event_id]))
        sender = to
    arrival = steps[-1][0]
    if arrival == dt.date.min:
        arrival = min(event.upper for _, _, event in hops)
    return TemporalChain(arrival, hops)
