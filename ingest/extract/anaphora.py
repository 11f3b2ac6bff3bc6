"""What a sentence refers back to: pronouns ("he", "його", "him"), "the two leaders", "their
meeting", "його переговори" — resolved through what earlier sentences said (Memory).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .grammar import SentenceGrammar
from .lexicon import Lexicon
from .mentions import Kind, Mention
from .referents import Context, resolve
from .tokens import Token
from .triggers import Trigger

_THEIR = frozenset({"their", "їхній", "їхня", "їхнє", "їхні"})
_THEIR_REACH = 3
_HIS = frozenset({"його", "її", "его", "ее", "её"})
_THEY = frozenset({"they", "вони", "они"})
_THEY_REACH = 2


@dataclass
class Memory:
    """What later sentences may refer back to: the last subject, the article's main pair and
    the participants of the contact being reported ("the interlocutor", "the two leaders")."""

    last_subject: str | None = None  # named: who "he" is
    last_actor: str | None = None  # named or described ("the American envoy"): who "him" is
    main_pair: tuple[str, str] | None = None
    present: tuple[str, ...] = ()

    def remember_subject(self, actor: str, named: bool, main_actor: str | None) -> None:
        """A sentence's subject: who "him" is next; who "he" is too when named, or when
        described as the article's main actor ("The Secretary", "Глава держави": how a
        readout speaks of its protagonist, not of the guest)."""
        self.last_actor = actor
        if named or actor == main_actor:
            self.last_subject = actor


def pronoun_actor(
    m: Mention, anchor: str | None, grammar: SentenceGrammar, memory: Memory, context: Context
) -> str | None:
    """Who a pronoun is: an object pronoun ("him", "його") is the other side of the contact
    being reported, else someone just named other than `anchor`; a subject pronoun ("he",
    "він") the sentence's named subject before it, else the last named subject or the
    article's main actor."""
    if grammar.lexicon.is_a(grammar.tokens[m.head], "pronoun_object"):
        others = [a for a in memory.present if a != anchor]
        if anchor in memory.present and len(others) == 1:
            return others[0]
        first = grammar.opening_subjects()
        ids = resolve(first[0], context) if first else frozenset()
        for candidate in (*ids, memory.last_actor, memory.last_subject, context.main_actor):
            if candidate and candidate != anchor:
                return candidate
        return None
    opening = [o for o in grammar.opening_subjects() if o.kind in (Kind.NAME, Kind.DESCRIPTION)]
    if opening and opening[0].first < m.first:
        ids = resolve(opening[0], context, present=memory.present)
        if len(ids) == 1 and (opening[0].kind is Kind.NAME or context.main_actor in ids):
            return next(iter(ids))
    return memory.last_subject or context.main_actor


def is_pair(m: Mention, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "the two leaders", "обидва президенти", "Президенти": the article's main pair."""
    if m.kind is not Kind.GROUP or m.place is not None or not lexicon.is_a(tokens[m.head], "pair"):
        return False
    if m.head == 0:
        return True
    before = tokens[m.head - 1]
    if lexicon.is_a(before, "pair_modifier"):
        return True
    return not (before.capitalized or before.has("ADJF") or before.has("Apro"))


def theirs(trigger: Trigger, tokens: Sequence[Token]) -> bool:
    """ "their meeting", "their last call", "їхня зустріч": a contact of the pair."""
    if trigger.is_verb:
        return False
    before = tokens[max(0, trigger.first - _THEIR_REACH) : trigger.first]
    return any(t.norm in _THEIR or t.lemmas & _THEIR for t in before)


def they_did(trigger: Trigger, tokens: Sequence[Token], start: int) -> bool:
    """ "On Friday they met", "вони зустрілися": a plural pronoun as the subject of the verb."""
    if not trigger.is_verb:
        return False
    return any(t.norm in _THEY for t in tokens[max(start, trigger.first - _THEY_REACH) : trigger.first])


def pair_of(memory: Memory) -> tuple[str, ...] | None:
    """Who "the two leaders" or "their" refer to: the first pair the article named as
    meeting, calling or visiting, else the sides of the contact being reported."""
    if memory.main_pair:
        return memory.main_pair
    return memory.present if len(memory.present) == 2 else None


def possessor(trigger: Trigger, grammar: SentenceGrammar, context: Context) -> str | None:
    """ "про підсумки візиту Зеленського та його переговорів з Трампом": "його" (not
    "своїх") is the last person named before it other than the sentence's subject."""
    tokens = grammar.tokens
    j = trigger.first - 1
    while j > 0 and tokens[j].has("ADJF"):
        j -= 1
    if j < 0 or tokens[j].norm not in _HIS:
        return None
    subjects = {a for m in grammar.opening_subjects() for a in resolve(m, context)}
    for m in reversed(grammar.mentions):
        if m.last <= j and m.kind is Kind.NAME and len(m.actors) == 1 and not m.actors & subjects:
            return next(iter(m.actors))
    return None
