"""A speaker called and not yet finished when the minutes and the review are exported (the run still
going): both documents give that speaker the same time at the microphone, up to the run's last
recorded moment, from the one derivation in core (`SpeakerTurn.spoken`)."""

from __future__ import annotations

from docx import Document

from presidium.app import cli_export
from presidium.app.samples import sample_path
from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.core.minutes import build_minutes
from presidium.core.review import RunInfo, build_review

PROGRAM = load_program(sample_path("vi"))
DISCUSSION = next(item for item in PROGRAM.items if item.kind == "discussion" and item.speakers)
FIRST, SECOND = DISCUSSION.speakers[0].name, DISCUSSION.speakers[1].name
MINUTE = 60


def talking(db):
    """Up to the discussion; the first speaker speaks 6 min, the second is still talking after 5 min
    (a note recorded then is the run's last moment)."""
    clock = FakeClock(PROGRAM.sessions[0].starts_at.timestamp())
    s = CongressSession.open(PROGRAM, db, mode="live", clock=clock)
    s.start()
    while s.state.current.id != DISCUSSION.id:
        clock.advance(s.state.current_item.duration)
        s.next()
    s.call_speaker()
    clock.advance(6 * MINUTE)
    s.call_speaker()
    clock.advance(5 * MINUTE)
    s.note("Đại biểu đang phát biểu")
    state = s.state
    s.close()
    return state


def lines(path):
    doc = Document(str(path))
    found = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        found += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return found


def test_minutes_and_review_give_a_speaker_still_talking_the_same_time(tmp_path):
    db = tmp_path / "j.db"
    state = talking(db)
    minutes = build_minutes(PROGRAM, state, mode="live", lang="vi")
    line = next(s for sess in minutes.sessions for i in sess.items for s in i.speakers if s.name == SECOND)
    review = build_review(PROGRAM, RunInfo(1, "live", state.started_at, None, PROGRAM.fingerprint), state, [])
    seen = next(s for d in review.discussions for s in d.speakers if s.name == SECOND)
    assert line.status == seen.status == "speaking"
    assert line.seconds == seen.spoken == 5 * MINUTE

    cli_export.export("minutes", db, None, tmp_path / "bien-ban.docx", "vi")
    cli_export.export("review", db, None, tmp_path / "rut-kinh-nghiem.docx", "vi")
    said = [text for text in lines(tmp_path / "bien-ban.docx") if SECOND in text]
    assert said and "(5 phút)" in said[0]
    assert any(FIRST in text and "(6 phút)" in text for text in lines(tmp_path / "bien-ban.docx"))
    row = next(text for text in lines(tmp_path / "rut-kinh-nghiem.docx") if text.startswith(SECOND))
    assert row.split(" | ")[3] == "5"  # spoken, in minutes, as the minutes say it
