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


class ExportError(Exception):
    """The export cannot be made; the message is for the user."""


MESSAGES = {
    "vi": {
        "no_db": "{db}: không có tệp nhật ký này",
        "empty": "{db}: nhật ký chưa có lượt chạy nào (chưa bắt đầu tổng duyệt hay đại hội chính thức)",
        "bad_id": "mã lượt chạy phải là một số nguyên, không phải “{run}”",
        "no_run": "{db}: không có lượt chạy số {run}; các lượt chạy có trong nhật ký: {ids}",
        "not_started": "lượt chạy {run} chưa bắt đầu: chưa có gì để xuất",
        "no_program": "không tìm thấy chương trình của lượt chạy {run}: tệp {source} không còn và nhật ký không "
                      "lưu bản chương trình",
        "changed": "tệp chương trình {source} đã thay đổi so với bản dùng cho lượt chạy {run} "
                   "(dấu vân tay {was} → {now})",
        "minutes_changed": "{reason}; biên bản chỉ được lập từ đúng chương trình đã được thông qua. "
                           "Hãy khôi phục tệp chương trình gốc",
        "using_copy": "tệp chương trình {source} {why}; dùng bản chương trình lưu trong nhật ký (dấu vân tay {fp})",
        "gone": "không còn",
        "differs": "đã thay đổi",
        "review_changed": "{reason}; thời lượng dự kiến trong bản rút kinh nghiệm lấy theo tệp hiện tại",
        "bad_program": "chương trình của lượt chạy {run} không đọc được: {error}",
        "unfoldable": "nhật ký của lượt chạy {run} không khớp với chương trình: {error}",
        "output_dir": "{path}: thư mục {parent} không tồn tại",
        "output_journal": "{path}: không ghi đè lên nhật ký hay một cơ sở dữ liệu SQLite; hãy chọn tên tệp khác, "
                          "ví dụ bien-ban.docx",
        "altered": "{db}: nhật ký không vượt qua kiểm tra ({problem}); không xuất tài liệu từ một nhật ký đã bị "
                   "sửa — hãy chạy presidium verify và dùng bản sao lưu còn nguyên vẹn",
        "cannot_write": "{path}: không ghi được tệp ({error}); tệp có đang mở trong Word không?",
        "no_charts": "không vẽ được biểu đồ ({error}); bản rút kinh nghiệm được xuất không kèm biểu đồ",
        "rehearsal_skipped": "bỏ qua lượt tổng duyệt {run}: không khớp với chương trình ({error})",
        "written_minutes": "Đã xuất biên bản lượt chạy {run} ({mode}) vào {path} ({seconds:.2f} giây)",
        "written_review": "Đã xuất bản rút kinh nghiệm lượt chạy {run} ({mode}, so sánh với {n} lượt tổng duyệt) "
                          "vào {path} ({seconds:.2f} giây)",
        "modes": {"live": "chính thức", "rehearsal": "tổng duyệt"},
        "footer": "Nhật ký: lần chạy {run} · {events} sự kiện · mã cuối {head} · chương trình {fp}",
        "error": "presidium export: {message}",
        "warning": "presidium export: lưu ý: {message}",
        "needs_db": "biên bản, bản rút kinh nghiệm và nhật ký nhập phiếu lấy từ nhật ký: thêm --db TỆP",
    },
    "en": {
        "no_db": "{db}: no such journal",
        "empty": "{db}: the journal holds no runs yet (no rehearsal or live run has started)",
        "bad_id": "the run id must be a whole number, not “{run}”",
        "no_run": "{db}: there is no run {run}; the journal holds runs {ids}",
        "not_started": "run {run} has not started: there is nothing to export",
        "no_program": "the program of run {run} cannot be found: {source} is gone and the journal kept no copy",
        "changed": "the program file {source} has changed since run {run} (fingerprint {was} → {now})",
        "minutes_changed": "{reason}; minutes are only made from the approved program. Restore the original file",
        "using_copy": "the program file {source} {why}; using the copy kept in the journal (fingerprint {fp})",
        "gone": "is gone",
        "differs": "has changed",
        "review_changed": "{reason}; the planned durations in the review come from the current file",
        "bad_program": "the program of run {run} cannot be read: {error}",
        "unfoldable": "the journal of run {run} does not fit the program: {error}",
        "output_dir": "{path}: the folder {parent} does not exist",
        "output_journal": "{path}: will not overwrite a journal or an SQLite database; choose another file name, "
                          "e.g. minutes.docx",
        "altered": "{db}: the journal failed verification ({problem}); no document is made from an altered "
                   "journal — run presidium verify and use an intact backup",
        "cannot_write": "{path}: cannot write the file ({error}); is it open in Word?",
        "no_charts": "the charts could not be drawn ({error}); the review is written without them",
        "rehearsal_skipped": "rehearsal {run} left out: it does not fit the program ({error})",
        "written_minutes": "Minutes of run {run} ({mode}) written to {path} ({seconds:.2f} s)",
        "written_review": "Review of run {run} ({mode}, against {n} rehearsals) written to {path} ({seconds:.2f} s)",
        "modes": {"live": "live", "rehearsal": "rehearsal"},
        "footer": "Journal: run {run} · {events} events · head {head} · program {fp}",
        "error": "presidium export: {message}",
        "warning": "presidium export: note: {message}",
        "needs_db": "the minutes, the review and the entry log come from a journal: add --db FILE",
    },
}


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


