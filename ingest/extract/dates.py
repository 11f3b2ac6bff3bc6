"""Dates in a sentence, resolved against the publication date.

Explicit days ("8 серпня", "August 8, 2025", "11–12 листопада"), months ("in early July",
"у липні", "earlier this month", "last month"), weekdays ("on Wednesday", "у суботу",
"субботние переговоры": the latest such day not after publication), words relative to
publication ("вчора", "напередодні", "накануне", "yesterday", "the day before", "earlier this
week", "цього року", "в прошлом году"), years ("in 2019"), seasons ("летом": no date, the
season's bounds), and words relative to the day the text last named ("on the same day",
"earlier in the day", "в тот же день", "ранее в этот день", "a day after", "через два дні
після"). dateparser turns day-and-month phrases into dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

from graph.model import DatePrecision

from .date_patterns import (
    ANCHOR_WINDOW,
    ANCHORS,
    COUNTS,
    EN_SEASONS,
    HEADER,
    MONTHS,
    OFFICE_EVENT,
    OFFICE_EVENT_REACH,
    OFFSETS,
    PATTERNS,
    SEASONS,
    WEEKDAY_ADJECTIVES,
    WEEKDAYS,
)
from .future import future_clause


@dataclass(frozen=True)
class When:
    """A resolved time: a date with its precision, or no date with bounds."""

    date: dt.date | None = None
    precision: DatePrecision = DatePrecision.UNKNOWN
    not_before: dt.date | None = None
    not_after: dt.date | None = None

    def lower(self) -> dt.date:
        """The earliest day this time can be."""
        return self.date or self.not_before or dt.date.min


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
                when = _resolve(kind, match, published, lang) if kind in ANCHORS else None
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
                when = _resolve(kind, match, published, lang)
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


def _resolve(kind: str, match: re.Match[str], published: dt.date | None, lang: str) -> When | None:
    groups = match.groupdict()
    if kind in ("iso", "numeric"):
        return _day(int(groups["year"]), int(groups["month"]), int(groups["day"]))
    if kind in ("day_month", "month_day"):
        return _day_month(match, published, lang)
    if kind == "month":
        month = MONTHS[groups["month"].lower().rstrip(".")]
        year = int(groups["year"]) if groups.get("year") else _past_year(published, month)
        if groups.get("last_year") and published:
            year = published.year - 1
        return When(dt.date(year, month, 1), DatePrecision.MONTH) if year else None
    if kind == "in_year":
        return When(dt.date(int(groups["year"]), 1, 1), DatePrecision.YEAR)
    if published is None:
        return None
    if kind in ("weekday", "weekday_adjective"):
        if kind == "weekday":
            weekday = WEEKDAYS[_apostrophe(groups["weekday"])]
        else:
            weekday = WEEKDAY_ADJECTIVES[_apostrophe(groups["stem"])]
        back = (published.weekday() - weekday) % 7
        if groups.get("last") and back == 0:
            back = 7
        return When(published - dt.timedelta(days=back), DatePrecision.DAY)
    if kind == "adjective":
        back = 0 if groups["stem"].lower() in ("сьогоднішн", "сегодняшн") else 1
        return When(published - dt.timedelta(days=back), DatePrecision.DAY)
    if kind == "offset":
        offset = OFFSETS[" ".join(groups["offset"].lower().split())]
        return When(published - dt.timedelta(days=offset), DatePrecision.DAY)
    if kind == "this_week":
        return When(not_before=published - dt.timedelta(days=published.weekday()), not_after=published)
    if kind == "last_week":
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return When(not_before=monday, not_after=monday + dt.timedelta(days=6))
    if kind == "days_ago":
        return When(published - dt.timedelta(days=_count(groups["count"])), DatePrecision.DAY)
    if kind in ("last_weekend", "weekend"):
        return _weekend(published, last=kind == "last_weekend")
    if kind == "season":
        return _season(match, published)
    if kind == "year":
        if groups.get("last"):
            return When(dt.date(published.year - 1, 1, 1), DatePrecision.YEAR)
        return When(dt.date(published.year, 1, 1), DatePrecision.YEAR, not_after=published)
    if kind == "last_month":
        last = published.replace(day=1) - dt.timedelta(days=1)
        return When(last.replace(day=1), DatePrecision.MONTH)
    return When(published.replace(day=1), DatePrecision.MONTH, not_after=published)


def _season(match: re.Match[str], published: dt.date) -> When:
    """ "летом", "минулої зими", "in the summer of 2024": no date, the season's bounds (the
    latest such season begun by publication; "last": the latest one over by then)."""
    groups = match.groupdict()
    word = groups["season"].lower()
    first = SEASONS.get(word) or EN_SEASONS[word]
    if groups.get("year"):
        start = dt.date(int(groups["year"]), first, 1)
    else:
        start = dt.date(published.year if first <= published.month else published.year - 1, first, 1)
        if (groups.get("last") or groups.get("last_year")) and _season_end(start) >= published:
            start = start.replace(year=start.year - 1)  # "прошлым летом", said in July: a year ago
    return When(not_before=start, not_after=min(_season_end(start), published))


def _season_end(start: dt.date) -> dt.date:
    after = start.month + 3
    return dt.date(start.year + (after > 12), (after - 1) % 12 + 1, 1) - dt.timedelta(days=1)


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


def _weekend(published: dt.date, last: bool) -> When:
    """The weekend before publication ("over the weekend": the one under way on a Saturday or
    Sunday; "last weekend": the one before that)."""
    days_since_sunday = (published.weekday() + 1) % 7
    if not last and published.weekday() >= 5:
        saturday = published - dt.timedelta(days=published.weekday() - 5)
        return When(not_before=saturday, not_after=published)
    sunday = published - dt.timedelta(days=days_since_sunday or 7)
    return When(not_before=sunday - dt.timedelta(days=1), not_after=sunday)


def _from_anchor(
    kind: str, match: re.Match[str], text: str, published: dt.date | None, lang: str
) -> When | None:
    """ "on the same day", "a day after": counted from the last day the text named before
    (the publication date when it named none)."""
    anchor = _last_day(text, match.start(), published, lang) or published
    if anchor is None:
        return None
    back = 0 if kind == "same_day" else _count(match.group("count") or match.group("count2") or "a")
    return When(anchor - dt.timedelta(days=back), DatePrecision.DAY)


def _apostrophe(word: str) -> str:
    return word.lower().replace("’", "'").replace("ʼ", "'")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNTS.get(_apostrophe(word), 1)


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
                when = _resolve(kind, match, published, lang)
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


def _day(year: int, month: int, day: int) -> When | None:
    try:
        return When(dt.date(year, month, day), DatePrecision.DAY)
    except ValueError:
        return None


def _day_month(match: re.Match[str], published: dt.date | None, lang: str) -> When | None:
    groups = match.groupdict()
    if not groups.get("year") and published is None:
        return None
    base = dt.datetime.combine(published or dt.date.today(), dt.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    month = groups["month"]
    year = groups.get("year") or (str(published.year - 1) if groups.get("last_year") and published else "")
    first = f"{groups['day']} {month} {year}".strip()
    parsed = dateparser.parse(first, languages=[lang, "en"], settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    if groups.get("day2"):
        try:
            last = day.replace(day=int(groups["day2"]))
        except ValueError:
            return None
        return When(not_before=day, not_after=last) if last > day else When(day, DatePrecision.DAY)
    return When(day, DatePrecision.DAY)


def _past_year(published: dt.date | None, month: int) -> int | None:
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1
