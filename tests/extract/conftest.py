"""A small actor registry for the extraction tests (independent of seeds/actors/)."""

from __future__ import annotations

import pytest

from graph.model import Actor, Office
from graph.registry import Registry

ACTORS = [
    Actor(
        id="volodymyr-zelensky",
        name="Volodymyr Zelensky",
        names={"en": "Volodymyr Zelensky", "uk": "Володимир Зеленський", "ru": "Владимир Зеленский"},
        aliases=["Zelensky", "Zelenskyy", "Zelenskiy", "Зеленський", "Зеленский"],
        country="UA",
        offices=[Office(title="president", role="head_of_state", country="UA", start="2019-05-20")],
    ),
    Actor(
        id="kassym-jomart-tokayev",
        name="Kassym-Jomart Tokayev",
        names={"en": "Kassym-Jomart Tokayev", "uk": "Касим-Жомарт Токаєв", "ru": "Касым-Жомарт Токаев"},
        aliases=["Tokayev", "Tokaev", "Токаєв", "Токаев"],
        country="KZ",
        offices=[Office(title="president", role="head_of_state", country="KZ", start="2019-03-20")],
    ),
    Actor(
        id="vladimir-putin",
        name="Vladimir Putin",
        names={"en": "Vladimir Putin", "uk": "Володимир Путін", "ru": "Владимир Путин"},
        aliases=["Putin", "Путін", "Путин"],
        country="RU",
        offices=[Office(title="president", role="head_of_state", country="RU", start="2012-05-07")],
    ),
    Actor(
        id="steve-witkoff",
        name="Steve Witkoff",
        names={"en": "Steve Witkoff", "uk": "Стів Віткофф", "ru": "Стив Уиткофф"},
        aliases=["Witkoff", "Віткофф", "Уиткофф", "Виткофф"],
        country="US",
        offices=[Office(title="special_envoy", role="envoy", country="US", start="2025-01-20")],
    ),
    Actor(
        id="donald-trump",
        name="Donald Trump",
        names={"en": "Donald Trump", "uk": "Дональд Трамп", "ru": "Дональд Трамп"},
        aliases=["Trump", "Трамп"],
        country="US",
        offices=[Office(title="president", role="head_of_state", country="US", start="2025-01-20")],
    ),
    Actor(
        id="marco-rubio",
        name="Marco Rubio",
        names={"en": "Marco Rubio", "uk": "Марко Рубіо", "ru": "Марко Рубио"},
        aliases=["Rubio", "Рубіо", "Рубио"],
        country="US",
        offices=[
            Office(title="secretary_of_state", role="foreign_minister", country="US", start="2025-01-21")
        ],
    ),
    Actor(
        id="sergey-lavrov",
        name="Sergey Lavrov",
        names={"en": "Sergey Lavrov", "uk": "Сергій Лавров", "ru": "Сергей Лавров"},
        aliases=["Lavrov", "Лавров"],
        country="RU",
        offices=[Office(title="foreign_minister", role="foreign_minister", country="RU", start="2004-03-09")],
    ),
    Actor(
        id="keir-starmer",
        name="Keir Starmer",
        names={"en": "Keir Starmer", "uk": "Кір Стармер", "ru": "Кир Стармер"},
        aliases=["Starmer", "Стармер"],
        country="GB",
        offices=[Office(title="prime_minister", role="head_of_government", country="GB", start="2024-07-05")],
    ),
]


@pytest.fixture(scope="session")
def registry() -> Registry:
    return Registry(ACTORS)
