"""Actor mentions in a sentence: names, office descriptions, groups, pronouns and places.

A name is any registry name or alias in any grammatical form ("Касимом-Жомартом Токаєвим").
Office words and places next to a name belong to it ("казахським колегою Касимом-Жомартом
Токаєвим", "Secretary of State Marco Rubio"), also across the remit of the office
("спецпосланцем президента США з питань України та Росії Кітом Келлогом", "Special Envoy ...
for the Middle East Steven Witkoff"); without a name they form a description ("президент
Казахстану", "the Kazakh president") resolved later through offices. Initials are skipped
("С.В.Лаврова", "Antony J. Blinken").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from graph.registry import Registry

from .appositions import merge_appositions
from .lexicon import Lexicon, OfficeWord, Place
from .name_cases import name_cases, name_form, word_cases
from .remits import remit_end
from .tokens import Token

_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its"})
# "al-Sisi", "ас-Сісі", "аш-Шараа": a lowercase particle joined to a capitalized name
_FUNCTION_POS = frozenset({"NPRO", "Apro", "PREP", "CONJ", "PRCL", "VERB", "ADVB"})
_PARTICLE_NAME = re.compile(r"^[a-zа-яіїєґё]{1,4}-[A-ZА-ЯІЇЄҐЁ]")


class Kind(StrEnum):
    NAME = "name"
    DESCRIPTION = "description"
    GROUP = "group"
    PRONOUN = "pronoun"
    PLACE = "place"


@dataclass
class Mention:
    """Who (or what) a stretch of tokens `[first, last)` refers to."""

    kind: Kind
    first: int
    last: int
    head: int
    actors: frozenset[str] = frozenset()
    office: OfficeWord | None = None
    place: Place | None = None
    places: list[Place] = field(default_factory=list)
    possessive: bool = False  # "Trump's special envoy ...": a modifier, not a participant
    cases: frozenset[str] = frozenset()  # grammatical cases the mention may be in

    def text(self, tokens: Sequence[Token], full: str) -> str:
        return full[tokens[self.first].start : tokens[self.last - 1].end]


def _initial(token: Token) -> bool:
    """A lone initial ("J" of "Antony J. Blinken"), followed by its full stop."""
    return len(token.norm) == 1 and token.capitalized


@dataclass
class _Piece:
    kind: str  # "name" | "office" | "place"
    first: int
    last: int
    actors: frozenset[str] = frozenset()
    office: OfficeWord | None = None
    place: Place | None = None
    core: int = 0  # where the office or place words end (a remit may follow)

    def head(self, tokens: Sequence[Token]) -> int:
        """The head noun: "секретарем" of "Государственным секретарем", "ministers" of
        "foreign ministers"."""
        words = range(self.first, self.core or self.last)
        if tokens[self.first].norm.isascii():
            # "Minister of Foreign Affairs": the word before "of"
            return next((j - 1 for j in words if j > self.first and tokens[j].norm == "of"), words[-1])
        return next(
            (j for j in words if tokens[j].readings and "NOUN" in tokens[j].readings[0][1]), self.first
        )


def find_mentions(tokens: Sequence[Token], registry: Registry, lexicon: Lexicon) -> list[Mention]:
    """Every mention in a sentence's tokens, in order, without overlaps."""
    pieces = _pieces(tokens, registry, lexicon)
    mentions: list[Mention] = []
    for chain in _chains(pieces, tokens, lexicon):
        mentions.extend(_chain_mentions(chain, tokens, lexicon))
    for m in mentions:
        if m.office is not None and m.first > 0 and tokens[m.first - 1].norm in _POSSESSIVE_DETERMINERS:
            m.first -= 1  # "his Polish counterpart Radoslaw Sikorski" is one phrase
        elif m.kind is Kind.NAME and m.first > 0 and lexicon.is_a(tokens[m.first - 1], "honorific"):
            m.first -= 1  # "Mr Rubio", "пана Туска": the courtesy title is part of the name
    taken = {i for m in mentions for i in range(m.first, m.last)}
    for i, token in enumerate(tokens):
        if i in taken:
            continue
        if lexicon.is_a(token, "pronoun_subject") or lexicon.is_a(token, "pronoun_object"):
            mentions.append(Mention(Kind.PRONOUN, i, i + 1, i))
        elif lexicon.is_a(token, "group") and _plural(token):
            mentions.append(_group(tokens, i, lexicon))
    for m in mentions:
        m.possessive = m.kind is Kind.NAME and tokens[m.last - 1].text.endswith(("'s", "’s"))
        if m.kind is Kind.NAME:
            m.cases = name_cases(tokens, m.first, m.head, m.actors, registry)
        else:
            m.cases = word_cases(tokens[m.head])
        if m.kind is Kind.DESCRIPTION and m.first > 0 and lexicon.is_a(tokens[m.first - 1], "former"):
            m.office = None  # "the former Dutch prime minister" is not the one in office
    return merge_appositions(sorted(mentions, key=lambda m: m.first), tokens, registry)


