"""What the chair and the secretariat read comes in Vietnamese by default, English on request.

Vote and ballot refusals, notes on a counted round, the session's warnings and the journal's errors
keep a code and parameters; str() stays English (older assertions and logs), message("vi") is the
screen's text. Every table of messages has a Vietnamese text for every code, with the same blanks as
the English one.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from presidium.app.session import CongressSession
from presidium.cli import main
from presidium.core import announce
from presidium.core.ballots import BallotCount, BallotError, CandidateListError, count_election, decide_withdrawal
from presidium.core.clock import FakeClock
from presidium.core.events import Event, InvalidAction
from presidium.core.program import ElectionSpec, Rule
from presidium.core.run import apply, fold
from presidium.core.votes import Attendance, ShowOfHands, VoteError, decide_show_of_hands
from presidium.infra.journal import Journal, JournalError
from support.programs import NAMES, make_program, planned_start, program_with_votes

MAJORITY = Rule("motion", Fraction(1, 2), "convened")
HALL = Attendance.hall(150, 148)

# ---------------------------------------------------------------------------------------------- votes


@pytest.fixture
def podium(tmp_path):
    program = program_with_votes()
    opened = CongressSession.open(program, tmp_path / "j.db", clock=FakeClock(planned_start(program)))
    opened.start()
    yield opened
    opened.close()


HANDS_VI = (
    "tổng số biểu quyết là 105 (90 tán thành, 10 không tán thành, 5 không biểu quyết), "
    "nhưng chỉ có 100 đại biểu có mặt; đề nghị kiểm đếm lại"
)
HANDS_EN = "105 hands counted (90 for, 10 against, 5 abstaining) but only 100 delegates are present; count again"


def test_more_hands_than_present_is_refused_in_vietnamese_at_the_podium(podium):
    podium.set_attendance(present=100)
    with pytest.raises(InvalidAction) as refused:
        podium.record_vote(90, 10, 5)
    assert refused.value.code == "run.vote-refused"
    assert refused.value.message() == "không thể ghi kết quả: " + HANDS_VI
    assert refused.value.message("en") == str(refused.value) == "cannot record the result: " + HANDS_EN


def test_a_refused_figure_is_named_as_the_count_names_it(podium):
    # The refusals named a figure "present"/"số có mặt", "abstain", "issued" while the count says
    # "delegates present"/"số đại biểu có mặt", "abstaining", "ballots issued": one word for one figure.
    with pytest.raises(InvalidAction) as refused:
        podium.set_attendance(present=10**30)
    assert "“số đại biểu có mặt” = " in refused.value.message("vi")
    assert "“delegates present” = " in refused.value.message("en")
    with pytest.raises(InvalidAction) as refused:
        podium.record_vote(1, 0, 10**30)
    assert "“abstaining” = " in refused.value.message("en")
    assert "“không biểu quyết” = " in refused.value.message("vi")


def test_the_run_keeps_the_refusal_in_both_languages():
    program = program_with_votes()
    at = planned_start(program)
    state = fold(program, [Event(1, "start", at, {}), Event(2, "present", at + 1, {"present": 100})])
    state = apply(state, Event(3, "vote", at + 2, {"for": 90, "against": 10, "abstain": 5}))
    record = state.logs.votes[-1]
    assert record.result is None and record.error == HANDS_EN  # the English str, as before
    assert record.error.code == "vote.hands-over"
    assert record.error.message("vi") == HANDS_VI and record.error.message("en") == HANDS_EN


def test_vote_engine_errors_say_the_figure_in_vietnamese():
    with pytest.raises(VoteError) as caught:
        decide_show_of_hands(MAJORITY, ShowOfHands(70, -1), HALL)
    assert str(caught.value) == "hands against cannot be negative (-1)"
    assert caught.value.message() == "số đại biểu không tán thành không được là số âm (-1)"
    with pytest.raises(InvalidAction) as caught:
        Attendance.hall(148, 150)
    assert caught.value.message("vi") == "không thể ghi số có mặt: 150 có mặt nhiều hơn 148 được triệu tập"


def test_a_rule_the_program_lacks_is_said_in_vietnamese():
    error = VoteError("no-vote-rule")
    assert error.code == "vote.no-vote-rule" and str(error) == "the program names no vote rule"
    assert error.message() == "chương trình chưa quy định quy tắc biểu quyết"


def test_an_announcement_in_a_language_presidium_lacks_is_refused_in_the_chairs_language():
    with pytest.raises(VoteError) as caught:
        announce.election_warnings(None, "fr")  # refused before the result is read
    assert caught.value.message("vi") == "lời công bố chỉ có bằng tiếng Việt (vi) và tiếng Anh (en), không có 'fr'"
    assert str(caught.value) == "announcements are available in Vietnamese (vi) and English (en), not 'fr'"


# ---------------------------------------------------------------------------------------------- ballots


def count(votes, issued=148, returned=148, invalid=2):
    return BallotCount(issued, returned, invalid, votes)


def test_returned_more_than_issued_voids_the_count_with_a_vietnamese_note():
    result = count_election(
        ElectionSpec("Ban Chấp hành", 3, "election", NAMES), MAJORITY, None, count({}, issued=140, returned=142), HALL
    )
    assert result.void
    (note,) = result.notes
    assert note.message("vi") == (
        "Số phiếu thu về (142) nhiều hơn số phiếu phát ra (140): kết quả kiểm phiếu lần này "
        "không có giá trị và không được loại bỏ phiếu thừa; Đại hội tiến hành bỏ phiếu lại."
    )
    assert note.message("en").startswith("More ballots returned (142) than issued (140): the count is void")


def test_notes_on_figures_to_check_read_as_the_announcement_does():
    hall = Attendance.hall(150, 140)
    result = count_election(
        ElectionSpec("Ban Chấp hành", 3, "election", NAMES), MAJORITY, None, count({}, issued=145, returned=144), hall
    )
    for lang in ("vi", "en"):
        assert [n.message(lang) for n in result.notes] == announce.election_warnings(result, lang)


def test_a_name_not_on_the_list_is_refused_in_vietnamese():
    with pytest.raises(CandidateListError) as caught:
        decide_withdrawal(NAMES, "Hoàng Văn Giáp", MAJORITY, ShowOfHands(100), HALL, seats=3)
    assert str(caught.value) == "Hoàng Văn Giáp is not on the candidate list, so cannot withdraw"
    assert caught.value.message() == "Hoàng Văn Giáp không có tên trong danh sách bầu cử nên không thể xin rút"
    with pytest.raises(BallotError) as caught:
        count_election(
            ElectionSpec("Ban Chấp hành", 3, "election", NAMES), MAJORITY, None, count({"Hoàng Văn Giáp": 3}), HALL
        )
    assert caught.value.message("vi") == "có phiếu bầu cho người không có tên trong danh sách bầu cử: Hoàng Văn Giáp"


def test_a_candidate_list_problem_has_a_vietnamese_note():
    change = decide_withdrawal(NAMES[:3], "Lê Văn Cường", MAJORITY, ShowOfHands(100), HALL, seats=3)
    assert change.problem == "too_few"
    assert change.note.message() == "Danh sách bầu cử chỉ còn 2 người, ít hơn số lượng cần bầu (3)."
    assert decide_withdrawal(NAMES, "Lê Văn Cường", MAJORITY, ShowOfHands(10), HALL, seats=4).note is None


# ---------------------------------------------------------------------------------------------- session warnings


def test_a_live_run_of_another_program_than_the_rehearsed_one_warns_in_vietnamese(tmp_path):
    db, program = tmp_path / "j.db", make_program()
    rehearsal = CongressSession.open(program, db, "rehearsal", FakeClock(planned_start(program)))
    rehearsal.start()
    rehearsal.finish()
    rehearsal.close()
    changed = make_program(fingerprint="e" * 64)
    live = CongressSession.open(changed, db, "live", FakeClock(planned_start(changed)))
    (warning,) = live.warnings
    live.close()
    assert warning == "the program differs from the one rehearsed (rehearsed ffffffffffff, now eeeeeeeeeeee)"
    assert warning.message("vi") == (
        "chương trình khác với chương trình đã tổng duyệt (bản tổng duyệt ffffffffffff, bản hiện tại eeeeeeeeeeee)"
    )


def test_simulate_prints_warnings_in_vietnamese_unless_asked_for_english(files, capsys):  # noqa: F811
    program, script, db = files
    command = ["simulate", str(program), "--script", str(script), "--live"]
    assert main(["--lang", "en", *command, "--db", str(db)]) == 0
    assert "warning: no rehearsal of this program is recorded in this journal" in capsys.readouterr().err
    assert main([*command, "--db", str(db.with_name("khac.db"))]) == 0
    assert "cảnh báo: nhật ký này chưa ghi lần tổng duyệt nào của chương trình" in capsys.readouterr().err
    assert main(["--lang", "vi", *command, "--db", str(program)]) == 1  # the program itself given as --db
    assert capsys.readouterr().err.strip() == (
        f"presidium: {program}: không phải nhật ký Presidium (không phải cơ sở dữ liệu SQLite); tệp được giữ nguyên"
    )


# ---------------------------------------------------------------------------------------------- the journal


def test_a_damaged_journal_is_explained_in_vietnamese(tmp_path):
    db = tmp_path / "hong.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    with pytest.raises(JournalError) as caught:
        Journal.open(db)
    assert caught.value.code == "journal.damaged-file"
    assert "the journal is damaged" in str(caught.value)
    assert caught.value.message() == (
        f"{db}: nhật ký bị hỏng (file is not a database); tệp được giữ nguyên — "
        "hãy sao lưu một bản và khôi phục từ bản dự phòng"
    )
    assert db.read_bytes().startswith(b"SQLite format 3\x00" + b"\x13")  # left as it was


def test_an_altered_journal_is_named_in_vietnamese_when_the_run_resumes(tmp_path):
    import sqlite3

    db, program = tmp_path / "j.db", make_program()
    first = CongressSession.open(program, db, "rehearsal", FakeClock(planned_start(program)))
    first.start()
    first.note("ghi chú")
    first.close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE events SET payload = ? WHERE seq = 2", ('{"category":"other","text":"đã sửa"}',))
    conn.commit()
    conn.close()
    again = CongressSession.open(program, db, "rehearsal", FakeClock(planned_start(program) + 60))
    (warning,) = again.warnings
    again.close()
    assert warning == "journal altered: run 1, event 2 (note): altered — its content no longer matches its hash"
    assert warning.message("vi") == (
        "nhật ký đã bị sửa đổi: lần chạy số 1, sự kiện 2 (note): đã bị sửa — nội dung không còn khớp với mã băm"
    )


def test_a_finished_run_refuses_more_events_in_vietnamese(tmp_path):
    program = make_program()
    at = planned_start(program)
    with Journal.open(tmp_path / "j.db") as journal:
        run = journal.create_run("rehearsal", program, Event(1, "start", at, {}))
        journal.append(run.id, Event(2, "finish", at + 1, {}))
        with pytest.raises(JournalError, match="finished") as caught:
            journal.append(run.id, Event(3, "note", at + 2, {"text": "x", "category": "other"}))
    assert caught.value.message() == "lần chạy số 1 đã kết thúc: không thể ghi thêm"
