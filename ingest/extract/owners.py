"""The owner of a contact noun: genitive ("візит Зеленського", "розмова президентів"),
possessive ("Putin's visit") or "of" ("the visit of Modi")."""

from __future__ import annotations

from .grammar import SentenceGrammar
from .group_heads import named_apposition
from .mentions import Kind, Mention
from .triggers import Trigger

_OWNER_REACH = 4


def find_owners(g: SentenceGrammar, trigger: Trigger) -> list[Mention]:
    """ "візит Зеленського", "розмова президентів", "Putin's visit", "the visit of Modi"."""
    owners: list[Mention] = []
    for n, m in enumerate(g.mentions):
        if n in g.used:
            continue
        head = g.tokens[m.head]
        follows = trigger.last <= m.first <= trigger.last + 1
        if (
            (follows or _genitive_gap(g, trigger.last, m.first))
            and not head.norm.isascii()
            and "gent" in m.cases
            and g.preposition_before(m) is None
            and not ("nomn" not in g.tokens[trigger.first].cases and g.subject_of_next_verb(m))
        ):
            for c in g.coordinated(named_apposition(g, n)):
                if c not in g.used and g.mentions[c].kind is not Kind.PLACE:
                    owners.append(g.mentions[c])
                    g.used.add(c)
            return owners
        if (
            follows
            and head.norm.isascii()
            and g.preposition_before(m) == "of"
            and m.first == trigger.last + 1
        ):
            owners.append(m)
            g.used.add(n)
            return owners
        if trigger.first - 3 <= m.last <= trigger.first and possessive(g, m):
            owners.append(m)
            g.used.add(n)
            return owners
    return owners


def possessive(g: SentenceGrammar, m: Mention) -> bool:
    """ "Trump's", "Rubio’s": a mention in the possessive."""
    return g.tokens[m.last - 1].text.endswith(("'s", "’s"))


def _genitive_gap(g: SentenceGrammar, start: int, end: int) -> bool:
    """ "візиту до Пекіна прем'єр-міністра Орбана", "визита Председателя КНР Си Цзиньпина":
    words between a contact noun and its owner that are a destination or more genitives."""
    if not start < end <= start + _OWNER_REACH:
        return False
    places = {i for m in g.mentions if m.kind is Kind.PLACE for i in range(m.first, m.last)}
    for i in range(start, end):
        token = g.tokens[i]
        if "," in token.gap or token.has("VERB"):
            return False
        destination = token.has("PREP") and i + 1 in places
        if not (destination or i in places or "gent" in token.cases):
            return False
    return True
