"""Find where things are in a TOML file. tomllib gives values without line numbers, so we map the
table headers and `key =` lines of the raw text ourselves; good enough to point a person at the line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presidium.core.text_input import file_lines

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_PART = r"""(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)"""
_KEY = re.compile(rf"^\s*({_PART}(?:\s*\.\s*{_PART})*)\s*=")  # `key =` or a dotted `table.key =`


@dataclass
class Block:
    """One table or array-of-tables entry: its header line and where each key is set in it."""

    path: str
    line: int
    keys: dict[str, int] = field(default_factory=dict)
    position: int = -1  # index among the file's blocks; -1 for the root

    def line_of(self, key: str) -> int:
        return self.keys.get(key, self.line)


class LineIndex:
    def __init__(self, text: str):
        self.root = Block("", 0)
        self.blocks: list[Block] = []
        current = self.root
        in_string: str | None = None
        for number, raw in enumerate(file_lines(text), start=1):
            if in_string:
                if raw.count(in_string) % 2 == 1:
                    in_string = None
                continue
            header = _HEADER.match(raw)
            if header and "=" not in raw.split("]")[0]:
                current = Block(re.sub(r"\s+", "", header[2]), number, position=len(self.blocks))
                self.blocks.append(current)
                continue
            key = _KEY.match(raw)
            if key:
                parts = [part.strip().strip("\"'") for part in re.findall(_PART, key[1])]
                # `signers.presidium = …` sets `signers` (for the table) and `signers.presidium` on this line
                current.keys.setdefault(parts[0], number)
                current.keys.setdefault(".".join(parts), number)
            for quote in ('"""', "'''"):
                if raw.count(quote) % 2 == 1:
                    in_string = quote
                    break

    def entries(self, path: str) -> list[Block]:
        """Every block with this header, in file order: the Nth is the Nth element of the array."""
        return [block for block in self.blocks if block.path == path]

    def children(self, parent: Block, path: str) -> list[Block]:
        """Blocks with header `path` nested under `parent` (they follow it, before the next non-descendant)."""
        found = []
        start = parent.position + 1
        for block in self.blocks[start:]:
            if parent.path and not block.path.startswith(parent.path + "."):
                break
            if block.path == path:
                found.append(block)
        return found

    def table(self, path: str) -> Block:
        entries = self.entries(path)
        return entries[0] if entries else self.root
