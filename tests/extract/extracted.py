"""What an article yields, as the compact tuples the extraction tests compare."""

from __future__ import annotations

import datetime as dt

from graph.registry import Registry
from ingest.extract import extract_article

DAY = dt.date(2025, 8, 10)  # the publication date the tests' sentences are read on


def contacts(text: str, registry: Registry) -> list[tuple[str, tuple[str, ...], str | None]]:
    """(type, participants, initiator) of each event extracted from `text`, published on DAY."""
    result = extract_article(text, registry, published=DAY)
    return [(e.type.value, tuple(e.participants), e.initiator) for e in result.events]
