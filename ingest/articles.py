"""Articles: raw text through the extractor, to event records ready for loading."""

from __future__ import annotations

from typing import Any

from graph.registry import Registry
from ingest.extract import extract_article


def article_events(text: str, registry: Registry, **options: Any) -> list[dict[str, Any]]:
    """The event records an article yields, as plain data for `ingest_records`."""
    return [e.model_dump(mode="json") for e in extract_article(text, registry, **options).events]