def _pieces(tokens: Sequence[Token], registry: Registry, lexicon: Lexicon) -> list[_Piece]:
    words = [name_form(t) for t in tokens]
    pieces: list[_Piece] = []
    i = 0
    while i < len(tokens):
        if tokens[i].capitalized or _PARTICLE_NAME.match(tokens[i].text):
            n, ids = _name_at(words, tokens, i, registry)
            if n and not _place_wins(tokens, words, i, registry, lexicon):
                pieces.append(_Piece("name", i, i + n, actors=ids))
                i += n
                continue
        office = lexicon.offices.match(tokens, i)
        if office:
            pieces.append(_Piece("office", i, i + office[0], office=office[1]))
            i += office[0]
        else:
            place = lexicon.places.match(tokens, i)
            if not (place and (tokens[i].capitalized or not place[1].proper)) or _function_word(tokens, i):
                i += 1
                continue
            pieces.append(_Piece("place", i, i + place[0], place=place[1]))
            i += place[0]
        remit = remit_end(tokens, words, i, registry, lexicon)
        if remit is not None:
            pieces[-1].core, pieces[-1].last = pieces[-1].last, remit  # the name comes next
            i = remit
    return pieces


def _function_word(tokens: Sequence[Token], i: int) -> bool:
    """A capitalized pronoun, determiner or verb opening the sentence is not a place of the
    same spelling ("Того ж дня" is not Togo, "Мали б" is not Mali)."""
    return i == 0 and any(_FUNCTION_POS & grammemes for _, grammemes in tokens[i].readings)


def _place_wins(
    tokens: Sequence[Token], words: list[str], i: int, registry: Registry, lexicon: Lexicon
) -> bool:
    """A word that is both a place and a name is the place when the name is only a guess
    ("Cameroon" is not Cameron), the place is longer ("Costa Rica") or a preposition of place
    comes before it ("у Судані")."""
    place = lexicon.places.match(tokens, i)
    if place is None:
        return False
    name = registry.match_name(words, i, fuzzy=False)[0]
    if not name or place[0] > name:
        return True  # "Costa Rica" is not António Costa
    return i > 0 and lexicon.is_a(tokens[i - 1], "place_preposition")


def _name_at(
    words: list[str], tokens: Sequence[Token], i: int, registry: Registry
) -> tuple[int, frozenset[str]]:
    """A registry name at token i, allowing middle initials ("Antony J. Blinken")."""
    n, ids = registry.match_name(words, i)
    if not n and i + 2 < len(tokens) and _initial(tokens[i + 1]):
        skipped = [*words[: i + 1], *words[i + 2 :]]
        n, ids = registry.match_name(skipped, i)
        if n >= 2:
            return n + 1, ids
        return 0, frozenset()
    return n, ids


def _chains(pieces: list[_Piece], tokens: Sequence[Token], lexicon: Lexicon) -> list[list[_Piece]]:
    """Runs of adjacent pieces forming one noun phrase ("President of Kazakhstan Tokayev")."""
    chains: list[list[_Piece]] = []
    for piece in pieces:
        opening_noun = len(chains[-1]) == 1 and _place_noun(chains[-1][0], tokens) if chains else False
        if chains and not opening_noun and _adjacent(chains[-1][-1], piece, tokens, lexicon):
            chains[-1].append(piece)
        else:
            chains.append([piece])
    return chains


