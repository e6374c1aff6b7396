"""`presidium export minutes|review --db PATH [--run ID] -o FILE.docx`, and the same path for the GUI.

The run defaults to the live run (the latest, if several), else the latest run. Which program belongs
to it, and how the run is read back, is `app.recorded` (the review screen reads runs the same way).

The review's charts are painted with Qt (`presidium.ui.charts`): the one place this command reaches
up a layer, through a renderer that is looked up at run time and is optional — without Qt the review
is written without its charts and a notice says so.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from presidium.app.recorded import (  # noqa: F401 — the names this command has always offered
    ExportError,
    LoadedRun,
    Unexportable,
    _review_of,
    choose_run,
    load_review,
    load_run,
    program_for,
    runs_in,
)
from presidium.core.catalogue import Message, counted, decimal, text
from presidium.core.catalogue.system import reason
from presidium.core.minutes import build_minutes
from presidium.core.review import Review, RunInfo
from presidium.core.zone import rendering_in
from presidium.infra.files import clashes_with_journal
from presidium.infra.journal import Anchor, Journal, RunRecord

ChartRenderer = Callable[[Review, str], dict]


@dataclass
class Outcome:
    path: Path
    run: RunRecord | RunInfo  # the minutes keep the journal's record, the review its own summary of it
    seconds: float
    warnings: list[str]
    rehearsals: int = 0


def default_renderer() -> ChartRenderer:
    """The Qt chart painter; ImportError where Qt cannot be loaded."""
    module = importlib.import_module("presidium.ui.charts")
    return module.review_charts


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


def export(what: str, db: str | Path, run: str | int | None, output: str | Path, lang: str = "vi") -> Outcome:
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
    try:
        renderer = default_renderer()
        with rendering_in(zone):  # the timeline's clock times in the run's zone
            charts = renderer(review, lang)
    except Exception as error:  # no Qt here, or a chart failed: an illustration; never lose the review over it
        warnings.append(text("export.no_charts", lang, error=error))
    from presidium.infra.export_review import write_review

    with rendering_in(zone):
        _write(lambda: write_review(review, output, lang, charts, footer=footer), output, lang)
    return Outcome(output, review.run, time.perf_counter() - began, warnings, len(review.rehearsals))


def _footer(anchor: Anchor, lang: str) -> str:
    """The paper anchor: with it a signed copy pins the journal (`presidium verify --expect HEAD`)."""
    return text(
        "export.footer",
        lang,
        run=anchor.run,
        events=anchor.events,
        head=anchor.short_head,
        fp=anchor.fingerprint[:12] or "—",
    )


def _write(write: Callable[[], object], output: Path, lang: str) -> None:
    try:
        write()
    except OSError as error:
        raise ExportError("export.cannot_write", path=output, error=reason(error)) from None


def main(args: argparse.Namespace) -> int:
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
        print(
            json.dumps(
                {
                    "path": str(outcome.path),
                    "run": outcome.run.id,
                    "seconds": outcome.seconds,
                    "warnings": [str(w) for w in outcome.warnings],
                },
                ensure_ascii=False,
            )
        )
        return 0
    for warning in outcome.warnings:
        print(text("export.warning", lang, message=warning), file=sys.stderr)
    mode = Message(f"vocabulary.mode.{outcome.run.mode}")
    code = "export.written_minutes" if args.what == "minutes" else counted("export.written_review", outcome.rehearsals)
    print(
        text(
            code,
            lang,
            run=outcome.run.id,
            mode=mode,
            path=outcome.path,
            seconds=decimal(outcome.seconds, 2, lang),
            n=outcome.rehearsals,
        )
    )
    return 0
