"""Whether a contact word asserts a contact, or speaks of a plan, a denial or a topic.

A trigger is dropped when the text does not say the contact happened: a denial earlier in the
sentence ("denied ... had spoken"), a negation just before it ("no conversation", "не
зустрічався"), a plan or intention ("agreed to meet", "will meet", "домовилися провести
зустріч"), a prospective word right before it ("the upcoming visit", "наступна зустріч"), a
future tense, or an infinitive ("to visit", "відвідати").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .tokens import Token

if TYPE_CHECKING:
    from .triggers import Trigger

_NEGATION_WINDOW = 3
_MODALITY_WINDOW = 6
_TOPIC_WINDOW = 3
_PREDICATE_WINDOW = 10
_OCCUR_REACH = 4
_TOLD_REACH = 6
_EN_DETERMINERS = frozenset({"of", "the", "a", "an", "his", "her", "their", "its"})
_VERBAL = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


def asserted(tokens: Sequence[Token], trigger: Trigger, lexicon: Lexicon, clause_start: int) -> bool:
    """Whether the text says the contact of `trigger` happened (its clause starts at `clause_start`)."""
    first, last = trigger.first, trigger.last
    head = tokens[first]
    if any(lexicon.is_a(t, "denial") for t in tokens[:first]):
        return False
    if trigger.is_verb and (_infinitive(head) or _verbal_only(head, "futr")):
        return False
    if first > 0 and tokens[first - 1].norm == "to":
        return False
    before = _since(tokens[max(clause_start, first - _NEGATION_WINDOW) : first], lexicon)
    if any(_negation(before, k, lexicon) for k in range(len(before))):
        return False
    window = tokens[max(clause_start, first - _MODALITY_WINDOW) : first]
    if any(_modal(t, lexicon) or _future(t, t is tokens[0]) for t in window):
        return False
    if not trigger.is_verb and not _noun_asserted(tokens, trigger, lexicon, clause_start):
        return False
    if trigger.is_verb and any(_intent(t, lexicon) for t in tokens[last : last + 2]):
        return False  # "принял приглашение посетить", "received an invitation"
    if trigger.word.host and any(lexicon.is_a(t, "not_guest") for t in tokens[last : last + 3]):
        return False  # "принял решение", "прийняв рішення", "received the award"
    if trigger.word.about and not _told_of(tokens, last, lexicon):
        return False  # "розповів, що ...", "told reporters": what was said, not a briefing
    if not trigger.is_verb:
        # "no date had yet been set for a meeting", "there had been no conversation"
        if any(t.norm in ("no", "never") for t in tokens[clause_start:first]):
            return False
        after = tokens[last : last + _NEGATION_WINDOW]
        if any(_unreal(t, lexicon) for t in after):
            return False
    return True


def _negation(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """A negation, not one of "не так давно", "не раз", "не вперше", "not long ago", "not only"."""
    if not lexicon.is_a(tokens[k], "negation"):
        return False
    return not any(lexicon.is_a(t, "unnegated") for t in tokens[k + 1 : k + 3])


def _since(before: Sequence[Token], lexicon: Lexicon) -> Sequence[Token]:
    """What follows the last "since" word: "had not talked since their meeting", "не
    розмовляли після зустрічі" deny what came after the contact, not the contact."""
    cut = max((k + 1 for k, t in enumerate(before) if lexicon.is_a(t, "since")), default=0)
    return before[cut:]


def _intent(token: Token, lexicon: Lexicon) -> bool:
    return lexicon.is_a(token, "modality") or lexicon.is_a(token, "intent")


def _modal(token: Token, lexicon: Lexicon) -> bool:
    """A modal word, not a Ukrainian or Russian noun of intent: "Подготовка саммита была
    приостановлена после телефонного разговора" reports the call (English nouns, without
    case to show what they govern, stay modal: "preparations for the President's visit")."""
    return lexicon.is_a(token, "modality") and not (lexicon.is_a(token, "intent") and token.readings)


def _told_of(tokens: Sequence[Token], last: int, lexicon: Lexicon) -> bool:
    """ "розповів японській колезі про", "told his counterpart about": an "about" word soon
    after the telling verb, before any comma ("рассказал, что ...")."""
    for token in tokens[last : last + _TOLD_REACH]:
        if "," in token.gap or lexicon.is_a(token, "clause"):
            return False
        if lexicon.is_a(token, "told_of"):
            return True
    return False


def _noun_asserted(tokens: Sequence[Token], trigger: Trigger, lexicon: Lexicon, clause_start: int) -> bool:
    """A contact noun is not a contact when it is prospective ("наступна зустріч"), a topic
    ("вопрос о встрече", "the possibility of a meeting"), the aim of an infinitive ("посетить
    Индию с визитом"), or the subject of an unreal predicate ("зустріч ... не планується",
    "встреча ... возможна")."""
    first, last = trigger.first, trigger.last
    if _prospective(tokens, first, clause_start, lexicon):
        return False
    if _topic(tokens, first, lexicon):
        return False
    window = tokens[max(clause_start, first - _MODALITY_WINDOW) : first]
    if any(t.readings and _infinitive(t) for t in window):
        return False
    predicate = _predicate(tokens[last : last + _PREDICATE_WINDOW])
    if _opens_clause(tokens, first, clause_start):
        if _unreal_predicate(predicate, lexicon):
            return False
    elif _negated_occurrence(predicate, lexicon):
        return False  # "о встрече ... пока не сообщалось", "разговора ... не планируется"
    return True


