"""Contact triggers: the words that report a contact, typed, with plans and denials left out.

"розмова", "met", "поінформував" ... are found by dictionary form. A trigger is dropped when
the text does not say the contact happened: a denial earlier in the sentence ("denied ...
had spoken"), a negation just before it ("no conversation", "не зустрічався"), a plan or
intention ("agreed to meet", "will meet", "домовилися провести зустріч"), a future tense, or
an infinitive ("to visit", "відвідати").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.model import ContactType

from .lexicon import Lexicon, TriggerWord
from .tokens import Token

_NEGATION_WINDOW = 3
_MODALITY_WINDOW = 6
_MODE_WINDOW = 3
_REFINABLE = {ContactType.CALL, ContactType.MEETING, ContactType.TALKS}


@dataclass
class Trigger:
    """A contact word at tokens `[first, last)`, its contact type and its grammar."""

    first: int
    last: int
    word: TriggerWord
    type: ContactType

    @property
    def is_verb(self) -> bool:
        return self.word.kind == "verb"


def find_triggers(tokens: Sequence[Token], lexicon: Lexicon, boundaries: Sequence[int]) -> list[Trigger]:
    """The asserted contact triggers of a sentence; `boundaries` are its clause starts."""
    found: list[Trigger] = []
    i = 0
    while i < len(tokens):
        match = lexicon.triggers.match(tokens, i)
        if not match:
            i += 1
            continue
        n, word = match
        trigger = Trigger(i, i + n, word, _refined_type(tokens, i, i + n, word, lexicon))
        if _asserted(tokens, trigger, lexicon, _clause_start(boundaries, i)):
            found.append(trigger)
        i += n
    return found


def _clause_start(boundaries: Sequence[int], i: int) -> int:
    return max((b for b in boundaries if b <= i), default=0)


def _refined_type(
    tokens: Sequence[Token], first: int, last: int, word: TriggerWord, lexicon: Lexicon
) -> ContactType:
    """A call or meeting word becomes a video call near "video", a call near "phone"."""
    if word.type not in _REFINABLE:
        return word.type
    near = tokens[max(0, first - _MODE_WINDOW) : last + _MODE_WINDOW]
    if any(lexicon.is_a(t, "video") for t in near):
        return ContactType.VIDEO_CALL
    if any(lexicon.is_a(t, "phone") for t in tokens[max(0, first - 2) : last + 2]):
        return ContactType.CALL
    if (
        word.type is ContactType.CALL
        and word.kind == "verb"
        and any(lexicon.is_a(t, "sidelines") for t in tokens)
    ):
        return ContactType.MEETING
    return word.type


def _asserted(tokens: Sequence[Token], trigger: Trigger, lexicon: Lexicon, clause_start: int) -> bool:
    first, last = trigger.first, trigger.last
    head = tokens[first]
    if any(lexicon.is_a(t, "denial") for t in tokens[:first]):
        return False
    if head.has("INFN") or head.has("futr") or (first > 0 and tokens[first - 1].norm == "to"):
        return False
    before = tokens[max(clause_start, first - _NEGATION_WINDOW) : first]
    if any(lexicon.is_a(t, "negation") for t in before):
        return False
    window = tokens[max(clause_start, first - _MODALITY_WINDOW) : first]
    if any(lexicon.is_a(t, "modality") or t.has("futr") for t in window):
        return False
    if trigger.is_verb and any(lexicon.is_a(t, "modality") for t in tokens[last : last + 2]):
        return False  # "принял приглашение посетить", "received an invitation"
    if not trigger.is_verb:
        # "no date had yet been set for a meeting", "there had been no conversation"
        if any(t.norm in ("no", "never") for t in tokens[clause_start:first]):
            return False
        after = tokens[last : last + _NEGATION_WINDOW]
        if any(lexicon.is_a(t, "negation") or lexicon.is_a(t, "modality") or t.has("futr") for t in after):
            return False
    return True
