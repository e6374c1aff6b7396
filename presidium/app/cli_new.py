"""`presidium new --template NAME -o FILE [--force]`: a new program file from a template."""

from __future__ import annotations

import sys

from presidium.app.templates import TemplateError, create_from_template

TEXT = {
    "vi": {
        "done": "Đã tạo {path} từ mẫu “{name}”.\n"
                "Điền các chỗ “……” (tên, số liệu, nhiệm kỳ), sửa ngày giờ các phiên, rồi kiểm tra: "
                "presidium validate {path}",
        "error": "presidium new: {message}",
        "force": "presidium new: thêm --force nếu muốn thay tệp đó bằng mẫu",
    },
    "en": {
        "done": "Created {path} from the template “{name}”.\n"
                "Fill in the blanks “……” (names, figures, term), set the sessions' dates and times, then check it: "
                "presidium --lang en validate {path}",
        "error": "presidium new: {message}",
        "force": "presidium new: add --force to replace that file with the template",
    },
}


def main(args) -> int:
    lang = "en" if args.lang == "en" else "vi"
    try:
        path = create_from_template(args.template, args.output, overwrite=args.force)
    except TemplateError as error:
        print(TEXT[lang]["error"].format(message=error.message(lang)), file=sys.stderr)
        if error.code == "template.exists":
            print(TEXT[lang]["force"], file=sys.stderr)
        return 1
    print(TEXT[lang]["done"].format(path=path, name=args.template.strip().lower()))
    return 0
