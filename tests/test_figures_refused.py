"""Figures no congress can produce and text no document can hold are refused before anything is written,
in the interface's language; a correction of the number convened is its own journaled action."""

from __future__ import annotations

import unicodedata

import pytest

from presidium.app.session import CongressSession
from presidium.cli import main
from presidium.core.clock import FakeClock
from presidium.core.events import InvalidAction
from presidium.core.minutes import build_minutes
from support.programs import NAMES, planned_start, program_with_votes


@pytest.fixture
def session(tmp_path):
    program = program_with_votes()  # 150 convened; the election item fills 3 seats from NAMES
    opened = CongressSession.open(program, tmp_path / "j.db", clock=FakeClock(planned_start(program)))
    opened.start()
    yield opened
    opened.close()


def refused(session, action, code):
    before = len(session.events())
    with pytest.raises(InvalidAction) as caught:
        action()
    assert caught.value.code == f"run.{code}", caught.value.message("en")
    assert len(session.events()) == before  # nothing written
    return caught.value


def test_more_ballots_issued_than_delegates_present_is_refused(session):
    session.next()  # the election
    session.set_attendance(43)
    error = refused(session, lambda: session.record_ballot(50, 50, 0, {NAMES[0]: 50}), "issued-over-present")
    assert error.message("vi") == (
        "không thể ghi kết quả bầu: số phiếu phát ra (50) nhiều hơn số đại biểu có mặt "
        "(43); đề nghị Ban Kiểm phiếu đối chiếu lại"
    )
    session.record_ballot(43, 43, 0, {NAMES[0]: 43})
    assert session.state.ballots[-1].result.count.issued == 43


def test_present_and_absent_must_add_up_to_the_number_convened(session):
    error = refused(session, lambda: session.set_attendance(30, absent=10), "attendance-sum")
    assert "30 present + 10 absent = 40, not the 150 convened" in error.message("en")
    session.set_attendance(140, absent=10)
    assert session.state.attendance.absent == 10


def test_the_number_convened_changes_only_by_a_journaled_correction_within_bounds(session):
    refused(session, lambda: session.set_attendance(400, convened=400), "convened-by-correction")
    session.set_attendance(140)
    refused(session, lambda: session.correct_convened(151, ""), "correction-reason")
    refused(session, lambda: session.correct_convened(139, "nhầm"), "correction-bounds")  # fewer than present
    refused(session, lambda: session.correct_convened(301, "nhầm"), "correction-bounds")  # over twice the program
    session.correct_convened(152, "bổ sung 02 đại biểu dự khuyết")
    assert [e.kind for e in session.events()][-1] == "convened"
    attendance = session.state.attendance
    assert (attendance.convened, attendance.present, attendance.absent) == (152, 140, 12)
    session.set_attendance(150)  # later figures keep the corrected number convened
    assert session.state.attendance.convened == 152
    session.record_vote(77, 0, 0)
    assert session.state.votes[-1].result.base_value == 152
    minutes = build_minutes(session.program, session.state)
    assert minutes.delegates_convened == 152
    correction = [line for line in minutes.attendance if line.correction]
    assert correction and correction[0].previous_convened == 150


def test_absurd_numbers_are_refused_with_the_field_named(session):
    error = refused(session, lambda: session.set_attendance(10**30), "figure-over")
    assert "số có mặt" in error.message("vi") and "100000" in error.message("vi")
    refused(session, lambda: session.record_vote(10**30, 0, 0), "figure-over")
    refused(session, lambda: session.insert("Đọc thư", 10**9), "figure-over")


def test_a_ballot_naming_one_person_twice_is_refused_even_when_spelled_differently(session):
    session.next()
    session.set_attendance(150)
    decomposed = unicodedata.normalize("NFD", NAMES[1])
    refused(session, lambda: session.record_ballot(150, 150, 0, {NAMES[1]: 5, decomposed: 149}), "name-twice")
    refused(session, lambda: session.record_ballot(150, 150, 0, {NAMES[1]: 5, "Trần  Thị Bình": 149}), "name-twice")
    session.record_ballot(150, 150, 0, {decomposed: 149})  # stored as the list spells it
    assert session.state.ballots[-1].result.standings[0].name == NAMES[1]


