from __future__ import annotations

import datetime as dt

import pytest

from graph.model import DatePrecision
from ingest.extract.date_resolution import When
from ingest.extract.dates import find_dates

PUBLISHED = dt.date(2025, 8, 10)  # a Sunday


def _when(text: str, lang: str = "uk", published: dt.date | None = PUBLISHED) -> When:
    found = find_dates(text, 0, len(text), published, lang)
    assert len(found) == 1, found
    return found[0].when


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Раніше, 8 серпня, президент", "uk", dt.date(2025, 8, 8)),
        ("8 августа президент", "ru", dt.date(2025, 8, 8)),
        ("on August 8 the president", "en", dt.date(2025, 8, 8)),
        ("on 22 January 2024", "en", dt.date(2024, 1, 22)),
        ("Напередодні відбулася зустріч", "uk", dt.date(2025, 8, 9)),
        ("накануне состоялся разговор", "ru", dt.date(2025, 8, 9)),
        ("вчора провів розмову", "uk", dt.date(2025, 8, 9)),
        ("spoke yesterday", "en", dt.date(2025, 8, 9)),
        ("spoke today", "en", dt.date(2025, 8, 10)),
        ("on Friday", "en", dt.date(2025, 8, 8)),
        ("у суботу", "uk", dt.date(2025, 8, 9)),
        ("в среду", "ru", dt.date(2025, 8, 6)),
        ("2025-08-08", "en", dt.date(2025, 8, 8)),
    ],
)
def test_days_are_resolved_against_publication(text: str, lang: str, day: dt.date) -> None:
    assert _when(text, lang) == When(day, DatePrecision.DAY)


def test_a_day_later_in_the_year_than_publication_is_last_year() -> None:
    assert _when("11 листопада").date == dt.date(2024, 11, 11)


def test_a_range_gives_bounds() -> None:
    assert _when("візиту до Москви 11–12 листопада") == When(
        not_before=dt.date(2024, 11, 11), not_after=dt.date(2024, 11, 12)
    )


def test_a_month_has_month_precision() -> None:
    assert _when("their talks in Astana in early July", "en") == When(
        dt.date(2025, 7, 1), DatePrecision.MONTH
    )


def test_earlier_this_week_gives_bounds() -> None:
    assert _when("earlier this week", "en") == When(not_before=dt.date(2025, 8, 4), not_after=PUBLISHED)


def test_relative_words_need_a_publication_date() -> None:
    assert find_dates("вчора", 0, 5, None, "uk") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Раніше цього місяця міністри говорили", "uk"),
        ("ранее в этом месяце лидеры провели разговор", "ru"),
        ("earlier this month", "en"),
    ],
)
def test_this_month_is_the_month_up_to_publication(text: str, lang: str) -> None:
    assert _when(text, lang) == When(dt.date(2025, 8, 1), DatePrecision.MONTH, not_after=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("met Trump last month", "en"), ("минулого місяця зустрілися", "uk"), ("в прошлом месяце", "ru")],
)
def test_last_month_has_month_precision(text: str, lang: str) -> None:
    assert _when(text, lang) == When(dt.date(2025, 7, 1), DatePrecision.MONTH)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The day before, the president spoke", "en"),
        ("субботние переговоры", "ru"),
        ("минулої суботи", "uk"),
    ],
)
def test_day_before_and_weekday_words(text: str, lang: str) -> None:
    assert _when(text, lang) == When(dt.date(2025, 8, 9), DatePrecision.DAY)


def _dates(text: str, lang: str) -> list[When]:
    return [d.when for d in find_dates(text, 0, len(text), PUBLISHED, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They met on 5 August. On the same day, he called Tokayev.", "en"),
        ("Вони зустрілися 5 серпня. Того ж дня він подзвонив Токаєву.", "uk"),
        ("Они встретились 5 августа. В тот же день он позвонил Токаеву.", "ru"),
    ],
)
def test_the_same_day_is_the_day_last_named(text: str, lang: str) -> None:
    assert _dates(text, lang)[-1] == When(dt.date(2025, 8, 5), DatePrecision.DAY)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They met on 5 August, two days after a call with Putin.", "en"),
        ("Зустріч відбулася 5 серпня, через два дні після розмови з Путіним.", "uk"),
        ("Встреча прошла 5 августа, через два дня после разговора с Путиным.", "ru"),
    ],
)
def test_days_after_give_the_anchor_day_before_and_the_earlier_day_after(text: str, lang: str) -> None:
    assert _dates(text, lang)[-2:] == [
        When(dt.date(2025, 8, 5), DatePrecision.DAY),
        When(dt.date(2025, 8, 3), DatePrecision.DAY),
    ]


