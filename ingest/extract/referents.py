"""Who a mention refers to: a name's actor, a description's office holder on the day.

"президент Казахстану" is whoever held the Kazakh presidency on the article's date; "глава
держави" or "The President" without a country is the article's main actor when that actor
holds such an office; "казахським колегою" is the Kazakh holder of the other participant's
office.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from graph.model import Actor
from graph.registry import Registry

from .lexicon import Lexicon, OfficeWord, Place
from .mentions import Kind, Mention


@dataclass(frozen=True)
class Context:
    """What resolution needs from the article: the registry, the date and the main actor."""

    registry: Registry
    lexicon: Lexicon
    day: dt.date
    main_actor: str | None = None
    named: frozenset[str] = frozenset()  # the actors the article names


def resolve(
    mention: Mention,
    context: Context,
    partner: str | None = None,
    present: Sequence[str] = (),
) -> frozenset[str]:
    """The actor ids the mention may refer to (one when resolved; none or several otherwise).

    `partner` is the other participant, for "counterpart" descriptions; `present` are the
    participants of the contact the article is reporting ("the interlocutor", "the President"
    in a readout of a call are one of them).
    """
    if mention.kind is Kind.NAME:
        return _narrow(mention, context)
    if mention.kind is not Kind.DESCRIPTION or mention.office is None:
        return frozenset()
    office, place = mention.office, mention.place
    if office.counterpart:
        if place is None:
            others = frozenset(present) - {partner}
            return others if len(others) == 1 else frozenset()
        return _counterpart(place, context, partner or context.main_actor)
    if place is None:
        return _named_holder(office, context, partner, present)
    holders = frozenset(a.id for a in _holders(office, place, context))
    named = holders & context.named
    # "американский спецпосланник": of the several US envoys, the one the article names
    return named if len(holders) > 1 and len(named) == 1 else holders


def _named_holder(
    office: OfficeWord, context: Context, partner: str | None, present: Sequence[str]
) -> frozenset[str]:
    """ "The Secretary", "Державний секретар": the main actor when they hold the office, else
    the one participant of the contact being reported, else the one actor the article names,
    who holds it."""
    registry = context.registry
    main = context.main_actor
    if main and main != partner and main in registry and _holds(registry.get(main), office, context):
        return frozenset({main})
    for candidates in (present, context.named):
        holders = frozenset(
            a
            for a in candidates
            if a != partner and a in registry and _holds(registry.get(a), office, context)
        )
        if holders:
            return holders if len(holders) == 1 else frozenset()
    return frozenset()


def _narrow(mention: Mention, context: Context) -> frozenset[str]:
    """A name shared by several actors, narrowed by the office and country said next to it."""
    if len(mention.actors) <= 1:
        return mention.actors
    countries = {p.country for p in mention.places if p.country}
    fitting = frozenset(
        a
        for a in mention.actors
        if (not countries or context.registry.get(a).country in countries)
        and (mention.office is None or _holds(context.registry.get(a), mention.office, context))
    )
    return fitting or mention.actors


def _holders(office: OfficeWord, place: Place, context: Context) -> list[Actor]:
    registry, day = context.registry, context.day
    if place.org:
        title = place.head or (office.title if office.title not in (None, "president") else None)
        return registry.holders(day, org=place.org, title=title)
    country = place.country
    if office.leader:
        return registry.holders(day, country=country, role=context.lexicon.leader_role.get(country or "", ""))
    if office.title:
        return registry.holders(day, country=country, title=office.title)
    return registry.holders(day, country=country, role=office.role)


def _holds(actor: Actor, office: OfficeWord, context: Context) -> bool:
    for held in actor.offices:
        if not held.held_on(context.day):
            continue
        if office.leader and held.role in ("head_of_state", "head_of_government"):
            return True
        if office.title and held.title == office.title:
            return True
        if office.role and held.role == office.role:
            return True
    return False


def _counterpart(place: Place | None, context: Context, partner: str | None) -> frozenset[str]:
    if place is None or place.country is None or partner is None or partner not in context.registry:
        return frozenset()
    # the holder of the same title first: a president's Iranian counterpart is the president
    # of Iran, not the head of state who holds another title
    for by_title in (True, False):
        found: set[str] = set()
        for held in context.registry.get(partner).offices:
            if not held.held_on(context.day) or (by_title and held.title is None):
                continue
            holders = context.registry.holders(
                context.day,
                country=place.country,
                title=held.title if by_title else None,
                role=None if by_title else held.role,
            )
            found |= {a.id for a in holders}
        if found:
            return frozenset(found)
    return frozenset()
