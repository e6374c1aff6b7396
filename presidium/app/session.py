"""CongressSession: program + journal + clock + run state, without Qt.

Every action goes one way: validate (fold it on the current state) → append to the journal
(durable) → adopt the new state → notify subscribers. So the screen never shows anything the
journal does not hold, and a crash loses nothing that was shown.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from presidium.app.resume import checkpoint_after, replayed
from presidium.app.resume import resume as resume_run
from presidium.core.admit import admit
from presidium.core.catalogue import Message
from presidium.core.checkpoint import Encoder
from presidium.core.clock import Clock, RealClock
from presidium.core.deviations import Deviation, deviations
from presidium.core.durations import parse_duration
from presidium.core.events import Event, normalized
from presidium.core.program import Program
from presidium.core.run import RunState, apply, fold
from presidium.core.run_messages import InvalidAction, VoteRefused
from presidium.core.text_input import normalize_name
from presidium.core.timers import RunTimers, Thresholds, run_timers
from presidium.infra.journal import MODES, Journal, JournalError, JournalLocked, RunRecord

log = logging.getLogger(__name__)
Listener = Callable[[Event], None]


HEARTBEAT = 15.0  # seconds between two heartbeats of a writing window


class CongressSession:
    def __init__(
        self,
        program: Program,
        journal: Journal,
        clock: Clock,
        mode: str,
        *,
        run_id: int | None = None,
        events: list[Event] | None = None,
        resumed: bool = False,
        warnings: list[str] | None = None,
        undo_window: float = 30.0,
        thresholds: Thresholds = Thresholds(),
        tolerance: float = 60.0,
        state: RunState | None = None,
        readonly: bool = False,
        zone: tuple[str | None, int] | None = None,
    ) -> None:
        """`state`: the fold of `events`, when the caller has it already (a resumed run is not folded twice).
        `readonly`: a view of a journal another window writes; every action is refused (`view-only`).
        `zone`: (IANA name, UTC offset) recorded when the run starts; default this machine's."""
        if mode not in MODES:
            raise ValueError(f"unknown mode “{mode}” (rehearsal or live)")
        self._program = program
        self._journal = journal
        self._clock = clock
        self._mode = mode
        self._run_id = run_id
        self._state = state if state is not None else fold(program, events or [])
        self._listeners: list[Listener] = []
        self.resumed = resumed
        self.warnings: list[str] = list(warnings or [])  # `warning` Messages: English str, .message(lang)
        self.undo_window = undo_window
        self.thresholds = thresholds
        self.tolerance = tolerance
        self.readonly = readonly
        self._zone = zone
        self._last_beat = float("-inf")
        self._checkpointed = 0  # seq of the run's last checkpoint (app/resume.py)
        self._encoder = Encoder()
        self._clock_notice: Message | None = None
        self.mirror: Any = None  # infra.backup.Mirror keeping a standby copy, if one is set
        # A writer that ended without releasing the journal's lock: said in the next start or reopened event.
        taken = journal.taken_over
        self._takeover: dict[str, Any] | None = taken.as_payload() if taken is not None else None

    @classmethod
    def open(
        cls,
        program: Program,
        db_path: str | os.PathLike[str],
        mode: str = "rehearsal",
        clock: Clock | None = None,
        *,
        resume: bool = True,
        **options: Any,
    ) -> CongressSession:
        """Open the journal; resume the unfinished run of this mode if there is one (then
        `resumed` is True and a `reopened` event records how long the app was down)."""
        clock = clock or RealClock()
        journal = Journal.open(db_path)
        try:
            return cls._open(program, journal, mode, clock, resume, options)
        except BaseException:
            journal.close()
            raise

    @classmethod
    def view(
        cls,
        program: Program,
        db_path: str | os.PathLike[str],
        mode: str = "rehearsal",
        clock: Clock | None = None,
        **options: Any,
    ) -> CongressSession:
        """A read-only view of the run of this mode in a journal that another window writes (its
        unfinished run, else its latest): nothing is written; `follow()` picks up what the writer adds."""
        journal = Journal.open(db_path, readonly=True)
        try:
            with journal.snapshot():
                records = journal.runs(mode)
                record = journal.unfinished_run(mode) or (records[-1] if records else None)
                events = journal.events(record.id) if record is not None else []
            session = cls(
                program,
                journal,
                clock or RealClock(),
                mode,
                run_id=record.id if record else None,
                state=_replayed(program, events, record.id) if record else None,
                readonly=True,
                **options,
            )
        except BaseException:
            journal.close()
            raise
        return session

    def follow(self) -> bool:
        """In a read-only view: adopt the events the writing window recorded since; True if any."""
        if not self.readonly:
            return False
        with self._journal.snapshot():
            if self._run_id is None:
                record = self._journal.unfinished_run(self._mode)
                if record is None:
                    return False
                self._run_id = record.id
            head = self._journal.run(self._run_id).head_seq
            if head == self._state.last_seq:
                return False
            events = self._journal.events(self._run_id, after=self._state.last_seq)
        self._state = _replayed(self._program, events, self._run_id, self._state)  # only what was added
        if events:
            self._notify(events[-1])
        return True

    @classmethod
    def _open(
        cls, program: Program, journal: Journal, mode: str, clock: Clock, resume: bool, options: dict[str, Any]
    ) -> CongressSession:
        warnings: list[str] = [Message("session.unlocked")] if journal.unlocked else []
        if mode == "live":
            rehearsed = journal.rehearsed_fingerprint()
            if rehearsed is None:
                warnings.append(Message("session.no-rehearsal"))
            elif rehearsed != program.fingerprint:
                warnings.append(
                    Message(
                        "session.not-rehearsed", rehearsed=rehearsed[:12] or "—", now=program.fingerprint[:12] or "—"
                    )
                )
        record = journal.unfinished_run(mode) if resume else None
        if record is None:
            return cls(program, journal, clock, mode, warnings=warnings, **options)
        if record.fingerprint != program.fingerprint:
            warnings.append(Message("session.other-version", run=record.id))
        # From the last checkpoint; refuses, with the reason, a run this program cannot continue.
        state, check, checkpointed = resume_run(journal, record, program)
        if not check.ok:
            warnings.append(Message("session.journal-altered", problem=check.problem))
        session = cls(
            program, journal, clock, mode, run_id=record.id, resumed=True, warnings=warnings, state=state, **options
        )
        session._checkpointed = checkpointed
        # The outage began when the window was last alive, not at its last action (the heartbeat).
        since = max(session._state.last_at or 0.0, min(journal.last_beat(record.id) or 0.0, clock.now()))
        session._record("reopened", {"since": since, "takeover": session._takeover, "host": _host()})
        session._takeover = None
        return session

    # --- read API --------------------------------------------------------------------------
    @property
    def journal_path(self) -> Path:
        """The journal's file: the program editor looks there for a live run of the program it saves."""
        return Path(self._journal.path)

    @property
    def program(self) -> Program:
        return self._program

    @property
    def state(self) -> RunState:
        return self._state

    @property
    def run_id(self) -> int | None:
        """None until the run is started (a run is only written to the journal by `start`)."""
        return self._run_id

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def journal(self) -> Journal:
        return self._journal

    def now(self) -> float:
        return self._clock.now()

    def timers(self, now: float | None = None) -> RunTimers:
        return run_timers(self._state, self._clock.now() if now is None else now, self.thresholds)

    def deviations(self, now: float | None = None) -> list[Deviation]:
        return deviations(self._state, self._clock.now() if now is None else now, self.tolerance)

    def events(self) -> list[Event]:
        return self._journal.events(self._run_id) if self._run_id is not None else []

    def subscribe(self, callback: Listener) -> Callable[[], None]:
        """Call `callback(event)` after every recorded action; returns the function that unsubscribes."""
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

    def set_mirror(self, folder: str | os.PathLike[str] | None) -> None:
        """Keep a consistent copy of the journal in `folder` after every recorded action (None: stop)."""
        from presidium.infra.backup import Mirror

        if self.mirror is not None:
            self.mirror.close()
            self.mirror = None
        if folder and not self.readonly:
            self.mirror = Mirror(self._journal.path, folder)
            self.mirror.request()  # a copy at once: the standby has something from the first minute

    def close(self) -> None:
        try:
            self.set_mirror(None)  # the last copy is finished before the journal closes
        finally:
            self._journal.close()

    # --- actions -----------------------------------------------------------------------------
    def start(self) -> Event:
        if self._zone is None:
            from presidium.infra.localzone import local_zone

            self._zone = local_zone()
        name, offset = self._zone
        event = self._record("start", {"takeover": self._takeover, "tz": name, "utc_offset": offset, "host": _host()})
        self._takeover = None
        return event

    def next(self) -> Event:
        return self._record("next", {})

    def back(self) -> Event:
        return self._record("back", {})

    def pause(self) -> Event:
        return self._record("pause", {})

    def resume(self) -> Event:
        return self._record("resume", {})

    def toggle_pause(self) -> Event:
        return self.resume() if self._state.paused else self.pause()

    def skip(self, item_id: str | None = None) -> Event:
        """Skip the current item (and open the next), or mark a later item as skipped."""
        return self._record("skip", {"item": item_id})

    def goto(self, item_id: str) -> Event:
        return self._record("goto", {"item": item_id})

    def insert(self, title: str, duration: int | str, kind: str = "procedure", item_id: str | None = None) -> Event:
        """An unplanned item right after the current one; duration in seconds or as "10m"."""
        if isinstance(duration, str):
            try:
                duration = parse_duration(duration)
            except ValueError as error:
                raise InvalidAction("insert-duration", title=title, detail=str(error)) from None
        return self._record("insert", {"title": title, "kind": kind, "duration": duration, "id": item_id})

    def use_card(self, card_id: str) -> Event:
        return self._record("card", {"card": card_id})

    def note(self, text: str, category: str = "other") -> Event:
        return self._record("note", {"text": text, "category": category})

    def set_attendance(
        self,
        present: int,
        convened: int | None = None,
        absent: int | None = None,
        reason: str = "",
        excused: int | None = None,
        *,
        with_reason: int | None = None,
        alternates: int | None = None,
    ) -> Event:
        """The credentials figures now: present, and of the absent those `with_reason` (`reason` says
        why) and those `excused` for the whole congress without a substitute; `alternates` seated among
        the present. `convened`, when given, must be the number in force (see `correct_convened`)."""
        return self._record(
            "present",
            {
                "present": present,
                "convened": convened,
                "absent": absent,
                "reason": reason or None,
                "excused": excused or None,
                "with_reason": with_reason or None,
                "alternates": alternates or None,
            },
        )

    def correct_convened(self, convened: int, reason: str) -> Event:
        """Change the number convened (an alternate admitted, a delegate struck off the list), with why."""
        return self._record("convened", {"convened": convened, "reason": reason})

    def record_attendance(
        self,
        present: int,
        *,
        convened: int | None = None,
        correction: str = "",
        with_reason: int | None = None,
        reason: str = "",
        excused: int | None = None,
        alternates: int | None = None,
    ) -> list[Event]:
        """The attendance form as one action: a correction of the number convened to `convened` (when it
        differs from the number in force, `correction` saying why) and the credentials figures. Both are
        checked together before either is written, so a refusal of one leaves the journal as it was.

        The correction comes first, so the figures count against the corrected number; except when it
        lowers the number below those present in force (before any report: all convened), where the new
        figures must be in force first for the correction to be possible at all."""
        figures = {
            "present": present,
            "reason": reason or None,
            "excused": excused or None,
            "with_reason": with_reason or None,
            "alternates": alternates or None,
        }
        steps: list[tuple[str, dict[str, Any]]] = [("present", figures)]
        checks = steps
        if convened is not None and convened != self._state.convened_in_force:
            change = ("convened", {"convened": convened, "reason": correction})
            if convened < self._state.present_in_force:
                steps = [("present", figures), change]
                checks = [*steps, ("present", figures)]  # the figures must hold against the new number too
            else:
                steps = checks = [change, ("present", figures)]
        if self.readonly:
            raise JournalError("view-only")
        trial, at = self._state, self._clock.now()
        for kind, payload in checks:  # a dry run: InvalidAction before anything is written
            trial = _folded(trial, kind, payload, max(at, trial.last_at or at))[1]
        return [self._record(kind, payload) for kind, payload in steps]

    def record_vote(
        self,
        for_: int | None = None,
        against: int | None = None,
        abstain: int | None = None,
        *,
        unanimous: bool = False,
        item_id: str | None = None,
        raw: str | None = None,
        withdraw: str | None = None,
        nominate: str | None = None,
        quorum_confirmed: bool = False,
    ) -> Event:
        """A show of hands on the item's question; with `withdraw` or `nominate` NAME, on a change to
        the election item's candidate list (decided by its own vote). Below the quorum it is refused
        unless `quorum_confirmed`: the presidium decided to go ahead, and the journal says so."""
        return self._record(
            "vote",
            {
                "for": for_,
                "against": against,
                "abstain": abstain,
                "unanimous": unanimous or None,
                "item": item_id,
                "raw": raw,
                "withdraw": _name(withdraw),
                "nominate": _name(nominate),
                "quorum_confirmed": quorum_confirmed or None,
            },
            check=lambda state: _refuse_undecided(state.logs.votes[-1]),
        )

    def record_ballot(
        self,
        issued: int | None,
        returned: int | None,
        invalid: int | None,
        votes: dict[str, int],
        *,
        item_id: str | None = None,
        raw: str | None = None,
        seats: int | None = None,
        candidates: list[str] | None = None,
        stations: list[dict] | None = None,
        quorum_confirmed: bool = False,
    ) -> Event:
        """One counting record. `seats`/`candidates` set a further round the congress changed; by
        default a round follows what the last one proposed (tie, unfilled seats, void count). A figure
        left out (None) is refused by the fold as a bad count, with nothing written.
        `stations`: the counting stations a reconciled result came from, with their head hashes."""
        named = [(normalize_name(str(name)), count) for name, count in votes.items()]
        seen: set[str] = set()
        for name, _ in named:  # two spellings of one name would otherwise merge, last value winning
            if name in seen:
                raise InvalidAction("name-twice", name=name)
            seen.add(name)
        return self._record(
            "ballot",
            {
                "issued": issued,
                "returned": returned,
                "invalid": invalid,
                "votes": dict(named),
                "item": item_id,
                "raw": raw,
                "seats": seats,
                "candidates": [normalize_name(n) for n in candidates] if candidates else None,
                "stations": stations,
                "quorum_confirmed": quorum_confirmed or None,
            },
            check=lambda state: _refuse_undecided(state.logs.ballots[-1]),
        )

    def record_ballot_result(
        self,
        path: str | os.PathLike[str],
        *,
        issued: int | None = None,
        item_id: str | None = None,
        quorum_confirmed: bool = False,
    ) -> Event:
        """The counting committee's reconciled result file, recorded as the same ballot event a typed
        counting record makes. Refused (nothing written) when the file was altered, was counted on
        another program, item or list than this round's, or lacks the ballots issued; below the
        quorum, as a typed record is, unless `quorum_confirmed`."""
        from presidium.app.counting_result import ballot_terms, read_result
        from presidium.core.counting.messages import CountingError

        try:
            accepted = read_result(Path(path))
            terms = _result_terms(self._state, self._program, accepted, Path(path), item_id)
            issued = accepted.issued if issued is None else issued
            if issued is None:
                raise CountingError("counting.result-issued", path=Path(path))
        except CountingError as refused:
            raise VoteRefused(refused) from None
        return self.record_ballot(
            issued,
            item_id=terms,
            raw=f"ballot-result {Path(path).name}",
            quorum_confirmed=quorum_confirmed,
            **ballot_terms(accepted),
        )

    # --- the discussion's speakers (current item) ------------------------------------------------
    def call_speaker(self, name: str | None = None) -> Event:
        """Give the floor to `name`, or to the next one waiting; whoever was speaking is done."""
        return self._record("speaker", {"name": _name(name)})

    def speaker_done(self) -> Event:
        return self._record("speaker-done", {})

    def speaker_absent(self, name: str) -> Event:
        return self._record("speaker-absent", {"name": _name(name)})

    def speaker_written(self, name: str) -> Event:
        """The contribution is handed in writing instead of spoken (gửi tham luận bằng văn bản)."""
        return self._record("speaker-written", {"name": _name(name)})

    def add_floor_speaker(self, name: str, unit: str = "", topic: str = "", seconds: int | None = None) -> Event:
        return self._record(
            "speaker-floor", {"name": _name(name), "unit": unit or None, "topic": topic or None, "seconds": seconds}
        )

    def move_speaker(self, name: str, by: int) -> Event:
        """Move a waiting speaker `by` places (negative: earlier)."""
        return self._record("speaker-move", {"name": _name(name), "by": by})

    def finish(self) -> Event:
        return self._record("finish", {})

    # --- keeping time true -----------------------------------------------------------------------
    def beat(self) -> None:
        """Called often by the window: at most every HEARTBEAT seconds, note in the journal (outside
        the chain) that this window is alive, so a later resume measures the outage from the crash."""
        if self.readonly or self._run_id is None or self._state.finished:
            return
        now = self._clock.now()
        if now - self._last_beat < HEARTBEAT:
            return
        self._last_beat = now
        try:
            self._journal.beat(self._run_id, now)
        except JournalError:  # never an alarm for the chair: the next action will say if the disk is gone
            log.log(logging.WARNING, "heartbeat not written", exc_info=True)

    def check_clock(self) -> Message | None:
        """What to tell the chair, once, after the clock was found to have missed time (a sleeping
        laptop): the gap is journaled as a `clock` event when a run is in progress."""
        self._absorb_clock_jump()
        notice, self._clock_notice = self._clock_notice, None
        return notice

    def _absorb_clock_jump(self) -> None:
        take = getattr(self._clock, "take_jump", None)
        gap = take() if take is not None else 0.0
        if gap <= 0:
            return
        if gap >= 90:
            self._clock_notice = Message("session.clock-slept-minutes", minutes=round(gap / 60))
        else:
            self._clock_notice = Message("session.clock-slept-seconds", seconds=round(gap))
        if not self.readonly and self._run_id is not None and self._state.started and not self._state.finished:
            try:
                self._record("clock", {"gap": round(gap, 3)})
            except (InvalidAction, JournalError):
                log.log(logging.WARNING, "clock jump of %.1f s not journaled", gap, exc_info=True)

    def undo_last(self) -> Event:
        """Take back the move between items just made (next, back, skip, goto) within
        `undo_window` seconds. Recorded as its own `undo` event; nothing leaves the journal."""
        point, last_at = self._state.undo_point, self._state.last_at
        if point is None or last_at is None:  # (a move to take back is an event, so it has a time)
            raise InvalidAction("nothing-to-undo")
        waited = self._clock.now() - last_at
        if waited > self.undo_window:
            raise InvalidAction("undo-too-late", waited=round(waited), window=round(self.undo_window))
        return self._record("undo", {"seq": point[0]})

    # --- the one path every action takes ---------------------------------------------------------
    def _record(self, kind: str, payload: dict[str, Any], check: Callable[[RunState], None] | None = None) -> Event:
        if self.readonly:
            raise JournalError("view-only")
        if kind != "clock":
            self._absorb_clock_jump()  # a gap found now is journaled before the action that found it
        state = self._state
        # Never let time run backwards in the journal (a wall-clock change while the app was down).
        at = self._clock.now()
        if state.last_at is not None:
            at = max(at, state.last_at)
        event, new_state = _folded(state, kind, payload, at)  # raises InvalidAction: nothing recorded
        if check is not None:
            check(new_state)  # may refuse too, before anything is written
        if self._run_id is None:
            self._run_id = self._journal.create_run(self._mode, self._program, event).id
        else:
            checkpoint = checkpoint_after(event, new_state, self._checkpointed, self._encoder)
            self._journal.append(self._run_id, event, checkpoint)
            if checkpoint is not None:
                self._checkpointed = checkpoint.seq
        self._state = new_state
        if self.mirror is not None:
            self.mirror.request()  # returns at once: the copy is made in the background
        self._notify(event)
        return event

    def _notify(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken view must not undo a recorded action
                log.exception("listener failed on %s", event.kind)


def _folded(state: RunState, kind: str, payload: dict[str, Any], at: float) -> tuple[Event, RunState]:
    """The action as an event and the state it leads to; InvalidAction when it cannot be right. Pure."""
    payload = normalized({k: v for k, v in payload.items() if v is not None})
    admit(state, kind, payload)  # figures and text that cannot be right: refused, nothing written
    event = Event(state.last_seq + 1, kind, at, payload)
    return event, apply(state, event)


def _host() -> str:
    """The machine recording: a run resumed on a standby laptop says so in its `reopened` event."""
    import socket

    return (socket.gethostname() or "?")[:255]


def _result_terms(state: RunState, program: Program, accepted: Any, path: Path, item_id: str | None) -> str:
    """The item a counting result is for, once it is sure the result counted this program, this item
    and this round's list and seats; CountingError otherwise."""
    from presidium.core.counting.messages import CountingError
    from presidium.core.decisions import round_terms

    if accepted.program and program.fingerprint and accepted.program != program.fingerprint:
        raise CountingError(
            "counting.result-program", path=path, theirs=accepted.program[:12], ours=program.fingerprint[:12]
        )
    paper = accepted.paper
    item_id = item_id or (state.current.id if state.current is not None else paper.item)
    if item_id != paper.item:
        raise CountingError("counting.result-item", path=path, theirs=paper.item, ours=item_id)
    if item_id not in state.items:
        raise CountingError("counting.no-item", item=item_id)
    expected = round_terms(state.items[item_id].item, {}, state.earlier_rounds(item_id), state.candidates(item_id))
    if (expected.round_no, expected.seats, tuple(expected.candidates)) != (
        paper.round_no,
        paper.seats,
        tuple(paper.candidates),
    ):
        raise CountingError(
            "counting.result-list",
            path=path,
            theirs=len(paper.candidates),
            seats_theirs=paper.seats,
            round_theirs=paper.round_no,
            ours=len(expected.candidates),
            seats_ours=expected.seats,
            round_ours=expected.round_no,
        )
    return item_id


def _name(name: str | None) -> str | None:
    """A person's name as typed, as it is stored and compared (NFC, single spaces)."""
    return normalize_name(name) if isinstance(name, str) else name


def _refuse_undecided(record: Any) -> None:
    """Figures the vote engine cannot decide (more hands than present…) are refused at the podium."""
    if record.error:
        raise VoteRefused(record.error)  # InvalidAction "vote-refused", the reason in the same language


def program_of_run(record: RunRecord) -> Program | None:
    """The program a recorded run used (the one rule: `app.recorded.recorded_program`), or None when
    neither its source file nor the journal's copy is still that program, or it cannot be read."""
    from presidium.app.recorded import recorded_program
    from presidium.core.loader import load_program_bytes
    from presidium.core.problems import ProgramError

    found = recorded_program(record)
    if found.data is None:
        return None
    try:
        return load_program_bytes(found.data, found.label, recorded=True)
    except ProgramError:
        return None


def replay(journal: Journal, run_id: int, program: Program) -> RunState:
    """The state of a recorded run (finished or not), e.g. for the minutes and the review."""
    return _replayed(program, journal.events(run_id), run_id)


_replayed = replayed


__all__ = ["CongressSession", "InvalidAction", "JournalError", "JournalLocked", "program_of_run", "replay"]
