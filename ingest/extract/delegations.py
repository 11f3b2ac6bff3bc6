"""Members of a multi-party contact named in the sentences around it.

"Делегації провели переговори. Українську делегацію очолював Єрмак ..., американську сторону
представляли Рубіо і Волц", "В них также участвовали ...", "Fidan chaired the talks": a
sentence with a membership word (led, headed, joined, took part, очолював, участвовали,
модерировал) adds the people it names to the talks, meeting, video call or visit reported just
before it, or, when none is open, to the one reported next.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from graph.model import ContactType

from .date_resolution import When
from .drafts import Draft
from .mentions import Kind, Mention
from .referents import Context, resolve
from .tokens import Token

GROUP_TYPES = frozenset({ContactType.TALKS, ContactType.MEETING, ContactType.VIDEO_CALL, ContactType.VISIT})
# the words a report uses again for a contact already reported: talks held during a visit
# are "the meeting" or "the visit" in the next sentence; a video call stays a video call
_IN_PERSON = frozenset({ContactType.TALKS, ContactType.MEETING, ContactType.VISIT})
_REACH = 2  # sentences between a contact and the one that names its members
_NAMED_REACH = 6
# word beginnings, so that one entry covers the Ukrainian and Russian forms of a verb or noun
_CUE_STEMS = (
    "очоли",
    "очолю",
    "возглав",
    "представля",
    "участ",
    "приєдна",
    "присоедин",
    "долучи",
    "модер",
    "співголов",
    "сопредседа",
    "присутств",
)
_CUE_WORDS = frozenset(
    {"складу", "состав", "составе", "led", "headed", "represented", "joined", "together"}
    | {"attended", "chaired", "co-chaired", "moderated", "mediated", "participated", "part"}
)
# "an aide to President Vladimir Putin", "the chief of staff of ...": not a member
_NOT_MEMBER_AFTER = frozenset({"to", "of", "for", "from", "about", "on", "than"})
_MEMBER_CASES = frozenset({"nomn", "accs", "ablt"})


def membership_cue(tokens: Sequence[Token]) -> bool:
    """Whether the sentence says who made up a delegation or took part in a contact."""
    return bool(cue_positions(tokens))


def cue_positions(tokens: Sequence[Token]) -> list[int]:
    """Where the sentence's membership words are ("led to an agreement" is none)."""
    return [
        i
        for i, t in enumerate(tokens)
        if (t.norm in _CUE_WORDS or t.norm.startswith(_CUE_STEMS))
        and not (t.norm == "led" and i + 1 < len(tokens) and tokens[i + 1].norm == "to")
    ]


def named_members(tokens: Sequence[Token], mentions: Sequence[Mention], context: Context) -> list[str]:
    """The people a membership sentence names as taking part (not those named as modifiers,
    and nobody when it says who did not, or who will or was invited to, take part)."""
    lexicon = context.lexicon
    if any(lexicon.is_a(t, "negation") or lexicon.is_a(t, "modality") or _future(t) for t in tokens):
        return []
    found: list[str] = []
    for m in mentions:
        described = m.kind is Kind.DESCRIPTION and m.place is not None  # "the US president"
        if not (m.kind is Kind.NAME or described) or m.possessive:
            continue
        before = m.first - 1
        while m.kind is Kind.DESCRIPTION and before > 0 and tokens[before].norm in ("the", "a", "an"):
            before -= 1  # "the head of the Office of the President": not the President
        if m.first and tokens[before].norm in _NOT_MEMBER_AFTER:
            continue
        if m.cases and not m.cases & _MEMBER_CASES:
            continue
        ids = resolve(m, context)
        if len(ids) == 1:
            found.extend(ids)
    return list(dict.fromkeys(found))


@dataclass
class _Open:
    """The multi-party contact most recently reported: its drafts, or one still unnamed."""

    number: int
    drafts: list[int] = field(default_factory=list)
    pending: Draft | None = None
    on_named: Callable[[], None] | None = None  # called once the pending contact is named


