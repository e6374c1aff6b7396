"""The approved program as frozen, typed objects. Built by `presidium.core.loader`, read by everything else."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from presidium.core.counting.rules import ValidityRules

ItemKind = Literal[
    "ceremony", "procedure", "report", "speech", "discussion", "vote", "election", "announcement", "break"
]
ITEM_KINDS: tuple[str, ...] = (
    "ceremony",
    "procedure",
    "report",
    "speech",
    "discussion",
    "vote",
    "election",
    "announcement",
    "break",
)
RuleBase = Literal["convened", "present", "valid", "cast"]
RULE_BASES: tuple[str, ...] = ("convened", "present", "valid", "cast")


@dataclass(frozen=True)
class Signers:
    """Who signs the minutes' signature blocks, as printed under them ("" leaves room for a handwritten name)."""

    presidium: str = ""  # T/M ĐOÀN CHỦ TỊCH
    secretariat: str = ""  # T/M ĐOÀN THƯ KÝ
    counting: str = ""  # T/M BAN KIỂM PHIẾU, TRƯỞNG BAN: the head of the vote-counting committee


@dataclass(frozen=True)
class Members:
    """The members of the congress's working bodies, as the minutes list them (the one presiding first)."""

    presidium: tuple[str, ...] = ()  # Đoàn Chủ tịch
    secretariat: tuple[str, ...] = ()  # Đoàn Thư ký
    counting: tuple[str, ...] = ()  # Ban Kiểm phiếu, its head first

    def __bool__(self) -> bool:
        return bool(self.presidium or self.secretariat or self.counting)


PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
DocumentForm = Literal["party", "youth", "state", "plain"]
YOUTH_HEADING = "ĐOÀN TNCS HỒ CHÍ MINH"


@dataclass(frozen=True)
class Congress:
    title: str
    organization: str
    delegates_convened: int
    superior: str = ""
    place: str = ""
    venue: str = ""
    # Optional extras used on documents: "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XIII" style line, term, short name.
    congress_name: str = ""
    term: str = ""
    quorum: str = ""  # name of the rule that says how many must be present
    guests: tuple[str, ...] = ()  # khách mời, the upper-level representatives first, as the minutes list them
    signers: Signers = Signers()
    # The national line at the top right of every document, ruled under; "" for none (an association).
    heading: str = PARTY_HEADING
    # Its second line, the motto of a state-style heading ("Độc lập - Tự do - Hạnh phúc"), ruled under.
    motto: str = ""
    members: Members = Members()

    @property
    def form(self) -> DocumentForm:
        """Whose document conventions the congress's documents follow, as its heading says: the Party's,
        the youth union's, the state's (a trade union, an association with the national heading), or
        none ("plain": no national heading, as an association's general meeting abroad)."""
        heading = " ".join(self.heading.split()).upper()
        if heading == PARTY_HEADING:
            return "party"
        if heading == YOUTH_HEADING:
            return "youth"
        return "state" if heading else "plain"

    @property
    def mark(self) -> str:
        """What stands under the issuing body: the Party's "*", the youth union's "***"; "" otherwise
        (a state-style document rules a short line under the issuing body instead)."""
        return {"party": "*", "youth": "***"}.get(self.form, "")


@dataclass(frozen=True)
class Rule:
    """How a decision passes: votes compared against `fraction` of `base` (strictly more, or at least)."""

    name: str
    fraction: Fraction
    base: str  # one of RULE_BASES
    strict: bool = True
    description: str = ""


@dataclass(frozen=True)
class VoteSpec:
    question: str
    rule: str


# The built-in rules for changes to a candidate list, when the program names none (see decisions.change_rule):
# a withdrawal passes with more than half of the delegates present; a nomination from the floor joins
# the list with more than 30% of the delegates present (Quyết định 190-QĐ/TW, Điều 14).
DEFAULT_WITHDRAW_RULE = Rule("withdrawal", Fraction(1, 2), "present", True, "more than half of the delegates present")
DEFAULT_NOMINATE_RULE = Rule("nomination", Fraction(3, 10), "present", True, "more than 30% of the delegates present")


