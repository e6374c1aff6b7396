"""Every placeholder a script may use is filled from the live run, one test per placeholder.

The values are computed in core (`presidium.core.placeholders.VALUES`), next to the list `validate`
checks against, so a placeholder cannot be accepted by the loader and then never filled.
"""

import re
from datetime import datetime
from pathlib import Path

import pytest

from presidium.app.samples import sample_path
from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.core.placeholders import PLACEHOLDERS, VALUES, Context, fill, values

PROGRAM = load_program(sample_path("vi"))
DISCUSSION = next(item for item in PROGRAM.items if item.kind == "discussion" and len(item.speakers) >= 2)
VOTE = next(item for item in PROGRAM.items if item.kind == "vote")
ELECTION = next(item for item in PROGRAM.items if item.kind == "election")
START = PROGRAM.sessions[0].starts_at.timestamp()


@pytest.fixture
def session(tmp_path):
    clock = FakeClock(START)
    s = CongressSession.open(PROGRAM, tmp_path / "j.db", clock=clock)
    s.start()
    yield s
    s.close()


def filled(session, name, item=None, next_item=None):
    state = session.state
    item = item if item is not None else state.current_item
    next_item = next_item if next_item is not None else state.next_item
    return fill("{" + name + "}", values(Context(PROGRAM, state, session.now(), item, next_item)))


def documented_placeholders():
    """The placeholders docs/program-format.md lists in its table, in its order."""
    text = (Path(__file__).parent.parent / "docs" / "program-format.md").read_text(encoding="utf-8")
    section = text.split("## Placeholders", 1)[1].split("\n## ", 1)[0]
    return tuple(re.findall(r"^\| `\{([a-z_.]+)\}` \|", section, flags=re.MULTILINE))


def test_every_documented_placeholder_has_a_value_computed_in_core():
    assert documented_placeholders() == PLACEHOLDERS
    assert set(PLACEHOLDERS) == set(VALUES)


def test_convened_follows_the_latest_credentials_figures(session):
    assert filled(session, "convened") == str(PROGRAM.congress.delegates_convened)
    session.set_attendance(140)
    session.correct_convened(148, "bốn đại biểu không thể triệu tập, rút khỏi danh sách")
    assert filled(session, "convened") == "148"


def test_present_is_unknown_until_the_credentials_report(session):
    assert filled(session, "present") == "…"
    session.set_attendance(140)
    assert filled(session, "present") == "140"


def test_absent_is_convened_less_present(session):
    session.set_attendance(140)
    assert filled(session, "absent") == str(PROGRAM.congress.delegates_convened - 140)


def test_quorum_is_what_the_quorum_rule_requires(session):
    rule = PROGRAM.rules[PROGRAM.congress.quorum]
    assert (rule.fraction, rule.base, rule.strict) == (rule.fraction, "convened", False)
    convened = PROGRAM.congress.delegates_convened
    expected = -(-convened * rule.fraction.numerator // rule.fraction.denominator)  # at least 2/3, rounded up
    assert filled(session, "quorum") == str(expected)


def test_quorum_leaves_out_those_excused_for_the_whole_congress_as_the_vote_panel_does(session):
    """The Party rules take those absent for the whole congress without a substitute off the "convened"
    base: the {quorum} the chair reads out is the figure the vote is then checked against."""
    from presidium.core.decisions import quorum

    convened = PROGRAM.congress.delegates_convened
    session.set_attendance(convened - 12, excused=9)
    needed = quorum(PROGRAM, session.state.attendance).needed
    rule = PROGRAM.rules[PROGRAM.congress.quorum]
    assert needed == -(-(convened - 9) * rule.fraction.numerator // rule.fraction.denominator)
    assert filled(session, "quorum") == str(needed)


@pytest.mark.parametrize("field", ["title", "organization", "congress_name", "term", "place", "venue"])
def test_congress_fields(session, field):
    assert filled(session, f"congress.{field}") == getattr(PROGRAM.congress, field)


def test_item_title_and_by_are_the_current_items(session):
    first = PROGRAM.items[0]
    assert filled(session, "item.title") == first.title
    assert filled(session, "item.by") == (first.by or "…")


def test_next_title_and_by_are_the_next_items(session):
    second = PROGRAM.items[1]
    assert filled(session, "next.title") == second.title
    assert filled(session, "next.by") == (second.by or "…")


def test_time_and_date_are_now(session):
    moment = datetime.fromtimestamp(session.now())
    assert filled(session, "time") == moment.strftime("%H:%M")
    assert filled(session, "date") == moment.strftime("%d/%m/%Y")


def test_vote_question_on_a_vote_item(session):
    assert filled(session, "vote.question", item=VOTE) == VOTE.vote.question
    assert filled(session, "vote.question", item=DISCUSSION) == "…"


def test_election_body_and_seats_on_an_election_item(session):
    assert filled(session, "election.body", item=ELECTION) == ELECTION.election.body
    assert filled(session, "election.seats", item=ELECTION) == str(ELECTION.election.seats)


def test_speaker_name_unit_topic_follow_the_discussion(session):
    first, second = DISCUSSION.speakers[:2]
    session.goto(DISCUSSION.id)
    # Before anyone is called, the words introduce the first registered speaker.
    assert filled(session, "speaker.name") == first.name
    session.call_speaker()
    assert (filled(session, "speaker.name"), filled(session, "speaker.unit"), filled(session, "speaker.topic")) == (
        first.name,
        first.unit or "…",
        first.topic or "…",
    )
    session.call_speaker()  # the first is done; the second has the floor
    assert (filled(session, "speaker.name"), filled(session, "speaker.unit"), filled(session, "speaker.topic")) == (
        second.name,
        second.unit or "…",
        second.topic or "…",
    )


def test_speaker_placeholders_are_empty_outside_a_discussion(session):
    assert filled(session, "speaker.name", item=VOTE) == "…"


def test_speaker_before_the_run_is_the_first_registered(tmp_path):
    s = CongressSession.open(PROGRAM, tmp_path / "j.db", clock=FakeClock(START))
    try:
        text = fill("{speaker.name} — {speaker.topic}", values(Context(PROGRAM, s.state, START, DISCUSSION)))
        assert text == f"{DISCUSSION.speakers[0].name} — {DISCUSSION.speakers[0].topic}"
    finally:
        s.close()
