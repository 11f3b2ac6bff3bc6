"""The roles mentions play around each contact trigger of a sentence.

Partners after "з / с / with / between" ("з Токаєвим"), the direct object of verbs such as
"поінформував Токаєва" or "met Rubio", a genitive or possessive owner of a contact noun
("візит Зеленського", "Putin's visit"), recipients ("to Tokayev", "Президенту"), hosts
("hosted by"), and places visited. A briefing's "про / about" phrase holds the contacts it
was about: they become its children.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import ContactType

from .agents import passive_agent
from .cues import manner_of_calling
from .grammar import DETERMINERS, SentenceGrammar
from .group_heads import HEADED_BY, heads_group, named_apposition
from .mentions import Kind, Mention
from .owners import find_owners, possessive
from .recipients import find_recipients, find_sender
from .triggers import Trigger
from .visits import visited_at

_PARTNER_REACH = 8
# "з переможцем президентських виборів у США Дональдом Трампом": words before the name
_INSTRUMENTAL_REACH = 8
_TOGETHER = frozenset({"вместе", "разом", "спільно", "совместно", "together", "along"})
_DESTINATION = frozenset(["до", "в", "у", "на", "to", "in", "at", "into"])


@dataclass
class Roles:
    """The mentions around one trigger, by the part they play in the contact."""

    partners: list[Mention] = field(default_factory=list)
    objects: list[Mention] = field(default_factory=list)
    owners: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    hosts: list[Mention] = field(default_factory=list)
    agents: list[Mention] = field(default_factory=list)  # "was briefed by X": who did it


@dataclass
class SentenceRoles:
    """Roles per trigger, the "about" phrase of each briefing (token span) and, for a contact
    named inside such a phrase, the briefing it belongs to (trigger indexes)."""

    roles: list[Roles]
    about: dict[int, tuple[int, int]]
    parent: dict[int, int]


def find_roles(grammar: SentenceGrammar, triggers: list[Trigger]) -> SentenceRoles:
    """Give the sentence's mentions their roles around its triggers (marking them used)."""
    return _RoleFinder(grammar, triggers).find()