def _predicate(after: Sequence[Token]) -> Sequence[Token]:
    """The words after a contact noun up to the next comma; a parenthesis between commas
    with no verb in it ("Визит, по данным СМИ, может состояться") is passed over."""
    cuts = [k for k, t in enumerate(after) if "," in t.gap]
    if not cuts:
        return after
    if len(cuts) > 1 and not any(t.has("VERB") for t in after[cuts[0] : cuts[1]]):
        return [*after[: cuts[0]], *after[cuts[1] :]]
    return after[: cuts[0]]


def _opens_clause(tokens: Sequence[Token], first: int, clause_start: int) -> bool:
    """Whether a contact noun is a subject: nominative in Ukrainian and Russian, at the start
    of its clause in English ("A meeting between ... has not been scheduled")."""
    if tokens[first].readings:
        return "nomn" in tokens[first].cases
    return all(t.norm in ("a", "an", "the") for t in tokens[clause_start:first])


def _unreal_predicate(predicate: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "... возможна", "... передчасною", "... could take place", "... не планується", "... has
    not been scheduled": a modal or prospective word, or a negated occurrence; a negation alone
    ("переговоры не принесли результата") leaves the contact real."""
    for token in predicate:
        if _modal(token, lexicon) or lexicon.is_a(token, "prospective") or lexicon.is_a(token, "unreal"):
            return True
        if _future(token, False):
            return True
    return _negated_occurrence(predicate, lexicon)


def _negated_occurrence(predicate: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "... не відбулася", "... не планується", "... has not been reported"."""
    return any(
        lexicon.is_a(token, "negation")
        and any(lexicon.is_a(t, "occur") for t in predicate[k + 1 : k + 1 + _OCCUR_REACH])
        for k, token in enumerate(predicate)
    )


def _topic(tokens: Sequence[Token], first: int, lexicon: Lexicon) -> bool:
    """ "вопрос о встрече", "питання про зустріч", "the possibility of a meeting", "дата визита":
    a topic word, then only "about" words and modifiers, then the contact noun."""
    for k in range(first - 1, max(-1, first - 1 - _TOPIC_WINDOW), -1):
        token = tokens[k]
        if lexicon.is_a(token, "topic") or lexicon.is_a(token, "intent"):
            return True
        modifier = any("ADJF" in g or "PRTF" in g for _, g in token.readings)
        connector = lexicon.is_a(token, "about") or lexicon.is_a(token, "aim")
        if not (connector or token.norm in ("of", "a", "an", "the") or modifier):
            return False
    return False


def _prospective(tokens: Sequence[Token], first: int, clause_start: int, lexicon: Lexicon) -> bool:
    """ "the upcoming visit", "наступну зустріч", "предстоящие двусторонние переговоры": a
    prospective word right before the contact noun, or before an adjective that precedes it;
    "напередодні візиту", "ahead of the talks": on the eve of it."""
    if first - 1 < clause_start:
        return False
    k = first - 1
    while k > clause_start and tokens[k].norm in _EN_DETERMINERS:
        k -= 1
    noun = tokens[first]
    if lexicon.is_a(tokens[k], "eve") and (not noun.readings or "gent" in noun.cases):
        return True  # "напередодні візиту", not "направленную накануне телеграмму"
    if lexicon.is_a(tokens[first - 1], "prospective"):
        return True
    return (
        first - 2 >= clause_start
        and lexicon.is_a(tokens[first - 2], "prospective")
        and any("ADJF" in g or "PRTF" in g for _, g in tokens[first - 1].readings)
    )


def _unreal(token: Token, lexicon: Lexicon) -> bool:
    """A word right after a contact noun that makes it unreal: "meeting next week", "зустріч не"."""
    return (
        lexicon.is_a(token, "negation")
        or _modal(token, lexicon)
        or lexicon.is_a(token, "prospective")
        or _future(token, False)
    )


def _infinitive(token: Token) -> bool:
    """ "посетить" (INFN in the Russian dictionary), "відвідати" (VERB and infn in the Ukrainian)."""
    return _verbal_only(token, "INFN") or _verbal_only(token, "infn")


def _verbal_only(token: Token, grammeme: str) -> bool:
    """Whether every verbal reading of the token carries the grammeme ("futr", "INFN"):
    "встречу" is a noun as well as "I shall meet", so it is not a future tense."""
    verbal = [g for _, g in token.readings if g & _VERBAL]
    return bool(verbal) and len(verbal) == len(token.readings) and all(grammeme in g for g in verbal)


def _future(token: Token, opening: bool) -> bool:
    """A future-tense verb ("проведуть", "встретятся"); a capitalized word is a name
    ("Сибіга" reads as a verb too) unless it opens the sentence."""
    if token.capitalized and not opening:
        return False
    return _verbal_only(token, "futr")
