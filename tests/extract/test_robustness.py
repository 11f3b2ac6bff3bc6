"""Any text gets an answer or a clear InvalidData: empty, junk, huge, mixed scripts."""

from __future__ import annotations

import random

import pytest

from graph.errors import InvalidData
from graph.registry import Registry
from ingest.extract import MAX_CHARS, extract_article


def test_empty_text_yields_nothing(registry: Registry) -> None:
    result = extract_article("", registry)
    assert result.events == [] and result.unresolved == []
    assert result.source.lang is None


def test_header_only_yields_nothing(registry: Registry) -> None:
    result = extract_article(" date 2025-08-10 Заголовок", registry)
    assert result.events == []
    assert str(result.source.published) == "2025-08-10"


def test_bad_header_date_is_invalid_data(registry: Registry) -> None:
    with pytest.raises(InvalidData, match="publication date"):
        extract_article(" date 2025-13-45 title\nText.", registry)


def test_binary_junk_yields_an_answer(registry: Registry) -> None:
    junk = random.Random(7).randbytes(100_000).decode("latin-1")
    assert extract_article(junk, registry).events == []


def test_control_characters_and_nul_bytes_yield_an_answer(registry: Registry) -> None:
    text = "Зеленський\x00 провів\x07 розмову з Токаєвим.\x00\x1b[0m"
    assert extract_article(text, registry).source.id.startswith("src-")


def test_text_over_the_limit_is_invalid_data(registry: Registry) -> None:
    with pytest.raises(InvalidData, match="limit"):
        extract_article("a" * (5 * 1024 * 1024), registry)
    assert MAX_CHARS < 5 * 1024 * 1024


def test_one_endless_sentence_yields_an_answer(registry: Registry) -> None:
    assert extract_article("Зеленський " * 20_000, registry).events == []


def test_not_a_string_is_invalid_data(registry: Registry) -> None:
    with pytest.raises(InvalidData):
        extract_article(b"bytes", registry)  # type: ignore[arg-type]


def test_mixed_scripts_are_read_in_each_language(registry: Registry) -> None:
    text = (
        " date 2025-08-10\n"
        "Zelensky held a phone call with Tokayev today. "
        "Путин провел телефонный разговор с Токаевым 8 августа."
    )
    result = extract_article(text, registry)
    pairs = {tuple(e.participants) for e in result.events}
    assert ("kassym-jomart-tokayev", "volodymyr-zelensky") in pairs
    assert ("kassym-jomart-tokayev", "vladimir-putin") in pairs
