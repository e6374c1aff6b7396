"""The minutes of a congress (biên bản đại hội) as plain data, built from the program and a run's events.

Nothing here formats a document: `presidium.infra.export_minutes` lays this out as a Party document.
Every figure comes from the run state (the fold of the journal): votes and ballot rounds carry the
result decided when they were entered (`core.decisions`), against the rule and the attendance in force.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial

from presidium.core.announce import announce_election, announce_vote
from presidium.core.ballots import ElectionResult, ListChange
from presidium.core.catalogue import text as catalogue_text
from presidium.core.decisions import quorum
from presidium.core.deviations import BETWEEN_SESSIONS, deviations, session_breaks
from presidium.core.program import PARTY_HEADING, DocumentForm, Item, Members, Program, Signers
from presidium.core.records import Attendance, Recorded
from presidium.core.run import RunState
from presidium.core.speakers import SpeakerQueue
from presidium.core.votes import ShowOfHands, VoteResult
from presidium.core.zone import local as zone_local

# ---------------------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class AttendanceLine:
    at: datetime
    convened: int
    present: int
    absent: int
    reason: str
    with_reason: int = 0  # of the absent, excused with `reason`
    alternates: int = 0  # of the present, alternates seated
    excused: int = 0  # absent for the whole congress without a substitute
    correction: str = ""  # a correction of the number convened: why (previous_convened: the figure before)
    previous_convened: int = 0
    quorum_needed: int | None = None  # how many the quorum rule needs with these figures (None: no rule)

    @property
    def quorum_met(self) -> bool | None:
        return None if self.quorum_needed is None else self.present >= self.quorum_needed


@dataclass(frozen=True)
class SpeakerLine:
    name: str
    unit: str
    topic: str
    status: str  # done | written | absent | waiting (registered, not called) | speaking
    seconds: float | None  # spoken time, net of pauses; None when not spoken
    floor: bool = False
    started: float | None = None


@dataclass(frozen=True)
class VoteLine:
    item_id: str | None
    item_title: str
    question: str
    at: datetime
    tally: ShowOfHands | None
    result: VoteResult | None
    text: str  # the announcement as read out, or why the figures cannot be decided
    error: str = ""
    working_body: bool = False  # electing the presidium, secretariat, a committee of the congress


@dataclass(frozen=True)
class ElectionRound:
    item_id: str | None
    item_title: str
    body: str
    round_no: int
    seats: int
    at: datetime
    result: ElectionResult | None
    text: str
    error: str = ""
    # The counting stations a reconciled result came from: name, run, head_seq, head_hash each.
    stations: tuple[Mapping[str, object], ...] = ()


@dataclass(frozen=True)
class ItemLine:
    number: int  # in running order, 1-based, among items actually held
    item_id: str
    title: str
    kind: str
    by: str
    session_id: str
    status: str  # done | skipped | pending (not reached) | current
    start: datetime | None
    end: datetime | None
    spent: float
    planned: int
    inserted: bool = False
    moved: bool = False
    upper_level: bool = False
    speakers: tuple[SpeakerLine, ...] = ()
    votes: tuple[VoteLine, ...] = ()
    elections: tuple[ElectionRound, ...] = ()


@dataclass(frozen=True)
class SessionLine:
    id: str
    title: str
    planned_date: date
    items: tuple[ItemLine, ...]


@dataclass(frozen=True)
class Happening:
    """A deviation worth recording in the minutes."""

    kind: str  # skipped | reordered | inserted | paused | interrupted | card
    at: datetime
    item_title: str
    detail: str = ""
    seconds: float | None = None


@dataclass(frozen=True)
class Header:
    superior: str
    organization: str
    congress_name: str
    title: str
    number: str
    place: str
    date: date
    venue: str
    heading: str = PARTY_HEADING  # the national line at the top right; "" for none
    motto: str = ""  # the heading's second line (tiêu ngữ), ruled under, for a state-style heading
    mark: str = "*"  # under the issuing body: the Party's "*", the youth union's "***", "" for a short rule


@dataclass(frozen=True)
class ElectedBody:
    """Everyone elected to one body, across all its rounds, in the order they were elected."""

    item_id: str | None
    body: str
    seats: int
    elected: tuple[str, ...]
    rounds: int  # rounds held, void ones included


@dataclass(frozen=True)
class Minutes:
    header: Header
    mode: str
    finished: bool
    opened: datetime
    closed: datetime | None
    delegates_convened: int
    attendance: tuple[AttendanceLine, ...]
    sessions: tuple[SessionLine, ...]
    votes: tuple[VoteLine, ...]
    elections: tuple[ElectionRound, ...]
    happenings: tuple[Happening, ...]
    adopted_at: datetime | None  # when the congress approved the minutes, if an item records it
    as_of: datetime | None = None  # the last recorded event: what an unfinished run's minutes reach
    counting_numbers: tuple[str, ...] = ()  # document number of each counting record, in order
    guests: tuple[str, ...] = ()  # `[congress] guests`; none: the upper-level speech's `by` stands for them
    signers: Signers = Signers()  # names printed under the signature blocks; "" leaves room to write one
    members: Members = Members()  # the working bodies' members as the program lists them
    elected_bodies: tuple[ElectedBody, ...] = ()  # per election item, everyone elected across its rounds
    bases: dict[str, tuple[int, ...]] = field(default_factory=dict)  # vote table: base -> its row numbers

    @property
    def items(self) -> tuple[ItemLine, ...]:
        return tuple(line for session in self.sessions for line in session.items)

    @property
    def working_bodies(self) -> tuple[VoteLine, ...]:
        return tuple(v for v in self.votes if v.working_body)


def local(epoch: float) -> datetime:
    """In the run's time zone when the exporter renders inside core.zone.rendering_in."""
    return zone_local(epoch)


