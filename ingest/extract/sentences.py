"""Sentence splitting with character spans into the original text.

A sentence ends at . ! ? or … followed by a space and a capital letter, digit or opening
quote, or at a line break; not after abbreviations and initials ("Jr.", "U.S.", "E. P."),
and not inside a quotation, so a quoted remark stays in the sentence that reports it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "jr",
        "sr",
        "st",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "gov",
        "prof",
        "no",
        "vol",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "etc",
        "p",
        "m",
        "u",
        "s",
        "e",
        "g",
        "i",
        "е",
        "т",
        "д",
        "тис",
        "млн",
        "млрд",
        "р",
        "м",
        "вул",
        "пл",
        "ст",
        "див",
        "напр",
        "ім",
        "им",
    ]
)
_OPENING = "«„“"
_CLOSING = "»”"
_QUOTES = '"' + _OPENING + _CLOSING
_PARAGRAPH = re.compile(r"\n+")


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it is in the full text (`text == full[start:end]`)."""

    text: str
    start: int
    end: int


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """The sentences of `text[offset:]`, in order, each stripped of surrounding blanks."""
    sentences: list[Sentence] = []
    position = offset
    for paragraph in _PARAGRAPH.split(text[offset:]):
        start = text.index(paragraph, position) if paragraph else position
        position = start + len(paragraph)
        for begin, end in _split_paragraph(paragraph):
            piece = paragraph[begin:end]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                sentences.append(
                    Sentence(stripped, start + begin + lead, start + begin + lead + len(stripped))
                )
    return sentences


def _split_paragraph(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) pieces of one paragraph, cut after sentence-final punctuation."""
    pieces: list[tuple[int, int]] = []
    begin = 0
    depth = 0
    n = len(paragraph)
    for i, char in enumerate(paragraph):
        if char in _QUOTES:
            depth = _quote_depth(paragraph, i, depth)
            continue
        if char not in ".!?…" or depth > 0:
            continue
        end = i + 1
        while end < n and paragraph[end] in _QUOTES + ")»":
            end += 1
        if end < n and not paragraph[end].isspace():
            continue
        following = paragraph[end:].lstrip()
        if not following or not (following[0].isupper() or following[0].isdigit() or following[0] in _QUOTES):
            continue
        if char == "." and _is_abbreviation(paragraph[begin:i]):
            continue
        pieces.append((begin, end))
        begin = end
    if paragraph[begin:].strip():
        pieces.append((begin, n))
    if depth > 0 and len(pieces) == 1 and len(paragraph) > 400:
        # an unbalanced quote would glue a whole paragraph together: split ignoring quotes
        return _split_ignoring_quotes(paragraph)
    return pieces


def _split_ignoring_quotes(paragraph: str) -> list[tuple[int, int]]:
    cuts = [m.end() for m in re.finditer(r"[.!?…][\"»”)]*(?=\s+[\"«„“A-ZА-ЯІЇЄҐЁ0-9])", paragraph)]
    bounds = [0, *cuts, len(paragraph)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if a < b]


def _quote_depth(paragraph: str, i: int, depth: int) -> int:
    """The quotation depth after the quote mark at `i`: opening or closing by its neighbours."""
    char = paragraph[i]
    if char in _OPENING:
        return depth + 1
    if char in _CLOSING:
        return max(depth - 1, 0)
    before = paragraph[i - 1] if i > 0 else " "
    after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
    opens = (before.isspace() or before in "([:–—-«„“") and not after.isspace()
    if opens:
        return depth + 1
    return max(depth - 1, 0)


def _is_abbreviation(head: str) -> bool:
    match = re.search(r"(\w+)$", head)
    if not match:
        return False
    word = match.group(1)
    return len(word) == 1 or word.lower() in _ABBREVIATIONS
