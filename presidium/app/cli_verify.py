"""`presidium verify --db PATH [--run ID] [--expect HASH]`: recompute the journal's hash chains; exit 1
naming the first altered event, or when the run's head is not the HASH printed on the signed paper.

Reads one snapshot of the journal, so it can run while a window records (a run growing meanwhile is not
taken for a tampered one), and works on read-only media. Speaks the `--lang` language (Vietnamese by
default). What the chain proves, and what only the paper anchor proves: docs/architecture.md.
"""

from __future__ import annotations

import argparse
import re
import sys

from presidium.core.catalogue import text
from presidium.infra.journal import Journal, JournalError, RunRecord


def _expected(typed: str) -> str | None:
    """The hash as printed (spaces, case and a leading '#' forgiven), or None if it is not one."""
    cleaned = re.sub(r"[\s#:]", "", typed or "").lower()
    return cleaned if re.fullmatch(r"[0-9a-f]{8,64}", cleaned) else None


_LARGEST_RUN_ID = 2**63 - 1  # SQLite's largest integer: a larger id cannot even be looked up


def _chosen(journal: Journal, run: str | None) -> RunRecord | None:
    if run is not None:
        run_id = int(run)
        if run_id > _LARGEST_RUN_ID:  # (SQLite raises OverflowError on it): no such run, as for any other
            raise JournalError("no-run", path=journal.path, run=run_id)
        return journal.run(run_id)
    records = journal.runs()
    live = [r for r in records if r.mode == "live"]
    chosen = live or records
    return chosen[-1] if chosen else None


def main(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None) or "vi"
    expect, run = getattr(args, "expect", None), getattr(args, "run", None)
    wanted = _expected(expect) if expect is not None else None
    if expect is not None and wanted is None:
        print(f"presidium: {text('cli.verify.bad-hash', lang, hash=expect[:80])}", file=sys.stderr)
        return 2
    if run is not None and not str(run).strip().isdigit():
        print(f"presidium: {text('cli.verify.bad-run', lang, run=str(run)[:40])}", file=sys.stderr)
        return 2
    try:
        with Journal.open(args.db, readonly=True) as journal, journal.snapshot():
            record = _chosen(journal, run) if (expect or run) else None
            result = journal.verify(record.id if record is not None and run is not None else None)
    except JournalError as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    if not result.ok:
        print(
            text("cli.verify.altered", lang, path=args.db, problem=result.problem, events=result.events),
            file=sys.stderr,
        )
        return 1
    print(text("cli.verify.verified", lang, events=result.events))
    if result.legacy:
        print(text("cli.verify.legacy", lang, count=result.legacy))
    if wanted is None:
        return 0
    if record is None:
        print(f"presidium: {text('cli.verify.no-runs', lang, path=args.db)}", file=sys.stderr)
        return 1
    if not record.head_hash.startswith(wanted):
        print(
            text(
                "cli.verify.differs",
                lang,
                run=record.id,
                head=record.head_hash[: len(wanted)],
                events=record.head_seq,
                expected=wanted,
            ),
            file=sys.stderr,
        )
        return 1
    print(text("cli.verify.matches", lang, run=record.id, head=wanted, events=record.head_seq))
    return 0
