"""Roles around a contact trigger: who was called, received, briefed."""

from __future__ import annotations

import pytest

from graph.registry import Registry
from tests.extract.extracted import contacts


@pytest.mark.parametrize(
    "text",
    [
        "Путин позвонил Токаеву и обсудил ситуацию в регионе.",
        "Путін зателефонував Токаєву й обговорив ситуацію в регіоні.",
    ],
)
def test_the_one_called_is_in_the_dative(text: str, registry: Registry) -> None:
    assert contacts(text, registry) == [
        ("call", ("kassym-jomart-tokayev", "vladimir-putin"), "vladimir-putin")
    ]


def test_the_one_told_is_no_subject_of_what_they_were_told_about(registry: Registry) -> None:
    text = "Zelensky told Trump about his meeting with Putin."
    found = contacts(text, registry)
    assert ("briefing", ("donald-trump", "volodymyr-zelensky"), "volodymyr-zelensky") in found
    assert ("meeting", ("donald-trump", "vladimir-putin"), None) not in found


def test_what_reporters_were_told_is_a_clause_of_its_own(registry: Registry) -> None:
    text = "Zelensky told reporters Putin met Tokayev on Monday."
    assert contacts(text, registry) == [("meeting", ("kassym-jomart-tokayev", "vladimir-putin"), None)]


@pytest.mark.parametrize(
    "text",
    [
        "Witkoff and Rubio arrived in Geneva on Monday.",
        "Уиткофф и Рубио прибыли в Женеву в понедельник.",
        "Віткофф і Рубіо прибули до Женеви в понеділок.",
    ],
)
def test_those_who_travelled_together_did_not_visit_each_other(text: str, registry: Registry) -> None:
    assert contacts(text, registry) == []


@pytest.mark.parametrize(
    "text",
    [
        "Лавров обсудил с Рубио по телефону ситуацию в регионе.",
        "Лавров обговорив з Рубіо по телефону ситуацію в регіоні.",
        "Lavrov discussed the situation in the region with Rubio by phone.",
    ],
)
def test_a_partner_named_before_by_phone_was_called(text: str, registry: Registry) -> None:
    assert contacts(text, registry) == [("call", ("marco-rubio", "sergey-lavrov"), None)]


def test_a_possessive_name_is_no_object(registry: Registry) -> None:
    assert contacts("Tokayev welcomed Putin's proposal on Monday.", registry) == []
    assert contacts("Lavrov met Rubio’s deputy in Geneva.", registry) == []


def test_a_letter_received_with_a_possessive_name_is_its_writers(registry: Registry) -> None:
    assert contacts("Tokayev received Putin's letter.", registry) == [
        ("message", ("kassym-jomart-tokayev", "vladimir-putin"), "vladimir-putin")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rubio was briefed by Witkoff on Monday.",
            ("briefing", ("marco-rubio", "steve-witkoff"), "steve-witkoff"),
        ),
        (
            "Rubio was called by Lavrov on Monday.",
            ("call", ("marco-rubio", "sergey-lavrov"), "sergey-lavrov"),
        ),
        (
            "Лавров был принят Президентом Токаевым в Астане.",
            ("visit", ("kassym-jomart-tokayev", "sergey-lavrov"), "sergey-lavrov"),
        ),
    ],
)
def test_the_agent_of_a_passive_took_part_and_did_it(
    text: str, expected: tuple[str, tuple[str, ...], str], registry: Registry
) -> None:
    assert contacts(text, registry) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rubio and Lavrov spoke on Monday. On Friday they met in Geneva.",
        "Рубіо та Лавров поговорили в понеділок. У п'ятницю вони зустрілися в Женеві.",
        "Рубио и Лавров поговорили в понедельник. В пятницу они встретились в Женеве.",
    ],
)
def test_they_who_meet_are_the_two_of_the_contact_just_reported(text: str, registry: Registry) -> None:
    found = contacts(text, registry)
    assert ("meeting", ("marco-rubio", "sergey-lavrov"), None) in found


@pytest.mark.parametrize(
    "text",
    [
        "Witkoff and Rubio arrived in Geneva, where they met Lavrov.",
        "Уиткофф и Рубио прибыли в Женеву, где встретились с Лавровым.",
        "Віткофф і Рубіо прибули до Женеви, де зустрілися з Лавровим.",
    ],
)
def test_guests_who_came_together_are_hosted_by_the_one_they_met(text: str, registry: Registry) -> None:
    found = contacts(text, registry)
    assert ("visit", ("marco-rubio", "sergey-lavrov", "steve-witkoff"), None) in found
    assert ("visit", ("marco-rubio", "steve-witkoff"), "steve-witkoff") not in found


@pytest.mark.parametrize(
    "text",
    [
        "«Ваш визит очень важен для нас», — сказал Токаев Путину.",
        "«Ваш візит дуже важливий для нас», — сказав Токаєв Путіну.",
        "“Your visit is very important to us,” Tokayev told Putin.",
    ],
)
def test_your_visit_in_quoted_speech_is_the_addressees(text: str, registry: Registry) -> None:
    assert contacts(text, registry) == [
        ("visit", ("kassym-jomart-tokayev", "vladimir-putin"), "vladimir-putin")
    ]


def test_our_meeting_in_quoted_speech_is_the_speakers_with_the_addressee(registry: Registry) -> None:
    text = "«Наша встреча была очень полезной», — сказал Путин Токаеву."
    assert contacts(text, registry) == [("meeting", ("kassym-jomart-tokayev", "vladimir-putin"), None)]
