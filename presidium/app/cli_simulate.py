"""`presidium simulate FILE --db PATH --script ACTIONS`: a headless dry run on a simulated clock.

The script's times are seconds after the program's first planned minute; every action goes through
CongressSession, so the run lands in the journal exactly as a podium run would.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from presidium.app.session import CongressSession
from presidium.core.actions import ActionsError, load_actions
from presidium.core.clock import FakeClock
from presidium.core.durations import format_clock, format_duration
from presidium.core.events import InvalidAction
from presidium.core.loader import load_program
from presidium.core.messages import say
from presidium.core.problems import ProgramError
from presidium.core.run import RunState
from presidium.core.timers import item_elapsed
from presidium.infra.journal import JournalError


def signed(seconds: float) -> str:
    if abs(seconds) < 0.5:
        return "±0s"
    return ("+" if seconds > 0 else "−") + format_duration(seconds)


def clock(at: float | None) -> str:
    return datetime.fromtimestamp(at).strftime("%H:%M:%S") if at is not None else "--:--:--"


def report(session: CongressSession, now: float) -> list[str]:
    """Planned vs actual per item, in the order held, then the schedule delta."""
    state: RunState = session.state
    program = session.program
    lines = [f"{'item':<24} {'planned':<19} {'actual':<23} {'delta':>8}  status"]
    for run in state.in_order():
        spent = item_elapsed(state, run, now)
        if program.has_item(run.id):
            slot = program.slot(run.id)
            planned = f"{slot.start:%H:%M}–{slot.end:%H:%M} {format_duration(run.item.duration):>5}"
        else:
            planned = f"(inserted)  {format_duration(run.item.duration):>5}"
        held = run.first_started is not None
        actual = f"{clock(run.first_started)}–{clock(run.last_ended)}" if held else "—"
        if held:
            actual += f" {format_clock(spent)}"
        delta = signed(spent - run.item.duration) if run.status in ("done", "current") else ""
        lines.append(f"{run.id[:24]:<24} {planned:<19} {actual:<23} {delta:>8}  {run.status}")
    timers = session.timers(now)
    verdict = "behind" if timers.behind else "ahead" if timers.ahead else "on time"
    lines.append(f"schedule delta: {signed(timers.delta)} ({verdict}); paused {format_duration(timers.paused_total)}; "
                 f"{len(session.deviations(now))} deviations")
    return lines


def main(args) -> int:
    lang = args.lang or "en"
    try:
        program = load_program(args.file)
    except ProgramError as error:
        print(error.text(lang), file=sys.stderr)
        return 1
    try:
        script = load_actions(args.script)
    except ActionsError as error:
        print(error, file=sys.stderr)
        return 1
    base = program.sessions[0].starts_at.timestamp()  # the program's first minute, local time
    fake = FakeClock(base)
    mode = "live" if args.live else "rehearsal"
    try:
        session = CongressSession.open(program, args.db, mode, fake, resume=False)
    except JournalError as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    try:
        for step in script:
            fake.set(base + step.at)
            try:
                kwargs = dict(step.args)
                if "path" in kwargs:  # a file named in the script is found beside the script
                    kwargs["path"] = Path(args.script).parent / kwargs["path"]
                getattr(session, step.method)(**kwargs)
            except InvalidAction as error:
                print(f"{args.script}:{step.line}: {error.message(lang)}", file=sys.stderr)
                return 1
        for warning in session.warnings:
            print(f"{'cảnh báo' if lang == 'vi' else 'warning'}: {say(warning, lang)}", file=sys.stderr)
        print(f"run {session.run_id} ({mode}) in {args.db}: {program.congress.title}")
        print("\n".join(report(session, fake.now())))
        return 0
    except JournalError as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    finally:
        session.close()
