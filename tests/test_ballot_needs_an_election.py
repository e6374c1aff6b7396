"""A counting record belongs to an election item: typed on a ceremony or a show of hands (in `presidium
simulate` or through the session), it is refused in the chosen language and nothing is written, as the
podium's V refuses an item that holds no vote."""

from __future__ import annotations

import sqlite3

import pytest

from presidium.app.session import CongressSession
from presidium.cli import main
from presidium.core.clock import FakeClock
from presidium.core.events import InvalidAction
from presidium.core.minutes import build_minutes
from support.programs import NAMES, planned_start, program_with_votes
from support.simulate import PROGRAM


@pytest.fixture
def session(tmp_path):
    program = program_with_votes()  # thong-qua (vote), bau-bch (election of 3 from NAMES), be-mac
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


def test_a_ballot_on_a_show_of_hands_is_refused_and_one_on_the_election_is_recorded(session):
    votes = {NAMES[0]: 140, "Người không có trong danh sách": 90}
    refused(session, lambda: session.record_ballot(145, 145, 0, votes), "ballot-no-item")  # not started
    session.start()  # the vote "Thông qua chương trình"
    error = refused(session, lambda: session.record_ballot(145, 145, 0, votes), "ballot-not-election")
    assert error.message("vi").startswith(
        "không thể ghi kết quả bầu: mục “Thông qua chương trình” không phải là mục bầu cử"
    )
    assert error.message("en").startswith("cannot record the ballot: “Thông qua chương trình” is not an election item")
    refused(session, lambda: session.record_ballot(145, 145, 0, votes, item_id="be-mac"), "ballot-not-election")
    assert session.state.ballots == ()
    # naming the election records it from anywhere; on the election item itself, as always
    session.record_ballot(145, 145, 0, {NAMES[0]: 140}, item_id="bau-bch")
    session.next()
    session.record_ballot(145, 145, 0, {NAMES[1]: 120})
    assert [b.item_id for b in session.state.ballots] == ["bau-bch", "bau-bch"]
    minutes = build_minutes(session.program, session.state)
    assert "Người không có trong danh sách" not in repr(minutes)


def _ballots_in(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM events WHERE kind = 'ballot'").fetchone()[0]


@pytest.mark.parametrize(
    "lang, said",
    [
        ("vi", "không thể ghi kết quả bầu: mục “Báo cáo chính trị” không phải là mục bầu cử"),
        ("en", "cannot record the ballot: “Báo cáo chính trị” is not an election item"),
    ],
)
def test_simulate_refuses_a_ballot_line_on_an_item_that_is_not_an_election(tmp_path, capsys, lang, said):
    program = tmp_path / "dai-hoi.toml"
    program.write_text(PROGRAM, encoding="utf-8")  # a ceremony, a report, a vote, a ceremony: no election
    script = tmp_path / "tong-duyet.txt"
    script.write_text(
        '0:00 start\n5:00 next\n9:00 ballot issued=140 returned=140 invalid=0 "Ai Đó"=100\n10:00 finish\n',
        encoding="utf-8",
    )
    db = tmp_path / "dai-hoi.presidium.db"
    assert main(["--lang", lang, "simulate", str(program), "--db", str(db), "--script", str(script)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{script}:3: {said}")
    assert "Traceback" not in err
    assert _ballots_in(db) == 0
