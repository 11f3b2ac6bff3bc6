"""Who did what a passive verb says: "was briefed by Witkoff", "был принят Президентом
Токаевым" — the one after "by", or in the instrumental right after the participle."""

from __future__ import annotations

from .grammar import SentenceGrammar
from .mentions import Kind
from .triggers import Trigger

_BE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_REACH = 4


def passive_agent(g: SentenceGrammar, trigger: Trigger, end: int) -> int | None:
    """ "was briefed by Witkoff", "был принят Президентом Токаевым": who did what the
    passive verb says, named after "by" or in the instrumental."""
    if not trigger.is_verb:
        return None
    tokens = g.tokens
    before = {t.norm for t in tokens[max(0, trigger.first - 3) : trigger.first]}
    if before & _BE and trigger.last < end and tokens[trigger.last].norm == "by":
        return g.mention_at(trigger.last + 1)
    if not tokens[trigger.last - 1].has("pssv"):
        return None
    return next(
        (
            n
            for n, m in enumerate(g.mentions)
            if trigger.last <= m.first < min(end, trigger.last + _REACH)
            and "ablt" in m.cases
            and m.kind is not Kind.PLACE
            and g.preposition_before(m) is None
        ),
        None,
    )
