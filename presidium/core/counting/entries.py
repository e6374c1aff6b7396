"""One ballot as the operator enters it, and the ENTRIES file of `presidium count --script`.

A line is `NUMBER WHAT`, `#` starts a comment:

    1 struck 2 5            names 2 and 5 crossed out, the others kept (list with surplus)
    2 struck -              nothing crossed out
    3 invalid not-issued    invalid, for a reason only the paper shows
    4 disagree 3 blank 6    no surplus: 3 marked "Không đồng ý", 6 neither or both boxes
    5 disagree -            no surplus: every name marked "Đồng ý"

Only the shape of the line is checked here; whether the names and the reason fit the ballot paper
is `paper.judge`'s work. Input is bounded where it enters: line length, control characters, ballot
and name numbers, the size of the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from presidium.core.counting.messages import CountingError

MAX_BALLOT = 99_999  # no congress hands out more ballots in one round
MAX_NAME = 999
MAX_LINE = 2_000
MAX_FILE = 5 * 1024 * 1024
FORMS = ("struck", "disagree", "invalid")
_COMMENT = re.compile(r"(^|\s)#.*$")
# Word's and phones' look-alikes of the characters the format uses.
_LOOKALIKE = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u3000": " ",
        ",": " ",
        ";": " ",
        "\u201c": " ",
        "\u201d": " ",
        "\u2018": " ",
        "\u2019": " ",
    }
)


@dataclass(frozen=True)
class Entry:
    """What one ballot shows. `marks`: names crossed out (struck) or marked Không đồng ý (disagree);
    `blank`: no-surplus names with neither or both boxes; `reason`: why an invalid ballot is."""

    number: int
    form: str  # struck | disagree | invalid
    marks: tuple[int, ...] = ()
    blank: tuple[int, ...] = ()
    reason: str = ""

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"number": self.number, "form": self.form}
        if self.marks:
            payload["marks"] = list(self.marks)
        if self.blank:
            payload["blank"] = list(self.blank)
        if self.reason:
            payload["reason"] = self.reason
        return payload

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> Entry:
        form = data["form"]
        if form not in FORMS:
            raise ValueError(f"unknown form {form!r}")
        return cls(
            _whole(data["number"]),
            form,
            tuple(_whole(n) for n in data.get("marks", ())),
            tuple(_whole(n) for n in data.get("blank", ())),
            str(data.get("reason", "")),
        )

    def same(self, other: Entry | None) -> bool:
        """The same ballot content (marks in any order)."""
        return other is not None and (self.form, sorted(self.marks), sorted(self.blank), self.reason) == (
            other.form,
            sorted(other.marks),
            sorted(other.blank),
            other.reason,
        )

    def text(self) -> str:
        """The entry as an ENTRIES line would write it, without the number."""
        if self.form == "invalid":
            return f"invalid {self.reason}"
        if self.form == "struck":
            return "struck " + (" ".join(map(str, sorted(self.marks))) or "-")
        words = ["disagree", " ".join(map(str, sorted(self.marks))) or "-"]
        if self.blank:
            words += ["blank", " ".join(map(str, sorted(self.blank)))]
        return " ".join(words)

    def line(self) -> str:
        return f"{self.number} {self.text()}"


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a whole number: {value!r}")
    return value


def clean_line(raw: str) -> str:
    """The line without its comment, look-alike characters made plain; CountingError for control characters."""
    if len(raw) > MAX_LINE:
        raise CountingError("counting.line-long", limit=MAX_LINE)
    for char in raw:
        if unicodedata.category(char) == "Cc" and char != "\t":
            raise CountingError("counting.line-control", code=f"U+{ord(char):04X}")
    return " ".join(_COMMENT.sub("", raw).translate(_LOOKALIKE).split())


def parse_entry(text: str, number: int | None = None) -> Entry:
    """One entry: `NUMBER WHAT`, or just `WHAT` when `number` is given (the window fills it in)."""
    words = clean_line(text).split()
    if number is None:
        if not words:
            raise CountingError("counting.number-missing")
        number = _number(words.pop(0))
    if not words:
        raise CountingError("counting.what-missing", number=number)
    head = words[0].lower()
    if head == "invalid":
        return _invalid(number, words[1:])
    if head == "struck":
        marks = _names(number, "struck", words[1:])
        return Entry(number, "struck", marks)
    if head in ("disagree", "blank"):
        return _no_surplus(number, words)
    raise CountingError("counting.what-unknown", number=number, word=words[0][:40])


def _number(word: str) -> int:
    if not word.isdigit() or not 1 <= int(word) <= MAX_BALLOT:
        raise CountingError("counting.number-bad", got=word[:20], limit=MAX_BALLOT)
    return int(word)


def _invalid(number: int, words: list[str]) -> Entry:
    if not words:
        raise CountingError("counting.reason-missing", number=number, reasons="not-issued, name-added, …")
    if len(words) > 1:
        raise CountingError("counting.reason-extra", number=number, got=" ".join(words[1:])[:40])
    return Entry(number, "invalid", reason=words[0].lower()[:40])


def _names(number: int, word: str, words: list[str]) -> tuple[int, ...]:
    if words == ["-"]:
        return ()
    if not words:
        raise CountingError("counting.section-empty", number=number, word=word)
    names: list[int] = []
    for token in words:
        if token == "-":
            raise CountingError("counting.dash-alone", number=number)
        if token.lower() in ("struck", "disagree", "blank", "invalid"):
            raise CountingError("counting.mixed-forms", number=number)
        if not token.isdigit() or not 1 <= int(token) <= MAX_NAME:
            raise CountingError("counting.name-bad", number=number, got=token[:20])
        if int(token) in names:
            raise CountingError("counting.name-twice", number=number, got=int(token))
        names.append(int(token))
    return tuple(names)


def _no_surplus(number: int, words: list[str]) -> Entry:
    sections: dict[str, list[str]] = {}
    current = ""
    for token in words:
        if token.lower() in ("disagree", "blank"):
            current = token.lower()
            if current in sections:
                raise CountingError("counting.mixed-forms", number=number)
            sections[current] = []
        elif token.lower() in ("struck", "invalid"):
            raise CountingError("counting.mixed-forms", number=number)
        else:
            sections[current].append(token)
    marks = _names(number, "disagree", sections["disagree"]) if "disagree" in sections else ()
    blank = _names(number, "blank", sections["blank"]) if "blank" in sections else ()
    both = sorted(set(marks) & set(blank))
    if both:
        raise CountingError("counting.same-name-both", number=number, got=both[0])
    return Entry(number, "disagree", marks, blank)


def parse_entries(text: str) -> tuple[list[tuple[int, Entry]], list[tuple[int, CountingError]]]:
    """(line number, entry) for every ballot line, and (line number, problem) for every malformed one."""
    entries: list[tuple[int, Entry]] = []
    problems: list[tuple[int, CountingError]] = []
    for line_no, raw in enumerate(text.splitlines(), start=1):
        try:
            if not clean_line(raw):
                continue
            entries.append((line_no, parse_entry(raw)))
        except CountingError as problem:
            problems.append((line_no, problem))
    return entries, problems
