from __future__ import annotations

import pytest

from graph.model import Lang
from ingest.extract.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Президент провів телефонну розмову з казахським колегою", Lang.UK),
        ("Путин провел телефонный разговор с казахстанским коллегой", Lang.RU),
        ("President Biden spoke today with President Erdogan", Lang.EN),
        ("Zelensky: «Говорив з Токаєвим»", Lang.UK),
    ],
)
def test_detects_the_language_of_the_text(text: str, lang: Lang) -> None:
    assert detect_language(text) is lang


def test_text_without_letters_has_no_language() -> None:
    assert detect_language("12345 !!! \x00\x01") is None


def test_cyrillic_without_telltale_letters_is_told_by_dictionary() -> None:
    assert detect_language("Путин проинформировал Токаева о ситуации") is Lang.RU
    assert detect_language("Путін поговорив з Токаєвим") is Lang.UK


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Путин встретился с Нарендрой Моди.", Lang.RU),
        ("Зеленский поговорил с Киром Стармером.", Lang.RU),
        ("Премьер встретился с канцлером в Берлине.", Lang.RU),
        ("Прем'єр зустрівся з канцлером у Берліні.", Lang.UK),
        ("Макрон подзвонив Зеленському.", Lang.UK),
    ],
)
def test_short_sentences_with_names_the_other_dictionary_knows(text: str, lang: Lang) -> None:
    assert detect_language(text) is lang
