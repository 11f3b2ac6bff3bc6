"""Who a message, call or briefing went to: "to Tokayev", "Президенту Казахстану", and those
joined to them ("Президенту Азербайджана ..., Президенту Ирана ... и Президенту Таджикистана")."""

from __future__ import annotations

from graph.model import ContactType

from .grammar import SentenceGrammar
from .mentions import Kind, Mention
from .triggers import Trigger

_REACH = 3


def find_recipients(g: SentenceGrammar, trigger: Trigger, start: int, end: int) -> list[Mention]:
    """The recipients of the contact at `trigger` in the clause `[start, end)`: after a
    recipient word ("to", "до"), else, for a message or a briefing, a dative mention (marked
    used in `g`)."""
    tokens, mentions = g.tokens, g.mentions
    for j in range(trigger.last, min(trigger.last + _REACH, end)):
        if g.lexicon.is_a(tokens[j], "recipient"):
            at = g.mention_at(j + 1)
            if at is None and j + 2 < end and tokens[j + 1].norm == "the":
                at = g.mention_at(j + 2)
            if at is not None and at not in g.used and mentions[at].kind is not Kind.PLACE:
                return _joined(g, at)
            return []
    if trigger.type in (ContactType.MESSAGE, ContactType.BRIEFING):
        for n, m in enumerate(mentions):
            if n in g.used or not start <= m.first < end or g.preposition_before(m):
                continue
            if "datv" in m.cases and "nomn" not in m.cases and m.kind is not Kind.PLACE:
                return _joined(g, n)
    return []


def _joined(g: SentenceGrammar, n: int) -> list[Mention]:
    found = []
    for c in g.coordinated(n):
        if c not in g.used and g.mentions[c].kind is not Kind.PLACE:
            found.append(g.mentions[c])
            g.used.add(c)
    return found
