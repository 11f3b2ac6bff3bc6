"""Participants and initiators, read from grammar, through the whole pipeline on one sentence."""

from __future__ import annotations

import pytest

from graph.model import Actor, Office
from graph.registry import Registry
from ingest.extract import extract_article
from tests.extract.conftest import ACTORS
from tests.extract.extracted import DAY, contacts


def test_instrumental_partner_and_nominative_subject(registry: Registry) -> None:
    assert contacts("Зеленський провів телефонну розмову з Токаєвим.", registry) == [
        ("call", ("kassym-jomart-tokayev", "volodymyr-zelensky"), None)
    ]


def test_accusative_object_of_a_briefing_and_its_initiator(registry: Registry) -> None:
    assert contacts("Путин проинформировал Токаева о ситуации.", registry) == [
        ("briefing", ("kassym-jomart-tokayev", "vladimir-putin"), "vladimir-putin")
    ]


def test_description_resolved_through_office_on_the_date(registry: Registry) -> None:
    assert contacts("Президент Казахстану мав розмову з Володимиром Путіним.", registry) == [
        ("call", ("kassym-jomart-tokayev", "vladimir-putin"), None)
    ]


def test_counterpart_is_the_holder_of_the_same_office(registry: Registry) -> None:
    found = contacts("Зеленський поінформував казахського колегу про ситуацію на фронті.", registry)
    assert found == [("briefing", ("kassym-jomart-tokayev", "volodymyr-zelensky"), "volodymyr-zelensky")]


def test_english_subjects_and_with_partner(registry: Registry) -> None:
    assert contacts("Rubio and Lavrov spoke by phone on Saturday.", registry) == [
        ("call", ("marco-rubio", "sergey-lavrov"), None)
    ]


def test_host_verb_makes_the_guest_the_initiator(registry: Registry) -> None:
    assert contacts("Trump hosted Zelensky at the White House.", registry) == [
        ("visit", ("donald-trump", "volodymyr-zelensky"), "volodymyr-zelensky")
    ]


def test_visit_and_meeting_in_one_sentence_are_one_visit(registry: Registry) -> None:
    text = "Стармер прибув до Києва, де зустрівся з президентом Володимиром Зеленським."
    assert contacts(text, registry) == [("visit", ("keir-starmer", "volodymyr-zelensky"), "keir-starmer")]


def test_appositive_office_holder_is_not_a_participant(registry: Registry) -> None:
    text = "Rubio held talks with Sergey Lavrov, a foreign minister close to President Vladimir Putin."
    assert contacts(text, registry) == [("talks", ("marco-rubio", "sergey-lavrov"), None)]


def test_unnamed_participants_go_to_unresolved(registry: Registry) -> None:
    result = extract_article("Вчора відбулася зустріч безпекових радників.", registry, published=DAY)
    assert result.events == []
    assert result.unresolved[0].mention == "зустріч безпекових радників"


def test_implicit_subject_is_the_main_actor(registry: Registry) -> None:
    text = "Зеленський подякував партнерам. Також говорив з Касимом-Жомартом Токаєвим."
    assert contacts(text, registry) == [("call", ("kassym-jomart-tokayev", "volodymyr-zelensky"), None)]


def test_who_clause_is_about_its_antecedent(registry: Registry) -> None:
    text = "Zelensky, who had challenged Putin to meet him, met Rubio on Thursday."
    assert contacts(text, registry) == [("meeting", ("marco-rubio", "volodymyr-zelensky"), None)]


def test_coordinated_owners_of_a_contact_noun(registry: Registry) -> None:
    text = "Переговорам предшествовала встреча Уиткоффа и Рубио с Владимиром Путиным."
    trio = ("marco-rubio", "steve-witkoff", "vladimir-putin")
    assert contacts(text, registry) == [("meeting", trio, None)]


def test_contact_dated_after_publication_is_a_plan(registry: Registry) -> None:
    assert contacts("Rubio met Lavrov tomorrow.", registry) == []


def test_unnamed_partner_keeps_the_contact_out(registry: Registry) -> None:
    text = "Лавров і Рубіо зустрілися з європейськими лідерами."
    assert contacts(text, registry) == []


def test_instrumental_partner_several_words_after_the_preposition(registry: Registry) -> None:
    text = "Зеленський провів телефонну розмову з переможцем президентських виборів у США Дональдом Трампом."
    assert contacts(text, registry) == [("call", ("donald-trump", "volodymyr-zelensky"), None)]


