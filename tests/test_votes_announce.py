"""Announcement texts read out after a show of hands or a count."""

from fractions import Fraction

import pytest

from presidium.core.announce import announce_election, announce_vote, election_warnings, format_percent
from presidium.core.ballots import BallotCount, count_election
from presidium.core.program import ElectionSpec, Rule
from presidium.core.votes import Attendance, ShowOfHands, VoteError, decide_show_of_hands

CONVENED = Rule("motion", Fraction(1, 2), "convened", strict=True)
PRESENT = Rule("present", Fraction(1, 2), "present", strict=True)
HALL = Attendance.hall(150, 148)
QUESTION = "Thông qua chương trình đại hội"


def vote(rule, tally, attendance=HALL):
    return decide_show_of_hands(rule, tally, attendance)


@pytest.mark.parametrize(
    "value, lang, decimals, text",
    [
        (Fraction(142 * 100, 148), "vi", 1, "95,9%"),
        (Fraction(142 * 100, 148), "en", 1, "95.9%"),
        (Fraction(200, 3), "vi", 2, "66,67%"),
        (Fraction(100), "vi", 1, "100%"),
        (Fraction(50), "vi", 2, "50%"),
        (Fraction(1999 * 100, 2000), "vi", 1, "99,9%"),  # 99.95 must not read as 100%
        (Fraction(1, 20), "vi", 1, "0,1%"),  # 0.05 rounds half up
        (Fraction(195, 2), "vi", 2, "97,5%"),  # exact: no trailing zero ("97,50%")
        (Fraction(19499, 200), "vi", 2, "97,50%"),  # 97.495 rounded keeps its two decimals
    ],
)
def test_format_percent(value, lang, decimals, text):
    assert format_percent(value, lang, decimals) == text


def test_passed_vote_in_vietnamese_uses_the_decimal_comma_and_names_the_base():
    text = announce_vote(vote(PRESENT, ShowOfHands(142, 4, 2)), QUESTION)
    assert text.startswith("Có 142/148 đồng chí có mặt biểu quyết tán thành, đạt 95,9% số đại biểu có mặt.")
    assert "4 đồng chí không tán thành, 2 đồng chí không biểu quyết" in text
    assert text.endswith("Đại hội đã biểu quyết thông qua chương trình đại hội.")


def test_percentage_is_of_the_convened_base_when_the_rule_says_so():
    text = announce_vote(vote(CONVENED, ShowOfHands(142, 4, 2)), QUESTION)
    assert "đạt 94,7% tổng số đại biểu được triệu tập" in text


def test_unanimous_form():
    result = vote(PRESENT, ShowOfHands.all_in_favour(HALL))
    text = announce_vote(result, QUESTION)
    assert text.startswith("100% đại biểu có mặt (148/148 đồng chí) biểu quyết tán thành.")
    assert "nhất trí biểu quyết thông qua chương trình đại hội" in text
    assert "không tán thành" not in text
    english = announce_vote(result, QUESTION, lang="en")
    assert "100% of the delegates present (148/148) voted in favour" in english
    assert "unanimously approved" in english


def test_failed_vote_says_what_was_needed():
    text = announce_vote(vote(CONVENED, ShowOfHands(75, 60, 10), Attendance.hall(150, 145)), QUESTION)
    assert "đạt 50% tổng số đại biểu được triệu tập, chưa đạt quá 1/2" in text
    assert "(cần ít nhất 76 đồng chí)" in text
    assert text.endswith("Đại hội chưa thông qua chương trình đại hội.")
    english = announce_vote(vote(CONVENED, ShowOfHands(75, 60, 10), Attendance.hall(150, 145)), QUESTION, lang="en")
    assert "short of more than 1/2 of the delegates convened (76 needed)" in english
    assert "Not approved" in english


def test_a_question_without_the_usual_verb_is_quoted():
    text = announce_vote(vote(PRESENT, ShowOfHands(100, 10)), "Danh sách Ban Kiểm phiếu gồm 5 đồng chí")
    assert text.endswith("thông qua nội dung “Danh sách Ban Kiểm phiếu gồm 5 đồng chí”.")


def test_unknown_language_is_refused():
    with pytest.raises(VoteError, match="not 'fr'"):
        announce_vote(vote(PRESENT, ShowOfHands(100)), QUESTION, lang="fr")


# ---------------------------------------------------------------------------------------------- elections

