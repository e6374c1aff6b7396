"""`presidium backup --db PATH -o COPY`: a consistent, verified copy of a journal, made with SQLite's
online backup API (never a file copy, which can miss the last events still in the `-wal` file).

COPY may be a folder: the copy then takes the journal's name. It can run while a window records.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from presidium.core.catalogue import decimal, text
from presidium.infra.backup import BackupError, backup
from presidium.infra.journal import JournalError


def main(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None) or "vi"
    target = Path(args.output)
    if target.is_dir():
        target = target / Path(args.db).name
    try:
        copied = backup(args.db, target)
    except (BackupError, JournalError) as error:
        print(f"presidium backup: {error.message(lang)}", file=sys.stderr)
        return 1
    seconds = decimal(copied.seconds, 2, lang)
    print(text("cli.backup.done", lang, runs=copied.runs, events=copied.events, path=copied.path, seconds=seconds))
    return 0
