"""`presidium export script --program FILE -o KICH-BAN.docx`: the kịch bản of a program, as a Word file.

Made from the program file alone (no journal): for the standing committee's approval and as the paper
copy at the podium. A program with problems is refused with the loader's messages; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from presidium.core.catalogue import decimal, text
from presidium.core.catalogue.system import reason
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError


def main(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None) or "vi"
    as_json = getattr(args, "json", False)

    def fail(message: str, details: Sequence[str] = ()) -> int:
        if as_json:
            print(json.dumps({"error": "\n".join([message, *details])}, ensure_ascii=False))
        print(f"presidium export: {message}", file=sys.stderr)
        for line in details:
            print(line, file=sys.stderr)
        return 1

    if getattr(args, "program", None) is None:
        return fail(text("export.script_no_program", lang))
    output = Path(args.output)
    if not output.parent.is_dir():
        return fail(text("export.output_dir", lang, path=output, parent=output.parent))
    began = time.perf_counter()
    try:
        program = load_program(args.program)
    except ProgramError as error:
        return fail(
            text("export.script_bad_program", lang, file=args.program, count=len(error.problems)),
            error.text(lang).splitlines(),
        )
    from presidium.infra.export_script import write_script

    try:
        write_script(program, output, lang)
    except OSError as error:
        return fail(text("export.cannot_write", lang, path=output, error=reason(error)))
    seconds = time.perf_counter() - began
    if as_json:
        print(json.dumps({"path": str(output), "seconds": seconds, "warnings": []}, ensure_ascii=False))
        return 0
    print(
        text(
            "export.script_written",
            lang,
            sessions=len(program.sessions),
            items=len(program.items),
            path=output,
            seconds=decimal(seconds, 2, lang),
            fingerprint=program.short_fingerprint,
        )
    )
    return 0
