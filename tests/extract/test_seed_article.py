"""The seed article, extracted from its raw text, yields the curated seed events."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Event
from graph.registry import Registry
from ingest.extract import Extraction, extract_article
from ingest.readers import read_event_records

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLE = SEEDS / "000_33d1ed684b20675d.txt"
CURATED = SEEDS / "events" / "000_33d1ed684b20675d.yaml"


@pytest.fixture(scope="module")
def extraction(registry: Registry) -> Extraction:
    return extract_article(ARTICLE.read_text(encoding="utf-8"), registry)


@pytest.fixture(scope="module")
def curated() -> list[Event]:
    return [Event.model_validate(r) for r in read_event_records(CURATED)]


def _shape(event: Event) -> tuple[object, ...]:
    return (
        event.type,
        tuple(event.participants),
        event.initiator,
        event.date,
        event.not_before,
        event.not_after,
    )


def test_yields_the_curated_contacts(extraction: Extraction, curated: list[Event]) -> None:
    assert sorted(map(_shape, extraction.events), key=str) == sorted(map(_shape, curated), key=str)


def test_event_ids_equal_the_curated_ids(extraction: Extraction, curated: list[Event]) -> None:
    assert {e.id for e in extraction.events} == {e.id for e in curated}


def test_putins_briefing_is_about_the_witkoff_meeting(extraction: Extraction, curated: list[Event]) -> None:
    by_id = {e.id: e for e in extraction.events}
    briefing = next(e for e in curated if e.about)
    assert by_id[briefing.id].about == briefing.about


def test_quotes_are_the_curated_sentences(extraction: Extraction, curated: list[Event]) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    by_id = {e.id: e for e in extraction.events}
    for event in curated:
        got, want = by_id[event.id].sources[0], event.sources[0]
        assert (got.quote, got.start, got.end) == (want.quote, want.start, want.end)
        assert text[got.start : got.end] == got.quote


def test_source_is_the_article(extraction: Extraction, curated: list[Event]) -> None:
    assert extraction.source.id == curated[0].sources[0].source_id
    assert str(extraction.source.published) == "2025-08-10"
    assert extraction.source.lang == "uk"


def test_security_advisers_meeting_is_unresolved_not_invented(extraction: Extraction) -> None:
    assert [u.mention for u in extraction.unresolved] == ["зустріч безпекових радників"]
    assert all(len(e.participants) >= 2 for e in extraction.events)


def test_real_registry_gives_the_same_events(extraction: Extraction) -> None:
    real = Registry.load()
    again = extract_article(ARTICLE.read_text(encoding="utf-8"), real)
    assert sorted(map(_shape, again.events), key=str) == sorted(map(_shape, extraction.events), key=str)
