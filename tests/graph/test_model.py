"""The model validates at the edge with errors that name the field and the value."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from graph.model import DatePrecision, Event

A, B, C = "anna-berg", "boris-chen", "carl-diaz"


def _errors(**fields: object) -> str:
    with pytest.raises(ValidationError) as info:
        Event.model_validate({"type": "call", "participants": [A, B], "date": "2025-08-08", **fields})
    return str(info.value)


def test_participants_are_sorted_and_distinct() -> None:
    assert Event(type="call", participants=[B, A, B], date=dt.date(2025, 1, 1)).participants == [A, B]


def test_one_participant_is_rejected() -> None:
    assert "at least two distinct" in _errors(participants=[A, A])


def test_unknown_type_names_the_value() -> None:
    assert "dinner" in _errors(type="dinner")


def test_bad_actor_id_names_the_field() -> None:
    assert "participants.1" in _errors(participants=[A, "Not An Id"])


def test_briefing_needs_an_initiator() -> None:
    assert "initiator" in _errors(type="briefing")


def test_initiator_must_take_part() -> None:
    assert "initiator" in _errors(initiator=C)


def test_bad_date_names_the_value() -> None:
    assert "date" in _errors(date="2025-02-30")


def test_bounds_must_be_ordered() -> None:
    assert "not_after" in _errors(date=None, not_before="2025-08-09", not_after="2025-08-01")


def test_undated_event_has_unknown_precision_and_its_bounds() -> None:
    event = Event(type="meeting", participants=[A, B], not_after=dt.date(2025, 8, 8))
    assert event.date_precision is DatePrecision.UNKNOWN
    assert (event.lower, event.upper) == (dt.date.min, dt.date(2025, 8, 8))


def test_month_precision_spans_the_month() -> None:
    event = Event(
        type="visit", participants=[A, B], initiator=A, date=dt.date(2025, 2, 1), date_precision="month"
    )
    assert (event.lower, event.upper) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))


def test_same_contact_gets_the_same_id() -> None:
    one = Event(type="call", participants=[A, B], date=dt.date(2025, 8, 8))
    two = Event(type="call", participants=[B, A], date=dt.date(2025, 8, 8), confidence=0.5)
    assert one.id == two.id and one.id.startswith("ev-")


def test_briefing_direction_is_part_of_the_id() -> None:
    ab = Event(type="briefing", participants=[A, B], initiator=A, date=dt.date(2025, 8, 8))
    ba = Event(type="briefing", participants=[A, B], initiator=B, date=dt.date(2025, 8, 8))
    assert ab.id != ba.id and ab.pairs() == [(A, B)]
