"""Sentence structures the extractor must read wherever they occur: appositions, adverbs that
may be prepositions, subjects after a group word, plural references and visit hosts."""

from __future__ import annotations

import datetime as dt

from graph.model import Actor, Office
from graph.registry import Registry
from ingest.extract import extract_article
from tests.extract.conftest import ACTORS
from tests.extract.extracted import DAY, contacts


def test_adverb_that_may_be_a_preposition_leaves_the_subject_nominative(registry: Registry) -> None:
    text = "Напередодні президент Токаєв провів переговори з Путіним."
    assert contacts(text, registry) == [("talks", ("kassym-jomart-tokayev", "vladimir-putin"), None)]
    text = "Накануне российский министр провел переговоры с Рубио."
    assert contacts(text, registry) == [("talks", ("marco-rubio", "sergey-lavrov"), None)]


def test_office_after_a_name_in_commas_describes_that_name(registry: Registry) -> None:
    text = "Tokayev received Sergey Lavrov, Minister of Foreign Affairs, in Astana."
    assert contacts(text, registry) == [
        ("visit", ("kassym-jomart-tokayev", "sergey-lavrov"), "sergey-lavrov")
    ]


def test_names_after_a_group_in_commas_are_the_group(registry: Registry) -> None:
    text = "On Saturday the top diplomats of both nations, Rubio and Lavrov, met in Geneva."
    assert contacts(text, registry) == [("meeting", ("marco-rubio", "sergey-lavrov"), None)]


def test_a_comma_after_an_opening_phrase_is_no_apposition(registry: Registry) -> None:
    text = "After talks with the Kazakh president, Putin called Trump."
    found = contacts(text, registry)
    assert ("call", ("donald-trump", "vladimir-putin"), "vladimir-putin") in found
    assert ("talks", ("kassym-jomart-tokayev", "vladimir-putin"), None) in found


def test_a_contact_whose_verb_names_its_sides_is_not_the_one_before(registry: Registry) -> None:
    text = (
        "Putin held talks with Tokayev in Moscow on Friday. "
        "On Saturday Lavrov and Rubio met in Geneva to discuss the treaty that Kazakhstan joined."
    )
    found = contacts(text, registry)
    assert ("meeting", ("marco-rubio", "sergey-lavrov"), None) in found
    assert ("talks", ("kassym-jomart-tokayev", "vladimir-putin"), None) in found


def test_a_host_named_after_a_contact_noun_took_part_in_it(registry: Registry) -> None:
    text = "Rubio and Lavrov met in Paris on Friday, at a dinner meeting hosted by Trump."
    assert contacts(text, registry) == [("meeting", ("donald-trump", "marco-rubio", "sergey-lavrov"), None)]


def test_a_guest_who_visited_at_another_time_has_no_host_in_the_sentence(registry: Registry) -> None:
    text = "On Friday Tokayev held a meeting with Putin, who visited Astana in March."
    assert contacts(text, registry) == [("meeting", ("kassym-jomart-tokayev", "vladimir-putin"), None)]


def test_guests_who_came_too_are_not_visited_by_the_one_they_met(registry: Registry) -> None:
    text = "У Женеві Зеленський зустрівся з Рубіо та Віткоффом, які теж прибули до Женеви."
    assert contacts(text, registry) == [
        ("meeting", ("marco-rubio", "steve-witkoff", "volodymyr-zelensky"), None)
    ]


def test_a_name_of_any_case_before_the_verb_is_its_object_when_the_subject_follows(
    registry: Registry,
) -> None:
    text = "Вчора Рубіо прийняв президент Путін."
    assert contacts(text, registry) == [("visit", ("marco-rubio", "vladimir-putin"), "marco-rubio")]


def test_a_counterpart_holds_the_same_title_before_the_same_role() -> None:
    leader = Actor(
        id="leader-of-iran",
        name="Ali Leader",
        names={"ru": "Али Лидер"},
        country="IR",
        offices=[Office(title="supreme_leader", role="head_of_state", country="IR", start="1989-06-04")],
    )
    president = Actor(
        id="president-of-iran",
        name="Masud President",
        names={"ru": "Масуд Президент"},
        country="IR",
        offices=[Office(title="president", role="head_of_government", country="IR", start="2024-07-28")],
    )
    registry = Registry([*ACTORS, leader, president])
    text = "Путин провел переговоры с иранским коллегой."
    assert contacts(text, registry) == [("talks", ("president-of-iran", "vladimir-putin"), None)]


def test_an_english_contact_word_in_ing_after_a_subordinator_takes_the_main_subject(
    registry: Registry,
) -> None:
    text = "Rubio and Lavrov signed a memorandum after meeting for two hours in Riyadh."
    assert contacts(text, registry) == [("meeting", ("marco-rubio", "sergey-lavrov"), None)]


def test_he_is_the_main_actor_described_as_the_subject(registry: Registry) -> None:
    text = (
        "Trump spoke with Putin by phone on Monday. Trump called the talks useful. "
        "Starmer welcomed the call. The President thanked Putin for the prisoner exchange. "
        "He later called Tokayev."
    )
    assert ("call", ("donald-trump", "kassym-jomart-tokayev"), "donald-trump") in contacts(text, registry)


