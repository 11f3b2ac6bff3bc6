"""Event drafts: contacts with their date and evidence, made into Events and merged.

One real contact is often reported twice in an article ("spoke with Tokayev ... During the
call ..."; "arrived in Kyiv, where he met Zelensky"): drafts with the same participants and
date become one event, the most specific type winning (a visit over the meeting held during
it, a meeting over talks).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import ContactType, Event, SourceRef

from .date_resolution import When

# when two reports of the same people on the same day are one contact, the type that stays
_ABSORBS: dict[ContactType, set[ContactType]] = {
    ContactType.VISIT: {ContactType.MEETING, ContactType.TALKS, ContactType.CALL},
    ContactType.MEETING: {ContactType.TALKS},
    ContactType.VIDEO_CALL: {ContactType.CALL, ContactType.TALKS, ContactType.MEETING},
    ContactType.CALL: {ContactType.TALKS},
}
_UNMERGED = {ContactType.BRIEFING, ContactType.MESSAGE}
_VISIT_DAYS = 3


@dataclass
class Draft:
    """A contact ready to become an Event; `about` holds indexes of other drafts."""

    type: ContactType
    participants: list[str]
    initiator: str | None
    when: When
    evidence: SourceRef
    confidence: float
    sentence: int
    about: list[int] = field(default_factory=list)


def build_events(drafts: list[Draft]) -> list[Event]:
    """Merge drafts that report one contact, then make Events with `about` links by id."""
    keep = _merge(drafts)
    ids: dict[int, str] = {}
    events: dict[str, Event] = {}
    kept = [k for k, target in keep.items() if k == target]
    for index in sorted(kept, key=lambda k: (bool(drafts[k].about), k)):
        draft = drafts[index]
        about = sorted({ids[a] for a in (keep[t] for t in draft.about) if a in ids})
        try:
            event = Event(
                type=draft.type,
                participants=draft.participants,
                initiator=draft.initiator,
                date=draft.when.date,
                date_precision=draft.when.precision,
                not_before=draft.when.not_before,
                not_after=draft.when.not_after,
                about=about,
                confidence=draft.confidence,
                sources=[draft.evidence],
            )
        except ValueError:
            continue
        ids[index] = event.id
        if event.id in events:
            event = _combine(events[event.id], event)
        events[event.id] = event
    order = {ids[k]: k for k in sorted(ids, reverse=True)}
    return sorted(events.values(), key=lambda e: order[e.id])


def _merge(drafts: list[Draft]) -> dict[int, int]:
    """For each kept draft index, itself; for each absorbed one, the index that absorbed it."""
    target = {k: k for k in range(len(drafts))}
    for k, draft in enumerate(drafts):
        if draft.type in _UNMERGED:
            continue
        for j, other in enumerate(drafts):
            if j == k or target[j] != j or other.type in _UNMERGED:
                continue
            absorbs = _same_contact(draft, other) and (
                other.type in _ABSORBS.get(draft.type, set())
                or (other.type is draft.type and set(other.participants) < set(draft.participants))
            )
            if absorbs or (j > k and _same_visit(draft, other)):
                target[j] = k
                if draft.initiator is None:
                    draft.initiator = other.initiator
    keep = {}
    for k, t in target.items():
        while target[t] != t:
            t = target[t]
        keep[k] = t
    return keep


def _same_contact(a: Draft, b: Draft) -> bool:
    if a.type is b.type and a.sentence == b.sentence and a.when == b.when:
        # "X and Y last met ..., at a trilateral meeting hosted by Z": the meeting of all three
        return set(b.participants) <= set(a.participants)
    if sorted(a.participants) != sorted(b.participants):
        return False
    if a.sentence == b.sentence:
        return True
    return a.when.date is not None and a.when == b.when


def _same_visit(a: Draft, b: Draft) -> bool:
    """A visit reported again a day or two apart ("arrived on Monday", "talks on Tuesday") is
    the same visit."""
    if a.type is not ContactType.VISIT or b.type is not ContactType.VISIT:
        return False
    if sorted(a.participants) != sorted(b.participants) or a.when.date is None or b.when.date is None:
        return False
    return abs((a.when.date - b.when.date).days) <= _VISIT_DAYS


def _combine(first: Event, second: Event) -> Event:
    return first.model_copy(
        update={
            "about": sorted(set(first.about) | set(second.about)),
            "confidence": max(first.confidence, second.confidence),
            "initiator": first.initiator or second.initiator,
        }
    )