def test_description_without_country_is_the_one_named_holder_of_the_office(registry: Registry) -> None:
    text = (
        "Лавров провів телефонну розмову з Марко Рубіо. Державний секретар поінформував Лаврова про ситуацію."
    )
    assert ("briefing", ("marco-rubio", "sergey-lavrov"), "marco-rubio") in contacts(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "Putin had a phone call with Tokayev. Putin informed his interlocutor about the situation.",
        "Путін провів телефонну розмову з Токаєвим. Путін поінформував співрозмовника про ситуацію.",
        "Путин провел телефонный разговор с Токаевым. Путин проинформировал собеседника о ситуации.",
    ],
    ids=["en", "uk", "ru"],
)
def test_interlocutor_is_the_other_side_of_the_contact_being_reported(text: str, registry: Registry) -> None:
    briefing = ("briefing", ("kassym-jomart-tokayev", "vladimir-putin"), "vladimir-putin")
    assert briefing in contacts(text, registry)


def test_office_without_country_is_the_participant_of_the_contact_being_reported(
    registry: Registry,
) -> None:
    text = (
        "Starmer had a phone call with Zelensky. Starmer informed the President about his talks with Putin."
    )
    briefing = ("briefing", ("keir-starmer", "volodymyr-zelensky"), "keir-starmer")
    assert briefing in contacts(text, registry)


def test_object_pronoun_is_the_other_side_of_the_contact_in_the_same_sentence(registry: Registry) -> None:
    text = "Зеленський провів телефонну розмову з Трампом і поінформував його про ситуацію."
    briefing = ("briefing", ("donald-trump", "volodymyr-zelensky"), "volodymyr-zelensky")
    assert briefing in contacts(text, registry)


def test_reported_speech_has_its_own_subject(registry: Registry) -> None:
    assert contacts("Zelensky said Rubio had briefed him on the situation.", registry) == [
        ("briefing", ("marco-rubio", "volodymyr-zelensky"), "marco-rubio")
    ]


def test_their_contact_is_a_contact_of_the_pair(registry: Registry) -> None:
    text = "Putin had a phone call with Tokayev. Putin recalled their meeting in Astana."
    assert ("meeting", ("kassym-jomart-tokayev", "vladimir-putin"), None) in contacts(text, registry)


def test_who_said_it_is_not_a_participant(registry: Registry) -> None:
    text = "Путин провел телефонный разговор с Токаевым. Лидеры уже встречались в Москве, напомнил Лавров."
    assert ("meeting", ("kassym-jomart-tokayev", "vladimir-putin"), None) in contacts(text, registry)


def test_name_before_a_verb_is_its_subject_not_the_owner_of_the_noun_before(registry: Registry) -> None:
    text = "В ходе разговора Токаев проинформировал Путина о ситуации."
    briefing = ("briefing", ("kassym-jomart-tokayev", "vladimir-putin"), "kassym-jomart-tokayev")
    assert briefing in contacts(text, registry)


def test_names_inside_a_briefings_about_phrase_did_not_brief(registry: Registry) -> None:
    found = contacts("Путин проинформировал Токаева об итогах визита Трампа в Казахстан.", registry)
    briefings = [c for c in found if c[0] == "briefing"]
    assert briefings == [("briefing", ("kassym-jomart-tokayev", "vladimir-putin"), "vladimir-putin")]


def test_owner_of_a_visit_after_its_destination(registry: Registry) -> None:
    text = "Путин проинформировал Токаева об итогах визита в Москву Стива Уиткоффа."
    assert ("visit", ("steve-witkoff", "vladimir-putin"), "steve-witkoff") in contacts(text, registry)


def test_relative_clause_in_an_about_phrase_is_about_its_antecedent(registry: Registry) -> None:
    text = "Путин проинформировал Токаева об итогах поездки Уиткоффа, который встретился с Трампом."
    assert ("donald-trump", "steve-witkoff") in [c[1] for c in contacts(text, registry)]


def test_visit_of_someone_unnamed_is_not_the_subjects_visit(registry: Registry) -> None:
    assert contacts("Зеленський розповів про візит до Києва спецпосланця президента.", registry) == []


