"""The ballot being typed at a station, one key per name.

The operator reads the numbers printed on the paper and presses one key per name crossed out (or, on
a list without surplus, per name marked "Không đồng ý"; a second press makes it "neither or both",
a third clears it). Names 1–10 are the digit row, 11–20 the row below (Q…P), 21–30 A…;, 31–40 Z…/,
so a 20-name ballot with k names crossed out takes k + 1 keys with Enter. A list of more than 40 names
is typed by number: digits, then Space (or +) to mark the name, Enter to record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from presidium.core.counting.entries import Entry
from presidium.core.counting.paper import BallotPaper

ROW_KEYS = "1234567890QWERTYUIOPASDFGHJKL;ZXCVBNM,./"
MAX_TYPED = 3  # digits of a name number on a list of more than 40


def key_label(index: int, count: int) -> str:
    """The key that marks name `index` (1-based) on a list of `count` names; "" when typed by number."""
    return ROW_KEYS[index - 1] if count <= len(ROW_KEYS) else ""


@dataclass(frozen=True)
class Draft:
    number: int
    count: int  # names on the paper
    surplus: bool
    order: tuple[int, ...] = ()  # names touched, in the order pressed (Backspace undoes the last)
    marks: frozenset[int] = frozenset()  # crossed out / Không đồng ý
    blank: frozenset[int] = frozenset()  # no surplus: neither or both boxes
    typed: str = ""  # digits of a name number being typed (lists over 40 names)

    @classmethod
    def fresh(cls, paper: BallotPaper, number: int) -> Draft:
        return cls(number, len(paper.candidates), paper.surplus)

    @property
    def by_number(self) -> bool:
        return self.count > len(ROW_KEYS)

    @property
    def empty(self) -> bool:
        return not self.order and not self.typed

    def press(self, char: str) -> Draft:
        """A printable key; unknown keys leave the draft as it was."""
        char = char.upper()
        if self.by_number:
            if char.isdigit() and len(self.typed) < MAX_TYPED:
                return replace(self, typed=self.typed + char)
            if char in (" ", "+"):
                return self.commit_typed()
            return self
        index = ROW_KEYS.find(char) + 1
        return self.toggle(index) if 1 <= index <= self.count else self

    def commit_typed(self) -> Draft:
        if not self.typed:
            return self
        index = int(self.typed)
        cleared = replace(self, typed="")
        return cleared.toggle(index) if 1 <= index <= self.count else cleared

    def toggle(self, index: int) -> Draft:
        order = tuple(n for n in self.order if n != index)
        if self.surplus:
            if index in self.marks:
                return replace(self, order=order, marks=self.marks - {index})
            return replace(self, order=order + (index,), marks=self.marks | {index})
        if index in self.marks:  # Không đồng ý → neither/both
            return replace(self, order=order + (index,), marks=self.marks - {index}, blank=self.blank | {index})
        if index in self.blank:  # neither/both → Đồng ý
            return replace(self, order=order, blank=self.blank - {index})
        return replace(self, order=order + (index,), marks=self.marks | {index})

    def back(self) -> Draft:
        """Backspace within the ballot: the last digit typed, else the last name touched goes back."""
        if self.typed:
            return replace(self, typed=self.typed[:-1])
        if not self.order:
            return self
        last = self.order[-1]
        return replace(self, order=self.order[:-1], marks=self.marks - {last}, blank=self.blank - {last})

    def entry(self) -> Entry:
        draft = self.commit_typed()
        form = "struck" if self.surplus else "disagree"
        return Entry(self.number, form, tuple(sorted(draft.marks)), tuple(sorted(draft.blank)))
