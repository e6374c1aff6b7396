"""`presidium count PROGRAM --item ID --station NAME --db COUNT.sqlite [--round N] [--script ENTRIES]`.

Opens the counting window for one station, or with `--script` enters a whole ENTRIES file headless
(tests, rehearsals of the counting). The file is checked completely before the first ballot is
written: a malformed line is reported with its line number and nothing is recorded. A ballot already
entered the same way is left alone; entered differently, it is recorded as a correction (the script
was changed after reconciliation), never edited.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from presidium.app.counting import CountingStation
from presidium.core.catalogue import Message as Said
from presidium.core.catalogue import text
from presidium.core.catalogue.system import reason
from presidium.core.counting.entries import MAX_FILE, parse_entries
from presidium.core.counting.messages import CountingError
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.infra.journal import JournalError


def _candidates(text: str | None) -> tuple[str, ...] | None:
    if not text:
        return None
    return tuple(" ".join(name.split()) for name in text.split(";") if name.strip())


def open_station(args: argparse.Namespace, lang: str) -> CountingStation | None:
    try:
        program = load_program(args.file)
    except ProgramError as error:
        print(error.text(lang), file=sys.stderr)
        return None
    try:
        return CountingStation.open(
            program,
            args.item,
            args.station,
            args.db,
            round_no=args.round,
            seats=args.seats,
            candidates=_candidates(args.candidates),
        )
    except (CountingError, JournalError) as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return None


def read_entries(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise CountingError("counting.file-large", path=path, size=size, limit=MAX_FILE)
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CountingError("counting.file-unreadable", path=path, detail=reason(error)) from None


def run_script(station: CountingStation, path: Path, lang: str) -> int:
    try:
        entries, problems = parse_entries(read_entries(path))
    except CountingError as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    seen: dict[int, int] = {}
    for line, entry in entries:
        try:
            station.judge(entry)
        except CountingError as problem:
            problems.append((line, problem))
        if entry.number in seen:
            problems.append(
                (
                    line,
                    CountingError(
                        "counting.already-entered",
                        number=entry.number,
                        was=Said("counting.at-line", path=path.name, line=seen[entry.number], problem=entry.text()),
                    ),
                )
            )
        seen.setdefault(entry.number, line)
    if problems:
        for line, refused in sorted(problems, key=lambda p: p[0]):
            print(f"{path}:{line}: {refused.message(lang)}", file=sys.stderr)
        return 1
    new = corrected = same = 0
    for _, entry in entries:
        was = station.state.entries.get(entry.number)
        if was is None:
            station.enter(entry)
            new += 1
        elif entry.same(was):
            same += 1
        else:
            station.correct(entry)
            corrected += 1
    head = (
        station.journal.db.execute("SELECT head_hash FROM runs WHERE id = ?", [station.run_id]).fetchone()[0]
        if station.run_id
        else "—"
    )
    print(
        text(
            "cli.count.done",
            lang,
            station=station.station,
            entered=len(station.state.entries),
            new=new,
            corrected=corrected,
            same=same,
            db=station.journal.path,
            run=station.run_id or "—",
            head=head[:16],
        )
    )
    return 0


def main(args: argparse.Namespace) -> int:
    lang = args.lang or "vi"
    station = open_station(args, lang)
    if station is None:
        return 1
    try:
        if args.script is not None:
            return run_script(station, args.script, lang)
        from presidium.ui.counting.launch import run_window

        return run_window(station, lang)
    except (CountingError, JournalError) as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    finally:
        station.close()
