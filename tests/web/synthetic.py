"""A synthetic dataset at the scale issue 5 names: 5,000 actors and 50,000 events.

Used by the scale browser test and by `benchmarks/bench_web.py`. The actors are written as a
registry file (the app only shows actors it knows), the events go straight into a store.

    >>> data = generate(actors=40, events=100, seed=1)
    >>> len(data.actors), len(data.events)
    (40, 100)
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

import yaml

from graph.model import Actor, ContactType, Event
from graph.registry import Registry
from graph.store import GraphStore

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "tu",
    "se",
    "vo",
    "ni",
    "da",
    "pe",
    "zu",
    "ri",
    "fa",
    "go",
    "le",
    "ma",
    "no",
    "sa",
    "te",
    "vi",
]
COUNTRIES = ("UA", "KZ", "US", "RU", "DE", "FR", "PL", "TR", "CN", "IN", "BR", "ZA", "JP", "GB", "IT")
FIRST_DAY = dt.date(2024, 1, 1)
SPAN_DAYS = 1000


@dataclass(frozen=True)
class Dataset:
    actors: list[Actor]
    events: list[Event]

    def write_registry(self, directory: Path) -> Registry:
        """Writes the actors as a registry file into `directory` and loads it back, as the app does."""
        directory.mkdir(parents=True, exist_ok=True)
        rows = [a.model_dump(mode="json", exclude_defaults=True) for a in self.actors]
        (directory / "synthetic.yaml").write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
        return Registry.load(directory)

    def load_into(self, store: GraphStore, batch: int = 10_000) -> None:
        for start in range(0, len(self.events), batch):
            store.upsert(self.events[start : start + batch])


def _name(rng: random.Random) -> str:
    first, last = ("".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize() for n in (2, 3))
    return f"{first} {last}"


def generate(actors: int = 5_000, events: int = 50_000, seed: int = 5) -> Dataset:
    """Actors with a country (a tenth without one, like organizations) and dated contacts.

    Contacts favour a few busy actors (as real diplomacy does), so node sizes vary; every
    tenth event is multi-party talks, every fiftieth is undated with a `not_after` bound.
    """
    rng = random.Random(seed)
    people = [
        Actor(
            id=f"synthetic-{i:05d}",
            name=_name(rng),
            country=None if i % 10 == 9 else COUNTRIES[i % len(COUNTRIES)],
        )
        for i in range(actors)
    ]
    ids = [a.id for a in people]
    weights = [1.0 / (1 + i % 97) for i in range(actors)]
    types = [t for t in ContactType if t is not ContactType.BRIEFING]
    made: list[Event] = []
    for n in range(events):
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        size = 3 if n % 10 == 0 else 2
        participants = set(rng.choices(ids, weights, k=size))
        while len(participants) < size:
            participants.add(rng.choice(ids))
        kind = ContactType.TALKS if size > 2 else rng.choice(types)
        when: dict[str, object] = {"date": day} if n % 50 else {"date": None, "not_after": day}
        made.append(Event(id=f"syn-{n:06d}", type=kind, participants=sorted(participants), **when))
    return Dataset(people, made)
