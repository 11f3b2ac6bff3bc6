from __future__ import annotations

import pytest

from graph.model import Actor
from graph.registry import Registry
from ingest.extract.lexicon import load_lexicon
from ingest.extract.mentions import Kind, Mention, find_mentions
from ingest.extract.tokens import tokenize


def _mentions(text: str, registry: Registry, lang: str = "uk") -> tuple[list[Mention], str]:
    tokens = tokenize(text, 0, len(text), lang)
    return find_mentions(tokens, registry, load_lexicon()), text


def _texts(text: str, registry: Registry, lang: str = "uk") -> list[tuple[str, str, frozenset[str]]]:
    tokens = tokenize(text, 0, len(text), lang)
    return [
        (m.kind.value, m.text(tokens, text), m.actors)
        for m in find_mentions(tokens, registry, load_lexicon())
    ]


def test_inflected_full_name_is_one_mention(registry: Registry) -> None:
    found = _texts("розмова з Касимом-Жомартом Токаєвим", registry)
    assert found == [("name", "Касимом-Жомартом Токаєвим", frozenset({"kassym-jomart-tokayev"}))]


def test_office_words_before_a_name_belong_to_it(registry: Registry) -> None:
    found = _texts("з казахським колегою Касимом-Жомартом Токаєвим", registry)
    assert found == [
        ("name", "казахським колегою Касимом-Жомартом Токаєвим", frozenset({"kassym-jomart-tokayev"}))
    ]


def test_office_of_someone_inside_a_name_phrase_is_not_a_mention(registry: Registry) -> None:
    found = _texts("зустрічі зі спецпосланцем президента США Стівом Віткоффом", registry)
    assert [f[2] for f in found] == [frozenset({"steve-witkoff"})]


def test_transliterations_find_the_same_actor(registry: Registry) -> None:
    for text, lang in (("Witkoff", "en"), ("Віткоффом", "uk"), ("Уиткоффа", "ru")):
        assert _texts(f"met {text}", registry, lang)[0][2] == frozenset({"steve-witkoff"})


def test_description_without_a_name(registry: Registry) -> None:
    mentions, _ = _mentions("президент Казахстану мав розмову", registry)
    assert mentions[0].kind is Kind.DESCRIPTION
    assert mentions[0].office is not None and mentions[0].office.title == "president"
    assert mentions[0].place is not None and mentions[0].place.country == "KZ"


def test_english_description_with_country_adjective(registry: Registry) -> None:
    mentions, _ = _mentions("the Kazakh president said", registry, "en")
    assert mentions[0].kind is Kind.DESCRIPTION and mentions[0].place and mentions[0].place.country == "KZ"


def test_plural_office_is_a_group(registry: Registry) -> None:
    assert _texts("зустріч безпекових радників", registry)[0][0] == "group"


def test_possessive_name_is_marked(registry: Registry) -> None:
    mentions, _ = _mentions("Trump's special envoy Steve Witkoff said", registry, "en")
    assert [m.possessive for m in mentions] == [True, False]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("зі спецпосланцем президента США з питань Близького Сходу Стівом Віткоффом", "uk"),
        ("со спецпосланником президента США по Ближнему Востоку Стивом Уиткоффом", "ru"),
        ("with Special Envoy of the President of the United States for the Middle East Steven Witkoff", "en"),
    ],
)
def test_the_remit_of_an_office_belongs_to_the_name_after_it(
    text: str, lang: str, registry: Registry
) -> None:
    found = _texts(text, registry, lang)
    assert [(kind, actors) for kind, _, actors in found] == [("name", frozenset({"steve-witkoff"}))]


def test_a_remit_does_not_join_two_people(registry: Registry) -> None:
    found = _texts("розмова президента США по телефону с Путиным", registry, "ru")
    assert found[-1] == ("name", "Путиным", frozenset({"vladimir-putin"}))
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("разговор С.В.Лаврова с М.Рубио", "ru", "sergey-lavrov"),
        ("Secretary of State Marco A. Rubio met", "en", "marco-rubio"),
    ],
)
def test_initials_are_skipped_in_names(text: str, lang: str, actor: str, registry: Registry) -> None:
    assert frozenset({actor}) in [actors for _, _, actors in _texts(text, registry, lang)]


def test_glued_initials_keep_the_cases_of_the_surname(registry: Registry) -> None:
    mentions, _ = _mentions("разговор С.В.Лаврова", registry, "ru")
    assert "gent" in mentions[0].cases


