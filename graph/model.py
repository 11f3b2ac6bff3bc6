"""The domain model: actors, events and the sources that report them.

Models are the schema: data is validated here, at the edge, and trusted inside.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class ContactType(StrEnum):
    """The closed vocabulary of contacts between actors."""

    CALL = "call"
    VIDEO_CALL = "video_call"
    MEETING = "meeting"
    VISIT = "visit"
    TALKS = "talks"
    MESSAGE = "message"
    BRIEFING = "briefing"

    @property
    def relationship(self) -> str:
        """The Neo4j relationship type of the typed actor-to-actor edge."""
        return self.value.upper()


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class Lang(StrEnum):
    UK = "uk"
    RU = "ru"
    EN = "en"


ACTOR_ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
ActorId = Annotated[str, Field(pattern=ACTOR_ID_PATTERN, max_length=80)]


class Office(BaseModel):
    """A post held by an actor for a period; resolves descriptions such as "the Kazakh president"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=1, description="lowercase keyword: president, prime_minister, ...")
    role: str = Field(min_length=1, description="head_of_state, head_of_government, foreign_minister, ...")
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    org: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if (self.country is None) == (self.org is None):
            raise ValueError("an office names exactly one of 'country' or 'org'")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"office ends ({self.end}) before it starts ({self.start})")
        return self

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Actor(BaseModel):
    """A named official."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: ActorId
    name: str = Field(min_length=1)
    names: dict[Lang, str] = Field(default_factory=dict)
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    offices: list[Office] = Field(default_factory=list)
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")

    def all_names(self) -> list[str]:
        """Every surface form this actor is known by, the display name first."""
        seen: dict[str, None] = {self.name: None}
        seen.update((n, None) for n in self.names.values())
        seen.update((a, None) for a in self.aliases)
        return list(seen)


class Source(BaseModel):
    """A document that reports contacts: an article, a readout, a curated file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=200)
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    lang: Lang | None = None


class SourceRef(BaseModel):
    """One source's support for an event: where it was said, and the exact words."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source_id: str = Field(min_length=1, max_length=200)
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    lang: Lang | None = None
    quote: str = Field(min_length=1)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _check_span(self) -> Self:
        if (self.start is None) != (self.end is None):
            raise ValueError("'start' and 'end' come together")
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(f"span end {self.end} is not after start {self.start}")
        return self

    @property
    def key(self) -> tuple[str, int | None, int | None, str]:
        """Two references with the same key are the same piece of evidence."""
        return (self.source_id, self.start, self.end, self.quote)


_EVENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$")


class Event(BaseModel):
    """A contact between two or more actors, with its date (or bounds) and sources."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = ""
    type: ContactType
    participants: list[ActorId] = Field(min_length=2)
    initiator: ActorId | None = None
    date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.DAY
    not_before: dt.date | None = None
    not_after: dt.date | None = None
    about: list[str] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    sources: list[SourceRef] = Field(default_factory=list)

    @field_validator("participants")
    @classmethod
    def _distinct_sorted(cls, value: list[str]) -> list[str]:
        distinct = sorted(set(value))
        if len(distinct) < 2:
            raise ValueError(f"needs at least two distinct actors, got {value}")
        return distinct

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.id and not _EVENT_ID.match(self.id):
            raise ValueError(f"id {self.id!r} must be 1-128 letters, digits or _.:-")
        if self.initiator is not None and self.initiator not in self.participants:
            raise ValueError(f"initiator {self.initiator!r} is not one of the participants")
        if self.type is ContactType.BRIEFING and self.initiator is None:
            raise ValueError("a briefing needs an initiator (who briefed)")
        if self.date is None:
            if self.date_precision is DatePrecision.DAY:
                object.__setattr__(self, "date_precision", DatePrecision.UNKNOWN)
        elif self.date_precision is DatePrecision.UNKNOWN:
            raise ValueError("a dated event cannot have date_precision 'unknown'")
        if self.not_before and self.not_after and self.not_after < self.not_before:
            raise ValueError(f"not_after {self.not_after} is before not_before {self.not_before}")
        if self.lower > self.upper:
            raise ValueError(f"date {self.date} lies outside its bounds")
        if self.id in self.about:
            raise ValueError("an event cannot be about itself")
        if not self.id:
            object.__setattr__(self, "id", content_id(self))
        return self

    @property
    def lower(self) -> dt.date:
        """The earliest day the contact can have happened."""
        if self.date is None:
            return self.not_before or dt.date.min
        if self.date_precision is DatePrecision.MONTH:
            return max(self.date.replace(day=1), self.not_before or dt.date.min)
        if self.date_precision is DatePrecision.YEAR:
            return max(self.date.replace(month=1, day=1), self.not_before or dt.date.min)
        return self.date

    @property
    def upper(self) -> dt.date:
        """The latest day the contact can have happened."""
        if self.date is None:
            return self.not_after or dt.date.max
        if self.date_precision is DatePrecision.MONTH:
            last = calendar.monthrange(self.date.year, self.date.month)[1]
            return min(self.date.replace(day=last), self.not_after or dt.date.max)
        if self.date_precision is DatePrecision.YEAR:
            return min(self.date.replace(month=12, day=31), self.not_after or dt.date.max)
        return self.date

    @property
    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        """Chronological order: by the date (or bounds), then by id for a stable order."""
        return (self.date or self.not_after or self.not_before or dt.date.max, self.lower, self.id)

    def pairs(self) -> list[tuple[str, str]]:
        """The actor pairs this event connects, as (from, to).

        A briefing runs from the initiator to each other participant; any other contact
        connects every pair of participants (from the lower id to the higher).
        """
        if self.type is ContactType.BRIEFING and self.initiator:
            return [(self.initiator, p) for p in self.participants if p != self.initiator]
        ps = self.participants
        return [(a, b) for i, a in enumerate(ps) for b in ps[i + 1 :]]


def content_id(event: Event) -> str:
    """A stable id from what identifies a contact: its type, participants and date (or bounds)."""
    when = event.date.isoformat() if event.date else f"{event.not_before or ''}..{event.not_after or ''}"
    direction = event.initiator or "" if event.type is ContactType.BRIEFING else ""
    basis = "|".join([event.type.value, ",".join(event.participants), when, direction])
    return "ev-" + hashlib.sha1(basis.encode()).hexdigest()[:16]


class UpsertSummary(BaseModel):
    """What an ingest did: counts of created, merged and unchanged events, and rejections."""

    created: int = 0
    merged: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = Field(default_factory=list)

    def add(self, other: UpsertSummary) -> None:
        self.created += other.created
        self.merged += other.merged
        self.unchanged += other.unchanged
        self.rejected.extend(other.rejected)


class Rejection(BaseModel):
    """One input that was not stored, with where it was and why."""

    index: int
    where: str = ""
    errors: list[str]