def test_the_same_day_after_days_after_is_the_earlier_day() -> None:
    text = "Зустріч відбулася 5 серпня, через два дні після розмови, а згодом того ж дня він подзвонив."
    assert _dates(text, "uk")[-1] == When(dt.date(2025, 8, 3), DatePrecision.DAY)


def test_a_header_title_is_not_an_anchor() -> None:
    text = (
        " date 2025-08-10 Trump hosts Zelensky a day after call\n\nTrump hosted Zelensky, a day after a call."
    )
    assert _dates(text, "en")[-1] == When(dt.date(2025, 8, 9), DatePrecision.DAY)


def test_the_same_day_without_an_earlier_day_is_publication() -> None:
    assert _when("Earlier in the day, Dmitriev met Witkoff", "en") == When(PUBLISHED, DatePrecision.DAY)


@pytest.mark.parametrize(
    ("published", "first", "last"),
    [
        (dt.date(2026, 1, 24), dt.date(2026, 1, 17), dt.date(2026, 1, 18)),  # a Saturday
        (dt.date(2026, 1, 26), dt.date(2026, 1, 24), dt.date(2026, 1, 25)),  # a Monday
    ],
)
def test_last_weekend_is_the_weekend_before(published: dt.date, first: dt.date, last: dt.date) -> None:
    assert _when("met in Miami last weekend", "en", published) == When(not_before=first, not_after=last)


@pytest.mark.parametrize(("text", "lang"), [("over the weekend", "en"), ("на вихідних", "uk")])
def test_over_the_weekend_is_the_last_saturday_and_sunday(text: str, lang: str) -> None:
    assert _when(text, lang) == When(not_before=dt.date(2025, 8, 9), not_after=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "lang", "day", "precision"),
    [
        ("in August last year", "en", dt.date(2024, 8, 1), DatePrecision.MONTH),
        ("у серпні минулого року", "uk", dt.date(2024, 8, 1), DatePrecision.MONTH),
        ("on 8 August last year", "en", dt.date(2024, 8, 8), DatePrecision.DAY),
        ("в начале мая", "ru", dt.date(2025, 5, 1), DatePrecision.MONTH),
        ("наприкінці липня", "uk", dt.date(2025, 7, 1), DatePrecision.MONTH),
        ("три дня назад", "ru", dt.date(2025, 8, 7), DatePrecision.DAY),
        ("two days ago", "en", dt.date(2025, 8, 8), DatePrecision.DAY),
    ],
)
def test_months_with_qualifiers_last_year_and_days_ago(
    text: str, lang: str, day: dt.date, precision: DatePrecision
) -> None:
    assert _when(text, lang) == When(day, precision)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Stubb, who was sworn in on August 1, spoke with Zelensky", "en"),
        ("Схоф, який обійняв посаду 1 серпня, провів розмову", "uk"),
        ("Трамп, вступивший в должность 1 августа, позвонил", "ru"),
        ("первая поездка после вступления в должность 1 августа", "ru"),
    ],
)
def test_the_day_of_taking_office_is_only_a_lower_bound(text: str, lang: str) -> None:
    assert _when(text, lang) == When(not_before=dt.date(2025, 8, 1), not_after=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("8-го серпня", "uk", dt.date(2025, 8, 8)),
        ("spoke this evening", "en", PUBLISHED),
        ("talked last night", "en", dt.date(2025, 8, 9)),
    ],
)
def test_ordinal_suffixes_and_parts_of_the_day(text: str, lang: str, day: dt.date) -> None:
    assert _when(text, lang) == When(day, DatePrecision.DAY)


@pytest.mark.parametrize(
    ("text", "lang", "bounds"),
    [
        ("Лідери говорили навесні", "uk", (dt.date(2025, 3, 1), dt.date(2025, 5, 31))),
        ("Министры виделись весной", "ru", (dt.date(2025, 3, 1), dt.date(2025, 5, 31))),
        ("They met in the spring", "en", (dt.date(2025, 3, 1), dt.date(2025, 5, 31))),
        ("Зустріч відбулася влітку", "uk", (dt.date(2025, 6, 1), PUBLISHED)),
        ("They spoke last summer", "en", (dt.date(2024, 6, 1), dt.date(2024, 8, 31))),
        ("Переговоры прошли прошлой осенью", "ru", (dt.date(2024, 9, 1), dt.date(2024, 11, 30))),
        ("Візит відбувся взимку 2023 року", "uk", (dt.date(2023, 12, 1), dt.date(2024, 2, 29))),
        ("during the winter of 2024", "en", (dt.date(2024, 12, 1), dt.date(2025, 2, 28))),
    ],
)
def test_a_season_is_no_date_but_its_bounds(text: str, lang: str, bounds: tuple[dt.date, dt.date]) -> None:
    when = _when(text, lang)
    assert (when.date, when.not_before, when.not_after) == (None, *bounds)


