"""The remit of an office between the office and its holder's name: "спецпосланцем президента
США з питань України та Росії Кітом Келлогом", "Special Envoy for the Middle East Steven
Witkoff". The office words and the remit together describe the name that follows.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.registry import Registry

from .lexicon import Lexicon
from .tokens import Token

_REMIT_REACH = 10
_NOT_IN_REMIT = frozenset({"VERB", "INFN", "PRTS", "GRND", "PREP"})


def _remit_start(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> int | None:
    """ "з питань", "по вопросам", "по Украине", "for": where the words of a remit begin."""
    if i + 1 >= len(tokens) or not lexicon.is_a(tokens[i], "remit"):
        return None
    if tokens[i].norm.isascii() or tokens[i].norm == "по":
        return i + 1
    following = tokens[i + 1]
    if lexicon.is_a(following, "remit_topic") or (
        following.capitalized and lexicon.places.match(tokens, i + 1) is not None
    ):
        return i + 2
    return None


def remit_end(
    tokens: Sequence[Token], words: list[str], i: int, registry: Registry, lexicon: Lexicon
) -> int | None:
    """Where the remit of an office ends when a name follows it: "з питань України та Росії",
    "по вопросам ...", "for the Middle East" (lowercase words, places and "та / and")."""
    start = _remit_start(tokens, i, lexicon)
    if start is None:
        return None
    for j in range(start, min(len(tokens), i + _REMIT_REACH)):
        token = tokens[j]
        if "," in token.gap or any(mark in token.gap for mark in ("(", ")", " – ", " — ")):
            return None
        if token.capitalized and (registry.match_name(words, j)[0] or lexicon.offices.match(tokens, j)):
            return j
        if token.readings and token.readings[0][1] & _NOT_IN_REMIT:
            return None  # a verb ("обговорили") or a preposition ("по телефону с ...")
    return None
