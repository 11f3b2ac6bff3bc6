"""The ends of a message, call or briefing: who it went to ("to Tokayev", "Президенту
Казахстану", and those joined to them), and who a message came from ("послання від
Зеленського") — carried by the subject, or received by them ("отримав лист від ...")."""

from __future__ import annotations

from graph.model import ContactType

from .grammar import SentenceGrammar
from .mentions import Kind, Mention
from .triggers import Trigger

_REACH = 3
_FROM = frozenset({"від", "от", "from"})
_SENDER_REACH = 2
_RECEIVED = frozenset({"отримати", "получить", "receive", "received", "receives"})


def find_recipients(g: SentenceGrammar, trigger: Trigger, start: int, end: int) -> list[Mention]:
    """The recipients of the contact at `trigger` in the clause `[start, end)`: after a
    recipient word ("to", "до"), else a dative mention ("позвонил Токаеву") (marked used in
    `g`)."""
    tokens, mentions = g.tokens, g.mentions
    for j in range(trigger.last, min(trigger.last + _REACH, end)):
        if g.lexicon.is_a(tokens[j], "recipient"):
            at = g.mention_at(j + 1)
            if at is None and j + 2 < end and tokens[j + 1].norm == "the":
                at = g.mention_at(j + 2)
            if at is not None and at not in g.used and mentions[at].kind is not Kind.PLACE:
                return _joined(g, at)
            return []
    if trigger.type in (ContactType.MESSAGE, ContactType.BRIEFING, ContactType.CALL):
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


def find_sender(g: SentenceGrammar, trigger: Trigger, partners: list[Mention]) -> Mention | None:
    """ "послання від Зеленського", "a letter from Trump": who wrote the message (marked used,
    and no longer a partner if "від" was read as one)."""
    for m in partners:
        if m.first > 0 and g.tokens[m.first - 1].norm in _FROM:
            partners.remove(m)
            return m
    for j in range(trigger.last, min(trigger.last + _SENDER_REACH, len(g.tokens))):
        n = g.mention_at(j + 1)
        if g.tokens[j].norm in _FROM and n is not None and g.mentions[n].kind is Kind.NAME:
            g.used.add(n)
            return g.mentions[n]
    return None


def received(g: SentenceGrammar, trigger: Trigger) -> bool:
    """Whether the clause's subject received the message ("отримав листа від ...") rather
    than carried it ("передав послання від ...")."""
    start, _ = g.clause(trigger.first)
    return any(t.lemmas & _RECEIVED for t in g.tokens[start : trigger.last])