def test_who_said_it_first_is_not_in_the_contact_named_after_the_comma(registry: Registry) -> None:
    text = "Как рассказал Лавров, беседа Путина с Уиткоффом продолжалась три часа."
    assert contacts(text, registry) == [("meeting", ("steve-witkoff", "vladimir-putin"), None)]


def test_object_pronoun_is_the_one_just_described(registry: Registry) -> None:
    text = "Утром американский спецпосланник прилетел в Москву. В аэропорту его встретил Лавров."
    assert ("sergey-lavrov", "steve-witkoff") in [c[1] for c in contacts(text, registry)]


def test_description_of_several_holders_is_the_one_the_article_names(registry: Registry) -> None:
    envoy = Actor(
        id="keith-kellogg",
        name="Keith Kellogg",
        names={"en": "Keith Kellogg", "uk": "Кіт Келлог", "ru": "Кит Келлог"},
        aliases=["Kellogg", "Келлог"],
        country="US",
        offices=[Office(title="special_envoy", role="envoy", country="US", start="2025-01-20")],
    )
    two_envoys = Registry([*ACTORS, envoy])
    text = "Уиткофф прилетел в Москву. Американский спецпосланник провел переговоры с Лавровым."
    assert ("talks", ("sergey-lavrov", "steve-witkoff"), None) in contacts(text, two_envoys)


def test_contact_of_the_presidents_is_the_pairs(registry: Registry) -> None:
    text = "Путін провів телефонну розмову з Токаєвим. Попередня розмова президентів відбулася 10 липня."
    calls = [c for c in contacts(text, registry) if c[0] == "call"]
    assert calls == [("call", ("kassym-jomart-tokayev", "vladimir-putin"), None)] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Putin, who was on a visit to Astana, met Tokayev.",
        "Путин, находящийся с визитом в Астане, встретился с Токаевым.",
    ],
    ids=["en", "ru"],
)
def test_who_is_on_a_visit_is_the_visitor(text: str, registry: Registry) -> None:
    assert ("visit", ("kassym-jomart-tokayev", "vladimir-putin"), "vladimir-putin") in contacts(
        text, registry
    )


def test_a_message_to_several_people_is_one_message_to_each(registry: Registry) -> None:
    text = "Токаев направил поздравительные телеграммы Президенту России Владимиру Путину и Дональду Трампу."
    assert contacts(text, registry) == [
        ("message", ("kassym-jomart-tokayev", "vladimir-putin"), "kassym-jomart-tokayev"),
        ("message", ("donald-trump", "kassym-jomart-tokayev"), "kassym-jomart-tokayev"),
    ]


def test_a_message_without_a_recipient_went_to_the_main_actor(registry: Registry) -> None:
    text = "Токаев поблагодарил партнеров. Путин направил поздравительную телеграмму."
    assert ("message", ("kassym-jomart-tokayev", "vladimir-putin"), "vladimir-putin") in contacts(
        text, registry
    )


@pytest.mark.parametrize(
    "text",
    [
        "Зеленський провів розмову з Токаєвим. Про це повідомив сам Зеленський у Telegram.",
        "Зеленський провів розмову з Токаєвим. У посланні Зеленський висловив вдячність.",
    ],
    ids=["messenger", "referred-to"],
)
def test_a_message_not_said_to_be_sent_is_no_new_message(text: str, registry: Registry) -> None:
    assert [c[0] for c in contacts(text, registry)] == ["call"]


@pytest.mark.parametrize(
    "text",
    [
        "Rubio, who was on a visit to Moscow, was received by Vladimir Putin.",
        "Рубио, находящийся с визитом в Москве, был принят Владимиром Путиным.",
    ],
    ids=["en", "ru"],
)
def test_who_received_the_visitor_is_the_host(text: str, registry: Registry) -> None:
    visits = [c for c in contacts(text, registry) if c[0] == "visit"]
    assert [c[1] for c in visits] == [("marco-rubio", "vladimir-putin")]


def test_plural_calls_with_several_people_are_one_call_with_each(registry: Registry) -> None:
    text = "Зеленський провів телефонні розмови з Дональдом Трампом та Кіром Стармером."
    calls = sorted(c[1] for c in contacts(text, registry))
    assert calls == [("donald-trump", "volodymyr-zelensky"), ("keir-starmer", "volodymyr-zelensky")]


