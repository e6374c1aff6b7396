"""A large run (300 items, over a thousand events in the live run, two rehearsals) through the real
command in a fresh process: both documents are complete, quick, and the process exits cleanly."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from generate_program import program_text  # noqa: E402

pytestmark = pytest.mark.slow  # a 300-item run exported by the real command in another process

ITEMS = 300
CATEGORIES = ("time", "procedure", "technical", "personnel", "other")


def play(program, db: Path, mode: str, day: int, slow: float) -> None:
    clock = FakeClock(datetime(2025, 7, day, 7, 30).timestamp())
    session = CongressSession.open(program, db, mode, clock)
    session.start()
    session.set_attendance(480, reason="ốm")
    items = program.items
    for i, item in enumerate(items):
        stretch = slow if i % 4 == 0 else 0.9
        clock.advance(item.duration * stretch / 2)
        session.note(f"Ghi chú số {i}", CATEGORIES[i % 5])
        if i % 2 == 0:
            session.use_card(item.cards[0])
        if item.vote:
            session.record_vote(300 + i % 100, 10, 5)
        if i % 3 == 0:
            session.pause()
            clock.advance(30)
            session.resume()
        clock.advance(item.duration * stretch / 2)
        if i < len(items) - 1:
            session.next()
    session.finish()
    session.close()


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    source = folder / "big.toml"
    source.write_text(program_text(ITEMS, 3), encoding="utf-8")
    program = load_program(source)
    db = folder / "big.db"
    play(program, db, "rehearsal", 5, 1.3)
    play(program, db, "rehearsal", 6, 1.2)
    play(program, db, "live", 7, 1.25)
    return folder, db


def run_export(what: str, db: Path, out: Path) -> tuple[subprocess.CompletedProcess, float]:
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "presidium", "export", what, "--db", str(db), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    return done, time.perf_counter() - began


def test_large_minutes(big):
    folder, db = big
    done, _ = run_export("minutes", db, folder / "bb.docx")
    assert done.returncode == 0, done.stderr
    document = Document(str(folder / "bb.docx"))
    votes = next(t for t in document.tables if "Tán thành" in [c.text for c in t.rows[0].cells])
    assert len(votes.rows) - 1 == sum(1 for item in load_program(folder / "big.toml").items if item.vote)
    seconds = float(done.stdout.rsplit("(", 1)[1].split()[0].replace(",", "."))
    assert seconds < 5  # measured about 0.6 s on the reference machine; generous for shared CI


def test_large_review_with_charts_exits_cleanly(big):
    folder, db = big
    done, _ = run_export("review", db, folder / "rkn.docx")
    assert done.returncode == 0, done.stderr  # Qt painting thousands of shapes must not crash the exit
    document = Document(str(folder / "rkn.docx"))
    assert len(document.inline_shapes) == 2
    appendix = [t for t in document.tables if t.rows[0].cells[0].text == "TT"][-1]
    assert len(appendix.rows) - 1 == ITEMS
    header = [c.text for c in appendix.rows[0].cells]
    assert header[5:7] == ["TD 1", "TD 2"]
    seconds = float(done.stdout.rsplit("(", 1)[1].split()[0].replace(",", "."))
    assert seconds < 5
