"""Plain values the importers work on, and the draft program they build.

A document reader (`presidium.infra.importers`) turns a .docx, .xlsx or .csv into `Para`, `Table` and
`Sheet` values; the recognisers in this package turn those into a `Draft`: sessions and items as far as
they could be read, every paragraph or row that found no place (`Unplaced`, with its number), and notes
for the user (`Notice`). Nothing here knows about Word or Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from presidium.core.catalogue import Message

# --- what a reader hands over ------------------------------------------------------------------------


@dataclass(frozen=True)
class Para:
    """A paragraph of the document body, numbered from 1 in reading order (tables' paragraphs not counted).

    `text` carries Word's automatic list number in front ("1. Chào cờ") when the paragraph is numbered
    by a list style, so typed and automatic numbers read alike; `auto_number` says which it was."""

    number: int
    text: str
    bold: bool = False  # every visible run bold: headings usually are
    style: str = ""  # Word's style name ("Heading 2", "List Number", …)
    auto_number: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Row:
    """A table or sheet row: one text per grid column. A cell merged down from the row above repeats
    that text and its column is in `continued`; a cell merged across keeps its text in its first column."""

    number: int  # 1-based row in its table or sheet
    cells: tuple[str, ...]
    continued: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Table:
    """A Word table (numbered from 1 in the document) or a spreadsheet sheet (`name` is the sheet's)."""

    number: int
    rows: tuple[Row, ...]
    name: str = ""
    after_para: int = 0  # the body paragraph it follows (0: before the first one)


Block = Para | Table

# --- what the recognisers build -----------------------------------------------------------------------


@dataclass
class DraftItem:
    title: str
    by: str = ""
    duration: int | None = None  # seconds; None when the document does not say
    start: time | None = None  # planned clock time, when the document gives one
    script: list[str] = field(default_factory=list)  # paragraphs, joined with a blank line
    notes: list[str] = field(default_factory=list)
    kind: str = ""  # "" : guessed from the title when the TOML is written
    vote: dict[str, Any] | None = None  # {"question", "rule"} when the document spells the vote out
    election: dict[str, Any] | None = None  # {"body", "seats", "candidates"}
    speakers: list[tuple[str, str]] = field(default_factory=list)  # (name, unit) registered to speak
    source: str = ""  # where it was read ("đoạn 12", "bảng 1, dòng 4"), for comments in the TOML

    @property
    def script_text(self) -> str:
        return "\n\n".join(part for part in self.script if part.strip())


@dataclass
class DraftSession:
    title: str
    date: date | None = None
    start: time | None = None
    items: list[DraftItem] = field(default_factory=list)


@dataclass(frozen=True)
class Unplaced:
    """A paragraph or row the importer could not place: `where` says which, `text` what it held."""

    where: Message
    text: str


@dataclass(frozen=True)
class Notice:
    """Something the user should know about the import (a text box ignored, a column not recognised)."""

    message: Message


@dataclass
class Draft:
    shape: str = ""  # which kind of document was recognised (a code of SHAPES)
    title: str = ""  # the congress, when the document names it
    organization: str = ""
    place: str = ""
    venue: str = ""
    day: date | None = None  # a date the document gives for the whole congress
    sessions: list[DraftSession] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)  # rules the document spelled out

    @property
    def items(self) -> list[DraftItem]:
        return [item for session in self.sessions for item in session.items]

    def session(self, title: str = "") -> DraftSession:
        """The session being filled: a new one when `title` is given, else the last (made if none)."""
        if title or not self.sessions:
            self.sessions.append(DraftSession(title))
        return self.sessions[-1]
