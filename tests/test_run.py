"""The run state machine: every action from every state is either allowed or refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presidium.core.events import Event
from presidium.core.run import RunState, apply, fold, initial_state
from presidium.core.run_messages import InvalidAction
from support.programs import ACTIONS, T0, make_program

PROGRAM = make_program()


def run_actions(actions: list[tuple[str, dict]], step: float = 10.0) -> RunState:
    state = initial_state(PROGRAM)
    for index, (kind, payload) in enumerate(actions):
        state = apply(state, Event(state.last_seq + 1, kind, T0 + index * step, payload))
    return state


# States worth telling apart, and how to reach each one.
STATES = {
    "ready": [],
    "first": [("start", {})],
    "middle": [("start", {}), ("next", {}), ("next", {})],
    "last": [("start", {})] + [("next", {})] * 7,
    "paused": [("start", {}), ("next", {}), ("pause", {})],
    "finished": [("start", {}), ("next", {}), ("finish", {})],
}

OK = None
RUNNING_COMMON = {
    "start": "already-started",
    "resume": "not-paused",
    "skip-done": "not-pending",
    "goto-unknown": "unknown-item",
    "insert": OK,
    "insert-untitled": "no-title",
    "card": OK,
    "card-unknown": "unknown-card",
    "note": OK,
    "note-category": "bad-category",
    "present": OK,
    "present-over": "present-over",
    "vote": OK,
    "vote-negative": "bad-count",
    "ballot": OK,
    "finish": OK,
    "reopened": OK,
    "bogus": "unknown-action",
    "pause": OK,
    "skip-later": OK,
}
EXPECTED = {
    "ready": {name: ("not-started" if name != "start" else OK) for name in ACTIONS} | {"bogus": "unknown-action"},
    "first": RUNNING_COMMON
    | {
        "next": OK,
        "back": "first-item",
        "skip": OK,
        "goto": OK,
        "goto-current": OK,
        "skip-done": OK,  # bau-dct is the current item here: skip it
        "undo": "nothing-to-undo",
    },
    "middle": RUNNING_COMMON
    | {"next": OK, "back": OK, "skip": OK, "goto": OK, "goto-current": OK, "undo": "undo-not-last"},
    "last": RUNNING_COMMON
    | {
        "next": "last-item",
        "back": OK,
        "skip": "skip-last",
        "goto": OK,
        "goto-current": OK,
        "skip-later": "not-pending",
        "undo": "undo-not-last",
    },
    "paused": RUNNING_COMMON
    | {
        "pause": "already-paused",
        "resume": OK,
        "next": "paused",
        "back": "paused",
        "skip": "paused",
        "goto": "paused",
        "goto-current": "paused",
        "goto-unknown": "paused",
        "undo": "nothing-to-undo",
    },
    "finished": dict.fromkeys(ACTIONS, "finished") | {"bogus": "unknown-action"},
}


def check_invariants(state: RunState) -> None:
    assert sorted(state.order) == sorted(state.items)
    if state.status in ("running", "paused"):
        assert [r.id for r in state.items.values() if r.status == "current"] == [state.current.id]
        assert all(state.items[i].status in ("done", "skipped") for i in state.order[: state.position])
        assert all(state.items[i].status in ("pending", "skipped") for i in state.order[state.position + 1 :])
    else:
        assert state.current is None
        assert not any(r.status == "current" for r in state.items.values())


@pytest.mark.parametrize("state_name", list(STATES))
@pytest.mark.parametrize("action_name", list(ACTIONS))
def test_every_action_from_every_state(state_name, action_name):
    before = run_actions(STATES[state_name])
    kind, payload = ACTIONS[action_name]
    expected = EXPECTED[state_name][action_name]
    event = Event(before.last_seq + 1, kind, T0 + 3600, payload)
    if expected is OK:
        after = apply(before, event)
        assert after.last_seq == before.last_seq + 1
        check_invariants(after)
    else:
        with pytest.raises(InvalidAction) as refused:
            apply(before, event)
        assert refused.value.code == f"run.{expected}"
        assert refused.value.message("vi") and refused.value.message("en") != refused.value.message("vi")
        assert "{" not in refused.value.message("vi") + refused.value.message("en")


def test_states_reached_are_the_ones_named():
    assert run_actions(STATES["middle"]).current_item.id == "quy-che"
    assert run_actions(STATES["last"]).current_item.id == "be-mac"
    assert run_actions(STATES["paused"]).paused
    assert run_actions(STATES["finished"]).finished


def test_refusals_name_the_item_in_both_languages():
    state = run_actions(STATES["last"])
    with pytest.raises(InvalidAction) as refused:
        apply(state, Event(state.last_seq + 1, "next", T0 + 999, {}))
    assert "“Bế mạc” is the last item" in str(refused.value)
    assert refused.value.message("vi").startswith("“Bế mạc” là mục cuối cùng")


def test_next_records_actual_start_and_end_of_each_item():
    state = run_actions([("start", {}), ("next", {}), ("next", {})], step=100)
    assert state.items["bau-dct"].first_started == T0
    assert state.items["bau-dct"].last_ended == T0 + 100
    assert state.items["thong-qua-ct"].first_started == T0 + 100
    assert state.items["thong-qua-ct"].spent == 100
    assert state.statuses()["thong-qua-ct"] == "done"
    assert state.current_item.id == "quy-che" and state.next_item.id == "chao-co"


def test_back_reopens_the_previous_item_and_returns_the_left_one_to_pending():
    state = run_actions([("start", {}), ("next", {}), ("back", {})], step=60)
    assert state.current_item.id == "bau-dct"
    assert state.items["bau-dct"].visits == 2
    assert state.items["thong-qua-ct"].status == "pending"
    assert state.next_item.id == "thong-qua-ct"


def test_skip_marks_the_current_item_and_opens_the_next():
    state = run_actions([("start", {}), ("skip", {})])
    assert state.statuses()["bau-dct"] == "skipped"
    assert state.current_item.id == "thong-qua-ct"


def test_skipping_a_later_item_makes_next_pass_over_it():
    state = run_actions([("start", {}), ("skip", {"item": "thong-qua-ct"}), ("next", {})])
    assert state.current_item.id == "quy-che"
    assert state.statuses()["thong-qua-ct"] == "skipped"


def test_goto_moves_the_item_after_the_current_one_and_logs_the_reorder():
    state = run_actions([("start", {}), ("goto", {"item": "cap-tren"}), ("next", {})])
    assert state.order[:3] == ("bau-dct", "cap-tren", "thong-qua-ct")
    assert state.current_item.id == "thong-qua-ct"
    assert state.items["cap-tren"].status == "done"
    (move,) = state.logs.moves
    assert (move.item_id, move.planned_index, move.to_index) == ("cap-tren", 6, 1)


def test_insert_goes_right_after_the_current_item_in_its_session():
    state = run_actions(
        [("start", {}), ("insert", {"title": "Thư chúc mừng", "kind": "announcement", "duration": 120}), ("next", {})]
    )
    inserted = state.current
    assert inserted.inserted and inserted.item.title == "Thư chúc mừng" and inserted.item.duration == 120
    assert inserted.session_id == "tru-bi"
    assert state.next_item.id == "thong-qua-ct"


def test_pause_stops_the_item_clock_and_resume_counts_the_pause():
    state = run_actions([("start", {}), ("pause", {}), ("resume", {}), ("next", {})], step=30)
    assert state.items["bau-dct"].spent == 60  # 90 s on the item, 30 s of it paused
    assert state.paused_total == 30
    (span,) = state.logs.pauses
    assert (span.start, span.end) == (T0 + 30, T0 + 60)


def test_finish_while_paused_closes_the_pause():
    state = run_actions([("start", {}), ("pause", {}), ("finish", {})], step=50)
    assert state.finished and state.paused_total == 50 and state.logs.pauses[-1].end == T0 + 100
    assert state.items["bau-dct"].spent == 50 and state.items["bau-dct"].status == "done"


def test_undo_restores_the_item_as_if_next_had_never_been_pressed():
    state = run_actions([("start", {}), ("next", {}), ("undo", {"seq": 2})], step=100)
    assert state.current_item.id == "bau-dct"
    assert state.items["bau-dct"].last_ended is None  # still running, its time counts from the start
    assert state.items["thong-qua-ct"].first_started is None
    assert state.logs.undone == (2,)
    with pytest.raises(InvalidAction):  # one undo, not a history
        apply(state, Event(state.last_seq + 1, "undo", T0 + 500, {"seq": 2}))


def test_votes_keep_the_attendance_in_force_when_recorded():
    state = run_actions(
        [
            ("start", {}),
            ("present", {"present": 140}),
            ("vote", {"for": 139, "against": 1}),
            ("present", {"present": 120, "absent": 30, "reason": "về sớm"}),
            ("vote", {"unanimous": True, "item": "quy-che"}),
        ]
    )
    first, second = state.votes
    assert first.attendance.present == 140 and first.attendance.absent == 10 and first.item_id == "bau-dct"
    assert second.attendance.present == 120 and second.item_id == "quy-che" and second.raw["unanimous"] is True
    assert state.attendance.reason == "về sớm"


@pytest.mark.parametrize("kind", ["vote", "ballot"])
def test_a_vote_naming_its_item_by_something_else_than_an_id_is_refused(kind):
    # A journal written by another tool or an older version may hold any JSON here; the run refuses
    # it by name instead of failing on a list it cannot look up.
    state = run_actions([("start", {})])
    for item in (["quy-che"], {"id": "quy-che"}, 7):
        with pytest.raises(InvalidAction) as refused:
            apply(state, Event(2, kind, T0 + 10, {"for": 1, "item": item}))
        assert refused.value.code == "run.unknown-item"


def test_a_floor_speaker_whose_name_is_not_text_is_refused_not_a_crash():
    # Before, `.strip()` on a list escaped the run's refusals as an AttributeError and stopped the replay.
    state = run_actions([("start", {}), ("goto", {"item": "tham-luan"})])
    with pytest.raises(InvalidAction) as refused:
        apply(state, Event(3, "speaker-floor", T0 + 30, {"name": ["Phạm Thị Dung"]}))
    assert refused.value.code == "run.speaker-payload"


def test_more_ballots_returned_than_issued_is_recorded_as_entered():
    # Domain rule: the count is void, but the figures must be kept, not refused.
    state = run_actions([("start", {}), ("ballot", {"issued": 140, "returned": 141, "invalid": 0, "votes": {}})])
    assert state.ballots[0].raw["returned"] == 141


def test_times_must_not_go_backwards():
    state = run_actions([("start", {})])
    with pytest.raises(InvalidAction) as refused:
        apply(state, Event(2, "next", T0 - 1, {}))
    assert refused.value.code == "run.backwards"


# Any sequence of actions, valid or not: refused ones change nothing, accepted ones keep the invariants,
# and folding the accepted events again gives the same state.
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list(ACTIONS)), st.integers(0, 600)), max_size=40))
def test_random_sequences_keep_invariants_and_replay_identically(steps):
    state, accepted, now = initial_state(PROGRAM), [], T0
    for name, gap in steps:
        now += gap
        kind, payload = ACTIONS[name]
        if kind == "undo":
            payload = {"seq": state.last_seq}
        event = Event(state.last_seq + 1, kind, now, payload)
        try:
            state = apply(state, event)
        except InvalidAction:
            continue
        accepted.append(event)
        check_invariants(state)
    assert fold(PROGRAM, accepted).snapshot() == state.snapshot()
