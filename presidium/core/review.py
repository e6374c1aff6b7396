"""The post-congress review (rút kinh nghiệm) as plain data: planned against actual for one run, and
the live run against its rehearsals, with suggestions only where the figures support them.

Shared by the Word export and the review screen; the texts of the suggestions live here so both say
the same thing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from presidium.core.catalogue import Message
from presidium.core.deviations import session_breaks
from presidium.core.program import PARTY_HEADING, DocumentForm, Program
from presidium.core.run import RunState
from presidium.core.speakers import DEFAULT_ALLOWANCE, SpeakerQueue

HELD = ("done", "current")
SPEAKERS_OVER_SUGGESTION = 3 * 60  # speakers of one discussion over their allowances by more than this in all


@dataclass(frozen=True)
class RunInfo:
    id: int
    mode: str
    started: float | None
    finished: float | None
    fingerprint: str = ""


@dataclass(frozen=True)
class ItemReview:
    item_id: str
    title: str
    kind: str
    session_id: str
    status: str  # done | current | skipped | pending
    planned: int  # seconds
    actual: float  # seconds, net of pauses (0 when not held)
    planned_index: int | None  # place in the approved plan (None: inserted)
    run_index: int  # place in the running order
    inserted: bool = False
    moved: bool = False
    start: float | None = None
    end: float | None = None
    planned_start: datetime | None = None
    cards: tuple[str, ...] = ()
    rehearsals: tuple[float | None, ...] = ()  # actual seconds in each compared rehearsal; None: not held
    paused: float = 0.0  # seconds the run stood paused during the item (waiting for the quorum, a fault…)

    @property
    def held(self) -> bool:
        return self.status in HELD

    @property
    def delta(self) -> float:
        return self.actual - self.planned if self.held else 0.0


@dataclass(frozen=True)
class SessionTotal:
    id: str
    title: str
    planned: int
    actual: float
    held: int
    skipped: int
    inserted: int
    started: float | None
    ended: float | None

    @property
    def delta(self) -> float:
        return self.actual - self.planned


@dataclass(frozen=True)
class CardLine:
    title: str
    item_title: str
    at: float


@dataclass(frozen=True)
class NoteLine:
    text: str
    category: str
    item_title: str
    at: float


@dataclass(frozen=True)
class MoveLine:
    title: str
    planned_position: int | None  # 1-based
    held_position: int  # 1-based
    at: float


@dataclass(frozen=True)
class SpeakerReview:
    """One contribution to a discussion as the run recorded it."""

    name: str
    unit: str
    item_id: str
    item_title: str
    status: str  # done | speaking | absent | written | waiting (not reached)
    allowance: int  # seconds
    spoken: float | None  # seconds at the microphone, pauses excluded; None: did not speak
    floor: bool = False  # asked from the floor, not on the registered list
    started: float | None = None

    @property
    def spoke(self) -> bool:
        return self.spoken is not None

    @property
    def delta(self) -> float:
        return self.spoken - self.allowance if self.spoken is not None else 0.0

    @property
    def overrun(self) -> float:
        return max(0.0, self.delta)

    @property
    def recovered(self) -> int:
        """The allowance a written submission gave back to the congress."""
        return self.allowance if self.status == "written" else 0


@dataclass(frozen=True)
class DiscussionReview:
    """A discussion item's contributions: those who spoke in the order they spoke, then the others."""

    item_id: str
    title: str
    planned: int
    actual: float
    held: bool
    recorded: bool  # False: the run holds no speaker events for it (the list was not used at the podium)
    speakers: tuple[SpeakerReview, ...] = ()

    def with_status(self, *statuses: str) -> tuple[SpeakerReview, ...]:
        return tuple(s for s in self.speakers if s.status in statuses)

    @property
    def spoken(self) -> tuple[SpeakerReview, ...]:
        return tuple(s for s in self.speakers if s.spoke)

    @property
    def floor(self) -> tuple[SpeakerReview, ...]:
        return tuple(s for s in self.speakers if s.floor)

    @property
    def spoken_seconds(self) -> float:
        return sum(s.spoken for s in self.speakers if s.spoken is not None)

    @property
    def allowed_seconds(self) -> int:
        """The allowances of those who spoke: what their time is measured against."""
        return sum(s.allowance for s in self.spoken)

    @property
    def overrun_seconds(self) -> float:
        return sum(s.overrun for s in self.spoken)

    @property
    def recovered_seconds(self) -> int:
        return sum(s.recovered for s in self.speakers)


@dataclass(frozen=True)
class Suggestion:
    code: str
    values: dict[str, object] = field(default_factory=dict)  # the blanks, words as Messages (either language)

    def text(self, lang: str = "vi") -> str:
        """The suggestion in `lang` (catalogue/review.py, "suggestion.<code>")."""
        return Message(f"review.suggestion.{self.code}", **self.values).message(lang)


