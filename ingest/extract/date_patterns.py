"""The words and patterns of date expressions in Ukrainian, Russian and English.

Tables of month, weekday and offset words, and the regular expressions `dates.py` tries in
order (`PATTERNS`: kind and pattern; an earlier kind wins an overlap).
"""

from __future__ import annotations

import re

MONTHS = {
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
WEEKDAYS = {
    **dict.fromkeys(["monday", "понеділок", "понеділка", "понедельник"], 0),
    **dict.fromkeys(["tuesday", "вівторок", "вівторка", "вторник"], 1),
    **dict.fromkeys(["wednesday", "середу", "середа", "середи", "среду", "среда"], 2),
    **dict.fromkeys(["thursday", "четвер", "четверга", "четверг"], 3),
    **dict.fromkeys(["friday", "п'ятницю", "п'ятниця", "п'ятниці", "пятницу", "пятница"], 4),
    **dict.fromkeys(["saturday", "суботу", "субота", "суботи", "субботу", "суббота"], 5),
    **dict.fromkeys(["sunday", "неділю", "неділя", "неділі", "воскресенье"], 6),
}
WEEKDAY_ADJECTIVES = {
    **dict.fromkeys(["понедільков", "понедельничн"], 0),
    **dict.fromkeys(["вівторков", "вторничн"], 1),
    **dict.fromkeys(["четвергов"], 3),
    **dict.fromkeys(["п'ятничн", "пятничн"], 4),
    **dict.fromkeys(["суботн", "субботн"], 5),
    **dict.fromkeys(["недільн", "воскресн"], 6),
}
OFFSETS = {
    **dict.fromkeys(["today", "сьогодні", "сегодня", "нині"], 0),
    **dict.fromkeys(["this morning", "this afternoon", "this evening", "tonight", "earlier today"], 0),
    **dict.fromkeys(["last night"], 1),
    **dict.fromkeys(["yesterday", "вчора", "учора", "вчера", "напередодні", "накануне"], 1),
    **dict.fromkeys(["the day before", "the previous day", "a day earlier", "the day prior"], 1),
    **dict.fromkeys(["позавчора", "позавчера"], 2),
    **dict.fromkeys(["tomorrow", "завтра"], -1),
}
COUNTS = {
    **dict.fromkeys(["a", "one", "the", "один", "одна", "одну"], 1),
    **dict.fromkeys(["two", "два", "две", "дві", "двоє"], 2),
    **dict.fromkeys(["three", "три", "троє"], 3),
    **dict.fromkeys(["four", "чотири", "четыре"], 4),
    **dict.fromkeys(["five", "п'ять", "пять"], 5),
}


# a season by its first month; English words only after "in the", "this", "last" ("summer
# Olympics" is no date), and "fall" not at all ("the fall of Assad")
SEASONS = {
    **dict.fromkeys(["влітку", "улітку", "літом", "літа", "летом", "лета"], 6),
    **dict.fromkeys(["навесні", "весною", "весни", "весной", "весны"], 3),
    **dict.fromkeys(["восени", "осені", "осінню", "осенью", "осени"], 9),
    **dict.fromkeys(["взимку", "узимку", "зими", "зимою", "зимой", "зимы"], 12),
}
EN_SEASONS = {"summer": 6, "spring": 3, "autumn": 9, "winter": 12}


def _alternatives(words: dict[str, int]) -> str:
    """A regex alternation of the words, longest first, any apostrophe standing for any."""
    return "|".join(re.escape(w).replace("'", "['’ʼ]") for w in sorted(words, key=len, reverse=True))


_NUMBER = r"\d{1,2}|" + "|".join(sorted(COUNTS, key=len, reverse=True))
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
ANCHORS = ("iso", "numeric", "day_month", "month_day", "weekday", "offset", "adjective")
ANCHOR_WINDOW = 1500
OFFICE_EVENT_REACH = 30
OFFICE_EVENT = re.compile(
    r"(?:sworn\s+in|inaugurat\w*|took\s+office|assumed\s+office|took\s+over|appointed|elected|succeeded\s+\S+(?:\s+\S+)?"
    r"|обійня\w*\s+посаду|вступ\w*\s+на\s+посаду|склав\s+присягу|призначен\w*|обран\w*|інавгурац\w*"
    r"|вступ\w*\s+в\s+должность|занял\w*\s+(?:пост|должность)|назначен\w*|избран\w*|инаугурац\w*)"
    r"(?:\s+\S+){0,2}\s*$",
    re.I,
)
HEADER = re.compile(r"\s*date\s+\d{4}-\d\d-\d\d\b")
_DAY = r"(?P<day>\d{1,2})(?:-(?:го|ого))?(?:\s*[–—-]\s*(?P<day2>\d{1,2})(?:-(?:го|ого))?)?"
_YEAR = (
    r"(?:,?\s*(?P<year>(?:19|20)\d\d)(?:\s*(?:року|роках|году|г\.|р\.))?"
    r"|\s+(?P<last_year>last\s+year|минулого\s+року|прошлого\s+года))?"
)
_MONTH_PREFIX = (
    r"(?:in|у|в|во|на\s+початку|наприкінці|в\s+кінці|у\s+кінці|в\s+середині|у\s+середині"
    r"|в\s+начале|в\s+конце|в\s+середине|at\s+the\s+(?:beginning|end)\s+of)"
)
PATTERNS = [
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
            r"|в\s+тот\s+же\s+день|того\s+же\s+дня|в\s+этот\s+же\s+день|цього\s+ж\s+дня"
            r"|(?:ранее|позднее|позже)\s+в\s+(?:этот|тот)\s+день|(?:раніше|пізніше)\s+(?:цього|того)\s+дня)\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?P<last>(?:last|минул\w*|прошл\w*)\s+)?(?P<weekday>" + _alternatives(WEEKDAYS) + r")\b",
            re.I,
        ),
    ),
    ("weekday_adjective", re.compile(r"\b(?P<stem>" + _alternatives(WEEKDAY_ADJECTIVES) + r")\w*", re.I)),
    ("offset", re.compile(r"\b(?P<offset>" + "|".join(OFFSETS) + r")\b", re.I)),
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
        re.compile(
            r"\b(?:over\s+the\s+weekend|at\s+the\s+weekend|на\s+вихідних|у\s+вихідні|на\s+выходных|в\s+выходные)\b",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:(?P<last>минул(?:ого|ої)|прошл(?:ым|ой|ого)|торік)\s+|(?:цього|цієї|этим|этой)\s+)?"
            rf"(?P<season>{'|'.join(SEASONS)})\b{_YEAR}",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:(?P<last>last)\s+|this\s+|(?:in|over|during)\s+the\s+)"
            rf"(?P<season>{'|'.join(EN_SEASONS)})\b(?:\s+of)?{_YEAR}",
            re.I,
        ),
    ),
    (
        "in_year",
        re.compile(
            r"\b(?:in|у|в|во)\s+(?P<year>(?:19|20)\d\d)(?:\s*(?:року|році|роках|году|г\.|р\.))?(?![\d-])",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?:(?P<last>last\s+year|минулого\s+року|[ву]\s+минулому\s+році|торік|в\s+прошлом\s+году"
            r"|прошлого\s+года)|this\s+year|earlier\s+this\s+year|цього\s+року|[ву]\s+цьому\s+році"
            r"|в\s+этом\s+году|этого\s+года)\b",
            re.I,
        ),
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
