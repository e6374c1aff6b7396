"""What a TOML syntax error means for the person who wrote the program, and how to fix it.

tomllib says "Invalid value" or "Expected newline or end of document"; the clerk who typed
`start = 07:30` or pasted Word's curly quotes needs to hear what is wrong on that line and what to
write instead. `explain` looks at the parser's message and the line itself and gives a problem key
(its texts are the catalogue's "problem.<key>") with the line to point at; a message it does not recognise
is kept, with the column, under the generic key. `syntax_problem` is the whole step for a text: the
loader, `presidium validate` and the editor's plain-text view of a file that does not parse all say it.
"""

from __future__ import annotations

import re
import tomllib

from presidium.core.catalogue import Message
from presidium.core.problems import Problem
from presidium.core.text_input import file_lines

_CURLY = "“”„‟″"
_UNQUOTED_TIME = re.compile(r"^\s*[\w.\"'-]+\s*=\s*(\d{1,2}[:h]\d{2})\b")
_BARE_WORD = re.compile(r"^\s*[\w.\"'-]+\s*=\s*([^\s\"'\[{0-9+-][^#]*?)\s*(#.*)?$")
_DECIMAL_COMMA = re.compile(r"^\s*[\w.\"'-]+\s*=\s*\d+,\d+\s*(#.*)?$")
_TOML_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def syntax_problem(text: str, source: str = "<text>") -> Problem | None:
    """The first TOML syntax error in `text` as the clerk should hear it, None when the text parses."""
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return problem_of(error, text, source)
    except RecursionError:  # tomllib parses nested arrays and inline tables recursively
        return Problem(source, 0, Message("problem.nesting"))
    return None


def problem_of(error: tomllib.TOMLDecodeError, text: str, source: str) -> Problem:
    """tomllib's error on `text`, said with the line to look at and what to write instead."""
    found = _TOML_LINE.search(str(error))
    detail = re.sub(r"\s*\(at end of document\)", "", _TOML_LINE.sub("", str(error))).strip()
    column = Message("problem.word.column", n=found[2]) if found else ""
    line = int(found[1]) if found else max(1, len(file_lines(text)))  # "at end of document"
    line, code, params = explain(detail, text, line, int(found[2]) if found else None)
    return Problem(source, line, Message(f"problem.{code}", column=column, **params))


def explain(detail: str, text: str, line: int, column: int | None) -> tuple[int, str, dict[str, object]]:
    """(line, code, params) for the syntax error tomllib reported as `detail` at `line` (0: unknown)."""
    lines = file_lines(text)
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    if any(mark in source for mark in _CURLY) and "Invalid value" in detail:
        return line, "syntax-curly", {}
    if detail.startswith("Unterminated string"):
        opened = _unclosed_multiline(lines)
        return (opened or line), "syntax-unclosed-multiline", {}
    if detail.startswith("Illegal character '\\n'") or "Unterminated string" in detail:
        return line, "syntax-unclosed", {}
    time = _UNQUOTED_TIME.match(source)
    if time:
        return line, "syntax-time", {"value": time[1]}
    if _DECIMAL_COMMA.match(source):
        return line, "syntax-comma", {}
    if detail.startswith("Invalid value"):
        bare = _BARE_WORD.match(source)
        if bare:
            return line, "syntax-bare", {"value": bare[1]}
    if detail.startswith("Cannot overwrite a value") or detail.startswith("Cannot declare"):
        return line, "syntax-twice", {}
    if detail.startswith("Expected '=' after a key"):
        return line, "syntax-equals", {}
    return line, "syntax", {"detail": detail}


def _unclosed_multiline(lines: list[str]) -> int:
    """The line where a \"\"\" (or ''') string is opened and never closed, 0 if none is found."""
    opened_at, quote = 0, ""
    for number, raw in enumerate(lines, start=1):
        for mark in ('"""', "'''"):
            if quote in ("", mark) and raw.count(mark) % 2 == 1:
                opened_at, quote = (0, "") if quote else (number, mark)
                break
    return opened_at
