"""Contacts named in the first or second person in what someone said: in "«Ваш визит очень
важен», — сказал Токаев Путину" the visit is Putin's to Tokayev; "our meeting" is the
speaker's with the one spoken to."""

from __future__ import annotations

from collections.abc import Sequence

from .mentions import Kind, Mention
from .tokens import Token
from .triggers import Trigger

_YOUR = frozenset(
    {"your", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашим", "вашем", "вашу"}
    | {"ваші", "вашого", "вашої", "вашому", "вашій", "вашими"}
)
_OUR = frozenset(
    {"our", "наш", "наша", "наше", "наши", "нашего", "нашей", "нашим", "нашем", "нашу"}
    | {"наші", "нашого", "нашої", "нашому", "нашій", "нашими"}
)
_SAID = frozenset(
    {"сказать", "заявить", "написать", "добавить", "отметить", "обратиться"}
    | {"сказати", "заявити", "написати", "додати", "зазначити", "звернутися"}
)
_TOLD = frozenset({"told", "tells", "wrote"})
_QUOTES = '«“„"'
_POSSESSIVE_REACH = 2
_SPEAKER_REACH = 3


def spoken_sides(
    trigger: Trigger, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> tuple[list[str], str | None] | None:
    """The sides of a contact the speaker calls "your" or "our" in quoted speech addressed to
    a named person, with its visitor for "your visit"; None when the sentence says no such
    thing."""
    if trigger.is_verb:
        return None
    before = tokens[max(0, trigger.first - _POSSESSIVE_REACH) : trigger.first]
    yours = any(t.norm in _YOUR for t in before)
    if not (yours or any(t.norm in _OUR for t in before)):
        return None
    if not any(q in t.gap for t in tokens[: trigger.first] for q in _QUOTES):
        return None
    for i, token in enumerate(tokens):
        if not (token.lemmas & _SAID or token.norm in _TOLD):
            continue
        sides = _speaker_and_addressee(i, tokens, mentions)
        if sides is not None:
            speaker, addressee = sides
            if speaker == addressee:
                return None
            if yours:
                return [addressee, speaker], addressee
            return [speaker, addressee], None
    return None


def _speaker_and_addressee(
    i: int, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> tuple[str, str] | None:
    named = [m for m in mentions if m.kind is Kind.NAME and len(m.actors) == 1]
    if tokens[i].norm in _TOLD:  # "Tokayev told Putin"
        speaker = next((m for m in named if m.last == i), None)
        addressee = next((m for m in named if m.first == i + 1), None)
    else:  # "сказал Токаев Путину", "Токаев сказал Путину"
        near = [m for m in named if abs(m.first - i) <= _SPEAKER_REACH]
        speaker = next((m for m in near if "nomn" in m.cases), None)
        addressee = next((m for m in near if "datv" in m.cases and "nomn" not in m.cases), None)
    if speaker is None or addressee is None:
        return None
    return next(iter(speaker.actors)), next(iter(addressee.actors))