@pytest.mark.parametrize(
    ("text", "lang"),
    [("з Високим представником ЄС", "uk"), ("с Государственным секретарем", "ru")],
)
def test_a_singular_office_with_an_adjective_is_a_description(
    text: str, lang: str, registry: Registry
) -> None:
    mentions, _ = _mentions(text, registry, lang)
    assert mentions[0].kind is Kind.DESCRIPTION


@pytest.mark.parametrize(
    ("text", "lang", "country", "org"),
    [
        ("Державний секретар поінформував", "uk", "US", None),
        ("госсекретарь встретился", "ru", "US", None),
        ("the High Representative said", "en", None, "EU"),
    ],
)
def test_an_office_that_exists_once_has_its_place(
    text: str, lang: str, country: str | None, org: str | None, registry: Registry
) -> None:
    mentions, _ = _mentions(text, registry, lang)
    assert mentions[0].place is not None
    assert (mentions[0].place.country, mentions[0].place.org) == (country, org)


def test_a_surname_in_its_registry_form_is_nominative_when_it_declines(registry: Registry) -> None:
    mentions, _ = _mentions("разговора Токаев проинформировал", registry, "ru")
    assert mentions[0].cases == frozenset({"nomn"})


def test_a_name_form_has_the_cases_of_the_person_not_of_a_homonym(registry: Registry) -> None:
    mentions, _ = _mentions("По словам Путина", registry, "ru")
    assert mentions[-1].cases == frozenset({"gent", "accs"})  # not the noun "путина"


def test_an_undeclined_surname_takes_the_case_of_the_first_name() -> None:
    kallas = Actor(id="kaja-kallas", name="Kaja Kallas", names={"uk": "Кая Каллас"}, aliases=["Каллас"])
    mentions, _ = _mentions("зустрівся з Каєю Каллас", Registry([kallas]), "uk")
    assert mentions[-1].cases == frozenset({"ablt"})


def test_the_full_stop_of_an_abbreviation_does_not_split_a_description(registry: Registry) -> None:
    mentions, _ = _mentions("met the U.S. secretary of state", registry, "en")
    assert [m.kind for m in mentions] == [Kind.DESCRIPTION]
    assert mentions[0].place is not None and mentions[0].place.country == "US"


def test_an_honorific_belongs_to_the_name(registry: Registry) -> None:
    found = _texts("UK Prime Minister Sir Keir Starmer spoke", registry, "en")
    assert found == [("name", "UK Prime Minister Sir Keir Starmer", frozenset({"keir-starmer"}))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("the former British prime minister", "en"), ("колишній прем'єр-міністр Великої Британії", "uk")],
)
def test_a_former_office_holder_is_not_the_one_in_office(text: str, lang: str, registry: Registry) -> None:
    mentions, _ = _mentions(text, registry, lang)
    assert mentions[0].kind is Kind.DESCRIPTION and mentions[0].office is None


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("з переможцем президентських виборів у США Дональдом Трампом", "uk", "donald-trump"),
        ("послание Президента Исламской Республики Иран Владимира Путина", "ru", "vladimir-putin"),
    ],
)
def test_long_titles_stay_one_name_phrase(text: str, lang: str, actor: str, registry: Registry) -> None:
    found = _texts(text, registry, lang)
    assert [(kind, actors) for kind, _, actors in found] == [("name", frozenset({actor}))]


def test_a_possessive_determiner_opens_an_office_phrase(registry: Registry) -> None:
    found = _texts("Rubio met his Russian counterpart Sergey Lavrov", registry, "en")
    assert found[-1] == ("name", "his Russian counterpart Sergey Lavrov", frozenset({"sergey-lavrov"}))


@pytest.mark.parametrize(
    ("text", "lang", "country", "org"),
    [
        ("прем'єрка Італії", "uk", "IT", None),
        ("президентка Молдови", "uk", "MD", None),
        ("NATO chief", "en", None, "NATO"),
        ("глава Кремля", "ru", "RU", None),
        ("голова Європарламенту", "uk", None, "EU"),
    ],
)
def test_more_office_descriptions(
    text: str, lang: str, country: str | None, org: str | None, registry: Registry
) -> None:
    mentions, _ = _mentions(text, registry, lang)
    assert [m.kind for m in mentions] == [Kind.DESCRIPTION]
    assert mentions[0].place is not None
    assert (mentions[0].place.country, mentions[0].place.org) == (country, org)


