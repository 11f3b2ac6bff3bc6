"""The actor registry: who the named officials are, under every name and office.

Loaded from the YAML files in `seeds/actors/`; searched by any name form in English,
Ukrainian or Russian, in any grammatical case.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import yaml
from pydantic import ValidationError

from graph.errors import InvalidData, UnknownActor
from graph.model import Actor
from graph.names import inflections, lemmas, may_be_name, skeleton, tokens

DEFAULT_ACTORS_DIR = Path(__file__).resolve().parent.parent / "seeds" / "actors"


class Registry:
    """All known actors, with a name index for search and office look-up by date."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self._actors: dict[str, Actor] = {}
        for actor in actors:
            if actor.id in self._actors:
                raise InvalidData(f"actor id {actor.id!r} is defined twice")
            self._actors[actor.id] = actor
        self._index: dict[str, set[str]] = defaultdict(set)
        self._full_names: dict[str, set[str]] = defaultdict(set)
        for actor in self._actors.values():
            for name in actor.all_names():
                self._full_names[" ".join(tokens(name))].add(actor.id)
                for token in tokens(name):
                    for key in inflections(token):
                        self._index[key].add(actor.id)
        self._keys = sorted(self._index)
        self._name_forms: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = defaultdict(list)
        self._skeleton_forms: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = defaultdict(list)
        for actor in self._actors.values():
            for name in actor.all_names():
                forms = tuple(inflections(token) for token in tokens(name))
                for key in forms[0] if forms else ():
                    self._name_forms[key].append((forms, actor.id))
                skeletons = tuple(frozenset(skeleton(f) for f in fs) for fs in forms)
                for key in skeletons[0] if skeletons else ():
                    self._skeleton_forms[key].append((skeletons, actor.id))

    @classmethod
    def load(cls, directory: Path = DEFAULT_ACTORS_DIR) -> Registry:
        """Read every `*.yaml` file in `directory`; a bad entry raises InvalidData naming it."""
        actors: list[Actor] = []
        for path in sorted(directory.glob("*.yaml")):
            entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            if not isinstance(entries, list):
                raise InvalidData(f"{path}: expected a list of actors")
            for i, entry in enumerate(entries):
                try:
                    actors.append(Actor.model_validate(entry))
                except ValidationError as exc:
                    raise InvalidData(f"{path}: actor #{i}: {exc}") from exc
        return cls(actors)

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def get(self, actor_id: str) -> Actor:
        """The actor with this id; raises UnknownActor."""
        try:
            return self._actors[actor_id]
        except KeyError:
            raise UnknownActor(actor_id) from None

    def matching_token(self, token: str, prefix: bool = False) -> set[str]:
        """Ids of actors with a name token that this (normalized) token is a form of."""
        found: set[str] = set()
        for key in lemmas(token):
            found |= self._index.get(key, set())
        if prefix and len(token) >= 2:
            start = bisect.bisect_left(self._keys, token)
            for key in self._keys[start:]:
                if not key.startswith(token):
                    break
                found |= self._index[key]
        return found

    def match_name(
        self, words: Sequence[str], start: int = 0, fuzzy: bool = True
    ) -> tuple[int, frozenset[str]]:
        """The longest whole name (or alias) of an actor that begins at `words[start]`.

        `words` are normalized tokens in any grammatical form; unless `fuzzy` is False, a
        transliteration the registry does not list matches by skeleton. Returns how many words the
        name covers and the ids of the actors it names (0 and no ids when none begins there).

        >>> reg = Registry([Actor(id="a-b", name="Anna Berg", names={"uk": "Анна Берг"})])
        >>> reg.match_name(["з", "анною", "берг"], 1)
        (2, frozenset({'a-b'}))
        """
        if start >= len(words):
            return 0, frozenset()
        n, found = self._longest(words, start, self._name_forms, lemmas)
        if not n and fuzzy and may_be_name(words[start]):  # a transliteration not listed: "Схоофом"
            n, found = self._longest(words, start, self._skeleton_forms, lambda w: {skeleton(w)})
        return n, frozenset(found)

    @staticmethod
    def _longest(
        words: Sequence[str],
        start: int,
        index: dict[str, list[tuple[tuple[frozenset[str], ...], str]]],
        keys: Callable[[str], Iterable[str]],
    ) -> tuple[int, set[str]]:
        best: tuple[int, set[str]] = (0, set())
        for key in keys(words[start]):
            for forms, actor_id in index.get(key, ()):
                n = len(forms)
                if n < best[0] or start + n > len(words):
                    continue
                if all(set(keys(words[start + j])) & forms[j] for j in range(1, n)):
                    if n > best[0]:
                        best = (n, {actor_id})
                    else:
                        best[1].add(actor_id)
        return best

    def search(self, query: str, limit: int = 20) -> list[Actor]:
        """Actors whose names match every word of the query, best first.

        The last word may be the beginning of a name (suggestions while typing). A full-name
        match ranks first, then the actors matched by whole words.

        >>> reg = Registry([Actor(id="a-b", name="Anna Berg", names={"uk": "Анна Берг"})])
        >>> [a.id for a in reg.search("Бергом")]
        ['a-b']
        """
        words = tokens(query)
        if not words:
            return []
        exact = set.intersection(*(self.matching_token(w) for w in words))
        *head, last = words
        loose = (
            set.intersection(*(self.matching_token(w) for w in head), self.matching_token(last, prefix=True))
            if head
            else self.matching_token(last, prefix=True)
        )
        full = self._full_names.get(" ".join(words), set())

        def rank(actor_id: str) -> tuple[int, str]:
            return (0 if actor_id in full else 1 if actor_id in exact else 2, self._actors[actor_id].name)

        return [self._actors[i] for i in sorted(full | exact | loose, key=rank)[:limit]]

    def holders(
        self,
        on: dt.date,
        *,
        title: str | None = None,
        role: str | None = None,
        country: str | None = None,
        org: str | None = None,
    ) -> list[Actor]:
        """Actors holding a matching office on the given day (e.g. the president of KZ)."""
        return [
            actor
            for actor in self._actors.values()
            if any(
                o.held_on(on)
                and (title is None or o.title == title)
                and (role is None or o.role == role)
                and (country is None or o.country == country)
                and (org is None or o.org == org)
                for o in actor.offices
            )
        ]
