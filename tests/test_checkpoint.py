"""Checkpoints: a run resumed from its last checkpoint is the run a full replay gives, and a checkpoint
that is stale, foreign to this code or no longer matches the chain is ignored, never trusted."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presidium.app import resume as resume_module
from presidium.app.session import CongressSession
from presidium.core.checkpoint import CheckpointError, Encoder, decode_state
from presidium.core.clock import FakeClock
from presidium.core.events import Event
from presidium.core.run import apply, fold, initial_state
from presidium.core.run_messages import InvalidAction
from presidium.infra.checkpoints import code_version
from presidium.infra.journal import Journal
from support.programs import ACTIONS, T0, make_program, planned_start

PROGRAM = make_program()
# The run-engine's actions plus the speakers' and an inserted item's, so every record type is kept.
STEPS = ACTIONS | {
    "goto-discussion": ("goto", {"item": "tham-luan"}),
    "floor": ("speaker-floor", {"name": "Trần Thị Bình", "unit": "Chi bộ 3", "seconds": 300}),
    "speaker": ("speaker", {}),
    "speaker-done": ("speaker-done", {}),
    "ballot-candidates": (
        "ballot",
        {"issued": 140, "returned": 139, "invalid": 1, "votes": {"Nguyễn Văn An": 130, "Lê Văn Cường": 12}},
    ),
}


def random_run(steps: list[tuple[str, int]]) -> list[Event]:
    state, accepted, now = initial_state(PROGRAM), [], T0
    for name, gap in steps:
        now += gap
        kind, payload = STEPS[name]
        if kind == "undo":
            payload = {"seq": state.last_seq}
        event = Event(state.last_seq + 1, kind, now, payload)
        try:
            state = apply(state, event)
        except InvalidAction:
            continue
        accepted.append(event)
    return accepted


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(sorted(STEPS)), st.integers(0, 600)), max_size=50), st.data())
def test_resuming_from_a_checkpoint_anywhere_gives_the_state_of_a_full_replay(steps, data):
    events = random_run(steps)
    cut = data.draw(st.integers(0, len(events)), label="checkpoint after event")
    text = Encoder().encode(fold(PROGRAM, events[:cut]))
    resumed = fold(PROGRAM, events[cut:], decode_state(text, PROGRAM))
    full = fold(PROGRAM, events)
    assert resumed == full  # every field the run compares, logs and results included
    assert resumed.snapshot() == full.snapshot()
    assert resumed.undo_point == full.undo_point  # `undo` right after reopening restores the same
    assert Encoder().encode(resumed) == Encoder().encode(full)
    encoder = Encoder()  # as the session does: one encoder over the run's successive states
    for state in (fold(PROGRAM, events[:cut]), full):
        assert encoder.encode(state) == Encoder().encode(state)
    said = [[r.error.message("vi") for r in s.logs.votes + s.logs.ballots if r.error] for s in (resumed, full)]
    assert said[0] == said[1]  # a refusal kept in the record is still said in Vietnamese


def test_a_state_holding_an_inserted_item_and_decided_votes_reads_back_equal():
    events = random_run(
        [
            (name, 30)
            for name in (
                "start",
                "insert",
                "present",
                "vote",
                "ballot",
                "goto-discussion",
                "floor",
                "speaker",
                "pause",
                "next",
            )
        ]
    )
    state = fold(PROGRAM, events)
    back = decode_state(Encoder().encode(state), PROGRAM)
    assert back == state and back.undo_point == state.undo_point
    assert any(run.inserted for run in back.items.values())
    assert back.votes[0].result.passed is True


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        "[1, null, null]",
        "[999, [], null]",
        '[1, ["@os.system", "x"], null]',
        '[1, ["@records.Note", "only one field"], null]',
        "{" * 5000,
    ],
)
def test_text_that_is_not_a_checkpoint_of_this_code_is_refused(text):
    with pytest.raises(CheckpointError):
        decode_state(text, PROGRAM)


# --- through the session and a real journal --------------------------------------------------------
@pytest.fixture
def small_interval(monkeypatch):
    monkeypatch.setattr(resume_module, "CHECKPOINT_EVERY", 5)


def record_a_run(db, actions: int = 23) -> tuple[FakeClock, dict]:
    clock = FakeClock(planned_start(PROGRAM))
    session = CongressSession.open(PROGRAM, db, "rehearsal", clock)
    session.start()
    for index in range(actions - 1):
        clock.advance(17)
        if index % 4 == 3:
            session.next()
        elif index % 4 == 1:
            session.record_vote(140, 1, 1) if session.state.current_item.kind == "vote" else session.use_card(
                "mat-dien"
            )
        else:
            session.note(f"ghi chú {index}", "other")
    snapshot = session.state.snapshot()
    session.close()
    return clock, snapshot


def reopen(db, clock) -> CongressSession:
    clock.advance(60)
    return CongressSession.open(PROGRAM, db, "rehearsal", clock)


def test_a_long_run_reopens_from_its_last_checkpoint_with_the_state_it_had(tmp_path, small_interval, monkeypatch):
    db = tmp_path / "j.db"
    clock, before = record_a_run(db)
    with Journal.open(db, readonly=True) as journal:
        checkpoint = journal.checkpoint(1, code_version())
        assert checkpoint is not None and checkpoint.seq == 20  # the latest only, the one after event 20
    folded: list[int] = []
    real_fold = resume_module.fold
    monkeypatch.setattr(
        resume_module, "fold", lambda p, events, start=None: folded.append(len(events)) or real_fold(p, events, start)
    )
    session = reopen(db, clock)
    assert folded == [3]  # events 21–23 only
    assert not session.warnings
    after = session.state.snapshot()
    assert {k: v for k, v in after.items() if k not in ("last_seq", "last_at", "logs")} == {
        k: v for k, v in before.items() if k not in ("last_seq", "last_at", "logs")
    }
    assert session.state == fold(PROGRAM, session.events())  # the `reopened` event added on top
    session.close()


def _tamper(db, sql: str, *params) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE checkpoints SET version = '0.0.9/1/0000000000000000'",  # written by other code
        "UPDATE checkpoints SET event_hash = 'ab' || substr(event_hash, 3)",  # not the chain's hash of its event
        "UPDATE checkpoints SET state = '[1, [\"@records.Note\"], null]'",  # not a state this code reads
    ],
)
def test_a_checkpoint_that_cannot_be_trusted_is_ignored_and_every_event_folded(tmp_path, small_interval, change):
    db = tmp_path / "j.db"
    clock, _ = record_a_run(db)
    _tamper(db, change)
    session = reopen(db, clock)
    assert session.state == fold(PROGRAM, session.events())
    assert session.state.last_seq == 24 and not session.warnings
    session.close()


def test_an_event_altered_after_the_checkpoint_is_still_reported_on_reopening(tmp_path, small_interval):
    db = tmp_path / "j.db"
    clock, _ = record_a_run(db)
    _tamper(db, "UPDATE events SET payload = replace(payload, 'ghi chú', 'GHI CHÚ') WHERE seq = 22")
    session = reopen(db, clock)
    assert any("event 22" in str(w) for w in session.warnings)
    session.close()


def test_verify_still_checks_every_event_before_the_checkpoint(tmp_path, small_interval):
    db = tmp_path / "j.db"
    record_a_run(db)
    _tamper(db, "UPDATE events SET payload = replace(payload, 'ghi chú', 'GHI CHÚ') WHERE seq = 2")
    with Journal.open(db, readonly=True) as journal:
        assert journal.checkpoint(1, code_version()) is not None
        check = journal.verify()
    assert not check.ok and check.seq == 2


def test_a_change_to_the_fold_code_is_a_new_version_so_its_checkpoints_are_ignored(monkeypatch):
    from presidium.infra import checkpoints

    before = code_version()
    real = checkpoints._code_of
    monkeypatch.setattr(
        checkpoints,
        "_code_of",
        lambda module: real(module) + (b"# changed" if module.__name__.endswith(".run") else b""),
    )
    checkpoints.code_version.cache_clear()
    try:
        assert checkpoints.code_version() != before
    finally:
        checkpoints.code_version.cache_clear()


def test_without_source_files_as_in_a_frozen_build_the_fold_is_told_apart_by_its_compiled_code():
    import importlib.util
    import types

    from presidium.infra import checkpoints

    def frozen(name: str) -> types.ModuleType:
        module = types.ModuleType(name)
        module.__file__ = f"/nowhere/{name}.pyc"  # no .py beside the program, as PyInstaller ships it
        module.__spec__ = importlib.util.find_spec(name)
        return module

    run, votes = (
        checkpoints._code_of(frozen("presidium.core.run")),
        checkpoints._code_of(frozen("presidium.core.votes")),
    )
    assert run != b"-" and votes != b"-" and run != votes
    nothing = types.ModuleType("presidium.core.nothing")  # no spec, no loader: a placeholder, never a crash
    nothing.__file__ = "/nowhere/nothing.pyc"
    assert checkpoints._code_of(nothing) == b"-"
