"""What can be wrong in a program file, said in the chair's language (Vietnamese) or in English.

A Problem keeps where it is (file and line) and a `Message` of the catalogue's "problem" area rather than a
finished sentence, so the same problem prints in either language: `presidium validate` and the window choose.
"""

from __future__ import annotations

from dataclasses import dataclass

from presidium.core.catalogue import CATALOGUE, Message, Says, text


@dataclass(frozen=True)
class Problem(Says):
    """One thing wrong in a program file, with the line where it can be found (0: the file as a whole)."""

    file: str
    line: int
    said: Message

    def text(self, lang: str = "vi") -> str:
        """The line `presidium validate` prints: FILE:LINE: message."""
        return f"{self.file}:{self.line}: {self.message(lang)}" if self.line else f"{self.file}: {self.message(lang)}"


def place(kind: str, ident: str) -> Message | str:
    """A place in the program: `item 'chao-co'` in the reader's language; a table header (`[congress]`) as written."""
    return kind if kind.startswith("[") else Message(f"problem.where.{kind}", id=ident)


def place_of(said: object) -> tuple[str, str | None]:
    """(kind, id) of a place made by `place`, so the editor can select it: ("item", "chao-co"), ("[congress]", None)."""
    if isinstance(said, Message) and said.code.startswith("problem.where."):
        ident = said.params.get("id")
        return said.code.removeprefix("problem.where."), ident if isinstance(ident, str) else None
    return (str(said), None) if isinstance(said, str) else ("", None)


class FieldName(str):
    """A field of the program file named in a problem. The str is its key as the file writes it
    ("delegates_convened", "vote.rule"), which the editor uses to find the field; said, it is the
    catalogue's words for it ("problem.field.<key>"), or the key itself when there are none."""

    __slots__ = ()

    def message(self, lang: str = "vi") -> str:
        code = f"problem.field.{self}"
        return text(code, lang) if code in CATALOGUE else str(self)


class ProgramError(Exception):
    """A program file that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: p.line)
        super().__init__(self.text("en"))

    def text(self, lang: str = "vi") -> str:
        return "\n".join(problem.text(lang) for problem in self.problems)
