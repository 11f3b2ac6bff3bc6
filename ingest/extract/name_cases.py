"""Grammatical cases of the names in a sentence, read against the registry.

A name written as in the registry is nominative (only that when the name declines: "Токаев",
not "Токаева"; any case when it does not: "Моди"); another form keeps the cases of the
readings that belong to the person ("Путина" is the genitive of Путин, not the noun "путина");
an undeclined surname takes the case of the first name before it ("Каєю Каллас"). Initials
glued to a surname are skipped ("С.В.Лаврова").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.names import inflections, parses
from graph.names import tokens as name_tokens
from graph.registry import Registry

from .tokens import Token

_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
_GENDERS = frozenset({"masc", "femn"})
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+(?=[^\W\d_]{2})")


def name_form(token: Token) -> str:
    """A token's normalized form without leading initials ("с.в.лаврова" -> "лаврова")."""
    return _INITIALS.sub("", token.norm)


def word_cases(token: Token) -> frozenset[str]:
    """The cases of any word, initials left out."""
    return _cases_of(parses(name_form(token), token.lang))


def name_cases(
    tokens: Sequence[Token], first: int, head: int, actors: frozenset[str], registry: Registry
) -> frozenset[str]:
    """The cases of a name mention `[first, head]` whose last word is `tokens[head]`."""
    word = tokens[head]
    form = name_form(word)
    readings = parses(form, word.lang)
    if not readings:
        return frozenset()
    written = {w for a in actors for name in registry.get(a).all_names() for w in name_tokens(name)}
    if form in written:
        before = tokens[head - 1] if head > first else None
        if before is not None and before.capitalized and name_form(before) not in written:
            agreeing = _own_cases(name_form(before), before.lang, written, strict=True)
            if agreeing:
                return agreeing  # "Каєю Каллас": the case of the declined first name
        if _indeclinable(readings, _gender(written, word.lang)):
            return _CASES  # "зі Свириденко", "с Шевченко": a surname that does not decline
        cases = _cases_of(readings)
        return frozenset({"nomn"}) if len(inflections(form)) > 1 else cases | {"nomn"}
    return _own_cases(form, word.lang, written)


def _gender(written: set[str], lang: str) -> frozenset[str]:
    """The gender of a person by their first names ("Юлія" is feminine)."""
    return frozenset(
        g
        for w in written
        for _, grammemes in parses(w, lang)
        if "Name" in grammemes
        for g in grammemes & _GENDERS
    )


def _indeclinable(readings: Sequence[tuple[str, frozenset[str]]], gender: frozenset[str]) -> bool:
    """A surname read as fixed for both genders ("ms-f": Russian "Шевченко") or for the
    person's own gender (Ukrainian "Свириденко" of a woman)."""
    return any("Fixd" in g and "Surn" in g and ("ms-f" in g or g & gender) for _, g in readings)


# the endings of a surname in -а/-я that the dictionary does not know ("Сибігу", "Сибігою")
_A_STEM_ENDINGS = {
    "uk": {"у": "accs", "ю": "accs", "и": "gent", "і": "gent", "ою": "ablt", "ею": "ablt", "єю": "ablt"},
    "ru": {"у": "accs", "ю": "accs", "ы": "gent", "и": "gent", "ой": "ablt", "ою": "ablt", "ей": "ablt"},
}


def _a_stem_cases(form: str, lang: str, written: set[str]) -> frozenset[str]:
    endings = _A_STEM_ENDINGS.get(lang, {})
    return frozenset(
        case
        for w in written
        if len(w) > 3 and w.endswith(("а", "я"))
        for ending, case in endings.items()
        if form == w[:-1] + ending
    )


def _own_cases(form: str, lang: str, written: set[str], strict: bool = False) -> frozenset[str]:
    """The cases of the readings of a name form that are forms of the registry's words (of
    any reading when none is, unless `strict`)."""
    readings = parses(form, lang)
    own_readings = [r for w in written for r in parses(w, lang) if "nomn" in r[1]]
    lemmas = written | {lemma for lemma, _ in own_readings}
    genders = frozenset(g for _, grammemes in own_readings for g in grammemes & _GENDERS)
    own = [
        (lemma, g)
        for lemma, g in readings
        if lemma in lemmas and (not genders or not g & _GENDERS or g & genders)
    ]
    if strict:
        return _cases_of(own)
    return _a_stem_cases(form, lang, written) | _cases_of(own) or _cases_of(readings)


def _cases_of(readings: Sequence[tuple[str, frozenset[str]]]) -> frozenset[str]:
    return frozenset(c for _, g in readings for c in g & _CASES)
