"""Names that stand for a group: its head ("делегации во главе с Умеровым", "the delegation
led by Umerov") or the names after a dash ("з главами делегацій — Умєровим і Мединським").
"""

from __future__ import annotations

from .grammar import SentenceGrammar
from .mentions import Kind, Mention

HEADED_BY = frozenset(
    {("во", "главе", "с"), ("на", "чолі", "з"), ("на", "чолі", "із"), ("led", "by"), ("headed", "by")}
)


def named_apposition(g: SentenceGrammar, k: int) -> int:
    """ "з главами делегацій — Умєровим і Мединським": the names that follow a group
    after a dash or colon stand for it."""
    if g.mentions[k].kind is not Kind.GROUP:
        return k
    last = k  # "главами делегаций": the group with the groups it governs
    while last + 1 < len(g.mentions) and g.mentions[last + 1].kind is Kind.GROUP:
        last += 1
    if last + 1 >= len(g.mentions):
        return k
    group, following = g.mentions[last], g.mentions[last + 1]
    gap = "".join(t.gap for t in g.tokens[group.last : following.first + 1])
    dash = following.first == group.last and any(d in gap for d in "—–:")
    # "делегации во главе с Умеровым", "the delegation led by Umerov": its head
    words = tuple(t.norm for t in g.tokens[group.last : following.first])
    if following.kind is Kind.NAME and (dash or words in HEADED_BY):
        g.used.update(range(k, last + 1))
        return last + 1
    return k


def heads_group(g: SentenceGrammar, m: Mention) -> bool:
    """ "делегации во главе с Умеровым": a name that only says who led a group."""
    return any(
        tuple(t.norm for t in g.tokens[max(0, m.first - len(words)) : m.first]) == words
        for words in HEADED_BY
    )