def test_briefing_without_a_recipient_informed_the_interlocutor(registry: Registry) -> None:
    text = "Путин провел телефонный разговор с Токаевым. Токаев проинформировал о своей встрече с Трампом."
    assert ("briefing", ("kassym-jomart-tokayev", "vladimir-putin"), "kassym-jomart-tokayev") in contacts(
        text, registry
    )


def test_his_contact_in_an_about_phrase_is_the_last_named_persons(registry: Registry) -> None:
    text = (
        "Лавров поінформував Рубіо про підсумки візиту Зеленського до Казахстану та його розмови з Токаєвим."
    )
    assert ("kassym-jomart-tokayev", "volodymyr-zelensky") in [c[1] for c in contacts(text, registry)]


def test_an_office_description_is_not_the_other_side_himself(registry: Registry) -> None:
    text = "Tokayev thanked his partners. Putin called the Head of State. Putin wished him success."
    assert ("call", ("kassym-jomart-tokayev", "vladimir-putin"), "vladimir-putin") in contacts(text, registry)


def test_a_month_recalled_is_not_the_date_the_article_goes_on_with(registry: Registry) -> None:
    text = "Путін згадав зустріч з Токаєвим у червні. Путін поінформував Токаєва про ситуацію."
    result = extract_article(text, registry, published=DAY)
    briefing = next(e for e in result.events if e.type.value == "briefing")
    assert briefing.date == DAY


@pytest.mark.parametrize(
    "text",
    [
        "Rubio, Lavrov and Middle East envoy Steve Witkoff met Putin.",
        "Путін провів переговори з Рубіо і спецпосланцем американського лідера Стівом Віткоффом.",
    ],
    ids=["en", "uk"],
)
def test_a_person_joined_with_a_description_before_the_name_is_coordinated(
    text: str, registry: Registry
) -> None:
    assert "steve-witkoff" in {a for c in contacts(text, registry) for a in c[1]}


def test_who_is_together_with_the_subject_takes_part(registry: Registry) -> None:
    text = "Уиткофф вместе с Марко Рубио провели переговоры с Лавровым."
    trio = ("marco-rubio", "sergey-lavrov", "steve-witkoff")
    assert [c[1] for c in contacts(text, registry)] == [trio]


def test_names_after_a_dash_stand_for_the_group_before_them(registry: Registry) -> None:
    text = "Лавров встретился с главами делегаций — Рубио и Уиткоффом."
    trio = ("marco-rubio", "sergey-lavrov", "steve-witkoff")
    assert [c[1] for c in contacts(text, registry)] == [trio]


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov separately met Rubio and Witkoff.",
        "Лавров по отдельности встретился с Рубио и Уиткоффом.",
    ],
    ids=["en", "ru"],
)
def test_separately_is_one_contact_with_each(text: str, registry: Registry) -> None:
    pairs = sorted(c[1] for c in contacts(text, registry))
    assert pairs == [("marco-rubio", "sergey-lavrov"), ("sergey-lavrov", "steve-witkoff")]


def test_leaders_who_already_met_met_before_the_contact_reported(registry: Registry) -> None:
    text = "Путин прибыл в Астану, где провел переговоры с Токаевым. Лидеры уже встречались в Москве."
    result = extract_article(text, registry, published=DAY)
    meeting = next(e for e in result.events if e.type.value == "meeting")
    assert (meeting.participants, meeting.date, meeting.not_after) == (
        ["kassym-jomart-tokayev", "vladimir-putin"],
        None,
        DAY,
    )


def test_the_sides_talking_by_phone_are_the_pair(registry: Registry) -> None:
    text = "Лавров провел переговоры с Рубио. Лавров напомнил, что ранее стороны обсуждали это по телефону."
    assert ("call", ("marco-rubio", "sergey-lavrov"), None) in contacts(text, registry)


def test_a_quotation_does_not_change_who_he_is(registry: Registry) -> None:
    text = (
        "Токаев провел переговоры с Рубио. "
        '"Путин подтвердил готовность продолжать поставки", - написал Токаев. '
        "Он также рассказал, что встречался с Лавровым."
    )
    assert ("meeting", ("kassym-jomart-tokayev", "sergey-lavrov"), None) in contacts(text, registry)


def test_those_who_discussed_it_by_phone_had_a_call(registry: Registry) -> None:
    text = "Готовя встречу, Лавров и Рубио ранее обсуждали ее по телефону."
    assert [c[:2] for c in contacts(text, registry)] == [("call", ("marco-rubio", "sergey-lavrov"))]