def _every(rehearsals: int) -> Message:
    """ "cả hai lần tổng duyệt" / "both rehearsals", "all 3 rehearsals"."""
    return Message("review.every.two") if rehearsals == 2 else Message("review.every.n", n=rehearsals)


def _situation(title: str, count: int) -> Message:
    key = {1: "once", 2: "twice"}.get(count, "times")
    return Message(f"review.situation.{key}", title=title, count=count)


@dataclass(frozen=True)
class Review:
    title: str
    run: RunInfo
    items: tuple[ItemReview, ...]  # running order
    sessions: tuple[SessionTotal, ...]
    cards: tuple[CardLine, ...]
    notes: tuple[NoteLine, ...]
    moves: tuple[MoveLine, ...]
    paused_seconds: float
    gaps: tuple[float, ...]  # seconds the app was down, each time
    rehearsals: tuple[RunInfo, ...]
    suggestions: tuple[Suggestion, ...]
    tolerance: float
    discussions: tuple[DiscussionReview, ...] = ()  # running order
    issuer: tuple[str, ...] = ()  # the issuing body's lines on the document (organization, congress name)
    superior: str = ""
    place: str = ""
    heading: str = PARTY_HEADING  # the national line at the top right of the document; "" for none
    finished: bool = True  # False: the run is still under way, and its pending items are yet to come
    signer: str = ""  # the presidium's signer (`[congress.signers] presidium`), printed under the signature
    motto: str = ""  # the heading's second line (tiêu ngữ) of a state-style heading
    mark: str = "*"  # under the issuing body: "*" (Party), "***" (youth union), "" (a short rule)
    form: DocumentForm = "party"  # whose number-and-code form the document takes (Congress.form)

    @property
    def planned_total(self) -> int:
        return sum(s.planned for s in self.sessions)

    @property
    def planned_so_far(self) -> int:
        """The planned time of the items reached so far: the whole plan once the run has finished."""
        return self.planned_total - sum(i.planned for i in self.pending if not i.inserted)

    @property
    def actual_total(self) -> float:
        return sum(s.actual for s in self.sessions)

    @property
    def overruns(self) -> tuple[ItemReview, ...]:
        """Items over their time by more than the tolerance, the largest first."""
        over = [i for i in self.items if i.held and i.delta > self.tolerance]
        return tuple(sorted(over, key=lambda i: (-i.delta, i.run_index)))

    @property
    def early(self) -> tuple[ItemReview, ...]:
        under = [i for i in self.items if i.held and not i.inserted and -i.delta > self.tolerance]
        return tuple(sorted(under, key=lambda i: (i.delta, i.run_index)))

    @property
    def skipped(self) -> tuple[ItemReview, ...]:
        """Items not held: skipped, or never reached before the run finished (not those still to come)."""
        return tuple(
            i for i in self.items if not i.held and not i.inserted and (i.status == "skipped" or self.finished)
        )

    @property
    def pending(self) -> tuple[ItemReview, ...]:
        """Items still to come in a run under way."""
        return () if self.finished else tuple(i for i in self.items if i.status == "pending")

    @property
    def inserted(self) -> tuple[ItemReview, ...]:
        return tuple(i for i in self.items if i.inserted)

    @property
    def speaker_overruns(self) -> tuple[SpeakerReview, ...]:
        """Speakers over their allowance by more than the tolerance, across the run, the largest first."""
        over = [s for d in self.discussions for s in d.spoken if s.overrun > self.tolerance]
        return tuple(sorted(over, key=lambda s: (-s.overrun, s.started or 0.0)))

    @property
    def spoken_seconds(self) -> float:
        return sum(d.spoken_seconds for d in self.discussions)

    @property
    def allowed_seconds(self) -> int:
        return sum(d.allowed_seconds for d in self.discussions)

    @property
    def recovered_seconds(self) -> int:
        """Time given back by contributions submitted in writing instead of spoken."""
        return sum(d.recovered_seconds for d in self.discussions)

    def notes_by_category(self) -> dict[str, tuple[NoteLine, ...]]:
        grouped: dict[str, list[NoteLine]] = {}
        for note in self.notes:
            grouped.setdefault(note.category, []).append(note)
        return {category: tuple(notes) for category, notes in grouped.items()}


# ---------------------------------------------------------------------------------------------- building


def _title(state: RunState, item_id: str | None) -> str:
    return state.items[item_id].item.title if item_id in state.items else ""


def _actuals(state: RunState) -> dict[str, float | None]:
    return {i: (r.spent if r.status in HELD else None) for i, r in state.items.items()}


