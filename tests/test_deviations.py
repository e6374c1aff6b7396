"""Deviations from the approved program, each with its item, planned vs actual, and time."""

from __future__ import annotations

from presidium.core.deviations import deviations
from presidium.core.events import Event
from presidium.core.run import RunState, apply, initial_state
from support.programs import make_program

PROGRAM = make_program()
T0 = 1_594_107_000.0


def play(*steps: tuple[float, str, dict]) -> RunState:
    state = initial_state(PROGRAM)
    for offset, kind, payload in steps:
        state = apply(state, Event(state.last_seq + 1, kind, T0 + offset, payload))
    return state


def kinds(found) -> list[tuple[str, str | None]]:
    return [(d.kind, d.item_id) for d in found]


def test_overrun_counts_only_beyond_the_tolerance():
    at_limit = play((0, "start", {}), (360, "next", {}))  # 300 s planned, 60 s over
    assert deviations(at_limit) == []
    over = play((0, "start", {}), (361, "next", {}))
    (found,) = deviations(over)
    assert (found.kind, found.item_id, found.planned, found.actual, found.at) == (
        "overrun",
        "bau-dct",
        300,
        361,
        T0 + 361,
    )
    assert kinds(deviations(over, tolerance=120)) == []


def test_an_item_still_running_shows_its_overrun_as_it_happens():
    state = play((0, "start", {}))
    assert deviations(state, now=T0 + 300) == []
    (found,) = deviations(state, now=T0 + 400)
    assert (found.kind, found.actual, found.at) == ("overrun", 400, T0 + 400)


def test_finishing_early_is_a_deviation():
    (found,) = deviations(play((0, "start", {}), (100, "next", {})))
    assert (found.kind, found.planned, found.actual) == ("early", 300, 100)


def test_skipped_and_never_reached_items_are_listed():
    state = play((0, "start", {}), (300, "skip", {}), (900, "next", {}), (1800, "finish", {}))
    found = deviations(state)
    skipped = [d for d in found if d.kind == "skipped"]
    # skip leaves the current item after 5 minutes on it
    assert (skipped[0].item_id, skipped[0].planned, skipped[0].actual) == ("bau-dct", 300, 300)
    assert [d.item_id for d in skipped[1:]] == ["chao-co", "bao-cao", "tham-luan", "cap-tren", "be-mac"]
    assert all(d.detail == "not reached before finish" for d in skipped[1:])


def test_a_reorder_gives_planned_and_held_positions():
    state = play((0, "start", {}), (300, "goto", {"item": "cap-tren"}))
    reordered = [d for d in deviations(state) if d.kind == "reordered"]
    assert [(d.item_id, d.planned, d.actual, d.at) for d in reordered] == [("cap-tren", 6, 1, T0 + 300)]


def test_insertions_cards_pauses_and_notes_are_listed_in_time_order():
    state = play(
        (0, "start", {}),
        (10, "insert", {"title": "Thư chúc mừng", "kind": "announcement", "duration": 120, "id": "thu"}),
        (20, "card", {"card": "mat-dien"}),
        (30, "pause", {}),
        (330, "resume", {}),
        (340, "note", {"text": "Đại biểu đến muộn", "category": "personnel"}),
        (350, "next", {}),
        (500, "next", {}),
    )
    found = deviations(state)
    assert kinds(found) == [
        ("card", "bau-dct"),
        ("paused", "bau-dct"),
        ("note", "bau-dct"),
        ("early", "bau-dct"),
        ("inserted", "thu"),
    ]
    card, pause, note, early, inserted = found
    assert (early.planned, early.actual) == (300, 50)  # 350 s on the item, 300 of them paused
    assert card.detail == "Mất điện" and card.at == T0 + 20
    assert (pause.planned, pause.actual) == (0.0, 300)
    assert (note.category, note.detail) == ("personnel", "Đại biểu đến muộn")
    assert (inserted.planned, inserted.actual, inserted.item_title) == (None, 150, "Thư chúc mừng")


def test_nothing_before_the_start():
    assert deviations(initial_state(PROGRAM)) == []
