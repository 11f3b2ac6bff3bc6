"""The breadth of the contact vocabulary: the many ways each language reports a contact, and
the clauses around a contact word that say it did not (or not yet) happen."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.model import ContactType
from graph.registry import Registry
from ingest.extract import extract_article
from ingest.extract.lexicon import load_lexicon
from ingest.extract.tokens import tokenize
from ingest.extract.triggers import find_triggers


def _types(text: str, lang: str) -> list[ContactType]:
    tokens = tokenize(text, 0, len(text), lang)
    return [t.type for t in find_triggers(tokens, load_lexicon(), [])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Прем'єри не так давно бачилися у Вільнюсі", "uk"),
        ("Премьеры не раз встречались в Вильнюсе", "ru"),
        ("The premiers met not long ago in Vilnius", "en"),
    ],
)
def test_not_long_ago_is_no_denial(text: str, lang: str) -> None:
    assert ContactType.MEETING in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Прем'єр висловив готовність відвідати Прагу", "uk"), ("Прем'єр хоче поговорити з канцлером", "uk")],
)
def test_a_ukrainian_infinitive_is_not_a_contact(text: str, lang: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Лідери востаннє бачилися у Вільнюсі", "uk", ContactType.MEETING),
        ("Прем'єри побачилися на полях саміту", "uk", ContactType.MEETING),
        ("Лидеры увиделись в Бишкеке", "ru", ContactType.MEETING),
        ("Министры повидались в Женеве", "ru", ContactType.MEETING),
        ("The two leaders had a short encounter in Rome", "en", ContactType.MEETING),
        ("The ministers conferred in Geneva", "en", ContactType.MEETING),
        ("Прем'єр провів відеозустріч з колегою", "uk", ContactType.VIDEO_CALL),
        ("Премьер провел видеоразговор с коллегой", "ru", ContactType.VIDEO_CALL),
        ("The chancellor held a video chat with the premier", "en", ContactType.VIDEO_CALL),
        ("Macron rang Scholz on Sunday", "en", ContactType.CALL),
        ("Прем'єр завітав до Вільнюса", "uk", ContactType.VISIT),
        ("Після приїзду прем'єра до Праги", "uk", ContactType.VISIT),
        ("Во время посещения Пхеньяна министр", "ru", ContactType.VISIT),
        ("Канцлер уже бывал в Пекине", "ru", ContactType.VISIT),
        ("Tusk travelled to Kyiv on Monday", "en", ContactType.VISIT),
        ("Міністр розповів колезі про підсумки поїздки", "uk", ContactType.BRIEFING),
        ("Министр рассказал собеседнику о ходе консультаций", "ru", ContactType.BRIEFING),
        ("She told her counterpart about the summit", "en", ContactType.BRIEFING),
        ("The chancellor began by updating Meloni on the talks", "en", ContactType.BRIEFING),
        ("The premiers held a one-on-one meeting", "en", ContactType.MEETING),
        ("Прем'єри провели зустріч віч-на-віч", "uk", ContactType.MEETING),
        ("Саміт лідерів відбувся у Празі", "uk", ContactType.MEETING),
        ("Саммит лидеров прошел в Праге", "ru", ContactType.MEETING),
        ("The leaders' summit took place in Prague", "en", ContactType.MEETING),
        ("Премьер поблагодарил канцлера за направленную накануне телеграмму", "ru", ContactType.MESSAGE),
        ("Премьеры провели встречу тет-а-тет", "ru", ContactType.MEETING),
    ],
)
def test_finds_the_wider_family_of_contact_words(text: str, lang: str, kind: ContactType) -> None:
    assert kind in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Міністр розповів журналістам, що ситуація складна", "uk"),
        ("Он рассказал, что ситуация остается сложной", "ru"),
        ("He told reporters that the situation was hard", "en"),
    ],
)
def test_saying_something_is_not_a_briefing(text: str, lang: str) -> None:
    assert ContactType.BRIEFING not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Поїздка прем'єра до Токіо, за даними джерел, може відбутися восени", "uk"),
        ("Поездка премьера в Токио, по данным источников, может состояться осенью", "ru"),
        ("Про розмову лідерів поки не повідомлялося", "uk"),
        ("О встрече министров пока не сообщалось", "ru"),
        ("Нового разговора между лидерами не планируется", "ru"),
        ("Канцлер скасував намічену зустріч з прем'єром", "uk"),
        ("Трамп отменил намеченную встречу с Путиным", "ru"),
        ("Trump cancelled the planned meeting with the Russian leader", "en"),
        ("Напередодні візиту до Берліна прем'єр заявив журналістам", "uk"),
        ("Накануне переговоров в Женеве министр заявил", "ru"),
        ("Ahead of the talks in Geneva, the minister said", "en"),
        ("Підготовка до візиту прем'єра триває", "uk"),
        ("Подготовка к встрече лидеров продолжается", "ru"),
        ("A meeting between the two leaders is being prepared", "en"),
        ("The palace ruled out a meeting between the monarchs", "en"),
        ("The premier is open to a meeting with the chancellor", "en"),
        ("Премьер заявил о готовности к встрече с канцлером", "ru"),
        ("Прем'єр підтвердив готовність до зустрічі з канцлером", "uk"),
        ("Зустріч прем'єрів уже готується", "uk"),
    ],
)
def test_plans_cancellations_and_eves_are_not_contacts(text: str, lang: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Подготовка саммита была приостановлена после телефонного разговора министров",
            "ru",
            ContactType.CALL,
        ),
        ("Міністр надіслав колезі листа з пропозиціями щодо санкцій", "uk", ContactType.MESSAGE),
        ("Президент направил коллеге письмо с предложениями", "ru", ContactType.MESSAGE),
    ],
)
def test_a_noun_of_intent_elsewhere_leaves_the_contact_real(text: str, lang: str, kind: ContactType) -> None:
    assert kind in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Прем'єр прийняв рішення разом з канцлером", "uk"),
        ("Премьер принял решение вместе с канцлером", "ru"),
        ("The premier received the award alongside the chancellor", "en"),
    ],
)
def test_deciding_or_being_awarded_is_no_hosting(text: str, lang: str) -> None:
    assert ContactType.VISIT not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Прем'єр відмовився від зустрічі з канцлером", "uk"),
        ("Премьер отказался от встречи с канцлером", "ru"),
        ("The premier declined a meeting with the chancellor", "en"),
    ],
)
def test_a_refused_contact_is_not_a_contact(text: str, lang: str) -> None:
    assert _types(text, lang) == []


def test_sitting_down_with_someone_is_a_meeting(registry: Registry) -> None:
    events = extract_article(
        "Trump sat down with Putin in Anchorage.", registry, published=dt.date(2025, 8, 15)
    )
    assert [(e.type.value, tuple(e.participants)) for e in events.events] == [
        ("meeting", ("donald-trump", "vladimir-putin"))
    ]
