"""`presidium export entry-log --db COUNT.sqlite [--run ID] -o NHAT-KY.docx`: a station's entry log.

The station's journal holds the program it counted with, so the log needs nothing else. A journal
whose chain does not verify is refused: the entry log is the record the committee signs.
"""

from __future__ import annotations

import sys

from presidium.app.counting import station_record, station_runs
from presidium.app.session import program_of_run
from presidium.core.counting.log import figures, log_rows
from presidium.core.counting.messages import CountingError
from presidium.core.messages import Message
from presidium.infra.export_entry_log import write_entry_log
from presidium.infra.journal import Journal, JournalError

TEXTS: dict[str, tuple[str, str]] = {
    "written": ("Đã ghi nhật ký nhập phiếu của bàn {station} ({ballots} phiếu, {events} sự kiện) vào {path}",
                "Wrote station {station}'s entry log ({ballots} ballots, {events} events) to {path}"),
    "no-run": ("{db}: không có lượt nhập phiếu số {run}", "{db}: no counting run {run}"),
    "no-program": ("{db}: nhật ký không lưu chương trình của lượt nhập phiếu {run}",
                   "{db}: the journal does not hold the program of counting run {run}"),
    "cannot-write": ("{path}: không ghi được tệp ({error}); tệp có đang mở trong Word không?",
                     "{path}: cannot write the file ({error}); is it open in Word?"),
}


def _say(code: str, lang: str, **params: object) -> str:
    return Message(TEXTS, code, **params).message(lang)


def main(args) -> int:
    lang = getattr(args, "lang", None) or "vi"
    try:
        with Journal.open(args.db, readonly=True) as journal:
            counts = station_runs(journal)
            if not counts:
                raise CountingError("counting.no-count", path=args.db)
            chosen = [(r, s) for r, s in counts if args.run is None or str(r.id) == str(args.run)]
            if not chosen:
                print(f"presidium: {_say('no-run', lang, db=args.db, run=args.run)}", file=sys.stderr)
                return 1
            record, state = chosen[-1]
            stamp = station_record(journal, record)  # verifies the chain first
            program = program_of_run(record)
    except (CountingError, JournalError) as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    if program is None:
        print(f"presidium: {_say('no-program', lang, db=args.db, run=record.id)}", file=sys.stderr)
        return 1
    rows = log_rows(state, lang)
    try:
        path = write_entry_log(program.congress, state, rows, figures(state), source=args.db.name, run=record.id,
                               events=stamp.head_seq, head_hash=stamp.head_hash, signer=program.congress.signers.counting,
                               path=args.output, lang=lang)
    except OSError as error:
        print(f"presidium: {_say('cannot-write', lang, path=args.output, error=error.strerror or error)}",
              file=sys.stderr)
        return 1
    print(_say("written", lang, station=state.station, ballots=len(state.entries), events=stamp.head_seq, path=path))
    return 0
