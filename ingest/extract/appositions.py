"""Appositions: an office description and a name set off by commas are one person.

"the German Chancellor, Friedrich Merz, ..." and "Péter Szijjártó, Minister of Foreign Affairs
of Hungary, ..." each mention one actor; read apart, the description would be a second
participant. They are joined only when the named actor holds (or held) such an office.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from graph.model import Actor
from graph.registry import Registry

from .tokens import Token

if TYPE_CHECKING:
    from .mentions import Mention

_NAME, _DESCRIPTION = "name", "description"  # mentions.Kind values (mentions imports this module)


def merge_appositions(mentions: list[Mention], tokens: Sequence[Token], registry: Registry) -> list[Mention]:
    """The mentions, each description-and-name apposition made one name mention."""
    merged: list[Mention] = []
    k = 0
    while k < len(mentions):
        mention = mentions[k]
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        if following is not None and _apposition(mention, following, tokens, registry):
            name = following if following.kind == _NAME else mention
            description = mention if name is following else following
            if description is mention:  # "the German Chancellor, Friedrich Merz": one phrase
                name.first = mention.first
            name.office = name.office or description.office
            name.places = [*name.places, *([description.place] if description.place else [])]
            merged.append(name)
            k += 2
            continue
        merged.append(mention)
        k += 1
    return merged


def _apposition(left: Mention, right: Mention, tokens: Sequence[Token], registry: Registry) -> bool:
    """A name and a description next to each other with a comma (and "the") between them, the second
    closed by a comma or the end of the sentence, the named actor fitting the description."""
    kinds = {left.kind, right.kind}
    if kinds != {_NAME, _DESCRIPTION} or len(right.actors | left.actors) != 1:
        return False
    between = tokens[left.last : right.first]
    if any(t.norm != "the" for t in between) or tokens[left.last].gap.strip() != ",":
        return False
    closed = right.last == len(tokens) or tokens[right.last].gap.strip()[:1] in (",", ".", ";", ")")
    name, description = (left, right) if left.kind == _NAME else (right, left)
    office = description.office
    if not closed or office is None or office.counterpart:
        return False
    actor_id = next(iter(name.actors))
    return actor_id in registry and _fits(registry.get(actor_id), description)


def _fits(actor: Actor, description: Mention) -> bool:
    office, place = description.office, description.place
    if office is None:
        return False
    for held in actor.offices:
        kind = (
            (office.leader and held.role in ("head_of_state", "head_of_government"))
            or (office.title is not None and held.title == office.title)
            or (office.role is not None and held.role == office.role)
        )
        where = place is None or (place.country or place.org) in (held.country, held.org)
        if kind and where:
            return True
    return False
