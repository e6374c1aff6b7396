"""`presidium verify --db PATH [--run ID] [--expect HASH]`: recompute the journal's hash chains; exit 1
naming the first altered event, or when the run's head is not the HASH printed on the signed paper.

Reads one snapshot of the journal, so it can run while a window records (a run growing meanwhile is not
taken for a tampered one), and works on read-only media. Speaks the `--lang` language (Vietnamese by
default). What the chain proves, and what only the paper anchor proves: docs/architecture.md.
"""

from __future__ import annotations

import re
import sys

from presidium.core.messages import Message, say
from presidium.infra.journal import Journal, JournalError, RunRecord

# code -> (Vietnamese, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "verified": ("đã kiểm tra {events} sự kiện: nhật ký nguyên vẹn", "{events} events verified"),
    "altered": ("{path}: {problem} (đã kiểm tra {events} sự kiện trước đó)",
                "{path}: {problem} ({events} events before it verified)"),
    "legacy": (
        "lưu ý: {count} lần chạy được ghi trước khi thông tin lần chạy và thứ tự các lần chạy được đưa vào chuỗi "
        "liên kết; với các lần chạy đó, tiêu đề, tệp chương trình và việc xóa cả một lần chạy không được phát hiện",
        "note: {count} run(s) were recorded before run records and the order of runs were chained; for them a "
        "changed title or program file, or a whole run removed, is not detected",
    ),
    "matches": ("lần chạy số {run}: mã cuối {head} khớp với bản đã ký ({events} sự kiện)",
                "run {run}: head {head} matches the signed paper ({events} events)"),
    "differs": (
        "lần chạy số {run}: mã cuối trong nhật ký là {head} ({events} sự kiện), không phải {expected} như trên bản "
        "đã ký — nhật ký không phải nhật ký đã lập biên bản",
        "run {run}: the journal's head is {head} ({events} events), not {expected} as printed on the signed paper "
        "— this is not the journal the minutes were made from",
    ),
    "bad-hash": ("“{hash}” không phải mã băm: cần ít nhất 8 chữ số thập lục phân (0–9, a–f), như in ở chân trang",
                 "“{hash}” is not a hash: at least 8 hexadecimal digits (0–9, a–f), as printed in the footer"),
    "bad-run": ("mã lần chạy phải là một số nguyên, không phải “{run}”", "the run id must be a whole number, not “{run}”"),
    "no-runs": ("{path}: nhật ký chưa có lần chạy nào", "{path}: the journal holds no runs"),
    "error": ("presidium: {message}", "presidium: {message}"),
}


def _say(code: str, lang: str, **params: object) -> str:
    return Message(MESSAGES, code, **params).message(lang)


def _expected(text: str) -> str | None:
    """The hash as printed (spaces, case and a leading '#' forgiven), or None if it is not one."""
    cleaned = re.sub(r"[\s#:]", "", text or "").lower()
    return cleaned if re.fullmatch(r"[0-9a-f]{8,64}", cleaned) else None


def _chosen(journal: Journal, run: str | None) -> RunRecord | None:
    if run is not None:
        return journal.run(int(run))
    records = journal.runs()
    live = [r for r in records if r.mode == "live"]
    return (live or records or [None])[-1]


def main(args) -> int:
    lang = getattr(args, "lang", None) or "vi"
    expect, run = getattr(args, "expect", None), getattr(args, "run", None)
    if expect is not None and _expected(expect) is None:
        print(_say("error", lang, message=_say("bad-hash", lang, hash=expect[:80])), file=sys.stderr)
        return 2
    if run is not None and not str(run).strip().isdigit():
        print(_say("error", lang, message=_say("bad-run", lang, run=str(run)[:40])), file=sys.stderr)
        return 2
    try:
        with Journal.open(args.db, readonly=True) as journal, journal.snapshot():
            record = _chosen(journal, run) if (expect or run) else None
            result = journal.verify(record.id if record is not None and run is not None else None)
    except JournalError as error:
        print(_say("error", lang, message=say(error, lang)), file=sys.stderr)
        return 1
    if not result.ok:
        print(_say("altered", lang, path=args.db, problem=result.problem, events=result.events), file=sys.stderr)
        return 1
    print(_say("verified", lang, events=result.events))
    if result.legacy:
        print(_say("legacy", lang, count=result.legacy))
    if expect is None:
        return 0
    if record is None:
        print(_say("error", lang, message=_say("no-runs", lang, path=args.db)), file=sys.stderr)
        return 1
    wanted = _expected(expect)
    if not record.head_hash.startswith(wanted):
        print(_say("differs", lang, run=record.id, head=record.head_hash[:len(wanted)], events=record.head_seq,
                   expected=wanted), file=sys.stderr)
        return 1
    print(_say("matches", lang, run=record.id, head=wanted, events=record.head_seq))
    return 0
