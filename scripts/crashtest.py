"""Crash test of the journal: a child process records actions as fast as it can and is killed with
SIGKILL at a random moment (after a random number of acknowledged actions, drawn from the seed); then
nothing it acknowledged may be missing and the run must resume in exactly the state it was in.

    python scripts/crashtest.py [-n 50] [--db PATH] [--seed S]      prints "N passed, M failed"

The seed is printed first (on stderr): `--seed S` replays the same rounds.

The child prints "ack SEQ DIGEST" (flushed) after each action returns, i.e. after the journal said
it was durable; DIGEST is a hash of the run state at that point.

What a SIGKILL can and cannot prove: the process dies but the operating system lives on, so every
write the process handed to the OS survives whether or not it was flushed to the disk. The harness
proves that nothing is acknowledged before its transaction committed, that the chain holds after a
kill and that the run resumes exactly; it cannot tell fsync from no fsync (it passes with
synchronous=OFF). So the child also reports the pragmas its journal connection really runs with, and
a round fails unless they are journal_mode=WAL and synchronous=FULL (2). Losing power is not tested
here; that needs a machine (or a VM) switched off mid-write.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
from datetime import date
from datetime import time as clock_time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from presidium.app.session import CongressSession  # noqa: E402
from presidium.core.clock import RealClock  # noqa: E402
from presidium.core.events import InvalidAction, canonical_json  # noqa: E402
from presidium.core.program import Card, Congress, Item, Program, Rule, Session  # noqa: E402
from presidium.core.run import RunState, fold  # noqa: E402
from presidium.core.timers import run_timers  # noqa: E402
from presidium.infra.journal import Journal  # noqa: E402


def crash_program() -> Program:
    items = tuple(Item(f"muc-{n}", f"Mục {n}", "procedure", 60 * n) for n in range(1, 7))
    return Program(
        congress=Congress("Đại hội thử sập nguồn", "Đảng bộ thử", 100),
        rules={"motion": Rule("motion", Fraction(1, 2), "convened")},
        sessions=(Session("phien", "Phiên chính thức", date(2025, 7, 7), clock_time(7, 30), items),),
        cards=(Card("mat-dien", "Mất điện"),),
        fingerprint="c" * 64,
    )


def digest(state: RunState) -> str:
    return hashlib.sha256(canonical_json(state.snapshot())).hexdigest()[:16]


# --- the child: record actions until killed -------------------------------------------------------
def child(db: str, seed: int, sync: str | None = None) -> None:
    rng = random.Random(seed)
    session = CongressSession.open(crash_program(), db, "rehearsal", RealClock())
    if sync:  # only to show the parent notices a journal that does not flush (tests)
        session.journal.db.execute(f"PRAGMA synchronous={sync}")
    pragmas = (
        session.journal.db.execute("PRAGMA journal_mode").fetchone()[0],
        session.journal.db.execute("PRAGMA synchronous").fetchone()[0],
    )
    print(f"pragmas {pragmas[0]} {pragmas[1]}", flush=True)
    print(f"open {session.state.last_seq} {digest(session.state)}", flush=True)
    actions = [
        (4, lambda s: s.next()),
        (2, lambda s: s.back()),
        (2, lambda s: s.toggle_pause()),
        (1, lambda s: s.note(f"ghi chú {rng.random():.6f}", "time")),
        (1, lambda s: s.use_card("mat-dien")),
        (1, lambda s: s.set_attendance(rng.randint(50, 100))),
        (1, lambda s: s.record_vote(rng.randint(0, 50), 0, 0)),
        (1, lambda s: s.undo_last()),
    ]
    weights = [weight for weight, _ in actions]
    if not session.state.started:
        event = session.start()
        print(f"ack {event.seq} {digest(session.state)}", flush=True)
    while True:
        ((_, act),) = rng.choices(actions, weights)
        try:
            event = act(session)
        except InvalidAction:
            continue
        print(f"ack {event.seq} {digest(session.state)}", flush=True)


# --- the parent: kill, then check ------------------------------------------------------------------
# The child is killed after it acknowledged between these many actions (drawn per round from the seed).
MIN_ACKS, MAX_ACKS = 10, 60


def one_round(db: Path, rng: random.Random, sync: str | None = None) -> str | None:
    """Run a child, SIGKILL it once it acknowledged a random number of actions, check the journal. None
    when all is well."""
    command = [sys.executable, __file__, "--child", str(db), str(rng.randrange(1 << 30))]
    proc = subprocess.Popen(
        command + (["--child-sync", sync] if sync else []), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines: list[list[str]] = []
    heard = threading.Condition()  # the reader says each line, and the end of the child's output
    acked = [0]
    ended = [False]

    def read() -> None:
        for line in proc.stdout:
            with heard:
                lines.append(line.split())
                acked[0] += lines[-1][:1] == ["ack"]
                heard.notify_all()
        with heard:
            ended[0] = True
            heard.notify_all()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    # The kill comes after a random number of acknowledged actions, not after a fixed time, so a slow or
    # loaded machine gets as far into the run as a fast one before it is killed.
    target = rng.randint(MIN_ACKS, MAX_ACKS)
    with heard:
        started = heard.wait_for(lambda: lines or ended[0], 20) and lines
        reached = started and heard.wait_for(lambda: acked[0] >= target or ended[0], 120) and acked[0] >= target
    if not started:
        proc.kill()
        return f"child did not start: {proc.stderr.read()[-500:]}"
    if not reached and proc.poll() is None:
        proc.kill()
        proc.wait()
        return f"child acknowledged {acked[0]} of {target} actions in 120 s"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(5)
    acks = [(int(seq), state) for kind, seq, state in lines if kind == "ack"]
    if proc.returncode != -signal.SIGKILL:
        return f"child ended by itself ({proc.returncode}): {proc.stderr.read()[-500:]}"
    pragmas = [tuple(line[1:]) for line in lines if line and line[0] == "pragmas"]
    if pragmas != [("wal", "2")]:
        found = " ".join(pragmas[0]) if pragmas else "nothing"
        return f"the journal connection runs with journal_mode/synchronous {found}, not WAL and FULL (2)"
    return check(db, acks)


def check(db: Path, acks: list[tuple[int, str]]) -> str | None:
    program = crash_program()
    with Journal.open(db) as journal:
        verification = journal.verify()
        if not verification.ok:
            return f"journal altered after the kill: {verification.problem}"
        record = journal.unfinished_run("rehearsal")
        events = journal.events(record.id)
    if acks:
        last, expected = acks[-1]
        if len(events) < last:
            return f"acknowledged event {last} lost (journal holds {len(events)})"
        if len(events) > last + 1:
            return f"{len(events) - last} unacknowledged events in the journal (at most one can be)"
        if digest(fold(program, events[:last])) != expected:
            return f"state after event {last} differs from the one the child showed"
    before = fold(program, events)
    resumed = CongressSession.open(program, db, "rehearsal", RealClock())
    try:
        state = resumed.state
        now = resumed.now()
        if not resumed.resumed or state.last_seq != before.last_seq + 1 or resumed.events()[-1].kind != "reopened":
            return "the run was not resumed with a reopened event"
        if state.statuses() != before.statuses() or state.paused != before.paused:
            return "resumed on another item or pause state"
        if run_timers(state, now).current.elapsed != run_timers(before, now).current.elapsed:
            return "resumed with a different elapsed time"
    finally:
        resumed.close()
    return None


def run_rounds(
    rounds: int, db: Path, seed: int | None = None, echo: bool = False, sync: str | None = None
) -> tuple[int, list[str]]:
    """`sync`: make the child run with another synchronous setting (to show the check catches it)."""
    rng = random.Random(seed)
    failures = []
    for number in range(1, rounds + 1):
        problem = one_round(db, rng, sync)
        if problem:
            failures.append(f"round {number}: {problem}")
        if echo:
            print(f"round {number}: {problem or 'ok'}", file=sys.stderr, flush=True)
    return rounds - len(failures), failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--rounds", type=int, default=50)
    parser.add_argument("--db", type=Path, help="journal to use (default: a new one in a temporary folder)")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("DB", "SEED"), help=argparse.SUPPRESS)
    parser.add_argument("--child-sync", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]), args.child_sync)
        return 0
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    print(f"seed {seed} (replay with --seed {seed})", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "crash.presidium.db"
        passed, failures = run_rounds(args.rounds, db, seed, args.verbose)
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
