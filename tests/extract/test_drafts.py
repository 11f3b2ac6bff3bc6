from __future__ import annotations

import datetime as dt

from graph.model import ContactType, DatePrecision, SourceRef
from ingest.extract.date_resolution import When
from ingest.extract.drafts import Draft, build_events

DAY = When(dt.date(2025, 8, 8), DatePrecision.DAY)


def _draft(kind: ContactType, sentence: int, when: When = DAY, about: list[int] | None = None) -> Draft:
    ref = SourceRef(
        source_id="src-1", quote=f"sentence {sentence}", start=sentence * 10, end=sentence * 10 + 5
    )
    return Draft(kind, ["a-a", "b-b"], "a-a", when, ref, 0.9, sentence, about or [])


def test_same_contact_reported_twice_is_one_event() -> None:
    events = build_events([_draft(ContactType.CALL, 0), _draft(ContactType.CALL, 3)])
    assert len(events) == 1 and events[0].sources[0].quote == "sentence 0"


def test_visit_absorbs_the_meeting_held_during_it() -> None:
    events = build_events([_draft(ContactType.MEETING, 0), _draft(ContactType.VISIT, 0)])
    assert [e.type for e in events] == [ContactType.VISIT]


def test_briefings_are_never_merged_into_other_contacts() -> None:
    events = build_events([_draft(ContactType.CALL, 0), _draft(ContactType.BRIEFING, 0)])
    assert sorted(e.type for e in events) == [ContactType.BRIEFING, ContactType.CALL]


def test_about_links_use_event_ids() -> None:
    undated = When(not_after=dt.date(2025, 8, 8))
    drafts = [_draft(ContactType.BRIEFING, 0, about=[1]), _draft(ContactType.MEETING, 0, undated)]
    briefing, meeting = sorted(build_events(drafts), key=lambda e: e.type != ContactType.BRIEFING)
    assert briefing.about == [meeting.id]


def test_a_visit_reported_a_day_apart_is_one_visit_dated_as_first_reported() -> None:
    day_before = When(dt.date(2025, 8, 7), DatePrecision.DAY)
    events = build_events([_draft(ContactType.VISIT, 0), _draft(ContactType.VISIT, 4, day_before)])
    assert [(e.type, e.date) for e in events] == [(ContactType.VISIT, dt.date(2025, 8, 8))]


def test_visits_weeks_apart_are_two_visits() -> None:
    earlier = When(dt.date(2025, 7, 1), DatePrecision.DAY)
    events = build_events([_draft(ContactType.VISIT, 0), _draft(ContactType.VISIT, 4, earlier)])
    assert len(events) == 2
