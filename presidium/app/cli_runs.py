"""`presidium runs --db PATH [--json]`: the runs in a journal, rehearsals and live runs apart.

Current item and delta come from replaying each run with the program stored beside it; an
unfinished run is shown as it stood at its last recorded action.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from presidium.app.session import program_of_run, replay
from presidium.core.catalogue import text
from presidium.core.timers import run_timers
from presidium.core.zone import zone_info
from presidium.infra.journal import MODES, Journal, JournalError, RunRecord


def describe(journal: Journal, record: RunRecord) -> dict:
    row = {
        "id": record.id,
        "mode": record.mode,
        "title": record.title,
        "fingerprint": record.fingerprint,
        "started": _iso(record.started),
        "finished": _iso(record.finished),
        "events": record.head_seq,
        "current_item": None,
        "current_title": None,
        "delta_seconds": None,
        "tz": None,
        "utc_offset": None,
    }
    program = program_of_run(record)
    if program is None:
        return row
    try:
        state = replay(journal, record.id, program)
    except JournalError:
        return row
    row["tz"], row["utc_offset"] = state.zone_name, state.utc_offset
    if state.current is not None:
        row["current_item"], row["current_title"] = state.current.id, state.current.item.title
    if state.started and state.last_at is not None:  # a started run has a last event, hence a time
        row["delta_seconds"] = run_timers(state, state.last_at).delta
    return row


def _iso(at: float | None) -> str | None:
    return datetime.fromtimestamp(at, UTC).isoformat(timespec="seconds") if at is not None else None


def _local(iso: str | None, row: dict | None = None) -> str:
    """In the run's time zone (this machine's for a run recorded before zones were kept)."""
    if not iso:
        return "—"
    zone = zone_info(row.get("tz"), row.get("utc_offset")) if row else None
    return datetime.fromisoformat(iso).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _delta(seconds: float | None, lang: str = "en") -> str:
    if seconds is None:
        return "?"
    minutes = round(seconds / 60)
    return text("cli.runs.minutes", lang, minutes=f"{minutes:+d}") if minutes else text("cli.on-time", lang)


def main(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None) or "vi"
    try:
        with Journal.open(args.db, readonly=True) as journal, journal.snapshot():
            rows = [describe(journal, record) for record in journal.runs()]
    except JournalError as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for mode in MODES:
        chosen = [row for row in rows if row["mode"] == mode]
        print(text(f"cli.runs.heading-{mode}", lang, count=len(chosen)))
        for row in chosen:
            current = row["current_item"] or ("—" if row["finished"] else "?")
            print(
                text(
                    "cli.runs.row",
                    lang,
                    id=row["id"],
                    started=_local(row["started"], row),
                    finished=_local(row["finished"], row),
                    current=current,
                    delta=_delta(row["delta_seconds"], lang),
                )
            )
    return 0