def test_a_described_object_is_someone_other_than_the_implicit_subject(registry: Registry) -> None:
    text = "Rubio spoke with Lavrov on Monday. The Secretary briefed the Foreign Minister on the talks."
    found = contacts(text, registry)
    assert ("briefing", ("marco-rubio", "sergey-lavrov"), "marco-rubio") in found


def test_an_office_inside_another_office_is_not_a_member(registry: Registry) -> None:
    text = "Rubio met a delegation headed by Lavrov, the head of the office of the President of Russia."
    assert contacts(text, registry) == [("meeting", ("marco-rubio", "sergey-lavrov"), None)]


def test_each_sentence_of_a_quotation_is_a_clause_with_its_own_dates(registry: Registry) -> None:
    text = "«Я поговорив з Президентом Трампом. Перемир'я почнеться з понеділка», – сказав Зеленський."
    result = extract_article(text, registry, published=DAY)
    assert [(e.type.value, e.date) for e in result.events] == [("call", DAY)]


def test_earlier_in_the_day_is_the_day_being_reported(registry: Registry) -> None:
    text = (
        "Путин провел телефонный разговор с Трампом в пятницу. "
        "Ранее в этот день Путин встретился с Уиткоффом."
    )
    result = extract_article(text, registry, published=DAY)
    dates = {e.type.value: (e.date, e.not_after) for e in result.events}
    assert dates["meeting"] == (dates["call"][0], None)


def test_a_relative_clause_saying_when_a_contact_took_place_dates_it(registry: Registry) -> None:
    text = "Зеленський згадав свою зустріч з Трампом, яка відбулася 3 серпня."
    result = extract_article(text, registry, published=DAY)
    assert [(e.type.value, e.date) for e in result.events] == [("meeting", dt.date(2025, 8, 3))]


def test_the_initiating_side_is_the_participant_from_that_country(registry: Registry) -> None:
    text = "Стармер провів телефонну розмову з Путіним з ініціативи британської сторони."
    assert contacts(text, registry) == [("call", ("keir-starmer", "vladimir-putin"), "keir-starmer")]


def test_who_joined_something_named_in_a_relative_clause_joins_nothing_before(
    registry: Registry,
) -> None:
    text = (
        "Rubio and Lavrov held talks in Riyadh on Monday. "
        "Their aides praised the summit in Geneva, where Witkoff joined the delegations."
    )
    assert contacts(text, registry) == [("talks", ("marco-rubio", "sergey-lavrov"), None)]


def test_a_second_with_phrase_after_and_belongs_to_the_samecontacts(registry: Registry) -> None:
    text = "Trump held several meetings, including with Putin on Monday and with Tokayev on Tuesday."
    assert contacts(text, registry) == [
        ("meeting", ("donald-trump", "vladimir-putin"), None),
        ("meeting", ("donald-trump", "kassym-jomart-tokayev"), None),
    ]


def test_guests_named_only_as_subjects_are_hosted_by_whoever_met_them(registry: Registry) -> None:
    text = "Трамп і Рубіо у суботу прибули до Києва, де їх зустрів Президент України Володимир Зеленський."
    assert contacts(text, registry) == [
        ("visit", ("donald-trump", "marco-rubio", "volodymyr-zelensky"), None)
    ]


def test_words_after_a_dash_without_a_verb_date_the_contact_before(registry: Registry) -> None:
    text = "Зеленський і Трамп уже зустрічалися – у Парижі 7 грудня 2024 року."
    result = extract_article(text, registry, published=DAY)
    assert [(e.type.value, e.date) for e in result.events] == [("meeting", dt.date(2024, 12, 7))]


def test_the_one_visited_at_is_the_host(registry: Registry) -> None:
    text = "Зеленский в понедельник побывал у Дональда Трампа в Мар-а-Лаго."
    assert contacts(text, registry) == [
        ("visit", ("donald-trump", "volodymyr-zelensky"), "volodymyr-zelensky")
    ]


def test_each_of_several_contacts_takes_the_date_said_next_to_its_partner(registry: Registry) -> None:
    text = "Trump held several meetings, including with Putin on Monday and with Tokayev on Tuesday."
    result = extract_article(text, registry, published=DAY)
    dates = {next(p for p in e.participants if p != "donald-trump"): e.date for e in result.events}
    assert dates == {"vladimir-putin": dt.date(2025, 8, 4), "kassym-jomart-tokayev": dt.date(2025, 8, 5)}


def test_a_day_opening_a_sentence_without_contacts_is_the_day_that_follows(registry: Registry) -> None:
    text = (
        "Trump called Putin on Monday. "
        "On August 7, Trump attended a summit in Geneva, where he gave a speech. "
        "On the sidelines, Trump held a meeting with Tokayev."
    )
    result = extract_article(text, registry, published=DAY)
    dates = {e.type.value: e.date for e in result.events}
    assert dates["meeting"] == dt.date(2025, 8, 7)


def test_a_message_from_someone_is_theirs_whoever_carried_it(registry: Registry) -> None:
    text = "Рубіо передав Путіну послання від Дональда Трампа."
    assert contacts(text, registry) == [("message", ("donald-trump", "vladimir-putin"), "donald-trump")]


def test_a_message_from_someone_received_by_the_subject_is_between_them(registry: Registry) -> None:
    text = "Трамп отримав лист від Зеленського."
    assert contacts(text, registry) == [
        ("message", ("donald-trump", "volodymyr-zelensky"), "volodymyr-zelensky")
    ]
