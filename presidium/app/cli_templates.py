"""`presidium templates`: the program templates, one line each, in the chosen language."""

from __future__ import annotations

import argparse
import sys

from presidium.app.templates import TemplateError, list_templates
from presidium.core.catalogue import text


def main(args: argparse.Namespace) -> int:
    lang = "en" if args.lang == "en" else "vi"
    try:
        templates = list_templates()
    except TemplateError as error:
        print(f"presidium templates: {error.message(lang)}", file=sys.stderr)
        return 1
    width = max(len(info.name) for info in templates)
    print(text("cli.templates.head", lang))
    for info in templates:
        print(f"  {info.name:<{width}}  {info.title(lang)} — {info.description(lang)}")
    return 0
