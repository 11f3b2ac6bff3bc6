"""When each contact of a sentence took place: a date said in its clause (or in what the
clause goes on to say of it), else earlier in the sentence, else the day the article was last
talking about; "earlier" and "already" make it a contact before that day; a contact a
briefing was about is no later than the briefing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from graph.model import DatePrecision, Lang

from .analysis import SentenceAnalysis
from .date_resolution import When
from .dates import DateMention, find_dates
from .participants import Contact
from .tokens import Token

_EARLIER = frozenset(
    {"раніше", "востаннє", "ранее", "earlier", "previously", "last", "попередня", "предыдущий"}
)
_DAY = frozenset({"day", "today", "день", "дня", "сьогодні", "сегодня"})
# "Лидеры уже встречались": before a verb, "already" tells of an earlier contact ("Це вже
# четвертий візит" is the one reported)
_ALREADY = frozenset({"уже", "вже", "already"})


def opening_day(
    text: str, analysis: SentenceAnalysis, published: dt.date | None, lang: Lang | None
) -> When | None:
    """ "On Dec. 19, Zelensky attended the EU summit": a day said first in a sentence is the
    day the article goes on about, even when that sentence reports no contact."""
    sentence = analysis.sentence
    if not analysis.tokens or not analysis.boundaries:
        return None
    opening_end = (
        analysis.tokens[analysis.boundaries[0] - 1].end if analysis.boundaries[0] else sentence.start
    )
    dates = find_dates(text, sentence.start, opening_end, published, lang.value if lang else "en")
    days = [d.when for d in dates if d.when.date and d.when.precision is DatePrecision.DAY]
    return days[0] if days else None


def partner_when(
    contact: Contact, pair: list[str], analysis: SentenceAnalysis, dates: list[DateMention]
) -> When | None:
    """One of several contacts of a hub dated next to its partner ("meetings with Modi on
    Tuesday and with Erdogan on Wednesday")."""
    if contact.hub is None:
        return None
    partner = next(p for p in pair if p != contact.hub)
    tokens, others = analysis.tokens, set(contact.participants) - {contact.hub, partner}
    named = [m for m in analysis.mentions if partner in m.actors and m.first >= contact.trigger.last]
    if not named:
        return None
    low = tokens[named[0].last - 1].end
    after = [
        tokens[m.first].start for m in analysis.mentions if m.actors & others and m.first > named[0].first
    ]
    high = min(after, default=analysis.sentence.end)
    own = [d for d in dates if low <= d.start < high]
    return own[0].when if own else None


def same_time(a: When, b: When) -> bool:
    return (a.date, a.precision, a.not_after) == (b.date, b.precision, b.not_after)


def contact_when(contact: Contact, tokens: Sequence[Token], dates: list[DateMention], current: When) -> When:
    """The contact's date: said in its clause, else earlier in its sentence, else the date
    the article was last talking about (dates in a briefing's "about" phrase are left out)."""
    first, last = contact.scope
    high = tokens[max(first, last - 1)].end
    anchor = tokens[contact.trigger.first].start
    inside = [d for d in dates if tokens[first].start <= d.start < high]
    earlier = [d for d in dates if d.start < high]  # a date said in a later clause is not this one's
    if inside or earlier:
        return _nearest(inside or earlier, anchor)
    already = contact.trigger.is_verb and any(
        t.norm in _ALREADY for t in tokens[first : contact.trigger.first]
    )
    before = [i for i in range(first, last) if tokens[i].norm in _EARLIER]
    # "Earlier in the day", "Ранее в этот день": the same day, not some day before
    same_day = any(t.norm in _DAY for i in before for t in tokens[i + 1 : i + 4])
    if (already or before) and not same_day:
        return When(not_after=current.date or current.not_after)
    return current


def _nearest(dates: list[DateMention], anchor: int) -> When:
    """The date said nearest the trigger (find_dates already dropped a year or month that a
    finer date of the sentence narrows down)."""
    return min(dates, key=lambda d: abs(d.start - anchor)).when


def nested_when(
    contact: Contact, tokens: Sequence[Token], dates: list[DateMention], parent: When | None
) -> When:
    """A contact a briefing was about: its own date, else no later than the briefing."""
    first, last = contact.scope
    low, high = tokens[first].start, tokens[max(first, last - 1)].end
    inside = [d for d in dates if low <= d.start < high]
    if inside:
        return _nearest(inside, tokens[contact.trigger.first].start)
    return When(not_after=(parent.date or parent.not_after) if parent else None)
