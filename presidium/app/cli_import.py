"""`presidium import FILE.docx|FILE.xlsx|FILE.csv -o PROGRAM.toml`: a program file from a kịch bản or agenda.

Prints what was recognised, every paragraph or row not placed (with its number), the notices, and what
is left to finish (`presidium validate` says the same); exits 0 when the file was written, 1 when the
document cannot be imported or the output cannot be written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from presidium.app.importing import ImportRefused, import_file
from presidium.core.catalogue import text as said

TEXT = {
    "vi": {"written": "Đã ghi {path}.", "unplaced": "Chưa xếp được ({count}):", "notices": "Lưu ý:",
           "finish": "Cần hoàn thiện trong tệp chương trình ({count}):", "ready": "Chương trình đọc được ngay, không còn lỗi.",
           "error": "presidium import: {message}", "exists": "presidium import: {path} đã có; thêm --force để ghi đè"},
    "en": {"written": "Wrote {path}.", "unplaced": "Not placed ({count}):", "notices": "Notes:",
           "finish": "Left to finish in the program file ({count}):", "ready": "The program loads as it is, with no problems.",
           "error": "presidium import: {message}", "exists": "presidium import: {path} exists; add --force to overwrite it"},
}


def main(args) -> int:
    lang = getattr(args, "lang", None) or "vi"
    t = TEXT[lang]
    output = Path(args.output)
    if not output.parent.is_dir():
        print(t["error"].format(message=said("importing.output-dir", lang, path=output, parent=output.parent)),
              file=sys.stderr)
        return 1
    if output.exists() and not getattr(args, "force", False):
        print(t["exists"].format(path=output), file=sys.stderr)
        return 1
    try:
        result = import_file(args.file, lang)
    except ImportRefused as refused:
        print(t["error"].format(message=refused.message(lang)), file=sys.stderr)
        return 1
    try:
        partial = output.with_name(output.name + ".part")
        partial.write_text(result.toml, encoding="utf-8")
        partial.replace(output)
    except OSError as error:
        print(t["error"].format(message=said("importing.cannot-write", lang, path=output,
                                               detail=error.strerror or error)), file=sys.stderr)
        return 1
    print(result.summary)
    if result.unplaced:
        print(t["unplaced"].format(count=len(result.unplaced)))
        for where, text in result.unplaced:
            print(f"  {where}: {_short(text)}")
    if result.notices:
        print(t["notices"])
        for notice in result.notices:
            print(f"  {notice}")
    if result.problems:
        print(t["finish"].format(count=len(result.problems)))
        for line in result.problem_lines(lang):
            print(f"  {output}:{line}")
    else:
        print(t["ready"])
    print(t["written"].format(path=output))
    return 0


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
