"""Counting stations driven through the command line: `count` enters a station's ballots from a script,
`tally` reconciles the stations' journals (both return the command's exit code)."""

from __future__ import annotations

from pathlib import Path

from presidium.cli import main

PROGRAM = Path(__file__).resolve().parent.parent / "programs" / "counting.toml"


def count(folder: Path, station: str, lines: list[str], item: str = "bau-dai-bieu") -> int:
    """Station `station` enters `lines` into its journal `folder/<station>.sqlite`."""
    script = folder / f"{station}.txt"
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return main(
        [
            "count",
            str(PROGRAM),
            "--item",
            item,
            "--station",
            station,
            "--db",
            str(folder / f"{station}.sqlite"),
            "--script",
            str(script),
        ]
    )


def tally(folder: Path, *extra: str, stations=("A", "B", "C"), item: str = "bau-dai-bieu") -> int:
    """`presidium tally` over the stations' journals in `folder`, with `extra` options."""
    return main(["tally", str(PROGRAM), "--item", item, *[str(folder / f"{s}.sqlite") for s in stations], *extra])