def _is_upper_level(item: Item) -> bool:
    title = item.title.lower()
    return item.kind == "speech" and ("cấp trên" in title or "chỉ đạo" in title or "upper" in title)


def _is_working_body(question: str) -> bool:
    text = question.lower()
    bodies = (
        "đoàn chủ tịch",
        "đoàn thư ký",
        "ban thẩm tra",
        "ban kiểm phiếu",
        "presidium",
        "secretariat",
        "credentials",
        "counting committee",
    )
    documents = ("báo cáo", "quy chế", "nội quy", "chương trình", "nghị quyết", "report", "rules", "agenda")
    # "Thông qua danh sách Đoàn Chủ tịch" elects a working body; "Thông qua Báo cáo của Ban Kiểm phiếu" does not.
    return any(body in text for body in bodies) and not any(word in text for word in documents)


def _is_minutes_item(item: Item) -> bool:
    text = item.title.lower()
    return "biên bản" in text or "minutes" in text


# ---------------------------------------------------------------------------------------------- votes

# One percentage format in the whole document: two decimals, exact values without trailing zeros.
PERCENT_DECIMALS = 2


def vote_line(item: Item | None, recorded: Recorded, lang: str = "vi") -> VoteLine:
    """A show of hands as the run decided it when it was entered."""
    result = recorded.result
    question = item.vote.question if item is not None and item.vote else (item.title if item else "")
    if isinstance(result, ListChange):  # a withdrawal or floor nomination on an election item
        question = catalogue_text(f"minutes.question.{result.kind}", lang, name=result.name)
        result = result.vote
    item_title = item.title if item else ""
    line = partial(
        VoteLine,
        item_id=recorded.item_id,
        item_title=item_title,
        question=question,
        at=local(recorded.at),
        working_body=_is_working_body(question),
    )
    if not isinstance(result, VoteResult):
        return line(tally=None, result=None, text="", error=recorded.error)
    text = announce_vote(result, question or item_title, lang, PERCENT_DECIMALS)
    if recorded.raw.get("quorum_confirmed"):  # below the quorum: the minutes say the chair went ahead
        text += " " + catalogue_text("minutes.below-quorum", lang)
    return line(tally=result.tally, result=result, text=text)


def election_round(item: Item | None, recorded: Recorded, lang: str = "vi") -> ElectionRound:
    """One counting record as the run decided it: its round, seats and result."""
    result = recorded.result
    body = item.election.body if item is not None and item.election else (item.title if item else "")
    round_ = partial(
        ElectionRound,
        item_id=recorded.item_id,
        item_title=item.title if item else "",
        body=body,
        at=local(recorded.at),
        stations=tuple(recorded.raw.get("stations") or ()),
    )
    if not isinstance(result, ElectionResult):
        seats = item.election.seats if item is not None and item.election else 0
        return round_(round_no=0, seats=seats, result=None, text="", error=recorded.error)
    return round_(
        round_no=result.round_no,
        seats=result.seats,
        result=result,
        text=announce_election(result, body, lang, PERCENT_DECIMALS),
    )


# ---------------------------------------------------------------------------------------------- building


def _speaker_lines(queue: SpeakerQueue | None, item: Item, as_of: float | None) -> tuple[SpeakerLine, ...]:
    if queue is None:
        return tuple(SpeakerLine(s.name, s.unit, s.topic, "waiting", None) for s in item.speakers)
    lines = []
    for turn in queue.turns:
        s = turn.speaker
        lines.append(SpeakerLine(s.name, s.unit, s.topic, turn.status, turn.spoken(as_of), turn.floor, turn.started))
    # Those who spoke in the order they spoke; the others after them, as registered.
    lines.sort(key=lambda line: (line.started is None, line.started or 0.0))
    return tuple(lines)


