"""`presidium tally PROGRAM --item ID A.sqlite B.sqlite [C.sqlite …] [--round N] [--issued N] [--present N]
[--json] [-o RESULT.json]`: reconcile the stations and, when they agree, count and decide.

Each station's journal is opened read-only and its chain verified. A ballot entered differently at
one station, or missing at one, is listed by number with what each station entered, and the command
exits 1 with no result: the stations re-enter those ballots (journaled corrections) and tally again.
When every ballot agrees, the figures are decided by `core.decisions.decide_ballot`, the code the
podium runs for a typed `ballot`, and `-o` writes the result file the podium takes (docs/counting.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from presidium.app.reconciling import Station, load_stations
from presidium.core.announce import announce_election
from presidium.core.ballots import ElectionResult
from presidium.core.catalogue import text
from presidium.core.catalogue.system import reason
from presidium.core.counting.messages import CountingError
from presidium.core.counting.paper import BallotPaper
from presidium.core.counting.result import MAX_ISSUED, result_document
from presidium.core.counting.rules import reason_text
from presidium.core.counting.tally import Difference, Tally, reconcile, tally
from presidium.core.decisions import decide_ballot
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.core.program import Program
from presidium.core.records import Attendance
from presidium.core.votes import VoteError
from presidium.infra.journal import JournalError


def decide(
    program: Program, paper: BallotPaper, figures: Tally, issued: int | None, present: int | None
) -> ElectionResult:
    """The round decided exactly as the podium decides a typed ballot."""
    raw = {
        "issued": figures.entered if issued is None else issued,
        "returned": figures.entered,
        "invalid": figures.invalid,
        "votes": dict(figures.votes),
        "seats": paper.seats,
        "candidates": list(paper.candidates),
    }
    convened = program.congress.delegates_convened
    attendance = None if present is None else Attendance.hall(convened, present)
    item = program.item(paper.item)
    return decide_ballot(program, item, raw, attendance, (), paper.candidates)


def write_result(path: Path, document: dict) -> None:
    temporary = path.with_name(path.name + ".part")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def report(
    stations: list[Station],
    differences: list[Difference],
    figures: Tally | None,
    result: ElectionResult | None,
    issued: int | None,
    lang: str,
) -> list[str]:
    described = ", ".join(
        text(
            "cli.tally.station",
            lang,
            name=s.record.name,
            run=s.record.run,
            events=s.record.head_seq,
            head=s.record.head_hash[:16],
        )
        for s in stations
    )
    lines = [text("cli.tally.stations", lang, list=described)]
    if differences:
        lines.append(text("cli.tally.differences", lang, count=len(differences)))
        lines += ["  " + d.describe(lang) for d in differences]
        return lines
    assert figures is not None and result is not None
    lines.append(text("cli.tally.agree", lang, count=figures.entered))
    lines.append(
        text("cli.tally.issued", lang, issued=issued) if issued is not None else text("cli.tally.no-issued", lang)
    )
    lines.append(text("cli.tally.figures", lang, entered=figures.entered, valid=figures.valid, invalid=figures.invalid))
    lines += [
        text("cli.tally.reason", lang, reason=reason_text(code, lang), count=n)
        for code, n in figures.invalid_reasons.items()
    ]
    for no, (name, votes) in enumerate(figures.votes.items(), start=1):
        lines.append(text("cli.tally.votes", lang, no=no, name=name, votes=votes))
        if figures.not_counted.get(name):
            lines.append(text("cli.tally.not-counted", lang, count=figures.not_counted[name]))
    lines.append("")
    lines.append(announce_election(result, lang=lang))
    return lines


def main(args: argparse.Namespace) -> int:
    lang = args.lang or "vi"
    try:
        program = load_program(args.file)
    except ProgramError as error:
        print(error.text(lang), file=sys.stderr)
        return 1
    convened = program.congress.delegates_convened
    if args.issued is not None and not 0 <= args.issued <= MAX_ISSUED:
        print(
            f"presidium: {CountingError('counting.issued-bad', limit=MAX_ISSUED, got=args.issued).message(lang)}",
            file=sys.stderr,
        )
        return 1
    if args.present is not None and not 0 <= args.present <= convened:
        print(f"presidium: {text('cli.tally.present-bad', lang, convened=convened, got=args.present)}", file=sys.stderr)
        return 1
    try:
        stations = load_stations(args.stations, args.item, args.round)
        differences = reconcile([(s.record.name, s.state.entries) for s in stations])
        first = stations[0]
        figures = result = None
        if not differences:
            figures = tally(first.paper, first.state.rules, first.state.entries)
            result = decide(program, first.paper, figures, args.issued, args.present)
    except (CountingError, JournalError, VoteError) as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    if args.json:
        print(
            json.dumps(
                {
                    "stations": [s.record.stamp() for s in stations],
                    "differences": [d.to_dict() for d in differences],
                    "figures": figures.to_dict() if figures else None,
                    "result": result.to_dict() if result else None,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print("\n".join(report(stations, differences, figures, result, args.issued, lang)))
    if figures is None:  # the stations differ: no result until they re-enter those ballots
        return 1
    if args.output is not None:
        document = result_document(
            program.fingerprint, first.paper, first.state.rules, figures, [s.record for s in stations], args.issued
        )
        try:
            write_result(args.output, document)
        except OSError as error:
            print(
                f"presidium: {text('cli.tally.cannot-write', lang, path=args.output, error=reason(error))}",
                file=sys.stderr,
            )
            return 1
        if not args.json:
            print(text("cli.tally.written", lang, path=args.output))
    return 0
