"""What a TOML syntax error means for the person who wrote the program, and how to fix it.

tomllib says "Invalid value" or "Expected newline or end of document"; the clerk who typed
`start = 07:30` or pasted Word's curly quotes needs to hear what is wrong on that line and what to
write instead. `explain` looks at the parser's message and the line itself and gives a problem key
(its texts are the catalogue's "problem.<key>") with the line to point at; a message it does not recognise
is kept, with the column, under the generic key.
"""

from __future__ import annotations

import re

from presidium.core.text_input import file_lines

_CURLY = "“”„‟″"
_UNQUOTED_TIME = re.compile(r"^\s*[\w.\"'-]+\s*=\s*(\d{1,2}[:h]\d{2})\b")
_BARE_WORD = re.compile(r"^\s*[\w.\"'-]+\s*=\s*([^\s\"'\[{0-9+-][^#]*?)\s*(#.*)?$")
_DECIMAL_COMMA = re.compile(r"^\s*[\w.\"'-]+\s*=\s*\d+,\d+\s*(#.*)?$")


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