SPEC = ElectionSpec("Ban Chấp hành", 2, "election", ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"))


def count(votes, issued=148, returned=148, invalid=2):
    return count_election(SPEC, CONVENED, None, BallotCount(issued, returned, invalid, votes), HALL)


def test_election_announcement_lists_the_record_and_the_elected_in_rank_order():
    text = announce_election(count({"Nguyễn Văn An": 90, "Trần Thị Bình": 140, "Lê Văn Cường": 60}))
    lines = text.splitlines()
    assert lines[0] == "Kết quả bầu cử Ban Chấp hành (lần 1)"
    assert ("Số phiếu phát ra: 148; số phiếu thu về: 148; số phiếu hợp lệ: 146; số phiếu không hợp lệ: 2.") in lines
    elected_at = next(i for i, line in enumerate(lines) if "trúng cử Ban Chấp hành" in line)
    assert "quá 1/2 tổng số đại biểu được triệu tập" in lines[elected_at]
    assert lines[elected_at + 1 :] == ["1. Trần Thị Bình: 140 phiếu, đạt 93,33%", "2. Nguyễn Văn An: 90 phiếu, đạt 60%"]
    # Lê Văn Cường (40%) is in the record but not among the elected.
    assert "3. Lê Văn Cường: 60 phiếu, đạt 40%" in lines[:elected_at]


def test_election_announcement_in_english():
    text = announce_election(count({"Nguyễn Văn An": 90, "Trần Thị Bình": 140, "Lê Văn Cường": 1}), lang="en")
    assert "Ballots issued: 148; returned: 148; valid: 146; invalid: 2." in text
    assert "3. Lê Văn Cường: 1 vote, 0.67%" in text
    assert text.endswith(
        "Elected to Ban Chấp hành with more than 1/2 of the delegates convened, in order of votes:\n"
        "1. Trần Thị Bình: 140 votes, 93.33%\n2. Nguyễn Văn An: 90 votes, 60%"
    )


def test_tie_and_unfilled_seats_are_announced_as_proposals():
    tie = announce_election(count({"Nguyễn Văn An": 130, "Trần Thị Bình": 80, "Lê Văn Cường": 80}))
    assert "Các đồng chí Trần Thị Bình, Lê Văn Cường có số phiếu bằng nhau cho 1 vị trí còn lại" in tie
    assert "bầu lại giữa các đồng chí này" in tie
    short = announce_election(count({"Nguyễn Văn An": 140, "Trần Thị Bình": 60}))
    assert "Đồng chí sau đây có số phiếu bầu" in short
    assert "còn thiếu 1 so với số lượng cần bầu (2)" in short
    nobody = announce_election(count({"Nguyễn Văn An": 75}))
    assert "Không có đồng chí nào có số phiếu bầu quá 1/2" in nobody


def test_void_count_is_announced_and_nobody_is_listed_as_elected():
    result = count({"Nguyễn Văn An": 140}, issued=147, returned=148)
    text = announce_election(result)
    assert "Số phiếu thu về (148) nhiều hơn số phiếu phát ra (147)" in text
    assert "không có giá trị" in text and "bỏ phiếu lại" in text
    assert "trúng cử" not in text and "Nguyễn Văn An" not in text


def test_warnings_for_the_presidium():
    result = count({"Nguyễn Văn An": 140}, issued=149, returned=149)
    assert election_warnings(result) == [
        "Số phiếu phát ra (149) nhiều hơn số đại biểu có mặt (148); đề nghị Ban Kiểm phiếu đối chiếu lại.",
        "Số phiếu thu về (149) nhiều hơn số đại biểu có mặt (148); đề nghị Ban Kiểm phiếu đối chiếu lại.",
    ]
    assert election_warnings(count({"Nguyễn Văn An": 140})) == []


def test_the_announcement_says_the_shared_sentences_as_the_minutes_and_the_screen_do():
    # The announcement had its own tie and unfilled sentences ("(80 phiếu)", "the presidium proposes…"),
    # named the bases "those who voted" in English, and its void sentence differed from the screen's note.
    from presidium.core.announce import void_text
    from presidium.core.catalogue import text

    result = count_election(
        ElectionSpec("Ban Chấp hành", 2, "election", ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")),
        Rule("e", Fraction(1, 2), "convened"),
        None,
        BallotCount(148, 148, 0, {"Nguyễn Văn An": 130, "Trần Thị Bình": 80, "Lê Văn Cường": 80}),
        HALL,
    )
    for lang in ("vi", "en"):
        tie = text("vocabulary.outcome.tie", lang, names=["Trần Thị Bình", "Lê Văn Cường"], seats=1)
        assert announce_election(result, lang=lang).endswith(tie)
    assert "a further round among them is proposed" in announce_election(result, lang="en")
    short = count({"Nguyễn Văn An": 140, "Trần Thị Bình": 60})
    for lang in ("vi", "en"):
        assert announce_election(short, lang=lang).endswith(text("vocabulary.outcome.unfilled", lang, n=1, seats=2))
    hands = vote(Rule("m", Fraction(1, 2), "cast"), ShowOfHands(100, 20, 8))
    assert "of the delegates voting" in announce_vote(hands, "Thông qua báo cáo", "en")
    assert "those who voted" not in announce_vote(hands, "Thông qua báo cáo", "en")
    void = count_election(
        ElectionSpec("Ban Chấp hành", 2, "election", ("Nguyễn Văn An",)),
        Rule("e", Fraction(1, 2), "convened"),
        None,
        BallotCount(140, 142, 0, {}),
        HALL,
    )
    for lang in ("vi", "en"):
        assert void_text(void, lang) == void.notes[0].message(lang)
