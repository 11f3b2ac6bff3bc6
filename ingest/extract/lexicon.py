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


@dataclass(frozen=True)
class OfficeWord:
    """An office word: a filter on offices held, or a "leader" / "counterpart" description."""

    title: str | None = None
    role: str | None = None
    leader: bool = False
    counterpart: bool = False


@dataclass(frozen=True)
class Place:
    """A country (ISO code) or an organization, as named or as an adjective."""

    country: str | None = None
    org: str | None = None
    head: str | None = None
    capital: bool = False
    proper: bool = True  # a name ("Казахстан"), matched only when capitalized; else an adjective


class PhraseIndex(Generic[T]):
    """Multi-word entries found in token lists by dictionary form, longest first."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._first: dict[str, list[tuple[tuple[frozenset[str], ...], T]]] = defaultdict(list)
        for phrase, value in entries:
            words = [t.norm for t in tokenize(phrase, 0, len(phrase), "")]
            if not words:
                continue
            forms = tuple(_forms(w) for w in words)
            for key in forms[0]:
                self._first[key].append((forms, value))

    def match(self, tokens: Sequence[Token], start: int) -> tuple[int, T] | None:
        """The longest entry beginning at `tokens[start]`: (number of tokens, value)."""
        best: tuple[int, T] | None = None
        for key in tokens[start].lemmas:
            for forms, value in self._first.get(key, ()):
                n = len(forms)
                if start + n > len(tokens) or (best and n <= best[0]):
                    continue
                if all(tokens[start + j].lemmas & forms[j] for j in range(1, n)):
                    best = (n, value)
        return best


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