def _speaker_lines(queue: SpeakerQueue, title: str, now: float) -> tuple[SpeakerReview, ...]:
    lines = [
        SpeakerReview(
            t.name, t.speaker.unit, queue.item_id, title, t.status, t.allowance, t.spoken(now), t.floor, t.started
        )
        for t in queue.turns
    ]
    lines.sort(key=lambda line: (line.started is None, line.started or 0.0))  # stable: the rest as queued
    return tuple(lines)


def _discussions(state: RunState, items: list[ItemReview], last: float) -> tuple[DiscussionReview, ...]:
    found = []
    for item in items:
        if item.kind != "discussion":
            continue
        queue = state.speakers.get(item.item_id)
        found.append(
            DiscussionReview(
                item.item_id,
                item.title,
                item.planned,
                item.actual,
                item.held,
                recorded=queue is not None,
                speakers=_speaker_lines(queue, item.title, last) if queue is not None else (),
            )
        )
    return tuple(found)


def build_review(
    program: Program,
    run: RunInfo,
    state: RunState,
    rehearsals: Sequence[tuple[RunInfo, RunState]] = (),
    tolerance: float = 60.0,
) -> Review:
    """The review of one run (its folded state); `rehearsals` are the runs it is compared with (oldest first)."""
    last = state.last_at  # the run's latest recorded moment: what a pause or a speaker still open runs to
    if not state.started or last is None:
        raise ValueError("the run has not started: there is nothing to review")
    compared = [(info, _actuals(rehearsed)) for info, rehearsed in rehearsals]
    cards_by_item: dict[str, list[str]] = {}
    for use in state.logs.cards:
        cards_by_item.setdefault(use.item_id or "", []).append(use.title)
    moved = {m.item_id for m in state.logs.moves}
    paused: dict[str, float] = {}
    breaks = {pause.seq for pause in session_breaks(state).values()}  # lunch is not the item's time
    for pause in (p for p in state.logs.pauses if p.seq not in breaks):
        end = pause.end if pause.end is not None else last
        paused[pause.item_id or ""] = paused.get(pause.item_id or "", 0.0) + (end - pause.start)
    items = []
    for position, item_id in enumerate(state.order):
        r = state.items[item_id]
        slot = program.slot(item_id) if program.has_item(item_id) else None
        items.append(
            ItemReview(
                item_id=item_id,
                title=r.item.title,
                kind=r.item.kind,
                session_id=r.session_id,
                status=r.status,
                planned=r.item.duration,
                actual=r.spent if r.status in HELD else 0.0,
                planned_index=slot.index if slot else None,
                run_index=position,
                inserted=r.inserted,
                moved=item_id in moved,
                start=r.first_started,
                end=r.last_ended,
                planned_start=slot.start if slot else None,
                cards=tuple(cards_by_item.get(item_id, ())),
                rehearsals=tuple(actuals.get(item_id) for _, actuals in compared),
                paused=paused.get(item_id, 0.0),
            )
        )
    sessions = []
    for session in program.sessions:
        mine = [i for i in items if i.session_id == session.id]
        starts = [i.start for i in mine if i.start is not None]
        ends = [i.end for i in mine if i.end is not None]
        sessions.append(
            SessionTotal(
                session.id,
                session.title,
                session.planned_seconds,
                sum(i.actual for i in mine),
                sum(1 for i in mine if i.held),
                sum(1 for i in mine if not i.held and not i.inserted and (i.status == "skipped" or state.finished)),
                sum(1 for i in mine if i.inserted),
                min(starts) if starts else None,
                max(ends) if ends else None,
            )
        )
    review = Review(
        title=program.congress.title,
        run=run,
        items=tuple(items),
        sessions=tuple(sessions),
        cards=tuple(CardLine(u.title, _title(state, u.item_id), u.at) for u in state.logs.cards),
        notes=tuple(NoteLine(n.text, n.category, _title(state, n.item_id), n.at) for n in state.logs.notes),
        moves=tuple(
            MoveLine(
                _title(state, m.item_id), None if m.planned_index is None else m.planned_index + 1, m.to_index + 1, m.at
            )
            for m in state.logs.moves
        ),
        paused_seconds=sum(((p.end if p.end is not None else last) - p.start) for p in state.logs.pauses),
        gaps=tuple(g.seconds for g in state.logs.gaps),
        rehearsals=tuple(info for info, _ in compared),
        suggestions=(),
        tolerance=tolerance,
        discussions=_discussions(state, items, last),
        issuer=tuple(x for x in (program.congress.organization, program.congress.congress_name) if x),
        superior=program.congress.superior,
        place=program.congress.place,
        heading=program.congress.heading,
        finished=state.finished,
        signer=program.congress.signers.presidium,
        motto=program.congress.motto,
        mark=program.congress.mark,
        form=program.congress.form,
    )
    return _with_suggestions(review, program)