class Delegations:
    """Adds members named in membership sentences to the multi-party contact they belong to.

    `drafts` is the article's list of drafts, appended to when an unnamed contact gets its
    second participant.
    """

    def __init__(self, drafts: list[Draft]) -> None:
        self.drafts = drafts
        self.open: _Open | None = None
        self.waiting: tuple[int, list[str]] | None = None
        # members added to a contact, by its type and first participants: a later report of
        # the same contact ("Переговоры Трампа и Путина продолжались три часа") gets them too
        self.grown: dict[tuple[ContactType, frozenset[str], When], list[str]] = {}

    def is_open(self, number: int, kind: ContactType | None = None) -> bool:
        """Whether a multi-party contact (of a kind that may be called `kind`) was reported
        close enough before sentence `number`."""
        # a sentence that names the contact again ("У зустрічі також взяли участь") may come
        # further on than one that only names its members ("В них также участвовали")
        reach = _REACH if kind is None else _NAMED_REACH
        if self.open is None or number - self.open.number > reach:
            return False
        return kind is None or _same_kind(kind, self._open_type())

    def _open_type(self) -> ContactType:
        assert self.open is not None
        if self.open.pending is not None:
            return self.open.pending.type
        return self.drafts[self.open.drafts[0]].type if self.open.drafts else ContactType.MEETING

    def opened(self, number: int, index: int) -> None:
        """A multi-party contact reported in sentence `number` as draft `index`."""
        if self.open is None or self.open.number != number or self.open.pending is not None:
            self.open = _Open(number)
        self.open.drafts.append(index)
        draft = self.drafts[index]
        grown = self.grown.get((draft.type, frozenset(draft.participants), draft.when))
        if grown:
            draft.participants = _distinct(draft.participants + grown)

    def unnamed(
        self, number: int, draft: Draft, alone: bool, on_named: Callable[[], None] | None = None
    ) -> None:
        """A multi-party contact whose sides the sentence does not name ("the delegations met");
        right after another, it is that one again, and when it is all the sentence reports
        ("The talks lasted two hours"), members named next still belong to that one."""
        if self.is_open(number, draft.type):
            if alone and self.open is not None:
                self.open.number = number
            return
        self.open = _Open(number, pending=draft, on_named=on_named)
        self._take_waiting(number)

    def pending_in(self, number: int) -> bool:
        """Whether sentence `number` reported a multi-party contact without naming its sides."""
        return self.open is not None and self.open.number == number and self.open.pending is not None

    def join(self, members: list[str], number: int, kind: ContactType | None = None) -> None:
        """Add `members` to the open contact (which the sentence may call a `kind` of contact),
        or keep them for the next unnamed one."""
        if not members:
            return
        if not self.is_open(number, kind):
            self.waiting = (number, members)
            return
        assert self.open is not None
        if self.open.pending is not None:
            pending = self.open.pending
            pending.participants = _distinct(pending.participants + members)
            if len(pending.participants) >= 2:
                self.open.pending = None
                self.open.drafts.append(len(self.drafts))
                self.drafts.append(pending)
                if self.open.on_named is not None:
                    self.open.on_named()
            return
        for index in self.open.drafts:
            self._extend(self.drafts[index], members)

    def _extend(self, draft: Draft, members: list[str]) -> None:
        """Add members to a draft and to earlier reports of the same contact in the article,
        and keep them for later reports of the same kind, sides and date ("their previous
        meeting" is another one)."""
        before = frozenset(draft.participants)
        for other in self.drafts:
            same = other.type is draft.type and set(other.participants) == before
            if other is draft or same:
                other.participants = _distinct(other.participants + members)
        key = (draft.type, before, draft.when)
        self.grown[key] = _distinct(self.grown.get(key, []) + members)

    def _take_waiting(self, number: int) -> None:
        if self.waiting is not None and number - self.waiting[0] <= _REACH:
            members = self.waiting[1]
            self.waiting = None
            self.join(members, number)


def _same_kind(a: ContactType, b: ContactType) -> bool:
    return a is b or (a in _IN_PERSON and b in _IN_PERSON)


def _distinct(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _future(token: Token) -> bool:
    """A verb in the future tense ("візьме участь"), not a noun that may also read as one ("складу")."""
    return token.has("futr") and not token.has("NOUN")
