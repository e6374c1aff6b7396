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

from presidium.core.events import InvalidAction
from presidium.core.loader import load_program_bytes
from presidium.core.problems import ProgramError
from presidium.core.program import Program
from presidium.core.review import Review, RunInfo, build_review
from presidium.core.run import RunState, fold
from presidium.infra.journal import Journal, JournalError, RunRecord


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
    found = recorded_program(record)
    current = found.current
    try:
        if found.origin == "file":
            return load_program_bytes(found.data, found.label, recorded=True), []
        why = t["gone"] if current is None else t["differs"]
        if found.origin == "copy":
            note = t["using_copy"].format(source=record.source or "—", why=why, fp=record.fingerprint[:12])
            return load_program_bytes(found.data, found.label, recorded=True), [note]
        if current is None:
            raise ExportError(t["no_program"].format(run=record.id, source=record.source or "—"))
        reason = t["changed"].format(source=found.label, run=record.id, was=record.fingerprint[:12],
                                     now=_digest(current)[:12])
        if what == "minutes":
            raise ExportError(t["minutes_changed"].format(reason=reason))
        return load_program_bytes(current, found.label, recorded=True), [t["review_changed"].format(reason=reason)]
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
