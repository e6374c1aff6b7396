"""Checking one field of a program file: its type (with the fix for the usual slips), its text (no
control characters, bounded length, names normalised), its id, the reference it makes. The loader
(`presidium.core.loader`) walks the file's tables and uses these checks on every value.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable
from datetime import date, time
from fractions import Fraction
from typing import Any, TypeVar

from presidium.core.catalogue import Message
from presidium.core.durations import parse_clock, parse_duration
from presidium.core.placeholders import placeholder_problems
from presidium.core.problems import FieldName, Problem
from presidium.core.text_input import bad_character, file_lines, normalize_name
from presidium.core.toml_lines import Block, LineIndex

# A TOML table as tomllib parsed it, before any check: its values are whatever the file wrote (any TOML
# type), and the checks below narrow them one by one.
Table = dict[str, Any]
_T = TypeVar("_T")
# A table's fields: name -> (kind, required).
Spec = dict[str, tuple[str, bool]]
# What `fields` gives back: each value checked for the kind its spec names (a str for "str", a list of
# str for "strlist", seconds for "duration", …), or None where it was missing or wrong.
Checked = dict[str, Any]

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# No item or speech lasts longer (beyond it a figure is a typing slip, and would overflow the calendar).
MAX_DURATION = 24 * 3600
# Tables written at the top level that belong inside another: name -> (the right header, its parent).
MISPLACED_TABLES = {
    "item": ("session.item", "session"),
    "speaker": ("session.item.speaker", "item"),
    "article": ("regulation.article", "regulation"),
    "election": ("session.item.election", "item"),
}
# Fields that may hold several lines (tabs and line breaks allowed); every other text is one line.
MULTILINE_FIELDS = {"script", "notes", "text", "when", "steps", "description"}
# Fields that hold people's names: normalised (NFC, no zero-width characters, single spaces) on load.
NAME_FIELDS = {"candidates", "name", "guests", "presidium", "secretariat", "counting"}
# The longest text a field may hold, in characters: a title or a name fits on a line of the agenda,
# a script holds a long report read in full.
PROGRAM_LIMITS = {"name": 200, "line": 1_000, "text": 200_000}
# Unknown references that get a "did you mean" hint; later ones are reported without (see did_you_mean).
MAX_HINTS = 20
# Problems a program recorded with a run is forgiven (see load_program_bytes): the checks added since
# such a program could have been recorded. It is replayed as it was; the documents mark what they cannot print.
RELAXED_FOR_RECORDED = {"control", "duplicate-name", "too-long", "unreachable", "max", "quorum-base"}

# Problems that name a field by its key as written, not in words: an unknown key has none, and "quoted"
# shows the line to write (`strict = true`).
_KEY_AS_WRITTEN = {"unknown-field", "quoted"}
# What a field of each kind must be, said in a "type" problem (codes of the catalogue's "problem.word.*").
_EXPECTED = {
    "str": "a-string",
    "int": "a-whole-number",
    "bool": "true-or-false",
    "strlist": "a-list-of-strings",
    "date": "a-date",
    "table": "a-table",
    "tables": "a-list-of-tables",
    "duration": "a-string",
    "clock": "a-string",
    "fraction": "a-string",
    "percent": "a-string",
    "surplus": "a-surplus",
    "lines": "a-string-or-two",
}


def _is_str(value: object) -> bool:
    return isinstance(value, str)


# One check per kind, run only for the field's own kind (the editor re-runs the checks on every change).
_TYPE_CHECKS: dict[str, Callable[[object], bool]] = {
    "str": _is_str,
    "int": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "bool": lambda value: isinstance(value, bool),
    "date": lambda value: isinstance(value, date) and not hasattr(value, "hour"),
    "table": lambda value: isinstance(value, dict),
    "tables": lambda value: isinstance(value, list) and all(isinstance(v, dict) for v in value),
    "strlist": lambda value: isinstance(value, list) and all(isinstance(v, str) for v in value),
    "surplus": lambda value: isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)),
    # one line, or two (the national heading: quốc hiệu and tiêu ngữ)
    "lines": lambda value: (
        isinstance(value, str)
        or (isinstance(value, list) and 1 <= len(value) <= 2 and all(isinstance(v, str) for v in value))
    ),
}


class FieldChecks:
    """Field checks for the loader: it sets file, text, lines, problems, recorded, declared, sorted_ids."""

    file: str
    text: str
    lines: LineIndex
    problems: list[Problem]
    recorded: bool  # a program recorded with a run: the checks added since are forgiven
    declared: dict[str, set[str]]  # "rule" | "card" | "article" -> the ids the file declares
    sorted_ids: dict[str, list[str]]
    hints_given: int = 0

    # -- reporting ---------------------------------------------------------------------------
    def problem(self, line: int, key: str, /, **params: object) -> None:
        """Records the catalogue's "problem.<key>" at `line`."""
        if self.recorded and key in RELAXED_FOR_RECORDED:
            return
        field = params.get("field")
        if type(field) is str and key not in _KEY_AS_WRITTEN:
            params["field"] = FieldName(field)
        self.problems.append(Problem(self.file, line, Message(f"problem.{key}", **params)))

    # -- generic field checking --------------------------------------------------------------
    def fields(self, data: Table, spec: Spec, where: str, block: Block, prefix: str = "", top: bool = False) -> Checked:
        """Validated values of `data` by `spec`; a missing or wrong field is reported and comes back None.
        `prefix` names a nested table in messages ("vote.rule"); `top`: the file's top level."""
        values: Checked = {}
        for name in data:
            if top and name in MISPLACED_TABLES:  # [[item]] written for [[session.item]]
                path, parent = MISPLACED_TABLES[name]
                entries = self.lines.entries(name)
                self.problem(
                    entries[0].line if entries else block.line_of(name),
                    "top-table",
                    name=name,
                    path=path,
                    parent=Message(f"problem.word.{parent}"),
                )
                continue
            if name not in spec:
                close = difflib.get_close_matches(name, spec, n=1)
                hint = Message("problem.word.did-you-mean", name=prefix + close[0]) if close else ""
                self.problem(block.line_of(name), "unknown-field", where=where, field=prefix + name, hint=hint)
        for name, (kind, required) in spec.items():
            if name not in data:
                if required:
                    self.problem(block.line, "missing", where=where, field=prefix + name, key=prefix + name)
                values[name] = None
                continue
            values[name] = self.value(data[name], kind, where, prefix + name, block.line_of(name))
        return values

    def value(self, value: Any, kind: str, where: str, name: str, line: int) -> Any:
        """`value` checked for `kind` (the kind's type, see Checked), or None, reported, when it is wrong."""
        if not _TYPE_CHECKS.get(kind, _is_str)(value):
            self.wrong_type(value, kind, where, name, line)
            return None
        if kind in ("str", "strlist", "lines") and not self.text_ok(value, where, name, line):
            return None
        if kind == "str" and not value.strip() and name in ("id", "title", "name", "question", "body", "number"):
            self.problem(line, "empty", where=where, field=name)
            return None
        if kind == "str" and name.rpartition(".")[2] in NAME_FIELDS:
            return normalize_name(value)
        if kind == "strlist" and name.rpartition(".")[2] in NAME_FIELDS:
            return [normalize_name(v) for v in value]
        if kind == "duration":
            seconds = self.parsed(parse_duration, value, line, "duration", where, name)
            if seconds is not None and seconds > MAX_DURATION:  # no item or speech lasts beyond a day
                self.problem(line, "max", where=where, field=name, maximum="24h", got=show_value(value))
                return seconds if self.recorded else None
            return seconds
        if kind == "clock":
            return self.parsed(parse_clock, value, line, "clock", where, name)
        if kind == "fraction":
            return self.parsed(parse_fraction, value, line, "fraction", where, name)
        if kind == "percent" or (kind == "surplus" and isinstance(value, str)):
            return self.parsed(parse_percent, value, line, "percent", where, name)
        if kind == "surplus" and not 0 <= value <= 1000:
            self.problem(line, "surplus-names", where=where, field=name, got=value)
            return None
        return value

    def wrong_type(self, value: object, kind: str, where: str, name: str, line: int) -> None:
        """A value of the wrong type, with the fix when it is the usual slip: quotes around true, a number
        or a date; none around a time of day."""
        key = name.rpartition(".")[2]  # as written on the line, for the fix
        if isinstance(value, str):
            bare = value.strip()
            if (
                (kind == "bool" and bare.lower() in ("true", "false"))
                or (kind == "int" and bare.isdigit())
                or (kind == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", bare))
            ):
                self.problem(
                    line,
                    "quoted",
                    where=where,
                    field=name,
                    key=key,
                    got=show_value(value),
                    bare=bare.lower() if kind == "bool" else bare,
                )
                return
        elif _EXPECTED[kind] == "a-string" and isinstance(value, (time, date)):  # start = 07:30:00, unquoted
            text = value.strftime("%H:%M") if isinstance(value, time) and not value.second else value.isoformat()
            self.problem(line, "quote-it", where=where, field=name, key=key, text=text)
            return
        self.problem(
            line,
            "type",
            where=where,
            field=name,
            expected=Message(f"problem.word.{_EXPECTED[kind]}"),
            got=show_value(value),
        )

    def text_ok(self, value: str | list[str], where: str, name: str, line: int) -> bool:
        """A text without control characters (tabs and line breaks only in multi-line fields)."""
        multiline = name.rpartition(".")[2] in MULTILINE_FIELDS
        limit = PROGRAM_LIMITS["text" if multiline else "name" if name.rpartition(".")[2] in NAME_FIELDS else "line"]
        for text in value if isinstance(value, list) else [value]:
            if len(text) > limit:  # a paste gone wrong: it would freeze every screen that shows it
                self.problem(line, "too-long", where=where, field=name, got=len(text), limit=limit)
                return self.recorded
            bad = bad_character(text, multiline)
            if bad is not None:
                self.problem(
                    self.line_in(line, text, bad[0] - 1),
                    "control",
                    where=where,
                    field=name,
                    char=bad[1],
                    position=bad[0],
                )
                return self.recorded
        return True

    def line_in(self, line: int, text: str, index: int) -> int:
        """The file's line holding `text[index]`, for a value that starts at `line` (a multi-line string
        opened with \"\"\" starts on the next line): problems in a long script point at the line at fault."""
        if "\n" not in text or not line:
            return line
        source = self.source_lines[line - 1] if line <= len(self.source_lines) else ""
        opened = 1 if source.rstrip().endswith(('"""', "'''")) else 0
        return line + opened + text.count("\n", 0, index)

    @functools.cached_property
    def source_lines(self) -> list[str]:
        return file_lines(self.text)

    def parsed(self, parse: Callable[[str], _T], value: str, line: int, code: str, where: str, name: str) -> _T | None:
        try:
            return parse(value)
        except (ValueError, ZeroDivisionError):
            self.problem(line, code, where=where, field=name, got=show_value(value))
            return None

    def unique(self, seen: dict[str, int], ident: str | None, where: str, line: int) -> None:
        if ident is None:
            return
        if not _ID.match(ident):
            self.problem(line, "bad-id", where=where, id=ident)
        if ident in seen:
            self.problem(line, "duplicate-id", where=where, id=ident, first_line=seen[ident])
        else:
            seen[ident] = line

    def reference(self, target: str, ident: str, where: str, name: str, line: int) -> None:
        """Report `ident` if no `target` (rule, card, article) of that id is declared. A declared one that is
        broken has its own message already; naming it again here would only mislead."""
        known = self.declared[target]
        if ident is not None and ident not in known:
            hint = self.did_you_mean(ident, target)
            self.problem(
                line,
                "unknown-ref",
                where=where,
                field=name,
                target=Message(f"problem.word.{target}"),
                id=ident,
                hint=hint,
            )

    def did_you_mean(self, ident: str, target: str) -> Message | str:
        """A close declared id as a hint, for the first few unknown references only: difflib compares
        each pair, and a hostile file with thousands of broken references must still validate at once."""
        self.hints_given += 1
        if self.hints_given > MAX_HINTS:
            return ""
        known = self.sorted_ids.setdefault(target, sorted(self.declared[target]))
        close = difflib.get_close_matches(ident, known, n=1)
        return Message("problem.word.did-you-mean", name=close[0]) if close else ""

    def placeholders(self, text: str | None, where: str, field: str, block: Block) -> None:
        if not text:
            return
        for name, hint, index in placeholder_problems(text):
            line = self.line_in(block.line_of(field), text, index)  # the line at fault in a long script
            if name is None:
                self.problem(line, "brace", where=where, field=field)
            else:
                self.problem(
                    line,
                    "placeholder",
                    where=where,
                    field=field,
                    name=name,
                    hint=Message("problem.word.did-you-mean", name=hint) if hint else "",
                )


def parse_fraction(text: str) -> Fraction:
    value = Fraction(text.strip())
    if not 0 < value <= 1:
        raise ValueError(text)
    return value


def parse_percent(text: str) -> Fraction:
    match = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*%\s*", text)
    if not match:
        raise ValueError(text)
    return Fraction(match[1].replace(",", ".")) / 100


def show_value(value: object) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return str(value)
