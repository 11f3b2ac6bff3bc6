"""Whether a stretch of a sentence speaks of the future ("will meet on Friday", "зустрінеться
у п'ятницю", "встретится в пятницу"), so that a weekday in it is the coming one.

A clause runs between commas, semicolons, colons, dashes and conjunctions joining clauses; it is
future when it has a future marker (lexicon `future`: "will", "наступного", "следующей") or a
verb that can only be read as a future tense.
"""

from __future__ import annotations

import re

from .lexicon import load_lexicon
from .tokens import Token, tokenize

# a conjunction before a lowercase word joins clauses, before a capital it joins names
_SEPARATOR = re.compile(r"[,;:–—]|\s(?:and|but|і|й|та|а|но|и)\s+(?=[a-zа-яіїєґё])")
_VERBAL = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


def future_clause(text: str, start: int, end: int, at: int, lang: str) -> bool:
    """Whether the clause of `text[start:end]` around character `at` is about the future."""
    lo = max([start, *(m.end() for m in _SEPARATOR.finditer(text, start, at))])
    after = _SEPARATOR.search(text, at, end)
    hi = after.start() if after else end
    lexicon = load_lexicon()
    return any(lexicon.is_a(t, "future") or _future_verb(t) for t in tokenize(text, lo, hi, lang))


def _future_verb(token: Token) -> bool:
    """A verb whose every reading is a future tense ("проведуть", "встретятся"); a capitalized
    word may be a name read as a verb."""
    verbal = [g for _, g in token.readings if g & _VERBAL]
    if token.capitalized or not verbal or len(verbal) != len(token.readings):
        return False
    return all("futr" in g for g in verbal)
