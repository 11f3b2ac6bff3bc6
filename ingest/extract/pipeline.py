"""The extraction pipeline: article text in, Event drafts with evidence and unresolved mentions out.

language -> sentences -> tokens and mentions -> clauses and triggers -> participants and
initiator -> dates -> events (merged, with `about` links).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from graph.errors import InvalidData
from graph.model import Event, Lang, Source
from graph.registry import Registry
from ingest.readers import article_source_id, read_header

from .analysis import analyze, main_actor, named_actors
from .drafts import build_events
from .language import detect_language
from .lexicon import load_lexicon
from .reading import Unresolved, read_contacts
from .referents import Context
from .sentences import split_sentences

MAX_CHARS = 2_000_000


class Extraction(BaseModel):
    """What one article yields: its source, the events it reports and what stayed unresolved."""

    source: Source
    events: list[Event] = Field(default_factory=list)
    unresolved: list[Unresolved] = Field(default_factory=list)


def extract_article(
    text: str,
    registry: Registry,
    *,
    published: dt.date | None = None,
    lang: Lang | None = None,
    url: str | None = None,
) -> Extraction:
    """Read the contacts an article reports.

    Parameters: the article `text` (an optional first line ` date YYYY-MM-DD title` gives
    the publication date), the actor `registry`, and optionally the publication date,
    language and URL, which win over what the text says.

    Returns an Extraction whose evidence spans index into `text` as given.

    Raises InvalidData when the text is not a string, is longer than MAX_CHARS characters,
    or has a malformed date header.
    """
    if not isinstance(text, str):
        raise InvalidData(f"an article is text, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise InvalidData(f"the article has {len(text):,} characters; the limit is {MAX_CHARS:,}")
    header = read_header(text)
    body = (
        text.index("\n") + 1 if header.published and "\n" in text else (len(text) if header.published else 0)
    )
    published = published or header.published
    lang = lang or detect_language(text[body:])
    source = Source(id=article_source_id(text), url=url, title=header.title, published=published, lang=lang)
    lexicon = load_lexicon()
    analyses = [analyze(text, s, registry, lexicon, lang) for s in split_sentences(text, body)]
    context = Context(
        registry, lexicon, published or dt.date.today(), main_actor(analyses), named_actors(analyses)
    )
    drafts, unresolved = read_contacts(text, analyses, context, source, published, lang)
    return Extraction(source=source, events=build_events(drafts), unresolved=unresolved)


__all__ = ["MAX_CHARS", "Extraction", "Unresolved", "extract_article"]