@dataclass(frozen=True)
class ElectionSpec:
    body: str
    seats: int
    rule: str
    candidates: tuple[str, ...] = ()
    # The surplus cap: a Fraction (a percentage of the seats), an int (a number of names), or None for
    # the default, 30% rounded down but one name for a body of 3 to 5 seats (ballots.max_candidates).
    max_surplus: Fraction | int | None = None
    withdraw_rule: str = ""  # the rule deciding a withdrawal ("": the default, see DEFAULT_WITHDRAW_RULE)
    nominate_rule: str = ""  # the rule deciding a floor nomination ("": DEFAULT_NOMINATE_RULE)


@dataclass(frozen=True)
class Speaker:
    """A registered contribution to a discussion item."""

    name: str
    unit: str = ""
    topic: str = ""
    seconds: int | None = None  # None: the item's default allowance


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    kind: str
    duration: int  # planned seconds
    by: str = ""
    script: str = ""
    notes: str = ""
    cards: tuple[str, ...] = ()
    vote: VoteSpec | None = None
    election: ElectionSpec | None = None
    speakers: tuple[Speaker, ...] = ()
    speaker_allowance: int | None = None  # default seconds per speaker for a discussion
    line: int = 0  # line in the program file where the item starts (0 when unknown)

    @property
    def takes_vote(self) -> bool:
        """Whether a show of hands can be recorded on this item: a vote, or an election (its list changes,
        its seats); an item inserted as a vote names no question yet but is one. A report, a speech or a
        break is not voted on: a vote typed there would print a vote table for it in the minutes."""
        return self.kind == "vote" or self.vote is not None or self.election is not None


@dataclass(frozen=True)
class Session:
    id: str
    title: str
    date: date
    start: time
    items: tuple[Item, ...]
    line: int = 0

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.date, self.start)

    @property
    def planned_seconds(self) -> int:
        return sum(item.duration for item in self.items)

    @property
    def planned_end(self) -> datetime:
        return self.starts_at + timedelta(seconds=self.planned_seconds)


@dataclass(frozen=True)
class Card:
    """A contingency card: a situation, what to do, the words to say, the articles it rests on."""

    id: str
    title: str
    when: str = ""
    steps: tuple[str, ...] = ()
    script: str = ""
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    id: str
    number: str
    title: str = ""
    text: str = ""


@dataclass(frozen=True)
class Regulation:
    id: str
    title: str
    articles: tuple[Article, ...] = ()


@dataclass(frozen=True)
class PlannedSlot:
    """Where an item sits in the approved plan."""

    item: Item
    session: Session
    index: int  # position in the whole program, 0-based
    start: datetime  # naive local time, as written in the program
    end: datetime


@dataclass(frozen=True)
class Program:
    congress: Congress
    rules: dict[str, Rule]
    sessions: tuple[Session, ...]
    cards: tuple[Card, ...] = ()
    regulations: tuple[Regulation, ...] = ()
    format: int = 1
    fingerprint: str = ""  # SHA-256 of the file's bytes: the approved identity
    source: str = ""  # path the program was read from
    counting: ValidityRules | None = None  # [counting]: validity rules of the ballots (None: the Party's)
    _index: dict[str, PlannedSlot] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        position = 0
        for session in self.sessions:
            cursor = session.starts_at
            for item in session.items:
                end = cursor + timedelta(seconds=item.duration)
                self._index[item.id] = PlannedSlot(item, session, position, cursor, end)
                cursor = end
                position += 1

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for session in self.sessions for item in session.items)

    @property
    def schedule(self) -> tuple[PlannedSlot, ...]:
        return tuple(self._index.values())

    def item(self, item_id: str) -> Item:
        return self._index[item_id].item

    def slot(self, item_id: str) -> PlannedSlot:
        return self._index[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._index

    def card(self, card_id: str) -> Card:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)

    def article(self, article_id: str) -> tuple[Regulation, Article]:
        for regulation in self.regulations:
            for article in regulation.articles:
                if article.id == article_id:
                    return regulation, article
        raise KeyError(article_id)

    @property
    def short_fingerprint(self) -> str:
        return self.fingerprint[:12]