def _t(lang: str) -> dict:
    return MESSAGES["en" if lang == "en" else "vi"]


def choose_run(journal: Journal, run: str | int | None, lang: str = "vi") -> RunRecord:
    t = _t(lang)
    records = journal.runs() if "runs" in journal.table_names() else []
    if not records:
        raise ExportError(t["empty"].format(db=journal.path))
    if run is None or run == "":
        live = [r for r in records if r.mode == "live"]
        return (live or records)[-1]
    try:
        wanted = int(str(run).strip())
    except ValueError:
        raise ExportError(t["bad_id"].format(run=run)) from None
    for record in records:
        if record.id == wanted:
            return record
    raise ExportError(t["no_run"].format(db=journal.path, run=wanted, ids=", ".join(str(r.id) for r in records)))


def program_for(record: RunRecord, what: str, lang: str = "vi") -> tuple[Program, list[str]]:
    """The approved program of the run, and notes on where it came from."""
    t = _t(lang)
    source = Path(record.source) if record.source else None
    current = source.read_bytes() if source is not None and source.is_file() else None
    kept = record.program_bytes
    try:
        if current is not None and hashlib.sha256(current).hexdigest() == record.fingerprint:
            return load_program_bytes(current, str(source), recorded=True), []
        why = t["gone"] if current is None else t["differs"]
        if kept is not None and hashlib.sha256(kept).hexdigest() == record.fingerprint:
            note = t["using_copy"].format(source=record.source or "—", why=why, fp=record.fingerprint[:12])
            return load_program_bytes(kept, record.source or "<journal>", recorded=True), [note]
        if current is None:
            raise ExportError(t["no_program"].format(run=record.id, source=record.source or "—"))
        reason = t["changed"].format(source=source, run=record.id, was=record.fingerprint[:12],
                                     now=hashlib.sha256(current).hexdigest()[:12])
        if what == "minutes":
            raise ExportError(t["minutes_changed"].format(reason=reason))
        return load_program_bytes(current, str(source), recorded=True), [t["review_changed"].format(reason=reason)]
    except ProgramError as error:
        raise ExportError(t["bad_program"].format(run=record.id, error=error.text(lang))) from None


def load_run(journal: Journal, record: RunRecord, what: str, lang: str = "vi") -> LoadedRun:
    t = _t(lang)
    program, warnings = program_for(record, what, lang)
    try:
        state = fold(program, journal.events(record.id))
    except (InvalidAction, KeyError) as error:
        raise ExportError(t["unfoldable"].format(run=record.id, error=error)) from None
    if not state.started:
        raise ExportError(t["not_started"].format(run=record.id))
    return LoadedRun(record, program, state, warnings)


def info(record: RunRecord) -> RunInfo:
    return RunInfo(record.id, record.mode, record.started, record.finished, record.fingerprint)


def rehearsals_for(journal: Journal, loaded: LoadedRun, lang: str = "vi") -> tuple[list, list[str]]:
    """Rehearsals to compare with: for a live run all rehearsals, for a rehearsal the ones before it."""
    t = _t(lang)
    chosen, found, notes = loaded.record, [], []
    for record in journal.runs("rehearsal"):
        if record.id == chosen.id or (chosen.mode == "rehearsal" and record.id > chosen.id):
            continue
        try:
            state = fold(loaded.program, journal.events(record.id))
        except (InvalidAction, KeyError) as error:
            notes.append(t["rehearsal_skipped"].format(run=record.id, error=error))
            continue
        if state.started:
            found.append((info(record), state))
    return found, notes


def default_renderer() -> ChartRenderer:
    """The Qt chart painter; ImportError where Qt cannot be loaded."""
    module = importlib.import_module("presidium.ui.charts")
    return module.review_charts


def runs_in(db: str | Path, lang: str = "vi") -> list[RunRecord]:
    """Every run of a journal, oldest first (for a chooser); ExportError when there is none."""
    db = Path(db)
    if not db.is_file():
        raise ExportError(_t(lang)["no_db"].format(db=db))
    try:
        with Journal.open(db, readonly=True) as journal:
            records = journal.runs() if "runs" in journal.table_names() else []
    except JournalError as error:
        raise ExportError(error.message(lang)) from None
    if not records:
        raise ExportError(_t(lang)["empty"].format(db=db))
    return records


