from __future__ import annotations

import pytest

from graph.model import ContactType
from ingest.extract.lexicon import load_lexicon
from ingest.extract.tokens import tokenize
from ingest.extract.triggers import find_triggers


def _types(text: str, lang: str) -> list[ContactType]:
    tokens = tokenize(text, 0, len(text), lang)
    return [t.type for t in find_triggers(tokens, load_lexicon(), [])]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("провів телефонну розмову з Токаєвим", "uk", ContactType.CALL),
        ("провел телефонный разговор с Токаевым", "ru", ContactType.CALL),
        ("spoke by phone with Tokayev", "en", ContactType.CALL),
        ("held a video call with Ishiba", "en", ContactType.VIDEO_CALL),
        ("провів переговори в режимі відеоконференції", "uk", ContactType.VIDEO_CALL),
        ("зустрівся з прем'єр-міністром", "uk", ContactType.MEETING),
        ("встретился с премьер-министром", "ru", ContactType.MEETING),
        ("met with the Secretary", "en", ContactType.MEETING),
        ("прибув з візитом до Києва", "uk", ContactType.VISIT),
        ("hosted Zelensky at the White House", "en", ContactType.VISIT),
        ("held talks with Lavrov", "en", ContactType.TALKS),
        ("провели переговори", "uk", ContactType.TALKS),
        ("надіслав вітальне послання", "uk", ContactType.MESSAGE),
        ("sent a letter to Trump", "en", ContactType.MESSAGE),
        ("поінформував Токаєва", "uk", ContactType.BRIEFING),
        ("проинформировал Токаева", "ru", ContactType.BRIEFING),
        ("briefed Rutte on the talks", "en", ContactType.BRIEFING),
    ],
)
def test_finds_each_contact_type_in_each_language(text: str, lang: str, kind: ContactType) -> None:
    assert kind in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The presidents agreed to meet next week", "en"),
        ("Trump has said he would speak with Putin", "en"),
        ("There was no conversation", "en"),
        ("The Kremlin denied that Trump had spoken with Putin", "en"),
        ("no date had yet been set for a meeting between Putin and Trump", "en"),
        ("Лідери домовилися провести окрему зустріч", "uk"),
        ("Зеленський запросив Токаєва відвідати Україну", "uk"),
        ("Путін не зустрічався з Байденом", "uk"),
        ("Президенты встретятся в следующем месяце", "ru"),
        ("Песков опроверг, что Путин говорил с Трампом", "ru"),
    ],
)
def test_plans_denials_and_hypotheticals_are_not_contacts(text: str, lang: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Андрій Сибіга провів телефонну розмову з Рубіо", "uk"),
        ("Сибіга зустрівся з Каллас", "uk"),
    ],
)
def test_a_surname_that_reads_as_a_verb_is_not_a_future_tense(text: str, lang: str) -> None:
    assert _types(text, lang) != []


def test_a_contact_noun_that_also_reads_as_a_future_verb_is_a_contact() -> None:
    assert _types("Путин провел в Кремле встречу со спецпосланником", "ru") == [ContactType.MEETING]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Зеленський перебував з офіційним візитом у Берні", "uk", ContactType.VISIT),
        ("Зеленский находился с визитом в Париже", "ru", ContactType.VISIT),
        ("Modi, on a state visit to Kyiv", "en", ContactType.VISIT),
        ("Токаев направил поздравительные телеграммы", "ru", ContactType.MESSAGE),
        ("Сибіга направив листа Гутеррешу", "uk", ContactType.MESSAGE),
        ("Putin sent a congratulatory telegram", "en", ContactType.MESSAGE),
    ],
)
def test_phrases_with_modifiers_in_between_are_one_verb_trigger(
    text: str, lang: str, kind: ContactType
) -> None:
    tokens = tokenize(text, 0, len(text), lang)
    found = find_triggers(tokens, load_lexicon(), [])
    assert [(t.type, t.is_verb) for t in found] == [(kind, True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("обсуждал предстоящую встречу по телефону с Путиным", "ru"),
        ("обговорили наступний саміт телефоном", "uk"),
    ],
)
def test_a_prospective_word_only_rules_out_the_contact_it_qualifies(text: str, lang: str) -> None:
    assert _types(text, lang) == [ContactType.CALL]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("наступна зустріч лідерів", "uk"),
        ("предстоящие переговоры в Стамбуле", "ru"),
        ("the upcoming visit to Beijing", "en"),
    ],
)
def test_a_prospective_contact_is_not_a_contact(text: str, lang: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("провел переговоры с Моди в формате видеоконференции", "ru"),
        ("провів переговори у форматі відеоконференції", "uk"),
        ("held talks with Modi by video link", "en"),
    ],
)
def test_a_video_mode_makes_the_contact_a_video_call(text: str, lang: str) -> None:
    assert set(_types(text, lang)) == {ContactType.VIDEO_CALL}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вопрос о встрече Путина и Трампа не обсуждался", "ru"),
        ("питання про зустріч лідерів залишається відкритим", "uk"),
        ("the possibility of a meeting between the leaders", "en"),
    ],
)
def test_a_contact_named_as_a_topic_is_not_a_contact(text: str, lang: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("встреча Путина и Зеленского возможна лишь на завершающем этапе", "ru"),
        ("зустріч Трампа і Путіна не планується", "uk"),
        ("Зустріч Путіна і Зеленського досі вважають передчасною", "uk"),
    ],
)
def test_a_contact_noun_with_an_unreal_predicate_is_not_a_contact(text: str, lang: str) -> None:
    assert _types(text, lang) == []