@pytest.mark.parametrize(("text", "lang"), [("секретар РНБО", "uk"), ("NSDC Secretary", "en")])
def test_the_secretary_of_ukraines_security_council_is_ukrainian(
    text: str, lang: str, registry: Registry
) -> None:
    mentions, _ = _mentions(text, registry, lang)
    assert mentions[0].office is not None and mentions[0].office.title == "security_council_secretary"
    assert mentions[0].place is not None and mentions[0].place.country == "UA"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("visited Cameroon last year", "en"), ("перебував у Судані", "uk")],
)
def test_a_place_that_looks_like_a_name_is_a_place(text: str, lang: str) -> None:
    registry = Registry(
        [
            Actor(id="david-cameron", name="David Cameron", aliases=["Cameron"]),
            Actor(id="mohammed-shia-al-sudani", name="Mohammed Shia al-Sudani", aliases=["Судані"]),
        ]
    )
    mentions, _ = _mentions(text, registry, lang)
    assert [m.kind for m in mentions] == [Kind.PLACE]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("talks with al-Sisi", "en"), ("переговори з ас-Сісі", "uk"), ("переговоры с ас-Сиси", "ru")],
)
def test_a_name_written_with_a_lowercase_particle(text: str, lang: str) -> None:
    sisi = Actor(
        id="abdel-fattah-el-sisi", name="Abdel Fattah el-Sisi", aliases=["al-Sisi", "ас-Сісі", "ас-Сиси"]
    )
    tokens = tokenize(text, 0, len(text), lang)
    found = [m.actors for m in find_mentions(tokens, Registry([sisi]), load_lexicon())]
    assert found == [frozenset({"abdel-fattah-el-sisi"})]


@pytest.mark.parametrize(
    ("text", "kinds"), [("visited Costa Rica", ["place"]), ("Costa met Rubio", ["name"])]
)
def test_a_longer_place_wins_over_a_name(text: str, kinds: list[str]) -> None:
    costa = Actor(id="antonio-costa", name="António Costa", aliases=["Costa"])
    tokens = tokenize(text, 0, len(text), "en")
    found = [m.kind.value for m in find_mentions(tokens, Registry([costa]), load_lexicon())]
    assert found == kinds


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("talks with Mr Tokayev", "en", "Mr Tokayev"),
        ("a call with Ms Tokayev", "en", "Ms Tokayev"),
        ("зустріч із паном Токаєвим", "uk", "паном Токаєвим"),
        ("встреча с господином Токаевым", "ru", "господином Токаевым"),
    ],
)
def test_a_courtesy_title_before_a_name_is_part_of_the_mention(
    text: str, lang: str, name: str, registry: Registry
) -> None:
    assert _texts(text, registry, lang) == [("name", name, frozenset({"kassym-jomart-tokayev"}))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Того ж дня Токаєв прибув", "uk"), ("Того же дня Токаев прибыл", "ru"), ("Мали б зустрітися", "uk")],
)
def test_a_pronoun_opening_a_sentence_is_not_a_country_of_its_spelling(
    text: str, lang: str, registry: Registry
) -> None:
    assert all(m.kind is not Kind.PLACE for m in _mentions(text, registry, lang)[0])


@pytest.mark.parametrize(("text", "lang"), [("переговори в Того", "uk"), ("visited Chad", "en")])
def test_a_short_country_inside_a_sentence_stays_a_place(text: str, lang: str, registry: Registry) -> None:
    assert [m.kind for m in _mentions(text, registry, lang)[0]] == [Kind.PLACE]


_SURNAMES = Registry(
    [
        Actor(
            id="olena-petrenko",
            name="Olena Petrenko",
            names={"uk": "Олена Петренко", "ru": "Елена Петренко"},
            aliases=["Петренко"],
        ),
        Actor(id="ivan-koroha", name="Ivan Koroha", names={"uk": "Іван Корога"}, aliases=["Корога"]),
    ]
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Петренко прийняв президент", "uk"),
        ("зустріч з Петренко", "uk"),
        ("Петренко принял президент", "ru"),
        ("встреча с Петренко", "ru"),
    ],
)
def test_a_surname_that_does_not_decline_may_be_in_any_case(text: str, lang: str) -> None:
    mentions, _ = _mentions(text, _SURNAMES, lang)
    assert {"nomn", "accs", "ablt"} <= mentions[0].cases


@pytest.mark.parametrize(
    ("text", "lang", "case"),
    [
        ("Корогу прийняв президент", "uk", "accs"),
        ("зустріч з Корогою", "uk", "ablt"),
        ("позиція Короги", "uk", "gent"),
    ],
)
def test_an_unknown_surname_in_a_declines_like_a_noun_in_a(text: str, lang: str, case: str) -> None:
    mentions, _ = _mentions(text, _SURNAMES, lang)
    assert [m.actors for m in mentions if m.actors] == [frozenset({"ivan-koroha"})]
    assert case in next(m for m in mentions if m.actors).cases
