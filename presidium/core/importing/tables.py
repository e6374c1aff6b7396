"""Kịch bản and agendas kept as tables: Word tables (shapes 1–3) and spreadsheet sheets, one row an item.

Columns are known by the words of their header, with or without diacritics, in any order:
STT | NỘI DUNG | NGƯỜI ĐIỀU HÀNH (shape 1), STT | Công việc | Lời dẫn | Phân công (shape 2),
Thời gian | Nội dung | Người thực hiện (shape 3), and the English names an agenda may use. A row whose
only text spans the table and names a session ("PHIÊN TRÙ BỊ") starts a session; a row without a
number or a title carries on the item above (more words, a second presenter line).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from presidium.core.catalogue import Message
from presidium.core.importing import lines
from presidium.core.importing.blanks import from_print, label_from_print
from presidium.core.importing.model import Draft, DraftItem, Notice, Row, Table, Unplaced
from presidium.core.importing.prose import split_heading
from presidium.core.importing.words import (
    parse_clock_range,
    parse_duration_text,
    seconds_between,
    straight_quotes,
    strip_accents,
)

MEANINGS = ("number", "title", "by", "script", "time", "duration", "notes", "session", "date", "kind")

# Header words (without diacritics) -> meaning; the longest match wins, so "thời lượng" is not "thời gian".
HEADER_WORDS: dict[str, str] = {
    "stt": "number",
    "tt": "number",
    "so tt": "number",
    "so thu tu": "number",
    "#": "number",
    "no": "number",
    "no.": "number",
    "number": "number",
    "muc": "number",
    "noi dung": "title",
    "cong viec": "title",
    "title": "title",
    "item": "title",
    "hang muc": "title",
    "noi dung cong viec": "title",
    "chuong trinh": "title",
    "agenda item": "title",
    "hoat dong": "title",
    "buoc": "title",
    "trinh tu": "title",
    "subject": "title",
    "loi dan": "script",
    "kich ban": "script",
    "script": "script",
    "loi dan chuong trinh": "script",
    "noi dung loi dan": "script",
    "loi dan/noi dung": "script",
    "loi": "script",
    "words": "script",
    "dien van": "script",
    "noi dung chi tiet": "script",
    "nguoi dieu hanh": "by",
    "nguoi thuc hien": "by",
    "thuc hien": "by",
    "phan cong": "by",
    "nguoi trinh bay": "by",
    "trinh bay": "by",
    "presenter": "by",
    "by": "by",
    "speaker": "by",
    "dieu hanh": "by",
    "chu tri": "by",
    "phu trach": "by",
    "nguoi phu trach": "by",
    "who": "by",
    "nguoi dan": "by",
    "nguoi doc": "by",
    "don vi thuc hien": "by",
    "nguoi/don vi thuc hien": "by",
    "thoi gian": "time",
    "gio": "time",
    "time": "time",
    "start": "time",
    "bat dau": "time",
    "thoi diem": "time",
    "gio bat dau": "time",
    "khung gio": "time",
    "thoi luong": "duration",
    "duration": "duration",
    "so phut": "duration",
    "phut": "duration",
    "minutes": "duration",
    "length": "duration",
    "thoi gian du kien": "duration",
    "ghi chu": "notes",
    "notes": "notes",
    "note": "notes",
    "luu y": "notes",
    "remarks": "notes",
    "phien": "session",
    "session": "session",
    "buoi": "session",
    "phien hop": "session",
    "ngay": "date",
    "date": "date",
    "day": "date",
    "loai": "kind",
    "kind": "kind",
    "type": "kind",
    "hinh thuc": "kind",
}

KIND_WORDS = {
    "nghi thuc": "ceremony",
    "nghi le": "ceremony",
    "thu tuc": "procedure",
    "bao cao": "report",
    "phat bieu": "speech",
    "thao luan": "discussion",
    "bieu quyet": "vote",
    "bau cu": "election",
    "thong bao": "announcement",
    "cong bo": "announcement",
    "giai lao": "break",
    "nghi": "break",
}


def meaning_of(header: str) -> str | None:
    """The meaning of a column from its header text ("NGƯỜI ĐIỀU HÀNH" -> "by"), None if unknown."""
    plain = re.sub(r"\s+", " ", strip_accents(straight_quotes(header))).strip(" :*.()")
    plain = re.sub(r"\s*\(.*\)$", "", plain)  # "Thời lượng (phút)"
    if plain in HEADER_WORDS:
        return HEADER_WORDS[plain]
    if plain.startswith(("thoi gian du kien", "thoi luong")):
        return "duration"
    best = None
    for words, meaning in HEADER_WORDS.items():
        # a header that holds known words: long ones anywhere ("người/đơn vị thực hiện"), short ones only
        # in front ("loại hình", not "xếp loại")
        at = re.search(rf"(?<![a-z]){re.escape(words)}(?![a-z])", plain)
        long_enough = len(words) >= 4 and at and (len(words) >= 7 or at.start() == 0)
        if long_enough and (best is None or len(words) > len(best[0])):
            best = (words, meaning)
    return best[1] if best else None


def find_header(table: Table) -> tuple[int, list[str | None]] | None:
    """(index of the header row, meaning per column) when the table is an agenda or a script."""
    for index, row in enumerate(table.rows[:6]):
        meanings = [meaning_of(cell) if cell.strip() and len(cell) < 80 else None for cell in row.cells]
        found = [m for m in meanings if m]
        if len(set(found)) >= 2 and ("title" in found or "script" in found):
            return index, _dedupe(meanings)
    return None


def _dedupe(meanings: list[str | None]) -> list[str | None]:
    """Two columns of one meaning: the first keeps it; a second title is the script (STT | Nội dung | Lời
    dẫn written as two "nội dung"), a second time an end time, any other second one is ignored."""
    seen: set[str] = set()
    out: list[str | None] = []
    for meaning in meanings:
        if meaning in seen:
            meaning = (
                {"title": "script" if "script" not in seen else None, "time": "end"}.get(meaning) if meaning else None
            )
        if meaning:
            seen.add(meaning)
        out.append(meaning)
    return out


def table_shape(meanings: Sequence[str | None]) -> str:
    if "script" in meanings:
        return "table-script"
    if "time" in meanings:
        return "table-time"
    return "table-by"


class TableReader:
    """Reads the rows of agenda tables into a draft, one table after another (sessions carry on)."""

    def __init__(self, draft: Draft, *, sheet: bool = False) -> None:
        self.draft, self.sheet = draft, sheet
        self.item: DraftItem | None = None
        self.session_value: str | None = None

    def where(self, table: Table, row: Row) -> Message:
        if self.sheet:
            return (
                Message("importing.sheet-row", sheet=table.name, row=row.number)
                if table.name
                else Message("importing.csv-row", row=row.number)
            )
        return Message("importing.row", table=table.number, row=row.number)

    def read(self, table: Table, mapping: list[str | None] | None = None, header: int | None = None) -> bool:
        """The table's rows into the draft; False (nothing read) when it is not an agenda."""
        if mapping is None:
            found = find_header(table)
            if found is None:
                return False
            header, mapping = found
        header = header or 0
        self.notice_columns(table, table.rows[header].cells if table.rows else (), mapping)
        if self.sheet and table.name and "session" not in mapping and self.draft.sessions and self.draft.items:
            self.draft.session(table.name)  # a further sheet is a further session
        elif self.sheet and table.name and not self.draft.sessions and not _default_sheet_name(table.name):
            self.draft.session(table.name)
        for row in table.rows[header + 1 :]:
            self.row(table, row, mapping)
        return True

    def notice_columns(self, table: Table, headers: Sequence[str], mapping: Sequence[str | None]) -> None:
        for text, meaning in zip(headers, mapping, strict=False):
            if meaning is None and text.strip():
                self.draft.notices.append(
                    Notice(Message("importing.column-ignored", table=table.name or table.number, header=text.strip()))
                )

    def row(self, table: Table, row: Row, mapping: Sequence[str | None]) -> None:
        values: dict[str, str] = {}
        for column, (meaning, text) in enumerate(zip(mapping, row.cells, strict=False)):
            if meaning and text.strip() and meaning not in values:
                if column in row.continued and meaning not in ("by", "time", "date", "session", "kind"):
                    continue  # a title or script merged down over several rows belongs to the first
                values[meaning] = text.strip()
        texts = [t.strip() for i, t in enumerate(row.cells) if t.strip() and i not in row.continued]
        if not texts:
            return
        distinct = list(dict.fromkeys(texts))
        if len(distinct) == 1 and self.is_session_row(distinct[0], values):
            self.start_session(distinct[0])
            return
        if all(lines.is_furniture(t) for t in distinct):
            return
        if (
            len(distinct) == 2
            and _section_number(values.get("number", ""))
            and lines.is_session_title(values.get("title", ""))
        ):  # "I | PHIÊN TRÙ BỊ": a session numbered in the STT column
            self.start_session(values["title"])
            return
        if "session" in values and values["session"] != self.session_value:
            self.session_value = values["session"]
            self.start_session(values["session"])
        number = values.get("number", "")
        title_text = values.get("title", "")
        # a row without a number carries on the item above with more words, a note or a second presenter;
        # one that only holds a time or a duration has nothing to say which item it means: it is listed
        continuing = (
            self.item is not None
            and not number
            and (
                (not title_text and any(values.get(key) for key in ("script", "notes", "by")))
                or (title_text and "script" not in mapping and _reads_on(title_text))
            )
        )
        if continuing:
            self.carry_on(values, mapping)
            return
        if not title_text and not values.get("script"):
            self.draft.unplaced.append(Unplaced(self.where(table, row), " | ".join(distinct)))
            return
        self.new_item(values, mapping, self.where(table, row).message("vi"))

    def is_session_row(self, text: str, values: dict[str, str]) -> bool:
        return lines.is_session_title(text) or (
            text.isupper()
            and not values.get("number")
            and len(text) < 120
            and "script" not in values
            and not lines.is_furniture(text)
            and not values.get("time")
        )

    def start_session(self, text: str) -> None:
        session = self.draft.session(lines.session_title(text) or text)
        session.title = lines.sentence_case(session.title)
        session.date = lines.date_in(text)
        session.start = lines.clock_in(text)
        self.item = None

    def new_item(self, values: dict[str, str], mapping: Sequence[str | None], source: str) -> None:
        paragraphs = _lines_first(values.get("title", ""))
        title = ""
        rest: list[str] = []
        for index, text in enumerate(paragraphs):
            if not title and not (lines.is_spoken(text) or lines.is_direction(text) or lines.presenter(text)):
                title, rest = text, paragraphs[index + 1 :]
                break
            rest.append(text)
        if not title:  # the row holds words only: the item is named by its first words
            title = _first_words(paragraphs[0] if paragraphs else values.get("script", ""))
            rest = paragraphs
        title, start, seconds, by = split_heading(_unnumbered(title))
        session = self.draft.session() if self.draft.sessions else self.draft.session("")
        item = DraftItem(title=title, by=by, start=start, duration=seconds, source=source)
        session.items.append(item)
        self.item = item
        self.fill(item, values, rest)

    def carry_on(self, values: dict[str, str], mapping: Sequence[str | None]) -> None:
        assert self.item is not None
        self.fill(self.item, values, _paragraphs(values.get("title", "")))

    def fill(self, item: DraftItem, values: dict[str, str], content: list[str]) -> None:
        if values.get("by") and not item.by:
            item.by = label_from_print(lines.presenter(f"Người thực hiện: {values['by']}") or values["by"])
        elif values.get("by") and values["by"] not in item.by:
            item.notes.append(values["by"])
        if values.get("time"):
            start, end = parse_clock_range(values["time"])
            if start is None and (seconds := parse_duration_text(values["time"])):
                item.duration = item.duration or seconds
            item.start = item.start or start
            if start and end:
                item.duration = item.duration or seconds_between(start, end)
        if values.get("end") and item.start and not item.duration:
            end, _ = parse_clock_range(values["end"])
            item.duration = seconds_between(item.start, end) if end else None
        if values.get("duration"):
            item.duration = parse_duration_text(values["duration"]) or item.duration
        if values.get("notes"):
            item.notes.append(values["notes"])
        if values.get("kind"):
            plain = strip_accents(values["kind"]).strip()
            item.kind = plain if plain in KIND_WORDS.values() else KIND_WORDS.get(plain, item.kind)
        if values.get("date"):
            session = self.draft.sessions[-1]
            session.date = session.date or lines.date_in(values["date"]) or _iso_date(values["date"])
        for text in content:
            self.content(item, text)
        for text in _paragraphs(values.get("script", "")):
            self.content(item, text)

    def content(self, item: DraftItem, text: str) -> None:
        head, _, rest = text.partition("\n")
        if rest and (lines.presenter(head) is not None or lines.timing(head) or lines.note(head) is not None):
            self.content(item, head)  # a presenter or time line typed with a line break above the words
            self.content(item, rest.strip())
            return
        if (who := lines.presenter(text)) is not None and not item.by and not item.script:
            item.by = label_from_print(who)
        elif (when := lines.timing(text)) is not None and not item.script:
            item.start, item.duration = item.start or when[0], item.duration or when[1]
        elif (remark := lines.note(text)) is not None:
            item.notes.append(remark)
        else:
            item.script.append(from_print(text))