class _RoleFinder:
    def __init__(self, grammar: SentenceGrammar, triggers: list[Trigger]) -> None:
        self.g = grammar
        self.tokens = grammar.tokens
        self.mentions = grammar.mentions
        self.lexicon = grammar.lexicon
        self.used = grammar.used
        self.triggers = triggers
        self.roles = [Roles() for _ in triggers]
        self.about: dict[int, tuple[int, int]] = {}
        self.parent: dict[int, int] = {}

    def find(self) -> SentenceRoles:
        self._partners()
        self._about_phrases()
        self._objects_and_owners()
        return SentenceRoles(self.roles, self.about, self.parent)

    def _partners(self) -> None:
        """Mentions after "з / with / between", given to the nearest trigger before them;
        "... with X on Tuesday and with Y" gives Y to X's trigger."""
        last: tuple[int, int] | None = None  # the last partner phrase: its trigger, its clause
        for j, token in enumerate(self.tokens):
            if not self.lexicon.is_a(token, "partner"):
                continue
            if any(tuple(t.norm for t in self.tokens[max(0, j - 2) : j + 1]) == w for w in HEADED_BY):
                continue  # "во главе с Умеровым": who led the group, not a partner
            k = self._partner_after(j)
            if k is None:
                continue
            together = j > 0 and self.tokens[j - 1].norm in _TOGETHER
            owner = self._trigger_after(j) if together else self._trigger_for(j)
            joined = j > 0 and self.lexicon.is_a(self.tokens[j - 1], "coordinator")
            if owner is None and joined and last is not None and last[1] == self.g.clause(j)[0]:
                owner = last[0]
            if owner is None:
                owner = self._by_phone_after(j)
            if owner is None:
                continue
            last = (owner, self.g.clause(j)[0])
            k = named_apposition(self.g, k)
            for m in self.g.coordinated(k):
                if self.mentions[m].kind is not Kind.PLACE:
                    self.roles[owner].partners.append(self.mentions[m])
                    self.used.add(m)

    def _trigger_after(self, j: int) -> int | None:
        """ "Уиткофф и Кушнер вместе с Рубио провели переговоры": the trigger the "together
        with" side joins comes after it, in the same clause."""
        _, end = self.g.clause(j)
        return next((k for k, t in enumerate(self.triggers) if j < t.first < end), None)

    def _by_phone_after(self, j: int) -> int | None:
        """ "обсудил с Фиданом по телефону", "with Rubio by phone": a call said after its
        partner, in the same clause."""
        _, end = self.g.clause(j)
        return next(
            (
                k
                for k, t in enumerate(self.triggers)
                if j < t.first < min(end, j + _PARTNER_REACH) and manner_of_calling(t, self.tokens)
            ),
            None,
        )

    def _partner_after(self, j: int) -> int | None:
        """The mention a partner preposition introduces: right after it ("with the"), or a few
        words on in the instrumental ("з переможцем виборів у США Дональдом Трампом")."""
        k = self.g.mention_at(j + 1)
        if k is None and j + 2 < len(self.tokens) and self.tokens[j + 1].norm in DETERMINERS:
            k = self.g.mention_at(j + 2)
        if k is not None or self.tokens[j].norm.isascii():
            return k
        _, end = self.g.clause(j)
        for n, m in enumerate(self.mentions):
            if j + 1 < m.first <= j + _INSTRUMENTAL_REACH and m.first < end and m.kind is not Kind.PLACE:
                skipped = self.tokens[j + 1 : m.first]
                if "ablt" in m.cases and not any(t.has("VERB") or "," in t.gap for t in skipped):
                    return n
                return None
        return None

    def _trigger_for(self, j: int) -> int | None:
        start, _ = self.g.clause(j)
        best = None
        for k, trigger in enumerate(self.triggers):
            if start <= trigger.first and trigger.last <= j and j - trigger.last <= _PARTNER_REACH:
                in_between = [
                    m
                    for m in self.mentions
                    if trigger.last <= m.first < j
                    and m.kind is not Kind.PLACE
                    and not (not trigger.is_verb and "gent" in m.cases)
                    and not heads_group(self.g, m)
                ]
                if not in_between:
                    best = k
        return best

    def _about_phrases(self) -> None:
        """For a briefing, the "про ..." phrase after it and the contacts named inside."""
        for k, trigger in enumerate(self.triggers):
            if trigger.type is not ContactType.BRIEFING:
                continue
            _, end = self.g.clause(trigger.first)
            for j in range(trigger.last, end):
                if self.lexicon.is_a(self.tokens[j], "about") and self.g.mention_at(j) is None:
                    self.about[k] = (j, len(self.tokens))
                    for n, inner in enumerate(self.triggers):
                        if n != k and j < inner.first and n not in self.parent:
                            self.parent[n] = k
                    break

    def _objects_and_owners(self) -> None:
        for k, trigger in enumerate(self.triggers):
            roles = self.roles[k]
            start, end = self.g.clause(trigger.first)
            stop = self.about.get(k, (end, end))[0]
            if trigger.word.object:
                self._find_objects(k, trigger, start, min(end, stop))
            agent = passive_agent(self.g, trigger, end)
            if agent is not None:
                (roles.hosts if trigger.word.host else roles.agents).append(self.mentions[agent])
                self.used.add(agent)
            elif (
                trigger.word.host
                and trigger.last < len(self.tokens)
                and self.tokens[trigger.last].norm == "by"
            ):
                m = self.g.mention_at(trigger.last + 1)
                if m is not None:
                    # "a meeting hosted by Macron": the host took part in that meeting
                    noun = self._noun_before(trigger)
                    (self.roles[noun].partners if noun is not None else roles.hosts).append(self.mentions[m])
                    self.used.add(m)
            sender = (
                find_sender(self.g, trigger, roles.partners) if trigger.type is ContactType.MESSAGE else None
            )
            if sender is not None:
                roles.owners.append(sender)
            elif not trigger.is_verb:
                roles.owners += find_owners(self.g, trigger)
            if trigger.type in (ContactType.MESSAGE, ContactType.CALL, ContactType.BRIEFING):
                roles.partners += find_recipients(self.g, trigger, start, min(end, stop))
            if trigger.type is ContactType.VISIT and trigger.is_verb:
                roles.hosts += visited_at(self.g, trigger, end)
            if trigger.type is ContactType.VISIT:
                roles.places += [
                    m
                    for m in self.mentions
                    if m.kind is Kind.PLACE
                    and start <= m.first < end
                    and m.first > 0
                    and self.tokens[m.first - 1].norm in _DESTINATION
                ]

    def _noun_before(self, trigger: Trigger) -> int | None:
        """The contact noun a participle right after it describes ("talks hosted by ...")."""
        return next(
            (k for k, t in enumerate(self.triggers) if not t.is_verb and t.last == trigger.first), None
        )

    def _find_objects(self, k: int, trigger: Trigger, start: int, end: int) -> None:
        roles = self.roles[k]
        candidates = []
        for n, m in enumerate(self.mentions):
            if n in self.used or not start <= m.first < end or trigger.first <= m.first < trigger.last:
                continue
            if self.g.preposition_before(m) is not None:
                continue
            head = self.tokens[m.head]
            if possessive(self.g, m):
                continue  # "welcomed Trump's decision", "met Rubio's deputy": someone else's
            if head.norm.isascii():
                after = m.first in (trigger.last, trigger.last + 1)
                if after and (m.first == trigger.last or self.tokens[trigger.last].norm in DETERMINERS):
                    candidates.append((0, n))
            elif self.lexicon.is_a(head, "pronoun_object") or (
                "accs" in m.cases and m.kind is not Kind.PLACE
            ):
                ambiguous = "nomn" in m.cases and not self.lexicon.is_a(head, "pronoun_object")
                if ambiguous and not self.g.object_by_order(n, trigger, start, end):
                    continue
                candidates.append((abs(m.first - trigger.last), n))
            elif m.kind is Kind.PLACE and "accs" in m.cases:
                roles.places.append(m)
        if candidates:
            _, n = min(candidates)
            for c in self.g.coordinated(n):
                if c not in self.used and self.mentions[c].kind is not Kind.PLACE:
                    roles.objects.append(self.mentions[c])
                    self.used.add(c)
