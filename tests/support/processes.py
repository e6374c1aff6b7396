"""A podium process writing the journal, driven line by line from the test (`Writer`), and the events of
a journal's latest run (`events_of`), for the tests of the writer lock and of readers alongside a writer.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from presidium.infra.journal import Journal

WRITER = textwrap.dedent("""
    import sys
    from presidium.app.samples import sample_path
    from presidium.app.session import CongressSession
    from presidium.core.loader import load_program

    session = CongressSession.open(load_program(sample_path("vi")), sys.argv[1], "live")
    if not session.state.started:
        session.start()
    print("ready", session.state.last_seq, flush=True)
    for line in sys.stdin:
        command, _, count = line.strip().partition(" ")
        if command == "next":
            session.next()
        elif command == "notes":  # as fast as it can: the readers must cope
            for n in range(int(count)):
                session.note(f"ghi chú {n}", "other")
        elif command == "quit":
            session.close()
            print("closed", flush=True)
            break
        print("ok", session.state.last_seq, flush=True)
""")


class Writer:
    """A podium process writing the journal, driven line by line."""

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.seq = self._answer("ready")

    def _answer(self, word: str) -> int:
        line = self.process.stdout.readline().split()
        assert line and line[0] == word, line
        return int(line[1]) if len(line) > 1 else 0

    def send(self, command: str) -> int:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        self.seq = self._answer("closed" if command == "quit" else "ok")
        return self.seq

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL if os.name != "nt" else signal.SIGTERM)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.kill()


def events_of(db: Path) -> list:
    with Journal.open(db, readonly=True) as journal:
        return journal.events(journal.runs()[-1].id)
