"""`presidium verify --db PATH`: recompute the journal's hash chains; exit 1 naming the first altered event.

Reads one snapshot of the journal, so it can run while a window records (a run growing meanwhile is not
taken for a tampered one), and works on read-only media. Speaks the `--lang` language (Vietnamese by
default).
"""

from __future__ import annotations

import sys

from presidium.core.messages import Message, say
from presidium.infra.journal import Journal, JournalError

# code -> (Vietnamese, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "verified": ("đã kiểm tra {events} sự kiện: nhật ký nguyên vẹn", "{events} events verified"),
    "altered": ("{path}: {problem} (đã kiểm tra {events} sự kiện trước đó)",
                "{path}: {problem} ({events} events before it verified)"),
    "error": ("presidium: {message}", "presidium: {message}"),
}


def _say(code: str, lang: str, **params: object) -> str:
    return Message(MESSAGES, code, **params).message(lang)


def main(args) -> int:
    lang = getattr(args, "lang", None) or "vi"
    try:
        with Journal.open(args.db, readonly=True) as journal:
            result = journal.verify()
    except JournalError as error:
        print(_say("error", lang, message=say(error, lang)), file=sys.stderr)
        return 1
    if not result.ok:
        print(_say("altered", lang, path=args.db, problem=result.problem, events=result.events), file=sys.stderr)
        return 1
    print(_say("verified", lang, events=result.events))
    return 0
