"""Members of multi-party contacts named in the sentences around the contact."""

from __future__ import annotations

import pytest

from graph.registry import Registry
from tests.extract.extracted import contacts

FOUR = ("donald-trump", "marco-rubio", "sergey-lavrov", "vladimir-putin")


def _pairs(text: str, registry: Registry) -> list[tuple[str, tuple[str, ...]]]:
    return [(kind, people) for kind, people, _ in contacts(text, registry)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump held talks with Putin. Rubio and Lavrov also took part in the talks.",
        "Трамп провів переговори з Путіним. У переговорах також взяли участь Рубіо та Лавров.",
        "Трамп провел переговоры с Путиным. В них также участвовали Рубио и Лавров.",
    ],
    ids=["en", "uk", "ru"],
)
def test_people_who_took_part_join_the_contact_just_reported(text: str, registry: Registry) -> None:
    assert _pairs(text, registry) == [("talks", FOUR)]


@pytest.mark.parametrize(
    "text",
    [
        "Delegations of the U.S. and Russia held talks. The U.S. team was led by Rubio, the other by Lavrov.",
        "Делегації США та Росії провели переговори. Делегацію США очолював Рубіо, російську — Лавров.",
        "Делегации США и России провели переговоры. Делегацию США возглавил Рубио, российскую — Лавров.",
    ],
    ids=["en", "uk", "ru"],
)
def test_delegation_heads_are_the_sides_of_talks_between_delegations(text: str, registry: Registry) -> None:
    assert _pairs(text, registry) == [("talks", ("marco-rubio", "sergey-lavrov"))]


def test_a_member_described_through_someone_else_leaves_that_one_out(registry: Registry) -> None:
    text = "Putin met Trump. Also taking part was Witkoff, an envoy of Trump, and Lavrov, an aide to Putin."
    assert _pairs(text, registry) == [
        ("meeting", ("donald-trump", "sergey-lavrov", "steve-witkoff", "vladimir-putin"))
    ]


def test_a_later_report_of_the_contact_gets_its_members(registry: Registry) -> None:
    text = (
        "Трамп провів переговори з Путіним. У переговорах також взяли участь Рубіо та Лавров. "
        "Переговори Трампа і Путіна тривали три години."
    )
    assert _pairs(text, registry) == [("talks", FOUR)]


def test_a_new_contact_of_another_kind_is_not_the_one_just_reported(registry: Registry) -> None:
    text = "Trump met Putin. Later a video call, co-chaired by Starmer, was joined by Zelensky."
    assert ("meeting", ("donald-trump", "vladimir-putin")) in _pairs(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "Trump held talks with Putin. Zelensky did not take part in the talks.",
        "Трамп провів переговори з Путіним. Зеленський участі в переговорах не брав.",
        "Трамп провел переговоры с Путиным. Зеленский в переговорах не участвовал.",
    ],
    ids=["en", "uk", "ru"],
)
def test_who_did_not_take_part_is_not_a_member(text: str, registry: Registry) -> None:
    assert _pairs(text, registry) == [("talks", ("donald-trump", "vladimir-putin"))]


def test_who_is_invited_to_take_part_is_not_a_member(registry: Registry) -> None:
    text = "Трамп провел переговоры с Путиным. Путин пригласил Зеленского принять участие в саммите."
    assert _pairs(text, registry) == [("talks", ("donald-trump", "vladimir-putin"))]


def test_delegation_members_in_the_same_sentence_join_its_talks(registry: Registry) -> None:
    text = "The Russian delegation, headed by Lavrov, held talks with Rubio."
    assert _pairs(text, registry) == [("talks", ("marco-rubio", "sergey-lavrov"))]


def test_what_a_contact_led_to_adds_nobody(registry: Registry) -> None:
    text = "Trump held talks with Putin. The talks led to a call between Rubio and Lavrov."
    assert ("talks", ("donald-trump", "vladimir-putin")) in _pairs(text, registry)


def test_a_contact_that_brought_people_together_has_them_all(registry: Registry) -> None:
    text = "The video call on Wednesday brought together Trump and Rubio with Starmer and Zelensky."
    four = ("donald-trump", "keir-starmer", "marco-rubio", "volodymyr-zelensky")
    assert _pairs(text, registry) == [("video_call", four)]


def test_who_joined_from_a_visit_joins_the_contact_open_before(registry: Registry) -> None:
    text = (
        "The video call brought together Trump and Rubio with Starmer. "
        "Zelensky joined from Berlin, where Putin hosted him."
    )
    found = _pairs(text, registry)
    assert ("video_call", ("donald-trump", "keir-starmer", "marco-rubio", "volodymyr-zelensky")) in found


@pytest.mark.parametrize(
    "text",
    [
        "Лавров поінформував Рубіо про хід переговорів української делегації на чолі з Зеленським з Трампом.",
        "Лавров проинформировал Рубио о переговорах украинской делегации во главе с Зеленским с Трампом.",
    ],
    ids=["uk", "ru"],
)
def test_a_delegation_headed_by_someone_is_that_person(text: str, registry: Registry) -> None:
    assert ("talks", ("donald-trump", "volodymyr-zelensky")) in _pairs(text, registry)
