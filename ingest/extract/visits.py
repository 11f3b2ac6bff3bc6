"""Whom a visitor visited: the partner of another contact in the same sentence ("arrived in
Kyiv, where he met Zelensky"), else the leader of the place visited."""

from __future__ import annotations

from graph.model import ContactType

from .lexicon import Lexicon
from .referents import Context
from .roles import Roles
from .triggers import Trigger


def has_sibling_contacts(k: int, triggers: list[Trigger]) -> bool:
    """Whether another contact in the sentence may say whom the visitor of trigger k met."""
    return any(n != k and t.type is not ContactType.VISIT for n, t in enumerate(triggers))


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
