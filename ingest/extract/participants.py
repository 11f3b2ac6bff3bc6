"""Who took part in each contact, and who started it, from the grammar around the trigger.

Within a clause: the subject (a nominative mention in Ukrainian and Russian, a mention before
the verb in English), partners after "з / с / with / between" ("з Токаєвим"), the direct
object of verbs such as "поінформував Токаєва" or "met Rubio", a genitive or possessive
owner of a contact noun ("візит Зеленського", "Putin's visit"). A briefing's "про / about"
phrase holds the contacts it was about; their missing side is the one who briefed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from graph.model import ContactType

from .lexicon import Lexicon
from .mentions import Kind, Mention
from .referents import Context, resolve
from .tokens import Token
from .triggers import Trigger

_EN_PREPOSITIONS = frozenset(
    {"with", "to", "of", "by", "for", "from", "about", "on", "in", "at", "between", "during", "under"}
    | {"via", "into", "than", "like", "including"}
)
_PARTNER_REACH = 6
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_SUBJECT_RELATIVES = frozenset(
    [
        "який",
        "яка",
        "яке",
        "які",
        "котрий",
        "котра",
        "котре",
        "котрі",
        "который",
        "которая",
        "которое",
        "которые",
        "who",
    ]
)
_DESTINATION = frozenset(["до", "в", "у", "на", "to", "in", "at", "into"])
_ACCUSATIVE_SUBJECT = frozenset({"nomn"})


@dataclass
class Memory:
    """What later sentences may refer back to: the last subject and the article's main pair."""

    last_subject: str | None = None
    main_pair: tuple[str, str] | None = None


@dataclass
class Contact:
    """A contact read off one trigger: its participants, initiator and where its date is said."""

    trigger: Trigger
    participants: list[str]
    initiator: str | None
    scope: tuple[int, int]
    parent: int | None = None
    confidence: float = 0.9
    unresolved: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class _Roles:
    subjects: list[Mention] = field(default_factory=list)
    partners: list[Mention] = field(default_factory=list)
    objects: list[Mention] = field(default_factory=list)
    owners: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    hosts: list[Mention] = field(default_factory=list)


