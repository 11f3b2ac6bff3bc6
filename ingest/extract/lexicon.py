"""The extraction lexicons (lexicon/*.yaml): trigger words, office words, countries, cue words.

Entries are dictionary forms; a text token matches an entry when one of its readings has
that dictionary form, so one entry covers every inflected form. Languages are merged: a
mixed-script text is read with all three.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml

from graph.model import ContactType
from graph.names import normalize, parses

from .tokens import Token, tokenize

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
T = TypeVar("T")


@dataclass(frozen=True)
class TriggerWord:
    """A word that reports a contact, and how its arguments are found (see triggers.yaml)."""

    type: ContactType
    kind: str
    object: bool = False
    host: bool = False
    caller: bool = False
    about: bool = False  # a briefing only when what was told follows ("told him about")


@dataclass(frozen=True)
class OfficeWord:
    """An office word: a filter on offices held, or a "leader" / "counterpart" description."""

    title: str | None = None
    role: str | None = None
    leader: bool = False
    counterpart: bool = False
    country: str | None = None  # the one country with such an office ("госсекретарь": US)
    org: str | None = None  # the one organization with such an office ("High Representative": EU)


@dataclass(frozen=True)
class Place:
    """A country (ISO code) or an organization, as named or as an adjective."""

    country: str | None = None
    org: str | None = None
    head: str | None = None
    capital: bool = False
    proper: bool = True  # a name ("Казахстан"), matched only when capitalized; else an adjective


class PhraseIndex(Generic[T]):
    """Multi-word entries found in token lists by dictionary form, longest first.

    A `*` in an entry stands for up to two modifiers ("перебував з * візитом" matches
    "перебував з офіційним візитом"): adjectives and participles in Ukrainian and Russian,
    lowercase words in English.
    """

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._first: dict[str, list[tuple[tuple[frozenset[str] | None, ...], T]]] = defaultdict(list)
        for phrase, value in entries:
            forms = _phrase_forms(phrase)
            if not forms or forms[0] is None:
                continue
            for key in forms[0]:
                self._first[key].append((forms, value))

    def match(self, tokens: Sequence[Token], start: int) -> tuple[int, T] | None:
        """The longest entry beginning at `tokens[start]`: (number of tokens, value); of
        entries as long, the one for the likeliest reading ("встречу": встреча, not встретить)."""
        best: tuple[int, T] | None = None
        token = tokens[start]
        for key in dict.fromkeys([*(lemma for lemma, _ in token.readings), token.norm, *token.lemmas]):
            for forms, value in self._first.get(key, ()):
                end = _phrase_end(tokens, start + 1, forms[1:])
                if end is not None and (best is None or end - start > best[0]):
                    best = (end - start, value)
        return best


_GAP = "*"
_MAX_GAP = 2
_MODIFIERS = frozenset({"ADJF", "PRTF", "Apro", "NUMR"})


def _phrase_forms(phrase: str) -> tuple[frozenset[str] | None, ...]:
    forms: list[frozenset[str] | None] = []
    for part in phrase.split():
        if part == _GAP:
            forms.append(None)
        else:
            forms.extend(_forms(t.norm) for t in tokenize(part, 0, len(part), ""))
    return tuple(forms)


def _phrase_end(tokens: Sequence[Token], i: int, forms: tuple[frozenset[str] | None, ...]) -> int | None:
    """Where the rest of an entry (`forms`) ends when it begins at `tokens[i]`, or None."""
    if not forms:
        return i
    head, rest = forms[0], forms[1:]
    if head is not None:
        if i < len(tokens) and tokens[i].lemmas & head:
            return _phrase_end(tokens, i + 1, rest)
        return None
    for skip in range(_MAX_GAP + 1):
        if skip and not (i + skip - 1 < len(tokens) and _modifier(tokens[i + skip - 1])):
            return None
        end = _phrase_end(tokens, i + skip, rest)
        if end is not None:
            return end
    return None


def _modifier(token: Token) -> bool:
    """A word that may fill a `*` gap: no punctuation before it, and an adjective-like word."""
    if token.gap.strip() or token.capitalized or token.is_number:
        return False
    if token.norm.isascii():
        return True
    return any(grammemes & _MODIFIERS for _, grammemes in token.readings)


def _forms(word: str) -> frozenset[str]:
    keys = {word}
    for lang in ("uk", "ru"):
        keys.update(lemma for lemma, _ in parses(word, lang))
    return frozenset(keys)


@dataclass(frozen=True)
class Lexicon:
    """Every lexicon, loaded once."""

    triggers: PhraseIndex[TriggerWord]
    offices: PhraseIndex[OfficeWord]
    places: PhraseIndex[Place]
    leader_role: dict[str, str]
    markers: dict[str, frozenset[str]]

    def is_a(self, token: Token, marker: str) -> bool:
        """Whether the token is one of the cue words of a kind ("negation", "partner", ...)."""
        return bool(token.lemmas & self.markers[marker])


def _read(name: str) -> Any:
    return yaml.safe_load((LEXICON_DIR / name).read_text(encoding="utf-8"))


@cache
def load_lexicon() -> Lexicon:
    """Read lexicon/*.yaml (once per process)."""
    triggers = [
        (word, TriggerWord(type=ContactType(e.pop("type")), **e))
        for by_lang in _read("triggers.yaml").values()
        for word, e in by_lang.items()
    ]
    offices = [
        (word, OfficeWord(**e)) for by_lang in _read("titles.yaml").values() for word, e in by_lang.items()
    ]
    places: list[tuple[str, Place]] = []
    leader_role: dict[str, str] = {}
    for code, entry in _read("countries.yaml").items():
        for lang in ("en", "uk", "ru"):
            places.extend(
                (name, Place(country=code, proper=name[:1].isupper())) for name in entry.get(lang, [])
            )
        places.extend((name, Place(country=code, capital=True)) for name in entry.get("capital", []))
        leader_role[code] = entry.get("led_by", "head_of_state")
    for entry in _read("organizations.yaml").values():
        places.extend((name, Place(org=entry["org"], head=entry.get("head"))) for name in entry["names"])
    markers: dict[str, set[str]] = defaultdict(set)
    for by_lang in _read("markers.yaml").values():
        for kind, words in by_lang.items():
            markers[kind].update(normalize(str(w)) for w in words)
    return Lexicon(
        triggers=PhraseIndex(triggers),
        offices=PhraseIndex(offices),
        places=PhraseIndex(places),
        leader_role=leader_role,
        markers={kind: frozenset(words) for kind, words in markers.items()},
    )
