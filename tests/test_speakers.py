"""The discussion speaker queue on a fake timeline: who speaks, who is next, per-speaker timers,
floor requests, moves, absences and written submissions."""

import pytest

from presidium.core.program import Item, Speaker
from presidium.core.speakers import SpeakerError, SpeakerQueue, apply_speaker_event, call_words

ITEM = Item(
    id="thao-luan",
    title="Thảo luận",
    kind="discussion",
    duration=30 * 60,
    speaker_allowance=7 * 60,
    speakers=(
        Speaker("Nguyễn Văn An", "Ban Chỉ huy Quân sự huyện Kỳ Anh", "công tác huấn luyện"),
        Speaker("Trần Thị Bình", "Đảng ủy Bộ đội Biên phòng", "xây dựng nền quốc phòng toàn dân", 10 * 60),
        Speaker("Lê Văn Cường", "Trung đoàn 841", "công tác đảng, công tác chính trị"),
    ),
)


def run(queue, *events):
    for at, kind, payload in events:
        queue = apply_speaker_event(queue, kind, payload, at)
    return queue


def test_allowances_come_from_the_speaker_or_the_item_default():
    queue = SpeakerQueue.for_item(ITEM)
    assert [t.allowance for t in queue.turns] == [420, 600, 420]
    assert queue.next.name == "Nguyễn Văn An"
    assert queue.waiting_seconds() == 1440


def test_calling_the_next_speaker_ends_the_current_turn():
    queue = run(SpeakerQueue.for_item(ITEM), (0, "speaker", {}), (400, "speaker", {}))
    first, second, third = queue.turns
    assert (first.status, first.elapsed(10_000)) == ("done", 400)
    assert second.status == "speaking" and queue.current is second
    assert queue.next is third


def test_speaker_timer_counts_down_then_overruns():
    queue = run(SpeakerQueue.for_item(ITEM), (100, "speaker", {}))
    current = queue.current
    assert current.remaining(100 + 60) == 360
    assert current.overrun(100 + 500) == 80
    assert current.remaining(100 + 500) == -80


def test_a_pause_stops_the_speakers_clock():
    queue = run(SpeakerQueue.for_item(ITEM), (0, "speaker", {}), (100, "pause", {}), (400, "resume", {}))
    assert queue.current.elapsed(500) == 200
    paused_again = apply_speaker_event(queue, "pause", {}, 600)
    assert paused_again.current.elapsed(900) == 300


def test_written_submission_recovers_its_allowance_and_leaves_the_queue():
    queue = run(SpeakerQueue.for_item(ITEM), (0, "speaker-written", {"name": "Trần Thị Bình"}))
    assert queue.recovered_seconds() == 600
    assert [t.name for t in queue.waiting] == ["Nguyễn Văn An", "Lê Văn Cường"]


def test_whether_the_rest_fits_in_the_time_left():
    queue = run(SpeakerQueue.for_item(ITEM), (0, "speaker", {}))
    # An is at 1 min of 7; Bình 10 and Cường 7 wait: 6 + 17 = 23 minutes needed.
    assert queue.fits(23 * 60, now=60)
    assert not queue.fits(23 * 60 - 1, now=60)


def test_floor_request_joins_the_end_and_can_be_moved_up():
    queue = run(
        SpeakerQueue.for_item(ITEM),
        (0, "speaker-floor", {"name": "Phạm Thị Dung", "unit": "Hội Phụ nữ"}),
        (1, "speaker-move", {"name": "Phạm Thị Dung", "by": -2}),
    )
    assert [t.name for t in queue.waiting] == ["Nguyễn Văn An", "Phạm Thị Dung", "Trần Thị Bình", "Lê Văn Cường"]
    assert queue.turn("Phạm Thị Dung").floor and queue.turn("Phạm Thị Dung").allowance == 420


def test_a_floor_speaker_given_without_unit_or_topic_has_empty_ones():
    # The session records an empty unit or topic as null; the speaker must still carry text, as every
    # list that prints a unit expects.
    payload = {"name": "Phạm Thị Dung", "unit": None, "topic": None, "seconds": None}
    speaker = run(SpeakerQueue.for_item(ITEM), (0, "speaker-floor", payload)).turn("Phạm Thị Dung").speaker
    assert (speaker.unit, speaker.topic, speaker.seconds) == ("", "", 420)


@pytest.mark.parametrize(
    "payload",
    [
        {"name": "Phạm Thị Dung", "seconds": "mười phút"},
        {"name": ["Phạm Thị Dung"]},
        {"name": "Phạm Thị Dung", "unit": 7},
    ],
)
def test_a_floor_request_with_fields_of_the_wrong_kind_is_refused_not_kept(payload):
    # A journal written elsewhere may hold any JSON; a seconds figure that is text would have been kept
    # and crashed every timer that reads it later.
    with pytest.raises(TypeError):
        run(SpeakerQueue.for_item(ITEM), (0, "speaker-floor", payload))


def test_moves_never_disturb_those_who_already_spoke():
    queue = run(
        SpeakerQueue.for_item(ITEM),
        (0, "speaker", {}),
        (300, "speaker-done", {}),
        (301, "speaker-move", {"name": "Lê Văn Cường", "by": -5}),
    )
    assert [t.name for t in queue.turns] == ["Nguyễn Văn An", "Lê Văn Cường", "Trần Thị Bình"]
    assert queue.turns[0].status == "done"


@pytest.mark.parametrize(
    "events, code",
    [
        ([(0, "speaker-done", {})], "no-one-speaking"),
        ([(0, "speaker-absent", {"name": "Không Có Ai"})], "unknown"),
        ([(0, "speaker", {}), (1, "speaker-absent", {"name": "Nguyễn Văn An"})], "not-waiting"),
        ([(0, "speaker-floor", {"name": "Trần Thị Bình"})], "duplicate"),
        ([(0, "speaker-floor", {"name": "  "})], "empty-name"),
    ],
)
def test_refusals_say_why_in_both_languages(events, code):
    with pytest.raises(SpeakerError) as caught:
        run(SpeakerQueue.for_item(ITEM), *events)
    assert caught.value.code == f"speakers.{code}"
    assert caught.value.message("vi") != caught.value.message("en")


def test_nobody_left_to_call():
    queue = run(
        SpeakerQueue.for_item(ITEM),
        *[(i, "speaker-absent", {"name": t.name}) for i, t in enumerate(SpeakerQueue.for_item(ITEM).turns)],
    )
    with pytest.raises(SpeakerError, match="nobody is waiting"):
        apply_speaker_event(queue, "speaker", {}, 10)


def test_words_to_call_a_speaker():
    an, _, _ = ITEM.speakers
    assert call_words(an) == (
        "Xin mời đồng chí Nguyễn Văn An, Ban Chỉ huy Quân sự huyện Kỳ Anh, trình bày tham luận về công tác huấn luyện."
    )
    assert call_words(Speaker("Hoàng Văn Em")) == "Xin mời đồng chí Hoàng Văn Em trình bày tham luận."
    assert (
        call_words(an, "en")
        == "We now invite Nguyễn Văn An, Ban Chỉ huy Quân sự huyện Kỳ Anh, to speak on công tác huấn luyện."
    )
