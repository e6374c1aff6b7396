"""`presidium simulate FILE --db PATH --script ACTIONS`: a headless dry run on a simulated clock.

The script's times are seconds after the program's first planned minute; every action goes through
CongressSession, so the run lands in the journal exactly as a podium run would.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from presidium.app.session import CongressSession
from presidium.core.action_script import ActionsError, load_actions
from presidium.core.catalogue import Message, text
from presidium.core.clock import FakeClock
from presidium.core.durations import format_clock, format_duration
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.core.run import RunState
from presidium.core.run_messages import InvalidAction
from presidium.core.timers import item_elapsed
from presidium.core.zone import local
from presidium.infra.journal import JournalError


def signed(seconds: float) -> str:
    if abs(seconds) < 0.5:
        return "±0s"
    return ("+" if seconds > 0 else "−") + format_duration(seconds)


def clock(at: float | None) -> str:
    return local(at).strftime("%H:%M:%S") if at is not None else "--:--:--"


def report(session: CongressSession, now: float, lang: str = "en") -> list[str]:
    """Planned vs actual per item, in the order held, then the schedule delta."""
    state: RunState = session.state
    program = session.program
    heads = {key: text(f"cli.simulate.{key}", lang) for key in ("item", "planned", "actual", "delta", "status")}
    lines = [f"{heads['item']:<24} {heads['planned']:<19} {heads['actual']:<23} {heads['delta']:>8}  {heads['status']}"]
    inserted = text("cli.simulate.inserted", lang)
    for run in state.in_order():
        spent = item_elapsed(state, run, now)
        if program.has_item(run.id):
            slot = program.slot(run.id)
            planned = f"{slot.start:%H:%M}–{slot.end:%H:%M} {format_duration(run.item.duration):>5}"
        else:
            planned = f"{inserted:<11} {format_duration(run.item.duration):>5}"
        held = run.first_started is not None
        actual = f"{clock(run.first_started)}–{clock(run.last_ended)}" if held else "—"
        if held:
            actual += f" {format_clock(spent)}"
        delta = signed(spent - run.item.duration) if run.status in ("done", "current") else ""
        status = text(f"vocabulary.status.{run.status}", lang)
        lines.append(f"{run.id[:24]:<24} {planned:<19} {actual:<23} {delta:>8}  {status}")
    timers = session.timers(now)
    verdict = Message(
        "cli.simulate.behind" if timers.behind else "cli.simulate.ahead" if timers.ahead else "cli.on-time"
    )
    lines.append(
        text(
            "cli.simulate.summary",
            lang,
            delta=signed(timers.delta),
            verdict=verdict,
            paused=format_duration(timers.paused_total),
            deviations=len(session.deviations(now)),
        )
    )
    return lines


def main(args: argparse.Namespace) -> int:
    lang = args.lang or "vi"
    try:
        program = load_program(args.file)
    except ProgramError as error:
        print(error.text(lang), file=sys.stderr)
        return 1
    try:
        script = load_actions(args.script)
    except ActionsError as error:
        print(error.text(lang), file=sys.stderr)
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
                kwargs: dict[str, object] = dict(step.args)
                named = step.args.get("path")
                if isinstance(named, str):  # a file named in the script is found beside the script
                    kwargs["path"] = Path(args.script).parent / named
                getattr(session, step.method)(**kwargs)
            except InvalidAction as error:
                print(f"{args.script}:{step.line}: {error.message(lang)}", file=sys.stderr)
                return 1
        for warning in session.warnings:
            print(text("cli.simulate.warning", lang, warning=warning), file=sys.stderr)
        print(
            text(
                "cli.simulate.run",
                lang,
                run=session.run_id,
                mode=Message(f"vocabulary.mode.{mode}"),
                db=args.db,
                title=program.congress.title,
            )
        )
        print("\n".join(report(session, fake.now(), lang)))
        return 0
    except JournalError as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    finally:
        session.close()
