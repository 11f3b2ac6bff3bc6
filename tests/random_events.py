"""Random small event lists for the property tests (chain algorithms, the stores' query contract)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from graph.model import ContactType, DatePrecision, Event

ACTORS = ["a", "b", "c", "d", "e", "f"]
BASE = dt.date(2025, 1, 1)


@st.composite
def events_strategy(
    draw: st.DrawFn, actors: list[str], max_events: int = 10, max_participants: int = 3
) -> list[Event]:
    """Up to `max_events` events of every type: dated by day or month, or undated with optional bounds."""
    count = draw(st.integers(0, max_events))
    out = []
    for i in range(count):
        kind = draw(st.sampled_from(list(ContactType)))
        people = draw(st.lists(st.sampled_from(actors), min_size=2, max_size=max_participants, unique=True))
        initiator = draw(st.sampled_from(people)) if kind is ContactType.BRIEFING else None
        when = draw(st.sampled_from(["day", "month", "undated"]))
        date = not_before = not_after = None
        precision = DatePrecision.UNKNOWN
        if when == "undated":
            a = draw(st.none() | st.integers(0, 60))
            b = draw(st.none() | st.integers(0, 60))
            if a is not None and b is not None and a > b:
                a, b = b, a
            not_before = None if a is None else BASE + dt.timedelta(days=a)
            not_after = None if b is None else BASE + dt.timedelta(days=b)
        else:
            date = BASE + dt.timedelta(days=draw(st.integers(0, 60)))
            precision = DatePrecision.DAY if when == "day" else DatePrecision.MONTH
        out.append(
            Event(
                id=f"e{i}",
                type=kind,
                participants=people,
                initiator=initiator,
                date=date,
                date_precision=precision,
                not_before=not_before,
                not_after=not_after,
            )
        )
    return out