def test_a_contact_noun_after_an_infinitive_is_a_plan() -> None:
    assert _types("Моди пригласил Токаева посетить Индию с государственным визитом", "ru") == []


def test_a_topic_word_only_rules_out_the_contact_it_governs() -> None:
    assert _types("стороны уже обсуждали эти вопросы по телефону", "ru") == [ContactType.CALL]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В рамках официального визита в Турецкую Республику министр провел переговоры", "ru"),
        ("У рамках робочого візиту до Туреччини міністр провів переговори", "uk"),
    ],
)
def test_within_a_visit_is_the_subjects_visit(text: str, lang: str) -> None:
    tokens = tokenize(text, 0, len(text), lang)
    found = find_triggers(tokens, load_lexicon(), [])
    assert (ContactType.VISIT, True) in [(t.type, t.is_verb) for t in found]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Лавров переговорил по телефону с Рубио", "ru", ContactType.CALL),
        ("лідери обмінялися вітальними посланнями", "uk", ContactType.MESSAGE),
        ("the leaders exchanged congratulatory messages", "en", ContactType.MESSAGE),
        ("held a one-on-one with Xi", "en", ContactType.MEETING),
    ],
)
def test_more_ways_to_say_a_contact(text: str, lang: str, kind: ContactType) -> None:
    assert kind in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A meeting between Macron and Xi has not yet been scheduled", "en"),
        ("Зустріч Зеленського і Путіна так і не відбулася", "uk"),
        ("Встреча Путина и Трампа может состояться в ближайшее время", "ru"),
    ],
)
def test_a_contact_noun_whose_occurrence_is_denied_or_modal_is_not_a_contact(text: str, lang: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Переговоры Лаврова и Рубио не принесли прорыва", "ru"),
        ("The talks between Rubio and Lavrov did not produce a breakthrough", "en"),
    ],
)
def test_a_negated_outcome_leaves_the_contact_real(text: str, lang: str) -> None:
    assert _types(text, lang) == [ContactType.TALKS]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Macron had lunch with Scholz", "en"),
        ("лідери провели робочу вечерю", "uk"),
        ("рабочий ужин лидеров", "ru"),
    ],
)
def test_a_working_meal_is_a_meeting(text: str, lang: str) -> None:
    assert _types(text, lang) == [ContactType.MEETING]


@pytest.mark.parametrize(("text", "lang"), [("зателефонував", "uk"), ("позвонил", "ru")])
def test_calling_verbs_that_take_a_dative_have_no_direct_object(text: str, lang: str) -> None:
    tokens = tokenize(text, 0, len(text), lang)
    (trigger,) = find_triggers(tokens, load_lexicon(), [])
    assert trigger.type is ContactType.CALL and not trigger.word.object and trigger.word.caller


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("they had not talked since their meeting in Rome", "en"),
        ("вони не розмовляли після зустрічі в Римі", "uk"),
        ("они не разговаривали после встречи в Риме", "ru"),
    ],
)
def test_a_negation_before_since_does_not_deny_the_contact_after_it(text: str, lang: str) -> None:
    assert ContactType.MEETING in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("they did not meet in Rome", "en"),
        ("вони не зустрілися в Римі", "uk"),
        ("они не встретились в Риме", "ru"),
    ],
)
def test_a_negated_contact_without_since_stays_denied(text: str, lang: str) -> None:
    assert ContactType.MEETING not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("the president dialled his counterpart", "en", ContactType.CALL),
        ("президент побеседовал с коллегой", "ru", ContactType.MEETING),
        ("президент съездил в Астану", "ru", ContactType.VISIT),
        ("президент з'їздив до Астани", "uk", ContactType.VISIT),
    ],
)
def test_more_words_of_calling_talking_and_travelling(text: str, lang: str, kind: ContactType) -> None:
    assert kind in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("президент поспілкувався з Касимом-Жомартом Токаєвим телефоном", "uk"),
        ("президент пообщался с Касымом-Жомартом Токаевым по телефону", "ru"),
        ("the president talked with Tokayev over the phone", "en"),
    ],
)
def test_a_phone_word_after_the_partner_makes_the_verb_a_call(text: str, lang: str) -> None:
    assert _types(text, lang)[0] is ContactType.CALL


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("обговорив підсумки зустрічі з Токаєвим телефоном", "uk"),
        ("discussed the meeting with Tokayev by telephone", "en"),
    ],
)
def test_a_phone_word_after_a_contact_noun_and_its_partner_is_another_contact(text: str, lang: str) -> None:
    assert ContactType.MEETING in _types(text, lang)