class SentenceReader:
    """Reads the contacts of one sentence from its tokens, mentions, triggers and clauses."""

    def __init__(
        self,
        tokens: Sequence[Token],
        mentions: list[Mention],
        triggers: list[Trigger],
        boundaries: list[int],
        context: Context,
        memory: Memory,
    ) -> None:
        self.tokens = tokens
        self.mentions = mentions
        self.triggers = triggers
        self.context = context
        self.lexicon: Lexicon = context.lexicon
        self.memory = memory
        edges = sorted({0, *boundaries, len(tokens)})
        self.clauses = list(itertools.pairwise(edges))
        self.used: set[int] = set()
        self.roles = [_Roles() for _ in triggers]
        self.about: dict[int, tuple[int, int]] = {}
        self.parent: dict[int, int] = {}

    def contacts(self) -> list[Contact]:
        self._partners()
        self._about_phrases()
        self._objects_and_owners()
        found: list[Contact] = []
        for k, trigger in enumerate(self.triggers):
            contact = self._contact(k, trigger)
            if contact is not None:
                found.append(contact)
        for contact in found:
            if contact.trigger.type is ContactType.VISIT and contact.participants:
                self._host_from_siblings(contact, found)
        subjects = [m for m in self._subjects(*self.clauses[0], None) if m.kind is Kind.NAME]
        if subjects:
            ids = resolve(subjects[0], self.context)
            if len(ids) == 1:
                self.memory.last_subject = next(iter(ids))
        return found

    # -- grammar ---------------------------------------------------------------------------

    def _clause(self, i: int) -> tuple[int, int]:
        return next(c for c in self.clauses if c[0] <= i < c[1])

    def _mention_at(self, i: int) -> int | None:
        return next((k for k, m in enumerate(self.mentions) if m.first == i), None)

    def _preposition_before(self, mention: Mention) -> str | None:
        if mention.first == 0:
            return None
        token = self.tokens[mention.first - 1]
        if token.norm in _EN_PREPOSITIONS or token.has("PREP"):
            return token.norm
        return None

    def _coordinated(self, k: int) -> list[int]:
        """The mention k and those joined to it by "and", "і", "та" or commas."""
        chain = [k]
        while chain[-1] + 1 < len(self.mentions):
            current, following = self.mentions[chain[-1]], self.mentions[chain[-1] + 1]
            between = self.tokens[current.last : following.first]
            if len(between) > 2 or not all(self.lexicon.is_a(t, "coordinator") for t in between):
                break
            gap_text = "".join(t.gap for t in self.tokens[current.last : following.first + 1])
            if not between and "," not in gap_text:
                break
            if following.kind in (Kind.PLACE, Kind.PRONOUN):
                break
            chain.append(chain[-1] + 1)
        return chain

    def _partners(self) -> None:
        """Mentions after "з / with / between", given to the nearest trigger before them."""
        for j, token in enumerate(self.tokens):
            if not self.lexicon.is_a(token, "partner"):
                continue
            k = self._partner_after(j)
            if k is None:
                continue
            owner = self._trigger_for(j)
            if owner is None:
                continue
            for m in self._coordinated(k):
                if self.mentions[m].kind is not Kind.PLACE:
                    self.roles[owner].partners.append(self.mentions[m])
                    self.used.add(m)

    def _partner_after(self, j: int) -> int | None:
        """The mention a partner preposition introduces: right after it ("with the"), or a few
        words on in the instrumental ("з переможцем виборів у США Дональдом Трампом")."""
        k = self._mention_at(j + 1)
        if k is None and j + 2 < len(self.tokens) and self.tokens[j + 1].norm in _DETERMINERS:
            k = self._mention_at(j + 2)
        if k is not None or self.tokens[j].norm.isascii():
            return k
        _, end = self._clause(j)
        for n, m in enumerate(self.mentions):
            if j + 1 < m.first <= j + 5 and m.first < end and m.kind is not Kind.PLACE:
                skipped = self.tokens[j + 1 : m.first]
                if "ablt" in m.cases and not any(t.has("VERB") or "," in t.gap for t in skipped):
                    return n
                return None
        return None

    def _trigger_for(self, j: int) -> int | None:
        start, _ = self._clause(j)
        best = None
        for k, trigger in enumerate(self.triggers):
            if start <= trigger.first and trigger.last <= j and j - trigger.last <= _PARTNER_REACH:
                in_between = [
                    m
                    for m in self.mentions
                    if trigger.last <= m.first < j
                    and m.kind is not Kind.PLACE
                    and not (not trigger.is_verb and "gent" in m.cases)
                ]
                if not in_between:
                    best = k
        return best

    def _about_phrases(self) -> None:
        """For a briefing, the "про ..." phrase after it and the contacts named inside."""
        for k, trigger in enumerate(self.triggers):
            if trigger.type is not ContactType.BRIEFING:
                continue
            _, end = self._clause(trigger.first)
            for j in range(trigger.last, end):
                if self.lexicon.is_a(self.tokens[j], "about") and self._mention_at(j) is None:
                    self.about[k] = (j, len(self.tokens))
                    for n, inner in enumerate(self.triggers):
                        if n != k and j < inner.first and n not in self.parent:
                            self.parent[n] = k
                    break

    def _objects_and_owners(self) -> None:
        for k, trigger in enumerate(self.triggers):
            roles = self.roles[k]
            start, end = self._clause(trigger.first)
            stop = self.about.get(k, (end, end))[0]
            if trigger.word.object:
                self._find_objects(k, trigger, start, min(end, stop))
            if (
                trigger.word.host
                and trigger.last < len(self.tokens)
                and self.tokens[trigger.last].norm == "by"
            ):
                m = self._mention_at(trigger.last + 1)
                if m is not None:
                    roles.hosts.append(self.mentions[m])
                    self.used.add(m)
            if not trigger.is_verb:
                self._find_owners(k, trigger)
            if trigger.type in (ContactType.MESSAGE, ContactType.CALL, ContactType.BRIEFING):
                self._find_recipients(k, trigger, start, min(end, stop))
            if trigger.type is ContactType.VISIT:
                roles.places += [
                    m
                    for m in self.mentions
                    if m.kind is Kind.PLACE
                    and start <= m.first < end
                    and m.first > 0
                    and self.tokens[m.first - 1].norm in _DESTINATION
                ]

    def _find_objects(self, k: int, trigger: Trigger, start: int, end: int) -> None:
        roles = self.roles[k]
        candidates = []
        for n, m in enumerate(self.mentions):
            if n in self.used or not start <= m.first < end or trigger.first <= m.first < trigger.last:
                continue
            if self._preposition_before(m) is not None:
                continue
            head = self.tokens[m.head]
            if head.norm.isascii():
                after = m.first in (trigger.last, trigger.last + 1)
                if after and (m.first == trigger.last or self.tokens[trigger.last].norm == "the"):
                    candidates.append((0, n))
            elif self.lexicon.is_a(head, "pronoun_object") or (
                "accs" in m.cases and m.kind is not Kind.PLACE
            ):
                ambiguous = "nomn" in m.cases and not self.lexicon.is_a(head, "pronoun_object")
                if ambiguous and not (m.first >= trigger.last and self._other_subject(n, start, trigger)):
                    continue
                candidates.append((abs(m.first - trigger.last), n))
            elif m.kind is Kind.PLACE and "accs" in m.cases:
                roles.places.append(m)
        if candidates:
            _, n = min(candidates)
            for c in self._coordinated(n):
                if c not in self.used and self.mentions[c].kind is not Kind.PLACE:
                    roles.objects.append(self.mentions[c])
                    self.used.add(c)

    def _other_subject(self, n: int, start: int, trigger: Trigger) -> bool:
        """Whether a mention other than n can be the subject: a nominative before the verb."""
        return any(
            other != n
            and start <= m.first < trigger.first
            and m.kind is not Kind.PLACE
            and self._preposition_before(m) is None
            and ("nomn" in m.cases or self.lexicon.is_a(self.tokens[m.head], "pronoun_subject"))
            for other, m in enumerate(self.mentions)
        )

    def _find_owners(self, k: int, trigger: Trigger) -> None:
        """ "візит Зеленського", "розмова президентів", "Putin's visit", "the visit of Modi"."""
        roles = self.roles[k]
        for n, m in enumerate(self.mentions):
            if n in self.used:
                continue
            head = self.tokens[m.head]
            follows = trigger.last <= m.first <= trigger.last + 1
            if (
                follows
                and not head.norm.isascii()
                and "gent" in m.cases
                and self._preposition_before(m) is None
            ):
                for c in self._coordinated(n):
                    if c not in self.used and self.mentions[c].kind is not Kind.PLACE:
                        roles.owners.append(self.mentions[c])
                        self.used.add(c)
                return
            if (
                follows
                and head.norm.isascii()
                and self._preposition_before(m) == "of"
                and m.first == trigger.last + 1
            ):
                roles.owners.append(m)
                self.used.add(n)
                return
            possessive = trigger.first - 3 <= m.last <= trigger.first and self.tokens[
                m.last - 1
            ].text.endswith(("'s", "’s"))
            if possessive:
                roles.owners.append(m)
                self.used.add(n)
                return

    def _find_recipients(self, k: int, trigger: Trigger, start: int, end: int) -> None:
        roles = self.roles[k]
        for j in range(trigger.last, min(trigger.last + 3, end)):
            if self.lexicon.is_a(self.tokens[j], "recipient"):
                at = self._mention_at(j + 1)
                if at is None and j + 2 < end and self.tokens[j + 1].norm == "the":
                    at = self._mention_at(j + 2)
                if at is not None and at not in self.used and self.mentions[at].kind is not Kind.PLACE:
                    roles.partners.append(self.mentions[at])
                    self.used.add(at)
                return
        if trigger.type in (ContactType.MESSAGE, ContactType.BRIEFING):
            for n, m in enumerate(self.mentions):
                if n in self.used or not start <= m.first < end or self._preposition_before(m):
                    continue
                if "datv" in m.cases and "nomn" not in m.cases and m.kind is not Kind.PLACE:
                    roles.partners.append(m)
                    self.used.add(n)
                    return

    def _subjects(self, start: int, end: int, trigger: Trigger | None) -> list[Mention]:
        """Subject mentions of a clause: nominative ones in Ukrainian and Russian; in English
        the mentions that open the clause (with those joined to them), before the trigger."""
        found: list[Mention] = []
        for n, m in enumerate(self.mentions):
            if n in self.used or not start <= m.first < end or m.kind is Kind.PLACE or m.possessive:
                continue
            if self._preposition_before(m) is not None:
                continue
            head = self.tokens[m.head]
            if head.norm.isascii() and not head.readings:
                if trigger is not None and m.first > trigger.first:
                    continue
                if m.kind is Kind.PRONOUN and not self.lexicon.is_a(head, "pronoun_subject"):
                    continue
                if not found:
                    return [self.mentions[c] for c in self._coordinated(n) if c not in self.used]
                continue
            if m.kind is Kind.PRONOUN:
                if not self.lexicon.is_a(head, "pronoun_subject"):
                    continue
            elif m.cases and "nomn" not in m.cases:
                continue
            found.append(m)
        return found

    def _clause_subjects(self, clause: int, trigger: Trigger) -> tuple[list[Mention], bool]:
        """The subjects of a clause, else its antecedent ("Macron, who spoke ...") or the
        subjects of the clause before; and whether they were inherited rather than said."""
        start, end = self.clauses[clause]
        if self._is_relative(start):
            before = [m for m in self.mentions if m.last <= start and m.kind in (Kind.NAME, Kind.DESCRIPTION)]
            return before[-1:], True
        own = self._subjects(start, end, trigger)
        if own:
            return own, False
        for earlier in range(clause - 1, -1, -1):
            inherited = self._subjects(*self.clauses[earlier], None)
            if inherited:
                return inherited, True
        return [], True

    def _is_relative(self, start: int) -> bool:
        """Whether the clause opens with a relative pronoun that is its subject ("який", "who")."""
        return any(t.norm in _SUBJECT_RELATIVES for t in self.tokens[start : start + 3])

    # -- one contact -----------------------------------------------------------------------

    def _contact(self, k: int, trigger: Trigger) -> Contact | None:
        roles = self.roles[k]
        clause = self.clauses.index(self._clause(trigger.first))
        parent = self.parent.get(k)
        penalty = 0.0
        if parent is not None:
            subjects: list[Mention] = []
            inherited = True
        else:
            subjects, inherited = self._clause_subjects(clause, trigger)
            if inherited:
                penalty += 0.05
        alone = not trigger.is_verb and not (roles.owners or roles.partners or roles.objects)
        start, end = self._clause(trigger.first)
        rival = any(t is not trigger and start <= t.first < end for t in self.triggers)
        if alone and (inherited or len(subjects) < 2 or rival):
            # "the Alaska meeting", "their talks": only "X and Y ... during a call" names both sides
            subjects = []
        if trigger.type is ContactType.MESSAGE and roles.owners:
            subjects = []  # "Лавров передав послання Путіна": Putin wrote it, Lavrov carried it
        if trigger.word.host and not (roles.objects or roles.hosts):
            return Contact(trigger, [], None, self._clause(trigger.first), parent, 0.0)
        ids, unresolved, description_penalty = self._resolve_roles(roles, subjects)
        named = roles.partners + roles.objects
        if any(first <= m.first < last for m in named for first, last, _ in unresolved):
            # a partner we cannot name: the contact is reported, but not with whom
            return Contact(trigger, [], None, self._clause(trigger.first), parent, 0.0, unresolved)
        penalty += description_penalty
        subject_ids = [i for i in ids["subjects"] if i]
        if parent is not None and not ids["owners"]:
            briefer = self._briefer(parent)
            if briefer:
                subject_ids = [briefer]
        implicit = not subject_ids and trigger.is_verb and parent is None and self.context.main_actor
        if implicit and self.context.main_actor and any(ids[r] for r in ("partners", "objects")):
            subject_ids = [self.context.main_actor]
            penalty += 0.15
        participants = _distinct(
            subject_ids + ids["partners"] + ids["objects"] + ids["owners"] + ids["hosts"]
        )
        lone_visitor = len(participants) == 1
        if trigger.type is ContactType.VISIT and lone_visitor and not self._visit_has_siblings(k):
            host = self._host_of_place(roles, participants)
            if host:
                participants.append(host)
                penalty += 0.2
        if len(participants) < 2 and self.memory.main_pair and self._names_pair(roles, subjects):
            participants = _distinct(participants + list(self.memory.main_pair))
        initiator = self._initiator(trigger, roles, subject_ids, ids, participants)
        scope = (
            self.about.get(parent, self._clause(trigger.first))
            if parent is not None
            else self._clause(trigger.first)
        )
        if len(participants) < 2:
            visitor = initiator if trigger.type is ContactType.VISIT else None
            return Contact(trigger, participants, visitor, scope, parent, 0.0, unresolved)
        return Contact(trigger, participants, initiator, scope, parent, round(max(0.5, 0.9 - penalty), 2))

    def _resolve_roles(
        self, roles: _Roles, subjects: list[Mention]
    ) -> tuple[dict[str, list[str]], list[tuple[int, int, str]], float]:
        ids: dict[str, list[str]] = {}
        unresolved: list[tuple[int, int, str]] = []
        penalty = 0.0
        others = [m for m in roles.partners + roles.objects + roles.owners if m.kind is Kind.NAME]
        other = next(iter(resolve(others[0], self.context)), None) if others else None
        subject_anchor = other or self.context.main_actor
        for role, mentions in (
            ("subjects", subjects),
            ("partners", roles.partners),
            ("objects", roles.objects),
            ("owners", roles.owners),
            ("hosts", roles.hosts),
        ):
            ids[role] = []
            # a counterpart or a pronoun is someone other than the other side of the contact
            anchor = subject_anchor if role == "subjects" else next(iter(ids["subjects"]), other)
            for m in mentions:
                actor = self._actor(m, anchor)
                if actor:
                    ids[role].append(actor)
                    if m.kind is not Kind.NAME:
                        penalty += 0.05
                elif m.kind in (Kind.GROUP, Kind.DESCRIPTION) and not self._is_pair(m):
                    unresolved.append((m.first, m.last, "participants are not named people"))
        return ids, unresolved, penalty

    def _actor(self, m: Mention, anchor: str | None) -> str | None:
        if m.kind is Kind.PRONOUN:
            if self.lexicon.is_a(self.tokens[m.head], "pronoun_object"):
                first = self._subjects(*self.clauses[0], None)
                ids = resolve(first[0], self.context) if first else frozenset()
                for candidate in (*ids, self.memory.last_subject, self.context.main_actor):
                    if candidate and candidate != anchor:
                        return candidate
                return None
            opening = [o for o in self._subjects(*self.clauses[0], None) if o.kind is Kind.NAME]
            if opening and opening[0].first < m.first:
                ids = resolve(opening[0], self.context)
                if len(ids) == 1:
                    return next(iter(ids))
            return self.memory.last_subject or self.context.main_actor
        ids = resolve(m, self.context, partner=anchor)
        return next(iter(ids)) if len(ids) == 1 else None

    def _is_pair(self, m: Mention) -> bool:
        """ "the two leaders", "обидва президенти", "Президенти": the article's main pair."""
        if (
            m.kind is not Kind.GROUP
            or m.place is not None
            or not self.lexicon.is_a(self.tokens[m.head], "pair")
        ):
            return False
        if m.head == 0:
            return True
        before = self.tokens[m.head - 1]
        if self.lexicon.is_a(before, "pair_modifier"):
            return True
        return not (before.capitalized or before.has("ADJF") or before.has("Apro"))

    def _names_pair(self, roles: _Roles, subjects: list[Mention]) -> bool:
        return any(self._is_pair(m) for m in subjects + roles.owners)

    def _briefer(self, parent: int) -> str | None:
        trigger = self.triggers[parent]
        subjects, _ = self._clause_subjects(self.clauses.index(self._clause(trigger.first)), trigger)
        for m in subjects:
            actor = self._actor(m, None)
            if actor:
                return actor
        return self.context.main_actor

    def _visit_has_siblings(self, k: int) -> bool:
        """Whether another contact in the sentence may say whom the visitor met."""
        return any(n != k and t.type is not ContactType.VISIT for n, t in enumerate(self.triggers))

    def _host_from_siblings(self, visit: Contact, found: list[Contact]) -> None:
        """ "arrived in Kyiv, where he met Zelensky": the visitor's partner in the same sentence
        is the host; failing that, the leader of the place visited."""
        if len(visit.participants) >= 2:
            return
        visitor = visit.participants[0]
        for other in found:
            if other is visit or other.trigger.type in (ContactType.VISIT, ContactType.BRIEFING):
                continue
            if visitor in other.participants and len(other.participants) >= 2:
                visit.participants = _distinct([visitor, *other.participants])
                visit.initiator = visitor
                visit.confidence = other.confidence
                return
        k = self.triggers.index(visit.trigger)
        host = self._host_of_place(self.roles[k], visit.participants)
        if host:
            visit.participants.append(host)
            visit.initiator = visitor
            visit.confidence = 0.7

    def _host_of_place(self, roles: _Roles, participants: list[str]) -> str | None:
        for m in roles.places:
            if m.place is None or m.place.country is None:
                continue
            country = m.place.country
            main = self.context.main_actor
            if main and main not in participants and self.context.registry.get(main).country == country:
                return main
            role = self.lexicon.leader_role.get(country, "head_of_state")
            holders = [
                a.id for a in self.context.registry.holders(self.context.day, country=country, role=role)
            ]
            if len(holders) == 1 and holders[0] not in participants:
                return holders[0]
        return None

    def _initiator(
        self,
        trigger: Trigger,
        roles: _Roles,
        subject_ids: list[str],
        ids: dict[str, list[str]],
        participants: list[str],
    ) -> str | None:
        kind = trigger.type
        if kind is ContactType.VISIT and trigger.word.host:
            choice = _first(subject_ids) if ids["hosts"] else _first(ids["objects"], subject_ids)
        elif kind is ContactType.VISIT:
            choice = _first(ids["owners"], subject_ids)
        elif kind in (ContactType.BRIEFING, ContactType.MESSAGE):
            choice = _first(subject_ids, ids["owners"])
        elif trigger.word.caller:
            choice = _first(subject_ids)
        else:
            choice = self._initiative()
        return choice if choice in participants else None

    def _initiative(self) -> str | None:
        """ "at the initiative of the Kazakh side", "за ініціативою Токаєва"."""
        for j, token in enumerate(self.tokens):
            if not self.lexicon.is_a(token, "initiative"):
                continue
            for m in self.mentions:
                if j < m.first <= j + 3:
                    if m.kind is Kind.NAME and len(m.actors) == 1:
                        return next(iter(m.actors))
                    if m.place and m.place.country:
                        return _from_country(self.context, m.place.country)
        return None


def _from_country(context: Context, country: str) -> str | None:
    """Marks the initiator by country: resolved against participants by the caller."""
    leaders = context.registry.holders(context.day, country=country, role="head_of_state")
    return leaders[0].id if len(leaders) == 1 else None


def _first(*candidates: list[str]) -> str | None:
    """The first id of the first non-empty list."""
    return next((ids[0] for ids in candidates if ids), None)


def _distinct(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))
