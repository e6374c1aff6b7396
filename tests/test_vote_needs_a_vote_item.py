"""A show of hands belongs to an item that is voted on: typed on a ceremony, a report or a break (in `presidium
simulate` or through the session), it is refused in the chosen language and nothing is written, as the
podium's V refuses such an item. Before this check a vote on a break was decided against the program's usual
rule and printed in the minutes' vote table as a motion passed."""

from __future__ import annotations

import sqlite3

import pytest

from presidium.app.session import CongressSession
from presidium.cli import main
from presidium.core.admit import admit
from presidium.core.clock import FakeClock
from presidium.core.events import Event, InvalidAction
from presidium.core.minutes import build_minutes
from presidium.core.run import fold
from support.programs import NAMES, planned_start, program_with_votes
from support.simulate import PROGRAM

HANDS = {"for": 140, "against": 3, "abstain": 2}


@pytest.fixture
def session(tmp_path):
    program = program_with_votes()  # thong-qua (vote), bau-bch (election of 3 from NAMES), be-mac (ceremony)
    opened = CongressSession.open(program, tmp_path / "j.db", clock=FakeClock(planned_start(program)))
    yield opened
    opened.close()


def refused(session, action, code):
    before = len(session.events())
    with pytest.raises(InvalidAction) as caught:
        action()
    assert caught.value.code == f"run.{code}", caught.value.message("en")
    assert len(session.events()) == before  # nothing written
    return caught.value


def _state(program, *events):
    return fold(
        program,
        [Event(seq, kind, 1_594_107_000.0 + 60 * seq, payload) for seq, (kind, payload) in enumerate(events, 1)],
    )


def test_admit_refuses_a_vote_on_an_item_that_holds_none_and_passes_one_that_does():
    program = program_with_votes()
    with pytest.raises(InvalidAction) as caught:
        admit(_state(program), "vote", HANDS)  # not started: no item under way
    assert caught.value.code == "run.vote-no-item"
    on_vote = _state(program, ("start", {}))
    admit(on_vote, "vote", HANDS)  # the vote item: admitted
    admit(on_vote, "vote", {**HANDS, "item": "bau-bch"})  # the election (its seats, its list): admitted
    admit(on_vote, "vote", {**HANDS, "item": "khong-co"})  # an unknown id is the fold's to refuse
    with pytest.raises(InvalidAction) as caught:
        admit(on_vote, "vote", {**HANDS, "item": "be-mac"})
    assert caught.value.code == "run.vote-not-vote"
    assert caught.value.message("vi") == (
        "không thể ghi biểu quyết: mục “Bế mạc” không có nội dung biểu quyết; chuyển đến mục biểu quyết "
        "(hoặc ghi rõ mục đó) rồi ghi lại"
    )
    assert caught.value.message("en") == (
        "cannot record a vote: “Bế mạc” is not voted on; go to the item that holds the vote "
        "(or name it) and record it there"
    )
    on_ceremony = _state(program, ("start", {}), ("next", {}), ("next", {}))
    with pytest.raises(InvalidAction):
        admit(on_ceremony, "vote", HANDS)


def test_a_vote_on_a_ceremony_is_refused_and_nothing_reaches_the_minutes(session):
    refused(session, lambda: session.record_vote(140, 3, 2), "vote-no-item")  # not started
    session.start()
    session.record_vote(140, 3, 2)  # "Thông qua chương trình": recorded
    session.next()
    session.record_vote(unanimous=True, withdraw=NAMES[0])  # a withdrawal on the election: recorded
    session.next()  # Bế mạc
    refused(session, lambda: session.record_vote(140, 3, 2), "vote-not-vote")
    refused(session, lambda: session.record_vote(unanimous=True), "vote-not-vote")
    # naming the vote item from the ceremony records it there
    session.record_vote(141, 2, 2, item_id="thong-qua")
    assert [v.item_id for v in session.state.votes] == ["thong-qua", "bau-bch", "thong-qua"]
    minutes = build_minutes(session.program, session.state)
    ceremony = next(line for line in minutes.items if line.item_id == "be-mac")
    assert ceremony.votes == ()
    assert [v.item_title for v in minutes.votes] == ["Thông qua chương trình", "Bầu Ban Chấp hành"] + [
        "Thông qua chương trình"
    ]


def test_an_item_inserted_as_a_vote_takes_one_and_an_inserted_break_does_not(session):
    session.start()
    session.insert("Biểu quyết bổ sung", "5m", kind="vote", item_id="bo-sung")
    session.goto("bo-sung")
    session.record_vote(130, 10, 5)  # decided against the program's usual rule
    session.insert("Nghỉ giải lao", "15m", kind="break", item_id="giai-lao")
    session.goto("giai-lao")
    refused(session, lambda: session.record_vote(130, 10, 5), "vote-not-vote")
    assert [v.item_id for v in session.state.votes] == ["bo-sung"]


def test_a_vote_journaled_on_a_break_before_the_check_still_replays():
    """The check sits at the door, not in the fold: an old journal reads back exactly as it was written."""
    program = program_with_votes()
    state = _state(program, ("start", {}), ("next", {}), ("next", {}), ("vote", HANDS))
    assert [v.item_id for v in state.votes] == ["be-mac"]


def _votes_in(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM events WHERE kind = 'vote'").fetchone()[0]


@pytest.mark.parametrize(
    "lang, said",
    [
        ("vi", "không thể ghi biểu quyết: mục “Báo cáo chính trị” không có nội dung biểu quyết"),
        ("en", "cannot record a vote: “Báo cáo chính trị” is not voted on"),
    ],
)
def test_simulate_refuses_a_vote_line_on_a_report(tmp_path, capsys, lang, said):
    program = tmp_path / "dai-hoi.toml"
    program.write_text(PROGRAM, encoding="utf-8")  # a ceremony, a report, a vote, a ceremony
    script = tmp_path / "tong-duyet.txt"
    script.write_text("0:00 start\n5:00 next\n9:00 vote for=140 against=3 abstain=2\n40:00 finish\n", encoding="utf-8")
    db = tmp_path / "dai-hoi.presidium.db"
    assert main(["--lang", lang, "simulate", str(program), "--db", str(db), "--script", str(script)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{script}:3: {said}")
    assert "Traceback" not in err
    assert _votes_in(db) == 0


def test_simulate_records_a_vote_line_on_the_vote_item(tmp_path, capsys):
    program = tmp_path / "dai-hoi.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    script = tmp_path / "tong-duyet.txt"
    script.write_text(
        "0:00 start\n5:00 next\n35:00 next\n36:00 vote for=140 against=3 abstain=2\n38:00 next\n40:00 finish\n",
        encoding="utf-8",
    )
    db = tmp_path / "dai-hoi.presidium.db"
    assert main(["simulate", str(program), "--db", str(db), "--script", str(script)]) == 0, capsys.readouterr().err
    assert _votes_in(db) == 1
