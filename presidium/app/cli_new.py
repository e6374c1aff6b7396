"""`presidium new --template NAME -o FILE [--force]`: a new program file from a template."""

from __future__ import annotations

import argparse
import sys

from presidium.app.templates import TemplateError, create_from_template
from presidium.core.catalogue import text


def main(args: argparse.Namespace) -> int:
    lang = "en" if args.lang == "en" else "vi"
    try:
        path = create_from_template(args.template, args.output, overwrite=args.force)
    except TemplateError as error:
        print(f"presidium new: {error.message(lang)}", file=sys.stderr)
        if error.code == "template.exists":
            print(text("cli.new.force", lang), file=sys.stderr)
        return 1
    print(text("cli.new.done", lang, path=path, name=args.template.strip().lower()))
    return 0
