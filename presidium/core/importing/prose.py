"""Kịch bản written as running text (shape 4) and as a program list followed by its steps (shape 5).

Shape 4: session markers ("PHIÊN TRÙ BỊ", "A. PHẦN TRÙ BỊ", "PHẦN I", "I- …"), numbered item headings,
the presenter on a line of its own ("Đồng chí … điều hành", "(Đ/c … trình bày)"), then the words to read,
with stage directions in parentheses kept in the script (the podium and the printed script show them as
directions). Shape 5: "A- CHƯƠNG TRÌNH" (the numbered list, often with times) then "B- CÁC BƯỚC CHI TIẾT"
(shape 4): the two are matched item by item, the list giving times and the steps the words.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import time
from itertools import pairwise
from typing import Any

from presidium.core.catalogue import Message
from presidium.core.importing import lines
from presidium.core.importing.blanks import from_print, label_from_print
from presidium.core.importing.model import Draft, DraftItem, DraftSession, Para, Unplaced
from presidium.core.importing.words import find_duration, parse_clock_range, seconds_between, strip_accents

_END = re.compile(
    r"^(duyet cua|t/?m\.? |thay mat |noi nhan|phu luc|annex|appendix|nguoi lap|nguoi duyet|"
    r"ban thuong vu duyet|xac nhan cua)"
)
_INLINE_TIME = re.compile(r"\s*[(\[]([^()\[\]]*\d[^()\[\]]*)[)\]]\s*$")
_LEADING_TIME = re.compile(
    r"^\s*(\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}(?:\s*[-–—]\s*\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2})?)\s*[:.\-–—]\s*", re.IGNORECASE
)


@dataclass
class _Heading:
    """How the document marks its sessions and items, worked out from the whole of it first."""

    item_style: str = "arabic"
    session_styles: set[str] = field(default_factory=set)
    session_paras: set[int] = field(default_factory=set)  # bold lines followed by a session's date and time
    bold_items: bool = False  # the document sets its item headings in bold: plain numbered lines are script


def _heading_like(para: Para) -> bool:
    return para.bold or para.style.lower().startswith(("heading", "title", "tiêu đề"))


def _plausible_heading(para: Para, text: str) -> bool:
    return _heading_like(para) or (
        len(text) <= 120
        and not text.rstrip().endswith((";", ",", ":"))
        and not lines.is_spoken(text)
        and lines.presenter(text) is None
    )


def _sessions_by_context(paras: list[Para]) -> set[int]:
    """Bold, unnumbered lines followed at once by a time line with a date ("Thời gian: 07:30 – 08:20,
    ngày 15/7/2025"): session headings that do not say "phiên" ("Annual General Meeting")."""
    found = set()
    texts = [p for p in paras if p.text.strip()]
    for para, following in pairwise(texts):
        if (
            _heading_like(para)
            and lines.marker(para.text) is None
            and len(para.text) <= 160
            and lines.timing(following.text)
            and lines.date_in(following.text)
        ):
            found.add(para.number)
    return found


def study(paras: list[Para]) -> _Heading:
    """Which numbering marks items, which marks sessions, and whether headings are bold."""
    seen: list[str] = []
    bold: dict[str, int] = {}
    sessions = False
    for para in paras:
        if lines.is_session_title(para.text):
            sessions = True
            continue
        head = lines.marker(para.text)
        if head is None or head.style == "bullet" or not _plausible_heading(para, head.text):
            continue
        if head.style not in seen:
            seen.append(head.style)
        if _heading_like(para):
            bold[head.style] = bold.get(head.style, 0) + 1
    shape = _Heading(session_paras=_sessions_by_context(paras))
    if not seen:
        return shape
    if not sessions and len(seen) > 1 and seen[0] in ("roman", "letter") and "arabic" in seen:
        shape.session_styles.add(seen[0])  # "I. KHAI MẠC" over "1. Chào cờ": the outer numbering is the session
        shape.item_style = "arabic"
    else:
        shape.item_style = "arabic" if "arabic" in seen else seen[0]
    shape.bold_items = bold.get(shape.item_style, 0) >= 2
    return shape


class ProseReader:
    """Reads paragraphs into a draft: call `feed` with each paragraph, then `finish`."""

    def __init__(self, draft: Draft, shape: _Heading, *, list_only: bool = False) -> None:
        self.draft, self.shape, self.list_only = draft, shape, list_only
        self.session: DraftSession | None = None
        self.item: DraftItem | None = None
        self.expected = 1
        self.ended = False  # past the approval block or the annex
        self.pending: list[Para] = []  # text of a session before its first item
        self.session_by = ""
        self.title_at = 0  # the paragraph that last carried the congress's title

    # -- helpers ---------------------------------------------------------------------------------
    def where(self, para: Para) -> Message:
        return Message("importing.para", n=para.number)

    def unplaced(self, para: Para) -> None:
        self.draft.unplaced.append(Unplaced(self.where(para), para.text))

    def new_session(self, title: str, para: Para) -> None:
        self.close_session()
        self.session = self.draft.session(lines.sentence_case(title) or f"Phiên {len(self.draft.sessions) + 1}")
        self.item, self.expected, self.session_by = None, 1, ""
        day = lines.date_in(para.text)
        if day:
            self.session.date = day
        start = lines.clock_in(para.text)
        if start:
            self.session.start = start

    def close_session(self) -> None:
        if self.pending and self.session is not None:
            if not self.session.items:  # a session read as one flow of words: it is one item
                item = DraftItem(
                    self.session.title, by=self.session_by, source=self.where(self.pending[0]).message("vi")
                )
                item.script = [from_print(p.text) for p in self.pending]
                self.session.items.append(item)
            else:
                for para in self.pending:
                    self.unplaced(para)
        self.pending = []

    def new_item(self, title: str, para: Para, number: int) -> None:
        if self.session is None:
            self.session = self.draft.session("")
        if self.pending:
            for early in self.pending:  # words before the session's first item: not lost, listed
                self.unplaced(early)
            self.pending = []
        title, start, seconds, by = split_heading(title)
        self.item = DraftItem(
            title=title, by=by or self.session_by, duration=seconds, start=start, source=self.where(para).message("vi")
        )
        self.session.items.append(self.item)
        self.expected = number + 1

    # -- one paragraph -----------------------------------------------------------------------------
    def feed(self, para: Para) -> None:
        text = para.text.strip()
        if not text:
            return
        plain = strip_accents(text)
        if self.ended:
            return
        if _END.match(plain) and (self.draft.items or self.item) and _block_line(text):
            self.ended = True
            return
        head = lines.marker(text)
        if lines.is_session_title(text) and not (
            head
            and head.style == self.shape.item_style
            and self.shape.item_style not in self.shape.session_styles
            and not lines.is_session_title(head.text)
        ):
            self.new_session(lines.session_title(text), para)
            return
        if para.number in self.shape.session_paras:
            self.new_session(text, para)
            return
        if head and head.style in self.shape.session_styles and _plausible_heading(para, head.text):
            self.new_session(lines.session_title(text), para)
            return
        if head and self.is_item_heading(para, head):
            self.new_item(head.text, para, head.number)
            return
        if self.item is None and self.list_only is False and self.session is None:
            self.preamble(para)
            return
        self.detail(para)

    def is_item_heading(self, para: Para, head: lines.Marker) -> bool:
        if head.style != self.shape.item_style:
            return False
        if self.shape.bold_items and not _heading_like(para):
            return False
        if not _plausible_heading(para, head.text):
            return False
        # numbers run on: "2." inside item 1's words (a list of names) is not the next item
        return self.list_only or head.number in (self.expected, 1) or self.item is None

    def preamble(self, para: Para) -> None:
        """Before the first session or item: the document's title block."""
        text = para.text.strip()
        if lines.is_furniture(text):
            return
        day = lines.date_in(text)
        if lines.is_congress_title(text):
            self.draft.title = (self.draft.title + " " + text).strip() if self.draft.title else text
            self.title_at = para.number
            return
        plain = strip_accents(text)
        if found := re.match(r"^(dia diem|venue|place)\s*:\s*", plain):
            self.draft.venue = text[found.end() :].strip()
            return
        if day and (self.draft.day is None):
            self.draft.day = day
            return
        # The title running on a second line: typed in capitals, or bold right under the first line
        # (set in capitals by the font, as the exported script does, keeping the case as written).
        running_on = text.isupper() or (para.bold and para.number == self.title_at + 1)
        if self.draft.title and len(text) < 160 and running_on:
            self.draft.title += " " + text
            self.title_at = para.number
            return
        self.unplaced(para)

    def detail(self, para: Para) -> None:
        text = para.text.strip()
        if self.item is None:
            if self.session is not None and not self.session.items:
                if (who := lines.presenter(text)) and not self.pending:
                    self.session_by = label_from_print(who)
                    return
                if (when := lines.timing(text)) and not self.pending:
                    self.session.start = self.session.start or when[0]
                    self.session.date = self.session.date or lines.date_in(text)
                    return
                if lines.date_in(text) and not self.pending and len(text) < 120:
                    self.session.date = lines.date_in(text)
                    start, _ = parse_clock_range(_inline_times(text) or "")
                    self.session.start = self.session.start or start
                    return
            if lines.is_furniture(text):
                return
            self.pending.append(para)
            return
        item = self.item
        if (
            (who := lines.presenter(text)) is not None
            and (not item.by or item.by == self.session_by)
            and not item.script
        ):
            item.by = label_from_print(who)
            return
        if (when := lines.timing(text)) is not None and not item.script:
            item.start = item.start or when[0]
            item.duration = item.duration or when[1]
            return
        if (remark := lines.note(text)) is not None:
            item.notes.append(remark)
            return
        if (vote := lines.labelled(text, "vote")) is not None and item.vote is None:
            item.vote = {"question": _spelled_question(vote), "rule": lines.rule_in(vote)}
            return
        if (election := lines.labelled(text, "election")) is not None and item.election is None:
            item.election = _spelled_election(election)
            return
        if (names := lines.candidates(text)) is not None and item.election is not None and not item.script:
            item.election["candidates"] = names
            return
        if (registered := lines.speakers(text)) is not None and not item.script:
            item.speakers += registered
            return
        item.script.append(from_print(text))

    def finish(self) -> None:
        self.close_session()


def _block_line(text: str) -> bool:
    """An approval block's or an annex's heading: short, and in capitals ("T/M BAN THƯỜNG VỤ", "PHỤ LỤC")."""
    letters = [c for c in text if c.isalpha()]
    return len(text) <= 100 and bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _inline_times(text: str) -> str | None:
    found = _INLINE_TIME.search(text)
    return found[1] if found else None


def split_heading(title: str) -> tuple[str, time | None, int | None, str]:
    """A heading's title, with a time, a duration or a presenter written in it taken out:
    "Chào cờ (7h30 – 7h35)", "7h30: Chào cờ", "Chào cờ (5 phút)", "Báo cáo chính trị – Đ/c Nguyễn Văn A"."""
    start = seconds = None
    by = ""
    if found := _LEADING_TIME.match(title):
        start, end = parse_clock_range(found[1])
        if start and end:
            seconds = seconds_between(start, end)
        title = title[found.end() :]
    if found := _INLINE_TIME.search(title):
        inner = found[1]
        begin, end = parse_clock_range(inner.split(";")[0].split(",")[0])
        # "(8h00 – 8h05)" is a time span; "(5 phút)" a duration; "(7h30)" a start
        length = seconds_between(begin, end) if begin and end else (None if begin else find_duration(inner))
        if begin or length:
            start = start or begin
            seconds = seconds or length
            title = title[: found.start()]
        elif (who := lines.presenter(f"({inner})")) is not None:
            by, title = label_from_print(who), title[: found.start()]
    parts = re.split(r"\s+[-–—]\s+(?=(?:đồng chí|đ/c|Đồng chí|Đ/c)\b)", title, maxsplit=1)
    if len(parts) == 2:
        title, by = parts[0], label_from_print(lines.without_title(parts[1]))
    return label_from_print(title.strip(" :.-–—")), start, seconds, by


def _spelled_question(text: str) -> str:
    """ "Thông qua Nội quy — giơ thẻ; thông qua khi …" -> "Thông qua Nội quy" (the rule is the program's)."""
    return re.split(r"\s+[—–]\s+|;", text, maxsplit=1)[0].strip(" .")


def _spelled_election(text: str) -> dict[str, Any]:
    """ "Ban Chấp hành Đảng bộ khóa XIII — 15 người; …" -> body and seats."""
    body = re.split(r"\s+[—–]\s+|;", text, maxsplit=1)[0].strip(" .")
    seats = re.search(r"(\d{1,4})\s*(người|đồng chí|ủy viên|đại biểu|seats?|members?)", text, re.IGNORECASE)
    surplus = re.search(r"(?:số dư|so du|surplus)[^;%]*?(\d+(?:[.,]\d+)?)\s*%", text, re.IGNORECASE)
    names = re.search(r"(?:số dư|so du|surplus)[^;%]*?\b(\d{1,4})\s*(?:người|names?)\s*(?:;|$)", text, re.IGNORECASE)
    # The default cap, as the printed script says it ("…, với cơ quan có 3 đến 5 người là 1 người"), is
    # left to the default: 30%, and one extra name for a body of 3 to 5 seats.
    default = re.search(r"3 (?:đến|to) 5", text)
    cap = None if default else int(names[1]) if names else f"{surplus[1]}%" if surplus else None
    return {"body": body, "seats": int(seats[1]) if seats else None, "rule": lines.rule_in(text), "max_surplus": cap}


def read_prose(paras: list[Para], draft: Draft) -> None:
    """Shape 4 into `draft`."""
    reader = ProseReader(draft, study(paras))
    for para in paras:
        reader.feed(para)
    reader.finish()


def split_steps(paras: list[Para]) -> tuple[list[Para], list[Para], list[Para]] | None:
    """(before, program list, detailed steps) when the document is shape 5, else None."""
    program = next((i for i, p in enumerate(paras) if lines.is_program_part(p.text)), None)
    if program is None:
        return None
    steps = next((i for i, p in enumerate(paras) if i > program and lines.is_steps_part(p.text)), None)
    if steps is None:
        return None
    return paras[:program], paras[program + 1 : steps], paras[steps + 1 :]


def read_steps(paras: list[Para], draft: Draft) -> None:
    """Shape 5 into `draft`: the program list's items, each with the words of its matching step."""
    before, listing, steps = split_steps(paras) or ([], [], paras)
    head = ProseReader(draft, study(before))
    for para in before:
        head.feed(para)
    listed = Draft()
    reader = ProseReader(listed, study(listing), list_only=True)
    for para in listing:
        reader.feed(para)
    reader.finish()
    detailed = Draft()
    reader = ProseReader(detailed, study(steps))
    reader.draft.title = "-"  # the title block is in front of part A, not in part B
    for para in steps:
        reader.feed(para)
    reader.finish()
    draft.unplaced += listed.unplaced + detailed.unplaced
    draft.sessions = _merge(listed.sessions, detailed.sessions)


def _key(title: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", strip_accents(title))


def _merge(listed: list[DraftSession], detailed: list[DraftSession]) -> list[DraftSession]:
    """The steps' items in the list's sessions and order; each step matched to the listed item whose
    title is closest (in order), the list's times and the step's words and presenter kept."""
    if not listed:
        return detailed
    if not detailed:
        return listed
    steps = [item for session in detailed for item in session.items]
    used = 0
    for session in listed:
        merged: list[DraftItem] = []
        for item in session.items:
            best, best_ratio = None, 0.55
            for index in range(used, min(len(steps), used + 4)):  # a step or two may be missing from the list
                ratio = difflib.SequenceMatcher(None, _key(item.title), _key(steps[index].title)).ratio()
                if ratio > best_ratio:
                    best, best_ratio = index, ratio
            if best is None:
                merged.append(item)
                continue
            merged += steps[used:best]  # steps the list does not name stay where the steps put them
            step = steps[best]
            step.start = item.start or step.start
            step.duration = item.duration or step.duration
            step.by = step.by or item.by
            merged.append(step)
            used = best + 1
        session.items = merged
    listed[-1].items += steps[used:]  # steps after the last listed item follow it
    for mine, theirs in zip(listed, detailed, strict=False):
        mine.date = mine.date or theirs.date
        mine.start = mine.start or theirs.start
    return listed
