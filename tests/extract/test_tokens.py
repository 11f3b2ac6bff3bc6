from __future__ import annotations

from ingest.extract.tokens import Token, tokenize


def _token(text: str, lang: str = "uk") -> Token:
    return tokenize(text, 0, len(text), lang)[-1]


def test_capitalized_surname_is_not_read_as_a_verb() -> None:
    assert not _token("Андрій Сибіга").has("futr")


def test_lowercase_word_keeps_its_verb_readings() -> None:
    assert _token("він зустрінеться").has("futr")
