"""Who started a contact: the caller, the visitor, the one who briefed or wrote, or the side
whose initiative the text names ("at the initiative of the Kazakh side")."""

from __future__ import annotations

from graph.model import ContactType

from .grammar import SentenceGrammar
from .mentions import Kind
from .referents import Context
from .triggers import Trigger


def initiator(
    trigger: Trigger,
    subject_ids: list[str],
    ids: dict[str, list[str]],
    participants: list[str],
    grammar: SentenceGrammar,
    context: Context,
) -> str | None:
    """The initiator among `participants`, from the subjects' ids and the other resolved
    role `ids` ("objects", "owners", "hosts"), or None when the text does not say."""
    kind = trigger.type
    if ids["agents"] and kind in (ContactType.VISIT, ContactType.BRIEFING, ContactType.MESSAGE):
        choice = _first(ids["agents"])  # "was briefed by Witkoff", "was visited by Putin"
    elif ids["agents"] and trigger.word.caller:
        choice = _first(ids["agents"])
    elif kind is ContactType.VISIT and trigger.word.host:
        choice = _first(subject_ids) if ids["hosts"] else _first(ids["objects"], subject_ids)
    elif kind is ContactType.VISIT:
        choice = _first(ids["owners"], subject_ids)
    elif kind is ContactType.MESSAGE:
        choice = _first(ids["owners"], subject_ids)  # "отримав лист від Зеленського": its writer
    elif kind is ContactType.BRIEFING:
        choice = _first(subject_ids, ids["owners"])
    elif trigger.word.caller:
        choice = _first(subject_ids)
    else:
        choice = _initiative(grammar, context, participants)
    return choice if choice in participants else None


def _initiative(grammar: SentenceGrammar, context: Context, participants: list[str]) -> str | None:
    """ "at the initiative of the Kazakh side", "за ініціативою Токаєва"."""
    for j, token in enumerate(grammar.tokens):
        if not grammar.lexicon.is_a(token, "initiative"):
            continue
        for m in grammar.mentions:
            if j < m.first <= j + 3:
                if m.kind is Kind.NAME and len(m.actors) == 1:
                    return next(iter(m.actors))
                if m.place and m.place.country:
                    return _from_country(context, m.place.country, participants)
    return None


def _from_country(context: Context, country: str, participants: list[str]) -> str | None:
    """The one participant from that country ("по инициативе венгерской стороны": the
    Hungarian prime minister, not the head of state who took no part)."""
    registry = context.registry
    ours = [p for p in participants if p in registry and registry.get(p).country == country]
    return ours[0] if len(ours) == 1 else None


def _first(*candidates: list[str]) -> str | None:
    """The first id of the first non-empty list."""
    return next((ids[0] for ids in candidates if ids), None)
