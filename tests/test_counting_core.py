"""The counting committee's rules without any I/O: entries, validity at its boundaries, tallies and
reconciliation across stations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presidium.core.counting.entries import Entry, parse_entries, parse_entry
from presidium.core.counting.messages import CountingError
from presidium.core.counting.paper import BallotPaper, judge
from presidium.core.counting.rules import PARTY_RULES, REASONS, ValidityRules, reason_text
from presidium.core.counting.tally import reconcile, tally

NAMES = ("An", "Bình", "Cường", "Dũng", "Đức")
SURPLUS = BallotPaper("bau", "Ban Chấp hành", 1, 3, NAMES)  # 5 names for 3 seats
NO_SURPLUS = BallotPaper("ubkt", "Ủy ban Kiểm tra", 1, 3, NAMES[:3])


def test_the_four_shapes_of_the_issue_parse():
    text = """# number  what the ballot shows
1 struck 2 5            # names 2 and 5 crossed out, the others kept
2 struck -              # nothing crossed out
3 invalid not-issued    # invalid, reason code
4 disagree 3 blank 6    # no-surplus form: 3 marked Không đồng ý, 6 neither/both
"""
    entries, problems = parse_entries(text)
    assert problems == []
    assert [(line, e.line()) for line, e in entries] == [
        (2, "1 struck 2 5"),
        (3, "2 struck -"),
        (4, "3 invalid not-issued"),
        (5, "4 disagree 3 blank 6"),
    ]


def test_malformed_lines_are_named_by_line_and_said_in_both_languages():
    entries, problems = parse_entries("1 struck 2\n\nx struck 1\n3 struck 2 2\n4 strike 1\n5 invalid\n6 struck - 2\n")
    assert [line for line, _ in problems] == [3, 4, 5, 6, 7]
    said = {line: (p.message("vi"), p.message("en")) for line, p in problems}
    assert "số thứ tự phiếu “x”" in said[3][0] and "ballot number “x”" in said[3][1]
    assert "người số 2 được ghi hai lần" in said[4][0]
    assert "“strike”" in said[5][1]
    assert "cần lý do" in said[6][0]
    assert "“-”" in said[7][1]


def test_input_from_word_and_absurd_input_are_handled_where_it_enters():
    assert parse_entry("7 struck 2\u201a 5".replace("\u201a", ",")).marks == (2, 5)  # a comma between names
    assert parse_entry("7 struck 2\u00a05").marks == (2, 5)  # a non-breaking space from Word
    with pytest.raises(CountingError) as control:
        parse_entry("7 struck 2\x075")
    assert "U+0007" in control.value.message("en")
    with pytest.raises(CountingError):
        parse_entry("7 struck " + "1 " * 5000)  # a 10 KB paste
    with pytest.raises(CountingError):
        parse_entry("100000 struck 1")  # no round hands out a hundred thousand ballots
    with pytest.raises(CountingError):
        parse_entry("5 struck 1000")


def kept(*names: int) -> Entry:
    return Entry(1, "struck", tuple(n for n in range(1, 6) if n not in names))


@pytest.mark.parametrize(
    "keep, valid, reason",
    [
        ((1, 2, 3), True, ""),  # kept = seats: valid
        ((1,), True, ""),
        ((1, 2, 3, 4), False, "over-seats"),  # seats + 1: invalid
        ((1, 2, 3, 4, 5), False, "over-seats"),
        ((), False, "none-kept"),  # no one kept on a list with surplus
    ],
)
def test_validity_at_its_boundaries(keep, valid, reason):
    judged = judge(kept(*keep), SURPLUS, PARTY_RULES)
    assert (judged.valid, judged.reason) == (valid, reason)
    assert judged.votes == (tuple(sorted(keep)) if valid else ())


def test_rules_are_data_a_program_may_change():
    relaxed = ValidityRules(none_kept=False, reasons=("not-issued",))
    assert judge(kept(), SURPLUS, relaxed).valid
    with pytest.raises(CountingError) as refused:
        judge(Entry(1, "invalid", reason="torn"), SURPLUS, relaxed)
    assert "not-issued" in refused.value.message("en")
    assert PARTY_RULES.cite("vi").startswith("Điều ") and PARTY_RULES.cite("en").startswith("Article ")


def test_no_surplus_both_or_neither_does_not_count_for_that_name_and_the_ballot_stays_valid():
    judged = judge(parse_entry("4 disagree 1 blank 3"), NO_SURPLUS, PARTY_RULES)
    assert judged.valid and judged.votes == (2,) and judged.not_counted == (3,)
    everyone_against = judge(parse_entry("5 disagree 1 2 3"), NO_SURPLUS, PARTY_RULES)
    assert everyone_against.valid and everyone_against.votes == ()
    counted = tally(NO_SURPLUS, PARTY_RULES, {4: parse_entry("4 disagree 1 blank 3"), 5: parse_entry("5 disagree -")})
    assert counted.votes == {"An": 1, "Bình": 2, "Cường": 1} and counted.not_counted == {"Cường": 1}


def test_an_entry_in_the_wrong_form_or_naming_no_one_on_the_list_is_refused():
    for text, paper, code in (
        ("1 struck 1", NO_SURPLUS, "form-no-surplus"),
        ("1 disagree 1", SURPLUS, "form-surplus"),
        ("1 struck 6", SURPLUS, "name-range"),
        ("1 invalid over-seats", SURPLUS, "reason-unknown"),
    ):
        with pytest.raises(CountingError) as refused:
            judge(parse_entry(text), paper, PARTY_RULES)
        assert refused.value.code == f"counting.{code}"


ballot = st.one_of(
    st.sets(st.integers(1, 5), max_size=5).map(lambda s: ("struck", tuple(sorted(s)))),
    st.sampled_from(PARTY_RULES.reasons).map(lambda r: ("invalid", r)),
)


def entries_of(shown):
    return {
        n: Entry(n, form, marks if form == "struck" else (), reason=marks if form == "invalid" else "")
        for n, (form, marks) in enumerate(shown, start=1)
    }


@settings(max_examples=60, deadline=None)
@given(st.lists(ballot, min_size=1, max_size=40))
def test_tally_is_the_direct_count(shown):
    counted = tally(SURPLUS, PARTY_RULES, entries_of(shown))
    direct = dict.fromkeys(NAMES, 0)
    valid = 0
    for form, marks in shown:
        if form == "invalid":
            continue
        keep = [n for n in range(1, 6) if n not in marks]
        if 1 <= len(keep) <= 3:
            valid += 1
            for n in keep:
                direct[NAMES[n - 1]] += 1
    assert (counted.entered, counted.valid, counted.invalid) == (len(shown), valid, len(shown) - valid)
    assert counted.votes == direct


@settings(max_examples=60, deadline=None)
@given(st.lists(ballot, min_size=1, max_size=40), st.data())
def test_a_single_difference_at_any_ballot_is_found_and_named(shown, data):
    a = entries_of(shown)
    assert reconcile([("A", a), ("B", dict(a)), ("C", dict(a))]) == []
    number = data.draw(st.integers(1, len(shown)), label="ballot")
    station = data.draw(st.sampled_from(["B", "C"]), label="station")
    changed = dict(a)
    if data.draw(st.booleans(), label="missing"):
        del changed[number]
    else:
        was = a[number]
        other = (
            Entry(number, "struck", (1,))
            if not Entry(number, "struck", (1,)).same(was)
            else Entry(number, "struck", ())
        )
        changed[number] = other
    stations = [("A", a), ("B", changed if station == "B" else dict(a)), ("C", changed if station == "C" else dict(a))]
    differences = reconcile(stations)
    assert [d.number for d in differences] == [number]
    assert differences[0].entered["A"] == a[number]
    assert differences[0].entered[station] == changed.get(number)
    assert differences[0].describe().startswith(f"{number} ")


def test_a_program_may_set_its_counting_rules_and_a_wrong_reason_is_named_with_its_line():
    from pathlib import Path

    from presidium.core.loader import load_program_text
    from presidium.core.problems import ProgramError

    base = (Path(__file__).parent / "programs" / "counting.toml").read_text(encoding="utf-8")
    assert load_program_text(base).counting is None  # no table: the Party's rules
    program = load_program_text(
        base + '\n[counting]\nnone_kept = false\nreasons = ["torn", "not-issued"]\n'
        'article = "Điều 9"\nregulation = "Quy chế bầu cử của Hội"\n'
    )
    rules = program.counting
    assert (rules.none_kept, rules.over_seats, rules.reasons) == (False, True, ("torn", "not-issued"))
    assert (
        rules.cite("vi") == "Điều 9, Quy chế bầu cử của Hội" and rules.cite("en") == "Article 9, Quy chế bầu cử của Hội"
    )
    text = base + '\n[counting]\nreasons = ["rach"]\n'
    with pytest.raises(ProgramError) as bad:
        load_program_text(text, "p.toml")
    line = text.splitlines().index('reasons = ["rach"]') + 1
    assert bad.value.text("vi").startswith(f"p.toml:{line}: [counting]: lý do phiếu không hợp lệ 'rach' không có")


def test_two_stations_on_different_lists_are_refused_naming_each_paper_in_the_readers_language():
    refused = CountingError(
        "counting.stations-other", first="A", what_first=SURPLUS.describe(), other="B", what_other=NO_SURPLUS.describe()
    )
    assert refused.message("vi") == (
        "các bàn không nhập cùng một cuộc bầu: A (bau, lần bầu 1, 3/5) và B (ubkt, lần bầu 1, 3/3)"
    )  # the paper was said in English ("round 1")
    assert (
        refused.message("en")
        == str(refused)
        == ("the stations did not count the same round: A (bau, round 1, 3/5) and B (ubkt, round 1, 3/3)")
    )


def test_a_difference_names_a_ballot_a_station_did_not_enter_in_either_language():
    (difference,) = reconcile([("A", {1: parse_entry("1 struck 2")}), ("B", {})])
    assert difference.describe("vi") == "1  A: struck 2 | B: (chưa nhập)"
    assert difference.describe("en") == "1  A: struck 2 | B: (not entered)"


def test_invalid_reasons_are_said_from_the_catalogue_and_an_unknown_code_as_itself():
    assert reason_text("torn") == "Phiếu bị rách, không còn nguyên vẹn"
    assert reason_text("over-seats", "en") == "More names kept than seats"
    assert reason_text("da-bo", "en") == "da-bo"
    assert {reason for reason in REASONS if reason_text(reason, "vi") == reason_text(reason, "en")} == set()
