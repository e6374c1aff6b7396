"""`presidium export minutes|review --db PATH [--run ID] -o FILE.docx`, and the same path for the GUI.

The run defaults to the live run (the latest, if several), else the latest run. The program comes from
the run's recorded source file when its fingerprint still matches, else from the copy of the program
the journal kept when the run began. When neither is the approved program, the minutes are refused;
the review may use the changed file (its planned durations then come from that file) and says so.

The review's charts are painted with Qt (`presidium.ui.charts`): the one place this command reaches
up a layer, through a renderer that is looked up at run time and is optional — without Qt the review
is written without its charts and a notice says so.
"""

from __future__ import annotations

import hashlib
import json
import importlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from presidium.core.catalogue import Message, Refusal, text
from presidium.core.events import InvalidAction
from presidium.core.loader import load_program_bytes
from presidium.core.minutes import build_minutes
from presidium.core.run import RunState, fold
from presidium.core.problems import ProgramError
from presidium.core.program import Program
from presidium.core.review import Review, RunInfo, build_review
from presidium.core.zone import rendering_in
from presidium.infra.files import clashes_with_journal
from presidium.infra.journal import Anchor, Journal, JournalError, RunRecord

ChartRenderer = Callable[[Review, str], dict]


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


@dataclass
class Outcome:
    path: Path
    run: RunRecord
    seconds: float
    warnings: list[str]
    rehearsals: int = 0


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
    source = Path(record.source) if record.source else None
    current = source.read_bytes() if source is not None and source.is_file() else None
    kept = record.program_bytes
    try:
        if current is not None and hashlib.sha256(current).hexdigest() == record.fingerprint:
            return load_program_bytes(current, str(source), recorded=True), []
        why = text("export.gone", lang) if current is None else text("export.differs", lang)
        if kept is not None and hashlib.sha256(kept).hexdigest() == record.fingerprint:
            note = text("export.using_copy", lang, source=record.source or "—", why=why, fp=record.fingerprint[:12])
            return load_program_bytes(kept, record.source or "<journal>", recorded=True), [note]
        if current is None:
            raise ExportError("export.no_program", run=record.id, source=record.source or "—")
        reason = Message("export.changed", source=source, run=record.id, was=record.fingerprint[:12],
                         now=hashlib.sha256(current).hexdigest()[:12])
        if what == "minutes":
            raise ExportError("export.minutes_changed", reason=reason)
        return (load_program_bytes(current, str(source), recorded=True),
                [text("export.review_changed", lang, reason=reason)])
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


def default_renderer() -> ChartRenderer | None:
    """The Qt chart painter, if Qt can be loaded here."""
    module = importlib.import_module("presidium.ui.charts")
    return module.review_charts


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


def _check_output(output: Path, db: Path, lang: str) -> None:
    if not output.parent.is_dir():
        raise ExportError("export.output_dir", path=output, parent=output.parent)
    if clashes_with_journal(output, db):  # `-o journal.db` once replaced the record with a .docx
        raise ExportError("export.output_journal", path=output)


def _verified(journal: Journal, lang: str) -> None:
    """Documents are only made from a journal whose chains hold (docs/export.md)."""
    if "runs" not in journal.table_names():
        return  # an empty journal: choose_run says there is nothing to export
    check = journal.verify()
    if not check.ok:
        raise ExportError("export.altered", db=journal.path, problem=check.problem)


def export(what: str, db: str | Path, run: str | int | None, output: str | Path, lang: str = "vi",
           renderer: ChartRenderer | None | str = "default") -> Outcome:
    """Write the minutes or the review of a run to `output`; ExportError with a message otherwise.

    The journal is verified first and read in one snapshot; `output` never replaces a journal."""
    began = time.perf_counter()
    db, output = Path(db), Path(output)
    if not db.is_file():
        raise ExportError("export.no_db", db=db)
    _check_output(output, db, lang)
    with Journal.open(db, readonly=True) as journal, journal.snapshot():
        _verified(journal, lang)
        if what == "minutes":
            record = choose_run(journal, run, lang)
            loaded = load_run(journal, record, what, lang)
        else:
            review, warnings, zone = _review_of(journal, run, lang)
        footer = _footer(journal.anchor(record.id if what == "minutes" else review.run.id), lang)
    if what == "minutes":
        from presidium.infra.export_minutes import write_minutes

        with rendering_in(loaded.state.zone):  # the run's time zone, whatever this machine's TZ
            minutes = build_minutes(loaded.program, loaded.state, mode=record.mode, lang=lang)
            _write(lambda: write_minutes(minutes, output, lang, footer=footer), output, lang)
        return Outcome(output, record, time.perf_counter() - began, loaded.warnings)
    charts = {}
    if renderer == "default":
        try:
            renderer = default_renderer()
        except ImportError as error:
            renderer, charts = None, {}
            warnings.append(text("export.no_charts", lang, error=error))
    if renderer is not None:
        try:
            with rendering_in(zone):  # the timeline's clock times in the run's zone
                charts = renderer(review, lang)
        except Exception as error:  # a chart is an illustration: never lose the review over it
            warnings.append(text("export.no_charts", lang, error=error))
    from presidium.infra.export_review import write_review

    with rendering_in(zone):
        _write(lambda: write_review(review, output, lang, charts, footer=footer), output, lang)
    return Outcome(output, review.run, time.perf_counter() - began, warnings, len(review.rehearsals))


def _footer(anchor: Anchor, lang: str) -> str:
    """The paper anchor: with it a signed copy pins the journal (`presidium verify --expect HEAD`)."""
    return text("export.footer", lang, run=anchor.run, events=anchor.events, head=anchor.short_head,
                fp=anchor.fingerprint[:12] or "—")


def _write(write: Callable[[], object], output: Path, lang: str) -> None:
    try:
        write()
    except OSError as error:
        raise ExportError("export.cannot_write", path=output, error=error.strerror or error) from None


def main(args) -> int:
    lang = getattr(args, "lang", None) or "vi"
    if args.what == "script":  # from the program file, not from a journal
        from presidium.app.cli_export_script import main as export_script

        return export_script(args)
    if getattr(args, "db", None) is None:  # every other document is read from a journal
        print("presidium export: " + text("export.needs_db", lang), file=sys.stderr)
        return 2
    if args.what == "entry-log":  # a counting station's journal, not a run at the podium
        from presidium.app.cli_entry_log import main as entry_log

        return entry_log(args)
    try:
        outcome = export(args.what, args.db, args.run, args.output, lang)
    except Unexportable as error:
        if getattr(args, "json", False):
            print(json.dumps({"error": error.message(lang)}, ensure_ascii=False))
        print("presidium export: " + error.message(lang), file=sys.stderr)
        return 1
    if getattr(args, "json", False):  # what the window's Export menu reads from its child process
        print(json.dumps({"path": str(outcome.path), "run": outcome.run.id, "seconds": outcome.seconds,
                          "warnings": [str(w) for w in outcome.warnings]}, ensure_ascii=False))
        return 0
    for warning in outcome.warnings:
        print(text("export.warning", lang, message=warning), file=sys.stderr)
    mode = Message(f"vocabulary.mode.{outcome.run.mode}")
    code = "export.written_minutes" if args.what == "minutes" else "export.written_review"
    print(text(code, lang, run=outcome.run.id, mode=mode, path=outcome.path, seconds=f"{outcome.seconds:.2f}",
               n=outcome.rehearsals))
    return 0
