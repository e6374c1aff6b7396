"""The entry log (nhật ký nhập phiếu) of a station as plain rows: every ballot as entered, with the
time, what it showed, the verdict of the rules, and every taking back and correction. The Word file
is `infra.export_entry_log`; this is what it prints, in Vietnamese or English. The same words say a
ballot the stations entered differently, as the counting window lists it (`say_difference`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from presidium.core.catalogue import text
from presidium.core.counting.entries import Entry
from presidium.core.counting.paper import BallotPaper, judge
from presidium.core.counting.rules import ValidityRules, reason_text
from presidium.core.counting.station import StationState
from presidium.core.counting.tally import Difference, Tally, tally


def _say(key: str, lang: str, **params: object) -> str:
    return text(f"counting.log.{key}", lang, **params)


def describe(entry: Entry, lang: str = "vi") -> str:
    """What a ballot showed, in words."""

    def names(numbers: Iterable[int]) -> str:
        return ", ".join(map(str, sorted(numbers)))

    if entry.form == "invalid":
        return _say("invalid", lang, reason=reason_text(entry.reason, lang))
    if entry.form == "struck":
        return _say("struck", lang, names=names(entry.marks)) if entry.marks else _say("struck-none", lang)
    parts = [_say("disagree", lang, names=names(entry.marks)) if entry.marks else _say("agree-all", lang)]
    if entry.blank:
        parts.append(_say("blank", lang, names=names(entry.blank)))
    return "; ".join(parts)


def say_difference(difference: Difference, own: str = "", lang: str = "vi") -> str:
    """A ballot the stations entered differently, in words: what each station entered, `own` marked
    as this station ("Phiếu 4 — A (bàn này): gạch tên số 1, 2, 3 · B: gạch tên số 1, 2, 4")."""
    parts = []
    for station, entry in difference.entered.items():
        name = text("counting.this-station", lang, station=station) if station == own else station
        shown = describe(entry, lang) if entry is not None else text("counting.missing-entry", lang)
        parts.append(f"{name}: {shown}")  # as the tally prints a difference
    return text("counting.difference", lang, number=difference.number, entered=" · ".join(parts))


@dataclass(frozen=True)
class LogRow:
    seq: int
    number: int
    at: datetime  # local time
    shown: str  # what the ballot showed ("" for a taking back)
    verdict: str
    note: str  # taken back, corrected (and what it showed before)


def log_rows(state: StationState, lang: str = "vi") -> list[LogRow]:
    assert state.paper is not None
    rows = []
    for line in state.log:
        was = describe(line.previous, lang) if line.previous is not None else ""
        note = _say(line.kind, lang, was=was) if line.kind != "entry" else ""
        if line.entry is None:
            rows.append(LogRow(line.seq, line.number, datetime.fromtimestamp(line.at), "", "", note))
            continue
        judged = judge(line.entry, state.paper, state.rules)
        verdict = (
            _say("valid", lang)
            if judged.valid
            else _say("invalid-by-rule", lang, reason=reason_text(judged.reason, lang))
        )
        shown = _say("marked-invalid", lang) if line.entry.form == "invalid" else describe(line.entry, lang)
        rows.append(LogRow(line.seq, line.number, datetime.fromtimestamp(line.at), shown, verdict, note))
    return rows


def figures(state: StationState) -> Tally:
    assert state.paper is not None
    return tally(state.paper, state.rules, state.entries)


__all__ = ["BallotPaper", "LogRow", "ValidityRules", "describe", "figures", "log_rows", "say_difference"]