@pytest.mark.parametrize(
    ("text", "lang"), [("the summer Olympics", "en"), ("the fall of the government", "en")]
)
def test_a_season_word_that_is_no_date(text: str, lang: str) -> None:
    assert find_dates(text, 0, len(text), PUBLISHED, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "year", "not_after"),
    [
        ("Лідери цього року вже зустрічалися", "uk", 2025, PUBLISHED),
        ("Лидеры в этом году уже встречались", "ru", 2025, PUBLISHED),
        ("They have met twice this year", "en", 2025, PUBLISHED),
        ("Міністри бачилися торік", "uk", 2024, None),
        ("Министры встречались в прошлом году", "ru", 2024, None),
        ("The ministers met last year", "en", 2024, None),
    ],
)
def test_this_year_and_last_year(text: str, lang: str, year: int, not_after: dt.date | None) -> None:
    when = _when(text, lang)
    assert (when.date, when.precision, when.not_after) == (dt.date(year, 1, 1), DatePrecision.YEAR, not_after)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("10 серпня прем'єр прибув до Праги. Раніше цього дня він говорив з Туском.", "uk"),
        ("10 августа премьер прибыл в Прагу. Ранее в этот день он говорил с Туском.", "ru"),
    ],
)
def test_earlier_on_this_day_is_the_day_last_named(text: str, lang: str) -> None:
    found = find_dates(text, 0, len(text), dt.date(2025, 8, 12), lang)
    assert [d.when.date for d in found] == [dt.date(2025, 8, 10)] * 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They last met in 2019", "en"),
        ("Востаннє вони зустрічалися у 2019 році", "uk"),
        ("Они встречались в 2019 году", "ru"),
    ],
)
def test_a_year_alone_has_year_precision(text: str, lang: str) -> None:
    when = _when(text, lang)
    assert (when.date, when.precision) == (dt.date(2019, 1, 1), DatePrecision.YEAR)


def test_since_a_year_is_no_date() -> None:
    assert find_dates("their first meeting since 2019", 0, 30, PUBLISHED, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "date", "precision"),
    [
        ("зустрічалися цього року – у Римі в березні", "uk", dt.date(2025, 3, 1), DatePrecision.MONTH),
        ("встречались в этом году – в Риме в марте", "ru", dt.date(2025, 3, 1), DatePrecision.MONTH),
        ("they met this year, in Rome in March", "en", dt.date(2025, 3, 1), DatePrecision.MONTH),
        ("they met in March, on March 3", "en", dt.date(2025, 3, 3), DatePrecision.DAY),
    ],
)
def test_a_coarser_date_holding_a_finer_one_gives_way_to_it(
    text: str, lang: str, date: dt.date, precision: DatePrecision
) -> None:
    assert _when(text, lang) == When(date, precision)


def test_dates_of_different_years_in_one_sentence_both_stay() -> None:
    text = "they met in March and again in 2023"
    assert [d.when.precision for d in find_dates(text, 0, len(text), PUBLISHED, "en")] == [
        DatePrecision.MONTH,
        DatePrecision.YEAR,
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zelensky will meet Tokayev on Friday", "en"),
        ("Зеленський зустрінеться з Токаєвим у п'ятницю", "uk"),
        ("У п'ятницю Зеленський і Токаєв проведуть переговори", "uk"),
        ("Зеленский встретится с Токаевым в пятницу", "ru"),
        ("В пятницу лидеры будут говорить по телефону", "ru"),
    ],
)
def test_a_weekday_in_a_clause_about_the_future_is_the_coming_one(text: str, lang: str) -> None:
    assert _when(text, lang) == When(dt.date(2025, 8, 15), DatePrecision.DAY)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zelensky met Tokayev on Friday and will visit Astana", "en"),
        ("On Friday Zelensky met Tokayev, who will visit Kyiv", "en"),
        ("Про майбутню поїздку він у п'ятницю поінформував Токаєва", "uk"),
        ("О предстоящей поездке он в пятницу проинформировал Токаева", "ru"),
    ],
)
def test_a_weekday_in_a_clause_about_the_past_stays_the_past_one(text: str, lang: str) -> None:
    assert _when(text, lang) == When(dt.date(2025, 8, 8), DatePrecision.DAY)
