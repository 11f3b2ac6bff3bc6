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
    (і ї є ґ against ы э ъ ё), else by which dictionary knows more of its words;
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
    if uk == ru:
        words = _CYRILLIC_WORD.findall(text.lower())[:_SAMPLE]
        uk = sum(is_known_word(w, "uk") for w in words)
        ru = sum(is_known_word(w, "ru") for w in words)
    return Lang.UK if uk >= ru else Lang.RU
