"""`presidium import FILE.docx|FILE.xlsx|FILE.csv -o PROGRAM.toml`: a program file from a kịch bản or agenda.

Prints what was recognised, every paragraph or row not placed (with its number), the notices, and what
is left to finish (`presidium validate` says the same); exits 0 when the file was written, 1 when the
document cannot be imported or the output cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from presidium.app.importing import ImportRefused, import_file
from presidium.core.catalogue import text
from presidium.core.catalogue.system import reason


def main(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None) or "vi"
    output = Path(args.output)
    if not output.parent.is_dir():
        said = text("importing.output-dir", lang, path=output, parent=output.parent)
        print(f"presidium import: {said}", file=sys.stderr)
        return 1
    if output.exists() and not getattr(args, "force", False):
        print(text("cli.import.exists", lang, path=output), file=sys.stderr)
        return 1
    try:
        result = import_file(args.file, lang)
    except ImportRefused as refused:
        print(f"presidium import: {refused.message(lang)}", file=sys.stderr)
        return 1
    try:
        partial = output.with_name(output.name + ".part")
        partial.write_text(result.toml, encoding="utf-8")
        partial.replace(output)
    except OSError as error:
        said = text("importing.cannot-write", lang, path=output, detail=reason(error))
        print(f"presidium import: {said}", file=sys.stderr)
        return 1
    print(result.summary)
    if result.unplaced:
        print(text("cli.import.unplaced", lang, count=len(result.unplaced)))
        for where, paragraph in result.unplaced:
            print(f"  {where}: {_short(paragraph)}")
    if result.notices:
        print(text("cli.import.notices", lang))
        for notice in result.notices:
            print(f"  {notice}")
    if result.problems:
        print(text("cli.import.finish", lang, count=len(result.problems)))
        for line in result.problem_lines(lang):
            print(f"  {output}:{line}")
    else:
        print(text("cli.import.ready", lang))
    print(text("cli.import.written", lang, path=output))
    return 0


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
