"""The contacts an article reports, read sentence by sentence.

Each sentence's contacts get their date (timing.py: said in the sentence, else the one the article was
last talking about), become drafts with their evidence, or go to `unresolved`; a sentence
without contacts still says who "he" is in the next; members of multi-party contacts named
around them join them (delegations.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence

from pydantic import BaseModel

from graph.model import ContactType, DatePrecision, Lang, Source, SourceRef

from .analysis import SentenceAnalysis
from .anaphora import Memory
from .date_resolution import When
from .dates import find_dates
from .delegations import GROUP_TYPES, Delegations, cue_positions, membership_cue, named_members
from .drafts import Draft
from .mentions import Kind
from .participants import Contact, SentenceReader
from .referents import Context, resolve
from .sentences import Sentence
from .timing import contact_when, nested_when, opening_day, partner_when, same_time
from .tokens import Token

_QUOTES = frozenset("\"«“„'")


class Unresolved(BaseModel):
    """A contact the article reports whose participants could not be named."""

    mention: str
    reason: str
    start: int | None = None
    end: int | None = None


def read_contacts(
    text: str,
    analyses: list[SentenceAnalysis],
    context: Context,
    source: Source,
    published: dt.date | None,
    lang: Lang | None,
) -> tuple[list[Draft], list[Unresolved]]:
    drafts: list[Draft] = []
    unresolved: list[Unresolved] = []
    memory = Memory()
    delegations = Delegations(drafts)
    current = When(published, DatePrecision.DAY) if published else When()
    for number, analysis in enumerate(analyses):
        cue = membership_cue(analysis.tokens)
        members = named_members(analysis.tokens, analysis.mentions, context) if cue else []
        if not analysis.triggers:
            _remember_subject(analysis, context, memory)
            if not _said_of_something_else(analysis, context):
                delegations.join(members, number)
            current = opening_day(text, analysis, published, lang) or current
            continue
        reader = SentenceReader(
            analysis.tokens, analysis.mentions, analysis.triggers, analysis.boundaries, context, memory
        )
        contacts = reader.contacts()  # one per trigger, in order: a contact's parent is an index
        sentence = analysis.sentence
        dates = find_dates(text, sentence.start, sentence.end, published, lang.value if lang else "en")
        about = [(analysis.tokens[a].start, sentence.end) for a, _ in reader.about.values()]
        own_dates = [d for d in dates if not any(a <= d.start < b for a, b in about)]
        whens = {
            k: contact_when(c, analysis.tokens, own_dates, current)
            for k, c in enumerate(contacts)
            if c.parent is None
        }
        for k, contact in enumerate(contacts):
            if contact.parent is not None:
                whens[k] = nested_when(contact, analysis.tokens, dates, whens.get(contact.parent))
        for k, contact in enumerate(contacts):
            if contact.sibling is not None and not same_time(whens[k], whens[contact.sibling]):
                # "met Kallas, who visited Kyiv earlier this month": another time, not the host
                contact.participants, contact.sibling = contact.participants[:1], None
        if members:
            delegations.join(_members_outside_contacts(analysis, context, delegations, number), number)
        refers_back: ContactType | None = None
        index: dict[int, int] = {}
        for k, contact in enumerate(contacts):
            if published and whens[k].lower() > published:
                continue  # dated after publication: a plan, not a contact
            grouped = contact.trigger.type in GROUP_TYPES and contact.parent is None
            named = reader.roles[k].partners + reader.roles[k].objects
            # "the meeting" again, not "a video conference of the leaders of ...": nothing said of it
            bare = (
                not named
                and all(m.kind is Kind.NAME for m in reader.roles[k].owners)
                # "X and Y met" is a contact of its own; "У зустрічі взяли участь X і Y" is not
                and not (contact.trigger.is_verb and len(contact.participants) >= 2)
            )
            if grouped and members and bare and delegations.is_open(number, contact.trigger.type):
                # "praised the summit in Geneva, where Witkoff joined": who joined the one named
                if not _said_of_something_else(analysis, context):
                    refers_back = contact.trigger.type
                continue  # "У зустрічі також взяли участь ...": the contact just reported
            if grouped and members and contact.participants:
                contact.participants = list(dict.fromkeys(contact.participants + members))
            if len(contact.participants) < 2:
                entries = _unresolved(text, contact, analysis.tokens)
                unresolved.extend(entries)
                if grouped and not contact.participants and all(m.kind is Kind.GROUP for m in named):
                    draft = _draft(contact, whens[k], sentence, source, number)
                    delegations.unnamed(number, draft, len(contacts) == 1, _forget(unresolved, entries))
                continue
            index[k] = len(drafts)
            for pair in contact.pairs():
                when = partner_when(contact, pair, analysis, own_dates) or whens[k]
                drafts.append(_draft(contact, when, sentence, source, number, pair))
            if grouped:
                delegations.opened(number, index[k])
            exchange = contact.trigger.type in (ContactType.MESSAGE, ContactType.BRIEFING)
            if memory.main_pair is None and len(contact.participants) == 2 and not exchange:
                memory.main_pair = (contact.participants[0], contact.participants[1])
        for k, contact in enumerate(contacts):
            if contact.parent in index and k in index:
                drafts[index[contact.parent]].about.append(index[k])
        # "The video call brought together X, Y and Z"
        unnamed_here = delegations.pending_in(number)
        if refers_back or unnamed_here:
            delegations.join(members, number, refers_back)
        # "recalled their meeting in June": a month or a year is background, not the day the
        # article goes on talking about
        dated = [
            whens[k]
            for k, c in enumerate(contacts)
            if c.parent is None and whens[k].date and whens[k].precision is DatePrecision.DAY
        ]
        if dated and own_dates:
            current = dated[0]
    return drafts, unresolved


def _members_outside_contacts(
    analysis: SentenceAnalysis, context: Context, delegations: Delegations, number: int
) -> list[str]:
    """Members named in a membership clause that reports no multi-party contact of its own
    belong to the one open before ("Zelensky joined from Berlin, where Merz hosted him": the
    visit is another contact, and Merz is not named as joining)."""
    tokens, triggers = analysis.tokens, analysis.triggers
    if any(t.type in GROUP_TYPES and delegations.is_open(number, t.type) for t in triggers):
        return []

    def clause(i: int) -> int:
        return bisect.bisect_right(analysis.boundaries, i)

    taken = {clause(t.first) for t in triggers if t.type in GROUP_TYPES}
    if all(clause(i) in taken for i in cue_positions(tokens)):
        return []
    outside = [m for m in analysis.mentions if clause(m.first) not in taken]
    return named_members(tokens, outside, context)


def _said_of_something_else(analysis: SentenceAnalysis, context: Context) -> bool:
    """Whether every membership word is in a relative clause of a sentence that reports no
    contact of its own ("... on the summit in Prague, where Macron joined them"): it tells who
    joined something named there, not the contact reported before."""
    tokens, lexicon = analysis.tokens, context.lexicon

    def relative(i: int) -> bool:
        start = max((b for b in analysis.boundaries if b <= i), default=0)
        return start > 0 and any(lexicon.is_a(t, "clause") for t in tokens[start : start + 2])

    cues = cue_positions(tokens)
    return bool(cues) and all(relative(i) for i in cues)


def _forget(unresolved: list[Unresolved], entries: list[Unresolved]) -> Callable[[], None]:
    """Takes a contact's entries off the unresolved list once its participants are named."""

    def forget() -> None:
        unresolved[:] = [u for u in unresolved if all(u is not e for e in entries)]

    return forget


