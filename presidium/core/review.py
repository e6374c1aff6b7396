"""The post-congress review (rút kinh nghiệm) as plain data: planned against actual for one run, and
the live run against its rehearsals, with suggestions only where the figures support them.

Shared by the Word export and the review screen; the texts of the suggestions live here so both say
the same thing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from presidium.core.deviations import session_breaks
from presidium.core.program import PARTY_HEADING, Program
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
        return sum(s.spoken for s in self.spoken)

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
    values: dict = field(default_factory=dict)

    def text(self, lang: str = "vi") -> str:
        lang = lang if lang in SUGGESTIONS else "vi"
        values = dict(self.values)
        if "rehearsals" in values:  # "cả hai lần tổng duyệt" / "both rehearsals", "all 3 rehearsals"
            values["every"] = _every(values["rehearsals"], lang)
        if "situations" in values:
            values["situations"] = _situations(values["situations"], lang)
        return SUGGESTIONS[lang][self.code].format(**values)


def _every(n: int, lang: str) -> str:
    if lang == "vi":
        return "cả hai" if n == 2 else f"cả {n}"
    return "both" if n == 2 else f"all {n}"


def _situations(situations, lang: str) -> str:
    """'“Mất điện” (2 lần), “Xin rút” (1 lần)' / '“Power cut” (twice), “Withdrawal” (once)'."""
    if lang == "vi":
        return ", ".join(f"“{title}” ({count} lần)" for title, count in situations)
    times = {1: "once", 2: "twice"}
    return ", ".join(f"“{title}” ({times.get(count, f'{count} times')})" for title, count in situations)


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
        return tuple(i for i in self.items if not i.held and not i.inserted
                     and (i.status == "skipped" or self.finished))

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
    lines = [SpeakerReview(t.name, t.speaker.unit, queue.item_id, title, t.status, t.allowance,
                         t.spoken(now), t.floor, t.started)
             for t in queue.turns]
    lines.sort(key=lambda line: (line.started is None, line.started or 0.0))  # stable: the rest as queued
    return tuple(lines)


def _discussions(state: RunState, items: list[ItemReview]) -> tuple[DiscussionReview, ...]:
    found = []
    for item in items:
        if item.kind != "discussion":
            continue
        queue = state.speakers.get(item.item_id)
        found.append(DiscussionReview(
            item.item_id, item.title, item.planned, item.actual, item.held, recorded=queue is not None,
            speakers=_speaker_lines(queue, item.title, state.last_at) if queue is not None else ()))
    return tuple(found)


def build_review(program: Program, run: RunInfo, state: RunState,
                 rehearsals: list[tuple[RunInfo, RunState]] = (), tolerance: float = 60.0) -> Review:
    """The review of one run (its folded state); `rehearsals` are the runs it is compared with (oldest first)."""
    if not state.started:
        raise ValueError("the run has not started: there is nothing to review")
    compared = [(info, _actuals(rehearsed)) for info, rehearsed in rehearsals]
    cards_by_item: dict[str, list[str]] = {}
    for use in state.logs.cards:
        cards_by_item.setdefault(use.item_id or "", []).append(use.title)
    moved = {m.item_id for m in state.logs.moves}
    paused: dict[str, float] = {}
    breaks = {pause.seq for pause in session_breaks(state).values()}  # lunch is not the item's time
    for pause in (p for p in state.logs.pauses if p.seq not in breaks):
        end = pause.end if pause.end is not None else state.last_at
        paused[pause.item_id or ""] = paused.get(pause.item_id or "", 0.0) + (end - pause.start)
    items = []
    for position, item_id in enumerate(state.order):
        r = state.items[item_id]
        slot = program.slot(item_id) if program.has_item(item_id) else None
        items.append(ItemReview(
            item_id=item_id, title=r.item.title, kind=r.item.kind, session_id=r.session_id, status=r.status,
            planned=r.item.duration, actual=r.spent if r.status in HELD else 0.0,
            planned_index=slot.index if slot else None, run_index=position, inserted=r.inserted,
            moved=item_id in moved, start=r.first_started, end=r.last_ended,
            planned_start=slot.start if slot else None, cards=tuple(cards_by_item.get(item_id, ())),
            rehearsals=tuple(actuals.get(item_id) for _, actuals in compared), paused=paused.get(item_id, 0.0),
        ))
    sessions = []
    for session in program.sessions:
        mine = [i for i in items if i.session_id == session.id]
        starts = [i.start for i in mine if i.start is not None]
        ends = [i.end for i in mine if i.end is not None]
        sessions.append(SessionTotal(
            session.id, session.title, session.planned_seconds, sum(i.actual for i in mine),
            sum(1 for i in mine if i.held),
            sum(1 for i in mine if not i.held and not i.inserted and (i.status == "skipped" or state.finished)),
            sum(1 for i in mine if i.inserted), min(starts) if starts else None, max(ends) if ends else None,
        ))
    review = Review(
        title=program.congress.title, run=run, items=tuple(items), sessions=tuple(sessions),
        cards=tuple(CardLine(u.title, _title(state, u.item_id), u.at) for u in state.logs.cards),
        notes=tuple(NoteLine(n.text, n.category, _title(state, n.item_id), n.at) for n in state.logs.notes),
        moves=tuple(MoveLine(_title(state, m.item_id), None if m.planned_index is None else m.planned_index + 1,
                             m.to_index + 1, m.at) for m in state.logs.moves),
        paused_seconds=sum(((p.end if p.end is not None else state.last_at) - p.start) for p in state.logs.pauses),
        gaps=tuple(g.seconds for g in state.logs.gaps),
        rehearsals=tuple(info for info, _ in compared), suggestions=(), tolerance=tolerance,
        discussions=_discussions(state, items),
        issuer=tuple(x for x in (program.congress.organization, program.congress.congress_name) if x),
        superior=program.congress.superior, place=program.congress.place, heading=program.congress.heading,
        finished=state.finished, signer=program.congress.signers.presidium, motto=program.congress.motto,
        mark=program.congress.mark,
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
            found.append(Suggestion("overran_always" if n_rehearsals > 1 else "overran_both", dict(
                title=item.title, rehearsals=n_rehearsals, over=_minutes(mean - item.planned),
                proposed=math.ceil(mean / 60))))
        elif not n_rehearsals and item.delta >= max(120.0, 0.25 * item.planned):
            found.append(Suggestion("overran_once", dict(
                title=item.title, over=_minutes(item.delta), planned=_minutes(item.planned))))
        if item.kind == "discussion":
            allowance = _allowance(program, item.item_id)
            found.append(Suggestion("discussion_written", dict(
                title=item.title, over=_minutes(item.delta), count=max(1, math.ceil(item.delta / allowance)),
                allowance=_minutes(allowance))))
    found.extend(_speaker_suggestions(review.discussions, program))
    for item in review.early:
        runs = [a for a in item.rehearsals if a is not None]
        # A pause inside the item (waiting for the quorum, a fault) was time the item really took: an
        # item that only looks short because the hall stood waiting is no item to cut.
        all_runs = runs + [item.actual + item.paused]
        if (len(runs) == n_rehearsals and item.planned - max(all_runs) >= max(180.0, 0.3 * item.planned)):
            code = "early_always" if n_rehearsals > 1 else "early_both" if n_rehearsals else "early_once"
            found.append(Suggestion(code, dict(
                title=item.title, rehearsals=n_rehearsals, planned=_minutes(item.planned),
                proposed=max(1, math.ceil(max(all_runs) / 60)))))
    for move in review.moves:
        found.append(Suggestion("moved", dict(title=move.title, planned=move.planned_position or "–",
                                              held=move.held_position)))
    counts: dict[str, int] = {}
    for card in review.cards:
        counts[card.title] = counts.get(card.title, 0) + 1
    if counts:  # one suggestion naming every situation, not the same advice once per card
        found.append(Suggestion("cards_used", dict(situations=tuple(counts.items()))))
    for session in review.sessions:
        if session.held and session.delta >= 600:
            found.append(Suggestion("session_over", dict(title=session.title, over=_minutes(session.delta))))
    if review.gaps:
        found.append(Suggestion("interrupted", dict(count=len(review.gaps), total=_minutes(sum(review.gaps)))))
    for item in review.skipped:
        found.append(Suggestion("skipped", dict(title=item.title)))
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
            found.append(Suggestion("speakers_over", dict(
                title=d.title, count=len(over), over=_minutes(d.overrun_seconds), name=most.name,
                most=_minutes(most.overrun), allowance=_minutes(_allowance(program, d.item_id)))))
        written = d.with_status("written")
        if written:
            found.append(Suggestion("written_recovered", dict(
                title=d.title, count=len(written), recovered=_minutes(d.recovered_seconds))))
        floor = [s for s in d.floor if s.spoke]
        if floor:
            found.append(Suggestion("floor_spoke", dict(
                title=d.title, count=len(floor), spoken=_minutes(sum(s.spoken for s in floor)))))
    return found


SUGGESTIONS = {
    "vi": {
        "overran_always": "Nội dung “{title}” vượt thời gian ở {every} lần tổng duyệt và khi tiến hành "
                          "(bình quân vượt {over} phút): đề nghị điều chỉnh thời lượng lên khoảng {proposed} phút "
                          "hoặc rút gọn nội dung trình bày.",
        "overran_both": "Nội dung “{title}” vượt thời gian cả khi tổng duyệt và khi tiến hành (bình quân vượt "
                        "{over} phút): đề nghị điều chỉnh thời lượng lên khoảng {proposed} phút hoặc rút gọn nội "
                        "dung trình bày.",
        "overran_once": "Nội dung “{title}” vượt {over} phút so với {planned} phút dự kiến: đề nghị xem lại "
                        "thời lượng hoặc chuẩn bị bản tóm tắt để trình bày.",
        "discussion_written": "Phần “{title}” vượt {over} phút: đề nghị chuyển khoảng {count} tham luận sang hình "
                              "thức gửi văn bản, hoặc giới hạn mỗi tham luận không quá {allowance} phút.",
        "speakers_over": "Tại phần “{title}”, {count} đồng chí phát biểu vượt thời gian, tổng cộng {over} phút "
                         "(nhiều nhất là đồng chí {name}, vượt {most} phút): đề nghị quy định chặt chẽ mỗi tham "
                         "luận không quá {allowance} phút, thông báo trước cho các đồng chí trình bày và dùng màn "
                         "hình sân khấu nhắc khi còn 1 phút, khi hết giờ.",
        "written_recovered": "Tại phần “{title}”, {count} tham luận chuyển sang hình thức gửi văn bản đã tiết kiệm "
                             "{recovered} phút: đề nghị dự kiến trước các tham luận có thể chuyển sang gửi văn bản "
                             "khi chương trình bị chậm.",
        "floor_spoke": "Tại phần “{title}”, {count} đồng chí đăng ký phát biểu tại hội trường, sử dụng {spoken} "
                       "phút: đề nghị dành thời gian dự phòng tương ứng cho ý kiến phát biểu trực tiếp.",
        "early_always": "Nội dung “{title}” kết thúc sớm ở {every} lần tổng duyệt và khi tiến hành: có thể rút "
                        "thời lượng từ {planned} phút xuống khoảng {proposed} phút để dự phòng cho các nội dung khác.",
        "early_both": "Nội dung “{title}” kết thúc sớm cả khi tổng duyệt và khi tiến hành: có thể rút thời lượng "
                      "từ {planned} phút xuống khoảng {proposed} phút để dự phòng cho các nội dung khác.",
        "early_once": "Nội dung “{title}” kết thúc sớm hơn dự kiến: có thể rút thời lượng từ {planned} phút "
                      "xuống khoảng {proposed} phút để dự phòng cho các nội dung khác.",
        "moved": "Nội dung “{title}” phải điều chỉnh thứ tự (theo chương trình là mục {planned}, thực hiện ở vị "
                 "trí {held}): đề nghị dự kiến trước phương án bố trí linh hoạt và thống nhất thời điểm với "
                 "các đồng chí liên quan.",
        "cards_used": "Các tình huống đã phát sinh: {situations}. Đề nghị kiểm tra lại khâu chuẩn bị liên quan và "
                      "đưa phương án xử lý các tình huống này vào buổi tổng duyệt.",
        "session_over": "{title} kéo dài hơn dự kiến {over} phút: đề nghị bố trí thời gian dự phòng hoặc điều "
                        "chỉnh chương trình phiên.",
        "interrupted": "Hệ thống điều hành bị gián đoạn {count} lần (tổng cộng {total} phút): đề nghị chuẩn bị "
                       "máy tính, nguồn điện dự phòng và bản in kịch bản.",
        "skipped": "Nội dung “{title}” không được thực hiện: đề nghị xem lại sự cần thiết của nội dung này "
                   "trong chương trình.",
    },
    "en": {
        "overran_always": "“{title}” overran in {every} rehearsals and in the run itself (by {over} min "
                          "on average): allow about {proposed} min or shorten the presentation.",
        "overran_both": "“{title}” overran in the rehearsal and in the run itself (by {over} min on average): "
                        "allow about {proposed} min or shorten the presentation.",
        "overran_once": "“{title}” overran by {over} min against {planned} min planned: review its time or "
                        "prepare a summary to present.",
        "discussion_written": "“{title}” overran by {over} min: move about {count} contributions to written "
                              "submission, or hold each to {allowance} min.",
        "speakers_over": "In “{title}”, {count} speaker(s) overran, {over} min in all (most: {name}, {most} min "
                         "over): hold each contribution firmly to {allowance} min, tell the speakers beforehand and "
                         "use the stage display to warn at 1 min left and at time.",
        "written_recovered": "In “{title}”, {count} contribution(s) submitted in writing recovered {recovered} min: "
                             "agree in advance which contributions can go to writing when the day runs late.",
        "floor_spoke": "In “{title}”, {count} speaker(s) from the floor took {spoken} min: keep that much in "
                       "reserve for contributions from the floor.",
        "early_always": "“{title}” ended early in {every} rehearsals and in the run itself: its {planned} min "
                        "could shrink to about {proposed} min, leaving a reserve for other items.",
        "early_both": "“{title}” ended early in the rehearsal and in the run itself: its {planned} min could "
                      "shrink to about {proposed} min, leaving a reserve for other items.",
        "early_once": "“{title}” ended early: its {planned} min could shrink to about {proposed} min, leaving a "
                      "reserve for other items.",
        "moved": "“{title}” had to be moved (item {planned} in the program, held at position {held}): plan a "
                 "flexible slot and agree the time with those concerned in advance.",
        "cards_used": "Situations that arose: {situations}. Check the preparations concerned and take the "
                      "response to each through the rehearsal.",
        "session_over": "{title} ran {over} min over: add a reserve or adjust the session's program.",
        "interrupted": "The podium system was interrupted {count} time(s) ({total} min in all): prepare a spare "
                       "laptop, backup power and a printed script.",
        "skipped": "“{title}” was not held: review whether the program needs it.",
    },
}
