"""Name forms: normalization and Ukrainian/Russian word forms through pymorphy3.

A name token is indexed under every form of its declension, so "Токаєвим" or "Путина"
finds the person whose registry name is "Токаєв" or "Путин".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pymorphy3

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ё": "е", "Ё": "Е"})
_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яіїєґ]")
_UK_ONLY = re.compile(r"[іїєґ]")
_RU_ONLY = re.compile(r"[ыэъ]")


def normalize(text: str) -> str:
    """Lowercase, unify apostrophes and ё, strip Latin diacritics (Erdoğan -> erdogan)."""
    text = text.translate(_APOSTROPHES).lower()
    if not _CYRILLIC.search(text):
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text


def tokens(text: str) -> list[str]:
    """The normalized word tokens of a text (hyphenated names stay one token)."""
    return _TOKEN.findall(normalize(text))


_SKELETON_LETTERS = str.maketrans(
    {
        "ё": "е",
        "э": "е",
        "є": "е",
        "і": "и",
        "ї": "и",
        "ы": "и",
        "ґ": "г",
        "ь": None,
        "ъ": None,
        "'": None,
        "y": "i",
    }
)
_DOUBLES = re.compile(r"(\w)\1+")


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """A normalized token with the letters that transliterations disagree on merged:
    doubled letters, soft signs, е/э/є, и/і/ы, y/i ("Схоофом" and "Схофом", "Zelenskyy" and
    "Zelenskiy" share one skeleton).

    >>> skeleton("схоофом") == skeleton("схофом")
    True
    """
    return _DOUBLES.sub(r"\1", token.translate(_SKELETON_LETTERS))


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def may_be_name(token: str) -> bool:
    """Whether a normalized token can be a person's name: Latin, unknown to the Ukrainian and
    Russian dictionaries, or read by them as a name ("Тоді" is the adverb "then").

    >>> may_be_name("тоді"), may_be_name("схоофом")
    (False, True)
    """
    readings = parses(token)
    if not readings or any(grammemes & _NAME_TAGS for _, grammemes in readings):
        return True
    return not (is_known_word(token, "uk") or is_known_word(token, "ru"))


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Word tokens of a text with their character spans, normalized."""
    return [(normalize(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=2)
def _analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


def _analyzers(token: str) -> list[pymorphy3.MorphAnalyzer]:
    if not _CYRILLIC.search(token):
        return []
    if _UK_ONLY.search(token):
        return [_analyzer("uk")]
    return [_analyzer("ru"), _analyzer("uk")]


@lru_cache(maxsize=65536)
def parses(token: str, lang: str = "") -> tuple[tuple[str, frozenset[str]], ...]:
    """The morphological readings of a normalized Cyrillic token: (dictionary form, grammemes).

    `lang` ("uk" or "ru") picks the dictionary for tokens whose letters fit both languages;
    tokens with letters of one language only are read with that language's dictionary.
    Latin tokens have no readings.
    """
    if not _CYRILLIC.search(token):
        return ()
    if _UK_ONLY.search(token) or (lang == "uk" and not _RU_ONLY.search(token)):
        morph = _analyzer("uk")
    else:
        morph = _analyzer("ru")
    return tuple((p.normal_form.replace("ё", "е"), frozenset(p.tag.grammemes)) for p in morph.parse(token))


def is_known_word(token: str, lang: str) -> bool:
    """Whether the Ukrainian ("uk") or Russian ("ru") dictionary lists this normalized token."""
    return bool(_analyzer(lang).word_is_known(token))


@lru_cache(maxsize=65536)
def lemmas(token: str) -> frozenset[str]:
    """The token itself and its possible dictionary forms (a query-side look-up key set)."""
    keys = {token}
    for morph in _analyzers(token):
        keys.update(p.normal_form.replace("ё", "е") for p in morph.parse(token))
    return frozenset(keys)


@lru_cache(maxsize=65536)
def inflections(token: str) -> frozenset[str]:
    """Every form of a name token given in the nominative (the registry side of the index)."""
    keys = {token}
    for morph in _analyzers(token):
        for parse in morph.parse(token):
            if "nomn" in parse.tag and "plur" not in parse.tag:
                keys.update(f.word.replace("ё", "е") for f in parse.lexeme if "plur" not in f.tag)
                keys.add(parse.normal_form.replace("ё", "е"))
    return frozenset(keys)
