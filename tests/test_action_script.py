"""The ACTIONS script: `TIME ACTION [ARGS]` lines, errors as FILE:LINE: message, all at once."""

from __future__ import annotations

import pytest

from presidium.core import action_script as actions_module
from presidium.core.action_script import ActionsError, action, load_actions, parse_actions

SCRIPT = """\
# tổng duyệt
0:00 start
5:30 next            # chào cờ quá 30 giây
1:02:03 note technical: micro số 2 hỏng
1:02:03 present 140 absent=8 reason=ốm, đi công tác
1:10:00 vote for=139 against=1 abstain=0 item=thong-qua-ct
1:11:00 vote unanimous
1:12:00 ballot issued=140 returned=140 invalid=2 "Nguyễn Văn An"=120 Lê_Bình=98
1:13:00 insert 4m kind=announcement Đọc thư chúc mừng
1:14:00 goto cap-tren
1:15:00 skip
1:15:10 skip be-mac
1:16:00 card mat-dien
1:17:00 pause
1:18:00 resume
1:18:05 undo
2:00:00 finish
"""


def test_a_full_script_parses_into_session_calls():
    steps = parse_actions(SCRIPT, "tong-duyet.txt")
    assert [(s.line, s.at, s.method) for s in steps[:3]] == [(2, 0, "start"), (3, 330, "next"), (4, 3723, "note")]
    by_name = {s.name + str(i): s.args for i, s in enumerate(steps)}
    assert steps[2].args == {"text": "micro số 2 hỏng", "category": "technical"}
    assert steps[3].args == {"present": 140, "absent": 8, "reason": "ốm, đi công tác"}
    assert steps[4].args == {
        "for_": 139,
        "against": 1,
        "abstain": 0,
        "item_id": "thong-qua-ct",
        "raw": "for=139 against=1 abstain=0 item=thong-qua-ct",
    }
    assert steps[5].args["unanimous"] is True
    assert steps[6].args["votes"] == {"Nguyễn Văn An": 120, "Lê_Bình": 98}
    assert (steps[6].args["issued"], steps[6].args["returned"], steps[6].args["invalid"]) == (140, 140, 2)
    assert steps[7].args == {"duration": 240, "kind": "announcement", "title": "Đọc thư chúc mừng"}
    assert steps[8].args == {"item_id": "cap-tren"} and steps[9].args == {} and steps[10].args == {"item_id": "be-mac"}
    assert steps[11].args == {"card_id": "mat-dien"} and steps[14].method == "undo_last"
    assert steps[-1].method == "finish" and steps[-1].at == 7200 and by_name


def test_a_note_without_a_category_is_other_and_keeps_a_hash_inside_words():
    (step,) = parse_actions("0:10 note micro#2 kêu rè")
    assert step.args == {"text": "micro#2 kêu rè", "category": "other"}


def test_every_bad_line_is_reported_with_file_and_line():
    text = "\n".join(
        [
            "0:00 start",
            "5:61 next",  # not a time
            "6:00 jump",  # unknown action
            "7:00",  # no action
            "6:30 next",  # backwards
            "8:00 goto",  # missing argument
            "9:00 vote against=3",  # no for
            "9:30 present many",  # not a number
            "10:00 ballot issued=3 returned=3",  # invalid missing
            "11:00 next now",  # extra words
            "12:00 insert 4x Thư",  # bad duration
        ]
    )
    with pytest.raises(ActionsError) as error:
        parse_actions(text, "kich-ban.txt")
    lines = str(error.value).splitlines()
    assert [line.split(":")[1] for line in lines] == ["2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]
    assert lines[0].startswith("kich-ban.txt:2: “5:61” is not a time")
    assert "unknown action “jump”" in lines[1]
    assert "earlier than the line before" in lines[3]
    assert "goto: needs exactly one item id (usage: goto ITEM_ID)" in lines[4]
    assert "give for=N, or unanimous" in lines[5]
    assert "missing invalid" in lines[7]
    assert "not a duration" in lines[9]


def test_an_unreadable_file_is_a_clear_error(tmp_path):
    with pytest.raises(ActionsError, match="cannot read the actions file"):
        load_actions(tmp_path / "missing.txt")


def test_new_actions_are_one_table_row(monkeypatch):
    monkeypatch.setattr(actions_module, "ACTIONS", dict(actions_module.ACTIONS))
    action("speaker", "call_speaker", "speaker NAME…")(lambda rest: {"name": rest})
    (step,) = parse_actions("3:00 speaker Trần Thị Bình")
    assert (step.method, step.args) == ("call_speaker", {"name": "Trần Thị Bình"})