# The deviations the minutes record, in this order when two happen at the same instant.
_RECORDED = {"inserted": 0, "skipped": 0, "reordered": 1, "paused": 2, "interrupted": 3, "card": 4}


def _happenings(state: RunState, tolerance_pause: float = 60.0) -> list[Happening]:
    """The deviations worth recording (core.deviations), as the minutes word them: pauses of a minute
    or more, inserted items once they were held."""
    found: list[tuple[tuple[int, int], Happening]] = []
    for d in deviations(state):
        if d.kind not in _RECORDED:
            continue
        held = state.items.get(d.item_id or "")
        if d.kind == "inserted" and (held is None or held.first_started is None):
            continue
        if d.kind == "paused" and ((d.actual or 0.0) < tolerance_pause or d.detail == BETWEEN_SESSIONS):
            continue  # a short pause is no happening, nor the break between two sessions
        if d.kind == "skipped":
            detail = "not-reached" if d.detail else ""
        elif d.kind == "reordered":
            detail = str(d.planned + 1) if d.planned is not None else ""
        else:
            detail = d.detail if d.kind == "card" else ""
        seconds = d.actual if d.kind in ("paused", "interrupted") else None
        found.append(((d.seq, _RECORDED[d.kind]), Happening(d.kind, local(d.at), d.item_title, detail, seconds)))
    found.sort(key=lambda pair: (pair[1].at, pair[0]))  # same instant: in the order they were recorded
    return [happening for _, happening in found]


# How each organisation writes a document's number and code (số và ký hiệu): the number, the kind of
# document (BB: biên bản) and who issues it (ĐH: the congress, BKP: its vote-counting committee). The Party
# and the youth union put the kind before the slash ("01-BB/ĐH", the youth union's "Số: 29-HD/TWĐTN-VP"),
# the state and the trade union after it ("01/BB-ĐH", the trade union's "Số: 933/QĐ-TLĐ"); a body with
# no national heading numbers its documents plainly. A reference, not words: the same in both languages.
NUMBER_FORMS: dict[str, str] = {
    "party": "{n}-{kind}/{issuer}",
    "youth": "{n}-{kind}/{issuer}",
    "state": "{n}/{kind}-{issuer}",
    "plain": "{n}",
}


def document_number(sequence: int, form: DocumentForm = "party", issuer: str = "ĐH", lang: str = "vi") -> str:
    """ "Số 01-BB/ĐH" (Party), "Số: 01-BB/ĐH" (youth union), "Số: 01/BB-ĐH" (trade union, state), "Số: 01"
    (no national heading); English "No. …" with the same reference. All documents of one congress share
    one sequence from 01; `issuer` "ĐH" for the congress's own minutes, "BKP" for a counting record."""
    reference = NUMBER_FORMS[form].format(n=f"{sequence:02d}", kind="BB", issuer=issuer)
    return catalogue_text(f"minutes.number.{form}", lang, reference=reference)


