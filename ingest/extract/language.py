"""Language of an article: Ukrainian, Russian or English, from its letters."""

from __future__ import annotations

import re

from graph.model import Lang
from graph.names import is_known_word

_UK = re.compile(r"[іїєґІЇЄҐ]")
_RU = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[а-яА-ЯіїєґІЇЄҐёЁ]")
_LATIN = re.compile(r"[a-zA-Z]")
_CYRILLIC_WORD = re.compile(r"[а-яіїєґё']{2,}")
_SAMPLE = 300


def detect_language(text: str) -> Lang | None:
    """The language most of the text is written in, or None when it has no letters to tell.

    Cyrillic text is Ukrainian or Russian by the letters only one of them uses
    (і ї є ґ against ы э ъ ё), else by the words only one dictionary knows, else
    Russian when no і, ї or є is written;
    Latin text is English.

    >>> detect_language("Президент провів телефонну розмову")
    <Lang.UK: 'uk'>
    >>> detect_language("Путин провел телефонный разговор") is Lang.RU
    True
    """
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if not cyrillic and not latin:
        return None
    if latin > cyrillic:
        return Lang.EN
    uk, ru = len(_UK.findall(text)), len(_RU.findall(text))
    if uk != ru:
        return Lang.UK if uk > ru else Lang.RU
    words = _CYRILLIC_WORD.findall(text.lower())[:_SAMPLE]
    uk_words = sum(is_known_word(w, "uk") and not is_known_word(w, "ru") for w in words)
    ru_words = sum(is_known_word(w, "ru") and not is_known_word(w, "uk") for w in words)
    if uk_words == ru_words:
        # "Путин встретился с Моди" ("моди" is a Ukrainian word too): without і, ї or є, Russian
        return Lang.UK if uk else Lang.RU
    return Lang.UK if uk_words > ru_words else Lang.RU
