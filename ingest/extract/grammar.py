"""The grammar of one sentence that participants are read from: clauses, prepositions,
coordination ("X, Y and Z") and subjects.

Subjects are nominative mentions in Ukrainian and Russian, and in English the mentions that
open the clause before the verb; a clause without its own subject inherits the one before.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from .lexicon import Lexicon
from .mentions import Kind, Mention
from .tokens import Token
from .triggers import Trigger

EN_PREPOSITIONS = frozenset(
    {"with", "to", "of", "by", "for", "from", "about", "on", "in", "at", "between", "during", "under"}
    | {"via", "into", "than", "like", "including"}
)
_MODIFIER_REACH = 5
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_SUBJECT_RELATIVES = frozenset(
    {"який", "яка", "яке", "які", "котрий", "котра", "котре", "котрі"}
    | {"который", "которая", "которое", "которые", "who"}
)


class SentenceGrammar:
    """A sentence's tokens, mentions and clauses, and the mentions already given a role."""

    def __init__(
        self, tokens: Sequence[Token], mentions: list[Mention], boundaries: list[int], lexicon: Lexicon
    ) -> None:
        self.tokens = tokens
        self.mentions = mentions
        self.lexicon = lexicon
        edges = sorted({0, *boundaries, len(tokens)})
        self.clauses = list(itertools.pairwise(edges))
        self.used: set[int] = set()

    def clause(self, i: int) -> tuple[int, int]:
        """The clause `[start, end)` holding token i."""
        return next(c for c in self.clauses if c[0] <= i < c[1])

    def clause_index(self, i: int) -> int:
        return self.clauses.index(self.clause(i))

    def mention_at(self, i: int) -> int | None:
        """The index of the mention that begins at token i."""
        return next((k for k, m in enumerate(self.mentions) if m.first == i), None)

    def preposition_before(self, mention: Mention) -> str | None:
        if mention.first == 0:
            return None
        token = self.tokens[mention.first - 1]
        if token.norm in EN_PREPOSITIONS:
            return token.norm
        # "Накануне российский министр провел": a word that may also be an adverb governs
        # only a mention that can be in its case (the genitive)
        cases = self.tokens[mention.first].cases
        if token.has("PREP") and not (token.has("ADVB") and cases and "gent" not in cases):
            return token.norm
        return None

    def coordinated(self, k: int) -> list[int]:
        """The mention k and those joined to it by "and", "і", "та" or commas; an office set
        off by commas next to a name is that name's apposition, not another person ("Péter
        Szijjártó, Minister of Foreign Affairs of Hungary,")."""
        chain, last = [k], k
        while last + 1 < len(self.mentions):
            current, following = self.mentions[last], self.mentions[last + 1]
            between = self.tokens[current.last : following.first]
            if chain == [k] and self._group_named(current, between, following):
                self.used.add(k)  # "the foreign ministers of both countries, X and Y," are X and Y
                chain, last = [last + 1], last + 1
                continue
            if not (self._joined(between) or self._joined_with_modifiers(between, following)):
                break
            gap_text = "".join(t.gap for t in self.tokens[current.last : following.first + 1])
            if not between and "," not in gap_text:
                break
            if following.kind in (Kind.PLACE, Kind.PRONOUN):
                break
            last += 1
            if not between and _apposition(current, following) and not self._list_goes_on(last):
                self.used.add(last)  # "X, the minister," describes X
                continue
            chain.append(last)
        return chain

    def _group_named(self, group: Mention, between: Sequence[Token], following: Mention) -> bool:
        """Whether the names after a comma stand for the group before it ("the foreign
        ministers of our two countries, X and Y,", "міністри, X і Y,"); a description is
        named the same way unless a list goes on ("the German Chancellor, Friedrich Merz,")."""
        if following.kind is not Kind.NAME or group.kind not in (Kind.GROUP, Kind.DESCRIPTION):
            return False
        if "," not in self.tokens[following.first].gap or len(between) > _MODIFIER_REACH:
            return False
        if any("," in t.gap or t.has("VERB") or self.lexicon.is_a(t, "coordinator") for t in between):
            return False
        n = self.mentions.index(following)
        if group.kind is Kind.DESCRIPTION and self._list_goes_on(n):
            return False
        while self._list_goes_on(n):
            n += 1
        # closed by a comma: "After talks with the Kazakh president, Putin flew home" is no apposition
        end = self.mentions[n].last
        return end == len(self.tokens) or "," in self.tokens[end].gap

    def _list_goes_on(self, k: int) -> bool:
        """Whether another person is joined to mention k by "and" ("X, the German chancellor
        and the French president": a list, not an apposition)."""
        if k + 1 >= len(self.mentions) or self.mentions[k + 1].kind in (Kind.PLACE, Kind.PRONOUN):
            return False
        between = self.tokens[self.mentions[k].last : self.mentions[k + 1].first]
        return bool(between) and self._joined(between)

    def _joined(self, between: Sequence[Token]) -> bool:
        return len(between) <= 2 and all(self.lexicon.is_a(t, "coordinator") for t in between)

    def _joined_with_modifiers(self, between: Sequence[Token], following: Mention) -> bool:
        """ "and Middle East envoy Steve Witkoff", "і зятем американського лідера Джаредом
        Кушнером": a coordinator, then words describing the next named person."""
        if following.kind is not Kind.NAME or not 1 < len(between) <= _MODIFIER_REACH:
            return False
        if not self.lexicon.is_a(between[0], "coordinator") or any("," in t.gap for t in between[1:]):
            return False
        rest = between[1:]
        return not any(
            self.lexicon.is_a(t, "coordinator")
            or t.norm in EN_PREPOSITIONS
            or t.has("PREP")
            or t.has("VERB")
            or t.has("INFN")
            for t in rest
        )

    def subjects(self, start: int, end: int, trigger: Trigger | None) -> list[Mention]:
        """Subject mentions of a clause: nominative ones in Ukrainian and Russian; in English
        the mentions that open the clause (with those joined to them), before the trigger."""
        found: list[Mention] = []
        for n, m in enumerate(self.mentions):
            if n in self.used or not start <= m.first < end or m.kind is Kind.PLACE or m.possessive:
                continue
            if self.preposition_before(m) is not None:
                continue
            head = self.tokens[m.head]
            if head.norm.isascii() and not head.readings:
                if trigger is not None and m.first > trigger.first:
                    continue
                if m.kind is Kind.PRONOUN and not self.lexicon.is_a(head, "pronoun_subject"):
                    continue
                if not found:
                    return [self.mentions[c] for c in self.coordinated(n) if c not in self.used]
                continue
            if m.kind is Kind.PRONOUN:
                if not self.lexicon.is_a(head, "pronoun_subject"):
                    continue
            elif m.cases and "nomn" not in m.cases:
                continue
            found.append(m)
        return found

    def opening_subjects(self) -> list[Mention]:
        """The subjects of the sentence's first clause."""
        return self.subjects(*self.clauses[0], None)

    def clause_subjects(self, clause: int, trigger: Trigger) -> tuple[list[Mention], bool]:
        """The subjects of a clause, else its antecedent ("Macron, who spoke ...") or the
        subjects of the clause before; and whether they were inherited rather than said."""
        start, end = self.clauses[clause]
        if self.is_relative(start):
            before = [m for m in self.mentions if m.last <= start and m.kind in (Kind.NAME, Kind.DESCRIPTION)]
            return before[-1:], True
        own = self.subjects(start, end, trigger)
        if own:
            return own, False
        for earlier in range(clause - 1, -1, -1):
            inherited = self.subjects(*self.clauses[earlier], None)
            if inherited:
                return inherited, True
        return [], True

    def other_subject(self, n: int, start: int, trigger: Trigger) -> bool:
        """Whether a mention other than n can be the subject: a nominative before the verb."""
        return any(
            other != n
            and start <= m.first < trigger.first
            and m.kind is not Kind.PLACE
            and self.preposition_before(m) is None
            and ("nomn" in m.cases or self.lexicon.is_a(self.tokens[m.head], "pronoun_subject"))
            for other, m in enumerate(self.mentions)
        )

    def said_of(self, end: int, triggers: Sequence[Trigger]) -> int:
        """Where what a clause ending at `end` says of its contact ends: "розмову з Путіним,
        яка відбулася минулого тижня", "talks, which took place on Monday" go on into a
        relative clause that says the contact took place, and a dash into words without a
        verb; neither reports a contact of its own."""
        following = next((c for c in self.clauses if c[0] == end), None)
        if following is None or any(following[0] <= t.first < following[1] for t in triggers):
            return end
        words = self.tokens[slice(*following)]
        # "уже зустрічалися цього року – на конференції в Римі в липні": a dash, then no verb
        elaboration = any(d in words[0].gap for d in "–—") and not any(t.has("VERB") for t in words)
        # "Данії, яка з 1 липня головує в Раді ЄС" says nothing of the visit
        occurred = self.is_relative(end) and any(self.lexicon.is_a(t, "occur") for t in words)
        return following[1] if elaboration or occurred else end

    def object_by_order(self, n: int, trigger: Trigger, start: int, end: int) -> bool:
        """Whether mention n, which may be nominative or accusative, is the verb's object:
        after the verb with a subject before it, or before the verb with a mention after it
        that can only be nominative ("Свириденко прийняв Президент Польщі")."""
        m = self.mentions[n]
        if m.first >= trigger.last:
            return self.other_subject(n, start, trigger)
        return any(
            trigger.last <= other.first < end
            and other.kind is not Kind.PLACE
            and self.preposition_before(other) is None
            and "nomn" in other.cases
            and "accs" not in other.cases
            for other in self.mentions
        )

    def subject_of_next_verb(self, m: Mention) -> bool:
        """ "В ходе разговора Касым-Жомарт Токаев проинформировал ...": a name that may be
        nominative, right before a verb, is that verb's subject, not the owner of the noun
        before it (unless that noun is the subject: "Розмова президентів відбулася")."""
        if "nomn" not in m.cases or m.last >= len(self.tokens):
            return False
        after = self.tokens[m.last]
        return after.has("VERB") and not after.has("NOUN") and "," not in after.gap

    def is_relative(self, start: int) -> bool:
        """Whether the clause opens with a relative pronoun that is its subject ("який", "who")."""
        return any(t.norm in _SUBJECT_RELATIVES for t in self.tokens[start : start + 3])


def _apposition(current: Mention, following: Mention) -> bool:
    """Whether `following`, set off by a comma, only describes `current`: an office without
    a name after a name."""
    return current.kind is Kind.NAME and following.kind in (Kind.DESCRIPTION, Kind.GROUP)
