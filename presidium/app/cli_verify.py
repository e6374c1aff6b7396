"""`presidium verify --db PATH`: recompute the journal's hash chains; exit 1 naming the first altered event."""

from __future__ import annotations

import sys

from presidium.infra.journal import Journal, JournalError


def main(args) -> int:
    try:
        with Journal.open(args.db, readonly=True) as journal:
            result = journal.verify()
    except JournalError as error:
        print(f"presidium: {error}", file=sys.stderr)
        return 1
    if not result.ok:
        print(f"{args.db}: {result.problem} ({result.events} events before it verified)", file=sys.stderr)
        return 1
    print(f"{result.events} events verified")
    return 0
