"""Dates in a sentence, resolved against the publication date.

Explicit days ("8 серпня", "August 8, 2025", "11–12 листопада"), months ("in early July",
"у липні", "earlier this month", "last month"), weekdays ("on Wednesday", "у суботу",
"субботние переговоры": the latest such day not after publication), words relative to
publication ("вчора", "напередодні", "накануне", "yesterday", "the day before", "earlier this
week", "цього року", "в прошлом году"), years ("in 2019"), seasons ("летом": no date, the
season's bounds), and words relative to the day the text last named ("on the same day",
"earlier in the day", "в тот же день", "ранее в этот день", "a day after", "через два дні
після"). `date_resolution` resolves each expression; dateparser turns day-and-month phrases
into dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from graph.model import DatePrecision

from .date_patterns import (
    ANCHOR_WINDOW,
    ANCHORS,
    HEADER,
    OFFICE_EVENT,
    OFFICE_EVENT_REACH,
    PATTERNS,
)
from .date_resolution import When, count, resolve
from .future import future_clause


@dataclass(frozen=True)
class DateMention:
    """A date expression at characters `[start, end)` of the full text."""

    start: int
    end: int
    when: When


def find_dates(text: str, start: int, end: int, published: dt.date | None, lang: str) -> list[DateMention]:
    """Date expressions in `text[start:end]` that can be resolved, in order, without overlaps.

    The date of taking office ("who was sworn in on March 1", "який обійняв посаду 2 липня")
    is no contact's date, only a lower bound for the contacts said with it.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            if OFFICE_EVENT.search(text, max(start, match.start() - OFFICE_EVENT_REACH), match.start()):
                taken.append((match.start(), match.end()))
                when = resolve(kind, match, published, lang) if kind in ANCHORS else None
                if when is not None and when.date and when.precision is DatePrecision.DAY:
                    found.append(
                        DateMention(
                            match.start(), match.end(), When(not_before=when.date, not_after=published)
                        )
                    )
                continue
            if kind == "days_after":
                found.extend(_days_after(match, text, published, lang))
                taken.append((match.start(), match.end()))
                continue
            if kind == "same_day":
                when = _from_anchor(kind, match, text, published, lang)
            else:
                when = resolve(kind, match, published, lang)
            if when is not None and kind == "weekday" and _coming(match, when, text, start, end, lang):
                when = When(when.lower() + dt.timedelta(days=7), DatePrecision.DAY)
            if when is not None:
                found.append(DateMention(match.start(), match.end(), when))
                taken.append((match.start(), match.end()))
    return sorted(_finest(found), key=lambda d: d.start)


def _coming(match: re.Match[str], when: When, text: str, start: int, end: int, lang: str) -> bool:
    """A weekday other than today in a clause about the future ("will meet on Friday")."""
    if match.groupdict().get("last") or when.date is None or when.not_after is not None:
        return False
    return future_clause(text, start, end, match.start(), lang)


def _finest(found: list[DateMention]) -> list[DateMention]:
    """Drop a year or month that a finer date of the same sentence lies in: "цього року ... в
    липні", "in 2024 ... on March 3" name one time, the finer one."""
    return [d for d in found if not any(_within(e.when, d.when) for e in found if e is not d)]


def _within(fine: When, coarse: When) -> bool:
    if fine.date is None or coarse.date is None or fine.date.year != coarse.date.year:
        return False
    if coarse.precision is DatePrecision.YEAR:
        return fine.precision in (DatePrecision.MONTH, DatePrecision.DAY)
    if coarse.precision is DatePrecision.MONTH:
        return fine.precision is DatePrecision.DAY and fine.date.month == coarse.date.month
    return False


def _days_after(match: re.Match[str], text: str, published: dt.date | None, lang: str) -> list[DateMention]:
    """ "X, a day after Y": two dates, the anchor day where the phrase begins (for X, said
    before it) and the earlier day where it ends (for Y, said after it)."""
    before = _from_anchor("same_day", match, text, published, lang)
    after = _from_anchor("days_after", match, text, published, lang)
    if before is None or after is None:
        return []
    return [
        DateMention(match.start(), match.start() + 1, before),
        DateMention(match.end() - 1, match.end(), after),
    ]


def _from_anchor(
    kind: str, match: re.Match[str], text: str, published: dt.date | None, lang: str
) -> When | None:
    """ "on the same day", "a day after": counted from the last day the text named before
    (the publication date when it named none)."""
    anchor = _last_day(text, match.start(), published, lang) or published
    if anchor is None:
        return None
    back = 0 if kind == "same_day" else count(match.group("count") or match.group("count2") or "a")
    return When(anchor - dt.timedelta(days=back), DatePrecision.DAY)


def _last_day(text: str, before: int, published: dt.date | None, lang: str) -> dt.date | None:
    """The last day (day precision) named in the text before a position; after "a day
    after Y", the day of Y."""
    start = max(0, before - ANCHOR_WINDOW, _body_start(text))
    best: tuple[int, dt.date] | None = None
    for kind, pattern in PATTERNS:
        if kind not in ANCHORS and kind != "days_after":
            continue
        for match in pattern.finditer(text, start, before):
            if kind == "days_after":
                when = _from_anchor(kind, match, text, published, lang)
            else:
                when = resolve(kind, match, published, lang)
            if (
                when
                and when.date
                and when.precision is DatePrecision.DAY
                and (best is None or match.start() > best[0])
            ):
                best = (match.start(), when.date)
    return best[1] if best else None


def _body_start(text: str) -> int:
    """Where the body begins: after a ` date YYYY-MM-DD title` line, whose title repeats the
    body's words ("a day after ...") rather than naming a day of its own."""
    if HEADER.match(text):
        return text.find("\n") + 1 or len(text)
    return 0
