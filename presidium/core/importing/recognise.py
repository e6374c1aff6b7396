"""Which of the five shapes a kịch bản is in, and the draft read from it; the same for a spreadsheet.

A document whose tables have a recognisable header row is read as tables (shapes 1–3), the paragraphs
between them giving sessions ("PHIÊN TRÙ BỊ" over a table) or the title block; one with "A- CHƯƠNG
TRÌNH" then "B- CÁC BƯỚC CHI TIẾT" is shape 5; anything else is read as prose (shape 4).
"""

from __future__ import annotations

from presidium.core.catalogue import Message, counted
from presidium.core.importing import lines
from presidium.core.importing.model import Draft, Para, Table, Unplaced
from presidium.core.importing.prose import ProseReader, read_prose, read_steps, split_steps, study
from presidium.core.importing.tables import TableReader, find_header, settle_times, table_shape
from presidium.core.importing.words import strip_accents

Mapping = dict[int, list[str | None]]  # table number -> meaning per column, as the user corrected it


def recognise(blocks: list[Para | Table], mapping: Mapping | None = None) -> Draft:
    """The draft program of a Word document given as its paragraphs and tables in reading order."""
    draft = Draft()
    paras = [block for block in blocks if isinstance(block, Para)]
    tables = [block for block in blocks if isinstance(block, Table)]
    headers = {table.number: find_header(table) for table in tables}
    for number, meanings in (mapping or {}).items():  # the user's word over the headers'
        headers[number] = (_header_row(tables, number), meanings) if _names_items(meanings) else None
    agenda = [table for table in tables if headers.get(table.number)]
    if agenda:
        _read_tables(blocks, draft, headers)
        shapes = [table_shape(found[1]) for t in agenda if (found := headers.get(t.number))]
        draft.shape = max(set(shapes), key=shapes.count)
    elif split_steps(paras):
        read_steps(paras, draft)
        draft.shape = "steps"
    else:
        read_prose(paras, draft)
        draft.shape = "prose"
    if not agenda:
        for table in tables:  # a table in a prose script: the header block is furniture, anything else is listed
            _unplaced_table(table, draft)
    settle_times(draft)
    _drop_empty(draft)
    return draft


def recognise_sheets(sheets: list[Table], mapping: Mapping | None = None, *, csv: bool = False) -> Draft:
    """The draft program of a spreadsheet: each sheet's rows, sessions by sheet or by a session column."""
    draft = Draft(shape="sheet")
    reader = TableReader(draft, sheet=True)
    for sheet in sheets:
        if csv:
            sheet = Table(sheet.number, sheet.rows, "", sheet.after_para)
        given = (mapping or {}).get(sheet.number)
        if given is not None and not _names_items(given):
            read = False  # the user set aside every column that could name an item
        else:
            read = reader.read(sheet, given, _header_row([sheet], sheet.number) if given else None)
        if not read:
            for row in sheet.rows:
                if any(cell.strip() for cell in row.cells):
                    where = (
                        Message("importing.sheet-row", sheet=sheet.name, row=row.number)
                        if sheet.name
                        else Message("importing.csv-row", row=row.number)
                    )
                    draft.unplaced.append(Unplaced(where, " | ".join(c for c in row.cells if c.strip())))
    settle_times(draft)
    _drop_empty(draft)
    return draft


def _names_items(meanings: list[str | None]) -> bool:
    return "title" in meanings or "script" in meanings


def _header_row(tables: list[Table], number: int) -> int:
    table = next((t for t in tables if t.number == number), None)
    found = find_header(table) if table else None
    return found[0] if found else 0


def _read_tables(
    blocks: list[Para | Table], draft: Draft, headers: dict[int, tuple[int, list[str | None]] | None]
) -> None:
    reader = TableReader(draft)
    title_block = ProseReader(draft, study([]))
    seen_table = ended = False
    for block in blocks:
        if ended:  # the approval block and its signatures close the document
            continue
        if isinstance(block, Table):
            found = headers.get(block.number)
            if found:
                reader.read(block, found[1], found[0])
                seen_table = True
            else:
                _unplaced_table(block, draft)
            continue
        text = block.text.strip()
        if not text:
            continue
        if lines.is_session_title(text):
            reader.start_session(text)
            continue
        if not seen_table and not draft.sessions:
            title_block.preamble(block)
            continue
        if _approval(text) and seen_table:
            ended = True
            continue
        if lines.is_furniture(text):
            continue
        draft.unplaced.append(Unplaced(Message("importing.para", n=block.number), text))


def _approval(text: str) -> bool:
    plain = strip_accents(text).strip()
    return plain.startswith(("duyet", "t/m", "tm.", "thay mat", "noi nhan", "nguoi lap", "ky ten"))


def _unplaced_table(table: Table, draft: Draft) -> None:
    """A table that is no agenda: the document's header block gives the place; other rows are listed."""
    for row in table.rows:
        for cell in row.cells:
            for line in cell.splitlines():
                found = lines.place_and_date(line)
                if found and not draft.place:
                    draft.place = found[0]
                    draft.day = draft.day or found[1]
        texts = [t.strip() for i, t in enumerate(row.cells) if t.strip() and i not in row.continued]
        texts = [t for t in dict.fromkeys(texts) if not _header_text(t)]
        if texts:
            draft.unplaced.append(
                Unplaced(Message("importing.row", table=table.number, row=row.number), " | ".join(texts))
            )


def _header_text(text: str) -> bool:
    """A cell of the document's header or signature block (issuing body, Party name, date, signatures)."""
    return all(
        lines.is_furniture(line)
        or lines.date_in(line)
        or lines.is_congress_title(line)
        or lines.place_and_date(line)
        or strip_accents(line).startswith(("dang bo", "dang uy", "so ", "chi bo", "ban chap hanh"))
        or line.isupper()
        for line in text.splitlines()
        if line.strip()
    )


def _drop_empty(draft: Draft) -> None:
    """A session that received no item (a marker with nothing under it) is not a session."""
    for session in list(draft.sessions):
        if not session.items:
            draft.sessions.remove(session)


def summary(draft: Draft, unit: str = "para") -> Message:
    """The sentence said at the end: "2 phiên, 31 nội dung, 27 lời dẫn, 4 người thực hiện; 3 đoạn chưa xếp được"."""
    items = draft.items
    counts = {
        "sessions": len(draft.sessions),
        "items": len(items),
        "scripts": sum(1 for item in items if item.script_text),
        "presenters": len({item.by for item in items if item.by}),
        "unplaced": len(draft.unplaced),
    }
    said = {
        name: Message(counted(f"importing.{name}", counts[name]), n=counts[name])
        for name in ("sessions", "items", "scripts", "presenters")
    }
    unit_words = Message(counted(f"importing.unit-{unit}", counts["unplaced"]))
    return Message("importing.summary", **said, unplaced=counts["unplaced"], unit=unit_words)
