"""Articles: extract contacts from raw text and ingest them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from api.deps import Actors, Store, require_key
from graph.model import Lang
from ingest.extract import extract_article
from ingest.load import ingest_records

router = APIRouter(tags=["articles"])


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=5_000_000)
    published: dt.date | None = None
    lang: Lang | None = None
    url: str | None = None


@router.post("/articles", dependencies=[Depends(require_key)])
def ingest_article(store: Store, registry: Actors, article: ArticleIn) -> dict[str, Any]:
    """Extract the article's contacts, store them, and return both the extraction and the summary."""
    extraction = extract_article(
        article.text, registry, published=article.published, lang=article.lang, url=article.url
    )
    records = [e.model_dump(mode="json") for e in extraction.events]
    summary = ingest_records(store, registry, records)
    return {
        "extraction": extraction.model_dump(mode="json"),
        "ingest": {
            "created": summary.created,
            "merged": summary.merged,
            "unchanged": summary.unchanged,
            "rejected": [{"index": r.index, "errors": r.errors} for r in summary.rejected],
        },
    }
