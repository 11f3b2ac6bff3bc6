"""Each sentence of an article read for what contacts are made of: tokens, actor mentions,
clauses and contact triggers; and what the whole article says of its actors (its main
actor, everyone it names).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from graph.model import Lang
from graph.registry import Registry

from .lexicon import Lexicon
from .mentions import Kind, Mention, find_mentions
from .sentences import Sentence
from .tokens import Token, tokenize
from .triggers import Trigger, find_triggers

_MAX_SENTENCE_TOKENS = 300
_EN_SUBORDINATORS = frozenset({"when", "while", "after", "before", "because", "although", "whereas", "that"})
_EN_SPEECH = frozenset({"said", "says", "added", "noted", "stated", "announced", "confirmed"})
_EN_TELLING = frozenset({"told", "tells"})  # its object comes first: "told Macron (that) he ..."
_SPEECH = frozenset(
    {"said", "says", "told", "added", "noted", "stated", "announced", "confirmed", "according"}
    | {"заявити", "сказати", "повідомити", "зазначити", "розповісти", "нагадати", "уточнити", "додати"}
    | {"заявить", "сказать", "сообщить", "отметить", "рассказать", "напомнить", "уточнить", "добавить"}
)
_OPENING = 4  # a speech verb this close to the start opens an attribution ("По словам X,")
_EN_SUBJECT_OPENERS = frozenset({"he", "she", "they", "we", "i", "the", "his", "her", "their"})


@dataclass
class SentenceAnalysis:
    """One sentence read: its tokens, actor mentions, clause starts and contact triggers."""

    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    boundaries: list[int]
    triggers: list[Trigger]


def analyze(
    text: str, sentence: Sentence, registry: Registry, lexicon: Lexicon, lang: Lang | None
) -> SentenceAnalysis:
    tokens = tokenize(text, sentence.start, sentence.end, lang.value if lang else "")
    if len(tokens) > _MAX_SENTENCE_TOKENS:  # not prose (a table, a list, junk): not read
        return SentenceAnalysis(sentence, [], [], [], [])
    mentions = find_mentions(tokens, registry, lexicon)
    boundaries = _clause_starts(tokens, lexicon)
    return SentenceAnalysis(
        sentence, tokens, mentions, boundaries, find_triggers(tokens, lexicon, boundaries)
    )


def _clause_starts(tokens: Sequence[Token], lexicon: Lexicon) -> list[int]:
    """Token indexes where a clause begins: after ; or : or a dash, at a comma before a
    relative word ("..., під час якої", "..., who", "..., де"), at an English subordinator
    ("when", "after", "that"), or at what someone said ("Zelensky said Yermak had briefed him")."""
    starts = []
    spoken = False  # "Как рассказал Ушаков, беседа ...": the comma after who said it ends a clause
    for i, token in enumerate(tokens):
        gap = token.gap
        if spoken and "," in gap:
            starts.append(i)
            spoken = False
            continue
        punctuation = any(mark in gap for mark in (";", ":", " – ", " — "))
        # a quotation keeps its sentences in the one that reports it: each is a clause
        quoted_sentence = (
            token.capitalized
            and any(mark in gap for mark in (". ", "! ", "? ", "… "))
            and i > 0
            and len(tokens[i - 1].text) > 2  # not "U.S. President", "St. Petersburg"
            and tokens[i - 1].text[-1].islower()
        )
        relative = "," in gap and any(lexicon.is_a(t, "clause") for t in tokens[i : i + 3])
        reported = _reported(tokens, i)
        # "..., напомнил помощник президента Юрий Ушаков": who said it is not in the contact
        attribution = "," in gap and bool(token.lemmas & _SPEECH)
        if (
            quoted_sentence
            or punctuation
            or relative
            or reported
            or attribution
            or token.norm in _EN_SUBORDINATORS
        ):
            starts.append(i)
            spoken = False
        spoken = spoken or (i < _OPENING and bool(token.lemmas & _SPEECH))
    return starts


def _reported(tokens: Sequence[Token], i: int) -> bool:
    """Whether what someone said starts at token i: right after "said", or after the one
    "told" was said to ("told reporters Putin would ..."), never at that one ("told Macron")."""
    token = tokens[i]
    if token.gap.strip() or not (token.capitalized or token.norm in _EN_SUBJECT_OPENERS):
        return False
    if i > 0 and tokens[i - 1].norm in _EN_SPEECH:
        return True
    return i > 1 and tokens[i - 2].norm in _EN_TELLING and not tokens[i - 1].capitalized


def main_actor(analyses: list[SentenceAnalysis]) -> str | None:
    """The actor the article is about: the one most often named as a subject, then at all."""
    weights: Counter[str] = Counter()
    first: dict[str, int] = {}
    for analysis in analyses:
        for m in analysis.mentions:
            if m.kind is not Kind.NAME or len(m.actors) != 1:
                continue
            actor = next(iter(m.actors))
            head = analysis.tokens[m.head]
            subject = "nomn" in m.cases or not head.readings
            weights[actor] += 3 if subject else 1
            first.setdefault(actor, len(first))
    if not weights:
        return None
    return max(weights, key=lambda a: (weights[a], -first[a]))


def named_actors(analyses: list[SentenceAnalysis]) -> frozenset[str]:
    """The actors the article names unambiguously."""
    return frozenset(
        next(iter(m.actors))
        for analysis in analyses
        for m in analysis.mentions
        if m.kind is Kind.NAME and len(m.actors) == 1
    )