def settle_times(draft: Draft) -> None:
    """Durations from the next item's start where the document gives start times only, and each
    session's start from its first item's."""
    for session in draft.sessions:
        items = session.items
        for item, following in pairwise(items):
            if item.duration is None and item.start and following.start:
                item.duration = seconds_between(item.start, following.start)
        if session.start is None:
            session.start = next((item.start for item in items if item.start), None)


def _section_number(text: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:[IVX]{1,4}|[A-H])\s*[.\-)]?\s*", text))


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]


def _lines_first(text: str) -> list[str]:
    """A cell's paragraphs with the first line of the first standing alone: a title typed with a line
    break (Shift+Enter) before the words is still the title."""
    parts = _paragraphs(text)
    if parts and "\n" in parts[0]:
        head, rest = parts[0].split("\n", 1)
        parts[:1] = [head.strip(), rest.strip()]
    return parts


def _reads_on(text: str) -> bool:
    first = _paragraphs(text)[0] if _paragraphs(text) else ""
    return lines.is_spoken(first) or lines.is_direction(first) or lines.presenter(first) is not None


def _unnumbered(title: str) -> str:
    head = lines.marker(title)
    return head.text if head and head.style in ("arabic", "bullet") else title


def _first_words(text: str, limit: int = 60) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _default_sheet_name(name: str) -> bool:
    return bool(re.fullmatch(r"(sheet|trang tinh|trang|data|du lieu)\s*\d*", strip_accents(name).strip()))


def _iso_date(text: str) -> date | None:

    found = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2}).*", text)
    try:
        return date(int(found[1]), int(found[2]), int(found[3])) if found else None
    except ValueError:
        return None