def _draft(
    contact: Contact,
    when: When,
    sentence: Sentence,
    source: Source,
    number: int,
    participants: list[str] | None = None,
) -> Draft:
    evidence = SourceRef(
        source_id=source.id,
        url=source.url,
        published=source.published,
        lang=source.lang,
        quote=sentence.text,
        start=sentence.start,
        end=sentence.end,
    )
    return Draft(
        contact.trigger.type,
        contact.participants if participants is None else participants,
        contact.initiator,
        when,
        evidence,
        contact.confidence,
        number,
    )


def _unresolved(text: str, contact: Contact, tokens: Sequence[Token]) -> list[Unresolved]:
    found = []
    for first, last, reason in contact.unresolved:
        start = min(tokens[first].start, tokens[contact.trigger.first].start)
        end = max(tokens[last - 1].end, tokens[contact.trigger.last - 1].end)
        found.append(Unresolved(mention=text[start:end], reason=reason, start=start, end=end))
    return found


def _remember_subject(analysis: SentenceAnalysis, context: Context, memory: Memory) -> None:
    """A sentence without contacts still sets who "he" or "she" is in the next one (not a
    quotation: "«Путин подтвердил ...»" leaves the one quoted as the subject)."""
    if analysis.tokens and analysis.tokens[0].gap.strip()[-1:] in _QUOTES:
        return
    for m in analysis.mentions:
        head = analysis.tokens[m.head]
        if m.kind not in (Kind.NAME, Kind.DESCRIPTION) or not ("nomn" in m.cases or not head.readings):
            continue
        ids = resolve(m, context)
        if len(ids) == 1:
            memory.remember_subject(next(iter(ids)), m.kind is Kind.NAME, context.main_actor)
            return
