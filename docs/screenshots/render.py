"""Render the podium window, the card palette and the stage display to PNG (offscreen).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render.py [vi|en]

Runs the bundled sample on a fake clock in a throw-away journal: three items done, the fourth
running a little over, so every panel has something to show. Then, in a fresh run for each theme: a
show of hands with its result in the script area, the vote panel, the election panel and a count
with a tie at the last seat (and its verdict on the stage display), a discussion speaker
overrunning, and the stage display with that speaker; and, in a run of its own, a count that fills
every seat. The podium and the count with a tie are also rendered at the small podium screens,
1024×640 (the window's minimum) and 1280×720, in the light theme.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from presidium.app.samples import sample_path  # noqa: E402
from presidium.app.session import CongressSession  # noqa: E402
from presidium.core.clock import FakeClock  # noqa: E402
from presidium.core.decisions import round_terms, rule_for  # noqa: E402
from presidium.core.loader import load_program  # noqa: E402
from presidium.ui.controller import PodiumController  # noqa: E402
from presidium.ui.i18n import Language  # noqa: E402
from presidium.ui.prefs import Preferences  # noqa: E402
from presidium.ui.vote_panel import ElectionPanel, VotePanel  # noqa: E402

HERE = Path(__file__).parent
SMALL = ((1024, 640), (1280, 720))  # small podium laptops, rendered in the light theme


def main(lang: str = "vi") -> None:
    app = QApplication.instance() or QApplication([])
    Language(app).use(lang)
    program = load_program(sample_path(lang))
    first = program.sessions[0]
    clock = FakeClock(datetime.combine(first.date, first.start).timestamp())
    work = Path(tempfile.mkdtemp())
    session = CongressSession.open(program, work / "journal.db", "rehearsal", clock)
    prefs = Preferences(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    controller = PodiumController(session, prefs, lang)
    window = controller.window
    window.show()

    def shot(name: str, widget=None) -> None:
        controller.refresh()
        settle(app)
        (widget or window).grab().save(str(HERE / f"{name}-{lang}.png"))

    for theme in ("light", "dark"):
        if controller.theme.name != theme:
            controller.toggle_theme()
        window.resize(1366, 768)
        if not session.state.started:
            shot(f"ready-1366-{theme}")
            session.start()
            session.set_attendance(148)
            for spend in (330, 290, 610):
                clock.advance(spend)
                session.next()
            clock.advance(program.items[3].duration + 95)
            session.note("Đại biểu cấp trên đến muộn 10 phút" if lang == "vi" else "Guest arrived late", "time")
        shot(f"podium-1366-{theme}")
        if theme == "light":
            for width, height in SMALL:
                window.resize(width, height)
                shot(f"podium-{width}-{theme}")
        window.resize(1920, 1080)
        shot(f"podium-1920-{theme}")
        controller.toggle_stage()
        controller.stage.resize(1280, 720)
        controller.send_message(window.commands.message_text("message_end"))
        shot(f"stage-{theme}", controller.stage)
        controller.toggle_stage()
        window.resize(1366, 768)
        controller.open_cards()
        controller.palette.search.setText("mat dien" if lang == "vi" else "power")
        shot(f"cards-{theme}", controller.palette)
        controller.palette.close()
    controller.shutdown()
    session.close()
    for theme in ("light", "dark"):
        votes_and_speakers(app, program, lang, theme)
        election_complete(app, program, lang, theme)


def votes_and_speakers(app: QApplication, program, lang: str, theme: str) -> None:
    first = program.sessions[0]
    clock = FakeClock(datetime.combine(first.date, first.start).timestamp())
    work = Path(tempfile.mkdtemp())
    session = CongressSession.open(program, work / "journal.db", "rehearsal", clock)
    prefs = Preferences(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    prefs.theme = theme
    controller = PodiumController(session, prefs, lang)
    window = controller.window
    window.resize(1366, 768)
    window.show()

    def shot(name: str, widget=None) -> None:
        controller.refresh()
        settle(app)
        (widget or window).grab().save(str(HERE / f"{name}-{theme}-{lang}.png"))

    session.start()
    clock.advance(600)
    session.set_attendance(148, reason="công tác" if lang == "vi" else "on duty")
    vote_item = next(i for i in program.items if i.kind == "vote" and i.id not in (session.state.current.id,))
    election = next(i for i in program.items if i.election is not None and len(i.election.candidates) > 3)
    discussion = next(i for i in program.items if i.kind == "discussion")

    session.goto(vote_item.id)
    clock.advance(70)
    panel = VotePanel(
        vote_item, rule_for(program, vote_item), controller.attendance_text, lambda: None, lambda *a, **k: False, window
    )
    panel.for_.setText("145")
    panel.against.setText("2")
    panel.abstain.setText("1")
    panel.show()
    app.processEvents()
    panel.adjustSize()
    shot("vote-panel", panel)
    panel.close()
    session.record_vote(145, 2, 1)
    shot("vote-result-1366")

    session.goto(election.id)
    clock.advance(1800)
    names = session.state.candidates(election.id)
    seats = election.election.seats
    votes = tie_votes(names, seats, valid=146)
    panel = ElectionPanel(
        election,
        names,
        round_terms(election, {}, [], names),
        controller.attendance_text,
        lambda: None,
        lambda *a, **k: False,
        lambda *a: False,
        counting=True,
        parent=window,
    )
    panel.issued.setText("148")
    panel.returned.setText("148")
    panel.invalid.setText("2")
    for name, field in panel.votes.items():
        field.setText(str(votes[name]))
    panel.show()
    app.processEvents()
    panel.adjustSize()
    shot("election-panel", panel)
    panel.close()
    session.record_ballot(148, 148, 2, votes)
    assert session.state.ballots[-1].result.tie, "the sample count should end in a tie at the last seat"
    shot("election-tie-1366")
    if theme == "light":
        for width, height in SMALL:
            window.resize(width, height)
            shot(f"election-tie-{width}")
        window.resize(1366, 768)
    controller.toggle_stage()
    controller.stage.resize(1280, 720)
    shot("stage-result", controller.stage)
    controller.toggle_stage()

    session.goto(discussion.id)
    clock.advance(30)
    session.call_speaker()
    clock.advance(8 * 60 + 45)
    shot("discussion-1366")
    controller.toggle_stage()
    controller.stage.resize(1280, 720)
    shot("stage-speaker", controller.stage)
    controller.toggle_stage()
    controller.shutdown()
    session.close()


def election_complete(app: QApplication, program, lang: str, theme: str) -> None:
    """A fresh run: the first election filled in one count, one candidate over the threshold outranked."""
    first = program.sessions[0]
    clock = FakeClock(datetime.combine(first.date, first.start).timestamp())
    work = Path(tempfile.mkdtemp())
    session = CongressSession.open(program, work / "journal.db", "rehearsal", clock)
    prefs = Preferences(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    prefs.theme = theme
    controller = PodiumController(session, prefs, lang)
    window = controller.window
    window.resize(1366, 768)
    window.show()
    session.start()
    clock.advance(600)
    session.set_attendance(148)
    election = next(i for i in program.items if i.election is not None and len(i.election.candidates) > 3)
    session.goto(election.id)
    clock.advance(1800)
    names = session.state.candidates(election.id)
    session.record_ballot(148, 148, 2, complete_votes(names, election.election.seats, valid=146))
    assert session.state.ballots[-1].result.complete, "the sample count should fill every seat"
    controller.refresh()
    settle(app)
    window.grab().save(str(HERE / f"election-complete-1366-{theme}-{lang}.png"))
    controller.shutdown()
    session.close()


def settle(app: QApplication) -> None:
    """Let the layout settle: a face or a table that refits to its new size asks for a new layout."""
    for _ in range(4):
        app.processEvents()


def tie_votes(names, seats: int, valid: int) -> dict[str, int]:
    """All seats but one to the first names, two tied for the last, the rest well behind (a valid
    ballot names at most `seats` people, so the votes add up to at most valid × seats)."""
    elected = [valid - 4 - 2 * i for i in range(seats - 1)]
    rest = len(names) - seats - 1
    tied = min(elected[-1] - 6, (valid * seats - sum(elected) - 10 * rest) // 2)
    votes = dict(zip(names, elected + [tied, tied], strict=False))  # the first names; the rest below
    votes.update(dict.fromkeys(names[seats + 1 :], 10))
    return votes


def complete_votes(names, seats: int, valid: int) -> dict[str, int]:
    """Every seat filled; the others well behind, within what the ballots have left."""
    elected = [valid - 4 - 2 * i for i in range(seats)]
    left = valid * seats - sum(elected)
    votes = dict(zip(names, elected, strict=False))  # the first names; the rest below
    for i, name in enumerate(names[seats:]):
        votes[name] = min(elected[-1] - 20 - 15 * i, left)
        left -= votes[name]
    return votes


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "vi")