def build_minutes(
    program: Program, state: RunState, *, mode: str = "live", number: int = 1, lang: str = "vi"
) -> Minutes:
    """The minutes of one run (its state: the fold of its journal). ValueError when it never started."""
    started, last = state.started_at, state.last_at  # a started run has both
    if not state.started or started is None or last is None:
        raise ValueError("the run has not started: there is nothing to record")
    ended = state.finished_at if state.finished else None
    convened = program.congress.delegates_convened

    votes_by_item: dict[str | None, list[VoteLine]] = {}
    all_votes: list[VoteLine] = []
    for recorded in state.logs.votes:
        item = state.items[recorded.item_id].item if recorded.item_id in state.items else None
        line = vote_line(item, recorded, lang)
        votes_by_item.setdefault(recorded.item_id, []).append(line)
        all_votes.append(line)

    rounds_by_item: dict[str | None, list[ElectionRound]] = {}
    all_rounds: list[ElectionRound] = []
    for recorded in state.logs.ballots:
        item = state.items[recorded.item_id].item if recorded.item_id in state.items else None
        counted = election_round(item, recorded, lang)
        rounds_by_item.setdefault(recorded.item_id, []).append(counted)
        all_rounds.append(counted)

    moved = {move.item_id for move in state.logs.moves}
    breaks = session_breaks(state)  # the morning's last item ends when the lunch break began
    sessions: list[SessionLine] = []
    number_in_order = 0
    adopted: datetime | None = None
    for session in program.sessions:
        lines = []
        for run in state.in_order():
            if run.session_id != session.id:
                continue
            item = run.item
            if run.status in ("done", "current"):
                number_in_order += 1
                shown = number_in_order
            else:
                shown = 0
            if _is_minutes_item(item) and run.first_started is not None:
                adopted_votes = votes_by_item.get(item.id)
                adopted = adopted_votes[-1].at if adopted_votes else local(run.last_ended or run.first_started)
            lines.append(
                ItemLine(
                    number=shown,
                    item_id=item.id,
                    title=item.title,
                    kind=item.kind,
                    by=item.by,
                    session_id=run.session_id,
                    status=run.status,
                    start=local(run.first_started) if run.first_started is not None else None,
                    end=local(breaks[item.id].start if item.id in breaks else run.last_ended)
                    if run.last_ended is not None
                    else None,
                    spent=run.spent,
                    planned=item.duration,
                    inserted=run.inserted,
                    moved=item.id in moved,
                    upper_level=_is_upper_level(item),
                    speakers=_speaker_lines(state.speakers.get(item.id), item, state.last_at)
                    if item.kind == "discussion"
                    else (),
                    votes=tuple(votes_by_item.get(item.id, ())),
                    elections=tuple(rounds_by_item.get(item.id, ())),
                )
            )
        sessions.append(SessionLine(session.id, session.title, session.date, tuple(lines)))

    congress = program.congress
    opened = local(started)
    header = Header(
        superior=congress.superior,
        organization=congress.organization,
        congress_name=congress.congress_name,
        title=congress.title,
        number=document_number(number, congress.form, lang=lang),
        place=congress.place,
        date=(local(ended) if ended is not None else opened).date(),
        venue=congress.venue,
        heading=congress.heading,
        motto=congress.motto,
        mark=congress.mark,
    )
    attendance = tuple(
        AttendanceLine(
            local(a.at),
            a.convened,
            a.present,
            a.absent,
            a.reason,
            a.with_reason,
            a.alternates,
            a.excused,
            a.correction,
            a.previous_convened,
            _quorum_needed(program, a),
        )
        for a in state.logs.attendance
    )
    if state.logs.attendance:  # a journaled correction of the number convened stands in the minutes
        convened = state.logs.attendance[-1].convened
    counting = tuple(document_number(number + i, congress.form, "BKP", lang) for i in range(1, len(all_rounds) + 1))
    return Minutes(
        header=header,
        mode=mode,
        finished=state.finished,
        opened=opened,
        closed=local(ended) if ended is not None else None,
        delegates_convened=convened,
        attendance=attendance,
        sessions=tuple(sessions),
        votes=tuple(all_votes),
        elections=tuple(all_rounds),
        happenings=tuple(_happenings(state)),
        adopted_at=adopted,
        counting_numbers=counting,
        as_of=local(last),
        guests=tuple(g.strip() for g in congress.guests if g.strip()),
        signers=congress.signers,
        members=congress.members,
        elected_bodies=_elected_bodies(all_rounds),
        bases=_bases(all_votes),
    )


def _elected_bodies(rounds: list[ElectionRound]) -> tuple[ElectedBody, ...]:
    """Per election item, in the order the items were first counted: everyone its rounds elected."""
    found: dict[str | None, ElectedBody] = {}
    for r in rounds:
        body = found.get(r.item_id) or ElectedBody(r.item_id, r.body, 0, (), 0)
        elected = body.elected
        if r.result is not None and not r.result.void:
            elected += tuple(n for n in r.result.elected if n not in elected)
        # The first round is for every seat; later rounds only for those left.
        found[r.item_id] = ElectedBody(r.item_id, r.body, body.seats or r.seats, elected, body.rounds + 1)
    return tuple(found.values())


def _bases(votes: list[VoteLine]) -> dict[str, tuple[int, ...]]:
    """Which rows of the vote table were decided against which base (convened, present, cast, valid)."""
    bases: dict[str, tuple[int, ...]] = {}
    for number, vote in enumerate(votes, 1):
        if vote.result is not None:
            bases[vote.result.base] = bases.get(vote.result.base, ()) + (number,)
    return bases


def _quorum_needed(program: Program, attendance: Attendance) -> int | None:
    found = quorum(program, attendance)
    return found.needed if found is not None else None


__all__ = [
    "AttendanceLine",
    "ElectedBody",
    "ElectionRound",
    "Happening",
    "Header",
    "ItemLine",
    "Minutes",
    "SessionLine",
    "Signers",
    "SpeakerLine",
    "VoteLine",
    "build_minutes",
    "election_round",
    "vote_line",
]
