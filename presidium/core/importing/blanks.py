"""Blanks in a printed kịch bản and the placeholders and brackets of a program's scripts, both ways.

On paper a figure the podium fills live ({present}) is a dotted blank with a hint in parentheses,
"…… (số đại biểu có mặt)"; a blank the chair fills by hand ([số], [họ tên]) is a dotted blank with
its word, "…… (số)"; a bare dotted blank ("……", "đ/c ……", "........") is a blank to fill. Reading a
document back turns each form into the one it came from, so export → import gives the same script:

    {present}  ->  "…… (số đại biểu có mặt)"  ->  {present}
    [số]       ->  "…… (số)"                  ->  [số]
    [……]       ->  "……"                      ->  [……]

A presenter or a title is not a script: nobody reads it aloud, so its bare blank stays the dots it was
written with ("Đồng chí ……, Bí thư Chi bộ", "Ban Chấp hành khóa ……"), as templates and office staff
write them.

Braces that are not a placeholder are doubled when read, so a "{" typed in Word never becomes one.
"""

from __future__ import annotations

import re

from presidium.core.catalogue import CATALOGUE, LANGS
from presidium.core.catalogue import text as said
from presidium.core.placeholders import PLACEHOLDERS

DOTS = "……"
BLANK = "[……]"  # how a bare dotted blank is kept in a script: visible at the podium, for the chair to fill

# The hint printed beside each placeholder's blank: the catalogue's "importing.hint.<placeholder>", and for
# the figures the vocabulary's words.
_FIGURES = {
    "convened": "vocabulary.figure.convened",
    "present": "vocabulary.figure.present",
    "absent": "vocabulary.figure.absent",
    "election.seats": "vocabulary.figure.seats",
}
HINTS: dict[str, str] = {name: _FIGURES.get(name, f"importing.hint.{name}") for name in PLACEHOLDERS}
assert all(code in CATALOGUE for code in HINTS.values()), "every placeholder needs a printed hint"
# English hints printed before the figures took the vocabulary's words, still read back.
_EARLIER_HINTS = {
    "members convened": "convened",
    "members present": "present",
    "members absent": "absent",
    "seats to fill": "election.seats",
}
_BY_HINT = {said(code, lang).casefold(): name for name, code in HINTS.items() for lang in LANGS} | _EARLIER_HINTS

_PRINTABLE = re.compile(r"\{([a-z.]+)\}|\[([^\[\]\n]{1,60})\]")
# A dotted blank: two or more ellipses, or three or more dots (mixed too), optionally with its hint.
_HINTED = re.compile(r"((?:…|\.){3,}|…{1,})(?:[ \t]?\(([^()\n]{1,60})\))?")


def to_print(script: str, lang: str = "vi") -> str:
    """The script as printed: placeholders and bracketed blanks as dotted blanks with their hint."""

    def printed(found: re.Match[str]) -> str:
        name, word = found[1], found[2]
        if name is not None:
            return printed_blank(name, lang) if name in PLACEHOLDERS else found[0]
        if word.strip(". …") == "":
            return DOTS
        # only a blank in words written in lower case is printed as one: "[Ghi chú]" stays as written,
        # since on the way back a capitalised "(…)" after dots reads as a direction ("…… (Vỗ tay)")
        return f"{DOTS} ({word})" if word[0].islower() else found[0]

    return (
        _PRINTABLE.sub(printed, script.replace("{{", "\x00").replace("}}", "\x01"))
        .replace("\x00", "{")
        .replace("\x01", "}")
    )


def from_print(text: str, blank: str = BLANK) -> str:
    """A paragraph read from a document with its blanks as the script keeps them (see the module doc);
    `blank` is what a bare dotted blank becomes."""
    text = text.replace("{", "{{").replace("}", "}}")

    def kept(found: re.Match[str]) -> str:
        dots, hint = found[1], found[2]
        if not _is_blank(dots):
            return found[0]  # "…" or "..." is an ellipsis, not a blank
        if hint is None:
            # "Đảng ủy ……." is a blank and the sentence's full stop, not a longer blank
            return blank + "." if dots.endswith("….") else blank
        name = _BY_HINT.get(hint.strip().casefold())
        if name:
            return "{" + name + "}"
        if dots != DOTS or not hint.strip()[:1].islower():
            return f"{blank} ({hint})"
        return f"[{hint.strip()}]"

    return _HINTED.sub(kept, text)


def label_from_print(text: str) -> str:
    """A presenter or a title read from a document: placeholders and hinted blanks as in a script, a bare dotted
    blank kept as dots (see the module doc)."""
    return from_print(text, DOTS)


def _is_blank(dots: str) -> bool:
    ellipses = dots.count("…")
    return ellipses >= 2 or dots.count(".") >= 4 or (ellipses == 1 and len(dots) >= 3)


def printed_blank(name: str, lang: str = "vi") -> str:
    """One placeholder as printed ("…… (số đại biểu có mặt)")."""
    return f"{DOTS} ({said(HINTS[name], lang)})"
