"""Contact triggers: the words that report a contact, typed, with plans and denials left out.

"розмова", "met", "поінформував" ... are found by dictionary form; a trigger is kept only when
the text says the contact happened (assertion.py). A video word used as a mode ("у форматі
відеоконференції", "by video link") makes the clause's other contacts video calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.model import ContactType

from .assertion import asserted
from .lexicon import Lexicon, TriggerWord
from .tokens import Token

_MODE_WINDOW = 3
_PHONE_REACH = 5  # a verb's: "пообщался с Касымом-Жомартом Токаевым по телефону"
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
        if asserted(tokens, trigger, lexicon, _clause_start(boundaries, i)):
            found.append(trigger)
        i += n
    return _apply_modes(tokens, found, lexicon, boundaries)


def _apply_modes(
    tokens: Sequence[Token], found: list[Trigger], lexicon: Lexicon, boundaries: Sequence[int]
) -> list[Trigger]:
    """ "провів переговори в режимі відеоконференції": the video word after a mode word
    ("формат", "режим", "via", "by") makes the clause's earlier contacts video calls."""
    for trigger in found:
        if trigger.type is not ContactType.VIDEO_CALL or trigger.is_verb:
            continue
        if not any(lexicon.is_a(t, "mode") for t in tokens[max(0, trigger.first - 2) : trigger.first]):
            continue
        clause = _clause_start(boundaries, trigger.first)
        for other in found:
            same_clause = _clause_start(boundaries, other.first) == clause
            if other.first < trigger.first and same_clause and other.type in _REFINABLE:
                other.type = ContactType.VIDEO_CALL
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
    # a verb's phone word may follow its partner; a noun's must be close ("discussed the
    # meeting with X by telephone" was not a call)
    reach = _PHONE_REACH if word.kind == "verb" else 2
    if any(lexicon.is_a(t, "phone") for t in _unbroken(tokens, max(0, first - 2), last + reach)):
        return ContactType.CALL
    if (
        word.type is ContactType.CALL
        and word.kind == "verb"
        and any(lexicon.is_a(t, "sidelines") for t in tokens)
    ):
        return ContactType.MEETING
    return word.type


def _unbroken(tokens: Sequence[Token], first: int, last: int) -> Sequence[Token]:
    """tokens[first:last] up to the first comma ("поспілкувався з ним телефоном, а потім")."""
    end = next((j for j in range(first + 1, min(last, len(tokens))) if "," in tokens[j].gap), last)
    return tokens[first:end]
