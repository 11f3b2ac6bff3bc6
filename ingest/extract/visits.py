"""Whom a visitor visited: the partner of another contact in the same sentence ("arrived in
Kyiv, where he met Zelensky"), whoever received the visitor ("був прийнятий Наслідним
принцом"), else the leader of the place visited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import ContactType

from .grammar import SentenceGrammar
from .lexicon import Lexicon
from .mentions import Kind, Mention
from .referents import Context, resolve
from .triggers import Trigger

if TYPE_CHECKING:
    from .participants import Contact
    from .roles import Roles


def has_sibling_contacts(k: int, triggers: list[Trigger]) -> bool:
    """Whether another contact in the sentence may say whom the visitor of trigger k met."""
    return any(n != k and t.type is not ContactType.VISIT for n, t in enumerate(triggers))


_ALSO = frozenset({"also", "too", "теж", "також", "тоже", "также"})


def fellow_guests(grammar: SentenceGrammar, triggers: list[Trigger]) -> bool:
    """Whether the sentence says that those met came too ("..., які теж прибули до Орхуса",
    "who had also travelled to ..."): guests meeting guests, none of them the host."""
    clauses = [grammar.clause(t.first) for t in triggers if t.type is ContactType.VISIT]
    return any(
        grammar.is_relative(start) and any(w.norm in _ALSO for w in grammar.tokens[start:end])
        for start, end in clauses
    )


_RECEIVED = frozenset({"прийнятий", "прийняти", "принять", "принятый", "зустрінутий", "встретить"})
_RECEIVED_EN = frozenset({"received", "welcomed", "greeted", "hosted"})
_AGENT_REACH = 6


def received_by(grammar: SentenceGrammar, participants: list[str], context: Context) -> str | None:
    """The one who received the visitor, named after a passive "received": "був прийнятий
    Наслідним принцом Мухаммедом бін Салманом", "был принят Эрдоганом", "was received by"."""
    tokens = grammar.tokens
    for i, token in enumerate(tokens):
        passive = token.has("pssv") and bool(token.lemmas & _RECEIVED)
        english = token.norm in _RECEIVED_EN and i + 1 < len(tokens) and tokens[i + 1].norm == "by"
        if not (passive or english):
            continue
        for m in grammar.mentions:
            if i < m.first <= i + _AGENT_REACH and m.kind is Kind.NAME and (english or "ablt" in m.cases):
                ids = resolve(m, context) - set(participants)
                if len(ids) == 1:
                    return next(iter(ids))
    return None


def host_of_place(roles: Roles, participants: list[str], context: Context, lexicon: Lexicon) -> str | None:
    """The main actor when the visit is to their country, else the one leader of the place."""
    for m in roles.places:
        if m.place is None or m.place.country is None:
            continue
        country = m.place.country
        main = context.main_actor
        if main and main not in participants and context.registry.get(main).country == country:
            return main
        role = lexicon.leader_role.get(country, "head_of_state")
        holders = [a.id for a in context.registry.holders(context.day, country=country, role=role)]
        if len(holders) == 1 and holders[0] not in participants:
            return holders[0]
    return None


def host_of_guests(
    grammar: SentenceGrammar,
    roles: Roles,
    visit: Trigger,
    guests: list[str],
    others: list[tuple[Trigger, list[str]]],
) -> str | None:
    """ "X, Y and Z arrived in Kyiv, where they were met by W": visitors named only as the
    subjects take as their host the one other person of a contact in a relative clause after."""
    if not visit.is_verb or roles.objects or roles.partners or roles.owners or roles.hosts:
        return None
    for trigger, participants in others:
        if trigger.first <= visit.first or trigger.type is ContactType.BRIEFING:
            continue
        start, _ = grammar.clause(trigger.first)
        relative = start > 0 and grammar.lexicon.is_a(grammar.tokens[start], "clause")
        host = [p for p in participants if p not in guests]
        if relative and len(host) == 1:
            return host[0]
    return None


def visited_at(g: SentenceGrammar, trigger: Trigger, end: int) -> list[Mention]:
    """ "побывал у избранного президента Трампа", "побував у Макрона": the person at whose
    place the visitor was is the host (marked used in `g`)."""
    for j in range(trigger.last, min(trigger.last + 2, end)):
        n = g.mention_at(j + 1)
        if g.tokens[j].norm == "у" and n is not None and n not in g.used:
            m = g.mentions[n]
            if m.kind in (Kind.NAME, Kind.DESCRIPTION) and "gent" in m.cases:
                g.used.add(n)
                return [m]
    return []


def host_from_siblings(
    grammar: SentenceGrammar,
    roles: list[Roles],
    triggers: list[Trigger],
    visit: Contact,
    found: list[Contact],
    context: Context,
) -> None:
    """ "arrived in Kyiv, where he met Zelensky": the visitor's partner in the same sentence
    is the host; failing that, the leader of the place visited."""
    k = triggers.index(visit.trigger)
    if len(visit.participants) >= 2:
        others = [(c.trigger, c.participants) for c in found if c is not visit]
        host = host_of_guests(grammar, roles[k], visit.trigger, visit.participants, others)
        if host:
            visit.participants.append(host)
            visit.initiator = None  # several guests: none of them alone came
            visit.travellers = False
        elif visit.travellers:
            visit.participants = []
        return
    if fellow_guests(grammar, triggers):
        return  # "met X and Y, who had also come to Aarhus": guests, not hosts
    visitor = visit.participants[0]
    for other in found:
        if other is visit or other.trigger.type is ContactType.BRIEFING:
            continue  # "was received by the Crown Prince": a visit with its host names him
        if visitor in other.participants and len(other.participants) >= 2:
            visit.participants = list(dict.fromkeys([visitor, *other.participants]))
            visit.initiator = visitor
            visit.confidence = other.confidence
            visit.sibling = found.index(other)
            return
    host = received_by(grammar, visit.participants, context) or host_of_place(
        roles[k], visit.participants, context, context.lexicon
    )
    if host:
        visit.participants.append(host)
        visit.initiator = visitor
        visit.confidence = 0.7
