"""Who took part in each contact of a sentence, and who started it.

The roles around each trigger (roles.py) are resolved to actors (referents.py): the subject,
partners, objects, owners and hosts together are the participants. A subject left implicit
is the clause's antecedent or the article's main actor; "the two leaders" is the article's
main pair; a contact named inside a briefing's "about" phrase is missing the one who briefed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from graph.model import ContactType

from .anaphora import Memory, is_pair, pair_of, possessor, pronoun_actor, theirs, they_did
from .cues import by_phone, gerund, on_a_visit, plural_contacts, sent, separately
from .grammar import SentenceGrammar
from .initiator import initiator
from .mentions import Kind, Mention
from .recipients import received
from .referents import Context, resolve
from .roles import Roles, find_roles
from .speech import spoken_sides
from .tokens import Token
from .triggers import Trigger
from .visits import has_sibling_contacts, host_from_siblings, host_of_place, received_by


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
    hub: str | None = None  # one contact between the hub and each other participant
    sibling: int | None = None  # a visit's host taken from this other contact of the sentence
    travellers: bool = False  # a visit's participants are those who came together, no host

    def pairs(self) -> list[list[str]]:
        """The participants of each contact this one stands for: messages to several people
        are one message to each, "телефонні розмови з X та Y" one call with each."""
        if self.hub is None:
            return [self.participants]
        return [[self.hub, other] for other in self.participants if other != self.hub]


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
        self.lexicon = context.lexicon
        self.memory = memory
        self.grammar = SentenceGrammar(tokens, mentions, boundaries, context.lexicon)
        self.roles: list[Roles] = []
        self.about: dict[int, tuple[int, int]] = {}
        self.parent: dict[int, int] = {}

    def contacts(self) -> list[Contact]:
        """One contact per trigger, in order (a contact's `parent` is a trigger index)."""
        found_roles = find_roles(self.grammar, self.triggers)
        self.roles, self.about, self.parent = found_roles.roles, found_roles.about, found_roles.parent
        found = []
        for k, trigger in enumerate(self.triggers):
            contact = self._contact(k, trigger)
            found.append(contact)
            if contact.parent is None and len(contact.participants) >= 2:
                self.memory.present = tuple(contact.participants)
        for contact in found:
            if contact.trigger.type is ContactType.VISIT and contact.participants:
                host_from_siblings(self.grammar, self.roles, self.triggers, contact, found, self.context)
        for m in self.grammar.opening_subjects()[:1]:
            ids = resolve(m, self.context)
            if len(ids) == 1 and m.kind in (Kind.NAME, Kind.DESCRIPTION):
                self.memory.remember_subject(next(iter(ids)), m.kind is Kind.NAME, self.context.main_actor)
        return found

    def _contact(self, k: int, trigger: Trigger) -> Contact:
        g = self.grammar
        roles = self.roles[k]
        clause = g.clause_index(trigger.first)
        parent = self.parent.get(k)
        penalty = 0.0
        if parent is not None and g.is_relative(g.clauses[clause][0]):
            # "про підсумки візиту Орбана, який зустрічався з Сі": the antecedent, not the briefer
            subjects, inherited = g.clause_subjects(clause, trigger)
        elif parent is not None:
            subjects = []
            inherited = True
        else:
            subjects, inherited = g.clause_subjects(clause, trigger)
            # "проинформировал ... об итогах визита Си Цзиньпина": not who briefed
            subjects = [m for m in subjects if not any(a <= m.first < b for a, b in self.about.values())]
            if inherited:
                penalty += 0.05
        verb = trigger.is_verb or gerund(trigger, self.tokens)
        alone = not verb and not (roles.owners or roles.partners or roles.objects)
        start, end = g.clause(trigger.first)
        # "Лидеры уже встречались", "ранее стороны обсуждали по телефону"
        verbal = verb or by_phone(trigger, self.tokens)
        by_pair = verbal and (self._names_pair(roles, subjects) or self._pair_word(start, trigger.first))
        rival = any(t is not trigger and start <= t.first < end for t in self.triggers)
        receipt = trigger.type is ContactType.MESSAGE and received(g, trigger)
        if not verb and inherited and roles.owners and not receipt:
            subjects = []  # "..., беседа российского лидера с Уиткоффом": the noun names its sides
        posted = sent(trigger, self.tokens) and not inherited  # "Putin sent a telegram"
        if (
            alone
            and (inherited or len(subjects) < 2 or rival)
            and not (posted or on_a_visit(trigger, self.tokens) or by_phone(trigger, self.tokens))
        ):
            # "the Alaska meeting", "their talks": only "X and Y ... during a call" names both sides
            subjects = []
        if trigger.type is ContactType.MESSAGE and roles.owners and not receipt:
            subjects = []  # "Лавров передав послання Путіна": Putin wrote it, Lavrov carried it
        if trigger.word.host and not (roles.objects or roles.hosts):
            return Contact(trigger, [], None, (start, end), parent, 0.0)
        spoken = None if roles.partners or roles.owners else spoken_sides(trigger, self.tokens, self.mentions)
        if spoken is not None:  # "«Ваш визит ...», — сказал Токаев Путину"
            sides, visitor = spoken
            first = visitor if trigger.type is ContactType.VISIT else None
            return Contact(trigger, sides, first, (start, end), parent, 0.7)
        ids, unresolved, description_penalty = self._resolve_roles(roles, subjects)
        named = roles.partners + roles.objects + roles.owners + roles.agents
        if any(first <= m.first < last for m in named for first, last, _ in unresolved):
            # a partner we cannot name: the contact is reported, but not with whom
            return Contact(trigger, [], None, (start, end), parent, 0.0, unresolved)
        penalty += description_penalty
        subject_ids = [i for i in ids["subjects"] if i]
        if parent is not None and not ids["owners"] and not subject_ids:
            briefer = possessor(trigger, self.grammar, self.context) or self._briefer(parent)
            if briefer:
                subject_ids = [briefer]
        implicit = not subject_ids and verb and parent is None and self.context.main_actor
        if implicit and self.context.main_actor and any(ids[r] for r in ("partners", "objects")):
            subject_ids = [self.context.main_actor]
            penalty += 0.15
        participants = _distinct(
            subject_ids + ids["agents"] + ids["partners"] + ids["objects"] + ids["owners"] + ids["hosts"]
        )
        if trigger.type is ContactType.BRIEFING and len(participants) == 1 and not named:
            # "Си Цзиньпин проинформировал о своём разговоре с Трампом": his interlocutor
            others = [a for a in self.memory.present if a not in participants]
            if participants[0] in self.memory.present and len(others) == 1:
                participants.append(others[0])
        recipient = self._main_actor_as_recipient(trigger, subject_ids, participants, end)
        if recipient:
            # "Putin sent a congratulatory telegram" in the readout of its recipient
            participants.append(recipient)
            penalty += 0.15
        # "Witkoff and Kushner arrived in Moscow": those who came together did not visit each other
        visit = trigger.type is ContactType.VISIT
        travellers = visit and len(participants) >= 2 and participants == subject_ids
        lone_visitor = len(participants) == 1 or travellers
        if trigger.type is ContactType.VISIT and lone_visitor and not has_sibling_contacts(k, self.triggers):
            host = received_by(g, participants, self.context) or host_of_place(
                roles, participants, self.context, self.lexicon
            )
            if host:
                participants.append(host)
                penalty += 0.2
                travellers = False
        pair = pair_of(self.memory)
        if (
            len(participants) < 2
            and pair
            and (by_pair or self._names_pair(roles, subjects) or theirs(trigger, self.tokens))
        ):
            participants = _distinct(participants + list(pair))
        elif not participants and len(self.memory.present) == 2 and they_did(trigger, self.tokens, start):
            participants = list(self.memory.present)  # the two of the contact just reported
        chosen = initiator(trigger, subject_ids, ids, participants, g, self.context)
        scope = (
            self.about.get(parent, (start, end))
            if parent is not None
            else (start, g.said_of(end, self.triggers))
        )
        if len(participants) < 2:
            visitor = chosen if trigger.type is ContactType.VISIT else None
            return Contact(trigger, participants, visitor, scope, parent, 0.0, unresolved)
        confidence = round(max(0.5, 0.9 - penalty), 2)
        hub = self._hub(trigger, chosen, subject_ids, participants)
        contact = Contact(trigger, participants, chosen, scope, parent, confidence, hub=hub)
        contact.travellers = travellers
        return contact

    def _hub(
        self, trigger: Trigger, chosen: str | None, subject_ids: list[str], participants: list[str]
    ) -> str | None:
        """Who had one contact with each of the others: the sender of a message to several
        people, the subject of plural calls or meetings ("held phone calls with X and Y")."""
        if len(participants) < 3:
            return None
        if trigger.type is ContactType.MESSAGE:
            return chosen
        clause = self.tokens[slice(*self.grammar.clause(trigger.first))]
        one_each = plural_contacts(trigger, self.tokens) or separately(clause)
        return subject_ids[0] if one_each and len(subject_ids) == 1 else None

    def _resolve_roles(
        self, roles: Roles, subjects: list[Mention]
    ) -> tuple[dict[str, list[str]], list[tuple[int, int, str]], float]:
        ids: dict[str, list[str]] = {}
        unresolved: list[tuple[int, int, str]] = []
        penalty = 0.0
        sides = roles.partners + roles.objects + roles.owners + roles.agents
        others = [m for m in sides if m.kind is Kind.NAME]
        other = next(iter(resolve(others[0], self.context)), None) if others else None
        for role, mentions in (
            ("subjects", subjects),
            ("partners", roles.partners),
            ("objects", roles.objects),
            ("owners", roles.owners),
            ("hosts", roles.hosts),
            ("agents", roles.agents),
        ):
            ids[role] = []
            # a counterpart or a pronoun is someone other than the other side of the contact
            anchor = (
                other if role == "subjects" else next(iter(ids["subjects"]), other or self.context.main_actor)
            )
            for m in mentions:
                actor = self._resolve(m, anchor)
                if actor:
                    ids[role].append(actor)
                    if m.kind is not Kind.NAME:
                        penalty += 0.05
                elif m.kind in (Kind.GROUP, Kind.DESCRIPTION) and not is_pair(m, self.tokens, self.lexicon):
                    unresolved.append((m.first, m.last, "participants are not named people"))
        return ids, unresolved, penalty

    def _resolve(self, m: Mention, anchor: str | None) -> str | None:
        """The one actor a mention refers to; `anchor` is the other side of the contact."""
        if m.kind is Kind.PRONOUN:
            return pronoun_actor(m, anchor, self.grammar, self.memory, self.context)
        ids = resolve(m, self.context, partner=anchor, present=self.memory.present)
        return next(iter(ids)) if len(ids) == 1 else None

    def _names_pair(self, roles: Roles, subjects: list[Mention]) -> bool:
        return any(is_pair(m, self.tokens, self.lexicon) for m in subjects + roles.owners)

    def _pair_word(self, start: int, end: int) -> bool:
        """A plural pair word the mentions did not take ("стороны", "sides") opening the clause
        as its subject."""
        taken = {i for m in self.mentions for i in range(m.first, m.last)}
        return any(
            self.lexicon.is_a(t, "pair") and ((t.has("plur") and t.has("nomn")) or t.norm == "sides")
            for i, t in enumerate(self.tokens[start:end], start)
            if i not in taken
        )

    def _main_actor_as_recipient(
        self, trigger: Trigger, subject_ids: list[str], participants: list[str], end: int
    ) -> str | None:
        """A message whose sender alone is named, with no word of a recipient, went to the
        article's main actor."""
        main = self.context.main_actor
        if not sent(trigger, self.tokens) or main is None:
            return None
        if participants != subject_ids or len(participants) != 1 or main in participants:
            return None
        after = self.tokens[trigger.last : end]
        if any(self.lexicon.is_a(t, "recipient") or "datv" in t.cases for t in after):
            return None
        return main

    def _briefer(self, parent: int) -> str | None:
        trigger = self.triggers[parent]
        subjects, _ = self.grammar.clause_subjects(self.grammar.clause_index(trigger.first), trigger)
        for m in subjects:
            actor = self._resolve(m, None)
            if actor:
                return actor
        return self.context.main_actor


def _distinct(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))
