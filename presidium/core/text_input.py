"""Text as people type, paste or write it in a program: checked where it enters, names normalised, and
anything already stored made printable for the documents.

A control character (a `\\x0b` pasted from Word, a `\\u0001` in a program) cannot go into a Word
document: python-docx refuses it and, the journal being append-only, an export would fail for good.
So every input refuses them (tabs and newlines only where a text may have lines), and the exporters
pass what is stored through `printable`, which puts a visible mark where such a character sits.

Names are compared as people see them: Unicode NFC (a name typed on a Mac arrives decomposed), no
zero-width characters, runs of spaces collapsed. "Nguyễn  Văn An" and "Nguyễn Văn An" are one name.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 control characters and DEL; tab, newline and carriage return are judged separately.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\t\n\r]")
# Zero-width and invisible formatting characters that make two names look equal and compare unequal.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff]")
# What an XML 1.0 document (a .docx) cannot hold at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MARK = "\ufffd"  # the replacement character: visible in the document, so someone can correct the source

# Lengths beyond anything a congress writes: a 5 MB paste is refused, not carried into every document.
LIMITS = {"name": 200, "line": 500, "text": 20_000}


def file_lines(text: str) -> list[str]:
    """The lines of a file as editors and parsers count them: split at \\n only (a \\r before it
    dropped). str.splitlines also breaks at \\v, \\f, U+2028…, which a pasted text may hold, and would
    point every later problem at the wrong line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def bad_character(text: str, multiline: bool = False) -> tuple[int, str] | None:
    """(1-based position, "U+000B") of the first character `text` may not hold, or None.

    A single-line text (a name, a title) refuses tabs and line breaks too; a multi-line one (a note,
    a script) keeps them."""
    match = _CONTROL.search(text)
    if not multiline:
        breaks = _LINE_BREAKS.search(text)
        if breaks and (match is None or breaks.start() < match.start()):
            match = breaks
    if match is None:
        return None
    return match.start() + 1, f"U+{ord(match.group()):04X}"


def normalize_name(name: str) -> str:
    """A name as it should be stored and compared: NFC, no zero-width characters, single spaces."""
    return " ".join(_INVISIBLE.sub("", unicodedata.normalize("NFC", name)).split())


def printable(text: str) -> str:
    """`text` with every character a Word document cannot hold replaced by a visible mark."""
    return _NOT_XML.sub(MARK, text) if _NOT_XML.search(text) else text