def _place_noun(piece: _Piece, tokens: Sequence[Token]) -> bool:
    """A Ukrainian or Russian place noun ("в Акорде") does not open a noun phrase; an
    adjective ("казахським колегою") does."""
    last = tokens[piece.last - 1]
    return piece.kind == "place" and bool(last.readings) and not last.has("ADJF")


def _adjacent(left: _Piece, right: _Piece, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    if left.kind == "name" and right.kind == "name":
        return False
    between = range(left.last, right.first)
    if any(not lexicon.is_a(tokens[j], "joiner") for j in between):
        return False
    gaps = [_gap(tokens, j) for j in range(left.last, right.first + 1)]
    if all(not g.strip() for g in gaps):
        return True
    # "Наслідним принцом, Прем'єр-міністром Мухаммедом": a comma between two office words
    return left.kind == "office" and right.kind == "office" and all(g.strip() in ("", ",") for g in gaps)


def _gap(tokens: Sequence[Token], j: int) -> str:
    """The text before token j, without the full stop of an abbreviation or title before it
    ("U.S. special envoy", "Dr. S. Jaishankar")."""
    gap = tokens[j].gap
    before = tokens[j - 1] if j > 0 else None
    if before is not None and gap.startswith(".") and ("." in before.text or before.text[:1].isupper()):
        return gap[1:]
    return gap


def _chain_mentions(chain: list[_Piece], tokens: Sequence[Token], lexicon: Lexicon) -> list[Mention]:
    mentions: list[Mention] = []
    start = 0
    for k, piece in enumerate(chain):
        if piece.kind != "name":
            continue
        before = chain[start:k]
        mentions.append(
            Mention(
                Kind.NAME,
                before[0].first if before else piece.first,
                piece.last,
                piece.last - 1,
                actors=piece.actors,
                office=next((p.office for p in before if p.office), None),
                places=[p.place for p in before if p.place],
            )
        )
        start = k + 1
        # places right after a name are its attributes ("Erdoğan of Türkiye")
        while start < len(chain) and chain[start].kind == "place":
            start += 1
    rest = chain[start:]
    if not rest:
        return mentions
    offices = [p for p in rest if p.kind == "office"]
    places = [p.place for p in rest if p.place]
    first, last = rest[0].first, rest[-1].last
    if offices:
        head = offices[0].head(tokens)
        kind = Kind.GROUP if _plural(tokens[head]) else Kind.DESCRIPTION
        office = offices[0].office
        place = _main_place(places) or _home(office)
        mentions.append(Mention(kind, first, last, head, office=office, place=place, places=places))
    elif any(lexicon.is_a(tokens[j], "group") for j in range(last, min(last + 1, len(tokens)))):
        mentions.append(_group(tokens, last, lexicon))
    else:
        mentions.append(Mention(Kind.PLACE, first, last, first, place=_main_place(places), places=places))
    return mentions


def _home(office: OfficeWord | None) -> Place | None:
    """Where an office exists only once ("Державний секретар" is American)."""
    if office is None or not (office.country or office.org):
        return None
    return Place(country=office.country, org=office.org)


def _main_place(places: list[Place]) -> Place | None:
    """The most specific place of a phrase: an organization with its own head, else the first."""
    for place in places:
        if place.head:
            return place
    return places[0] if places else None


def _group(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> Mention:
    """A group noun ("безпекових радників", "European leaders") with the place before it, if any."""
    first = i
    place = None
    if i > 0:
        match = lexicon.places.match(tokens, i - 1)
        if match and match[0] == 1:
            first, place = i - 1, match[1]
    return Mention(Kind.GROUP, first, i + 1, i, place=place)


def _plural(token: Token) -> bool:
    if token.readings:
        return all("plur" in g for _, g in token.readings if "NOUN" in g) and token.has("plur")
    return token.norm.endswith("s") and not token.norm.endswith("ss")