def load_review(db: str | Path, run: str | int | None = None, lang: str = "vi") -> tuple[Review, list[str]]:
    """The review of a run (default: the live run, else the latest) and notes on how it was made."""
    db = Path(db)
    if not db.is_file():
        raise ExportError(_t(lang)["no_db"].format(db=db))
    try:
        with Journal.open(db, readonly=True) as journal, journal.snapshot():
            review, notes, _zone = _review_of(journal, run, lang)
            return review, notes
    except JournalError as error:
        raise ExportError(error.message(lang)) from None


def _review_of(journal: Journal, run: str | int | None, lang: str) -> tuple[Review, list[str], Any]:
    """The review, notes on how it was made, and the run's time zone (its times are said in it)."""
    record = choose_run(journal, run, lang)
    loaded = load_run(journal, record, "review", lang)
    rehearsals, notes = rehearsals_for(journal, loaded, lang)
    review = build_review(loaded.program, info(record), loaded.state, rehearsals)
    return review, loaded.warnings + notes, loaded.state.zone


def _check_output(output: Path, db: Path, lang: str) -> None:
    if not output.parent.is_dir():
        raise ExportError(_t(lang)["output_dir"].format(path=output, parent=output.parent))
    if clashes_with_journal(output, db):  # `-o journal.db` once replaced the record with a .docx
        raise ExportError(_t(lang)["output_journal"].format(path=output))


def _verified(journal: Journal, lang: str) -> None:
    """Documents are only made from a journal whose chains hold (docs/export.md)."""
    if "runs" not in journal.table_names():
        return  # an empty journal: choose_run says there is nothing to export
    check = journal.verify()
    if not check.ok:
        raise ExportError(_t(lang)["altered"].format(db=journal.path, problem=check.problem.message(lang)))


def export(what: str, db: str | Path, run: str | int | None, output: str | Path, lang: str = "vi") -> Outcome:
    """Write the minutes or the review of a run to `output`; ExportError with a message otherwise.

    The journal is verified first and read in one snapshot; `output` never replaces a journal."""
    t = _t(lang)
    began = time.perf_counter()
    db, output = Path(db), Path(output)
    if not db.is_file():
        raise ExportError(t["no_db"].format(db=db))
    _check_output(output, db, lang)
    try:
        with Journal.open(db, readonly=True) as journal, journal.snapshot():
            _verified(journal, lang)
            if what == "minutes":
                record = choose_run(journal, run, lang)
                loaded = load_run(journal, record, what, lang)
            else:
                review, warnings, zone = _review_of(journal, run, lang)
            footer = _footer(journal.anchor(record.id if what == "minutes" else review.run.id), lang)
    except JournalError as error:
        raise ExportError(error.message(lang)) from None
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
        warnings.append(t["no_charts"].format(error=error))
    from presidium.infra.export_review import write_review

    with rendering_in(zone):
        _write(lambda: write_review(review, output, lang, charts, footer=footer), output, lang)
    return Outcome(output, review.run, time.perf_counter() - began, warnings, len(review.rehearsals))


def _footer(anchor: Anchor, lang: str) -> str:
    """The paper anchor: with it a signed copy pins the journal (`presidium verify --expect HEAD`)."""
    return _t(lang)["footer"].format(run=anchor.run, events=anchor.events, head=anchor.short_head,
                                     fp=anchor.fingerprint[:12] or "—")


def _write(write: Callable[[], object], output: Path, lang: str) -> None:
    try:
        write()
    except OSError as error:
        raise ExportError(_t(lang)["cannot_write"].format(path=output, error=error.strerror or error)) from None


def main(args) -> int:
    lang = getattr(args, "lang", None) or "vi"
    t = _t(lang)
    if args.what == "script":  # from the program file, not from a journal
        from presidium.app.cli_export_script import main as export_script

        return export_script(args)
    if getattr(args, "db", None) is None:  # every other document is read from a journal
        print(t["error"].format(message=t["needs_db"]), file=sys.stderr)
        return 2
    if args.what == "entry-log":  # a counting station's journal, not a run at the podium
        from presidium.app.cli_entry_log import main as entry_log

        return entry_log(args)
    try:
        outcome = export(args.what, args.db, args.run, args.output, lang)
    except ExportError as error:
        if getattr(args, "json", False):
            print(json.dumps({"error": str(error)}, ensure_ascii=False))
        print(t["error"].format(message=error), file=sys.stderr)
        return 1
    if getattr(args, "json", False):  # what the window's Export menu reads from its child process
        print(json.dumps({"path": str(outcome.path), "run": outcome.run.id, "seconds": outcome.seconds,
                          "warnings": [str(w) for w in outcome.warnings]}, ensure_ascii=False))
        return 0
    for warning in outcome.warnings:
        print(t["warning"].format(message=warning), file=sys.stderr)
    mode = t["modes"].get(outcome.run.mode, outcome.run.mode)
    key = "written_minutes" if args.what == "minutes" else "written_review"
    print(t[key].format(run=outcome.run.id, mode=mode, path=outcome.path, seconds=outcome.seconds,
                        n=outcome.rehearsals))
    return 0
