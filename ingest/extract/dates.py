"""Dates in a sentence, resolved against the publication date.

Explicit days ("8 серпня", "August 8, 2025", "11–12 листопада"), months ("in early July",
"у липні", "earlier this month", "last month"), weekdays ("on Wednesday", "у суботу",
"субботние переговоры": the latest such day not after publication), words relative to
publication ("вчора", "напередодні", "накануне", "yesterday", "the day before", "earlier this
week"), and words relative to the day the text last named ("on the same day", "earlier in
the day", "в тот же день", "a day after", "через два дні після"). dateparser turns
day-and-month phrases into dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

from graph.model import DatePrecision

_MONTHS = {
    **dict.fromkeys(["січня", "січні", "січень", "января", "январе", "январь", "january", "jan"], 1),
    **dict.fromkeys(["лютого", "лютому", "лютий", "февраля", "феврале", "февраль", "february", "feb"], 2),
    **dict.fromkeys(["березня", "березні", "березень", "марта", "марте", "март", "march", "mar"], 3),
    **dict.fromkeys(["квітня", "квітні", "квітень", "апреля", "апреле", "апрель", "april", "apr"], 4),
    **dict.fromkeys(["травня", "травні", "травень", "мая", "мае", "май", "may"], 5),
    **dict.fromkeys(["червня", "червні", "червень", "июня", "июне", "июнь", "june", "jun"], 6),
    **dict.fromkeys(["липня", "липні", "липень", "июля", "июле", "июль", "july", "jul"], 7),
    **dict.fromkeys(["серпня", "серпні", "серпень", "августа", "августе", "август", "august", "aug"], 8),
    **dict.fromkeys(
        ["вересня", "вересні", "вересень", "сентября", "сентябре", "сентябрь", "september", "sep", "sept"], 9
    ),
    **dict.fromkeys(["жовтня", "жовтні", "жовтень", "октября", "октябре", "октябрь", "october", "oct"], 10),
    **dict.fromkeys(
        ["листопада", "листопаді", "листопад", "ноября", "ноябре", "ноябрь", "november", "nov"], 11
    ),
    **dict.fromkeys(["грудня", "грудні", "грудень", "декабря", "декабре", "декабрь", "december", "dec"], 12),
}
_WEEKDAYS = {
    **dict.fromkeys(["monday", "понеділок", "понеділка", "понедельник"], 0),
    **dict.fromkeys(["tuesday", "вівторок", "вівторка", "вторник"], 1),
    **dict.fromkeys(["wednesday", "середу", "середа", "середи", "среду", "среда"], 2),
    **dict.fromkeys(["thursday", "четвер", "четверга", "четверг"], 3),
    **dict.fromkeys(["friday", "п'ятницю", "п'ятниця", "п'ятниці", "пятницу", "пятница"], 4),
    **dict.fromkeys(["saturday", "суботу", "субота", "суботи", "субботу", "суббота"], 5),
    **dict.fromkeys(["sunday", "неділю", "неділя", "неділі", "воскресенье"], 6),
}
_WEEKDAY_ADJECTIVES = {
    **dict.fromkeys(["понедільков", "понедельничн"], 0),
    **dict.fromkeys(["вівторков", "вторничн"], 1),
    **dict.fromkeys(["четвергов"], 3),
    **dict.fromkeys(["п'ятничн", "пятничн"], 4),
    **dict.fromkeys(["суботн", "субботн"], 5),
    **dict.fromkeys(["недільн", "воскресн"], 6),
}
_OFFSETS = {
    **dict.fromkeys(["today", "сьогодні", "сегодня", "нині"], 0),
    **dict.fromkeys(["yesterday", "вчора", "учора", "вчера", "напередодні", "накануне"], 1),
    **dict.fromkeys(["the day before", "the previous day", "a day earlier", "the day prior"], 1),
    **dict.fromkeys(["позавчора", "позавчера"], 2),
    **dict.fromkeys(["tomorrow", "завтра"], -1),
}
_COUNTS = {
    **dict.fromkeys(["a", "one", "the", "один", "одна", "одну"], 1),
    **dict.fromkeys(["two", "два", "две", "дві", "двоє"], 2),
    **dict.fromkeys(["three", "три", "троє"], 3),
    **dict.fromkeys(["four", "чотири", "четыре"], 4),
    **dict.fromkeys(["five", "п'ять", "пять"], 5),
}


def _alternatives(words: dict[str, int]) -> str:
    """A regex alternation of the words, longest first, any apostrophe standing for any."""
    return "|".join(re.escape(w).replace("'", "['’ʼ]") for w in sorted(words, key=len, reverse=True))


_NUMBER = r"\d{1,2}|" + "|".join(sorted(_COUNTS, key=len, reverse=True))
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ANCHORS = ("iso", "numeric", "day_month", "month_day", "weekday", "offset", "adjective")
_ANCHOR_WINDOW = 1500
_OFFICE_EVENT_REACH = 30
_OFFICE_EVENT = re.compile(
    r"(?:sworn\s+in|inaugurat\w*|took\s+office|assumed\s+office|took\s+over|appointed|elected|succeeded\s+\S+(?:\s+\S+)?"
    r"|обійня\w*\s+посаду|вступ\w*\s+на\s+посаду|склав\s+присягу|призначен\w*|обран\w*|інавгурац\w*"
    r"|вступ\w*\s+в\s+должность|занял\w*\s+(?:пост|должность)|назначен\w*|избран\w*|инаугурац\w*)"
    r"(?:\s+\S+){0,2}\s*$",
    re.I,
)
_HEADER = re.compile(r"\s*date\s+\d{4}-\d\d-\d\d\b")
_DAY = r"(?P<day>\d{1,2})(?:\s*[–—-]\s*(?P<day2>\d{1,2}))?"
_YEAR = (
    r"(?:,?\s*(?P<year>(?:19|20)\d\d)(?:\s*(?:року|роках|году|г\.|р\.))?"
    r"|\s+(?P<last_year>last\s+year|минулого\s+року|прошлого\s+года))?"
)
_MONTH_PREFIX = (
    r"(?:in|у|в|во|на\s+початку|наприкінці|в\s+кінці|у\s+кінці|в\s+середині|у\s+середині"
    r"|в\s+начале|в\s+конце|в\s+середине|at\s+the\s+(?:beginning|end)\s+of)"
)
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>20\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")),
    ("numeric", re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>20\d\d)\b")),
    ("day_month", re.compile(rf"\b{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\b\.?{_YEAR}", re.I)),
    ("month_day", re.compile(rf"\b(?P<month>{_MONTH})\.?\s+{_DAY}(?:st|nd|rd|th)?\b{_YEAR}", re.I)),
    (
        "month",
        re.compile(rf"\b{_MONTH_PREFIX}\s+(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH})\b{_YEAR}", re.I),
    ),
    (
        "days_after",
        re.compile(
            rf"\b(?:(?P<count>{_NUMBER})\s+days?\s+after|the\s+day\s+after|на\s+следующий\s+день\s+после"
            rf"|наступного\s+дня\s+після|через\s+(?:день|(?P<count2>{_NUMBER})\s+(?:дн[яіей]|днів|суток|доби))\s+п(?:осле|ісля))",
            re.I,
        ),
    ),
    (
        "days_ago",
        re.compile(
            rf"\b(?P<count>{_NUMBER})\s+(?:days?\s+ago|(?:дн[яіей]|днів|суток|доби)\s+(?:тому|назад))", re.I
        ),
    ),
    (
        "same_day",
        re.compile(
            r"\b(?:(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+(?:same\s+)?day|(?:on\s+)?(?:the|that)\s+same\s+"
            r"(?:day|evening|morning)|later\s+that\s+day|того\s+ж\s+(?:самого\s+)?дня|в?у?\s*той\s+же\s+день"
            r"|в\s+тот\s+же\s+день|того\s+же\s+дня|в\s+этот\s+же\s+день|цього\s+ж\s+дня)\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?P<last>(?:last|минул\w*|прошл\w*)\s+)?(?P<weekday>" + _alternatives(_WEEKDAYS) + r")\b",
            re.I,
        ),
    ),
    ("weekday_adjective", re.compile(r"\b(?P<stem>" + _alternatives(_WEEKDAY_ADJECTIVES) + r")\w*", re.I)),
    ("offset", re.compile(r"\b(?P<offset>" + "|".join(_OFFSETS) + r")\b", re.I)),
    ("adjective", re.compile(r"\b(?P<stem>вчорашн|учорашн|вчерашн|сьогоднішн|сегодняшн)\w*", re.I)),
    (
        "this_week",
        re.compile(
            r"\b(?:this\s+week|earlier\s+in\s+the\s+week|цього\s+тижня|на\s+цьому\s+тижні|на\s+початку\s+тижня"
            r"|на\s+этой\s+неделе|в\s+начале\s+недели)\b",
            re.I,
        ),
    ),
    (
        "last_week",
        re.compile(r"\b(?:last\s+week|минулого\s+тижня|на\s+минулому\s+тижні|на\s+прошлой\s+неделе)\b", re.I),
    ),
    (
        "last_weekend",
        re.compile(
            r"\b(?:last\s+weekend|(?:на\s+)?минулих\s+вихідних|(?:на\s+)?прошлых\s+выходных"
            r"|в\s+минувшие\s+выходные|в\s+прошлые\s+выходные)\b",
            re.I,
        ),
    ),
    (
        "weekend",
        re.compile(r"\b(?:over\s+the\s+weekend|at\s+the\s+weekend|на\s+вихідних|на\s+выходных)\b", re.I),
    ),
    (
        "this_month",
        re.compile(
            r"\b(?:this\s+month|цього\s+місяця|в\s+цьому\s+місяці|у\s+цьому\s+місяці|этого\s+месяца"
            r"|в\s+этом\s+месяце)\b",
            re.I,
        ),
    ),
    (
        "last_month",
        re.compile(
            r"\b(?:last\s+month|минулого\s+місяця|[ву]\s+минулому\s+місяці|прошлого\s+месяца"
            r"|в\s+прошлом\s+месяце)\b",
            re.I,
        ),
    ),
]


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
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            if _OFFICE_EVENT.search(text, max(start, match.start() - _OFFICE_EVENT_REACH), match.start()):
                taken.append((match.start(), match.end()))
                when = _resolve(kind, match, published, lang) if kind in _ANCHORS else None
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
            if when is not None:
                found.append(DateMention(match.start(), match.end(), when))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, match: re.Match[str], published: dt.date | None, lang: str) -> When | None:
    groups = match.groupdict()
    if kind in ("iso", "numeric"):
        return _day(int(groups["year"]), int(groups["month"]), int(groups["day"]))
    if kind in ("day_month", "month_day"):
        return _day_month(match, published, lang)
    if kind == "month":
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        year = int(groups["year"]) if groups.get("year") else _past_year(published, month)
        if groups.get("last_year") and published:
            year = published.year - 1
        return When(dt.date(year, month, 1), DatePrecision.MONTH) if year else None
    if published is None:
        return None
    if kind in ("weekday", "weekday_adjective"):
        if kind == "weekday":
            weekday = _WEEKDAYS[_apostrophe(groups["weekday"])]
        else:
            weekday = _WEEKDAY_ADJECTIVES[_apostrophe(groups["stem"])]
        back = (published.weekday() - weekday) % 7
        if groups.get("last") and back == 0:
            back = 7
        return When(published - dt.timedelta(days=back), DatePrecision.DAY)
    if kind == "adjective":
        back = 0 if groups["stem"].lower() in ("сьогоднішн", "сегодняшн") else 1
        return When(published - dt.timedelta(days=back), DatePrecision.DAY)
    if kind == "offset":
        offset = _OFFSETS[" ".join(groups["offset"].lower().split())]
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
    if kind == "last_month":
        last = published.replace(day=1) - dt.timedelta(days=1)
        return When(last.replace(day=1), DatePrecision.MONTH)
    return When(published.replace(day=1), DatePrecision.MONTH, not_after=published)


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
    return int(word) if word.isdigit() else _COUNTS.get(_apostrophe(word), 1)


def _last_day(text: str, before: int, published: dt.date | None, lang: str) -> dt.date | None:
    """The last day (day precision) named in the text before a position; after "a day
    after Y", the day of Y."""
    start = max(0, before - _ANCHOR_WINDOW, _body_start(text))
    best: tuple[int, dt.date] | None = None
    for kind, pattern in _PATTERNS:
        if kind not in _ANCHORS and kind != "days_after":
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
    if _HEADER.match(text):
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
