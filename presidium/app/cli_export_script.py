"""`presidium export script --program FILE -o KICH-BAN.docx`: the kịch bản of a program, as a Word file.

Made from the program file alone (no journal): for the standing committee's approval and as the paper
copy at the podium. A program with problems is refused with the loader's messages; nothing is written.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from presidium.core.loader import load_program
from presidium.core.problems import ProgramError

TEXT = {
    "vi": {"no_program": "thêm --program TỆP: kịch bản được lập từ tệp chương trình",
           "bad_program": "{file}: chương trình còn {count} lỗi, chưa xuất được kịch bản:",
           "output_dir": "{path}: thư mục {parent} không tồn tại",
           "cannot_write": "{path}: không ghi được tệp ({error}); tệp có đang mở trong Word không?",
           "written": "Đã xuất kịch bản ({sessions} phiên, {items} nội dung) vào {path} ({seconds:.2f} giây); "
                      "dấu vân tay {fingerprint}",
           "error": "presidium export: {message}"},
    "en": {"no_program": "add --program FILE: the script is made from the program file",
           "bad_program": "{file}: the program has {count} problems; the script cannot be exported yet:",
           "output_dir": "{path}: the folder {parent} does not exist",
           "cannot_write": "{path}: cannot write the file ({error}); is it open in Word?",
           "written": "Script ({sessions} sessions, {items} items) written to {path} ({seconds:.2f} s); "
                      "fingerprint {fingerprint}",
           "error": "presidium export: {message}"},
}


def main(args) -> int:
    lang = getattr(args, "lang", None) or "vi"
    t = TEXT[lang]
    as_json = getattr(args, "json", False)

    def fail(message: str, details: list[str] = ()) -> int:
        if as_json:
            print(json.dumps({"error": "\n".join([message, *details])}, ensure_ascii=False))
        print(t["error"].format(message=message), file=sys.stderr)
        for line in details:
            print(line, file=sys.stderr)
        return 1

    if getattr(args, "program", None) is None:
        return fail(t["no_program"])
    output = Path(args.output)
    if not output.parent.is_dir():
        return fail(t["output_dir"].format(path=output, parent=output.parent))
    began = time.perf_counter()
    try:
        program = load_program(args.program)
    except ProgramError as error:
        return fail(t["bad_program"].format(file=args.program, count=len(error.problems)),
                    error.text(lang).splitlines())
    from presidium.infra.export_script import write_script

    try:
        write_script(program, output, lang)
    except OSError as error:
        return fail(t["cannot_write"].format(path=output, error=error.strerror or error))
    seconds = time.perf_counter() - began
    if as_json:
        print(json.dumps({"path": str(output), "seconds": seconds, "warnings": []}, ensure_ascii=False))
        return 0
    print(t["written"].format(sessions=len(program.sessions), items=len(program.items), path=output,
                              seconds=seconds, fingerprint=program.short_fingerprint))
    return 0