@pytest.mark.parametrize(
    "action, code",
    [
        (lambda s: s.note("micro\x0bhỏng"), "text-control"),
        (lambda s: s.note("a" * 20_001), "text-long"),
        (lambda s: s.insert("Đọc\u0001 thư", 300), "text-control"),
        (lambda s: s.set_attendance(140, reason="ốm\x0c"), "text-control"),
    ],
)
def test_control_characters_and_huge_pastes_are_refused_at_every_input(session, action, code):
    refused(session, lambda: action(session), code)


def test_a_note_may_hold_lines_and_tabs(session):
    session.note("micro hỏng\n\tđã thay")
    assert session.state.logs.notes[-1].text == "micro hỏng\n\tđã thay"


def test_simulate_refuses_an_absurd_time_and_writes_nothing(tmp_path, capsys):
    program = tmp_path / "p.toml"
    from support.simulate import PROGRAM

    program.write_text(PROGRAM, encoding="utf-8")
    script = tmp_path / "s.txt"
    script.write_text("0:00 start\n999999999:00:00 next\n", encoding="utf-8")
    db = tmp_path / "j.db"
    assert main(["simulate", str(program), "--db", str(db), "--script", str(script)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"{script}:2: “999999999:00:00” quá xa: kịch bản chỉ tính trong 240 giờ kể từ lúc bắt đầu"
    )
    assert not db.exists()


def test_simulate_refuses_a_ballot_line_naming_a_candidate_twice(tmp_path, capsys):
    from presidium.core.action_script import ActionsError, parse_actions

    with pytest.raises(ActionsError) as caught:
        parse_actions('1:00 ballot issued=150 returned=150 invalid=0 "Trần Thị Bình"=5 "Trần Thị Bình"=149')
    assert "“Trần Thị Bình” có hai lần trên dòng này" in caught.value.text("vi")


def test_a_journal_holding_an_absurd_time_from_before_still_exports(tmp_path):
    from pathlib import Path
    from types import SimpleNamespace

    from presidium.app import cli_export
    from presidium.core.events import Event
    from presidium.core.loader import load_program

    program = load_program(Path(__file__).parent / "programs" / "minimal.toml")  # kept with the run
    clock = FakeClock(planned_start(program))
    db = tmp_path / "j.db"
    session = CongressSession.open(program, db, "live", clock)
    session.start()
    # what `999999999:00:00 next` wrote before script times were bounded: the year 116104
    session.journal.append(session.run_id, Event(2, "next", clock.now() + 999_999_999 * 3600, {}))
    session.close()
    for what in ("minutes", "review"):
        out = tmp_path / f"{what}.docx"
        assert cli_export.main(SimpleNamespace(what=what, db=db, run=None, output=out, lang="vi", json=False)) == 0
        assert out.stat().st_size > 0


def test_a_counting_record_of_many_names_typed_on_one_line_is_not_too_long(tmp_path):
    from dataclasses import replace

    from presidium.core.program import ElectionSpec, Item

    names = tuple(f"Nguyễn Thị Lan Anh {i:02d}" for i in range(60))
    program = program_with_votes()
    item = Item(
        "bau-bch", "Bầu Ban Chấp hành", "election", 1800, election=ElectionSpec("Ban Chấp hành", 55, "election", names)
    )
    program = replace(program, sessions=(replace(program.sessions[0], items=(item,)),), _index={})
    session = CongressSession.open(program, tmp_path / "k.db", clock=FakeClock(planned_start(program)))
    session.start()
    votes = dict.fromkeys(names, 130)
    raw = "issued=150 returned=150 invalid=0 " + " ".join(f'"{name}"=130' for name in names)
    assert len(raw) > 1_500
    session.record_ballot(150, 150, 0, votes, raw=raw)
    assert session.state.ballots[-1].result is not None
    session.close()