def _minutes(seconds: float) -> int:
    return int(abs(seconds) + 30) // 60


def _with_suggestions(review: Review, program: Program) -> Review:
    from dataclasses import replace

    found: list[Suggestion] = []
    tol = review.tolerance
    n_rehearsals = len(review.rehearsals)
    for item in review.overruns:
        runs = [a for a in item.rehearsals if a is not None]
        if n_rehearsals and len(runs) == n_rehearsals and all(a - item.planned > tol for a in runs):
            mean = (sum(runs) + item.actual) / (len(runs) + 1)
            found.append(
                Suggestion(
                    "overran_always" if n_rehearsals > 1 else "overran_both",
                    {
                        "title": item.title,
                        "rehearsals": n_rehearsals,
                        "every": _every(n_rehearsals),
                        "over": _minutes(mean - item.planned),
                        "proposed": math.ceil(mean / 60),
                    },
                )
            )
        elif not n_rehearsals and item.delta >= max(120.0, 0.25 * item.planned):
            found.append(
                Suggestion(
                    "overran_once",
                    {"title": item.title, "over": _minutes(item.delta), "planned": _minutes(item.planned)},
                )
            )
        if item.kind == "discussion":
            allowance = _allowance(program, item.item_id)
            found.append(
                Suggestion(
                    "discussion_written",
                    {
                        "title": item.title,
                        "over": _minutes(item.delta),
                        "count": max(1, math.ceil(item.delta / allowance)),
                        "allowance": _minutes(allowance),
                    },
                )
            )
    found.extend(_speaker_suggestions(review.discussions, program))
    for item in review.early:
        runs = [a for a in item.rehearsals if a is not None]
        # A pause inside the item (waiting for the quorum, a fault) was time the item really took: an
        # item that only looks short because the hall stood waiting is no item to cut.
        all_runs = runs + [item.actual + item.paused]
        if len(runs) == n_rehearsals and item.planned - max(all_runs) >= max(180.0, 0.3 * item.planned):
            code = "early_always" if n_rehearsals > 1 else "early_both" if n_rehearsals else "early_once"
            found.append(
                Suggestion(
                    code,
                    {
                        "title": item.title,
                        "rehearsals": n_rehearsals,
                        "every": _every(n_rehearsals),
                        "planned": _minutes(item.planned),
                        "proposed": max(1, math.ceil(max(all_runs) / 60)),
                    },
                )
            )
    for move in review.moves:
        found.append(
            Suggestion(
                "moved", {"title": move.title, "planned": move.planned_position or "–", "held": move.held_position}
            )
        )
    counts: dict[str, int] = {}
    for card in review.cards:
        counts[card.title] = counts.get(card.title, 0) + 1
    if counts:  # one suggestion naming every situation, not the same advice once per card
        # '“Mất điện” (2 lần), “Xin rút” (1 lần)' / '“Power cut” (twice), …'
        found.append(Suggestion("cards_used", {"situations": [_situation(t, n) for t, n in counts.items()]}))
    for session in review.sessions:
        if session.held and session.delta >= 600:
            found.append(Suggestion("session_over", {"title": session.title, "over": _minutes(session.delta)}))
    if review.gaps:
        found.append(Suggestion("interrupted", {"count": len(review.gaps), "total": _minutes(sum(review.gaps))}))
    for item in review.skipped:
        found.append(Suggestion("skipped", {"title": item.title}))
    return replace(review, suggestions=tuple(found))


def _allowance(program: Program, item_id: str) -> int:
    source = program.item(item_id) if program.has_item(item_id) else None
    return (source.speaker_allowance if source else None) or DEFAULT_ALLOWANCE


def _speaker_suggestions(discussions: tuple[DiscussionReview, ...], program: Program) -> list[Suggestion]:
    found = []
    for d in discussions:
        over = [s for s in d.spoken if s.overrun > 0]
        if d.overrun_seconds > SPEAKERS_OVER_SUGGESTION:
            most = max(over, key=lambda s: s.overrun)
            found.append(
                Suggestion(
                    "speakers_over",
                    {
                        "title": d.title,
                        "count": len(over),
                        "over": _minutes(d.overrun_seconds),
                        "name": most.name,
                        "most": _minutes(most.overrun),
                        "allowance": _minutes(_allowance(program, d.item_id)),
                    },
                )
            )
        written = d.with_status("written")
        if written:
            found.append(
                Suggestion(
                    "written_recovered",
                    {"title": d.title, "count": len(written), "recovered": _minutes(d.recovered_seconds)},
                )
            )
        floor = [s for s in d.floor if s.spoke]
        if floor:
            found.append(
                Suggestion(
                    "floor_spoke",
                    {"title": d.title, "count": len(floor), "spoken": _minutes(sum(s.spoken or 0.0 for s in floor))},
                )
            )
    return found
