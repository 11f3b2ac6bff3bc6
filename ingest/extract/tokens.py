"""Word tokens of a sentence with what the later stages need: spans, dictionary forms, cases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from graph.names import normalize, parses

_WORD = re.compile(r"[^\W_]+(?:['’ʼ.-][^\W_]+)*", re.UNICODE)
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})
_VERBAL = frozenset({"VERB", "INFN"})
_POSSESSIVE = re.compile(r"^(.+?)'s?$")


@dataclass(frozen=True)
class Token:
    """One word: its surface text, normalized form, span in the full text and language hint."""

    text: str
    norm: str
    start: int
    end: int
    lang: str
    gap: str  # the text between the previous token and this one (punctuation, quotes)

    @cached_property
    def readings(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """Morphological readings; a capitalized word that may be a noun is not read as a verb
        ("Сибіга" is a surname, not the future tense of "сибігати")."""
        found = parses(self.norm, self.lang)
        if self.capitalized and any("NOUN" in g for _, g in found):
            return tuple(r for r in found if not r[1] & _VERBAL) or found
        return found

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """The token and its dictionary forms (English: the token itself, possessive stripped)."""
        return frozenset({self.norm, *(lemma for lemma, _ in self.readings)})

    @cached_property
    def cases(self) -> frozenset[str]:
        """Grammatical cases the token may be in (empty for English and unknown words)."""
        found: set[str] = set()
        for _, grammemes in self.readings:
            found |= grammemes & _CASES
        return frozenset(found)

    def has(self, grammeme: str) -> bool:
        """Whether some reading of the token carries the grammeme (e.g. "plur", "VERB", "futr")."""
        return any(grammeme in grammemes for _, grammemes in self.readings)

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_number(self) -> bool:
        return self.norm.isdigit()


def tokenize(text: str, start: int, end: int, lang: str) -> list[Token]:
    """The word and number tokens of `text[start:end]`, with spans into `text`.

    English possessives lose their "'s" ("Putin's" -> "putin").
    """
    found: list[Token] = []
    previous = start
    for match in _WORD.finditer(text, start, end):
        surface = match.group()
        norm = normalize(surface)
        if norm.isascii():
            possessive = _POSSESSIVE.match(norm)
            if possessive and "'" in norm:
                norm = possessive.group(1)
        token_start = match.start()
        found.append(
            Token(surface, norm, token_start, token_start + len(surface), lang, text[previous:token_start])
        )
        previous = token_start + len(surface)
    return found
