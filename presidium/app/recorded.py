"""A recorded run read back from its journal, for the exports and the review screen alike: which run
(`choose_run`), which program belongs to it (`recorded_program`, the one rule), its state folded once
(`load_run`) and the review built from it (`load_review`).

The program comes from the run's recorded source file when its fingerprint still matches, else from the
copy of the program the journal kept when the run began, when that copy still matches the fingerprint.
When neither is the approved program, the minutes are refused; the review may use the changed file (its
planned durations then come from that file) and says so.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presidium.core.catalogue import Message, Refusal, text
from presidium.core.loader import load_program_bytes
from presidium.core.problems import ProgramError
from presidium.core.program import Program
from presidium.core.review import Review, RunInfo, build_review
from presidium.core.run import RunState, fold
from presidium.core.run_messages import InvalidAction
from presidium.infra.journal import Journal, JournalError, RunRecord


class ExportError(Refusal):
    """The export cannot be made: a code of the catalogue's "export" area, said in the reader's language."""


# Why an export or a review cannot be made: its own refusal, or the journal's (unreadable, damaged, locked).
Unexportable = (ExportError, JournalError)


@dataclass
class LoadedRun:
    record: RunRecord
    program: Program
    state: RunState  # the run's journal folded once, read by the minutes and the review alike
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RecordedProgram:
    """The program a recorded run used, as found now. `data`: its bytes when the source file or the
    journal's copy is still the fingerprinted program, else None. `origin`: "file", "copy", or, when
    neither is it, "changed" (the file is there but differs: `current` holds it) or "gone"."""

    data: bytes | None
    origin: str
    label: str  # the name it is loaded under (problems in it point there)
    current: bytes | None = None


def recorded_program(record: RunRecord) -> RecordedProgram:
    """The one rule for which program belongs to a run: the source file while its fingerprint matches,
    else the copy kept with the run while its fingerprint matches (a copy that no longer matches was
    altered or damaged: never used)."""
    source = Path(record.source) if record.source else None
    try:
        current = source.read_bytes() if source is not None and source.is_file() else None
    except OSError:
        current = None
    if current is not None and record.fingerprint and _digest(current) == record.fingerprint:
        return RecordedProgram(current, "file", str(source))
    kept = record.program_bytes
    if kept is not None and record.fingerprint and _digest(kept) == record.fingerprint:
        return RecordedProgram(kept, "copy", record.source or "<journal>", current)
    return RecordedProgram(None, "gone" if current is None else "changed", str(source or ""), current)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def choose_run(journal: Journal, run: str | int | None, lang: str = "vi") -> RunRecord:
    records = journal.runs() if "runs" in journal.table_names() else []
    if not records:
        raise ExportError("export.empty", db=journal.path)
    if run is None or run == "":
        live = [r for r in records if r.mode == "live"]
        return (live or records)[-1]
    try:
        wanted = int(str(run).strip())
    except ValueError:
        raise ExportError("export.bad_id", run=run) from None
    for record in records:
        if record.id == wanted:
            return record
    raise ExportError("export.no_run", db=journal.path, run=wanted, ids=", ".join(str(r.id) for r in records))


def program_for(record: RunRecord, what: str, lang: str = "vi") -> tuple[Program, list[str]]:
    """The approved program of the run, and notes on where it came from."""
    found = recorded_program(record)
    current = found.current
    try:
        if found.data is not None:  # the fingerprinted program: the source file, or else the journal's copy
            if found.origin == "file":
                return load_program_bytes(found.data, found.label, recorded=True), []
            why = Message("export.gone") if current is None else Message("export.differs")
            note = text("export.using_copy", lang, source=record.source or "—", why=why, fp=record.fingerprint[:12])
            return load_program_bytes(found.data, found.label, recorded=True), [note]
        if current is None:
            raise ExportError("export.no_program", run=record.id, source=record.source or "—")
        reason = Message(
            "export.changed", source=found.label, run=record.id, was=record.fingerprint[:12], now=_digest(current)[:12]
        )
        if what == "minutes":
            raise ExportError("export.minutes_changed", reason=reason)
        return (
            load_program_bytes(current, found.label, recorded=True),
            [text("export.review_changed", lang, reason=reason)],
        )
    except ProgramError as error:
        raise ExportError("export.bad_program", run=record.id, error=error.text(lang)) from None


def load_run(journal: Journal, record: RunRecord, what: str, lang: str = "vi") -> LoadedRun:
    program, warnings = program_for(record, what, lang)
    try:
        state = fold(program, journal.events(record.id))
    except (InvalidAction, KeyError) as error:
        raise ExportError("export.unfoldable", run=record.id, error=error) from None
    if not state.started:
        raise ExportError("export.not_started", run=record.id)
    return LoadedRun(record, program, state, warnings)


def info(record: RunRecord) -> RunInfo:
    return RunInfo(record.id, record.mode, record.started, record.finished, record.fingerprint)


def rehearsals_for(journal: Journal, loaded: LoadedRun, lang: str = "vi") -> tuple[list, list[str]]:
    """Rehearsals to compare with: for a live run all rehearsals, for a rehearsal the ones before it."""
    chosen, found, notes = loaded.record, [], []
    for record in journal.runs("rehearsal"):
        if record.id == chosen.id or (chosen.mode == "rehearsal" and record.id > chosen.id):
            continue
        try:
            state = fold(loaded.program, journal.events(record.id))
        except (InvalidAction, KeyError) as error:
            notes.append(text("export.rehearsal_skipped", lang, run=record.id, error=error))
            continue
        if state.started:
            found.append((info(record), state))
    return found, notes


def runs_in(db: str | Path, lang: str = "vi") -> list[RunRecord]:
    """Every run of a journal, oldest first (for a chooser); ExportError when there is none."""
    db = Path(db)
    if not db.is_file():
        raise ExportError("export.no_db", db=db)
    with Journal.open(db, readonly=True) as journal:
        records = journal.runs() if "runs" in journal.table_names() else []
    if not records:
        raise ExportError("export.empty", db=db)
    return records


def load_review(db: str | Path, run: str | int | None = None, lang: str = "vi") -> tuple[Review, list[str]]:
    """The review of a run (default: the live run, else the latest) and notes on how it was made."""
    db = Path(db)
    if not db.is_file():
        raise ExportError("export.no_db", db=db)
    with Journal.open(db, readonly=True) as journal, journal.snapshot():
        review, notes, _zone = _review_of(journal, run, lang)
        return review, notes


def _review_of(journal: Journal, run: str | int | None, lang: str) -> tuple[Review, list[str], Any]:
    """The review, notes on how it was made, and the run's time zone (its times are said in it)."""
    record = choose_run(journal, run, lang)
    loaded = load_run(journal, record, "review", lang)
    rehearsals, notes = rehearsals_for(journal, loaded, lang)
    review = build_review(loaded.program, info(record), loaded.state, rehearsals)
    return review, loaded.warnings + notes, loaded.state.zone
