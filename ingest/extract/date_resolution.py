"""One matched date expression resolved to a time, against the publication date.

Days and months (dateparser for day-and-month phrases), weekdays, words relative to
publication, years and seasons; `dates` finds the expressions and handles the ones counted
from a day the text named.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

from graph.model import DatePrecision

from .date_patterns import COUNTS, EN_SEASONS, MONTHS, OFFSETS, SEASONS, WEEKDAY_ADJECTIVES, WEEKDAYS


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


def resolve(kind: str, match: re.Match[str], published: dt.date | None, lang: str) -> When | None:
    """One matched date expression of kind `kind` as a time, counted from publication."""
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
        return When(published - dt.timedelta(days=count(groups["count"])), DatePrecision.DAY)
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


def _weekend(published: dt.date, last: bool) -> When:
    """The weekend before publication ("over the weekend": the one under way on a Saturday or
    Sunday; "last weekend": the one before that)."""
    days_since_sunday = (published.weekday() + 1) % 7
    if not last and published.weekday() >= 5:
        saturday = published - dt.timedelta(days=published.weekday() - 5)
        return When(not_before=saturday, not_after=published)
    sunday = published - dt.timedelta(days=days_since_sunday or 7)
    return When(not_before=sunday - dt.timedelta(days=1), not_after=sunday)


def _apostrophe(word: str) -> str:
    return word.lower().replace("’", "'").replace("ʼ", "'")


def count(word: str) -> int:
    """A count word ("two", "два", "3") as a number; one when unknown."""
    return int(word) if word.isdigit() else COUNTS.get(_apostrophe(word), 1)


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
