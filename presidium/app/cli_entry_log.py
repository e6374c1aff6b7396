"""`presidium export entry-log --db COUNT.sqlite [--run ID] -o NHAT-KY.docx`: a station's entry log.

The station's journal holds the program it counted with, so the log needs nothing else. A journal
whose chain does not verify is refused: the entry log is the record the committee signs.
"""

from __future__ import annotations

import argparse
import sys

from presidium.app.counting import station_record, station_runs
from presidium.app.session import program_of_run
from presidium.core.catalogue import text
from presidium.core.catalogue.system import reason
from presidium.core.counting.log import figures, log_rows
from presidium.core.counting.messages import CountingError
from presidium.infra.export_entry_log import write_entry_log
from presidium.infra.journal import Journal, JournalError


def main(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None) or "vi"
    try:
        with Journal.open(args.db, readonly=True) as journal:
            counts = station_runs(journal)
            if not counts:
                raise CountingError("counting.no-count", path=args.db)
            chosen = [(r, s) for r, s in counts if args.run is None or str(r.id) == str(args.run)]
            if not chosen:
                print(f"presidium: {text('cli.entry-log.no-run', lang, db=args.db, run=args.run)}", file=sys.stderr)
                return 1
            record, state = chosen[-1]
            stamp = station_record(journal, record)  # verifies the chain first
            program = program_of_run(record)
    except (CountingError, JournalError) as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    if program is None:
        print(f"presidium: {text('cli.entry-log.no-program', lang, db=args.db, run=record.id)}", file=sys.stderr)
        return 1
    rows = log_rows(state, lang)
    try:
        path = write_entry_log(
            program.congress,
            state,
            rows,
            figures(state),
            source=args.db.name,
            run=record.id,
            events=stamp.head_seq,
            head_hash=stamp.head_hash,
            signer=program.congress.signers.counting,
            path=args.output,
            lang=lang,
        )
    except OSError as error:
        print(
            f"presidium: {text('cli.cannot-write-docx', lang, path=args.output, error=reason(error))}", file=sys.stderr
        )
        return 1
    print(
        text(
            "cli.entry-log.written",
            lang,
            station=state.station,
            ballots=len(state.entries),
            events=stamp.head_seq,
            path=path,
        )
    )
    return 0
