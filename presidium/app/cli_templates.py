"""`presidium templates`: the program templates, one line each, in the chosen language."""

from __future__ import annotations

import sys

from presidium.app.templates import TemplateError, list_templates

TEXT = {
    "vi": {
        "head": "Các mẫu chương trình (tạo tệp mới: presidium new --template TÊN -o TỆP.toml):",
        "error": "presidium templates: {message}",
    },
    "en": {
        "head": "Program templates (make a new file: presidium new --template NAME -o FILE.toml):",
        "error": "presidium templates: {message}",
    },
}


def main(args) -> int:
    lang = "en" if args.lang == "en" else "vi"
    try:
        templates = list_templates()
    except TemplateError as error:
        print(TEXT[lang]["error"].format(message=error.message(lang)), file=sys.stderr)
        return 1
    width = max(len(info.name) for info in templates)
    print(TEXT[lang]["head"])
    for info in templates:
        print(f"  {info.name:<{width}}  {info.title(lang)} — {info.description(lang)}")
    return 0
