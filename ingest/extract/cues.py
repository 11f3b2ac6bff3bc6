"""Words around a contact that change who took part in it: "on a visit" (the subject is the
visitor), a message "sent" (not one referred to), "by phone", "separately" and plural calls
(one contact with each).
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.model import ContactType

from .grammar import EN_PREPOSITIONS
from .tokens import Token
from .triggers import Trigger

_SEPARATELY = frozenset({"separately", "individually", "окремо", "отдельности", "поочередно", "почергово"})
_SEPARATE_WHEN_PLURAL = frozenset({ContactType.CALL, ContactType.VIDEO_CALL, ContactType.MEETING})
_ON_A_VISIT = frozenset({"з", "із", "зі", "с", "со", "on"})
_VISIT_MODIFIERS = frozenset({"a", "an", "official", "state"})
_BY_PHONE = frozenset({"по", "телефоном", "by"})
_GERUND_OPENERS = frozenset({"after", "before", "while", "since", "when", "by", "upon"})


def on_a_visit(trigger: Trigger, tokens: Sequence[Token]) -> bool:
    """ "перебуває з візитом у Китаї", "находился с визитом", "was on a visit to Ankara":
    the subject is the visitor."""
    if trigger.type is not ContactType.VISIT or trigger.is_verb:
        return False
    j = trigger.first - 1
    while j >= 0 and (tokens[j].has("ADJF") or tokens[j].norm in _VISIT_MODIFIERS):
        j -= 1
    return j >= 0 and tokens[j].norm in _ON_A_VISIT


def sent(trigger: Trigger, tokens: Sequence[Token]) -> bool:
    """A message said to be sent ("sent a telegram", "направил послание"), not one referred
    to ("in his message", "у посланні") nor a proper name ("у Telegram")."""
    if trigger.type is not ContactType.MESSAGE:
        return False
    if tokens[trigger.first].capitalized and trigger.first > 0:
        return False
    if trigger.is_verb or trigger.first == 0:
        return True
    before = tokens[trigger.first - 1]
    return not (before.has("PREP") or before.norm in EN_PREPOSITIONS)


def by_phone(trigger: Trigger, tokens: Sequence[Token]) -> bool:
    """ "обсуждали по телефону", "spoke by phone": a verb's manner, not a noun's subject."""
    return trigger.first > 0 and tokens[trigger.first - 1].norm in _BY_PHONE


def manner_of_calling(trigger: Trigger, tokens: Sequence[Token]) -> bool:
    """ "по телефону", "by phone" (the trigger may hold the "by"): how a verb's contact was made."""
    return not trigger.is_verb and (by_phone(trigger, tokens) or tokens[trigger.first].norm == "by")


def plural_contacts(trigger: Trigger, tokens: Sequence[Token]) -> bool:
    """ "провів телефонні розмови з X та Y", "held meetings with": one contact with each."""
    if trigger.type not in _SEPARATE_WHEN_PLURAL or trigger.is_verb:
        return False
    head = tokens[trigger.last - 1]
    if head.readings:
        return head.has("plur") and not head.has("Pltm")
    return head.norm.endswith("s")


def separately(clause: Sequence[Token]) -> bool:
    """ "по отдельности встретился с ...", "separately met": one contact with each."""
    return any(t.norm in _SEPARATELY for t in clause)


def gerund(trigger: Trigger, tokens: Sequence[Token]) -> bool:
    """ "failed to agree after meeting for three hours", "before calling Zelensky": an English
    contact word in -ing after a subordinator is a verb whose subject is the main clause's."""
    first = trigger.first
    return (
        not trigger.is_verb
        and tokens[first].norm.endswith("ing")
        and first > 0
        and tokens[first - 1].norm in _GERUND_OPENERS
    )
