"""The bridge between argparse and the catalogue, so `presidium --help` and a mistyped command speak the
language of `--lang` like every other output.

argparse says its headings and errors ("usage:", "the following arguments are required") through gettext,
keyed by its English text; ARGPARSE maps each of those texts to its catalogue code (area `cli_help`).
Presidium's own help texts are catalogue entries too, passed to the parser already said in the language.
"""

from __future__ import annotations

import argparse

from presidium.core.catalogue import text

# argparse's gettext text -> the catalogue code saying it (its English entry is the same text)
ARGPARSE = {
    "usage: ": "cli_help.argparse.usage",
    "positional arguments": "cli_help.argparse.positional",
    "options": "cli_help.argparse.options",
    "show this help message and exit": "cli_help.argparse.help",
    "show program's version number and exit": "cli_help.argparse.version",
    "%(prog)s: error: %(message)s\n": "cli_help.argparse.error",
    "the following arguments are required: %s": "cli_help.argparse.required",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli_help.argparse.choice",
    "argument %(argument_name)s: %(message)s": "cli_help.argparse.argument",
    "unrecognized arguments: %s": "cli_help.argparse.unrecognized",
    "expected one argument": "cli_help.argparse.one",
    "expected at least one argument": "cli_help.argparse.at-least-one",
    "expected at most one argument": "cli_help.argparse.at-most-one",
    "invalid %(type)s value: %(value)r": "cli_help.argparse.invalid-value",
    "ambiguous option: %(option)s could match %(matches)s": "cli_help.argparse.ambiguous",
    "one of the arguments %s is required": "cli_help.argparse.one-of",
    "not allowed with argument %s": "cli_help.argparse.not-with",
}


def language(argv: list[str]) -> str:
    """The language asked for on the command line (before argparse runs): Vietnamese unless --lang en."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg.partition("=")[2] == "en" else "vi"
    return "vi"


def use(lang: str):
    """A function saying a catalogue code in `lang`, and argparse's own words set to `lang` (argparse looks
    its gettext function up each time it speaks, so this applies to the parser built next)."""
    argparse._ = lambda said: text(ARGPARSE[said], lang) if said in ARGPARSE else said  # type: ignore[attr-defined]
    return lambda code: text(code, lang)
