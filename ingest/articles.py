"""Articles: raw text through the extractor, to event records ready for loading."""

from __future__ import annotations

import datetime as dt
from typing import Any

from graph.model import Lang
from graph.registry import Registry
from ingest.extract import Extraction, extract_article


def read_article(
    text: str,
    registry: Registry,
    published: dt.date | None = None,
    lang: Lang | None = None,
    url: str | None = None,
) -> Extraction:
    """What an article yields, without storing it."""
    return extract_article(text, registry, published=published, lang=lang, url=url)


def article_events(text: str, registry: Registry, **options: Any) -> list[dict[str, Any]]:
    """The event records an article yields, as plain data for `ingest_records`."""
    return [e.model_dump(mode="json") for e in read_article(text, registry, **options).events]
